#include "models/apierror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace roamdesk {

namespace {

constexpr int MaxQuotedBody = 200; // bytes of a non-JSON body quoted in the message

QString transportCode(ApiError::Transport transport)
{
    switch (transport) {
    case ApiError::Transport::None:
        return {};
    case ApiError::Transport::ConnectionRefused:
        return QStringLiteral("CONNECTION_REFUSED");
    case ApiError::Transport::HostNotFound:
        return QStringLiteral("HOST_NOT_FOUND");
    case ApiError::Transport::Tls:
        return QStringLiteral("TLS_ERROR");
    case ApiError::Transport::Timeout:
        return QStringLiteral("TIMEOUT");
    case ApiError::Transport::Truncated:
        return QStringLiteral("TRUNCATED");
    case ApiError::Transport::InvalidBody:
        return QStringLiteral("INVALID_BODY");
    case ApiError::Transport::Cancelled:
        return QStringLiteral("CANCELLED");
    case ApiError::Transport::Other:
        return QStringLiteral("NETWORK_ERROR");
    }
    return {};
}

/// A printable, single-line excerpt of a body for a message.
QString quoteBody(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(MaxQuotedBody)).simplified();
    if (body.size() > MaxQuotedBody)
        text += QStringLiteral("…");
    return text;
}

} // namespace

QJsonObject ApiError::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("status"), httpStatus);
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    return object;
}

QByteArray ApiError::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QString &correlator)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.correlator = correlator;

    if (body.trimmed().isEmpty()) {
        error.code = defaultCode(httpStatus);
        error.message =
            QCoreApplication::translate("roamdesk::ApiError", "The server sent no error details (empty body).");
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.code = defaultCode(httpStatus);
        error.message =
            QCoreApplication::translate("roamdesk::ApiError", "The server sent a body that is not a CAMARA error: %1")
                .arg(quoteBody(body));
        return error;
    }
    // A CAMARA ErrorInfo, possibly partial: fill in what is missing from the status.
    const QJsonObject object = document.object();
    const QJsonValue code = object.value(QStringLiteral("code"));
    const QJsonValue message = object.value(QStringLiteral("message"));
    error.code = code.isString() && !code.toString().isEmpty() ? code.toString() : defaultCode(httpStatus);
    error.message = message.isString() ? message.toString() : defaultMessage(error.code);
    return error;
}

ApiError ApiError::make(int httpStatus, const QString &code, const QString &message)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.code = code.isEmpty() ? defaultCode(httpStatus) : code;
    error.message = message.isEmpty() ? defaultMessage(error.code) : message;
    return error;
}

ApiError ApiError::transportFailure(Transport transport, const QString &detail, const QString &correlator)
{
    ApiError error;
    error.transport = transport;
    error.code = transportCode(transport);
    error.message = detail;
    error.correlator = correlator;
    return error;
}

QString ApiError::defaultCode(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 405:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    case 406:
        return QStringLiteral("NOT_ACCEPTABLE");
    case 409:
        return QStringLiteral("CONFLICT");
    case 410:
        return QStringLiteral("GONE");
    case 412:
        return QStringLiteral("FAILED_PRECONDITION");
    case 415:
        return QStringLiteral("UNSUPPORTED_MEDIA_TYPE");
    case 422:
        return QStringLiteral("UNPROCESSABLE_ENTITY");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 500:
        return QStringLiteral("INTERNAL");
    case 501:
        return QStringLiteral("NOT_IMPLEMENTED");
    case 502:
        return QStringLiteral("BAD_GATEWAY");
    case 503:
        return QStringLiteral("UNAVAILABLE");
    case 504:
        return QStringLiteral("TIMEOUT");
    default:
        break;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return QStringLiteral("INVALID_ARGUMENT");
    if (httpStatus >= 500)
        return QStringLiteral("INTERNAL");
    return QStringLiteral("UNKNOWN");
}

