#include "requestparser.h"

#include "datetime.h"
#include "eventtype.h"
#include "strictjson.h"
#include "subscription.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace roamdesk::sim {

namespace {

const QString InvalidArgument = QStringLiteral("INVALID_ARGUMENT");

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

/// The create body's checks in the order the spec's errors are decided; each returns false after refusing.
class CreateParser
{
public:
    CreateParser(const CreateContext &context, ApiRefusal *refusal)
        : m_context(context)
        , m_refusal(refusal)
        , m_v08(context.version == ApiVersion::V0_8)
    {
    }

    std::optional<CreateRequest> parse(const QByteArray &body)
    {
        const std::optional<QJsonObject> object = readBodyObject(body, m_refusal);
        if (!object)
            return std::nullopt;
        CreateRequest request;
        request.subscription.version = m_context.version;
        request.subscription.pathPrefix = m_context.pathPrefix;
        if (!readProtocol(*object) || !readSink(*object, &request.subscription)
            || !readType(*object, &request.subscription) || !readConfig(*object, &request.subscription)
            || !readCredential(*object, &request.subscription) || !readSubscriptionDevice(*object, &request))
            return std::nullopt;
        return request;
    }

private:
    bool refuse(const QString &code, const QString &message, int status = 400)
    {
        *m_refusal = ApiRefusal{status, code, message};
        return false;
    }

    bool readProtocol(const QJsonObject &body)
    {
        const QJsonValue protocol = body.value(QStringLiteral("protocol"));
        if (!protocol.isString())
            return refuse(InvalidArgument, QStringLiteral("protocol is required and must be a string (\"HTTP\")."));
        if (protocol.toString() != QLatin1String("HTTP")) {
            return refuse(QStringLiteral("INVALID_PROTOCOL"),
                QStringLiteral("Only HTTP is supported (protocol was \"%1\").").arg(protocol.toString().left(40)));
        }
        return true;
    }

    bool readSink(const QJsonObject &body, SimSubscription *subscription)
    {
        const QString sinkCode = m_v08 ? QStringLiteral("INVALID_SINK") : InvalidArgument;
        const QJsonValue value = body.value(QStringLiteral("sink"));
        const QUrl sink(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !sink.isValid() || sink.host().isEmpty()
            || (sink.scheme() != QLatin1String("http") && sink.scheme() != QLatin1String("https")))
            return refuse(sinkCode, QStringLiteral("sink is required and must be an absolute http(s) URL."));
        if (m_v08 && sink.scheme() != QLatin1String("https") && !isLoopbackHost(sink.host())) {
            return refuse(QStringLiteral("INVALID_SINK"),
                QStringLiteral(
                    "sink not valid for the specified protocol: v0.8 requires https (http only to loopback)."));
        }
        const QString refused = m_context.sinks.refusal(sink);
        if (!refused.isEmpty())
            return refuse(sinkCode, refused);
        subscription->sink = sink.toString();
        return true;
    }

    bool readType(const QJsonObject &body, SimSubscription *subscription)
    {
        const QJsonValue typesValue = body.value(QStringLiteral("types"));
        if (!typesValue.isArray() || typesValue.toArray().isEmpty())
            return refuse(InvalidArgument, QStringLiteral("types is required: an array with one event type."));
        QList<EventType> types;
        for (const QJsonValue &value : typesValue.toArray()) {
            const auto type = eventtype::fromString(value.toString());
            if (!value.isString() || !type || !eventtype::isSubscribable(*type)
                || eventtype::toWire(*type) != value.toString()) {
                return refuse(InvalidArgument,
                    QStringLiteral("types: \"%1\" is not a roaming event type (e.g. %2).")
                        .arg(value.toString().left(120), eventtype::toWire(EventType::RoamingStatus)));
            }
            types.append(*type);
        }
        if (types.size() > 1) {
            return refuse(QStringLiteral("MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED"),
                QStringLiteral("Multi event types subscription not managed: give exactly one type."), 422);
        }
        subscription->type = types.first();
        return true;
    }

    bool readConfig(const QJsonObject &body, SimSubscription *subscription)
    {
        const QJsonValue configValue = body.value(QStringLiteral("config"));
        if (!configValue.isObject())
            return refuse(InvalidArgument, QStringLiteral("config is required and must be an object."));
        const QJsonObject config = configValue.toObject();
        const QJsonValue detail = config.value(QStringLiteral("subscriptionDetail"));
        if (present(detail) && !detail.isObject())
            return refuse(InvalidArgument, QStringLiteral("config.subscriptionDetail must be an object."));
        const QJsonValue expire = config.value(QStringLiteral("subscriptionExpireTime"));
        if (present(expire)) {
            const auto time = rfc3339::parse(expire.toString());
            if (!expire.isString() || !time) {
                return refuse(InvalidArgument,
                    QStringLiteral("config.subscriptionExpireTime must be an RFC 3339 date-time with a time zone."));
            }
            if (*time <= m_context.now)
                return refuse(InvalidArgument, QStringLiteral("config.subscriptionExpireTime is in the past."));
            subscription->expireTime = *time;
        }
        const QJsonValue maxEvents = config.value(QStringLiteral("subscriptionMaxEvents"));
        if (present(maxEvents)) {
            const double number = maxEvents.toDouble();
            if (!maxEvents.isDouble() || number != double(qint64(number)))
                return refuse(InvalidArgument, QStringLiteral("config.subscriptionMaxEvents must be an integer."));
            if (number < 1 || number > 1e9) {
                return refuse(
                    QStringLiteral("OUT_OF_RANGE"), QStringLiteral("config.subscriptionMaxEvents must be at least 1."));
            }
            subscription->maxEvents = int(number);
        }
        const QJsonValue initialEvent = config.value(QStringLiteral("initialEvent"));
        if (present(initialEvent)) {
            if (!initialEvent.isBool())
                return refuse(InvalidArgument, QStringLiteral("config.initialEvent must be true or false."));
            subscription->initialEvent = initialEvent.toBool();
        }
        return true;
    }

