#pragma once

#include "models/device.h"
#include "models/roamingstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace roamdesk::sim {

/// One device of the simulated network: its identifiers, its home network and where it is now.
/// `currentMcc` 0 means "at home" (not roaming); any other value is the visited country's MCC.
/// `fixedErrorStatus` makes every request about the device fail with that status (the seed's
/// +9999999040x/50x numbers).
struct SimDevice
{
    QString key; // stable handle used by the GUI, scenarios and the state file
    QString label; // free text for people
    Device identifiers;
    int homeMcc = 0;
    int currentMcc = 0;
    int fixedErrorStatus = 0;
    QDateTime lastStatusTime;
    /// Made by the FleetGenerator: the state file keeps the fleet's seed and positions, not the device itself.
    bool generated = false;

    bool roaming() const { return currentMcc != 0; }
    /// "home" or the MCC as text.
    QString positionText() const;
    /// What retrieve answers for this device, and what its roaming events carry: the country only while roaming.
    RoamingStatus roamingStatus() const;

    QJsonObject toJson() const;
    static SimDevice fromJson(const QJsonObject &object);
};

/// The CAMARA code and message a seed error number answers with (400 INVALID_ARGUMENT, …).
QString fixedErrorCode(int status);
QString fixedErrorMessage(int status);

/// Whether a requested IPv4 identifier names this device's address (the private address or the port,
/// when given, must match too).
bool ipv4Matches(const Ipv4Address &requested, const Ipv4Address &known);
/// IPv6 addresses compared in canonical form.
bool ipv6Equal(const QString &a, const QString &b);

} // namespace roamdesk::sim
