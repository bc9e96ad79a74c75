#pragma once

#include "models/device.h"
#include "models/fielderror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// RoamingStatusResponse of POST /device-roaming-status/v1/retrieve.
/// countryName is optional to tell "absent" from "[]" (an MCC mapped to no country, e.g. 901).
/// lastStatusTime absent means the freshness is unknown.
struct RoamingStatus
{
    bool roaming = false;
    std::optional<int> countryCode;
    std::optional<QStringList> countryName;
    std::optional<QDateTime> lastStatusTime;
    std::optional<Device> device; // v1.1 echoes the device when the request had one

    bool operator==(const RoamingStatus &other) const;

    QJsonObject toJson() const;
    /// Requires `roaming` (boolean); optional fields may be null. Errors are reported in `errors`.
    static std::optional<RoamingStatus> fromJson(const QJsonObject &object, FieldErrors *errors);
};

} // namespace roamdesk
