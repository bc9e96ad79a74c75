#include "app/bulk/planreconciler.h"

#include "models/datetime.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace roamdesk::bulk {

namespace {

struct Listed
{
    Subscription subscription;
    qint64 generation = 0;
    QString slotKey;
};

bool isEnded(const Subscription &subscription)
{
    return subscription.status == SubscriptionStatus::Expired || subscription.status == SubscriptionStatus::Deleted;
}

/// Active, or no status given (v0.7 servers may omit it).
bool isCovering(const Subscription &subscription)
{
    return !subscription.status || *subscription.status == SubscriptionStatus::Active;
}

std::optional<QDateTime> expiryOf(const Subscription &subscription, const PlanJournalEntry *entry)
{
    if (subscription.expiresAt)
        return subscription.expiresAt;
    if (subscription.config.subscriptionExpireTime)
        return subscription.config.subscriptionExpireTime;
    return entry ? entry->expireTime : std::nullopt;
}

PlanAction action(PlanAction::Kind kind, const QString &slotKey, const std::optional<Device> &device,
    std::optional<EventType> type, const QString &id, const QString &reason, const QString &detail = QString())
{
    PlanAction result;
    result.kind = kind;
    result.slotKey = slotKey;
    result.device = device;
    result.type = type;
    result.subscriptionId = id;
    result.reason = reason;
    result.detail = detail;
    return result;
}

/// The reason to replace a covering subscription ahead of its end, or nullopt to keep it.
std::optional<std::pair<QString, QString>> renewReason(const SubscriptionPlan &plan, const Subscription &subscription,
    const PlanJournalEntry *entry, const QDateTime &now, const PlanEvidence &evidence)
{
    if (const auto expiry = expiryOf(subscription, entry);
        expiry && now.secsTo(*expiry) <= plan.renew.beforeExpirySeconds)
        return std::pair{QStringLiteral("expiry"), rfc3339::format(*expiry)};
    const std::optional<int> max = subscription.config.subscriptionMaxEvents
        ? subscription.config.subscriptionMaxEvents
        : (entry ? entry->maxEvents : std::nullopt);
    const int events = evidence.eventCounts.value(subscription.id, 0);
    if (max && events >= *max - plan.renew.eventsBeforeMax)
        return std::pair{QStringLiteral("max-events"), QStringLiteral("%1 of %2").arg(events).arg(*max)};
    if (entry && entry->tokenExpiresAt && now.secsTo(*entry->tokenExpiresAt) <= plan.renew.beforeTokenExpirySeconds)
        return std::pair{QStringLiteral("token-expiry"), rfc3339::format(*entry->tokenExpiresAt)};
    return std::nullopt;
}

} // namespace

QString PlanAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Renew:
        return QStringLiteral("renew");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Keep:
        return QStringLiteral("keep");
    case Kind::Wait:
        return QStringLiteral("wait");
    }
    return QString();
}

QJsonObject PlanAction::toJson() const
{
    QJsonObject object{{QStringLiteral("action"), kindName(kind)}, {QStringLiteral("reason"), reason}};
    object.insert(QStringLiteral("subscriptionId"), subscriptionId.isEmpty() ? QJsonValue() : subscriptionId);
    if (device)
        object.insert(QStringLiteral("device"), device->toJson());
    if (type)
        object.insert(QStringLiteral("type"), eventtype::toWire(*type));
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    return object;
}

