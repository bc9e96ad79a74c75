// StorePlanEvidence on a real notification store: events counted per subscription (lifecycle events left out)
// and the termination reason of the ones that ended, in a SQLite file and on a real PostgreSQL server.
#include "app/bulk/planevidence.h"
#include "app/store/sqlitenotificationstore.h"
#include "pgtestserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;

namespace {

NotificationLogRecord record(const QString &subscriptionId, EventType type, int n, const QString &reason = QString())
{
    NotificationLogRecord r;
    r.receivedMs = 1700000000000 + n;
    r.type = type;
    r.source = u"/device-status/subscriptions/"_s + subscriptionId;
    r.eventId = u"event-%1"_s.arg(n);
    r.subscriptionId = subscriptionId;
    r.device = u"+99999991000"_s;
    r.terminationReason = reason;
    r.rawJson = "{}";
    return r;
}

} // namespace

class TestPlanEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEventsAndEnds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"n.sqlite"_s);
        {
            SqliteNotificationStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            store.insert({record(u"a"_s, EventType::RoamingOn, 1), record(u"a"_s, EventType::RoamingOff, 2),
                record(u"a"_s, EventType::SubscriptionStarted, 3), record(u"b"_s, EventType::RoamingStatus, 4),
                record(u"b"_s, EventType::SubscriptionEnds, 5, u"NETWORK_TERMINATED"_s),
                record(u"other"_s, EventType::RoamingOn, 6)});
        }
        QString error;
        const bulk::PlanEvidence evidence =
            bulk::StorePlanEvidence::read(path, {u"a"_s, u"b"_s, u"never-heard-of"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(evidence.eventCounts, (QHash<QString, int>{{u"a"_s, 2}, {u"b"_s, 1}}));
        QCOMPARE(evidence.endReasons, (QHash<QString, QString>{{u"b"_s, u"NETWORK_TERMINATED"_s}}));

        // No store yet: nothing known, nothing wrong.
        const bulk::PlanEvidence none =
            bulk::StorePlanEvidence::read(dir.filePath(u"absent.sqlite"_s), {u"a"_s}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(none.eventCounts.isEmpty());
    }

    void countsOnASharedStore()
    {
        const QString unavailable = pgtest::PgTestServer::whyUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        pgtest::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString url = server.createDatabaseWith(
            {record(u"a"_s, EventType::RoamingOn, 1), record(u"a"_s, EventType::RoamingOff, 2),
                record(u"a"_s, EventType::SubscriptionStarted, 3), record(u"b"_s, EventType::RoamingStatus, 4),
                record(u"b"_s, EventType::SubscriptionEnds, 5, u"NETWORK_TERMINATED"_s),
                record(u"other"_s, EventType::RoamingOn, 6), record(u"A"_s, EventType::RoamingOn, 7)});
        QVERIFY2(!url.isEmpty(), qPrintable(server.error()));
        QString error;
        const bulk::PlanEvidence evidence =
            bulk::StorePlanEvidence::read(url, {u"a"_s, u"b"_s, u"never-heard-of"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // "A" is another subscription: ids are compared exactly, as in the file.
        QCOMPARE(evidence.eventCounts, (QHash<QString, int>{{u"a"_s, 2}, {u"b"_s, 1}}));
        QCOMPARE(evidence.endReasons, (QHash<QString, QString>{{u"b"_s, u"NETWORK_TERMINATED"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestPlanEvidence)
#include "tst_planevidence.moc"
