#include "app/receiver/sinkauthenticator.h"

#include "app/store/subscriptionregistry.h"

#include <QCoreApplication>

namespace roamdesk {

namespace {

SinkAuthenticator::Decision refuse(const QString &message)
{
    SinkAuthenticator::Decision decision;
    decision.message = message;
    return decision;
}

SinkAuthenticator::Decision accept(ReceiptValidity validity, const QString &subscriptionId)
{
    SinkAuthenticator::Decision decision;
    decision.accepted = true;
    decision.validity = validity;
    decision.subscriptionId = subscriptionId;
    return decision;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::SinkAuthenticator", text);
}

} // namespace

SinkAuthenticator::SinkAuthenticator(
    const SubscriptionRegistry *registry, const QStringList &configuredTokens, bool allowUnauthenticated)
    : m_registry(registry)
    , m_allowUnauthenticated(allowUnauthenticated)
{
    for (const QString &token : configuredTokens) {
        if (!token.isEmpty())
            m_configured << SubscriptionRegistry::digest(token.toUtf8());
    }
}

SinkAuthenticator::Presented SinkAuthenticator::parseAuthorization(const QByteArray &header)
{
    Presented presented;
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return presented;
    presented.kind = Presented::Kind::Other;
    const int space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return presented;
    const QByteArray token = value.mid(space + 1).trimmed();
    if (token.isEmpty() || token.contains(' '))
        return presented;
    presented.kind = Presented::Kind::Bearer;
    presented.digest = SubscriptionRegistry::digest(token);
    return presented;
}

bool SinkAuthenticator::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) // digests: always 32 bytes, the length tells nothing
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool SinkAuthenticator::isConfigured(const QByteArray &digest) const
{
    bool found = false;
    for (const QByteArray &configured : m_configured) // no early exit: the same work for every token
        found = constantTimeEquals(configured, digest) || found;
    return found;
}

SinkAuthenticator::Decision SinkAuthenticator::precheck(const Presented &presented) const
{
    switch (presented.kind) {
    case Presented::Kind::Other:
        return refuse(tr("Only 'Authorization: Bearer <token>' is accepted."));
    case Presented::Kind::None:
        if (!m_allowUnauthenticated)
            return refuse(tr("A bearer token is required."));
        return accept(ReceiptValidity::Unauthenticated, {});
    case Presented::Kind::Bearer:
        break;
    }
    if (isConfigured(presented.digest))
        return accept(ReceiptValidity::ConfiguredToken, {});
    const QString owner = m_registry ? m_registry->subscriptionForDigest(presented.digest) : QString();
    if (!owner.isEmpty())
        return accept(ReceiptValidity::SubscriptionToken, owner);
    return refuse(tr("The bearer token is not valid for this sink."));
}

SinkAuthenticator::Decision SinkAuthenticator::authorize(
    const Presented &presented, const QString &eventSubscriptionId) const
{
    const QByteArray expected =
        m_registry && !eventSubscriptionId.isEmpty() ? m_registry->tokenDigest(eventSubscriptionId) : QByteArray();
    if (!expected.isEmpty()) {
        // The subscription was created with a sink credential: only that token will do.
        if (presented.kind == Presented::Kind::Bearer && constantTimeEquals(expected, presented.digest))
            return accept(ReceiptValidity::SubscriptionToken, eventSubscriptionId);
        if (presented.kind == Presented::Kind::None)
            return refuse(tr("Subscription %1 was created with a sink credential: its bearer token is required.")
                              .arg(eventSubscriptionId));
        if (presented.kind == Presented::Kind::Other)
            return refuse(tr("Only 'Authorization: Bearer <token>' is accepted."));
        return refuse(tr("The bearer token is not the sink credential of subscription %1.").arg(eventSubscriptionId));
    }
    const bool known = m_registry && !eventSubscriptionId.isEmpty() && m_registry->find(eventSubscriptionId);
    if (known && presented.kind == Presented::Kind::Bearer) {
        // Known, created without a sink credential: another subscription's token is not its token.
        if (isConfigured(presented.digest))
            return accept(ReceiptValidity::ConfiguredToken, eventSubscriptionId);
        return refuse(tr("The bearer token is not valid for subscription %1.").arg(eventSubscriptionId));
    }
    Decision decision = precheck(presented);
    if (decision.accepted && !eventSubscriptionId.isEmpty())
        decision.subscriptionId = eventSubscriptionId;
    return decision;
}

} // namespace roamdesk
