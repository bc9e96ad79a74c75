#pragma once

#include "app/simulator/simulatednetwork.h"
#include "models/device.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk::sim {

/// Who is asking, as the emulated access token says: a 3-legged token names one device; `scopes` empty means every
/// scope (the required token, or a grant without scopes).
struct Caller
{
    bool threeLegged = false;
    QString deviceKey;
    QStringList scopes;

    bool allows(const QString &scope) const { return scopes.isEmpty() || scopes.contains(scope); }
    /// A 3-legged caller sees only its own device's subscriptions.
    bool sees(const SimSubscription &subscription) const { return !threeLegged || subscription.deviceKey == deviceKey; }
};

/// The device a request is about: the 3-legged token's (a `device` in the body is then refused with 422
/// UNNECESSARY_IDENTIFIER), or the body's `device` found in the network (422 MISSING_IDENTIFIER when absent, the
/// lookup errors, the seed error numbers). `devicePath` names the body member in messages.
DeviceLookup resolveTarget(const SimulatedNetwork &network, const Caller &caller, const std::optional<Device> &device,
    const QString &devicePath);

} // namespace roamdesk::sim
