#include "notification.h"

#include "datetime.h"
#include "jsonread.h"
#include "strictjson.h"

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

/// rfc3339::parse without its regular expression, for the one shape senders use
/// (YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)): the same grammar and the same QDateTime. nullopt means "not sure";
/// the caller then asks rfc3339::parse (through JsonReader, for its error). The receiver parses one per request.
std::optional<QDateTime> quickRfc3339(QStringView text)
{
    const qsizetype size = text.size();
    const auto digit = [&](qsizetype i) { return i < size && text[i] >= u'0' && text[i] <= u'9'; };
    const auto number = [&](qsizetype at, int count) {
        int value = 0;
        for (int i = 0; i < count; ++i)
            value = value * 10 + (text[at + i].unicode() - u'0');
        return value;
    };
    const auto digits = [&](qsizetype at, int count) {
        for (int i = 0; i < count; ++i) {
            if (!digit(at + i))
                return false;
        }
        return true;
    };
    const auto is = [&](qsizetype i, char16_t c) { return i < size && text[i] == c; };
    if (!digits(0, 4) || !is(4, u'-') || !digits(5, 2) || !is(7, u'-') || !digits(8, 2)
        || !(is(10, u'T') || is(10, u't')) || !digits(11, 2) || !is(13, u':') || !digits(14, 2) || !is(16, u':')
        || !digits(17, 2))
        return std::nullopt;
    qsizetype at = 19;
    int millis = 0;
    if (is(at, u'.')) {
        ++at;
        const qsizetype start = at;
        while (digit(at))
            ++at;
        if (at == start)
            return std::nullopt;
        // As fraction.left(3).leftJustified(3, '0'): the first three digits, padded on the right.
        for (int i = 0; i < 3; ++i)
            millis = millis * 10 + (start + i < at ? text[start + i].unicode() - u'0' : 0);
    }
    int offsetSeconds = 0;
    if (is(at, u'Z') || is(at, u'z')) {
        ++at;
    } else if ((is(at, u'+') || is(at, u'-')) && digits(at + 1, 2) && is(at + 3, u':') && digits(at + 4, 2)) {
        const int offsetHours = number(at + 1, 2);
        const int offsetMinutes = number(at + 4, 2);
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[at] == u'-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != size)
        return std::nullopt;
    int second = number(17, 2);
    if (second == 60) { // a leap second: clamped as rfc3339::parse does
        second = 59;
        millis = 999;
    }
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime result = QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

/// A strict subset of JSON, enough for what senders actually post: printable-ASCII strings without escapes,
/// plain integers, booleans, each known member once. Anything else makes it give up, and parse() takes the full
/// QJsonDocument path, which also names every error. Saves the receiver most of its per-request parsing.
class QuickScanner
{
public:
    explicit QuickScanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool string(QLatin1String *out)
    {
        if (!take('"'))
            return false;
        for (const char *start = m_p; m_p < m_end; ++m_p) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = QLatin1String(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x7f)
                return false;
        }
        return false;
    }
    bool boolean(bool *out)
    {
        skipSpace();
        if (literal(QLatin1String("true")))
            *out = true;
        else if (literal(QLatin1String("false")))
            *out = false;
        else
            return false;
        return true;
    }
    /// -?(0|[1-9][0-9]*) within int, not followed by a fraction or exponent.
    bool integer(int *out)
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        const char *digits = negative ? m_p + 1 : m_p;
        const char *at = digits;
        qint64 value = 0;
        while (at < m_end && *at >= '0' && *at <= '9' && at - digits < 10)
            value = value * 10 + (*at++ - '0');
        const qsizetype count = at - digits;
        if (count == 0 || (count > 1 && *digits == '0') || (negative && value == 0))
            return false;
        if (at < m_end && ((*at >= '0' && *at <= '9') || *at == '.' || *at == 'e' || *at == 'E'))
            return false;
        value = negative ? -value : value;
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return false;
        *out = int(value);
        m_p = at;
        return true;
    }
    const char *position()
    {
        skipSpace();
        return m_p;
    }
    /// Calls member(key) for each member; member() reads the value or returns false.
    template <typename Member>
    bool object(Member member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QLatin1String key;
            if (!string(&key) || !take(':') || !member(key))
                return false;
        } while (take(','));
        return take('}');
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool literal(QLatin1String word)
    {
        if (m_end - m_p < word.size() || QLatin1String(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    const char *m_p;
    const char *m_end;
};

/// Sets an optional once; a second occurrence (a duplicate key) fails.
template <typename T>
bool setOnce(std::optional<T> &slot, T value)
{
    if (slot)
        return false;
    slot = std::move(value);
    return true;
}

/// NotificationParser::parse for bodies inside QuickScanner's subset: the same Notification, or nullopt when
/// unsure (outside the subset, or anything the full path would refuse).
std::optional<Notification> quickParse(const QByteArray &body, bool keepData)
{
    QuickScanner in(body);
    std::optional<QLatin1String> id, source, specversion, datacontenttype, typeName, time;
    std::optional<QLatin1String> subscriptionId, terminationReason, terminationDescription, initiationReason,
        updateReason;
    std::optional<QLatin1String> phoneNumber, networkAccessIdentifier, ipv6Address;
    std::optional<bool> roaming;
    std::optional<int> countryCode;
    std::optional<QStringList> countryName;
    bool hasData = false;
    bool hasDevice = false;
    const char *dataBegin = nullptr;
    const char *dataEnd = nullptr;

    const auto readString = [&in](std::optional<QLatin1String> &slot) {
        QLatin1String value;
        return in.string(&value) && setOnce(slot, value);
    };
    const auto deviceMember = [&](QLatin1String key) {
        if (key == QLatin1String("phoneNumber"))
            return readString(phoneNumber);
        if (key == QLatin1String("networkAccessIdentifier"))
            return readString(networkAccessIdentifier);
        if (key == QLatin1String("ipv6Address"))
            return readString(ipv6Address);
        return false; // ipv4Address and anything else: the full path
    };
    const auto dataMember = [&](QLatin1String key) {
        if (key == QLatin1String("subscriptionId"))
            return readString(subscriptionId);
        if (key == QLatin1String("device")) {
            if (hasDevice)
                return false;
            hasDevice = true;
            return in.object(deviceMember);
        }
        if (key == QLatin1String("roaming")) {
            bool value = false;
            return in.boolean(&value) && setOnce(roaming, value);
        }
        if (key == QLatin1String("countryCode")) {
            int value = 0;
            return in.integer(&value) && setOnce(countryCode, value);
        }
        if (key == QLatin1String("countryName")) {
            QStringList names;
            if (countryName || !in.take('['))
                return false;
            if (!in.take(']')) {
                do {
                    QLatin1String name;
                    if (!in.string(&name))
                        return false;
                    names << QString(name);
                } while (in.take(','));
                if (!in.take(']'))
                    return false;
            }
            countryName = std::move(names);
            return true;
        }
        if (key == QLatin1String("terminationReason"))
            return readString(terminationReason);
        if (key == QLatin1String("terminationDescription"))
            return readString(terminationDescription);
        if (key == QLatin1String("initiationReason"))
            return readString(initiationReason);
        if (key == QLatin1String("updateReason"))
            return readString(updateReason);
        return false;
    };
    const auto topMember = [&](QLatin1String key) {
        if (key == QLatin1String("id"))
            return readString(id);
        if (key == QLatin1String("source"))
            return readString(source);
        if (key == QLatin1String("specversion"))
            return readString(specversion);
        if (key == QLatin1String("datacontenttype"))
            return readString(datacontenttype);
        if (key == QLatin1String("type"))
            return readString(typeName);
        if (key == QLatin1String("time"))
            return readString(time);
        if (key == QLatin1String("data")) {
            if (hasData)
                return false;
            hasData = true;
            dataBegin = in.position();
            if (!in.object(dataMember))
                return false;
            dataEnd = in.position();
            return true;
        }
        return false;
    };
    if (!in.object(topMember) || !in.atEnd())
        return std::nullopt;

    // The full path's rules; a miss here is left to it, so that it names the error.
    if (!id || id->isEmpty() || !source || source->isEmpty() || !specversion || *specversion != SpecVersion
        || (datacontenttype && *datacontenttype != JsonContentType) || !time || !typeName || !hasData || !subscriptionId
        || !typeName->startsWith(QLatin1String(eventtype::Prefix)))
        return std::nullopt;
    const std::optional<QDateTime> when = quickRfc3339(QString(*time));
    const std::optional<EventType> type = eventtype::fromString(QString(*typeName));
    if (!when || !type)
        return std::nullopt;
    if ((*type == EventType::RoamingStatus && !roaming)
        || (*type == EventType::RoamingChangeCountry && (!countryCode || !countryName)))
        return std::nullopt;

    Notification n;
    n.id = QString(*id);
    n.source = QString(*source);
    n.specversion = QString(*specversion);
    n.datacontenttype = datacontenttype ? QString(*datacontenttype) : QString();
    n.type = *type;
    n.time = *when;
    n.subscriptionId = QString(*subscriptionId);
    if (hasDevice) {
        Device device;
        device.phoneNumber = phoneNumber ? QString(*phoneNumber) : QString();
        device.networkAccessIdentifier = networkAccessIdentifier ? QString(*networkAccessIdentifier) : QString();
        device.ipv6Address = ipv6Address ? QString(*ipv6Address) : QString();
        if (!device.validate().isEmpty())
            return std::nullopt;
        n.device = std::move(device);
    }
    n.roaming = roaming;
    n.countryCode = countryCode;
    n.countryName = std::move(countryName);

    const auto reason = [](const std::optional<QLatin1String> &value, const QStringList &allowed, QString *out) {
        if (!value || !allowed.contains(QString(*value)))
            return false;
        *out = QString(*value);
        return true;
    };
    if (eventtype::isTermination(*type)) {
        if (!reason(terminationReason, NotificationParser::terminationReasons(), &n.terminationReason))
            return std::nullopt;
        n.terminationDescription = terminationDescription ? QString(*terminationDescription) : QString();
    } else if (*type == EventType::SubscriptionStarted) {
        if (!reason(initiationReason, initiationReasons(), &n.initiationReason))
            return std::nullopt;
    } else if (*type == EventType::SubscriptionUpdated) {
        if (!reason(updateReason, updateReasons(), &n.updateReason))
            return std::nullopt;
    }
    if (keepData) {
        // The data object exactly as the full path has it: Qt's parser over the same bytes (already checked).
        // Cheaper than inserting member by member.
        n.data = QJsonDocument::fromJson(QByteArray::fromRawData(dataBegin, dataEnd - dataBegin)).object();
    }
    return n;
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
    if (std::optional<Notification> quick = quickParse(body, keepData)) {
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
            timeValue.isString() ? quickRfc3339(timeValue.toString()) : std::optional<QDateTime>()) {
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
            n.initiationReason = readReason(d, QStringLiteral("initiationReason"), initiationReasons());
        } else if (type == EventType::SubscriptionUpdated) {
            n.updateReason = readReason(d, QStringLiteral("updateReason"), updateReasons());
        }
    }

    if (errors.isEmpty())
        result.notification = std::move(n);
    return result;
}

} // namespace roamdesk
