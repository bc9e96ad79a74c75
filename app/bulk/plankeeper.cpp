#include "app/bulk/plankeeper.h"

#include "app/client/apicall.h"
#include "app/client/roamingclient.h"
#include "app/store/sqlitenotificationstore.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcRoamDeskPlan, "roamdesk.plan")

namespace roamdesk::bulk {

using api::ApiCall;

QJsonObject PlanLogEntry::toJson() const
{
    QJsonObject object = action.toJson();
    if (action.kind == PlanAction::Kind::Create || action.kind == PlanAction::Kind::Renew) {
        object.insert(QStringLiteral("subscriptionId"), resultId.isEmpty() ? QJsonValue() : resultId);
        if (action.kind == PlanAction::Kind::Renew)
            object.insert(QStringLiteral("replaces"), action.subscriptionId);
    }
    if (!ok)
        object.insert(QStringLiteral("error"), error);
    if (dryRun)
        object.insert(QStringLiteral("dryRun"), true);
    return object;
}

PlanKeeper::PlanKeeper(api::RoamingClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

// Calls still running are left to finish on their own (they belong to the client): a keeper that goes away
// mid-pass behaves like a process that stopped, which is what the journal is there for.
PlanKeeper::~PlanKeeper() = default;

void PlanKeeper::setPlan(const SubscriptionPlan &plan)
{
    m_plan = plan;
    m_slots.clear();
    const QList<PlanSlot> wantedSlots = plan.planSlots();
    for (const PlanSlot &slot : wantedSlots)
        m_slots.insert(slot.key(), PlanSlotState{slot, QString(), false, QString(), QString()});
    Q_EMIT slotsChanged();
}

QString PlanKeeper::defaultJournalPath(const QString &planName)
{
    return QFileInfo(SqliteNotificationStore::defaultPath()).absolutePath() + QStringLiteral("/plans/") + planName
        + QStringLiteral(".journal.json");
}

void PlanKeeper::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_journal = PlanJournal{};
    m_journalLoaded = false;
}

void PlanKeeper::setActivationPolling(int attempts, int intervalMs)
{
    m_activationAttempts = qMax(0, attempts);
    m_activationIntervalMs = qMax(0, intervalMs);
}

void PlanKeeper::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runOnce();
}

void PlanKeeper::stop()
{
    m_timer.stop();
}

QList<PlanSlotState> PlanKeeper::slotStates() const
{
    QList<PlanSlotState> states;
    const QList<PlanSlot> wantedSlots = m_plan.planSlots();
    for (const PlanSlot &slot : wantedSlots)
        states.append(m_slots.value(slot.key(), PlanSlotState{slot, QString(), false, QString(), QString()}));
    return states;
}

bool PlanKeeper::runOnce()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_noAnswer = false;
    m_errors.clear();
    m_pending.clear();
    if (!m_journalLoaded && !m_journalPath.isEmpty()) {
        QString error;
        const std::optional<PlanJournal> journal = PlanJournal::load(m_journalPath, &error);
        if (!journal) {
            m_errors << error;
            finishPass();
            return true;
        }
        m_journal = *journal;
    }
    m_journalLoaded = true;
    ApiCall *call = m_client->listSubscriptions();
    call->setAutoDelete(true);
    connect(call, &ApiCall::finished, this, [this, call] { onListed(call); });
    return true;
}

