#pragma once

#include "app/store/notificationstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace roamdesk {

class GroupCommitWriterThread;
class RepeatedWarning;

/// Group commit on a dedicated writer thread with its own store connection. submit() queues a record
/// and returns at once; whenever the writer is free it takes everything queued into one transaction,
/// commits, and then every record's completion runs on the submitting thread (the HTTP thread), in
/// submission order. No timer window: an idle writer starts on the first record at once; records
/// submitted while it commits wait for the next transaction, so under load batches grow by themselves.
class GroupCommitWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupCommitWriter)

public:
    struct Outcome
    {
        bool ok = false;
        qint64 seq = 0; // 0 with ok: (source, id) was already stored
        /// Why it failed, for the local log only: it names paths and SQLite's words. A remote sender gets a
        /// generic answer, never this.
        QString error;
        const NotificationLogRecord *record = nullptr; // the record as submitted (during the completion only)
        bool isDuplicate() const { return ok && seq == 0; }
    };
    using Completion = std::function<void(const Outcome &outcome)>;
    /// Completion of records handed over with submitFrom(), by ticket.
    using TicketCompletion = std::function<void(quint64 ticket, const Outcome &outcome)>;

    explicit GroupCommitWriter(NotificationStoreFactory factory, QObject *parent = nullptr);
    ~GroupCommitWriter() override; // finish()

    /// Starts the thread and opens the store there; false with `error` when the store cannot be opened.
    bool start(QString *error = nullptr);
    bool isRunning() const;
    /// Thread-safe to call from the owner's thread only. After finish() the record fails at once.
    void submit(NotificationLogRecord record, Completion done);
    /// For records checked on another thread: a ticket drawn here (owner thread), the record handed over from
    /// any thread with submitFrom(); its outcome goes to the ticket completion, on the owner thread, like the
    /// others. A record that cannot be queued (not running, finished) fails there too.
    quint64 newTicket() { return m_nextTicket++; }
    void setTicketCompletion(TicketCompletion done) { m_ticketCompletion = std::move(done); }
    void submitFrom(quint64 ticket, NotificationLogRecord record);
    /// Several records at once (one lock, one wake-up of the writer), committed together when it is idle.
    void submitFrom(std::vector<std::pair<quint64, NotificationLogRecord>> &&records);
    /// Submitted records whose completion has not run yet (not counting submitFrom()).
    int inFlight() const { return int(m_completions.size()); }
    /// CPU the writer spent keeping the search index up (after the acknowledgements), in µs.
    qint64 upkeepCpuUs() const;
    /// Commits everything still queued, runs every completion, stops the thread. Blocks.
    void finish();
    /// How often repeated commit failures are reported (writeFailed and the log): the first at once, then one
    /// summary per interval. RepeatedWarning::DefaultIntervalMs by default.
    void setFailureReportInterval(int ms);

Q_SIGNALS:
    /// After each commit, once its completions have run.
    void batchCommitted(int stored, int duplicates, qint64 newestSeq);
    /// A commit failed (rate-limited: the first failure, then a summary per interval). For the local log.
    void writeFailed(const QString &error);
    /// inFlight() dropped to zero.
    void drained();

private:
    friend class GroupCommitWriterThread;
    void deliver(
        const QList<quint64> &tickets, const InsertResult &result, const QList<NotificationLogRecord> &records);
    void complete(quint64 ticket, const Outcome &outcome);

    NotificationStoreFactory m_factory;
    std::unique_ptr<GroupCommitWriterThread> m_thread;
    QHash<quint64, Completion> m_completions;
    TicketCompletion m_ticketCompletion;
    quint64 m_nextTicket = 1; // drawn on the owner thread only
    RepeatedWarning *m_failureWarning; // a child
    qint64 m_finishedUpkeepCpuUs = 0;
};

} // namespace roamdesk
