#include "app/simulator/caller.h"

namespace roamdesk::sim {

DeviceLookup resolveTarget(const SimulatedNetwork &network, const Caller &caller, const std::optional<Device> &device,
    const QString &devicePath)
{
    if (caller.threeLegged) {
        // The token names the device: a device in the body is refused even when it is the same one.
        if (device)
            return DeviceLookup{{}, 422, QStringLiteral("UNNECESSARY_IDENTIFIER"),
                QStringLiteral("The device is already identified by the access token; omit %1.").arg(devicePath)};
        const auto known = network.device(caller.deviceKey);
        if (!known)
            return DeviceLookup{{}, 404, QStringLiteral("IDENTIFIER_NOT_FOUND"),
                QStringLiteral("The device of the access token is not known to the network.")};
        if (known->fixedErrorStatus != 0)
            return DeviceLookup{{}, known->fixedErrorStatus, fixedErrorCode(known->fixedErrorStatus),
                fixedErrorMessage(known->fixedErrorStatus)};
        DeviceLookup found;
        found.key = caller.deviceKey;
        return found;
    }
    if (!device)
        return DeviceLookup{{}, 422, QStringLiteral("MISSING_IDENTIFIER"),
            QStringLiteral("The device cannot be identified: give %1.").arg(devicePath)};
    return network.lookup(*device);
}

} // namespace roamdesk::sim
