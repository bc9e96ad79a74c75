#include "models/cloudeventscanner.h"

#include "models/datetime.h"

#include <QJsonDocument>

#include <limits>

namespace roamdesk::cloudevent {

namespace {

const QLatin1String SpecVersion("1.0");
const QLatin1String JsonContentType("application/json");

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
} // namespace

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
    const std::optional<QDateTime> when = rfc3339::parseCommonShape(QString(*time));
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
        if (!reason(initiationReason, NotificationParser::initiationReasons(), &n.initiationReason))
            return std::nullopt;
    } else if (*type == EventType::SubscriptionUpdated) {
        if (!reason(updateReason, NotificationParser::updateReasons(), &n.updateReason))
            return std::nullopt;
    }
    if (keepData) {
        // The data object exactly as the full path has it: Qt's parser over the same bytes (already checked).
        // Cheaper than inserting member by member.
        n.data = QJsonDocument::fromJson(QByteArray::fromRawData(dataBegin, dataEnd - dataBegin)).object();
    }
    return n;
}

} // namespace roamdesk::cloudevent
