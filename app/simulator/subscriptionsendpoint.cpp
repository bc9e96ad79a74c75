#include "app/simulator/subscriptionsendpoint.h"

#include "app/simulator/createrequestcheck.h"
#include "app/simulator/simulatednetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSimNetwork)

namespace roamdesk::sim {

namespace {

const QString ReadScope = QStringLiteral("device-roaming-status-subscriptions:read");
const QString DeleteScope = QStringLiteral("device-roaming-status-subscriptions:delete");

/// The spec's four create scopes, one per event type.
QString createScope(EventType type)
{
    return QStringLiteral("device-roaming-status-subscriptions:") + eventtype::toWire(type) + QStringLiteral(":create");
}

QJsonObject encode(const SimSubscription &subscription, const Caller &caller)
{
    Subscription answer = subscription.toSubscription();
    if (caller.threeLegged)
        answer.config.device.reset(); // the token names the device; the answer does not repeat it
    return answer.toJson();
}

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

} // namespace

void SubscriptionsEndpoint::create(const ApiRequest &request, ApiVersion version)
{
    const CreateContext context{version, request.pathPrefix, m_clock->now(), m_network->dispatcher()->sinkPolicy()};
    ApiRefusal refusal;
    std::optional<CreateRequest> parsed = checkCreateRequest(request.http.body(), context, &refusal);
    if (!parsed) {
        qCDebug(lcSimNetwork).noquote() << "create refused:" << refusal.status << refusal.code << refusal.message;
        request.sendError(refusal.status, refusal.code, refusal.message);
        return;
    }
    SimSubscription &subscription = parsed->subscription;
    const Caller &caller = request.caller;
    if (!caller.allows(createScope(subscription.type))) {
        int createScopes = 0;
        for (const QString &scope : caller.scopes)
            createScopes += scope.endsWith(QLatin1String(":create")) ? 1 : 0;
        // A token made for one other event type: the spec's SUBSCRIPTION_MISMATCH.
        if (createScopes == 1)
            request.sendError(403, QStringLiteral("SUBSCRIPTION_MISMATCH"),
                QStringLiteral("Inconsistent access token for requested events subscription."));
        else
            request.sendError(403, QStringLiteral("PERMISSION_DENIED"),
                QStringLiteral("The access token lacks the scope %1.").arg(createScope(subscription.type)));
        return;
    }
    const DeviceLookup target =
        resolveTarget(*m_network, caller, parsed->device, QStringLiteral("config.subscriptionDetail.device"));
    if (!target.ok()) {
        request.sendError(target.status, target.code, target.message);
        return;
    }
    subscription.deviceKey = target.key;
    if (!caller.threeLegged)
        subscription.requestDevice = parsed->device;
    if (m_network->subscriptionCount() >= MaxSubscriptions) {
        request.sendError(
            429, QStringLiteral("QUOTA_EXCEEDED"), QStringLiteral("Out of resource quota: too many subscriptions."));
        return;
    }
    const SimSubscription created = m_network->createSubscription(subscription);
    request.sendJson(201, compact(QJsonDocument(encode(created, caller))));
}

void SubscriptionsEndpoint::list(const ApiRequest &request)
{
    if (!request.caller.allows(ReadScope)) {
        request.sendError(403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope %1.").arg(ReadScope));
        return;
    }
    QJsonArray list;
    for (const SimSubscription &subscription : m_network->subscriptions()) {
        if (request.caller.sees(subscription))
            list.append(encode(subscription, request.caller));
    }
    request.sendJson(200, compact(QJsonDocument(list)));
}

void SubscriptionsEndpoint::get(const ApiRequest &request)
{
    if (const auto subscription = findForCaller(request, ReadScope))
        request.sendJson(200, compact(QJsonDocument(encode(*subscription, request.caller))));
}

void SubscriptionsEndpoint::remove(const ApiRequest &request)
{
    if (!findForCaller(request, DeleteScope))
        return;
    m_network->deleteSubscription(request.id);
    request.sendEmpty(204);
}

std::optional<SimSubscription> SubscriptionsEndpoint::findForCaller(
    const ApiRequest &request, const QString &scope) const
{
    if (!request.caller.allows(scope)) {
        request.sendError(403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope %1.").arg(scope));
        return std::nullopt;
    }
    // A 3-legged token only sees its own device's subscriptions; others look unknown rather than forbidden.
    auto subscription = m_network->subscription(request.id);
    if (!subscription || !request.caller.sees(*subscription)) {
        request.sendError(404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("The specified resource is not found: no subscription %1.").arg(request.id.left(80)));
        return std::nullopt;
    }
    return subscription;
}

} // namespace roamdesk::sim
