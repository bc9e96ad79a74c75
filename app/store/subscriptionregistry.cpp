#include "app/store/subscriptionregistry.h"

#include <algorithm>

namespace roamdesk {

SubscriptionRegistry::SubscriptionRegistry(NotificationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    reload();
}

bool SubscriptionRegistry::reload()
{
    const QList<KnownSubscription> stored = m_store ? m_store->subscriptions() : QList<KnownSubscription>();
    if (m_store)
        m_lastError = m_store->lastError();
    if (!m_lastError.isEmpty())
        return false; // what is known stays: a store that cannot be read now must not make every token unknown
    {
        QReadLocker lock(&m_lock);
        if (m_store && stored.size() == m_byId.size()
            && std::all_of(stored.cbegin(), stored.cend(), [this](const KnownSubscription &subscription) {
                   const auto it = m_byId.constFind(subscription.id);
                   return it != m_byId.constEnd() && *it == subscription;
               }))
            return true; // unchanged (a store shared with other desks is read again every second)
    }
    {
        QWriteLocker lock(&m_lock);
        m_byId.clear();
        m_digestById.clear();
        m_idByDigest.clear();
        for (const KnownSubscription &subscription : stored)
            put(subscription);
    }
    if (!m_store)
        return true;
    Q_EMIT changed();
    return m_lastError.isEmpty();
}

bool SubscriptionRegistry::remember(const KnownSubscription &subscription)
{
    if (subscription.id.isEmpty()) {
        m_lastError = tr("A subscription needs an id.");
        return false;
    }
    if (m_store && !m_store->rememberSubscription(subscription)) {
        m_lastError = m_store->lastError();
        return false;
    }
    {
        QWriteLocker lock(&m_lock);
        drop(subscription.id);
        put(subscription);
    }
    Q_EMIT changed();
    return true;
}

bool SubscriptionRegistry::forget(const QString &id)
{
    if (m_store && !m_store->forgetSubscription(id)) {
        m_lastError = m_store->lastError();
        return false;
    }
    {
        QWriteLocker lock(&m_lock);
        drop(id);
    }
    Q_EMIT changed();
    return true;
}

bool SubscriptionRegistry::markDeleted(const QString &id, const QDateTime &when)
{
    if (m_store && !m_store->markSubscriptionDeleted(id, when)) {
        m_lastError = m_store->lastError();
        return false;
    }
    {
        QWriteLocker lock(&m_lock);
        KnownSubscription subscription = m_byId.value(id);
        subscription.id = id;
        subscription.deletedAt = when;
        drop(id);
        put(subscription);
    }
    Q_EMIT changed();
    return true;
}

std::optional<KnownSubscription> SubscriptionRegistry::find(const QString &id) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return std::nullopt;
    return it.value();
}

QList<KnownSubscription> SubscriptionRegistry::all() const
{
    QReadLocker lock(&m_lock);
    return m_byId.values();
}

QByteArray SubscriptionRegistry::digest(const QByteArray &token)
{
    return sinkTokenDigestOf(token);
}

QByteArray SubscriptionRegistry::tokenDigest(const QString &id) const
{
    QReadLocker lock(&m_lock);
    return m_digestById.value(id);
}

QString SubscriptionRegistry::subscriptionForDigest(const QByteArray &digest) const
{
    QReadLocker lock(&m_lock);
    return m_idByDigest.value(digest);
}

void SubscriptionRegistry::put(const KnownSubscription &subscription) // under the write lock
{
    const KnownSubscription kept = subscription.withoutClearToken(); // not even in memory
    m_byId.insert(kept.id, kept);
    if (!kept.sinkTokenDigest.isEmpty()) {
        m_digestById.insert(kept.id, kept.sinkTokenDigest);
        m_idByDigest.insert(kept.sinkTokenDigest, kept.id);
    }
}

void SubscriptionRegistry::drop(const QString &id)
{
    m_byId.remove(id);
    const QByteArray tokenDigest = m_digestById.take(id);
    if (!tokenDigest.isEmpty() && m_idByDigest.value(tokenDigest) == id)
        m_idByDigest.remove(tokenDigest);
}

} // namespace roamdesk
