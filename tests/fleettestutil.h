#pragma once

// Records for the fleet tests, as the receiver would store them.

#include "models/notificationlogsource.h"

#include <QString>
#include <QTimeZone>

namespace fleettest {

using namespace roamdesk;

constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20Z

inline NotificationLogRecord record(const QString &device, EventType type, qint64 minute,
    std::optional<int> country = std::nullopt, const QString &id = QString())
{
    NotificationLogRecord r;
    r.device = device;
    r.type = type;
    r.eventMs = T0 + minute * 60000;
    r.receivedMs = T0 + 3600000 * 24; // arrival order says nothing
    r.source = QStringLiteral("https://network.example.net");
    r.eventId = id.isEmpty() ? QStringLiteral("%1-%2-%3").arg(device).arg(int(type)).arg(minute) : id;
    if (type == EventType::RoamingOn || type == EventType::RoamingChangeCountry)
        r.roaming = true;
    else if (type == EventType::RoamingOff)
        r.roaming = false;
    r.countryCode = country;
    return r;
}

inline NotificationLogRecord status(const QString &device, qint64 minute, bool roaming, std::optional<int> country)
{
    NotificationLogRecord r = record(device, EventType::RoamingStatus, minute, country);
    r.roaming = roaming;
    return r;
}

} // namespace fleettest
