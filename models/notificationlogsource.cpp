#include "notificationlogsource.h"

#include "notification.h"

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

bool NotificationLogFilter::isEmpty() const
{
    return text.isEmpty() && !type && device.isEmpty() && subscriptionId.isEmpty() && !receivedFrom.isValid()
        && !receivedTo.isValid();
}

bool NotificationLogFilter::operator==(const NotificationLogFilter &other) const
{
    return text == other.text && type == other.type && device == other.device && subscriptionId == other.subscriptionId
        && receivedFrom == other.receivedFrom && receivedTo == other.receivedTo;
}

} // namespace roamdesk