void PlanKeeper::onListed(ApiCall *call)
{
    const QList<Subscription> *listed = call->subscriptions();
    if (!listed) {
        noteFailure(call);
        m_errors << tr("The subscriptions could not be listed: %1").arg(call->error().userMessage());
        finishPass();
        return;
    }
    PlanEvidence evidence;
    if (m_evidence) {
        QStringList ids;
        for (const Subscription &subscription : *listed) {
            if (m_plan.generationOf(subscription.sink))
                ids << subscription.id;
        }
        for (const PlanJournalEntry &entry : std::as_const(m_journal.entries)) {
            if (!entry.subscriptionId.isEmpty() && !ids.contains(entry.subscriptionId))
                ids << entry.subscriptionId;
        }
        evidence = m_evidence(ids);
    }
    const PlanDecision decision = PlanReconciler::reconcile(m_plan, *listed, m_journal, m_clock->now(), evidence);
    for (auto it = decision.ended.cbegin(); it != decision.ended.cend(); ++it)
        qCInfo(lcRoamDeskPlan).noquote() << "plan" << m_plan.name << "slot" << it.key()
                                         << "ended:" << (it.value().isEmpty() ? QStringLiteral("unknown") : it.value());
    if (!m_dryRun) {
        const bool changed = !(decision.journal.toJson() == m_journal.toJson());
        m_journal = decision.journal;
        if (changed)
            saveJournal();
    }
    if (!m_dryRun) {
        // Coverage as the list shows it; the actions' outcomes refine it.
        for (PlanSlotState &state : m_slots) {
            state.covered = false;
            state.subscriptionId.clear();
        }
        for (const PlanAction &action : decision.actions) {
            auto it = m_slots.find(action.slotKey);
            if (it != m_slots.end()
                && (action.kind == PlanAction::Kind::Keep || action.kind == PlanAction::Kind::Renew)) {
                it->covered = true;
                it->subscriptionId = action.subscriptionId;
            }
        }
    }
    m_pending = decision.actions;
    nextAction();
}

void PlanKeeper::nextAction()
{
    // A loop, not recursion: a large plan in steady state is tens of thousands of keeps in a row.
    while (!m_pending.isEmpty()) {
        const PlanAction action = m_pending.takeFirst();
        if (m_dryRun || action.kind == PlanAction::Kind::Keep || action.kind == PlanAction::Kind::Wait) {
            logEntry({m_clock->now(), action, QString(), true, QString(), m_dryRun});
            continue;
        }
        if (action.kind == PlanAction::Kind::Delete) {
            remove(action.subscriptionId, action, QString());
            return;
        }
        // Consecutive creates go out together: one journal write for their intents, one for their ids.
        QList<PlanAction> batch{action};
        while (action.kind == PlanAction::Kind::Create && batch.size() < CreateBatch && !m_pending.isEmpty()
            && m_pending.constFirst().kind == PlanAction::Kind::Create)
            batch.append(m_pending.takeFirst());
        if (createBatch(batch))
            return;
    }
    finishPass();
}

