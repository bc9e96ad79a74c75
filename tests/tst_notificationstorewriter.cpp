// GroupCommitWriter: group commit on its own thread and connection, completions back on the caller's thread.
#include "store/groupcommitwriter.h"
#include "store/sqlitenotificationstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

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

/// A real SQLite store whose inserts fail on demand (a full disk cannot be arranged portably in a test).
class FailingStore final : public NotificationStore
{
public:
    explicit FailingStore(std::unique_ptr<NotificationStore> real)
        : m_real(std::move(real))
    {
    }
    static inline std::atomic_bool failInserts{false};

    bool isOpen() const override { return m_real->isOpen(); }
    int schemaVersion() override { return m_real->schemaVersion(); }
    InsertResult insert(const QList<NotificationLogRecord> &records) override
    {
        if (!failInserts)
            return m_real->insert(records);
        InsertResult result;
        result.error = QStringLiteral("database or disk is full");
        return result;
    }
    bool rememberSubscription(const KnownSubscription &s) override { return m_real->rememberSubscription(s); }
    bool forgetSubscription(const QString &id) override { return m_real->forgetSubscription(id); }
    bool markSubscriptionDeleted(const QString &id, const QDateTime &when) override
    {
        return m_real->markSubscriptionDeleted(id, when);
    }
    QList<KnownSubscription> subscriptions() override { return m_real->subscriptions(); }
    QList<NotificationLogRecord> olderThan(const NotificationLogFilter &f, qint64 b, int l, bool r) override
    {
        return m_real->olderThan(f, b, l, r);
    }
    QList<NotificationLogRecord> newerThan(const NotificationLogFilter &f, qint64 a, int l) override
    {
        return m_real->newerThan(f, a, l);
    }
    qint64 newestSeq() override { return m_real->newestSeq(); }
    QByteArray rawJson(qint64 seq) override { return m_real->rawJson(seq); }
    qint64 count(const NotificationLogFilter &f) override { return m_real->count(f); }
    QString lastError() const override { return m_real->lastError(); }

private:
    std::unique_ptr<NotificationStore> m_real;
};

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

    void failedCommitsFailEveryRecord()
    {
        NotificationStoreFactory real = SqliteNotificationStore::factory(m_path);
        GroupCommitWriter writer([&](QString *error) -> std::unique_ptr<NotificationStore> {
            std::unique_ptr<NotificationStore> store = real(error);
            return store ? std::make_unique<FailingStore>(std::move(store)) : nullptr;
        });
        QSignalSpy failures(&writer, &GroupCommitWriter::writeFailed);
        QVERIFY(writer.start());
        FailingStore::failInserts = true;
        QList<GroupCommitWriter::Outcome> outcomes;
        for (int i = 0; i < 3; ++i)
            writer.submit(makeRecord(QString::number(i)), [&](const GroupCommitWriter::Outcome &o) { outcomes << o; });
        QTRY_COMPARE(outcomes.size(), 3);
        FailingStore::failInserts = false;
        for (const GroupCommitWriter::Outcome &outcome : outcomes) {
            QVERIFY(!outcome.ok);
            QCOMPARE(outcome.error, QStringLiteral("database or disk is full"));
        }
        QVERIFY(failures.size() >= 1);
        // The writer carries on once the store recovers.
        GroupCommitWriter::Outcome later;
        writer.submit(makeRecord(QStringLiteral("later")), [&](const GroupCommitWriter::Outcome &o) { later = o; });
        QTRY_VERIFY(later.ok);
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
