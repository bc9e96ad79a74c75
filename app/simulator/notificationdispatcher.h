#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "app/simulator/sinkpolicy.h"

class QNetworkReply;
class QTimer;

namespace roamdesk::sim {

/// One CloudEvent on its way to a sink.
struct OutgoingNotification
{
    QString subscriptionId;
    QString eventId;
    QString typeWire; // full CloudEvent type
    QUrl sink;
    QByteArray body;
    QByteArray accessToken; // sent as "Authorization: Bearer …" when non-empty
    bool terminal = false; // subscription-ends/-ended: never dropped for a full queue
    int attempts = 0;
};

/// Delivers notifications with one QNetworkAccessManager. Each subscription has its own ordered queue with
/// at most one request in flight: the next waits until the previous was answered or given up.
/// Connection errors, 5xx and 429 are retried with exponential backoff (bounded attempts and delay);
/// other 4xx stop that notification; 410 Gone also reports the sink as gone so its subscription ends.
/// Before each attempt the sink must still pass the SinkPolicy and the token must be a well-formed bearer token
/// (a state file or a changed policy may hold what create would refuse); otherwise nothing is sent and the
/// notification fails.
class NotificationDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationDispatcher)

public:
    struct RetryPolicy
    {
        int maxAttempts = 5; // including the first
        int initialDelayMs = 500; // doubled after each failure
        int maxDelayMs = 30000;
        int transferTimeoutMs = 10000;
        int maxQueued = 1000; // per subscription, in flight included; beyond it new events are dropped (failed)
    };

    explicit NotificationDispatcher(QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setSinkPolicy(const SinkPolicy &policy) { m_sinkPolicy = policy; }
    const SinkPolicy &sinkPolicy() const { return m_sinkPolicy; }

    void enqueue(OutgoingNotification notification);
    /// Drops what is still queued for a subscription (not the request in flight).
    void dropQueued(const QString &subscriptionId);

    bool isIdle() const { return m_queues.isEmpty(); }
    int pendingCount() const;
    int pendingCount(const QString &subscriptionId) const;

Q_SIGNALS:
    void delivered(const QString &subscriptionId, const QString &eventId, const QString &typeWire, int httpStatus);
    /// Given up: `httpStatus` 0 for transport failures; `reason` says why.
    void failed(const QString &subscriptionId, const QString &eventId, const QString &typeWire, int httpStatus,
        const QString &reason);
    void sinkGone(const QString &subscriptionId);
    void idle();

private:
    struct Queue
    {
        QList<OutgoingNotification> items;
        QPointer<QNetworkReply> reply;
        QTimer *retryTimer = nullptr;
    };

    void sendNext(const QString &subscriptionId);
    /// Why `notification` must not be sent at all; empty when it may.
    QString refusal(const OutgoingNotification &notification) const;
    void refuseHead(const QString &subscriptionId, const QString &eventId, const QString &reason);
    void onFinished(const QString &subscriptionId, QNetworkReply *reply);
    void finishHead(const QString &subscriptionId);
    int backoffMs(int attempts) const;

    QNetworkAccessManager m_nam;
    QHash<QString, Queue> m_queues;
    RetryPolicy m_policy;
    SinkPolicy m_sinkPolicy;
    QString m_finishing; // the subscription whose head is being settled (never dropped under our feet)
};

} // namespace roamdesk::sim
