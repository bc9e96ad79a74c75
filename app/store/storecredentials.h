#pragma once

#include "app/store/storelocation.h"

#include <QString>

namespace roamdesk::storecredentials {

/// The password of a shared store's role, held in this process only: the GUI reads it from its secret store
/// (the keyring) at start and after the settings change; every connection to that store (the receiver's writer,
/// the readers, the alerts) hands it to QPSQL when it opens. It is never part of a URL, a settings file or a
/// log line. Without one, libpq looks in PGPASSWORD and the .pgpass file as before. Thread-safe.
void setPassword(const StoreLocation &location, const QString &password);
/// The password set for the store `location` names (same role, host, port and database); empty when none.
QString password(const StoreLocation &location);
/// The key the password is kept under in the secret store.
QString secretKey(const StoreLocation &location);

} // namespace roamdesk::storecredentials
