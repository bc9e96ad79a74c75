#pragma once

#include "app/bulk/planjournal.h"
#include "models/subscription.h"
#include "models/subscriptionplan.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace roamdesk::bulk {

/// One step towards the plan. Renew is a Create that replaces `subscriptionId` once the new one is active.
struct PlanAction
{
    enum class Kind { Create, Renew, Delete, Keep, Wait };
    Kind kind = Kind::Keep;
    QString slotKey;
    std::optional<Device> device;
    std::optional<EventType> type;
    QString subscriptionId; // Keep, Wait, Delete: that subscription; Renew: the one replaced
    qint64 generation = 0; // Create, Renew: of the subscription to create
    /// Why, as a stable word for scripts: missing, ended, expiry, max-events, token-expiry, extra, replaced,
    /// active, activating.
    QString reason;
    QString detail; // e.g. the termination reason, the expiry time, "9 of 10 events"

    static QString kindName(Kind kind); // "create", "renew", "delete", "keep", "wait"
    /// {action, subscriptionId, device, type, reason, detail}: what `plan apply` prints per line.
    QJsonObject toJson() const;
};

/// What the keeper learnt outside the API's list: events counted per subscription (notification store) and
/// why subscriptions ended (their subscription-ends notifications).
struct PlanEvidence
{
    QHash<QString, int> eventCounts;
    QHash<QString, QString> endReasons;
};

/// The reconciler's answer: the actions in order (deletes of extras first, then per slot), and the journal
/// with what the list taught (intents found created, ends forgotten, subscriptions adopted).
struct PlanDecision
{
    QList<PlanAction> actions;
    PlanJournal journal;
    /// Ends seen in this round (slot key -> termination reason), for the log.
    QHash<QString, QString> ended;
};

/// Pure: the desired plan, the API's subscriptions, the journal and the time in, the actions out. A subscription
/// is the plan's when its sink carries the plan's tag; its slot is its device and type; of several for one slot
/// the newest generation is current. No I/O, so every case is a data-driven test.
class PlanReconciler
{
public:
    static PlanDecision reconcile(const SubscriptionPlan &plan, const QList<Subscription> &listed,
        const PlanJournal &journal, const QDateTime &now, const PlanEvidence &evidence = {});
};

} // namespace roamdesk::bulk
