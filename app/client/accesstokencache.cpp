#include "app/client/accesstokencache.h"

namespace roamdesk::api {

AccessTokenCache::AccessTokenCache(const Clock *clock)
    : m_clock(clock)
{
}

QString AccessTokenCache::token() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return {};
    return m_clock->now().addSecs(ExpirySkewSeconds) < m_expiresAt ? m_token : QString();
}

void AccessTokenCache::store(const QString &token, qint64 expiresInSeconds)
{
    m_token = token;
    m_expiresAt = m_clock->now().addSecs(expiresInSeconds < 0 ? DefaultLifetimeSeconds : expiresInSeconds);
}

void AccessTokenCache::clear()
{
    m_token.clear();
    m_expiresAt = {};
}

} // namespace roamdesk::api
