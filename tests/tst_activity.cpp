// The log's activity: SqliteNotificationStore::activity on a real SQLite file (buckets by event time, their
// edges, the log's filter) and ActivityService counting on its worker thread, over that file and over a real
// PostgreSQL server (tests/pgtestserver) holding the same notifications.

#include "app/common/clock.h"
#include "app/session/activityservice.h"
#include "app/store/sqlitenotificationstore.h"
#include "pgtestserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Start = 1700000000000 / Minute * Minute; // a whole minute

NotificationLogRecord record(
    int id, EventType type, qint64 receivedMs, std::optional<qint64> eventMs, const QString &device = u"+99999991000"_s)
{
    NotificationLogRecord r;
    r.source = u"https://network.example/notifications"_s;
    r.eventId = u"event-%1"_s.arg(id);
    r.type = type;
    r.receivedMs = receivedMs;
    r.eventMs = eventMs;
    r.subscriptionId = u"sub-1"_s;
    r.device = device;
    if (type == EventType::RoamingOn || type == EventType::RoamingOff)
        r.roaming = type == EventType::RoamingOn;
    return r;
}

qint64 countAt(const QList<ActivityBucket> &buckets, qint64 startMs, EventType type)
{
    for (const ActivityBucket &bucket : buckets) {
        if (bucket.bucketStartMs == startMs && bucket.type == type)
            return bucket.count;
    }
    return 0;
}

qint64 total(const QList<ActivityBucket> &buckets)
{
    qint64 sum = 0;
    for (const ActivityBucket &bucket : buckets)
        sum += bucket.count;
    return sum;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void countsPerMinuteAndType();
    void bucketsByEventTimeElseReceipt();
    void bucketEdges();
    void followsTheLogFilter();
    void emptyRange();
    void serviceCountsForFilterAndCommits();
    void serviceCountsTheSameOnASharedStore();

private:
    QList<NotificationLogRecord> records() const;
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteNotificationStore> m_store;
};

void TestActivity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"notifications.sqlite"_s);
    m_store = std::make_unique<SqliteNotificationStore>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    fill();
}

// Minute 0: two roaming-on, one roaming-off; minute 1: one change-country; minute 5: one status of another
// device; one roaming-on stamped a minute before the window (received inside it).
QList<NotificationLogRecord> TestActivity::records() const
{
    return {
        record(1, EventType::RoamingOn, Start + 1000, Start),
        record(2, EventType::RoamingOn, Start + 30 * 1000, Start + 20 * 1000),
        record(3, EventType::RoamingOff, Start + 59 * 1000, Start + 59 * 1000),
        record(4, EventType::RoamingChangeCountry, Start + Minute + 500, Start + Minute),
        record(5, EventType::RoamingStatus, Start + 5 * Minute + 10, std::nullopt, u"+99999992000"_s),
        record(6, EventType::RoamingOn, Start + 2000, Start - 1),
    };
}

void TestActivity::fill()
{
    const auto result = m_store->insert(records());
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    Q_UNUSED(result);
}

void TestActivity::countsPerMinuteAndType()
{
    const QList<ActivityBucket> buckets = m_store->activity({}, Start, Start + 60 * Minute, Minute);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QCOMPARE(buckets.size(), 4);
    QCOMPARE(countAt(buckets, Start, EventType::RoamingOn), 2);
    QCOMPARE(countAt(buckets, Start, EventType::RoamingOff), 1);
    QCOMPARE(countAt(buckets, Start + Minute, EventType::RoamingChangeCountry), 1);
    QCOMPARE(countAt(buckets, Start + 5 * Minute, EventType::RoamingStatus), 1);
    QCOMPARE(total(buckets), 5); // the event stamped before the window is not in it
    for (qsizetype i = 1; i < buckets.size(); ++i)
        QVERIFY(buckets.at(i - 1).bucketStartMs <= buckets.at(i).bucketStartMs);
}

void TestActivity::bucketsByEventTimeElseReceipt()
{
    // Record 6 arrived in minute 0 but happened in the minute before: that is where it counts.
    const QList<ActivityBucket> before = m_store->activity({}, Start - Minute, Start, Minute);
    QCOMPARE(before.size(), 1);
    QCOMPARE(countAt(before, Start - Minute, EventType::RoamingOn), 1);
    // Record 5 has no event time: its receipt time puts it in minute 5.
    QCOMPARE(countAt(m_store->activity({}, Start + 5 * Minute, Start + 6 * Minute, Minute), Start + 5 * Minute,
                 EventType::RoamingStatus),
        1);
}

