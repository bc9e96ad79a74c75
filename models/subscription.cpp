#include "models/subscription.h"

#include "models/datetime.h"
#include "models/jsonread.h"

#include <QCoreApplication>
#include <QUrl>

namespace roamdesk {

namespace {

const QString AccessToken = QStringLiteral("ACCESSTOKEN");
const QString Bearer = QStringLiteral("bearer");

void insertDateTime(QJsonObject &object, const QString &key, const std::optional<QDateTime> &value)
{
    if (value && value->isValid())
        object.insert(key, rfc3339::format(*value));
}

/// protocol, sink, types, config and sinkCredential: the members a SubscriptionRequest and a Subscription share,
/// with the same names and wire form.
template <typename T>
void insertSharedMembers(QJsonObject &object, const T &value)
{
    object.insert(QStringLiteral("protocol"), value.protocol);
    object.insert(QStringLiteral("sink"), value.sink);
    object.insert(QStringLiteral("types"), QJsonArray::fromStringList(value.types));
    object.insert(QStringLiteral("config"), value.config.toJson());
    if (value.sinkCredential)
        object.insert(QStringLiteral("sinkCredential"), value.sinkCredential->toJson());
}

/// fromJson on top of decodePartial: the same errors, and nothing decoded unless there were none.
template <typename T>
std::optional<T> unlessErrors(std::optional<T> decoded, const FieldErrors &local, FieldErrors *errors)
{
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return decoded;
}

/// The shared required strings (config and sinkCredential are read by the callers, each in its own order).
template <typename T>
void readSharedStrings(const JsonReader &reader, T &value)
{
    value.protocol = reader.string(QStringLiteral("protocol"), JsonReader::Required).value_or(QString());
    value.sink = reader.string(QStringLiteral("sink"), JsonReader::Required).value_or(QString());
    value.types = reader.stringList(QStringLiteral("types"), JsonReader::Required).value_or(QStringList());
}

} // namespace

// ---- SinkCredential ----

bool SinkCredential::operator==(const SinkCredential &other) const
{
    return credentialType == other.credentialType && accessToken == other.accessToken
        && accessTokenExpiresUtc == other.accessTokenExpiresUtc && accessTokenType == other.accessTokenType;
}

bool SinkCredential::isValidAccessToken(QStringView token)
{
    if (token.isEmpty() || token.size() > MaxAccessTokenLength)
        return false;
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char16_t c = token.at(i).unicode();
        const bool tokenChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'+' || c == u'/';
        if (!tokenChar)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) { // only padding after the first other character
        if (token.at(i) != u'=')
            return false;
    }
    return true;
}

QJsonObject SinkCredential::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("credentialType"), credentialType);
    if (!accessToken.isEmpty())
        object.insert(QStringLiteral("accessToken"), accessToken);
    insertDateTime(object, QStringLiteral("accessTokenExpiresUtc"), accessTokenExpiresUtc);
    if (!accessTokenType.isEmpty())
        object.insert(QStringLiteral("accessTokenType"), accessTokenType);
    return object;
}

std::optional<SinkCredential> SinkCredential::fromJson(
    const QJsonValue &value, FieldErrors *errors, const QString &path)
{
    FieldErrors local;
    std::optional<SinkCredential> credential = decodePartial(value, &local, path);
    return unlessErrors(std::move(credential), local, errors);
}

std::optional<SinkCredential> SinkCredential::decodePartial(
    const QJsonValue &value, FieldErrors *errors, const QString &path)
{
    const std::optional<QJsonObject> object = optionalObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const JsonReader reader(*object, path, errors);
    SinkCredential credential;
    credential.credentialType =
        reader.string(QStringLiteral("credentialType"), JsonReader::Required).value_or(QString());
    // Only an ACCESSTOKEN credential has these members (AccessTokenCredential requires all three);
    // other credential types are kept so a server can answer INVALID_CREDENTIAL.
    const JsonReader::Requirement tokenMembers =
        credential.credentialType == AccessToken ? JsonReader::Required : JsonReader::Optional;
    credential.accessToken = reader.string(QStringLiteral("accessToken"), tokenMembers).value_or(QString());
    credential.accessTokenExpiresUtc = reader.dateTime(QStringLiteral("accessTokenExpiresUtc"), tokenMembers);
    credential.accessTokenType = reader.string(QStringLiteral("accessTokenType"), tokenMembers).value_or(QString());
    return credential;
}

// ---- SubscriptionConfig ----

bool SubscriptionConfig::operator==(const SubscriptionConfig &other) const
{
    return device == other.device && subscriptionExpireTime == other.subscriptionExpireTime
        && subscriptionMaxEvents == other.subscriptionMaxEvents && initialEvent == other.initialEvent;
}

