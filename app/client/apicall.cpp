#include "app/client/apicall.h"

#include "app/client/roamingclient.h"

#include "models/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace roamdesk::api {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives calls from this namespace; ApiCall's own members use ApiCall::tr.
    return QCoreApplication::translate("roamdesk::api", text);
}

// Transport failures from QNetworkReply, for answers that never got an HTTP status.
ApiError::Transport transportKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Transport::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ApiError::Transport::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Transport::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Transport::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Transport::Cancelled;
    default:
        return ApiError::Transport::Other;
    }
}

QString transportWords(ApiError::Transport transport)
{
    switch (transport) {
    case ApiError::Transport::None:
        return {};
    case ApiError::Transport::ConnectionRefused:
        return tr("connection refused");
    case ApiError::Transport::HostNotFound:
        return tr("host not found");
    case ApiError::Transport::Tls:
        return tr("TLS handshake failed");
    case ApiError::Transport::Timeout:
        return tr("timed out");
    case ApiError::Transport::Truncated:
        return tr("truncated body");
    case ApiError::Transport::InvalidBody:
        return tr("invalid body");
    case ApiError::Transport::Cancelled:
        return tr("cancelled");
    case ApiError::Transport::Other:
        return tr("network error");
    }
    return {};
}

} // namespace

