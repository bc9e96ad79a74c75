#pragma once

// Helpers for the alerts tests: notifications for a real store, a small rule set through the real parser.

#include "models/notificationlogsource.h"
#include "models/rule.h"

#include <QStringList>

namespace alerttest {

constexpr qint64 T0 = 1772366400000; // 2026-03-01T12:00:00Z

inline roamdesk::NotificationLogRecord roamingOn(
    const QString &id, const QString &device, int minute, const QString &country = {})
{
    roamdesk::NotificationLogRecord record;
    record.source = QStringLiteral("https://simulator.example");
    record.eventId = id;
    record.type = roamdesk::EventType::RoamingOn;
    record.device = device;
    record.subscriptionId = QStringLiteral("sub-1");
    record.receivedMs = T0 + minute * 60000;
    record.eventMs = record.receivedMs;
    record.roaming = true;
    if (!country.isEmpty())
        record.countryNames = QStringList{country};
    record.validity = roamdesk::ReceiptValidity::SubscriptionToken;
    record.rawJson = "{}";
    return record;
}

/// roaming-on raises a warning (event-match), a device in KP a critical alert (country-denied), and a
/// device in FI an info one.
inline roamdesk::RuleSet rules()
{
    const QByteArray json = R"({"rules": [
        {"id": "roaming-on", "kind": "event-match", "where": "type:roaming-on", "severity": "warning"},
        {"id": "no-kp", "kind": "country-denied", "countries": ["KP"], "severity": "critical"},
        {"id": "in-fi", "kind": "country-denied", "countries": ["FI"], "severity": "info"}
    ]})";
    QStringList errors;
    const std::optional<roamdesk::RuleSet> set =
        roamdesk::RuleSet::fromJson(json, QStringLiteral("test-rules.json"), &errors);
    if (!set)
        qFatal("rules do not validate: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *set;
}

} // namespace alerttest