QJsonObject SubscriptionConfig::toJson() const
{
    QJsonObject detail;
    if (device)
        detail.insert(QStringLiteral("device"), device->toJson());
    QJsonObject object;
    object.insert(QStringLiteral("subscriptionDetail"), detail);
    insertDateTime(object, QStringLiteral("subscriptionExpireTime"), subscriptionExpireTime);
    if (subscriptionMaxEvents)
        object.insert(QStringLiteral("subscriptionMaxEvents"), *subscriptionMaxEvents);
    if (initialEvent)
        object.insert(QStringLiteral("initialEvent"), *initialEvent);
    return object;
}

std::optional<SubscriptionConfig> SubscriptionConfig::fromJson(
    const QJsonValue &value, FieldErrors *errors, const QString &path)
{
    FieldErrors local;
    std::optional<SubscriptionConfig> config = decodePartial(value, &local, path);
    return unlessErrors(std::move(config), local, errors);
}

SubscriptionConfig SubscriptionConfig::decodePartial(const QJsonValue &value, FieldErrors *errors, const QString &path)
{
    SubscriptionConfig config;
    if (value.isUndefined()) {
        if (errors)
            errors->append(FieldError{path, jsonmsg::required()});
        return config;
    }
    if (!value.isObject()) {
        if (errors)
            errors->append(FieldError{path, value.isNull() ? jsonmsg::notNull() : jsonmsg::mustBeObject()});
        return config;
    }
    const JsonReader reader(value.toObject(), path, errors);
    if (const std::optional<QJsonObject> detail =
            reader.object(QStringLiteral("subscriptionDetail"), JsonReader::Required)) {
        config.device = Device::fromJson(detail->value(QStringLiteral("device")), errors,
            reader.pathOf(QStringLiteral("subscriptionDetail.device")));
    }
    config.subscriptionExpireTime = reader.dateTime(QStringLiteral("subscriptionExpireTime"));
    config.subscriptionMaxEvents = reader.integer(QStringLiteral("subscriptionMaxEvents"));
    config.initialEvent = reader.boolean(QStringLiteral("initialEvent"));
    return config;
}

// ---- SubscriptionRequest ----

bool SubscriptionRequest::operator==(const SubscriptionRequest &other) const
{
    return protocol == other.protocol && sink == other.sink && types == other.types
        && sinkCredential == other.sinkCredential && config == other.config;
}

QJsonObject SubscriptionRequest::toJson() const
{
    QJsonObject object;
    insertSharedMembers(object, *this);
    return object;
}

std::optional<SubscriptionRequest> SubscriptionRequest::fromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    std::optional<SubscriptionRequest> request = decodePartial(object, &local);
    return unlessErrors(std::move(request), local, errors);
}

SubscriptionRequest SubscriptionRequest::decodePartial(const QJsonObject &object, FieldErrors *errors)
{
    const JsonReader reader(object, QString(), errors);
    SubscriptionRequest request;
    readSharedStrings(reader, request);
    request.sinkCredential = SinkCredential::decodePartial(object.value(QStringLiteral("sinkCredential")), errors);
    request.config = SubscriptionConfig::decodePartial(object.value(QStringLiteral("config")), errors);
    return request;
}

FieldErrors SubscriptionRequest::validate(const QDateTime &now) const
{
    FieldErrors errors;
    if (protocol != QLatin1String("HTTP")) {
        errors << FieldError{QStringLiteral("protocol"),
            QCoreApplication::translate("roamdesk::Subscription", "Only HTTP is supported.")};
    }
    const QUrl url(sink, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (sink.isEmpty()) {
        errors << FieldError{
            QStringLiteral("sink"), QCoreApplication::translate("roamdesk::Subscription", "The sink URL is required.")};
    } else if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        errors << FieldError{QStringLiteral("sink"),
            QCoreApplication::translate(
                "roamdesk::Subscription", "The sink must be an absolute http:// or https:// URL.")};
    }
    if (types.size() != 1) {
        errors << FieldError{QStringLiteral("types"),
            QCoreApplication::translate("roamdesk::Subscription", "Give exactly one event type per subscription.")};
    } else {
        const std::optional<EventType> type = eventtype::fromString(types.first());
        if (!type || !eventtype::isSubscribable(*type)) {
            errors << FieldError{QStringLiteral("types[0]"),
                QCoreApplication::translate("roamdesk::Subscription",
                    "Unknown event type: use roaming-status, roaming-on, "
                    "roaming-off or roaming-change-country.")};
        }
    }
    if (config.device)
        errors << prefixFieldErrors(config.device->validate(), QStringLiteral("config.subscriptionDetail.device"));
    if (config.subscriptionMaxEvents && *config.subscriptionMaxEvents < 1) {
        errors << FieldError{QStringLiteral("config.subscriptionMaxEvents"),
            QCoreApplication::translate("roamdesk::Subscription", "The maximum number of events must be at least 1.")};
    }
    if (config.subscriptionExpireTime && *config.subscriptionExpireTime <= now) {
        errors << FieldError{QStringLiteral("config.subscriptionExpireTime"),
            QCoreApplication::translate("roamdesk::Subscription", "The expiry time must be in the future.")};
    }
    if (sinkCredential) {
        const SinkCredential &credential = *sinkCredential;
        if (credential.credentialType != AccessToken) {
            errors << FieldError{QStringLiteral("sinkCredential.credentialType"),
                QCoreApplication::translate(
                    "roamdesk::Subscription", "Only an access token (ACCESSTOKEN) is supported.")};
        }
        if (credential.accessToken.isEmpty()) {
            errors << FieldError{QStringLiteral("sinkCredential.accessToken"),
                QCoreApplication::translate("roamdesk::Subscription", "The sink access token is required.")};
        } else if (!SinkCredential::isValidAccessToken(credential.accessToken)) {
            errors << FieldError{QStringLiteral("sinkCredential.accessToken"),
                QCoreApplication::translate("roamdesk::Subscription",
                    "The sink access token may only hold letters, digits and - . _ ~ + / (then = padding), "
                    "at most %1 characters.")
                    .arg(SinkCredential::MaxAccessTokenLength)};
        }
        if (credential.accessTokenType != Bearer) {
            errors << FieldError{QStringLiteral("sinkCredential.accessTokenType"),
                QCoreApplication::translate("roamdesk::Subscription", "Only bearer tokens are supported.")};
        }
        if (!credential.accessTokenExpiresUtc || !credential.accessTokenExpiresUtc->isValid()) {
            errors << FieldError{QStringLiteral("sinkCredential.accessTokenExpiresUtc"),
                QCoreApplication::translate("roamdesk::Subscription", "The access token expiry time is required.")};
        } else if (*credential.accessTokenExpiresUtc <= now) {
            errors << FieldError{QStringLiteral("sinkCredential.accessTokenExpiresUtc"),
                QCoreApplication::translate("roamdesk::Subscription", "The access token has already expired.")};
        }
    }
    return errors;
}

