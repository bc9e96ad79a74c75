#pragma once

#include "app/client/accesstokencache.h"
#include "app/client/apicall.h"
#include "app/client/environment.h"
#include "app/client/retrypolicy.h"
#include "models/device.h"
#include "models/subscription.h"
#include "models/trafficexchange.h"
#include "models/trafficlogmodel.h"

#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcRoamDeskClient)

namespace roamdesk::api {

/// The client of the CAMARA Device Roaming Status APIs (status v1, subscriptions v0.7/v0.8) for the
/// simulator, Network as Code and any CAMARA endpoint. One QNetworkAccessManager (keep-alive), fully
/// asynchronous: every operation returns an ApiCall at once and never blocks. Each exchange is recorded
/// (masked) into the traffic log and announced through exchangeRecorded().
///
///     auto *call = client->retrieveStatus(device);
///     call->setAutoDelete(true);
///     connect(call, &ApiCall::finished, this, [call] {
///         if (const RoamingStatus *status = call->roamingStatus()) { … } else { show(call->error().userMessage()); }
///     });
class RoamingClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoamingClient)

public:
    explicit RoamingClient(QObject *parent = nullptr);
    ~RoamingClient() override;

    /// The profile used by calls started from now on (running calls keep theirs).
    void setEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    /// Time source of token expiry and Retry-After dates (not owned; Clock::system() by default).
    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }

    /// Where exchanges are appended (not owned; may be null).
    void setTrafficLog(TrafficLogModel *log) { m_trafficLog = log; }
    TrafficLogModel *trafficLog() const { return m_trafficLog; }

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    /// Larger answers are aborted and reported as Transport::InvalidBody.
    static constexpr qint64 DefaultMaxResponseBytes = 8 * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // The operations of the seed's SDK. Each returns a call parented to this client.
    ApiCall *retrieveStatus(const Device &device);
    ApiCall *createSubscription(const SubscriptionRequest &request);
    ApiCall *getSubscription(const QString &id);
    ApiCall *listSubscriptions();
    ApiCall *deleteSubscription(const QString &id);

    /// Calls not finished yet.
    QList<ApiCall *> pendingCalls() const;
    /// Cancels every pending call.
    void cancelAll();

    /// The cached OAuth2 token is dropped (e.g. after the user edits the credentials).
    void clearAccessToken();

    /// A subscription id may be any non-empty string without whitespace/control characters, up to 256.
    static bool isValidSubscriptionId(const QString &id);
    /// A new x-correlator: a UUID without braces (matches ^[a-zA-Z0-9-]{0,55}$).
    static QString newCorrelator();
    /// "RoamDesk/<version>"
    static QByteArray userAgent();

Q_SIGNALS:
    /// Every HTTP exchange (each attempt, and OAuth2 token requests), already masked.
    void exchangeRecorded(const roamdesk::TrafficExchange &exchange);
    void callStarted(roamdesk::api::ApiCall *call);
    void callFinished(roamdesk::api::ApiCall *call);

private:
    friend class ApiCall;
    using TokenCallback = std::function<void(const QString &token, const ApiError *error)>;

    ApiCall *makeCall(ApiCall::Operation operation, const QByteArray &method, const QUrl &url, const QByteArray &body);
    ApiCall *refuse(ApiCall::Operation operation, const QByteArray &method, const QUrl &url, const ApiError &error);
    /// Hands a usable OAuth2 token to `callback` (cached, or after one shared token request).
    void acquireToken(ApiCall *call, bool forceRefresh);
    void onTokenReplyFinished();
    void record(TrafficExchange exchange);
    void applyHeaders(QNetworkRequest &request, const Environment &environment, const QString &correlator,
        const QString &accessToken) const;

    QNetworkAccessManager *m_network;
    Environment m_environment;
    RetryPolicy m_retryPolicy;
    const Clock *m_clock;
    AccessTokenCache m_tokenCache;
    QPointer<TrafficLogModel> m_trafficLog;
    QList<QPointer<ApiCall>> m_tokenWaiters;
    QNetworkReply *m_tokenReply = nullptr;
    QDateTime m_tokenRequestStartedAt;
    QElapsedTimer m_tokenElapsed;
    QByteArray m_tokenRequestBody;
    HttpHeaderList m_tokenRequestHeaders;
    QString m_tokenCorrelator;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
};

} // namespace roamdesk::api
