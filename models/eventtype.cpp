#include "models/eventtype.h"

#include <array>

namespace roamdesk::eventtype {

namespace {

struct Entry
{
    EventType type;
    const char *shortName;
};

constexpr std::array<Entry, 8> Entries{{
    {EventType::RoamingStatus, "roaming-status"},
    {EventType::RoamingOn, "roaming-on"},
    {EventType::RoamingOff, "roaming-off"},
    {EventType::RoamingChangeCountry, "roaming-change-country"},
    {EventType::SubscriptionEnds, "subscription-ends"},
    {EventType::SubscriptionStarted, "subscription-started"},
    {EventType::SubscriptionUpdated, "subscription-updated"},
    {EventType::SubscriptionEnded, "subscription-ended"},
}};

} // namespace

QString shortName(EventType type)
{
    for (const Entry &entry : Entries) {
        if (entry.type == type)
            return QString::fromLatin1(entry.shortName);
    }
    return {};
}

QString toWire(EventType type)
{
    return QString::fromLatin1(Prefix) + shortName(type);
}

std::optional<EventType> fromString(const QString &name)
{
    const QLatin1String prefix(Prefix);
    const QStringView shortForm = name.startsWith(prefix) ? QStringView(name).mid(prefix.size()) : QStringView(name);
    for (const Entry &entry : Entries) {
        if (shortForm == QLatin1String(entry.shortName))
            return entry.type;
    }
    return std::nullopt;
}

QList<EventType> subscribable()
{
    return {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
}

bool isSubscribable(EventType type)
{
    return subscribable().contains(type);
}

bool isLifecycle(EventType type)
{
    return !isSubscribable(type);
}

bool isTermination(EventType type)
{
    return type == EventType::SubscriptionEnds || type == EventType::SubscriptionEnded;
}

} // namespace roamdesk::eventtype
