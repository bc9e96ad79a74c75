#include "app/bulk/planevidence.h"

#include "app/store/storefactory.h"
#include "app/store/storelocation.h"
#include "models/eventtype.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace roamdesk::bulk {

PlanEvidence StorePlanEvidence::read(const QString &databasePath, const QStringList &subscriptionIds, QString *error)
{
    PlanEvidence evidence;
    if (subscriptionIds.isEmpty() || databasePath.isEmpty())
        return evidence;
    const std::optional<StoreLocation> location = StoreLocation::parse(databasePath, error);
    if (!location)
        return evidence;
    if (!location->isShared() && !QFileInfo::exists(location->path()))
        return evidence;
    static QAtomicInt counter;
    const QString connection = QStringLiteral("roamdesk-plan-evidence-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        // The same query on either backend: the table and its columns are named alike.
        QSqlDatabase db;
        if (location->isShared()) {
            db = storefactory::addPostgresConnection(*location, connection);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(location->path());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // The subscription index finds the rows; lifecycle events do not count toward maxEvents.
            // PostgreSQL's index is on lower(subscription_id) (what the log's prefix search uses).
            query.prepare(location->isShared()
                    ? QStringLiteral("SELECT type, termination_reason FROM notifications"
                                     " WHERE lower(subscription_id) = lower(?) AND subscription_id = ?")
                    : QStringLiteral("SELECT type, termination_reason FROM notifications WHERE subscription_id = ?"));
            for (const QString &id : subscriptionIds) {
                query.addBindValue(id);
                if (location->isShared())
                    query.addBindValue(id);
                if (!query.exec()) {
                    *error = query.lastError().text();
                    break;
                }
                int events = 0;
                while (query.next()) {
                    const QString type = query.value(0).toString();
                    const QString reason = query.value(1).toString();
                    if (!reason.isEmpty())
                        evidence.endReasons.insert(id, reason);
                    else if (const auto known = eventtype::fromString(type); known && !eventtype::isLifecycle(*known))
                        ++events;
                }
                if (events > 0)
                    evidence.eventCounts.insert(id, events);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return evidence;
}

} // namespace roamdesk::bulk
