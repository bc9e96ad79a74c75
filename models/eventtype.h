#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace roamdesk {

/// Every CloudEvent type of the roaming subscriptions API (v0.7 and v0.8).
enum class EventType {
    RoamingStatus,
    RoamingOn,
    RoamingOff,
    RoamingChangeCountry,
    SubscriptionEnds, // v0.7
    SubscriptionStarted, // v0.8 lifecycle
    SubscriptionUpdated, // v0.8 lifecycle
    SubscriptionEnded, // v0.8 lifecycle
};

namespace eventtype {

inline constexpr char Prefix[] = "org.camaraproject.device-roaming-status-subscriptions.v0.";

/// "org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on"
QString toWire(EventType type);
/// "roaming-on"
QString shortName(EventType type);
/// Accepts the full wire name or the short name; nullopt for anything else.
std::optional<EventType> fromString(const QString &name);
/// The four types a client may subscribe to.
QList<EventType> subscribable();
bool isSubscribable(EventType type);
/// subscription-ends / -started / -updated / -ended.
bool isLifecycle(EventType type);
/// The subscription-ends of v0.7 or the subscription-ended of v0.8.
bool isTermination(EventType type);

} // namespace eventtype
} // namespace roamdesk
