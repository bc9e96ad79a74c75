#pragma once

#include "app/store/notificationstore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QReadWriteLock>

namespace roamdesk {

/// The subscriptions created from RoamDesk and their sink tokens, cached in memory for the receiver
/// (which asks on every request) and persisted through a NotificationStore on the same thread.
/// Tokens are kept as SHA-256 digests for lookup, so matching a presented token takes the same time
/// whatever its content. Changes happen on the owner's thread; the lookups (find, tokenDigest,
/// subscriptionForDigest, all) may also be called from other threads (the receiver's request worker).
class SubscriptionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionRegistry)

public:
    /// `store` may be null: an in-memory registry (tests, a receiver without persistence).
    explicit SubscriptionRegistry(NotificationStore *store, QObject *parent = nullptr);

    /// Re-reads the store (another process may have changed it).
    bool reload();
    bool remember(const KnownSubscription &subscription);
    bool forget(const QString &id);
    /// The user deleted the subscription here: its events are answered 410 GONE from now on.
    bool markDeleted(const QString &id, const QDateTime &when);

    std::optional<KnownSubscription> find(const QString &id) const;
    QList<KnownSubscription> all() const;
    /// The SHA-256 of a sink token; what tokenDigest() and subscriptionForDigest() compare.
    static QByteArray digest(const QByteArray &token);
    /// The digest of a subscription's sink token, empty when it has none or is unknown.
    QByteArray tokenDigest(const QString &id) const;
    /// The subscription whose sink token has this digest, or empty.
    QString subscriptionForDigest(const QByteArray &digest) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();

private:
    void put(const KnownSubscription &subscription);
    void drop(const QString &id);

    NotificationStore *m_store;
    mutable QReadWriteLock m_lock; // guards the three maps
    QHash<QString, KnownSubscription> m_byId;
    QHash<QString, QByteArray> m_digestById;
    QHash<QByteArray, QString> m_idByDigest;
    QString m_lastError;
};

} // namespace roamdesk
