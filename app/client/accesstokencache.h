#pragma once

#include "app/common/clock.h"

#include <QDateTime>
#include <QString>

namespace roamdesk::api {

/// An OAuth2 access token kept until shortly before it expires (by the injectable Clock).
class AccessTokenCache
{
public:
    static constexpr int ExpirySkewSeconds = 30; // renew this early, for clock skew and transit
    static constexpr int DefaultLifetimeSeconds = 300; // when the server sends no expires_in

    explicit AccessTokenCache(const Clock *clock = Clock::system());

    /// The token while it is still usable, else empty.
    QString token() const;
    bool isValid() const { return !token().isEmpty(); }
    QDateTime expiresAt() const { return m_expiresAt; }

    /// `expiresInSeconds` < 0 means "not given".
    void store(const QString &token, qint64 expiresInSeconds);
    void clear();
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    const Clock *m_clock;
    QString m_token;
    QDateTime m_expiresAt;
};

} // namespace roamdesk::api
