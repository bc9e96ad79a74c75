#pragma once

#include "store/notificationstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace roamdesk {

class GroupCommitWriterThread;

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
        QString error;
        bool isDuplicate() const { return ok && seq == 0; }
    };
    using Completion = std::function<void(const Outcome &outcome)>;

    explicit GroupCommitWriter(NotificationStoreFactory factory, QObject *parent = nullptr);
    ~GroupCommitWriter() override; // finish()

    /// Starts the thread and opens the store there; false with `error` when the store cannot be opened.
    bool start(QString *error = nullptr);
    bool isRunning() const;
    /// Thread-safe to call from the owner's thread only. After finish() the record fails at once.
    void submit(NotificationLogRecord record, Completion done);
    /// Submitted records whose completion has not run yet.
    int inFlight() const { return int(m_completions.size()); }
    /// Commits everything still queued, runs every completion, stops the thread. Blocks.
    void finish();

Q_SIGNALS:
    /// After each commit, once its completions have run.
    void batchCommitted(int stored, int duplicates, qint64 newestSeq);
    void writeFailed(const QString &error);
    /// inFlight() dropped to zero.
    void drained();

private:
    friend class GroupCommitWriterThread;
    void deliver(const QList<quint64> &tickets, const InsertResult &result);

    NotificationStoreFactory m_factory;
    std::unique_ptr<GroupCommitWriterThread> m_thread;
    QHash<quint64, Completion> m_completions;
    quint64 m_nextTicket = 1;
};

} // namespace roamdesk
