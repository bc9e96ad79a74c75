#include "app/store/groupcommitwriter.h"

#include "app/common/batchqueue.h"
#include "app/store/repeatedwarning.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <ctime>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace roamdesk {

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

/// The writer: waits for work, takes all of it, writes one transaction, posts the outcome back.
class GroupCommitWriterThread final : public QThread
{
public:
    GroupCommitWriterThread(GroupCommitWriter *owner, NotificationStoreFactory factory)
        : m_owner(owner)
        , m_factory(std::move(factory))
    {
        setObjectName(QStringLiteral("roamdesk-store-writer"));
    }

    bool waitUntilOpen(QString *error)
    {
        QMutexLocker lock(&m_openMutex);
        while (!m_openDecided)
            m_openDecision.wait(&m_openMutex);
        if (error)
            *error = m_openError;
        return m_openError.isEmpty();
    }

    /// Queues one record; false once the writer stopped or could not open the store. Records queued while
    /// the writer commits wait for its next transaction.
    bool enqueue(quint64 ticket, NotificationLogRecord &&record) { return m_queue.push({ticket, std::move(record)}); }
    bool enqueue(std::vector<std::pair<quint64, NotificationLogRecord>> &&records)
    {
        return m_queue.pushAll(std::move(records));
    }

    void requestStop() { m_queue.stop(); }

    /// CPU time this thread spent keeping the search index up, off the acknowledgement path.
    qint64 upkeepCpuNs() const { return m_upkeepCpuNs.load(std::memory_order_relaxed); }

protected:
    void run() override
    {
        QString error;
        std::unique_ptr<NotificationStore> store = m_factory(&error);
        {
            QMutexLocker lock(&m_openMutex);
            m_openError = store ? QString() : (error.isEmpty() ? QStringLiteral("cannot open the store") : error);
            m_openDecided = true;
            m_openDecision.wakeAll();
        }
        if (!store) {
            m_queue.stop();
            return;
        }
        // Upkeep (the search index) runs after the acknowledgements were posted, in chunks: under load once a
        // large chunk waits (far cheaper per row than indexing a few rows per commit), else once no request came
        // for a while. A request arriving meanwhile wakes the writer at once: waiting adds no latency.
        bool upkeepDue = false;
        for (;;) {
            bool stopping = false;
            std::vector<Queued> work = m_queue.takeAvailable(&stopping, upkeepDue ? IdleBeforeUpkeepMs : 0);
            if (work.empty()) {
                if (stopping)
                    break; // nothing left; readers index what is still waiting
                if (upkeepDue) {
                    // Idle: a small chunk (a request arriving now waits for it at most), then look again.
                    upkeepDue = upkeep(*store, IdleIndexChunk, 1) == IdleIndexChunk;
                    continue;
                }
                work = m_queue.takeAll();
                if (work.empty())
                    break; // stopping, nothing left
            }
            QList<quint64> tickets;
            QList<NotificationLogRecord> records;
            tickets.reserve(qsizetype(work.size()));
            records.reserve(qsizetype(work.size()));
            for (Queued &queued : work) {
                tickets << queued.first;
                records << std::move(queued.second);
            }
            const InsertResult result = store->insert(records);
            GroupCommitWriter *owner = m_owner;
            QMetaObject::invokeMethod(
                owner,
                [owner, tickets = std::move(tickets), records = std::move(records), result] {
                    owner->deliver(tickets, result, records);
                },
                Qt::QueuedConnection);
            upkeep(*store, BusyIndexChunk, BusyIndexChunk); // under steady load the queue never empties
            upkeepDue = true;
        }
    }

private:
    int upkeep(NotificationStore &store, int maxRows, int minPending)
    {
        const qint64 start = threadCpuNs();
        const int indexed = store.indexPending(maxRows, minPending);
        m_upkeepCpuNs.fetch_add(threadCpuNs() - start, std::memory_order_relaxed);
        return indexed;
    }

    static constexpr int IdleBeforeUpkeepMs = 50;
    static constexpr int IdleIndexChunk = 512;
    static constexpr int BusyIndexChunk = 4096;
    using Queued = std::pair<quint64, NotificationLogRecord>;

    GroupCommitWriter *m_owner;
    NotificationStoreFactory m_factory;
    BatchQueue<Queued> m_queue;
    QMutex m_openMutex;
    QWaitCondition m_openDecision;
    bool m_openDecided = false;
    QString m_openError;
    std::atomic<qint64> m_upkeepCpuNs{0};
};