    bool readSubscriptionDevice(const QJsonObject &body, CreateRequest *request)
    {
        const QJsonValue device = body.value(QStringLiteral("config"))
                                      .toObject()
                                      .value(QStringLiteral("subscriptionDetail"))
                                      .toObject()
                                      .value(QStringLiteral("device"));
        QString message;
        if (!readDevice(device, QStringLiteral("config.subscriptionDetail.device"), &request->device, &message))
            return refuse(InvalidArgument, message);
        return true;
    }

    bool readCredential(const QJsonObject &body, SimSubscription *subscription)
    {
        const QJsonValue value = body.value(QStringLiteral("sinkCredential"));
        if (!present(value))
            return true;
        if (!value.isObject())
            return refuse(InvalidArgument, QStringLiteral("sinkCredential must be an object."));
        const QJsonObject credential = value.toObject();
        if (credential.value(QStringLiteral("credentialType")).toString() != QLatin1String("ACCESSTOKEN")) {
            return refuse(QStringLiteral("INVALID_CREDENTIAL"),
                QStringLiteral("Only Access token is supported (sinkCredential.credentialType ACCESSTOKEN)."));
        }
        if (credential.value(QStringLiteral("accessTokenType")).toString() != QLatin1String("bearer")) {
            return refuse(QStringLiteral("INVALID_TOKEN"),
                QStringLiteral("Only bearer token is supported (sinkCredential.accessTokenType bearer)."));
        }
        SinkCredential sinkCredential;
        sinkCredential.accessToken = credential.value(QStringLiteral("accessToken")).toString();
        if (sinkCredential.accessToken.isEmpty())
            return refuse(InvalidArgument, QStringLiteral("sinkCredential.accessToken is required."));
        // It becomes an Authorization header of every webhook: a CR or LF in it would add headers of its own.
        if (!SinkCredential::isValidAccessToken(sinkCredential.accessToken)) {
            return refuse(InvalidArgument,
                QStringLiteral("sinkCredential.accessToken must be an RFC 6750 bearer token: letters, digits and "
                               "- . _ ~ + / (then = padding), at most %1 characters.")
                    .arg(SinkCredential::MaxAccessTokenLength));
        }
        const auto expires = rfc3339::parse(credential.value(QStringLiteral("accessTokenExpiresUtc")).toString());
        if (!expires) {
            return refuse(InvalidArgument,
                QStringLiteral("sinkCredential.accessTokenExpiresUtc is required: an RFC 3339 date-time with a "
                               "time zone."));
        }
        if (*expires <= m_context.now)
            return refuse(InvalidArgument, QStringLiteral("sinkCredential.accessTokenExpiresUtc is in the past."));
        sinkCredential.accessTokenExpiresUtc = *expires;
        subscription->sinkCredential = sinkCredential;
        return true;
    }

    const CreateContext &m_context;
    ApiRefusal *m_refusal;
    bool m_v08;
};

} // namespace

std::optional<QJsonObject> readBodyObject(const QByteArray &body, ApiRefusal *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        // A member named twice, a raw control character or an unpaired surrogate: QJsonDocument would pick
        // one reading; the client may have meant another.
        if (const std::optional<QString> violation = strictjson::findViolation(body)) {
            *refusal = ApiRefusal{
                400, InvalidArgument, QStringLiteral("The request body is not valid JSON: %1.").arg(*violation)};
            return std::nullopt;
        }
        return document.object();
    }
    *refusal = ApiRefusal{400, InvalidArgument,
        parseError.error != QJsonParseError::NoError
            ? QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("The request body must be a JSON object.")};
    return std::nullopt;
}

bool readDevice(const QJsonValue &value, const QString &path, std::optional<Device> *device, QString *message)
{
    if (!present(value))
        return true;
    if (!value.isObject()) {
        *message = QStringLiteral("%1 must be an object.").arg(path);
        return false;
    }
    FieldErrors errors;
    const auto decoded = Device::fromJson(value, &errors, path);
    if (!decoded || !errors.isEmpty()) {
        *message = errors.isEmpty() ? QStringLiteral("%1 is not a valid device.").arg(path) : formatFieldErrors(errors);
        return false;
    }
    if (decoded->isEmpty()) {
        *message = QStringLiteral("%1 must contain at least one identifier (phoneNumber, networkAccessIdentifier, "
                                  "ipv4Address or ipv6Address).")
                       .arg(path);
        return false;
    }
    const FieldErrors invalid = decoded->validate();
    if (!invalid.isEmpty()) {
        *message = formatFieldErrors(prefixFieldErrors(invalid, path));
        return false;
    }
    *device = decoded;
    return true;
}

std::optional<CreateRequest> parseCreateRequest(
    const QByteArray &body, const CreateContext &context, ApiRefusal *refusal)
{
    return CreateParser(context, refusal).parse(body);
}

} // namespace roamdesk::sim
