#include "app/client/roamingclient.h"

#include "app/common/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRoamDeskClient, "roamdesk.client", QtInfoMsg)

namespace roamdesk::api {

namespace {

constexpr int MaxSubscriptionIdLength = 256;

} // namespace

RoamingClient::RoamingClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_environment(Environment::simulator())
    , m_clock(Clock::system())
    , m_tokenCache(Clock::system())
{
    // Redirects would resend credentials to wherever they point: follow none.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RoamingClient::~RoamingClient()
{
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
    }
    // Calls are children: they abort their replies as they go.
}

void RoamingClient::setEnvironment(const Environment &environment)
{
    const bool credentialsChanged = environment.tokenUrl != m_environment.tokenUrl
        || environment.clientId != m_environment.clientId || environment.clientSecret != m_environment.clientSecret
        || environment.scope != m_environment.scope;
    m_environment = environment;
    if (credentialsChanged)
        clearAccessToken();
}

void RoamingClient::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_tokenCache.setClock(m_clock);
}

void RoamingClient::clearAccessToken()
{
    m_tokenCache.clear();
}

bool RoamingClient::isValidSubscriptionId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxSubscriptionIdLength || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('/'))
            return false;
    }
    return true;
}

QString RoamingClient::newCorrelator()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray RoamingClient::userAgent()
{
    return QByteArrayLiteral("RoamDesk/") + QByteArrayLiteral(ROAMDESK_VERSION);
}

ApiCall *RoamingClient::makeCall(
    ApiCall::Operation operation, const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto *call = new ApiCall(this, operation, m_environment, method, url, body);
    const QString problem = m_environment.validationError();
    if (!problem.isEmpty()) {
        call->finishLater(ApiError::transportFailure(ApiError::Transport::Other, problem, call->correlator()));
    } else {
        // Start on the next event-loop turn so the caller connects finished() first.
        QMetaObject::invokeMethod(
            call, [call] { call->start(); }, Qt::QueuedConnection);
    }
    Q_EMIT callStarted(call);
    return call;
}

ApiCall *RoamingClient::refuse(
    ApiCall::Operation operation, const QByteArray &method, const QUrl &url, const ApiError &error)
{
    auto *call = new ApiCall(this, operation, m_environment, method, url, {});
    ApiError refused = error;
    refused.correlator = call->correlator();
    call->finishLater(refused);
    Q_EMIT callStarted(call);
    return call;
}

