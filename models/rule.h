#pragma once

#include "models/alert.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace roamdesk {

struct NotificationLogRecord;

/// An event time as a UTC QDateTime, made per event and per hit. Qt 6.4's QTimeZone::utc() is a full time zone
/// (a lookup, and a QDateTime that allocates and converts on every comparison); from Qt 6.5 it is the light UTC
/// spec that Qt::UTC gives 6.4.
inline QDateTime ruleTime(qint64 ms)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#endif
}

/// The built-in kinds of rule.
enum class RuleKind : quint8 {
    CountryDenied, // a device is in one of `countries`
    ImpossibleTravel, // two consecutive countries further apart than `maxSpeedKmh` allows
    CountryHopping, // more than `changes` country changes within `hours`
    RoamingHours, // roaming-on outside `from`–`to` on `days` in `timezone`
    StaleStatus, // no event or lookup for `hours`
    SubscriptionEnding, // a subscription ended (not deleted) or ends within `hours`
    FairUse, // share of time abroad over the last `days` above `ratio`
    EventMatch, // any event matching `where`
};

namespace rulekind {
QString toWire(RuleKind kind); // "country-denied", …
std::optional<RuleKind> fromWire(const QString &text);
QList<RuleKind> all();
AlertSeverity defaultSeverity(RuleKind kind);
} // namespace rulekind

/// One rule of a rules file, with its parameters decoded (defaults filled in) and its `where` compiled.
struct Rule
{
    QString id;
    RuleKind kind = RuleKind::EventMatch;
    AlertSeverity severity = AlertSeverity::Warning;
    QString where; // the filter expression as written; empty: every event
    /// The compiled `where`; null when there is none.
    std::function<bool(const NotificationLogRecord &)> whereMatches;

    QStringList countries; // country-denied: ISO 3166-1 alpha-2
    double maxSpeedKmh = 1000; // impossible-travel
    int changes = 3; // country-hopping
    double hours = 24; // country-hopping, stale-status, subscription-ending
    QTime from; // roaming-hours: allowed from (local time, inclusive)
    QTime to; // roaming-hours: allowed until (exclusive); to <= from spans midnight
    QList<int> days; // roaming-hours: allowed days, 1 = Monday … 7 = Sunday
    QTimeZone timeZone; // roaming-hours
    double windowDays = 120; // fair-use: `days`
    double ratio = 0.5; // fair-use

    /// The rule as a rules file holds it.
    QJsonObject toJson() const;
    /// True when the record passes `where` (or there is none).
    bool passes(const NotificationLogRecord &record) const;
};

/// A rules file: {"rules": [ {...}, … ]}. Validation names the file, the rule (id, else index) and the field of
/// every error, e.g. "rules.json: rule 'no-kp': countries: 'XX' is not an ISO 3166 alpha-2 code".
struct RuleSet
{
    QList<Rule> rules;

    QJsonObject toJson() const;
    /// Every error found (not only the first); nullopt when there is any.
    static std::optional<RuleSet> fromJson(const QByteArray &json, const QString &fileName, QStringList *errors);
};

} // namespace roamdesk
