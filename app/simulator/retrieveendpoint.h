#pragma once

#include "app/simulator/routetable.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace roamdesk::sim {

class SimulatedNetwork;

/// POST …/device-roaming-status/v1/retrieve: the roaming status of the device the body (or a 3-legged token)
/// names, encoded by RoamingStatus::toJson. Answers are cached per device until forgetAnswers().
class RetrieveEndpoint
{
public:
    explicit RetrieveEndpoint(SimulatedNetwork *network)
        : m_network(network)
    {
    }

    void retrieve(const ApiRequest &request);
    /// Drops the cached answers: a device moved, or the devices changed.
    void forgetAnswers() { m_statusBodies.clear(); }

private:
    QByteArray statusBody(const QString &deviceKey);

    SimulatedNetwork *m_network;
    QHash<QString, QByteArray> m_statusBodies; // by device key
};

} // namespace roamdesk::sim
