#pragma once

#include "models/notificationlogsource.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace roamdesk {

/// A subscription created from RoamDesk, remembered so the receiver knows which sink token to accept
/// and which subscription an event belongs to. deletedAt set: the user deleted it here (events -> 410).
struct KnownSubscription
{
    QString id;
    /// The sink token in clear, only on its way in (remember): the store keeps its digest alone, and what
    /// is read back has sinkTokenDigest set and this empty.
    QString sinkToken;
    QByteArray sinkTokenDigest; // SHA-256 of the sink token; empty: created without a sink credential
    QString device; // Device::displayLabel()
    QStringList types; // wire names
    QString sink;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime deletedAt;

    bool isDeleted() const { return deletedAt.isValid(); }
    /// sinkTokenDigest, or the digest of sinkToken when only the token is set; empty without a token.
    QByteArray tokenDigest() const;
    /// The same subscription as it is kept: the digest set, no token in clear.
    KnownSubscription withoutClearToken() const;
    /// Compares tokens by digest: a subscription equals what the store reads back of it.
    bool operator==(const KnownSubscription &other) const;
};

/// The SHA-256 of a sink token: what the store keeps and what presented tokens are compared with.
QByteArray sinkTokenDigestOf(const QByteArray &token);

/// Outcome of one insert transaction: for each record its new seq, or 0 when (source, id) was stored before.
struct InsertResult
{
    bool ok = false;
    QString error; // for the local log only: names paths and SQLite's words, never for a remote peer
    QList<qint64> seqs;
};

/// The durable notification store: the log (NotificationLogSource) plus writes and the subscription
/// registry. One instance is one connection, used from one thread. Implemented over QtSql/SQLite by
/// SqliteNotificationStore; another SQL backend can implement the same interface.
class NotificationStore : public NotificationLogSource
{
public:
    enum class Durability {
        Normal, // WAL + synchronous=NORMAL: survives a process kill; a power cut may lose the last commits
        Full, // WAL + synchronous=FULL: every commit is on disk before it is acknowledged
    };

    ~NotificationStore() override = default;

    virtual bool isOpen() const = 0;
    virtual int schemaVersion() = 0;

    /// Stores the records in one transaction. Records whose (source, eventId) is already stored are not
    /// stored again (seq 0 in the result). All or nothing: on failure nothing is stored.
    virtual InsertResult insert(const QList<NotificationLogRecord> &records) = 0;
    /// Upkeep after the acknowledgement: a store that indexes committed rows for searching later (not in
    /// insert()) indexes up to `maxRows` of them here, in commit order, when at least `minPending` are waiting.
    /// Returns the rows indexed, -1 on failure. Reads stay correct without it (they catch up first).
    virtual int indexPending(int maxRows, int minPending = 1)
    {
        Q_UNUSED(maxRows);
        Q_UNUSED(minPending);
        return 0;
    }

    virtual bool rememberSubscription(const KnownSubscription &subscription) = 0;
    /// Removes the subscription and its token entirely (its events then count as unknown).
    virtual bool forgetSubscription(const QString &id) = 0;
    /// Keeps the subscription but marks it deleted by the user: its events are answered 410 GONE.
    virtual bool markSubscriptionDeleted(const QString &id, const QDateTime &when) = 0;
    virtual QList<KnownSubscription> subscriptions() = 0;
};

/// Makes a store connection on the calling thread (the writer thread opens its own).
using NotificationStoreFactory = std::function<std::unique_ptr<NotificationStore>(QString *error)>;

} // namespace roamdesk
