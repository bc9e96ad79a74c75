#pragma once

#include "app/common/clock.h"
#include "app/simulator/routetable.h"
#include "app/simulator/simsubscription.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace roamdesk::sim {

class SimulatedNetwork;

/// …/device-roaming-status-subscriptions/v0.7|v0.8/subscriptions: create, list, get and delete, each with its
/// scope. Subscriptions are encoded by Subscription::toJson; a 3-legged caller sees only its own device's, and
/// without the device its token already names.
class SubscriptionsEndpoint
{
public:
    static constexpr int MaxSubscriptions = 100000;

    SubscriptionsEndpoint(SimulatedNetwork *network, Clock *clock)
        : m_network(network)
        , m_clock(clock)
    {
    }

    void create(const ApiRequest &request, ApiVersion version);
    void list(const ApiRequest &request);
    void get(const ApiRequest &request);
    void remove(const ApiRequest &request);

private:
    /// Scope check and lookup of the subscription request.id, answering 403/404 itself.
    std::optional<SimSubscription> findForCaller(const ApiRequest &request, const QString &scope) const;

    SimulatedNetwork *m_network;
    Clock *m_clock;
};

} // namespace roamdesk::sim
