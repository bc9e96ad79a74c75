#pragma once

#include "app/client/apicall.h"
#include "models/apierror.h"
#include "models/device.h"
#include "models/roamingstatus.h"
#include "models/subscription.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace roamdesk {

class ReceiverService;
class SubscriptionTableModel;

namespace api {
class RoamingClient;
}

/// The API calls the window makes on the current environment: each returns an id that the answering
/// signal echoes. Subscriptions created, listed, fetched or deleted here update the subscription table,
/// and their sink tokens are made known to the receiver before the network can use them.
class ApiRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequests)

public:
    /// None is owned; `receiver` may be null (no local sink).
    ApiRequests(api::RoamingClient *client, SubscriptionTableModel *subscriptions, ReceiverService *receiver,
        QObject *parent = nullptr);

    quint64 lookup(const Device &device);
    quint64 createSubscription(const SubscriptionRequest &request);
    quint64 refreshSubscriptions();
    quint64 fetchSubscription(const QString &id);
    quint64 deleteSubscription(const QString &id);
    /// Stops every call in flight (their answers are not reported).
    void cancelAll();
    /// Stops one call in flight, also while it waits to retry; requestFailed() reports it as cancelled.
    /// Does nothing for a finished or unknown request.
    void cancel(quint64 requestId);

    /// A fresh random bearer token for a sink credential.
    static QString generateSinkToken();

Q_SIGNALS:
    void lookupFinished(quint64 requestId, const roamdesk::Device &device, const roamdesk::RoamingStatus &status);
    void subscriptionCreated(quint64 requestId, const roamdesk::Subscription &subscription);
    void subscriptionFetched(quint64 requestId, const roamdesk::Subscription &subscription);
    void subscriptionsRefreshed(quint64 requestId, int count);
    void subscriptionDeleted(quint64 requestId, const QString &id);
    /// `attempts` counts the HTTP attempts made (retries included; 0 when refused before sending).
    void requestFailed(
        quint64 requestId, roamdesk::api::ApiCall::Operation operation, const roamdesk::ApiError &error, int attempts);
    /// The call failed for now and attempt `nextAttempt` of at most `maxAttempts` follows in `delayMs`.
    void retrying(quint64 requestId, int nextAttempt, int maxAttempts, int delayMs);

private:
    quint64 track(api::ApiCall *call, std::function<void(quint64, api::ApiCall *)> onSuccess);

    api::RoamingClient *m_client;
    SubscriptionTableModel *m_subscriptions;
    ReceiverService *m_receiver;
    quint64 m_nextRequestId = 1;
    QHash<quint64, QPointer<api::ApiCall>> m_inFlight; // for cancel()
};

} // namespace roamdesk
