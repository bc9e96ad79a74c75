#pragma once

#include "app/store/storelocation.h"
#include "models/alert.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <limits>
#include <map>
#include <optional>

namespace roamdesk {

/// The alerts, kept in a table of the notification store (a SQLite file or a shared PostgreSQL database) on a
/// connection of their own (so the receiver's writer is never held up by them). One active (open or
/// acknowledged) alert per (rule, device) at a time, which a unique partial index enforces as well. Ids are
/// handed out here, not by the database, and times are milliseconds since the epoch: one portable SQL for both
/// backends. Every write runs in a transaction that serializes the alert writers (SQLite: BEGIN IMMEDIATE;
/// PostgreSQL: a transaction-scoped advisory lock), so several desks writing one store agree on ids and on
/// the one active alert. Each write stamps the alert with the next revision, and on PostgreSQL rings a
/// doorbell (NOTIFY roamdesk_alerts): other desks read what changed since the revision they last saw.
/// Not thread-safe: one instance per thread, the writer being AlertService's worker.
class AlertStore final
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::AlertStore)

public:
    AlertStore();
    ~AlertStore();
    AlertStore(const AlertStore &) = delete;
    AlertStore &operator=(const AlertStore &) = delete;

    /// The channel each committed alert change notifies (PostgreSQL).
    static constexpr char DoorbellChannel[] = "roamdesk_alerts";

    /// Opens the notification store `location` names and creates the alerts table and its indexes if needed.
    bool open(const StoreLocation &location);
    /// Same for a SQLite file.
    bool open(const QString &path);
    bool isShared() const { return m_location.isShared(); }
    StoreLocation location() const { return m_location; }
    /// Whether the connection still answers (a shared store's server may have restarted meanwhile).
    bool isAlive();
    /// The connection, for LISTEN on the doorbell; valid while open.
    QSqlDatabase database() const { return m_db; }
    void close();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    /// What applying a hit did.
    struct Applied
    {
        Alert alert; // as stored now
        bool isNew = false; // opened by this hit (else a repeat of the active one)
        bool alreadyStored = false; // the same finding stood already: nothing was written
    };
    /// Repeats the active alert of the hit's (rule, device) (count, newest time, seq and message), or opens a
    /// new one when none stands. A timer's hit with the standing alert's newest message is the same finding
    /// (another desk's timer, or this desk's before a restart, found it first) and changes nothing. Null on a
    /// database error.
    std::optional<Applied> applyHit(const RuleHit &hit);
    /// Inserts `alert` (id 0: an id is handed out) or replaces the stored one with its id. The stored alert
    /// (with its id), or null on a database error.
    std::optional<Alert> save(const Alert &alert);
    /// Moves these alerts to `state` by `by` at `at`, where the lifecycle allows it (acknowledge an open one;
    /// resolve or ignore an active one); returns those that moved, as stored now.
    QList<Alert> setState(const QList<qint64> &ids, AlertState state, const QString &by, const QDateTime &at);

    /// Up to `limit` alerts with id < beforeId, newest first (keyset paging on the primary key).
    QList<Alert> olderThan(qint64 beforeId, int limit);
    std::optional<Alert> byId(qint64 id);
    /// The active alert of (rule, device), if one stands.
    std::optional<Alert> activeFor(const QString &ruleId, const QString &device);
    /// Every active alert (what the in-memory lifecycle starts from after a restart).
    QList<Alert> active();
    /// Alerts changed (by any writer) after revision `afterRevision`, oldest change first, except those this
    /// instance wrote itself; `newest` gets the highest revision read (or stays as it is).
    QList<Alert> changedSince(qint64 afterRevision, qint64 *newest);
    /// The highest revision stored (0 when none).
    qint64 newestRevision();
    /// How many alerts are in `state`.
    qint64 count(AlertState state);

    /// The highest notification seq whose hits are stored: events up to it are not evaluated again after a
    /// restart (their hits would count twice).
    qint64 evaluatedSeq();
    bool setEvaluatedSeq(qint64 seq);
    /// One commit for many writes (the hits of one batch of notifications), holding the alert writers' lock.
    /// A write outside of it takes one of its own.
    bool begin();
    bool commit();
    bool inTransaction() const { return m_inTransaction; }

    static constexpr qint64 NoId = std::numeric_limits<qint64>::max();

private:
    bool exec(const QString &sql);
    bool fail(const QString &what, const QSqlQuery &query);
    QList<Alert> readAll(QSqlQuery &query, QList<qint64> *revisions = nullptr);
    QSqlQuery &prepared(const QString &sql);
    qint64 nextId();
    qint64 nextRevision();
    bool createSchema();
    bool isSqlite() const;

    /// Runs `write` inside begin()/commit() unless a transaction is open already.
    template <typename T>
    T writing(T failed, const std::function<T()> &write);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_lastError;
    StoreLocation m_location;
    bool m_inTransaction = false;
    bool m_changed = false; // a write in this transaction: ring the doorbell at commit
    QList<qint64> m_ownRevisions; // committed here and not yet read back by changedSince()
    QList<qint64> m_pendingRevisions; // written in the open transaction
    std::map<QString, QSqlQuery> m_statements; // prepared once per connection (QSqlQuery moves, never copies)
};

} // namespace roamdesk
