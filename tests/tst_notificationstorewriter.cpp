// GroupCommitWriter: group commit on its own thread and connection, completions back on the caller's thread.
#include "app/store/groupcommitwriter.h"
#include "app/store/sqlitenotificationstore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

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

#ifdef Q_OS_UNIX
/// While it lives, no file of this process can grow (RLIMIT_FSIZE): every write fails with EFBIG as it
/// would on a full disk, for real, down in SQLite.
class FilesCannotGrow
{
public:
    FilesCannotGrow()
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN); // fail the write instead of killing the process
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit none = m_saved;
        none.rlim_cur = 0;
        m_active = setrlimit(RLIMIT_FSIZE, &none) == 0;
    }
    ~FilesCannotGrow()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_signal);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_signal)(int) = nullptr;
    bool m_active = false;
};
#endif

/// Counts the warnings of the store's logging category while it lives.
class StoreWarnings
{
public:
    StoreWarnings() { s_previous = qInstallMessageHandler(&StoreWarnings::handle); }
    ~StoreWarnings() { qInstallMessageHandler(s_previous); }
    static inline QStringList seen;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && qstrcmp(context.category, "roamdesk.store") == 0)
            seen << message;
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class TestNotificationStoreWriter : public QObject
{
    Q_OBJECT

private:
    /// How far the search index got, read on a connection of its own.
    qint64 indexedSeq() const
    {
        qint64 seq = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("progress"));
            db.setDatabaseName(m_path);
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT indexed_seq FROM search_progress")) && query.next())
                seq = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("progress"));
        return seq;
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)); }

    void recordsHandedOverFromAnotherThread()
    {
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_path));
        QVERIFY(writer.start());
        struct Done
        {
            quint64 ticket;
            bool ok;
            qint64 seq;
            QString eventId; // from the record the outcome carries back
            QThread *thread;
        };
        QList<Done> done;
        writer.setTicketCompletion([&](quint64 ticket, const GroupCommitWriter::Outcome &outcome) {
            done.append({ticket, outcome.ok, outcome.seq, outcome.record ? outcome.record->eventId : QString(),
                QThread::currentThread()});
        });
        constexpr int Count = 500;
        QList<quint64> tickets;
        for (int i = 0; i < Count; ++i)
            tickets << writer.newTicket();
        // A plain submit() beside them keeps its own completion and ticket.
        bool ownRan = false;
        writer.submit(makeRecord(QStringLiteral("own")), [&](const GroupCommitWriter::Outcome &outcome) {
            ownRan = outcome.ok && outcome.record && outcome.record->eventId == QLatin1String("own");
        });
        std::unique_ptr<QThread> submitter(QThread::create([&] {
            for (int i = 0; i < Count; ++i)
                writer.submitFrom(tickets.at(i), makeRecord(QStringLiteral("t%1").arg(i % (Count - 1))));
        }));
        submitter->start();
        QVERIFY(submitter->wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), Count, 20000);
        QVERIFY(ownRan);
        for (int i = 0; i < Count; ++i) {
            QCOMPARE(done.at(i).ticket, tickets.at(i)); // in hand-over order
            QVERIFY(done.at(i).ok);
            QCOMPARE(done.at(i).eventId, QStringLiteral("t%1").arg(i % (Count - 1)));
            QCOMPARE(done.at(i).thread, QThread::currentThread());
        }
        QCOMPARE(done.last().seq, qint64(0)); // "t0" again: a duplicate
        QVERIFY(done.at(Count - 2).seq > 0);

        // After finish() a hand-over fails, still on the owner thread.
        writer.finish();
        const quint64 late = writer.newTicket();
        writer.submitFrom(late, makeRecord(QStringLiteral("late")));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), Count + 1, 20000);
        QCOMPARE(done.last().ticket, late);
        QVERIFY(!done.last().ok);
    }

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

    void indexesForSearchingOnceIdle()
    {
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_path));
        QVERIFY(writer.start());
        constexpr int Count = 1500; // more than one idle chunk
        int acknowledged = 0;
        for (int i = 0; i < Count; ++i) {
            NotificationLogRecord record = makeRecord(QStringLiteral("idx%1").arg(i));
            record.type = EventType::RoamingChangeCountry;
            writer.submit(record, [&](const GroupCommitWriter::Outcome &outcome) { acknowledged += outcome.ok; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged, Count, 20000);
        // Nobody searched: the writer indexed every row by itself once it had nothing else to do.
        QTRY_COMPARE_WITH_TIMEOUT(indexedSeq(), qint64(Count), 20000);
        writer.finish();
        // Its CPU is counted apart (the receiver's stop line, the bench), and kept once the writer stopped:
        // indexing 1,500 rows takes a few milliseconds.
        QVERIFY2(writer.upkeepCpuUs() > 0, qPrintable(QString::number(writer.upkeepCpuUs())));
        SqliteNotificationStore reader;
        QVERIFY(reader.open(m_path));
        QCOMPARE(reader.count(NotificationLogFilter::parse(QStringLiteral("change"))), qint64(Count));
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

#ifdef Q_OS_UNIX
    void repeatedCommitFailuresAreSummarised()
    {
        GroupCommitWriter writer(SqliteNotificationStore::factory(m_path));
        constexpr int ReportIntervalMs = 300;
        writer.setFailureReportInterval(ReportIntervalMs);
        QSignalSpy reports(&writer, &GroupCommitWriter::writeFailed);
        QVERIFY(writer.start());
        StoreWarnings::seen.clear();
        const StoreWarnings warnings;
        constexpr int Commits = 100;
        int failed = 0;
        QElapsedTimer elapsed;
        {
            const FilesCannotGrow full;
            QVERIFY(full.isActive());
            elapsed.start();
            for (int i = 0; i < Commits; ++i) { // one record, one commit at a time
                std::optional<GroupCommitWriter::Outcome> outcome;
                writer.submit(makeRecord(QStringLiteral("full-%1").arg(i)),
                    [&](const GroupCommitWriter::Outcome &o) { outcome = o; });
                QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
                failed += !outcome->ok;
            }
        }
        QCOMPARE(failed, Commits);
        QVERIFY2(reports.size() >= 1, "the first failure is reported at once");
        QVERIFY2(reports.at(0).at(0).toString().contains(QStringLiteral("group commit of 1 failed")),
            qPrintable(reports.at(0).at(0).toString()));
        // Then one summary per interval: every failure is counted once, in a handful of lines.
        QTest::qWait(ReportIntervalMs + 400);
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() >= 2, 5000);
        int counted = 0;
        static const QRegularExpression times(QStringLiteral("\\((\\d+)\u00d7 in the last 0.3 s\\)$"));
        for (const QList<QVariant> &report : reports) {
            const QRegularExpressionMatch match = times.match(report.at(0).toString());
            counted += match.hasMatch() ? match.captured(1).toInt() : 1;
        }
        QCOMPARE(counted, Commits);
        const qint64 intervals = elapsed.elapsed() / ReportIntervalMs + 2;
        QVERIFY2(reports.size() <= intervals, qPrintable(QStringLiteral("%1 reports").arg(reports.size())));
        QCOMPARE(StoreWarnings::seen.size(), int(reports.size())); // the log says the same, as often

        // Room again: the writer carries on.
        std::optional<GroupCommitWriter::Outcome> later;
        writer.submit(makeRecord(QStringLiteral("later")), [&](const GroupCommitWriter::Outcome &o) { later = o; });
        QTRY_VERIFY(later.has_value());
        QVERIFY2(later->ok, qPrintable(later->error));
    }
#endif

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