PlanDecision PlanReconciler::reconcile(const SubscriptionPlan &plan, const QList<Subscription> &listed,
    const PlanJournal &journal, const QDateTime &now, const PlanEvidence &evidence)
{
    PlanDecision decision;
    decision.journal = journal;
    decision.journal.planName = plan.name;
    PlanJournal &next = decision.journal;

    // The plan's own live subscriptions, by their generation.
    QMap<qint64, Listed> ours;
    for (const Subscription &subscription : listed) {
        const std::optional<qint64> generation = plan.generationOf(subscription.sink);
        if (!generation || isEnded(subscription) || subscription.types.size() != 1)
            continue;
        const std::optional<EventType> type = eventtype::fromString(subscription.types.constFirst());
        const Device device = subscription.config.device.value_or(Device{});
        if (!type)
            continue;
        ours.insert(*generation, {subscription, *generation, PlanSlot::keyOf(device, *type)});
    }

    // The journal against the list: intents found created are adopted, created ones no longer listed ended.
    QList<PlanJournalEntry> kept;
    for (PlanJournalEntry entry : std::as_const(next.entries)) {
        const auto it = ours.constFind(entry.generation);
        if (it != ours.cend()) {
            entry.subscriptionId = it->subscription.id;
            kept.append(entry);
        } else if (!entry.subscriptionId.isEmpty()) {
            decision.ended.insert(entry.slotKey, evidence.endReasons.value(entry.subscriptionId));
        }
        // An intent with nothing listed never reached the API (or failed there): forgotten, the slot is missing.
    }
    next.entries = kept;
    QSet<qint64> journaled;
    for (const PlanJournalEntry &entry : std::as_const(next.entries))
        journaled.insert(entry.generation);
    for (const Listed &item : std::as_const(ours)) {
        if (!journaled.contains(item.generation)) {
            PlanJournalEntry adopted;
            adopted.slotKey = item.slotKey;
            adopted.generation = item.generation;
            adopted.subscriptionId = item.subscription.id;
            adopted.requestedAt = item.subscription.startsAt.value_or(now);
            adopted.expireTime = expiryOf(item.subscription, nullptr);
            adopted.maxEvents = item.subscription.config.subscriptionMaxEvents;
            next.entries.append(adopted);
        }
        next.nextGeneration = qMax(next.nextGeneration, item.generation + 1);
    }

    // Subscriptions of wantedSlots the plan no longer has go first.
    QSet<QString> wanted;
    const QList<PlanSlot> wantedSlots = plan.planSlots();
    for (const PlanSlot &slot : wantedSlots)
        wanted.insert(slot.key());
    for (const Listed &item : std::as_const(ours)) {
        if (!wanted.contains(item.slotKey)) {
            const Subscription &s = item.subscription;
            decision.actions.append(action(PlanAction::Kind::Delete, item.slotKey, s.config.device,
                eventtype::fromString(s.types.constFirst()), s.id, QStringLiteral("extra")));
        }
    }

    QHash<QString, QList<Listed>> bySlot;
    for (const Listed &item : std::as_const(ours))
        bySlot[item.slotKey].append(item);
    QHash<qint64, const PlanJournalEntry *> entries;
    for (const PlanJournalEntry &entry : std::as_const(next.entries))
        entries.insert(entry.generation, &entry);
    for (const PlanSlot &slot : wantedSlots) {
        const QString key = slot.key();
        QList<Listed> live = bySlot.value(key);
        std::sort(
            live.begin(), live.end(), [](const Listed &a, const Listed &b) { return a.generation > b.generation; });
        if (live.isEmpty()) {
            PlanAction create = action(PlanAction::Kind::Create, key, slot.device, slot.type, QString(),
                decision.ended.contains(key) ? QStringLiteral("ended") : QStringLiteral("missing"),
                decision.ended.value(key));
            create.generation = next.nextGeneration++;
            decision.actions.append(create);
            continue;
        }
        const Subscription &current = live.constFirst().subscription;
        if (!isCovering(current)) {
            // The newest is still being activated: the older ones keep covering until it is.
            decision.actions.append(
                action(PlanAction::Kind::Wait, key, slot.device, slot.type, current.id, QStringLiteral("activating")));
            for (qsizetype i = 1; i < live.size(); ++i)
                decision.actions.append(action(PlanAction::Kind::Keep, key, slot.device, slot.type,
                    live.at(i).subscription.id, QStringLiteral("active")));
            continue;
        }
        // A renewal finished (possibly by an earlier run that stopped before deleting): the older ones go.
        for (qsizetype i = 1; i < live.size(); ++i)
            decision.actions.append(action(PlanAction::Kind::Delete, key, slot.device, slot.type,
                live.at(i).subscription.id, QStringLiteral("replaced"), current.id));
        const PlanJournalEntry *entry = entries.value(live.constFirst().generation);
        if (const auto why = renewReason(plan, current, entry, now, evidence)) {
            PlanAction renew =
                action(PlanAction::Kind::Renew, key, slot.device, slot.type, current.id, why->first, why->second);
            renew.generation = next.nextGeneration++;
            decision.actions.append(renew);
        } else {
            decision.actions.append(
                action(PlanAction::Kind::Keep, key, slot.device, slot.type, current.id, QStringLiteral("active")));
        }
    }
    return decision;
}

} // namespace roamdesk::bulk
