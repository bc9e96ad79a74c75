#include "app/bulk/planevidence.h"

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
    if (subscriptionIds.isEmpty() || !QFileInfo::exists(databasePath))
        return evidence;
    static QAtomicInt counter;
    const QString connection = QStringLiteral("roamdesk-plan-evidence-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // The subscription index finds the rows; lifecycle events do not count toward maxEvents.
            query.prepare(
                QStringLiteral("SELECT type, termination_reason FROM notifications WHERE subscription_id = ?"));
            for (const QString &id : subscriptionIds) {
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
