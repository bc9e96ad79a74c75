#pragma once

#include "app/store/notificationstore.h"
#include "app/store/storelocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace roamdesk::cli {

/// --store URL (a file, sqlite:PATH or postgresql://…) and its older spelling --db FILE.
QList<QCommandLineOption> storeOptions(const QString &whenNotGiven);

/// The store the options name; `fallbackPath` (a SQLite file) when neither is given, or nullopt with `error`
/// empty when there is no fallback either. nullopt with `error` set on a usage error.
std::optional<StoreLocation> storeFromOptions(
    const QCommandLineParser &parser, const QString &fallbackPath, QString *error);

/// Whether a store that failed part-way is a damaged SQLite file (a server checks its own pages).
bool isDamagedStore(const NotificationStore &store);

} // namespace roamdesk::cli
