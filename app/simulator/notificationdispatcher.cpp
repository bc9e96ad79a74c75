#include "app/simulator/notificationdispatcher.h"

#include "app/simulator/httpsupport.h"
#include "models/subscription.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSimDelivery, "roamdesk.simulator.delivery", QtInfoMsg)

namespace roamdesk::sim {

NotificationDispatcher::NotificationDispatcher(QObject *parent)
    : QObject(parent)
{
    // Sinks are usually local receivers; a proxy from the environment would only get in the way.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NotificationDispatcher::~NotificationDispatcher()
{
    for (auto &queue : m_queues) {
        if (queue.reply) {
            queue.reply->disconnect(this);
            queue.reply->abort();
        }
    }
}

int NotificationDispatcher::pendingCount() const
{
    int count = 0;
    for (const auto &queue : m_queues)
        count += queue.items.size();
    return count;
}

int NotificationDispatcher::pendingCount(const QString &subscriptionId) const
{
    const auto it = m_queues.constFind(subscriptionId);
    return it == m_queues.cend() ? 0 : int(it->items.size());
}

void NotificationDispatcher::enqueue(OutgoingNotification notification)
{
    const QString id = notification.subscriptionId;
    Queue &queue = m_queues[id];
    if (!notification.terminal && queue.items.size() >= m_policy.maxQueued) {
        // A sink that cannot keep up must not grow memory without bound: drop, and say so.
        Q_EMIT failed(id, notification.eventId, notification.typeWire, 0,
            QStringLiteral("dropped: %1 notifications already queued for this subscription").arg(queue.items.size()));
        return;
    }
    queue.items.append(std::move(notification));
    if (queue.items.size() == 1 && !queue.reply && !(queue.retryTimer && queue.retryTimer->isActive()))
        sendNext(id);
}

void NotificationDispatcher::dropQueued(const QString &subscriptionId)
{
    auto it = m_queues.find(subscriptionId);
    if (it == m_queues.end())
        return;
    const bool busy = it->reply || (it->retryTimer && it->retryTimer->isActive()) || m_finishing == subscriptionId;
    if (busy && !it->items.isEmpty())
        it->items.erase(it->items.begin() + 1, it->items.end());
    else
        it->items.clear();
    if (it->items.isEmpty()) {
        delete it->retryTimer;
        m_queues.erase(it);
        if (m_queues.isEmpty())
            Q_EMIT idle();
    }
}

void NotificationDispatcher::sendNext(const QString &subscriptionId)
{
    auto it = m_queues.find(subscriptionId);
    if (it == m_queues.end() || it->items.isEmpty())
        return;
    OutgoingNotification &head = it->items.first();
    const QString refused = refusal(head);
    if (!refused.isEmpty()) {
        // Settled from the event loop like an answer would be, never inside enqueue()'s caller.
        QMetaObject::invokeMethod(
            this,
            [this, subscriptionId, eventId = head.eventId, refused] { refuseHead(subscriptionId, eventId, refused); },
            Qt::QueuedConnection);
        return;
    }
    ++head.attempts;

    QNetworkRequest request(head.sink);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(http::CloudEventsMime));
    request.setRawHeader("x-correlator", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!head.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + head.accessToken);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    QNetworkReply *reply = m_nam.post(request, head.body);
    it->reply = reply;
    connect(
        reply, &QNetworkReply::finished, this, [this, subscriptionId, reply] { onFinished(subscriptionId, reply); });
}

QString NotificationDispatcher::refusal(const OutgoingNotification &notification) const
{
    const QString sinkRefused = m_sinkPolicy.refusal(notification.sink);
    if (!sinkRefused.isEmpty())
        return sinkRefused;
    if (!notification.accessToken.isEmpty()
        && !SinkCredential::isValidAccessToken(QString::fromLatin1(notification.accessToken)))
        return QStringLiteral("the sink token is not a well-formed bearer token; not sent");
    return {};
}

void NotificationDispatcher::refuseHead(const QString &subscriptionId, const QString &eventId, const QString &reason)
{
    const auto it = m_queues.constFind(subscriptionId);
    if (it == m_queues.cend() || it->items.isEmpty() || it->items.first().eventId != eventId || it->reply)
        return; // dropped meanwhile
    const QString typeWire = it->items.first().typeWire;
    qCWarning(lcSimDelivery).noquote() << "not delivering" << typeWire << "for" << subscriptionId << ":" << reason;
    m_finishing = subscriptionId;
    Q_EMIT failed(subscriptionId, eventId, typeWire, 0, reason);
    finishHead(subscriptionId);
}

int NotificationDispatcher::backoffMs(int attempts) const
{
    qint64 delay = m_policy.initialDelayMs;
    for (int i = 1; i < attempts && delay < m_policy.maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, m_policy.maxDelayMs));
}

void NotificationDispatcher::onFinished(const QString &subscriptionId, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_queues.find(subscriptionId);
    if (it == m_queues.end() || it->items.isEmpty())
        return;
    it->reply = nullptr;
    const OutgoingNotification head = it->items.first();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    m_finishing = subscriptionId;
    if (status >= 200 && status < 300) {
        Q_EMIT delivered(subscriptionId, head.eventId, head.typeWire, status);
        finishHead(subscriptionId);
        return;
    }
    const bool retryable = status == 0 || status >= 500 || status == 429;
    if (retryable && head.attempts < m_policy.maxAttempts) {
        int delay = backoffMs(head.attempts);
        if (status == 429) {
            bool ok = false;
            const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
            if (ok && retryAfter >= 0)
                delay = qMin(retryAfter * 1000, m_policy.maxDelayMs);
        }
        qCDebug(lcSimDelivery) << "retrying" << head.typeWire << "for" << subscriptionId << "in" << delay << "ms";
        if (!it->retryTimer) {
            it->retryTimer = new QTimer(this);
            it->retryTimer->setSingleShot(true);
            connect(it->retryTimer, &QTimer::timeout, this, [this, subscriptionId] { sendNext(subscriptionId); });
        }
        it->retryTimer->start(delay);
        m_finishing.clear();
        return;
    }
    const QString reason = status == 0
        ? reply->errorString()
        : QStringLiteral("sink answered HTTP %1 after %2 attempt(s)").arg(status).arg(head.attempts);
    qCInfo(lcSimDelivery).noquote() << "gave up delivering" << head.typeWire << "to"
                                    << head.sink.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << ":" << reason;
    Q_EMIT failed(subscriptionId, head.eventId, head.typeWire, status, reason);
    if (status == 410) {
        Q_EMIT sinkGone(subscriptionId);
        it = m_queues.find(subscriptionId);
        if (it != m_queues.end() && it->items.size() > 1)
            it->items.erase(it->items.begin() + 1, it->items.end());
    }
    finishHead(subscriptionId);
}

void NotificationDispatcher::finishHead(const QString &subscriptionId)
{
    m_finishing.clear();
    auto it = m_queues.find(subscriptionId);
    if (it == m_queues.end())
        return;
    if (!it->items.isEmpty())
        it->items.removeFirst();
    if (it->items.isEmpty()) {
        delete it->retryTimer;
        m_queues.erase(it);
        if (m_queues.isEmpty())
            Q_EMIT idle();
        return;
    }
    sendNext(subscriptionId);
}

} // namespace roamdesk::sim