// ---- SubscriptionStatus ----

namespace subscriptionstatus {

QString toWire(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::ActivationRequested:
        return QStringLiteral("ACTIVATION_REQUESTED");
    case SubscriptionStatus::Active:
        return QStringLiteral("ACTIVE");
    case SubscriptionStatus::Expired:
        return QStringLiteral("EXPIRED");
    case SubscriptionStatus::Inactive:
        return QStringLiteral("INACTIVE");
    case SubscriptionStatus::Deleted:
        return QStringLiteral("DELETED");
    }
    return {};
}

std::optional<SubscriptionStatus> fromWire(const QString &text)
{
    for (SubscriptionStatus status : {SubscriptionStatus::ActivationRequested, SubscriptionStatus::Active,
             SubscriptionStatus::Expired, SubscriptionStatus::Inactive, SubscriptionStatus::Deleted}) {
        if (toWire(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace subscriptionstatus

// ---- Subscription ----

bool Subscription::operator==(const Subscription &other) const
{
    return id == other.id && protocol == other.protocol && sink == other.sink && types == other.types
        && config == other.config && sinkCredential == other.sinkCredential && startsAt == other.startsAt
        && expiresAt == other.expiresAt && status == other.status;
}

QJsonObject Subscription::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    insertSharedMembers(object, *this);
    insertDateTime(object, QStringLiteral("startsAt"), startsAt);
    insertDateTime(object, QStringLiteral("expiresAt"), expiresAt);
    if (status)
        object.insert(QStringLiteral("status"), subscriptionstatus::toWire(*status));
    return object;
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    const JsonReader reader(object, QString(), &local);
    Subscription subscription;
    subscription.id = reader.string(QStringLiteral("id"), JsonReader::Required).value_or(QString());
    readSharedStrings(reader, subscription);
    if (const std::optional<SubscriptionConfig> config =
            SubscriptionConfig::fromJson(object.value(QStringLiteral("config")), &local)) {
        subscription.config = *config;
    }
    subscription.sinkCredential = SinkCredential::fromJson(object.value(QStringLiteral("sinkCredential")), &local);
    subscription.startsAt = reader.dateTime(QStringLiteral("startsAt"));
    subscription.expiresAt = reader.dateTime(QStringLiteral("expiresAt"));
    if (const std::optional<QString> status = reader.string(QStringLiteral("status"))) {
        subscription.status = subscriptionstatus::fromWire(*status);
        if (!subscription.status) {
            reader.addError(QStringLiteral("status"),
                QCoreApplication::translate("roamdesk::Subscription",
                    "must be one of ACTIVATION_REQUESTED, ACTIVE, EXPIRED, "
                    "INACTIVE, DELETED"));
        }
    }
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return subscription;
}

std::optional<QList<Subscription>> Subscription::listFromJson(const QJsonArray &array, FieldErrors *errors)
{
    QList<Subscription> list;
    FieldErrors local;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            local << FieldError{path, jsonmsg::mustBeObject()};
            continue;
        }
        FieldErrors itemErrors;
        if (std::optional<Subscription> subscription = fromJson(array.at(i).toObject(), &itemErrors))
            list << *subscription;
        for (const FieldError &error : itemErrors)
            local << FieldError{path + QLatin1Char('.') + error.path, error.message};
    }
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return list;
}

} // namespace roamdesk
