#include "models/notificationlogsource.h"

#include "models/countrytable.h"
#include "models/filtertext.h"
#include "models/notification.h"

#include <algorithm>

namespace roamdesk {

namespace receiptvalidity {

QString toWire(ReceiptValidity validity)
{
    switch (validity) {
    case ReceiptValidity::SubscriptionToken:
        return QStringLiteral("subscription-token");
    case ReceiptValidity::ConfiguredToken:
        return QStringLiteral("configured-token");
    case ReceiptValidity::Unauthenticated:
        break;
    }
    return QStringLiteral("unauthenticated");
}

std::optional<ReceiptValidity> fromWire(const QString &text)
{
    for (ReceiptValidity validity :
        {ReceiptValidity::SubscriptionToken, ReceiptValidity::ConfiguredToken, ReceiptValidity::Unauthenticated}) {
        if (toWire(validity) == text)
            return validity;
    }
    return std::nullopt;
}

} // namespace receiptvalidity

NotificationLogRecord NotificationLogRecord::fromNotification(const Notification &notification,
    const QByteArray &rawJson, qint64 receivedMs, const QString &subscriptionId, ReceiptValidity validity)
{
    NotificationLogRecord record;
    record.receivedMs = receivedMs;
    if (notification.time.isValid())
        record.eventMs = notification.time.toMSecsSinceEpoch();
    record.type = notification.type;
    record.source = notification.source;
    record.eventId = notification.id;
    record.subscriptionId = subscriptionId.isEmpty() ? notification.subscriptionId : subscriptionId;
    if (notification.device)
        record.device = notification.device->displayLabel();
    record.roaming = notification.roaming;
    record.countryCode = notification.countryCode;
    record.countryNames = notification.countryName;
    record.terminationReason = notification.terminationReason;
    record.validity = validity;
    record.rawJson = rawJson;
    // roaming-on / roaming-off say it with their type rather than a member.
    if (!record.roaming) {
        if (notification.type == EventType::RoamingOn || notification.type == EventType::RoamingChangeCountry)
            record.roaming = true;
        else if (notification.type == EventType::RoamingOff)
            record.roaming = false;
    }
    return record;
}

QString NotificationLogRecord::searchText() const
{
    QStringList parts{eventtype::shortName(type), device, terminationReason};
    QStringList isoCodes = countryNames.value_or(QStringList());
    if (isoCodes.isEmpty() && countryCode)
        isoCodes = CountryTable::instance().isoCodes(*countryCode);
    isoCodes << knownCountryNames;
    for (const QString &iso : std::as_const(isoCodes))
        parts << iso << CountryTable::englishName(iso); // not the UI language's: the index outlives it
    if (countryCode)
        parts << QString::number(*countryCode);
    if (knownCountryCode)
        parts << QString::number(*knownCountryCode);
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QLatin1Char(' '));
}

NotificationLogFilter NotificationLogFilter::parse(const QString &expression, FilterParseError *error)
{
    FilterParseError parseError;
    if (std::optional<FilterExpression> parsed = FilterExpression::parse(expression, &parseError)) {
        NotificationLogFilter filter;
        filter.expression = *parsed;
        return filter;
    }
    if (error)
        *error = parseError;
    return parseWords(expression);
}

NotificationLogFilter NotificationLogFilter::parseWords(const QString &expression)
{
    NotificationLogFilter filter;
    QStringList words;
    const QStringList tokens = expression.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const int colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = token.mid(colon + 1);
        if (key == QLatin1String("type")) {
            if (const std::optional<EventType> type = eventtype::fromString(value))
                filter.type = type;
            else if (!value.isEmpty())
                words << value;
        } else if (key == QLatin1String("device") || key == QLatin1String("dev")) {
            filter.device = value;
        } else if (key == QLatin1String("sub") || key == QLatin1String("subscription")) {
            filter.subscriptionId = value;
        } else {
            words << token;
        }
    }
    filter.text = filtertext::withCountriesAsIndexed(words).join(QLatin1Char(' '));
    return filter;
}

QStringList NotificationLogFilter::words() const
{
    QStringList result;
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        // A word of punctuation only ("+", "—") names nothing the log shows words for: it does not narrow.
        if (std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            result << token;
    }
    return result;
}

bool NotificationLogFilter::isEmpty() const
{
    return expression.isEmpty() && text.isEmpty() && !type && device.isEmpty() && subscriptionId.isEmpty()
        && !receivedFrom.isValid() && !receivedTo.isValid();
}

bool NotificationLogFilter::operator==(const NotificationLogFilter &other) const
{
    return expression == other.expression && text == other.text && type == other.type && device == other.device
        && subscriptionId == other.subscriptionId && receivedFrom == other.receivedFrom
        && receivedTo == other.receivedTo;
}

} // namespace roamdesk