QString ApiError::defaultMessage(const QString &code)
{
    // The example messages of the CAMARA specs (device-roaming-status v1, subscriptions v0.7/v0.8, Commonalities).
    static const QHash<QString, QString> messages{
        {QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("Client specified an invalid argument, request body or query param.")},
        {QStringLiteral("OUT_OF_RANGE"), QStringLiteral("Client specified an invalid range.")},
        {QStringLiteral("INVALID_PROTOCOL"), QStringLiteral("Only HTTP is supported")},
        {QStringLiteral("INVALID_CREDENTIAL"), QStringLiteral("Only Access token is supported")},
        {QStringLiteral("INVALID_TOKEN"), QStringLiteral("Only bearer token is supported")},
        {QStringLiteral("INVALID_SINK"), QStringLiteral("sink not valid for the specified protocol")},
        {QStringLiteral("UNAUTHENTICATED"),
            QStringLiteral("Request not authenticated due to missing, invalid, or expired credentials.")},
        {QStringLiteral("AUTHENTICATION_REQUIRED"), QStringLiteral("New authentication is required.")},
        {QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("Client does not have sufficient permissions to perform this action.")},
        {QStringLiteral("SUBSCRIPTION_MISMATCH"),
            QStringLiteral("Inconsistent access token for requested events subscription")},
        {QStringLiteral("NOT_FOUND"), QStringLiteral("The specified resource is not found.")},
        {QStringLiteral("IDENTIFIER_NOT_FOUND"),
            QStringLiteral("The phone number provided is not associated with a customer account")},
        {QStringLiteral("METHOD_NOT_ALLOWED"),
            QStringLiteral("The requested method is not allowed/supported on the target resource.")},
        {QStringLiteral("NOT_ACCEPTABLE"),
            QStringLiteral("The server cannot produce a response matching the content requested by the client through "
                           "`Accept-*` headers.")},
        {QStringLiteral("ABORTED"), QStringLiteral("Concurrency conflict.")},
        {QStringLiteral("ALREADY_EXISTS"),
            QStringLiteral("The resource that a client tried to create already exists.")},
        {QStringLiteral("CONFLICT"), QStringLiteral("A specified resource duplicate entry found.")},
        {QStringLiteral("GONE"), QStringLiteral("Access to the target resource is no longer available.")},
        {QStringLiteral("FAILED_PRECONDITION"),
            QStringLiteral("Request cannot be executed in the current system state.")},
        {QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
            QStringLiteral("The server refuses to accept the request because the payload format is in an unsupported "
                           "format.")},
        {QStringLiteral("IDENTIFIER_MISMATCH"), QStringLiteral("Provided identifiers are not consistent.")},
        {QStringLiteral("SERVICE_NOT_APPLICABLE"),
            QStringLiteral("The service is not available for the provided identifier.")},
        {QStringLiteral("MISSING_IDENTIFIER"), QStringLiteral("The device cannot be identified.")},
        {QStringLiteral("UNSUPPORTED_IDENTIFIER"), QStringLiteral("The identifier provided is not supported.")},
        {QStringLiteral("UNNECESSARY_IDENTIFIER"),
            QStringLiteral("The device is already identified by the access token.")},
        {QStringLiteral("MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED"),
            QStringLiteral("Multi event types subscription not managed")},
        {QStringLiteral("QUOTA_EXCEEDED"), QStringLiteral("Out of resource quota.")},
        {QStringLiteral("TOO_MANY_REQUESTS"), QStringLiteral("Rate limit reached.")},
        {QStringLiteral("INTERNAL"), QStringLiteral("Unknown server error. Typically a server bug.")},
        {QStringLiteral("NOT_IMPLEMENTED"), QStringLiteral("This functionality is not implemented yet.")},
        {QStringLiteral("BAD_GATEWAY"), QStringLiteral("An upstream internal service cannot be reached.")},
        {QStringLiteral("UNAVAILABLE"), QStringLiteral("Network issue")},
        {QStringLiteral("TIMEOUT"), QStringLiteral("Request timeout exceeded.")},
    };
    return messages.value(code);
}

