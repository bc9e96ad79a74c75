#pragma once

#include "models/alert.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <limits>
#include <map>
#include <optional>

namespace roamdesk {

/// The alerts, kept in a table of the notification store's file on a connection of their own (so the
/// receiver's writer is never held up by them). One active (open or acknowledged) alert per (rule, device)
/// at a time, which a unique partial index enforces as well. Ids are handed out here, not by the database,
/// and times are milliseconds since the epoch: the SQL stays portable to the PostgreSQL backend.
/// Not thread-safe: one instance per thread, the writer being AlertService's worker.
class AlertStore final
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::AlertStore)

public:
    AlertStore();
    ~AlertStore();
    AlertStore(const AlertStore &) = delete;
    AlertStore &operator=(const AlertStore &) = delete;

    /// Opens `path` (the notification store's file) and creates the alerts table and its indexes if needed.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    /// What applying a hit did.
    struct Applied
    {
        Alert alert; // as stored now
        bool isNew = false; // opened by this hit (else a repeat of the active one)
    };
    /// Repeats the active alert of the hit's (rule, device) (count, newest time, seq and message), or opens a
    /// new one when none stands. Null on a database error.
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
    /// How many alerts are in `state`.
    qint64 count(AlertState state);

    /// The highest notification seq whose hits are stored: events up to it are not evaluated again after a
    /// restart (their hits would count twice).
    qint64 evaluatedSeq();
    bool setEvaluatedSeq(qint64 seq);
    /// One commit for many writes (the hits of one batch of notifications). Not nested.
    bool begin();
    bool commit();

    static constexpr qint64 NoId = std::numeric_limits<qint64>::max();

private:
    bool exec(const QString &sql);
    bool fail(const QString &what, const QSqlQuery &query);
    QList<Alert> readAll(QSqlQuery &query);
    QSqlQuery &prepared(const QString &sql);
    qint64 nextId();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_lastError;
    std::map<QString, QSqlQuery> m_statements; // prepared once per connection (QSqlQuery moves, never copies)
};

} // namespace roamdesk
