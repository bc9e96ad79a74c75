#include "models/notification.h"

#include "models/cloudeventscanner.h"
#include "models/datetime.h"
#include "models/jsonread.h"
#include "models/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <limits>

namespace roamdesk {

namespace {

const QString SpecVersion = QStringLiteral("1.0");
const QString JsonContentType = QStringLiteral("application/json");

QString mustBeOneOf(const QStringList &values)
{
    return QCoreApplication::translate("roamdesk::Notification", "must be one of %1")
        .arg(values.join(QStringLiteral(", ")));
}

/// JsonReader::string with a single lookup when the member is a string (the usual case); anything else goes
/// to JsonReader, which reports absence, null or a wrong type exactly as before.
std::optional<QString> readString(const QJsonObject &object, const JsonReader &reader, QLatin1String key,
    JsonReader::Requirement requirement = JsonReader::Optional)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    return reader.string(QString(key), requirement);
}

/// Reads an enum-valued string member; required, and one of `allowed`.
QString readReason(const JsonReader &reader, const QString &key, const QStringList &allowed)
{
    const std::optional<QString> value = reader.string(key, JsonReader::Required);
    if (!value)
        return {};
    if (!allowed.contains(*value)) {
        reader.addError(key, mustBeOneOf(allowed));
        return {};
    }
    return *value;
}

} // namespace

QJsonObject Notification::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("source"), source);
    object.insert(QStringLiteral("specversion"), specversion);
    object.insert(QStringLiteral("type"), eventtype::toWire(type));
    if (time.isValid())
        object.insert(QStringLiteral("time"), rfc3339::format(time));
    if (!datacontenttype.isEmpty())
        object.insert(QStringLiteral("datacontenttype"), datacontenttype);

    QJsonObject payload = data;
    if (payload.isEmpty()) {
        if (!subscriptionId.isEmpty())
            payload.insert(QStringLiteral("subscriptionId"), subscriptionId);
        if (device)
            payload.insert(QStringLiteral("device"), device->toJson());
        if (roaming)
            payload.insert(QStringLiteral("roaming"), *roaming);
        if (countryCode)
            payload.insert(QStringLiteral("countryCode"), *countryCode);
        if (countryName)
            payload.insert(QStringLiteral("countryName"), QJsonArray::fromStringList(*countryName));
        if (!terminationReason.isEmpty())
            payload.insert(QStringLiteral("terminationReason"), terminationReason);
        if (!terminationDescription.isEmpty())
            payload.insert(QStringLiteral("terminationDescription"), terminationDescription);
        if (!initiationReason.isEmpty())
            payload.insert(QStringLiteral("initiationReason"), initiationReason);
        if (!updateReason.isEmpty())
            payload.insert(QStringLiteral("updateReason"), updateReason);
    }
    object.insert(QStringLiteral("data"), payload);
    return object;
}

QByteArray Notification::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QStringList NotificationParser::initiationReasons()
{
    return {QStringLiteral("SUBSCRIPTION_CREATED")};
}

QStringList NotificationParser::updateReasons()
{
    return {QStringLiteral("SUBSCRIPTION_ACTIVE"), QStringLiteral("SUBSCRIPTION_INACTIVE")};
}

QStringList NotificationParser::terminationReasons()
{
    return {QStringLiteral("MAX_EVENTS_REACHED"), QStringLiteral("NETWORK_TERMINATED"),
        QStringLiteral("SUBSCRIPTION_EXPIRED"), QStringLiteral("ACCESS_TOKEN_EXPIRED"),
        QStringLiteral("SUBSCRIPTION_DELETED")};
}

NotificationParseResult NotificationParser::parse(const QByteArray &body)
{
    return parseBody(body, true);
}

NotificationParseResult NotificationParser::parseWithoutData(const QByteArray &body)
{
    return parseBody(body, false);
}

NotificationParseResult NotificationParser::parseBody(const QByteArray &body, bool keepData)
{
    NotificationParseResult result;
    if (body.trimmed().isEmpty()) {
        result.errors << FieldError{
            QString(), QCoreApplication::translate("roamdesk::Notification", "the body is empty")};
        return result;
    }
    if (std::optional<Notification> quick = cloudevent::quickParse(body, keepData)) {
        result.notification = std::move(quick);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << FieldError{
            QString(), describeJsonSyntaxError(body, parseError.offset, parseError.errorString())};
        return result;
    }
    if (!document.isObject()) {
        result.errors << FieldError{
            QString(), QCoreApplication::translate("roamdesk::Notification", "the body must be a JSON object")};
        return result;
    }
    // What QJsonDocument lets through would be stored mangled or read differently by another parser.
    if (std::optional<QString> violation = strictjson::findViolation(body)) {
        result.errors << FieldError{QString(), *violation};
        return result;
    }
    result = fromJson(document.object());
    if (!keepData && result.notification)
        result.notification->data = QJsonObject();
    return result;
}

