#pragma once

#include "app/bulk/planjournal.h"
#include "app/bulk/planreconciler.h"
#include "app/common/clock.h"
#include "models/subscriptionplan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcRoamDeskPlan)

namespace roamdesk::api {
class ApiCall;
class RoamingClient;
} // namespace roamdesk::api

namespace roamdesk::bulk {

/// One line of the keeper's action log: what was decided, and what came of it.
struct PlanLogEntry
{
    QDateTime time;
    PlanAction action;
    QString resultId; // Create/Renew: the new subscription's id
    bool ok = true;
    QString error;
    bool dryRun = false;

    /// PlanAction::toJson() with the new id as subscriptionId (Create/Renew), "replaces", and "error".
    QJsonObject toJson() const;
};

/// How well a slot is covered, for the plan view.
struct PlanSlotState
{
    PlanSlot slot;
    QString subscriptionId; // the current one, empty when none
    bool covered = false;
    QString lastAction; // PlanAction::kindName of the last action on the slot
    QString reason;
};

/// Keeps a SubscriptionPlan true through the real client: each pass lists the API's subscriptions, reconciles
/// (PlanReconciler) and applies the actions one by one. A renewal creates the new subscription first and deletes
/// the old one only once the new one is ACTIVE, so the slot is never uncovered. Every create is written to the
/// journal before it is sent and again with its id, and the sink carries the plan's tag and the generation, so a
/// keeper destroyed at any point and started again adopts what was created instead of creating it twice.
class PlanKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanKeeper)

public:
    PlanKeeper(api::RoamingClient *client, const Clock *clock, QObject *parent = nullptr);
    ~PlanKeeper() override;

    void setPlan(const SubscriptionPlan &plan);
    const SubscriptionPlan &plan() const { return m_plan; }
    /// The journal file; empty keeps the journal in memory only.
    /// The journal is read again at the next pass.
    void setJournalPath(const QString &path);
    /// plans/<name>.journal.json in the notification store's folder, shared by the window and roamdesk-cli.
    static QString defaultJournalPath(const QString &planName);
    QString journalPath() const { return m_journalPath; }
    /// Dry run: only the list is requested; the actions are logged, nothing is created, deleted or journaled.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    /// What the store knows (events counted, ends seen) of these subscriptions; asked once per pass with the
    /// plan's subscriptions in the API's list and in the journal.
    using EvidenceSource = std::function<PlanEvidence(const QStringList &subscriptionIds)>;
    void setEvidenceSource(EvidenceSource source) { m_evidence = std::move(source); }
    /// Who must know a sink token before the network uses it (the local receiver): told before each create
    /// (`pending` returns a provisional id), on success with the subscription, and once the call answered.
    struct SinkTokenHooks
    {
        std::function<QString(const QString &token, const QString &sink, const QStringList &types)> pending;
        std::function<void(const Subscription &subscription, const QString &token)> created;
        std::function<void(const QString &provisionalId)> settled;
    };
    void setSinkTokenHooks(SinkTokenHooks hooks) { m_tokenHooks = std::move(hooks); }
    /// How often, and how far apart, a new subscription is asked for until it is ACTIVE before the pass moves on.
    void setActivationPolling(int attempts, int intervalMs);

    /// Starts one pass; false when one is running.
    bool runOnce();
    bool isBusy() const { return m_busy; }
    /// The last pass failed because a call got no answer at all (connection refused, timeout, TLS), not an error.
    bool lastPassGotNoAnswer() const { return m_noAnswer; }
    /// Runs a pass now and then every `intervalMs` until stop().
    void start(int intervalMs);
    void stop();

    QList<PlanLogEntry> log() const { return m_log; }
    QList<PlanSlotState> slotStates() const;
    const PlanJournal &journal() const { return m_journal; }

Q_SIGNALS:
    void actionLogged(const roamdesk::bulk::PlanLogEntry &entry);
    /// A create was sent and its answer is awaited (the journal holds the intent only).
    void createSent(qint64 generation);
    /// A pass ended; `error` is empty when every action succeeded.
    void passFinished(const QString &error);
    void slotsChanged();

private:
    void onListed(api::ApiCall *call);
    void nextAction();
    /// The request for a Create/Renew, its intent appended to the journal (not saved); nullopt (logged) when
    /// it cannot be made.
    std::optional<SubscriptionRequest> prepare(const PlanAction &action, const QDateTime &now);
    /// Saves the intents, then sends every request; false when nothing was sent.
    bool createBatch(const QList<PlanAction> &actions);
    void send(const PlanAction &action, const SubscriptionRequest &request);
    void onCreated(api::ApiCall *call, const PlanAction &action, const SubscriptionRequest &request);
    void awaitActive(const QString &id, const PlanAction &action, int attemptsLeft);
    void remove(const QString &id, const PlanAction &action, const QString &reasonForLog);
    void logEntry(const PlanLogEntry &entry);
    void finishPass();
    /// Notes a failed call's kind for lastPassGotNoAnswer().
    void noteFailure(const api::ApiCall *call);
    bool saveJournal();
    QString sinkToken() const;

    api::RoamingClient *m_client;
    const Clock *m_clock;
    SubscriptionPlan m_plan;
    QString m_journalPath;
    bool m_dryRun = false;
    EvidenceSource m_evidence;
    SinkTokenHooks m_tokenHooks;
    int m_activationAttempts = 10;
    int m_activationIntervalMs = 300;
    static constexpr int CreateBatch = 16; // creates in flight together
    int m_outstandingCreates = 0;
    bool m_noAnswer = false;

    PlanJournal m_journal;
    bool m_journalLoaded = false;
    bool m_busy = false;
    QList<PlanAction> m_pending;
    QStringList m_errors;
    QList<PlanLogEntry> m_log;
    QHash<QString, PlanSlotState> m_slots;
    QTimer m_timer;
};

} // namespace roamdesk::bulk
