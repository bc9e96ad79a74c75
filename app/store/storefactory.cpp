#include "app/store/storefactory.h"

#include "app/store/postgresnotificationstore.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storecredentials.h"

namespace roamdesk::storefactory {

std::unique_ptr<NotificationStore> open(const StoreLocation &location, NotificationStore::Durability durability,
    Checks checks, QString *error, bool *damaged)
{
    if (damaged)
        *damaged = false;
    if (location.kind() == StoreLocation::Kind::Postgres) {
        auto store = std::make_unique<PostgresNotificationStore>();
        if (store->open(location))
            return store;
        if (error)
            *error = store->lastError();
        return nullptr;
    }
    using Check = SqliteNotificationStore::OpenCheck;
    SqliteNotificationStore::OpenChecks sqliteChecks;
    if (checks != Checks::None)
        sqliteChecks |= Check::Writable;
    if (checks == Checks::Full)
        sqliteChecks |= Check::Integrity;
    auto store = std::make_unique<SqliteNotificationStore>();
    if (store->open(location.path(), durability, sqliteChecks))
        return store;
    if (error)
        *error = store->lastError();
    if (damaged)
        *damaged = store->isDamaged();
    return nullptr;
}

NotificationStoreFactory writer(const StoreLocation &location, NotificationStore::Durability durability)
{
    return [location, durability](QString *error) { return open(location, durability, Checks::Writable, error); };
}

NotificationLogSourceFactory reader(const StoreLocation &location)
{
    return [location](QString *error) -> std::unique_ptr<NotificationLogSource> {
        return open(location, NotificationStore::Durability::Normal, Checks::None, error);
    };
}

QSqlDatabase addPostgresConnection(const StoreLocation &location, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    if (!location.user().isEmpty())
        db.setUserName(location.user());
    if (!location.database().isEmpty())
        db.setDatabaseName(location.database());
    db.setConnectOptions(location.connectOptions());
    if (const QString password = storecredentials::password(location); !password.isEmpty())
        db.setPassword(password); // from the keyring; else libpq's PGPASSWORD or .pgpass
    return db;
}

} // namespace roamdesk::storefactory
