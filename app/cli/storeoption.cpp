#include "app/cli/storeoption.h"

#include "app/store/sqlitenotificationstore.h"

#include <QCoreApplication>

namespace roamdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

} // namespace

QList<QCommandLineOption> storeOptions(const QString &whenNotGiven)
{
    return {
        QCommandLineOption(QStringLiteral("store"),
            tr("Notification store: a file, sqlite:PATH, or postgresql://USER@HOST:PORT/DB?sslmode=… for a store "
               "shared by a team (the password from PGPASSWORD or ~/.pgpass) (default: %1).")
                .arg(whenNotGiven),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("db"), tr("The same as --store FILE."), QStringLiteral("FILE")),
    };
}

std::optional<StoreLocation> storeFromOptions(
    const QCommandLineParser &parser, const QString &fallbackPath, QString *error)
{
    error->clear();
    const bool store = parser.isSet(QStringLiteral("store"));
    const bool db = parser.isSet(QStringLiteral("db"));
    if (store && db) {
        *error = tr("--store and --db both name the store: give one");
        return std::nullopt;
    }
    if (!store && !db) {
        if (fallbackPath.isEmpty())
            return std::nullopt;
        return StoreLocation::sqlite(fallbackPath);
    }
    const QString name = store ? QStringLiteral("store") : QStringLiteral("db");
    const QString value = parser.value(name);
    if (value.isEmpty()) {
        *error = tr("--%1: the value is empty").arg(name);
        return std::nullopt;
    }
    if (db)
        return StoreLocation::sqlite(value);
    QString problem;
    std::optional<StoreLocation> location = StoreLocation::parse(value, &problem);
    if (!location)
        *error = QStringLiteral("--store: ") + problem;
    return location;
}

bool isDamagedStore(const NotificationStore &store)
{
    const auto *sqlite = dynamic_cast<const SqliteNotificationStore *>(&store);
    return sqlite && sqlite->isDamaged();
}

} // namespace roamdesk::cli