QString PlanKeeper::sinkToken() const
{
    switch (m_plan.sinkToken.source) {
    case PlanSinkToken::Source::None:
        return QString();
    case PlanSinkToken::Source::Environment:
        return QProcessEnvironment::systemEnvironment().value(m_plan.sinkToken.variable);
    case PlanSinkToken::Source::Generated: {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    }
    return QString();
}

std::optional<SubscriptionRequest> PlanKeeper::prepare(const PlanAction &action, const QDateTime &now)
{
    SubscriptionRequest request;
    request.sink = m_plan.sinkFor(action.generation);
    request.types = QStringList{eventtype::toWire(*action.type)};
    request.config.device = action.device;
    if (m_plan.expireAfterSeconds)
        request.config.subscriptionExpireTime = now.addSecs(*m_plan.expireAfterSeconds);
    request.config.subscriptionMaxEvents = m_plan.maxEvents;

    PlanJournalEntry intent;
    intent.slotKey = action.slotKey;
    intent.generation = action.generation;
    intent.requestedAt = now;
    intent.expireTime = request.config.subscriptionExpireTime;
    intent.maxEvents = m_plan.maxEvents;
    if (m_plan.sinkToken.source != PlanSinkToken::Source::None) {
        const QString token = sinkToken();
        if (token.isEmpty()) {
            logEntry({now, action, QString(), false,
                tr("The environment variable %1 holding the sink token is not set.").arg(m_plan.sinkToken.variable)});
            return std::nullopt;
        }
        SinkCredential credential;
        credential.accessToken = token;
        credential.accessTokenExpiresUtc = now.addSecs(m_plan.sinkToken.validForSeconds);
        request.sinkCredential = credential;
        intent.tokenExpiresAt = credential.accessTokenExpiresUtc;
    }
    m_journal.nextGeneration = qMax(m_journal.nextGeneration, action.generation + 1);
    m_journal.entries.append(intent);
    return request;
}

bool PlanKeeper::createBatch(const QList<PlanAction> &actions)
{
    const QDateTime now = m_clock->now();
    QList<std::pair<PlanAction, SubscriptionRequest>> ready;
    for (const PlanAction &action : actions) {
        if (std::optional<SubscriptionRequest> request = prepare(action, now))
            ready.append({action, *request});
    }
    if (ready.isEmpty())
        return false;
    // The intents are on disk before any request leaves: a crash from here on is recognised by the generation.
    if (!saveJournal()) {
        for (const auto &[action, request] : std::as_const(ready)) {
            const qint64 generation = action.generation;
            m_journal.entries.removeIf([generation](const PlanJournalEntry &e) { return e.generation == generation; });
            logEntry({now, action, QString(), false, m_errors.constLast()});
        }
        return false;
    }
    m_outstandingCreates = int(ready.size());
    for (const auto &[action, request] : std::as_const(ready))
        send(action, request);
    return true;
}

void PlanKeeper::send(const PlanAction &action, const SubscriptionRequest &request)
{
    // The initial event can reach the sink before the 201 reaches us: the token is made known first.
    const QString token = request.sinkCredential ? request.sinkCredential->accessToken : QString();
    const QString provisionalId =
        m_tokenHooks.pending && !token.isEmpty() ? m_tokenHooks.pending(token, request.sink, request.types) : QString();
    ApiCall *call = m_client->createSubscription(request);
    call->setAutoDelete(true);
    connect(call, &ApiCall::finished, this, [this, call, action, request] { onCreated(call, action, request); });
    if (!provisionalId.isEmpty() && m_tokenHooks.settled) {
        // Connected to the call, not to this keeper: the provisional entry goes even if the keeper went first.
        connect(call, &ApiCall::finished, call,
            [settled = m_tokenHooks.settled, provisionalId] { settled(provisionalId); });
    }
    Q_EMIT createSent(action.generation);
}

void PlanKeeper::onCreated(ApiCall *call, const PlanAction &action, const SubscriptionRequest &request)
{
    --m_outstandingCreates;
    const qint64 generation = action.generation;
    QString id;
    bool active = false;
    if (const Subscription *subscription = call->subscription()) {
        id = subscription->id;
        active = !subscription->status || *subscription->status == SubscriptionStatus::Active;
    } else if (const api::AsyncAccepted *accepted = call->accepted()) {
        id = accepted->id;
    }
    if (id.isEmpty()) {
        noteFailure(call);
        const ApiError error = call->error();
        // Refused by the API: nothing was created. Without an answer it may have been: the intent stays, and
        // the next pass finds the subscription by its generation or forgets the intent.
        if (!error.isTransport() || call->refusedBeforeSending())
            m_journal.entries.removeIf([generation](const PlanJournalEntry &e) { return e.generation == generation; });
        logEntry({m_clock->now(), action, QString(), false, error.userMessage()});
        if (m_outstandingCreates == 0) {
            saveJournal();
            nextAction();
        }
        return;
    }
    if (PlanJournalEntry *entry = m_journal.find(generation))
        entry->subscriptionId = id;
    if (m_tokenHooks.created && request.sinkCredential) {
        Subscription created = call->subscription() ? *call->subscription() : Subscription{};
        created.id = id;
        if (created.sink.isEmpty()) {
            created.sink = request.sink;
            created.types = request.types;
        }
        if (!created.config.device)
            created.config.device = request.config.device;
        m_tokenHooks.created(created, request.sinkCredential->accessToken);
    }
    const PlanLogEntry created{m_clock->now(), action, id, true, QString()};
    logEntry(created);
    if (action.kind == PlanAction::Kind::Create) {
        if (m_outstandingCreates == 0) {
            saveJournal();
            nextAction();
        }
        return;
    }
    saveJournal();
    if (active)
        remove(action.subscriptionId, action, id);
    else
        awaitActive(id, action, m_activationAttempts);
}

void PlanKeeper::awaitActive(const QString &id, const PlanAction &action, int attemptsLeft)
{
    if (attemptsLeft <= 0) {
        // The old one stays until a later pass sees the new one active.
        qCInfo(lcRoamDeskPlan).noquote() << "plan" << m_plan.name << "subscription" << id
                                         << "not active yet; the one it replaces stays";
        nextAction();
        return;
    }
    QTimer::singleShot(m_activationIntervalMs, this, [this, id, action, attemptsLeft] {
        ApiCall *call = m_client->getSubscription(id);
        call->setAutoDelete(true);
        connect(call, &ApiCall::finished, this, [this, call, id, action, attemptsLeft] {
            const Subscription *subscription = call->subscription();
            if (subscription && (!subscription->status || *subscription->status == SubscriptionStatus::Active))
                remove(action.subscriptionId, action, id);
            else
                awaitActive(id, action, attemptsLeft - 1);
        });
    });
}

void PlanKeeper::remove(const QString &id, const PlanAction &action, const QString &replacementId)
{
    ApiCall *call = m_client->deleteSubscription(id);
    call->setAutoDelete(true);
    connect(call, &ApiCall::finished, this, [this, call, id, action, replacementId] {
        const ApiError error = call->error();
        // Gone already is as good as deleted.
        const bool ok = call->ok() || call->httpStatus() == 404;
        if (!ok)
            noteFailure(call);
        if (ok) {
            m_journal.entries.removeIf([&id](const PlanJournalEntry &e) { return e.subscriptionId == id; });
            saveJournal();
        }
        PlanAction logged = action;
        if (action.kind == PlanAction::Kind::Renew) {
            // The renewal's second half: the replaced subscription is deleted.
            logged.kind = PlanAction::Kind::Delete;
            logged.reason = QStringLiteral("replaced");
            logged.detail = replacementId;
        }
        logEntry({m_clock->now(), logged, QString(), ok, ok ? QString() : error.userMessage()});
        nextAction();
    });
}

void PlanKeeper::logEntry(const PlanLogEntry &entry)
{
    if (!entry.ok)
        m_errors << entry.error;
    m_log.append(entry);
    // The newest 10,000 or so, trimmed in chunks so a long steady pass does not shift the list each time.
    if (m_log.size() > 12000)
        m_log.remove(0, m_log.size() - 10000);
    const PlanAction &action = entry.action;
    auto it = m_slots.find(action.slotKey);
    if (it != m_slots.end() && !entry.dryRun) {
        it->lastAction = PlanAction::kindName(action.kind);
        it->reason = action.reason;
        if (entry.ok) {
            if (action.kind == PlanAction::Kind::Create || action.kind == PlanAction::Kind::Renew) {
                it->subscriptionId = entry.resultId;
                it->covered = true;
            }
        } else if (action.kind == PlanAction::Kind::Create) {
            it->covered = false;
            it->subscriptionId.clear();
        }
    }
    qCInfo(lcRoamDeskPlan).noquote() << "plan" << m_plan.name << PlanAction::kindName(action.kind)
                                     << (entry.resultId.isEmpty() ? action.subscriptionId : entry.resultId)
                                     << action.reason << action.detail << (entry.ok ? QString() : entry.error);
    Q_EMIT actionLogged(entry);
    Q_EMIT slotsChanged();
}

void PlanKeeper::noteFailure(const ApiCall *call)
{
    const ApiError error = call->error();
    if (error.isTransport() && error.transport != ApiError::Transport::InvalidBody && !call->refusedBeforeSending())
        m_noAnswer = true;
}

void PlanKeeper::finishPass()
{
    m_busy = false;
    Q_EMIT passFinished(m_errors.join(QStringLiteral("; ")));
}

bool PlanKeeper::saveJournal()
{
    if (m_dryRun || m_journalPath.isEmpty())
        return true;
    QString error;
    if (m_journal.save(m_journalPath, &error))
        return true;
    qCWarning(lcRoamDeskPlan).noquote() << error;
    m_errors << error;
    return false;
}

} // namespace roamdesk::bulk