NotificationParseResult NotificationParser::fromJson(const QJsonObject &object)
{
    NotificationParseResult result;
    FieldErrors &errors = result.errors;
    const JsonReader reader(object, QString(), &errors);
    Notification n;

    if (const std::optional<QString> id = readString(object, reader, QLatin1String("id"), JsonReader::Required)) {
        n.id = *id;
        if (id->isEmpty())
            reader.addError(
                QStringLiteral("id"), QCoreApplication::translate("roamdesk::Notification", "must not be empty"));
    }
    if (const std::optional<QString> source =
            readString(object, reader, QLatin1String("source"), JsonReader::Required)) {
        n.source = *source;
        if (source->isEmpty())
            reader.addError(
                QStringLiteral("source"), QCoreApplication::translate("roamdesk::Notification", "must not be empty"));
    }
    if (const std::optional<QString> version =
            readString(object, reader, QLatin1String("specversion"), JsonReader::Required)) {
        n.specversion = *version;
        if (*version != SpecVersion)
            reader.addError(QStringLiteral("specversion"), mustBeOneOf({SpecVersion}));
    }
    n.datacontenttype.clear();
    if (const std::optional<QString> contentType = readString(object, reader, QLatin1String("datacontenttype"))) {
        n.datacontenttype = *contentType;
        if (*contentType != JsonContentType)
            reader.addError(QStringLiteral("datacontenttype"), mustBeOneOf({JsonContentType}));
    }
    const QJsonValue timeValue = object.value(QLatin1String("time"));
    if (const std::optional<QDateTime> quick =
            timeValue.isString() ? rfc3339::parseCommonShape(timeValue.toString()) : std::optional<QDateTime>()) {
        n.time = *quick;
    } else if (const std::optional<QDateTime> time = reader.dateTime(QStringLiteral("time"), JsonReader::Required)) {
        n.time = *time;
    }

    std::optional<EventType> type;
    if (const std::optional<QString> typeName =
            readString(object, reader, QLatin1String("type"), JsonReader::Required)) {
        // On the wire only the full names are valid; the short names are a convenience for people.
        if (typeName->startsWith(QLatin1String(eventtype::Prefix)))
            type = eventtype::fromString(*typeName);
        if (type) {
            n.type = *type;
        } else {
            reader.addError(QStringLiteral("type"),
                QCoreApplication::translate("roamdesk::Notification", "unknown event type \"%1\"; expected %2<name>")
                    .arg(*typeName, QLatin1String(eventtype::Prefix)));
        }
    }

    const std::optional<QJsonObject> data = reader.object(QStringLiteral("data"), JsonReader::Required);
    if (data) {
        n.data = *data;
        const JsonReader d(*data, QStringLiteral("data"), &errors);
        n.subscriptionId =
            readString(*data, d, QLatin1String("subscriptionId"), JsonReader::Required).value_or(QString());
        const int before = int(errors.size());
        n.device = Device::fromJson(data->value(QStringLiteral("device")), &errors, QStringLiteral("data.device"));
        if (n.device && int(errors.size()) == before)
            errors << prefixFieldErrors(n.device->validate(), QStringLiteral("data.device"));

        const bool isStatus = type == EventType::RoamingStatus;
        const bool isChangeCountry = type == EventType::RoamingChangeCountry;
        n.roaming = d.boolean(QStringLiteral("roaming"), isStatus ? JsonReader::Required : JsonReader::Optional);
        n.countryCode =
            d.integer(QStringLiteral("countryCode"), isChangeCountry ? JsonReader::Required : JsonReader::Optional);
        n.countryName =
            d.stringList(QStringLiteral("countryName"), isChangeCountry ? JsonReader::Required : JsonReader::Optional);
        if (type && eventtype::isTermination(*type)) {
            // countryCode is listed as required on subscription-ends by the schema, but the spec's own
            // example omits it: deliberately not enforced.
            n.terminationReason = readReason(d, QStringLiteral("terminationReason"), terminationReasons());
            n.terminationDescription = d.string(QStringLiteral("terminationDescription")).value_or(QString());
        } else if (type == EventType::SubscriptionStarted) {
            n.initiationReason =
                readReason(d, QStringLiteral("initiationReason"), NotificationParser::initiationReasons());
        } else if (type == EventType::SubscriptionUpdated) {
            n.updateReason = readReason(d, QStringLiteral("updateReason"), NotificationParser::updateReasons());
        }
    }

    if (errors.isEmpty())
        result.notification = std::move(n);
    return result;
}

} // namespace roamdesk
