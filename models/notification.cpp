#include "notification.h"

#include "datetime.h"
#include "jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace roamdesk {

namespace {

const QString SpecVersion = QStringLiteral("1.0");
const QString JsonContentType = QStringLiteral("application/json");

QStringList initiationReasons()
{
    return {QStringLiteral("SUBSCRIPTION_CREATED")};
}

QStringList updateReasons()
{
    return {QStringLiteral("SUBSCRIPTION_ACTIVE"), QStringLiteral("SUBSCRIPTION_INACTIVE")};
}

QString mustBeOneOf(const QStringList &values)
{
    return QCoreApplication::translate("roamdesk::Notification", "must be one of %1")
        .arg(values.join(QStringLiteral(", ")));
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

QStringList NotificationParser::terminationReasons()
{
    return {QStringLiteral("MAX_EVENTS_REACHED"), QStringLiteral("NETWORK_TERMINATED"),
        QStringLiteral("SUBSCRIPTION_EXPIRED"), QStringLiteral("ACCESS_TOKEN_EXPIRED"),
        QStringLiteral("SUBSCRIPTION_DELETED")};
}

NotificationParseResult NotificationParser::parse(const QByteArray &body)
{
    NotificationParseResult result;
    if (body.trimmed().isEmpty()) {
        result.errors << FieldError{
            QString(), QCoreApplication::translate("roamdesk::Notification", "the body is empty")};
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
    return fromJson(document.object());
}

NotificationParseResult NotificationParser::fromJson(const QJsonObject &object)
{
    NotificationParseResult result;
    FieldErrors &errors = result.errors;
    const JsonReader reader(object, QString(), &errors);
    Notification n;

    if (const std::optional<QString> id = reader.string(QStringLiteral("id"), JsonReader::Required)) {
        n.id = *id;
        if (id->isEmpty())
            reader.addError(
                QStringLiteral("id"), QCoreApplication::translate("roamdesk::Notification", "must not be empty"));
    }
    if (const std::optional<QString> source = reader.string(QStringLiteral("source"), JsonReader::Required)) {
        n.source = *source;
        if (source->isEmpty())
            reader.addError(
                QStringLiteral("source"), QCoreApplication::translate("roamdesk::Notification", "must not be empty"));
    }
    if (const std::optional<QString> version = reader.string(QStringLiteral("specversion"), JsonReader::Required)) {
        n.specversion = *version;
        if (*version != SpecVersion)
            reader.addError(QStringLiteral("specversion"), mustBeOneOf({SpecVersion}));
    }
    n.datacontenttype.clear();
    if (const std::optional<QString> contentType = reader.string(QStringLiteral("datacontenttype"))) {
        n.datacontenttype = *contentType;
        if (*contentType != JsonContentType)
            reader.addError(QStringLiteral("datacontenttype"), mustBeOneOf({JsonContentType}));
    }
    if (const std::optional<QDateTime> time = reader.dateTime(QStringLiteral("time"), JsonReader::Required))
        n.time = *time;

    std::optional<EventType> type;
    if (const std::optional<QString> typeName = reader.string(QStringLiteral("type"), JsonReader::Required)) {
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
        n.subscriptionId = d.string(QStringLiteral("subscriptionId"), JsonReader::Required).value_or(QString());
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
            n.initiationReason = readReason(d, QStringLiteral("initiationReason"), initiationReasons());
        } else if (type == EventType::SubscriptionUpdated) {
            n.updateReason = readReason(d, QStringLiteral("updateReason"), updateReasons());
        }
    }

    if (errors.isEmpty())
        result.notification = n;
    return result;
}

QString describeJsonSyntaxError(const QByteArray &text, int offset, const QString &reason)
{
    // QJsonParseError::offset points just past the character the parser choked on; name that character.
    const int end = qBound(0, offset - 1, int(text.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not UTF-8 bytes, so an editor's cursor lands on the spot.
    const int column = int(QString::fromUtf8(text.mid(lineStart, end - lineStart)).size()) + 1;
    return QCoreApplication::translate("roamdesk::Notification", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(reason);
}

} // namespace roamdesk