GroupCommitWriter::GroupCommitWriter(NotificationStoreFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_failureWarning(new RepeatedWarning(
          [this](const QString &message) {
              qCWarning(lcStore).noquote() << message;
              Q_EMIT writeFailed(message);
          },
          this))
{
}

void GroupCommitWriter::setFailureReportInterval(int ms)
{
    m_failureWarning->setInterval(ms);
}

GroupCommitWriter::~GroupCommitWriter()
{
    finish();
}

bool GroupCommitWriter::start(QString *error)
{
    if (isRunning())
        return true;
    m_thread = std::make_unique<GroupCommitWriterThread>(this, m_factory);
    m_thread->start();
    if (!m_thread->waitUntilOpen(error)) {
        m_thread->wait();
        m_thread.reset();
        return false;
    }
    return true;
}

qint64 GroupCommitWriter::upkeepCpuUs() const
{
    return m_thread ? m_thread->upkeepCpuNs() / 1'000 : m_finishedUpkeepCpuUs;
}

bool GroupCommitWriter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void GroupCommitWriter::submit(NotificationLogRecord record, Completion done)
{
    const quint64 ticket = m_nextTicket++;
    // Straight to the writer: when it is idle it starts committing this record while we parse the next
    // requests, which keeps HTTP parsing and commits overlapping instead of taking turns.
    if (!m_thread || !m_thread->enqueue(ticket, std::move(record))) {
        Outcome outcome;
        outcome.error = QStringLiteral("the notification store is not running");
        done(outcome);
        return;
    }
    m_completions.insert(ticket, std::move(done));
}

void GroupCommitWriter::submitFrom(quint64 ticket, NotificationLogRecord record)
{
    // m_thread is set and reset on the owner thread only while no other thread submits (the caller's
    // contract: its submitting thread is stopped before finish()).
    if (m_thread && m_thread->enqueue(ticket, std::move(record)))
        return;
    QMetaObject::invokeMethod(
        this,
        [this, ticket] {
            Outcome outcome;
            outcome.error = QStringLiteral("the notification store is not running");
            complete(ticket, outcome);
        },
        Qt::QueuedConnection);
}

void GroupCommitWriter::submitFrom(std::vector<std::pair<quint64, NotificationLogRecord>> &&records)
{
    if (records.empty() || (m_thread && m_thread->enqueue(std::move(records))))
        return;
    // Not queued (the records were left as they were): each fails on the owner thread.
    std::vector<quint64> tickets;
    tickets.reserve(records.size());
    for (const auto &record : records)
        tickets.push_back(record.first);
    QMetaObject::invokeMethod(
        this,
        [this, tickets = std::move(tickets)] {
            Outcome outcome;
            outcome.error = QStringLiteral("the notification store is not running");
            for (const quint64 ticket : tickets)
                complete(ticket, outcome);
        },
        Qt::QueuedConnection);
}

void GroupCommitWriter::complete(quint64 ticket, const Outcome &outcome)
{
    if (const Completion done = m_completions.take(ticket))
        done(outcome);
    else if (m_ticketCompletion)
        m_ticketCompletion(ticket, outcome);
}

void GroupCommitWriter::finish()
{
    if (!m_thread)
        return;
    m_thread->requestStop();
    m_thread->wait();
    m_finishedUpkeepCpuUs = m_thread->upkeepCpuNs() / 1'000;
    m_thread.reset();
    // The last outcomes were posted to us before the thread ended: deliver them now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_failureWarning->flush();
    if (!m_completions.isEmpty()) { // cannot happen: every queued record was written before the thread ended
        Outcome outcome;
        outcome.error = QStringLiteral("the notification store stopped");
        const auto completions = std::exchange(m_completions, {});
        for (const Completion &done : completions)
            done(outcome);
        Q_EMIT drained();
    }
}

void GroupCommitWriter::deliver(
    const QList<quint64> &tickets, const InsertResult &result, const QList<NotificationLogRecord> &records)
{
    int stored = 0;
    int duplicates = 0;
    qint64 newest = 0;
    for (int i = 0; i < tickets.size(); ++i) {
        Outcome outcome;
        outcome.ok = result.ok;
        outcome.error = result.error;
        if (result.ok) {
            outcome.seq = result.seqs.value(i);
            if (outcome.seq > 0) {
                ++stored;
                newest = qMax(newest, outcome.seq);
            } else {
                ++duplicates;
            }
        }
        outcome.record = &records.at(i);
        complete(tickets.at(i), outcome);
    }
    if (!result.ok) {
        m_failureWarning->raise(QStringLiteral("group commit of %1 failed: %2").arg(tickets.size()).arg(result.error));
    } else {
        Q_EMIT batchCommitted(stored, duplicates, newest);
    }
    if (m_completions.isEmpty())
        Q_EMIT drained();
}

} // namespace roamdesk
