// GroupCommitWriter: group commit on its own thread and connection, completions back on the caller's thread.
#include "store/groupcommitwriter.h"
#include "store/sqlitenotificationstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace roamdesk;

namespace {

NotificationLogRecord makeRecord(const QString &id)
{
    NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.com");
    record.eventId = id;
    record.receivedMs = 1700000000000;
    record.rawJson = QByteArrayLiteral("{}");
    return record;
}

} // namespace

class TestNotificationStoreWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)); }

    void commitsInGroupsOnItsOwnThread()
    {
        QThread *writerThread = nullptr;
        NotificationStoreFactory base = SqliteNotificationStore::factory(m_path);
        GroupCommitWriter writer([&](QString *error) {
            writerThread = QThread::currentThread();
            return base(error);
        });
        QSignalSpy batches(&writer, &GroupCommitWriter::batchCommitted);
        QVERIFY(writer.start());
        QVERIFY(writerThread && writerThread != QThread::currentThread());

        constexpr int Count = 2000;
        QList<qint64> seqs;
        QList<QThread *> completionThreads;
        for (int i = 0; i < Count; ++i) {
            writer.submit(makeRecord(QString::number(i)), [&](const GroupCommitWriter::Outcome &outcome) {
                QVERIFY(outcome.ok);
                seqs << outcome.seq;
                completionThreads << QThread::currentThread();
            });
        }
        QCOMPARE(writer.inFlight(), Count);
        QTRY_COMPARE_WITH_TIMEOUT(seqs.size(), Count, 20000);
        QCOMPARE(writer.inFlight(), 0);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(seqs.at(i), qint64(i + 1)); // in submission order
        QVERIFY(std::all_of(completionThreads.begin(), completionThreads.end(),
            [](QThread *thread) { return thread == QThread::currentThread(); }));
        int stored = 0;
        for (const QList<QVariant> &batch : batches)
            stored += batch.at(0).toInt();
        QCOMPARE(stored, Count);
        // Records queued while a commit runs go into the next one: far fewer commits than records.
        QVERIFY2(batches.size() < Count, qPrintable(QString::number(batches.size())));

        SqliteNotificationStore reader;
        QVERIFY(reader.open(m_path));
        QCOMPARE(reader.count({}), qint64(Count));
    }

    void reportsDuplicates()
    {
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_path));
        QVERIFY(writer.start());
        QList<GroupCommitWriter::Outcome> outcomes;
        auto collect = [&](const GroupCommitWriter::Outcome &outcome) { outcomes << outcome; };
        writer.submit(makeRecord(QStringLiteral("a")), collect);
        writer.submit(makeRecord(QStringLiteral("a")), collect);
        QTRY_COMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).ok && outcomes.at(0).seq == 1);
        QVERIFY(outcomes.at(1).isDuplicate());
    }

    void finishCommitsWhatIsPending()
    {
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_path));
        QSignalSpy drained(&writer, &GroupCommitWriter::drained);
        QVERIFY(writer.start());
        int done = 0;
        for (int i = 0; i < 500; ++i)
            writer.submit(makeRecord(QString::number(i)), [&](const GroupCommitWriter::Outcome &o) { done += o.ok; });
        writer.finish(); // no event loop turn in between: completions run inside finish()
        QCOMPARE(done, 500);
        QVERIFY(!writer.isRunning());
        QVERIFY(drained.size() >= 1);
        GroupCommitWriter::Outcome late;
        writer.submit(makeRecord(QStringLiteral("late")), [&](const GroupCommitWriter::Outcome &o) { late = o; });
        QVERIFY(!late.ok);
        QVERIFY(!late.error.isEmpty());
        SqliteNotificationStore reader;
        QVERIFY(reader.open(m_path));
        QCOMPARE(reader.count({}), qint64(500));
    }

    void reportsAStoreThatCannotOpen()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_dir.filePath(QStringLiteral("blocker/x.sqlite"))));
        QString error;
        QVERIFY(!writer.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!writer.isRunning());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestNotificationStoreWriter)
#include "tst_notificationstorewriter.moc"
