#pragma once

#include "models/alert.h"
#include "models/rule.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace roamdesk {

struct Device;
struct NotificationLogRecord;
struct RoamingStatus;
struct Subscription;

/// Evaluates a rule set on a device's history. Takes committed notifications in any order (each device's
/// history is kept ordered by event time, bounded by the longest window the rules need), lookups, the
/// subscriptions RoamDesk knows, and tick(now) for the rules about silence; returns the hits each raised.
/// Deterministic: the same inputs in the same order give the same hits, and a replay in event-time order gives
/// the hits a live run in that order gave. A silence hit carries the time the silence crossed the threshold
/// (last activity + hours), so it does not depend on how often tick() runs. Not thread-safe: one thread feeds it.
class RulesEngine
{
public:
    explicit RulesEngine(RuleSet rules);
    ~RulesEngine();
    RulesEngine(const RulesEngine &) = delete;
    RulesEngine &operator=(const RulesEngine &) = delete;

    const RuleSet &rules() const;

    /// One committed notification. The hits it raises, in rule order.
    QList<RuleHit> addRecord(const NotificationLogRecord &record);
    /// Many (a page from the store): ordered by event time, then seq, first; then as addRecord() on each.
    QList<RuleHit> addRecords(QList<NotificationLogRecord> records);
    /// A retrieve answer for `device` at `time`: it counts as activity, and a roaming status is evaluated
    /// like an event (seq 0).
    QList<RuleHit> addLookup(const Device &device, const RoamingStatus &status, const QDateTime &time);
    /// A subscription RoamDesk created or listed (kept by id; a newer copy replaces the older).
    void addSubscription(const Subscription &subscription);
    /// The rules about time passing (stale-status, subscription-ending, fair-use) at `now`. Each silence or
    /// approaching end is reported once.
    QList<RuleHit> tick(const QDateTime &now);

    /// Events evaluated so far (records and lookups).
    qint64 evaluatedCount() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace roamdesk