void TestActivity::bucketEdges()
{
    // [from, to): an event at exactly `to` is out, one at exactly `from` is in.
    QList<ActivityBucket> buckets = m_store->activity({}, Start, Start + Minute, Minute);
    QCOMPARE(total(buckets), 3);
    buckets = m_store->activity({}, Start + 1, Start + Minute, Minute);
    QCOMPARE(total(buckets), 2); // the roaming-on at Start is out
    // Buckets start at `from`: 30 s buckets split minute 0 at Start + 30 s.
    buckets = m_store->activity({}, Start, Start + Minute, 30 * 1000);
    QCOMPARE(countAt(buckets, Start, EventType::RoamingOn), 2);
    QCOMPARE(countAt(buckets, Start + 30 * 1000, EventType::RoamingOff), 1);
}

void TestActivity::followsTheLogFilter()
{
    const qint64 to = Start + 60 * Minute;
    QList<ActivityBucket> buckets =
        m_store->activity(NotificationLogFilter::parse(u"type:roaming-on"_s), Start, to, Minute);
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(countAt(buckets, Start, EventType::RoamingOn), 2);

    buckets = m_store->activity(NotificationLogFilter::parse(u"device:+99999992000"_s), Start, to, Minute);
    QCOMPARE(total(buckets), 1);
    QCOMPARE(countAt(buckets, Start + 5 * Minute, EventType::RoamingStatus), 1);

    // Words go through the full-text index, as in the log.
    buckets = m_store->activity(NotificationLogFilter::parse(u"change"_s), Start, to, Minute);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QCOMPARE(total(buckets), 1);
    QCOMPARE(countAt(buckets, Start + Minute, EventType::RoamingChangeCountry), 1);

    buckets = m_store->activity(NotificationLogFilter::parse(u"nosuchword"_s), Start, to, Minute);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QVERIFY(buckets.isEmpty());
}

void TestActivity::emptyRange()
{
    QVERIFY(m_store->activity({}, Start + 10 * Minute, Start + 20 * Minute, Minute).isEmpty());
    QVERIFY(m_store->lastError().isEmpty());
    QVERIFY(m_store->activity({}, Start + Minute, Start, Minute).isEmpty()); // to before from
    QVERIFY(m_store->activity({}, Start, Start + Minute, 0).isEmpty()); // no bucket width
}

void TestActivity::serviceCountsForFilterAndCommits()
{
    // The window ends with the clock's minute: minutes 0..59 after Start when the clock is in minute 59.
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(Start + 59 * Minute + 1000, QTimeZone::utc()));
    ActivityService service(&clock);
    QSignalSpy ready(&service, &ActivityService::activityReady);
    service.open(m_path);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.last().at(0).toLongLong(), Start);
    QCOMPARE(ready.last().at(1).toLongLong(), ActivityService::BucketMs);
    QCOMPARE(total(ready.last().at(2).value<QList<ActivityBucket>>()), 5);

    service.setFilter(u"type:roaming-off"_s);
    QVERIFY(ready.wait(10000));
    QList<ActivityBucket> buckets = ready.last().at(2).value<QList<ActivityBucket>>();
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(countAt(buckets, Start, EventType::RoamingOff), 1);

    // A commit: counted again (after the throttle).
    m_store->insert({record(7, EventType::RoamingOff, Start + 3 * Minute, Start + 3 * Minute)});
    service.refresh();
    QVERIFY(ready.wait(10000));
    buckets = ready.last().at(2).value<QList<ActivityBucket>>();
    QCOMPARE(total(buckets), 2);
    QCOMPARE(countAt(buckets, Start + 3 * Minute, EventType::RoamingOff), 1);
}

void TestActivity::serviceCountsTheSameOnASharedStore()
{
    const QString unavailable = pgtest::PgTestServer::whyUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    pgtest::PgTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString url = server.createDatabaseWith(records());
    QVERIFY2(!url.isEmpty(), qPrintable(server.error()));

    ManualClock clock(QDateTime::fromMSecsSinceEpoch(Start + 59 * Minute + 1000, QTimeZone::utc()));
    const auto counted = [&](const QString &databasePath, const QString &filter) {
        ActivityService service(&clock);
        QSignalSpy ready(&service, &ActivityService::activityReady);
        QSignalSpy failed(&service, &ActivityService::failed);
        service.setFilter(filter);
        service.open(databasePath);
        if (!ready.wait(10000))
            return QList<ActivityBucket>{{0, EventType::RoamingStatus, -1}};
        return ready.last().at(2).value<QList<ActivityBucket>>();
    };
    // Every filter the log takes counts the same buckets as over the file: types, devices and free words.
    for (const QString &filter : {QString(), u"type:roaming-off"_s, u"device:+99999992000"_s, u"change"_s}) {
        const QList<ActivityBucket> overFile = counted(m_path, filter);
        const QList<ActivityBucket> overServer = counted(url, filter);
        QVERIFY2(total(overFile) > 0, qPrintable(filter));
        QCOMPARE(overServer.size(), overFile.size());
        for (const ActivityBucket &bucket : overFile)
            QCOMPARE(countAt(overServer, bucket.bucketStartMs, bucket.type), bucket.count);
    }
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
