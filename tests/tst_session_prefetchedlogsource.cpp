// PrefetchedLogSource: a first page read elsewhere answers the model's reload once, merged with what was
// stored since; anything else goes to the real store (SQLite in a temporary directory).
#include "notification.h"
#include "session/prefetchedlogsource.h"
#include "store/sqlitenotificationstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;

namespace {
NotificationLogRecord record(int n, const QString &marker)
{
    const QByteArray raw = QStringLiteral(
        R"({"id":"e%1","source":"/s","specversion":"1.0","type":"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-status","time":"2026-01-01T00:00:00Z","data":{"subscriptionId":"sub","device":{"phoneNumber":"+99999991000"},"roaming":true,"countryCode":262,"countryName":["DE"],"note":"%2"}})")
                               .arg(n)
                               .arg(marker)
                               .toUtf8();
    const NotificationParseResult parsed = NotificationParser::parse(raw);
    Q_ASSERT(parsed.ok());
    return NotificationLogRecord::fromNotification(
        *parsed.notification, raw, 1700000000000 + n, QStringLiteral("sub"), ReceiptValidity::Unauthenticated);
}

QList<qint64> seqs(const QList<NotificationLogRecord> &records)
{
    QList<qint64> out;
    for (const NotificationLogRecord &r : records)
        out << r.seq;
    return out;
}
} // namespace

class tst_Session_PrefetchedLogSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offerAnswersOnceWithNewerRows();
    void otherQueriesPassThrough();

private:
    QTemporaryDir m_dir;
    SqliteNotificationStore m_store;
};

void tst_Session_PrefetchedLogSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("log.sqlite"))));
    QList<NotificationLogRecord> batch;
    for (int n = 1; n <= 10; ++n)
        batch << record(n, n % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
    QVERIFY(m_store.insert(batch).ok);
}

void tst_Session_PrefetchedLogSource::offerAnswersOnceWithNewerRows()
{
    NotificationLogFilter filter;
    filter.text = QStringLiteral("odd");
    // The worker's read, on its own connection.
    SqliteNotificationStore worker;
    QVERIFY(worker.open(m_dir.filePath(QStringLiteral("log.sqlite"))));
    const qint64 newest = worker.newestSeq();
    const QList<NotificationLogRecord> page = worker.olderThan(filter, newest + 1, 3);
    QCOMPARE(seqs(page), (QList<qint64>{9, 7, 5}));

    PrefetchedLogSource source(&m_store);
    source.offer(filter, newest, 3, page);
    QVERIFY(source.hasOffer());
    // Two more arrive before the model reloads; one matches.
    QVERIFY(m_store.insert({record(11, QStringLiteral("odd")), record(12, QStringLiteral("even"))}).ok);
    const qint64 now = source.newestSeq();
    QCOMPARE(now, 12);
    QCOMPARE(seqs(source.olderThan(filter, now + 1, 3)), (QList<qint64>{11, 9, 7}));
    QVERIFY(!source.hasOffer());
    // Used once: the next identical query reads the store (the same answer, honestly computed).
    QCOMPARE(seqs(source.olderThan(filter, now + 1, 3)), (QList<qint64>{11, 9, 7}));
}

void tst_Session_PrefetchedLogSource::otherQueriesPassThrough()
{
    PrefetchedLogSource source(&m_store);
    NotificationLogFilter odd;
    odd.text = QStringLiteral("odd");
    NotificationLogFilter even;
    even.text = QStringLiteral("even");
    // A stale offer (for another filter) is not used for this one, and fake records never leak out.
    NotificationLogRecord fake = record(99, QStringLiteral("even"));
    fake.seq = 1000;
    source.offer(odd, 12, 2, {fake});
    QCOMPARE(seqs(source.olderThan(even, 13, 2)), (QList<qint64>{12, 10}));
    // Nor for an older position than it was read at (a fetchMore further down).
    QCOMPARE(seqs(source.olderThan(odd, 9, 2)), (QList<qint64>{7, 5}));
    QVERIFY(source.hasOffer());
    QCOMPARE(source.count(even), 6);
    QVERIFY(source.rawJson(1).contains("e1"));
}

QTEST_GUILESS_MAIN(tst_Session_PrefetchedLogSource)
#include "tst_session_prefetchedlogsource.moc"
