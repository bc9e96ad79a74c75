#include "app/session/apirequests.h"

#include "app/client/roamingclient.h"
#include "app/session/receiverservice.h"
#include "models/subscriptiontablemodel.h"

#include <QRandomGenerator>

namespace roamdesk {

ApiRequests::ApiRequests(
    api::RoamingClient *client, SubscriptionTableModel *subscriptions, ReceiverService *receiver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_subscriptions(subscriptions)
    , m_receiver(receiver)
{
}

QString ApiRequests::generateSinkToken()
{
    // 32 random bytes, URL-safe: long enough that guessing is hopeless, short enough to paste.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(bytes.data()), reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void ApiRequests::cancelAll()
{
    m_client->cancelAll();
}

void ApiRequests::cancel(quint64 requestId)
{
    if (const QPointer<api::ApiCall> call = m_inFlight.value(requestId))
        call->cancel();
}

quint64 ApiRequests::track(api::ApiCall *call, std::function<void(quint64, api::ApiCall *)> onSuccess)
{
    const quint64 id = m_nextRequestId++;
    m_inFlight.insert(id, call);
    connect(call, &api::ApiCall::retrying, this, [this, call, id](int nextAttempt, int delayMs) {
        Q_EMIT retrying(id, nextAttempt, call->maxAttempts(), delayMs);
    });
    connect(call, &api::ApiCall::finished, this, [this, call, id, onSuccess = std::move(onSuccess)] {
        m_inFlight.remove(id);
        call->deleteLater();
        if (!call->ok()) {
            Q_EMIT requestFailed(id, call->operation(), call->error(), call->attempts());
            return;
        }
        onSuccess(id, call);
    });
    return id;
}

quint64 ApiRequests::lookup(const Device &device)
{
    return track(m_client->retrieveStatus(device),
        [this, device](quint64 id, api::ApiCall *call) { Q_EMIT lookupFinished(id, device, *call->roamingStatus()); });
}

quint64 ApiRequests::createSubscription(const SubscriptionRequest &request)
{
    // The initial event can reach the receiver before the 201 reaches us: make the token known first.
    const QString token = request.sinkCredential ? request.sinkCredential->accessToken : QString();
    const QString pendingId = m_receiver ? m_receiver->rememberPending(token, request.sink, request.types) : QString();
    api::ApiCall *call = m_client->createSubscription(request);
    const quint64 requestId = track(call, [this, request, token](quint64 id, api::ApiCall *finished) {
        Subscription created;
        if (const Subscription *sub = finished->subscription()) {
            created = *sub;
        } else if (const api::AsyncAccepted *accepted = finished->accepted()) {
            // 202: only the id is known yet; show what was asked for.
            created.id = accepted->id;
            created.sink = request.sink;
            created.types = request.types;
            created.config = request.config;
            created.status = SubscriptionStatus::ActivationRequested;
        }
        // The API does not echo the device on every version: keep the one we asked for.
        if (!created.config.device)
            created.config.device = request.config.device;
        if (m_receiver)
            m_receiver->remember(created, token);
        m_subscriptions->upsert(created, true);
        Q_EMIT subscriptionCreated(id, created);
    });
    // Connected after track(): on success the real id is remembered before the provisional one is dropped,
    // so the token is never unknown in between.
    if (!pendingId.isEmpty()) {
        connect(call, &api::ApiCall::finished, this, [this, pendingId] {
            if (m_receiver)
                m_receiver->forget(pendingId);
        });
    }
    return requestId;
}

quint64 ApiRequests::refreshSubscriptions()
{
    return track(m_client->listSubscriptions(), [this](quint64 id, api::ApiCall *call) {
        const QList<Subscription> list = call->subscriptions() ? *call->subscriptions() : QList<Subscription>();
        m_subscriptions->mergeApiList(list);
        if (m_receiver)
            m_receiver->refreshEventCounts();
        Q_EMIT subscriptionsRefreshed(id, int(list.size()));
    });
}

quint64 ApiRequests::fetchSubscription(const QString &subscriptionId)
{
    return track(m_client->getSubscription(subscriptionId), [this](quint64 id, api::ApiCall *call) {
        const Subscription sub = *call->subscription();
        m_subscriptions->upsert(sub);
        if (m_receiver)
            m_receiver->refreshEventCounts();
        Q_EMIT subscriptionFetched(id, sub);
    });
}

quint64 ApiRequests::deleteSubscription(const QString &subscriptionId)
{
    return track(m_client->deleteSubscription(subscriptionId), [this, subscriptionId](quint64 id, api::ApiCall *) {
        m_subscriptions->markEnded(subscriptionId, QStringLiteral("DELETED"));
        if (m_receiver)
            m_receiver->deletedHere(subscriptionId);
        Q_EMIT subscriptionDeleted(id, subscriptionId);
    });
}

} // namespace roamdesk
