#include "store/groupcommitwriter.h"

#include "store/repeatedwarning.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace roamdesk {

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
        QMutexLocker lock(&m_mutex);
        while (!m_openDecided)
            m_condition.wait(&m_mutex);
        if (error)
            *error = m_openError;
        return m_openError.isEmpty();
    }

    /// Queues one record. Wakes the writer only when it waits: while it commits, records pile up for
    /// the next transaction at the cost of an uncontended lock.
    bool enqueue(quint64 ticket, NotificationLogRecord &&record)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping || !m_openError.isEmpty())
            return false;
        m_tickets << ticket;
        m_records << std::move(record);
        if (m_waiting)
            m_condition.wakeOne();
        return true;
    }

    void requestStop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_condition.wakeAll();
    }

protected:
    void run() override
    {
        QString error;
        std::unique_ptr<NotificationStore> store = m_factory(&error);
        {
            QMutexLocker lock(&m_mutex);
            m_openError = store ? QString() : (error.isEmpty() ? QStringLiteral("cannot open the store") : error);
            m_openDecided = true;
            m_condition.wakeAll();
            if (!store)
                return;
        }
        for (;;) {
            QList<quint64> tickets;
            QList<NotificationLogRecord> records;
            {
                QMutexLocker lock(&m_mutex);
                while (m_records.isEmpty() && !m_stopping) {
                    m_waiting = true;
                    m_condition.wait(&m_mutex);
                    m_waiting = false;
                }
                if (m_records.isEmpty())
                    break; // stopping, nothing left
                tickets.swap(m_tickets);
                records.swap(m_records);
            }
            const InsertResult result = store->insert(records);
            GroupCommitWriter *owner = m_owner;
            QMetaObject::invokeMethod(
                owner,
                [owner, tickets = std::move(tickets), records = std::move(records), result] {
                    owner->deliver(tickets, result, records);
                },
                Qt::QueuedConnection);
        }
    }

private:
    GroupCommitWriter *m_owner;
    NotificationStoreFactory m_factory;
    QMutex m_mutex;
    QWaitCondition m_condition;
    QList<quint64> m_tickets;
    QList<NotificationLogRecord> m_records;
    bool m_stopping = false;
    bool m_waiting = false;
    bool m_openDecided = false;
    QString m_openError;
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
