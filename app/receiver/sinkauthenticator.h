#pragma once

#include "models/notificationlogsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace roamdesk {

class SubscriptionRegistry;

/// Decides whether a notification request may be stored, from its Authorization header and the
/// subscription the event names:
/// - a subscription RoamDesk created with a sink credential accepts only its own bearer token;
/// - one RoamDesk created without a credential accepts the configured tokens;
/// - an unknown subscription accepts a configured token or any remembered sink token;
/// - no Authorization is accepted only while unauthenticated sinks are allowed, and never for a
///   subscription that has a sink credential; any other kind of Authorization is refused.
/// Tokens are compared as SHA-256 digests in constant time.
class SinkAuthenticator
{
public:
    struct Presented
    {
        enum class Kind { None, Bearer, Other };
        Kind kind = Kind::None;
        QByteArray digest; // of the bearer token
    };

    struct Decision
    {
        bool accepted = false;
        ReceiptValidity validity = ReceiptValidity::Unauthenticated;
        QString subscriptionId; // the event's, or the one the token belongs to
        QString message; // why not, for the 401 body
    };

    SinkAuthenticator() = default;
    SinkAuthenticator(
        const SubscriptionRegistry *registry, const QStringList &configuredTokens, bool allowUnauthenticated);

    static Presented parseAuthorization(const QByteArray &header);
    /// The checks that need no body: refuses other schemes, unknown tokens and (when not allowed) no token.
    Decision precheck(const Presented &presented) const;
    /// The full decision once the event's subscriptionId is known.
    Decision authorize(const Presented &presented, const QString &eventSubscriptionId) const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    bool isConfigured(const QByteArray &digest) const;

    const SubscriptionRegistry *m_registry = nullptr;
    QList<QByteArray> m_configured; // digests
    bool m_allowUnauthenticated = false;
};

} // namespace roamdesk