ApiCall::ApiCall(RoamingClient *client, Operation operation, const Environment &environment, const QByteArray &method,
    const QUrl &url, const QByteArray &body)
    : QObject(client)
    , m_client(client)
    , m_operation(operation)
    , m_environment(environment)
    , m_method(method)
    , m_url(url)
    , m_body(body)
    , m_correlator(RoamingClient::newCorrelator())
    , m_result(ApiError::transportFailure(ApiError::Transport::Other, tr("The call has not finished.")))
{
    m_timeoutTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_elapsed.start();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

ApiError ApiCall::error() const
{
    if (const ApiError *error = std::get_if<ApiError>(&m_result); error && isFinished())
        return *error;
    return {};
}

qint64 ApiCall::elapsedMs() const
{
    return m_finishedAfterMs >= 0 ? m_finishedAfterMs : m_elapsed.elapsed();
}

void ApiCall::start()
{
    if (m_state != State::Idle)
        return;
    if (m_environment.auth == AuthMode::OAuth2ClientCredentials) {
        m_state = State::WaitingForToken;
        m_client->acquireToken(this, false);
        return;
    }
    sendAttempt();
}

void ApiCall::onToken(const QString &token)
{
    if (m_state != State::WaitingForToken)
        return;
    m_accessToken = token;
    sendAttempt();
}

void ApiCall::onTokenFailed(const ApiError &error)
{
    if (m_state != State::WaitingForToken)
        return;
    finishWith(error);
}

void ApiCall::sendAttempt()
{
    if (m_state == State::Finished || !m_client)
        return;
    m_state = State::InFlight;
    m_timedOut = false;
    m_tooLarge = false;
    ++m_attempts;

    QNetworkRequest request(m_url);
    m_client->applyHeaders(request, m_environment, m_correlator, m_accessToken);
    QNetworkAccessManager *network = m_client->networkAccessManager();
    m_attemptStartedAt = m_client->clock()->now();
    m_attemptElapsed.start();
    if (m_method == "POST")
        m_reply = network->post(request, m_body);
    else if (m_method == "DELETE")
        m_reply = network->deleteResource(request);
    else
        m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    const qint64 limit = m_client->maxResponseBytes();
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, limit](qint64 received, qint64 total) {
        // A CAMARA answer is a few KiB: anything far larger is refused rather than buffered.
        if ((received > limit || total > limit) && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timeoutTimer.start(m_environment.timeoutMs);
}

void ApiCall::onTimeout()
{
    if (m_state != State::InFlight || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, with OperationCanceledError
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_timeoutTimer.stop();

    const qint64 latency = m_attemptElapsed.elapsed();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    ApiError::Transport transport = ApiError::Transport::None;
    QString detail;
    if (m_cancelled) {
        transport = ApiError::Transport::Cancelled;
    } else if (m_tooLarge) {
        transport = ApiError::Transport::InvalidBody;
        detail = tr("The answer is larger than %1 bytes.").arg(m_client ? m_client->maxResponseBytes() : 0);
    } else if (m_timedOut) {
        transport = ApiError::Transport::Timeout;
        detail = tr("No answer within %1 s.").arg(m_environment.timeoutMs / 1000.0, 0, 'g', 3);
    } else if (status == 0) {
        transport = transportKind(networkError);
        detail = reply->errorString();
    } else {
        // An HTTP status arrived: a network-layer error afterwards, or fewer bytes than announced,
        // means the body was cut off.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool shortBody = length.isValid() && length.toLongLong() > body.size();
        const bool networkLayerError = networkError != QNetworkReply::NoError && int(networkError) < 100;
        if (shortBody || networkLayerError) {
            transport = ApiError::Transport::Truncated;
            detail = length.isValid() ? tr("Received %1 of %2 bytes.").arg(body.size()).arg(length.toLongLong())
                                      : reply->errorString();
        }
    }

    TrafficExchange exchange;
    exchange.startedAt = m_attemptStartedAt;
    exchange.method = m_method;
    exchange.url = m_url;
    for (const QByteArray &name : reply->request().rawHeaderList())
        exchange.requestHeaders.append({name, reply->request().rawHeader(name)});
    exchange.requestBody = m_body;
    exchange.httpStatus = status;
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.responseBody = body;
    exchange.latencyMs = latency;
    exchange.correlator = m_correlator;
    exchange.attempt = m_attempts;
    exchange.error = transport == ApiError::Transport::None ? QString() : transportWords(transport);
    m_client->record(std::move(exchange));

    if (transport == ApiError::Transport::Cancelled)
        return; // cancel() has finished the call already

    m_httpStatus = status;
    m_responseBody = body;
    m_retryAfter = reply->rawHeader("Retry-After");

    ApiError failure = ApiError::transportFailure(transport, detail, m_correlator);
    failure.httpStatus = transport == ApiError::Transport::InvalidBody ? status : 0;
    ApiResult result = transport != ApiError::Transport::None
        ? ApiResult(failure)
        : (status >= 200 && status < 300 ? parseSuccess(status, body)
                                         : ApiResult(ApiError::fromHttp(status, body, m_correlator)));
    if (const ApiError *error = std::get_if<ApiError>(&result)) {
        // An expired or revoked OAuth2 token: fetch a fresh one once and repeat.
        if (status == 401 && m_environment.auth == AuthMode::OAuth2ClientCredentials && !m_refreshedToken) {
            m_refreshedToken = true;
            m_state = State::WaitingForToken;
            m_client->acquireToken(this, true);
            return;
        }
        const RetryPolicy &policy = m_client->retryPolicy();
        const std::optional<int> delay =
            policy.retryDelay(isSafeToRepeat(), m_retryDelaysMs.size(), status, error->transport,
                reply->rawHeader("Retry-After"), m_client->clock()->now(), QRandomGenerator::global()->generate());
        if (delay && transport != ApiError::Transport::Truncated && transport != ApiError::Transport::Timeout) {
            m_retryDelaysMs << *delay;
            m_state = State::BackingOff;
            qCInfo(lcRoamDeskClient).noquote() << m_method << m_url.toDisplayString() << "->"
                                               << (status ? QString::number(status) : transportWords(transport))
                                               << "; retry" << m_retryDelaysMs.size() << "in" << *delay << "ms"
                                               << "correlator" << m_correlator;
            Q_EMIT retrying(m_attempts + 1, *delay);
            m_backoffTimer.start(*delay);
            return;
        }
    }
    finishWith(std::move(result));
}

int ApiCall::maxAttempts() const
{
    return m_client ? m_client->retryPolicy().maxRetries + 1 : qMax(1, m_attempts);
}

ApiResult ApiCall::parseSuccess(int status, const QByteArray &body) const
{
    const auto invalid = [&](const QString &why) {
        ApiError error = ApiError::transportFailure(ApiError::Transport::InvalidBody, why, m_correlator);
        error.httpStatus = status;
        return ApiResult(error);
    };

    if (m_operation == Operation::DeleteSubscription
        || (status == 202 && m_operation == Operation::CreateSubscription)) {
        if (status == 204 || (status != 202 && body.trimmed().isEmpty()))
            return NoContent{};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (status != 202)
                return NoContent{}; // a 200 with some body: the deletion happened, the body is not ours to judge
            return invalid(tr("The 202 answer is not a JSON object."));
        }
        const QJsonValue id = document.object().value(QStringLiteral("id"));
        if (status == 202 && !id.isString())
            return invalid(tr("The 202 answer has no subscription id."));
        if (status == 202)
            return AsyncAccepted{id.toString()};
        return NoContent{};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(body.trimmed().isEmpty()
                ? tr("The answer has no body.")
                : tr("The answer is not JSON (%1).")
                      .arg(describeJsonSyntaxError(body, parseError.offset, parseError.errorString())));
    }
    FieldErrors errors;
    switch (m_operation) {
    case Operation::RetrieveStatus: {
        if (!document.isObject())
            return invalid(tr("The roaming status is not a JSON object."));
        if (auto roamingStatus = RoamingStatus::fromJson(document.object(), &errors); roamingStatus && errors.isEmpty())
            return *roamingStatus;
        return invalid(tr("The roaming status does not match the spec: %1").arg(formatFieldErrors(errors)));
    }
    case Operation::CreateSubscription:
    case Operation::GetSubscription: {
        if (!document.isObject())
            return invalid(tr("The subscription is not a JSON object."));
        if (auto subscription = Subscription::fromJson(document.object(), &errors); subscription && errors.isEmpty())
            return *subscription;
        return invalid(tr("The subscription does not match the spec: %1").arg(formatFieldErrors(errors)));
    }
    case Operation::ListSubscriptions: {
        if (!document.isArray())
            return invalid(tr("The subscription list is not a JSON array."));
        if (auto list = Subscription::listFromJson(document.array(), &errors); list && errors.isEmpty())
            return *list;
        return invalid(tr("The subscription list does not match the spec: %1").arg(formatFieldErrors(errors)));
    }
    case Operation::DeleteSubscription:
        break;
    }
    return NoContent{};
}

void ApiCall::cancel()
{
    if (m_state == State::Finished)
        return;
    m_cancelled = true;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply)
        m_reply->abort(); // records the aborted exchange
    finishWith(ApiError::transportFailure(ApiError::Transport::Cancelled, tr("Cancelled by the user."), m_correlator));
}

void ApiCall::finishLater(ApiResult result)
{
    m_refusedBeforeSending = true;
    m_state = State::BackingOff; // not finished yet; nothing else runs
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)]() mutable { finishWith(std::move(result)); }, Qt::QueuedConnection);
}

void ApiCall::finishWith(ApiResult result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    m_finishedAfterMs = m_elapsed.elapsed();
    m_result = std::move(result);
    if (const ApiError *error = std::get_if<ApiError>(&m_result)) {
        if (error->transport != ApiError::Transport::Cancelled) {
            qCWarning(lcRoamDeskClient).noquote()
                << m_method << m_url.toDisplayString() << "failed after" << m_attempts << "attempt(s):"
                << (error->isTransport() ? transportWords(error->transport) : QString::number(error->httpStatus))
                << error->code << "correlator" << m_correlator;
        }
    } else {
        qCDebug(lcRoamDeskClient).noquote() << m_method << m_url.toDisplayString() << "->" << m_httpStatus << "in"
                                            << m_finishedAfterMs << "ms, correlator" << m_correlator;
    }
    Q_EMIT finished();
    if (m_client)
        Q_EMIT m_client->callFinished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace roamdesk::api