QString ApiError::userMessage() const
{
    QString sentence;
    if (isTransport()) {
        switch (transport) {
        case Transport::None:
            break;
        case Transport::ConnectionRefused:
            sentence = QCoreApplication::translate("roamdesk::ApiError",
                "Could not connect: the server refused the connection. Check that it is running and that the address "
                "and port are right.");
            break;
        case Transport::HostNotFound:
            sentence = QCoreApplication::translate("roamdesk::ApiError",
                "Could not connect: the host name could not be resolved. Check the address and your network "
                "connection.");
            break;
        case Transport::Tls:
            sentence = QCoreApplication::translate("roamdesk::ApiError",
                "The secure connection (TLS) could not be established. Check the certificate and the system clock.");
            break;
        case Transport::Timeout:
            sentence = QCoreApplication::translate(
                "roamdesk::ApiError", "The server did not answer in time. Try again later.");
            break;
        case Transport::Truncated:
            sentence = QCoreApplication::translate(
                "roamdesk::ApiError", "The answer was cut off before it was complete. Try again.");
            break;
        case Transport::InvalidBody:
            sentence = QCoreApplication::translate(
                "roamdesk::ApiError", "The server's answer is not the JSON the API promises.");
            break;
        case Transport::Cancelled:
            sentence = QCoreApplication::translate("roamdesk::ApiError", "The request was cancelled.");
            break;
        case Transport::Other:
            sentence =
                QCoreApplication::translate("roamdesk::ApiError", "The request failed before the server answered.");
            break;
        }
        if (!message.isEmpty())
            sentence += QStringLiteral(" (%1)").arg(message);
        return sentence;
    }

    QString explanation;
    switch (httpStatus) {
    case 400:
        explanation = QCoreApplication::translate("roamdesk::ApiError",
            "the request was rejected as invalid; check the device identifiers and the other fields.");
        break;
    case 401:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "the request was not authenticated; check the API key or access token.");
        break;
    case 403:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "the credentials do not permit this operation; check the token's scopes.");
        break;
    case 404:
        explanation = QCoreApplication::translate("roamdesk::ApiError", "the device or the resource was not found.");
        break;
    case 409:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "the request conflicts with the current state; the resource may already exist.");
        break;
    case 410:
        explanation = QCoreApplication::translate("roamdesk::ApiError", "the resource is no longer available.");
        break;
    case 422:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "the request cannot be processed for this device; check which identifiers you gave.");
        break;
    case 429:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "too many requests or the quota is used up; wait and try again.");
        break;
    case 500:
        explanation =
            QCoreApplication::translate("roamdesk::ApiError", "the service failed internally; try again later.");
        break;
    case 502:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "a gateway could not reach the service; try again later.");
        break;
    case 503:
        explanation = QCoreApplication::translate("roamdesk::ApiError", "the service is temporarily unavailable.");
        break;
    case 504:
        explanation = QCoreApplication::translate(
            "roamdesk::ApiError", "a gateway timed out waiting for the service; try again later.");
        break;
    default:
        if (httpStatus >= 400 && httpStatus < 500)
            explanation = QCoreApplication::translate("roamdesk::ApiError", "the request was rejected.");
        else if (httpStatus >= 500)
            explanation = QCoreApplication::translate("roamdesk::ApiError", "the server failed; try again later.");
        else
            explanation = QCoreApplication::translate("roamdesk::ApiError", "this answer was not expected.");
        break;
    }
    QString text = QCoreApplication::translate("roamdesk::ApiError", "The network answered %1 %2: %3")
                       .arg(QString::number(httpStatus), code, explanation);
    if (!message.isEmpty())
        text += QStringLiteral(" (%1)").arg(message);
    return text;
}

} // namespace roamdesk
