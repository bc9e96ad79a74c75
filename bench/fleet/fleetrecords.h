#pragma once

// What the fleet benchmarks store and read: DEVICES phones taking turns, statuses a little out of order, as a
// receiver would store them; and the process's resident memory.

#include "models/notificationlogsource.h"

#include <QFile>
#include <QString>

namespace roamdesk::fleetbench {

inline qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline NotificationLogRecord recordAt(qint64 n, int devices)
{
    static const int Countries[] = {262, 208, 222, 310, 340, 901, 234, 214};
    const EventType types[] = {
        EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingChangeCountry, EventType::RoamingOff};
    NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.net");
    record.eventId = QStringLiteral("bench-%1").arg(n);
    record.type = types[(n / devices) % 4];
    record.device = QStringLiteral("+3361%1").arg(n % devices, 7, 10, QLatin1Char('0'));
    record.subscriptionId = QStringLiteral("sub-%1").arg(n % 50);
    record.receivedMs = 1700000000000 + n * 100;
    // A little out of order, as events arrive.
    record.eventMs = record.receivedMs - 40 - (n % 7) * 1000;
    record.roaming = record.type != EventType::RoamingOff;
    if (record.type == EventType::RoamingStatus || record.type == EventType::RoamingChangeCountry)
        record.countryCode = Countries[(n / 3) % 8];
    record.validity = ReceiptValidity::SubscriptionToken;
    return record;
}

} // namespace roamdesk::fleetbench
