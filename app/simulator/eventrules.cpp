#include "app/simulator/eventrules.h"

namespace roamdesk::sim::eventrules {

bool triggers(EventType type, const RoamingPosition &from, const RoamingPosition &to)
{
    switch (type) {
    case EventType::RoamingStatus:
        return from.roaming != to.roaming;
    case EventType::RoamingOn:
        return !from.roaming && to.roaming;
    case EventType::RoamingOff:
        return from.roaming && !to.roaming;
    case EventType::RoamingChangeCountry:
        return from.roaming && to.roaming && from.mcc != to.mcc;
    default:
        return false;
    }
}

bool initialEventApplies(EventType type, bool roaming)
{
    switch (type) {
    case EventType::RoamingStatus:
        return true;
    case EventType::RoamingOn:
        return roaming;
    case EventType::RoamingOff:
        return !roaming;
    default:
        return false;
    }
}

} // namespace roamdesk::sim::eventrules
