#pragma once

#include "models/eventtype.h"

namespace roamdesk::sim {

/// Where a device is, as far as roaming events care: at home, or roaming in an MCC.
struct RoamingPosition
{
    bool roaming = false;
    int mcc = 0; // meaningful only when roaming
};

/// The spec's rules for which subscribed event fires (device-roaming-status-subscriptions, "Clarification on
/// initialEvent & event-type behaviour" and "roaming-change-country"). Pure functions, tested without sockets.
namespace eventrules {

/// Whether a move from `from` to `to` triggers an event of the subscribed `type`:
/// roaming-status on any on/off flip, roaming-on off->on, roaming-off on->off,
/// roaming-change-country only when the device stays roaming and its MCC changes.
bool triggers(EventType type, const RoamingPosition &from, const RoamingPosition &to);

/// Whether initialEvent=true sends an event at creation: roaming-status always, roaming-on when roaming,
/// roaming-off when not roaming, roaming-change-country never.
bool initialEventApplies(EventType type, bool roaming);

} // namespace eventrules
} // namespace roamdesk::sim
