#include "session/simulatorcontrol.h"

#include "simdevicemodel.h"
#include "simulator/scenarioplayer.h"
#include "simulator/simulatednetwork.h"
#include "simulator/simulatorserver.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace roamdesk {

SimulatorControl::SimulatorControl(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_devices(new SimDeviceModel(this))
{
}

SimulatorControl::~SimulatorControl() = default;

bool SimulatorControl::start(quint16 port, QString *error)
{
    if (m_server)
        return true;
    auto server = std::make_unique<sim::SimulatorServer>(m_clock, nullptr);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("The simulator could not listen: %1").arg(server->errorString());
        return false;
    }
    m_server = std::move(server);
    sim::SimulatedNetwork *network = m_server->network();
    connect(network, &sim::SimulatedNetwork::devicesChanged, this, &SimulatorControl::refreshDevices);
    connect(network, &sim::SimulatedNetwork::deviceMoved, this, &SimulatorControl::refreshDevices);
    connect(m_server->player(), &sim::ScenarioPlayer::playingChanged, this, &SimulatorControl::changed);
    connect(m_server.get(), &sim::SimulatorServer::scenarioProgress, this, &SimulatorControl::scenarioProgress);
    refreshDevices();
    qCInfo(lcSession) << "simulator at" << m_server->apiRoot().toString();
    return true;
}

void SimulatorControl::shutdown(int waitMs)
{
    if (!m_server)
        return;
    m_server->shutdown(waitMs);
    m_server.reset();
}

void SimulatorControl::refreshDevices()
{
    QList<SimDeviceModel::Entry> entries;
    for (const sim::SimDevice &device : m_server->network()->devices()) {
        SimDeviceModel::Entry entry;
        entry.key = device.key;
        entry.device = device.identifiers;
        entry.homeMcc = device.homeMcc;
        entry.currentMcc = device.roaming() ? device.currentMcc : device.homeMcc;
        entry.reachable = device.fixedErrorStatus == 0;
        entries << entry;
    }
    m_devices->setEntries(entries);
    Q_EMIT changed();
}

QUrl SimulatorControl::apiRoot() const
{
    return m_server ? m_server->apiRoot() : QUrl();
}

void SimulatorControl::allowSink(const QString &host, int port)
{
    if (m_server)
        m_server->allowSink(host, port);
}

void SimulatorControl::moveDevice(const QString &key, int mcc)
{
    if (m_server)
        m_server->network()->moveDevice(key, mcc);
}

void SimulatorControl::sendHome(const QString &key)
{
    if (m_server)
        m_server->network()->sendHome(key);
}

QStringList SimulatorControl::scenarioNames()
{
    QStringList names;
    for (const QString &path : sim::SimulatorServer::builtInScenarios())
        names << QFileInfo(path).completeBaseName();
    return names;
}

bool SimulatorControl::loadScenario(const QString &nameOrFile, QString *error)
{
    if (!m_server) {
        if (error)
            *error = tr("The simulator is not running.");
        return false;
    }
    QString path = nameOrFile;
    for (const QString &builtIn : sim::SimulatorServer::builtInScenarios()) {
        if (QFileInfo(builtIn).completeBaseName() == nameOrFile)
            path = builtIn;
    }
    if (!m_server->loadScenario(path)) {
        if (error)
            *error = tr("The scenario could not be loaded: %1").arg(m_server->scenarioError().toString());
        return false;
    }
    Q_EMIT changed();
    return true;
}

void SimulatorControl::play()
{
    if (m_server)
        m_server->play();
    Q_EMIT changed();
}

void SimulatorControl::pause()
{
    if (m_server)
        m_server->pause();
    Q_EMIT changed();
}

bool SimulatorControl::isPlaying() const
{
    return m_server && m_server->player()->isPlaying();
}

void SimulatorControl::setSpeed(double factor)
{
    if (m_server)
        m_server->setSpeed(factor);
}

double SimulatorControl::speed() const
{
    return m_server ? m_server->player()->speed() : 1.0;
}

} // namespace roamdesk
