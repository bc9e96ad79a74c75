#pragma once

#include "app/store/notificationstore.h"
#include "app/store/storelocation.h"

#include <QSqlDatabase>

#include <memory>

namespace roamdesk::storefactory {

/// How much open() checks besides opening (SQLite only; a PostgreSQL server checks its own pages).
enum class Checks {
    None, // a reader: open and migrate
    Writable, // the store must accept writes (the writer, the GUI)
    Full, // writable and every page read once (the command line's receive, log, devices, journey)
};

/// Opens the store `location` names on the calling thread; null with `error` set when it cannot. `damaged`
/// (when given) tells whether a SQLite file was found damaged.
std::unique_ptr<NotificationStore> open(const StoreLocation &location,
    NotificationStore::Durability durability = NotificationStore::Durability::Normal, Checks checks = Checks::Writable,
    QString *error = nullptr, bool *damaged = nullptr);

/// A factory for the writer thread: each call opens a new connection to `location`.
NotificationStoreFactory writer(
    const StoreLocation &location, NotificationStore::Durability durability = NotificationStore::Durability::Normal);
/// A factory for log readers: each call opens a new connection on the calling thread, to be used only there.
NotificationLogSourceFactory reader(const StoreLocation &location);

/// A QPSQL connection named `connectionName` to the PostgreSQL store `location`, set up but not opened, for
/// the tables that keep a connection of their own (the alerts).
QSqlDatabase addPostgresConnection(const StoreLocation &location, const QString &connectionName);

} // namespace roamdesk::storefactory