ApiCall *RoamingClient::retrieveStatus(const Device &device)
{
    const QUrl url = m_environment.retrieveUrl();
    const FieldErrors errors = device.validate();
    if (!errors.isEmpty()) {
        return refuse(ApiCall::Operation::RetrieveStatus, "POST", url,
            ApiError::make(400, QStringLiteral("INVALID_ARGUMENT"),
                formatFieldErrors(prefixFieldErrors(errors, QStringLiteral("device")))));
    }
    const QJsonObject body{{QStringLiteral("device"), device.toJson()}};
    return makeCall(
        ApiCall::Operation::RetrieveStatus, "POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *RoamingClient::createSubscription(const SubscriptionRequest &request)
{
    const QUrl url = m_environment.subscriptionsUrl();
    const FieldErrors errors = request.validate(m_clock->now());
    if (!errors.isEmpty()) {
        return refuse(ApiCall::Operation::CreateSubscription, "POST", url,
            ApiError::make(400, QStringLiteral("INVALID_ARGUMENT"), formatFieldErrors(errors)));
    }
    return makeCall(ApiCall::Operation::CreateSubscription, "POST", url,
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

ApiCall *RoamingClient::getSubscription(const QString &id)
{
    if (!isValidSubscriptionId(id)) {
        return refuse(ApiCall::Operation::GetSubscription, "GET", m_environment.subscriptionsUrl(),
            ApiError::make(400, QStringLiteral("INVALID_ARGUMENT"), tr("Invalid subscription id.")));
    }
    return makeCall(ApiCall::Operation::GetSubscription, "GET", m_environment.subscriptionUrl(id), {});
}

ApiCall *RoamingClient::listSubscriptions()
{
    return makeCall(ApiCall::Operation::ListSubscriptions, "GET", m_environment.subscriptionsUrl(), {});
}

ApiCall *RoamingClient::deleteSubscription(const QString &id)
{
    if (!isValidSubscriptionId(id)) {
        return refuse(ApiCall::Operation::DeleteSubscription, "DELETE", m_environment.subscriptionsUrl(),
            ApiError::make(400, QStringLiteral("INVALID_ARGUMENT"), tr("Invalid subscription id.")));
    }
    return makeCall(ApiCall::Operation::DeleteSubscription, "DELETE", m_environment.subscriptionUrl(id), {});
}

QList<ApiCall *> RoamingClient::pendingCalls() const
{
    QList<ApiCall *> pending;
    for (ApiCall *call : findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!call->isFinished())
            pending << call;
    }
    return pending;
}

void RoamingClient::cancelAll()
{
    for (ApiCall *call : pendingCalls())
        call->cancel();
}

void RoamingClient::applyHeaders(QNetworkRequest &request, const Environment &environment, const QString &correlator,
    const QString &accessToken) const
{
    // As the Network as Code SDKs: content-type on every call.
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("x-correlator", correlator.toLatin1());
    request.setRawHeader("User-Agent", userAgent());
    switch (environment.auth) {
    case AuthMode::None:
        break;
    case AuthMode::RapidApiKey:
        request.setRawHeader("X-RapidAPI-Key", environment.apiKey.toUtf8());
        request.setRawHeader("X-RapidAPI-Host", environment.rapidApiHost.toUtf8());
        break;
    case AuthMode::Bearer:
        request.setRawHeader("Authorization", "Bearer " + environment.bearerToken.toUtf8());
        break;
    case AuthMode::OAuth2ClientCredentials:
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        break;
    }
    // HTTP/1.1 keep-alive to one host is what the benchmark and the APIs want; h2 stays allowed for https.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, request.url().scheme() == QLatin1String("https"));
}

void RoamingClient::acquireToken(ApiCall *call, bool forceRefresh)
{
    if (forceRefresh)
        m_tokenCache.clear();
    const QString cached = m_tokenCache.token();
    if (!cached.isEmpty()) {
        call->onToken(cached);
        return;
    }
    m_tokenWaiters << call;
    if (m_tokenReply)
        return; // one token request serves every waiting call

    const Environment &environment = call->m_environment;
    QNetworkRequest request(environment.tokenUrl);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    // RFC 6749 §2.3.1: client_secret_basic, the form every server must support.
    const QByteArray credentials =
        QUrl::toPercentEncoding(environment.clientId) + ':' + QUrl::toPercentEncoding(environment.clientSecret);
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!environment.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), environment.scope);
    m_tokenRequestBody = form.query(QUrl::FullyEncoded).toUtf8();
    m_tokenRequestHeaders.clear();
    for (const QByteArray &name : request.rawHeaderList())
        m_tokenRequestHeaders.append({name, request.rawHeader(name)});
    m_tokenCorrelator = call->correlator();
    m_tokenRequestStartedAt = m_clock->now();
    m_tokenElapsed.start();
    m_tokenReply = m_network->post(request, m_tokenRequestBody);
    m_tokenReply->setProperty("roamdesk_timeout_ms", environment.timeoutMs);
    auto *timer = new QTimer(m_tokenReply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_tokenReply, &QNetworkReply::abort);
    timer->start(environment.timeoutMs);
    connect(m_tokenReply, &QNetworkReply::finished, this, &RoamingClient::onTokenReplyFinished);
}

void RoamingClient::onTokenReplyFinished()
{
    QNetworkReply *reply = m_tokenReply;
    m_tokenReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = reply->readAll();

    TrafficExchange exchange;
    exchange.startedAt = m_tokenRequestStartedAt;
    exchange.method = "POST";
    exchange.url = reply->url();
    exchange.requestHeaders = m_tokenRequestHeaders;
    exchange.requestBody = m_tokenRequestBody;
    exchange.httpStatus = status;
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.responseBody = body;
    exchange.latencyMs = m_tokenElapsed.elapsed();
    exchange.correlator = m_tokenCorrelator;
    if (status == 0)
        exchange.error = reply->errorString();
    record(std::move(exchange));

    std::optional<ApiError> failure;
    QString token;
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        failure = ApiError::transportFailure(timedOut
                ? ApiError::Transport::Timeout
                : (reply->error() == QNetworkReply::ConnectionRefusedError   ? ApiError::Transport::ConnectionRefused
                        : reply->error() == QNetworkReply::HostNotFoundError ? ApiError::Transport::HostNotFound
                        : reply->error() == QNetworkReply::SslHandshakeFailedError ? ApiError::Transport::Tls
                                                                                   : ApiError::Transport::Other),
            tr("The OAuth2 token request failed: %1").arg(reply->errorString()), m_tokenCorrelator);
    } else {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        token = object.value(QStringLiteral("access_token")).toString();
        if (status < 200 || status >= 300 || token.isEmpty()) {
            // The token endpoint refused the client: to the user that is an authentication failure.
            ApiError error = ApiError::make(status >= 400 && status < 500 ? 401 : status,
                status >= 400 && status < 500 ? QStringLiteral("UNAUTHENTICATED") : ApiError::defaultCode(status));
            error.message =
                tr("The OAuth2 token endpoint answered %1 %2.")
                    .arg(status)
                    .arg(object.value(QStringLiteral("error"))
                             .toString(token.isEmpty() && status < 300 ? tr("without an access_token") : QString()));
            error.correlator = m_tokenCorrelator;
            failure = error;
        } else {
            const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
            // Some servers send expires_in as a string.
            const qint64 seconds = expiresIn.isDouble() ? qint64(expiresIn.toDouble())
                : expiresIn.isString()                  ? expiresIn.toString().toLongLong()
                                                        : -1;
            m_tokenCache.store(token, seconds);
            qCDebug(lcRoamDeskClient) << "OAuth2 token cached until" << m_tokenCache.expiresAt();
        }
    }

    const QList<QPointer<ApiCall>> waiters = std::exchange(m_tokenWaiters, {});
    for (const QPointer<ApiCall> &call : waiters) {
        if (!call)
            continue;
        if (failure)
            call->onTokenFailed(*failure);
        else
            call->onToken(token);
    }
}

void RoamingClient::record(TrafficExchange exchange)
{
    static const QMetaMethod recordedSignal = QMetaMethod::fromSignal(&RoamingClient::exchangeRecorded);
    if (!m_trafficLog && !isSignalConnected(recordedSignal))
        return; // nobody looks: skip the masking work
    exchange.requestHeaders = traffic::maskHeaders(exchange.requestHeaders, &exchange.secrets);
    exchange.responseHeaders = traffic::maskHeaders(exchange.responseHeaders, &exchange.secrets);
    exchange.requestBody = traffic::maskBody(exchange.requestBody, &exchange.secrets);
    exchange.responseBody = traffic::maskBody(exchange.responseBody, &exchange.secrets);
    if (m_trafficLog)
        exchange.id = m_trafficLog->append(exchange);
    Q_EMIT exchangeRecorded(exchange);
}

} // namespace roamdesk::api
