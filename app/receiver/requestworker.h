#pragma once

#include "app/common/batchqueue.h"
#include "models/notificationlogsource.h"

#include <QByteArray>
#include <QList>
#include <QThread>

#include <functional>

namespace roamdesk {

/// A webhook request on its way to the worker: what the checks need, no Qt objects of the HTTP thread.
struct ReceivedRequest
{
    quint64 ticket = 0;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    qint64 receivedMs = 0;
};

/// The worker's verdict: status 0 and a record to store, or the error to answer.
struct RequestVerdict
{
    quint64 ticket = 0;
    int status = 0;
    QByteArray code;
    QString message;
    NotificationLogRecord record;
};

/// Checks webhook requests off the HTTP thread: takes everything queued at once, checks each, hands the valid events
/// straight to the store's writer (no trip back through the HTTP thread) and reports the refusals, both once per batch
/// (so the writer commits them together instead of starting on the first alone).
class RequestWorker final : public QThread
{
public:
    struct Steps
    {
        std::function<RequestVerdict(const ReceivedRequest &)> check; // runs on this thread
        std::function<void(QList<RequestVerdict> &&)> store; // a batch's valid events, on this thread
        std::function<void(QList<RequestVerdict> &&)> refuse; // a batch's refusals, on this thread
    };

    explicit RequestWorker(Steps steps);

    void enqueue(ReceivedRequest &&request) { m_queue.push(std::move(request)); }
    /// Several requests with one wake-up of the worker.
    void enqueue(std::vector<ReceivedRequest> &&requests) { m_queue.pushAll(std::move(requests)); }
    /// Checks what is queued, then ends.
    void requestStop() { m_queue.stop(); }

protected:
    void run() override;

private:
    Steps m_steps;
    BatchQueue<ReceivedRequest> m_queue;
};

} // namespace roamdesk
