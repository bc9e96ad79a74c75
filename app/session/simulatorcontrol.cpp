#include "app/session/simulatorcontrol.h"

#include "app/simulator/fleetgenerator.h"
#include "app/simulator/scenarioplayer.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "models/simdevicemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace roamdesk {

namespace {
constexpr int FlushMs = 100;

/// "europe-tour" for a built-in scenario's resource path, the path itself for a file.
QString scenarioId(const QString &origin)
{
    return sim::SimulatorServer::builtInScenarios().contains(origin) ? QFileInfo(origin).completeBaseName() : origin;
}
} // namespace

SimulatorControl::SimulatorControl(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_devices(new SimDeviceModel(this))
{
    // Moves reach the table a few times a second: a travelling fleet moves thousands of devices a second.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SimulatorControl::flushMoves);
}

SimulatorControl::~SimulatorControl() = default;

QString SimulatorControl::defaultStateFile()
{
    // Beside the notification store, in the folder the GUI and roamdesk-cli share.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/RoamDesk/simulator-state.json");
}

bool SimulatorControl::listen(sim::SimulatorServer *server, quint16 port, QString *error) const
{
    // The port of the last run keeps copied curl commands and `--api-root` working; taken, any other will do.
    if (port == 0 && !m_stateFile.isEmpty()) {
        if (const auto saved = sim::SimulatorServer::savedPort(m_stateFile);
            saved && server->listen(QHostAddress::LocalHost, *saved))
            return true;
    }
    if (server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = tr("The simulator could not listen: %1").arg(server->errorString());
    return false;
}

bool SimulatorControl::start(quint16 port, QString *error)
{
    if (m_server)
        return true;
    auto server = std::make_unique<sim::SimulatorServer>(m_clock, nullptr);
    if (!listen(server.get(), port, error))
        return false;
    m_server = std::move(server);
    m_server->setQuota(m_quota);
    restoreState();
    sim::SimulatedNetwork *network = m_server->network();
    connect(network, &sim::SimulatedNetwork::devicesChanged, this, &SimulatorControl::refreshDevices);
    connect(network, &sim::SimulatedNetwork::deviceMoved, this, [this](const QString &key, int, int to) {
        m_moved.insert(key, to);
        // A move by hand or by a scenario shows at once; the fleet's are batched.
        if (!m_server->fleet()->isMoving())
            flushMoves();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    connect(network, &sim::SimulatedNetwork::subscriptionsChanged, this, &SimulatorControl::changed);
    connect(m_server->player(), &sim::ScenarioPlayer::playingChanged, this, &SimulatorControl::changed);
    connect(m_server->player(), &sim::ScenarioPlayer::finished, this, &SimulatorControl::changed);
    connect(m_server.get(), &sim::SimulatorServer::scenarioProgress, this, &SimulatorControl::scenarioProgress);
    refreshDevices();
    qCInfo(lcSession) << "simulator at" << m_server->apiRoot().toString();
    return true;
}

void SimulatorControl::restoreState()
{
    if (m_stateFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    if (m_server->setStateFile(m_stateFile))
        return;
    // Unreadable (damaged, another version): keep it for a look, start from the seed, and keep saving.
    qCWarning(lcSession).noquote() << "simulator state not restored:" << m_server->errorString();
    const QString aside = m_stateFile + QStringLiteral(".bad");
    QFile::remove(aside);
    QFile::rename(m_stateFile, aside);
    m_server->fleet()->clear();
    m_server->network()->resetToSeed();
    if (!m_server->setStateFile(m_stateFile))
        qCWarning(lcSession).noquote() << "simulator state not kept:" << m_server->errorString();
}

void SimulatorControl::shutdown(int waitMs)
{
    if (!m_server)
        return;
    m_server->shutdown(waitMs);
    m_server.reset();
}

void SimulatorControl::flushMoves()
{
    if (m_server && m_moved.size() > m_devices->rowCount() / 8) {
        // Most of a fleet moved: one pass in row order (the network's order, as refreshDevices() listed it)
        // costs less than a lookup per device.
        m_moved.clear();
        QList<int> mccs;
        const QList<sim::SimDevice> devices = m_server->network()->devices();
        mccs.reserve(devices.size());
        for (const sim::SimDevice &device : devices)
            mccs.append(device.roaming() ? device.currentMcc : device.homeMcc);
        m_devices->setPositions(mccs);
        Q_EMIT changed();
        return;
    }
    QList<QPair<QString, int>> positions;
    positions.reserve(m_moved.size());
    for (auto it = m_moved.cbegin(); it != m_moved.cend(); ++it) {
        const SimDeviceModel::Entry *entry = m_devices->entryAt(m_devices->rowOf(it.key()));
        if (entry)
            positions.append({it.key(), it.value() == 0 ? entry->homeMcc : it.value()});
    }
    m_moved.clear();
    m_devices->updatePositions(positions);
    Q_EMIT changed();
}

void SimulatorControl::refreshDevices()
{
    m_moved.clear(); // the list below has them
    m_flushTimer.stop();
    QList<SimDeviceModel::Entry> entries;
    for (const sim::SimDevice &device : m_server->network()->devices()) {
        SimDeviceModel::Entry entry;
        entry.key = device.key;
        entry.device = device.identifiers;
        entry.label = device.label;
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

quint16 SimulatorControl::port() const
{
    return m_server ? m_server->port() : 0;
}

void SimulatorControl::allowSink(const QString &host, int port)
{
    if (m_server)
        m_server->allowSink(host, port);
}

int SimulatorControl::subscriptionCount() const
{
    return m_server ? m_server->network()->subscriptionCount() : 0;
}

int SimulatorControl::subscriptionsEndingOnShutdown() const
{
    return m_server && m_server->stateFile().isEmpty() ? subscriptionCount() : 0;
}

void SimulatorControl::resetToDefaults()
{
    if (!m_server)
        return;
    m_server->player()->clear();
    m_server->fleet()->clear();
    m_server->network()->terminateAll(QStringLiteral("NETWORK_TERMINATED"), tr("The simulator was reset."));
    m_server->network()->resetToSeed();
    m_server->setSpeed(1.0);
    Q_EMIT changed();
}

bool SimulatorControl::setFleet(int count, QString *error)
{
    if (!m_server) {
        if (error)
            *error = tr("The simulator is not running.");
        return false;
    }
    QString why;
    if (!m_server->fleet()->setFleet(count, m_server->fleet()->seed(), &why)) {
        if (error)
            *error = tr("The fleet could not be set: %1").arg(why);
        return false;
    }
    Q_EMIT changed();
    return true;
}

void SimulatorControl::setQuota(const sim::QuotaSettings &quota)
{
    m_quota = quota;
    if (m_server)
        m_server->setQuota(quota);
}

int SimulatorControl::fleetSize() const
{
    return m_server ? m_server->fleet()->size() : 0;
}

int SimulatorControl::maxFleetSize()
{
    return sim::FleetGenerator::MaxDevices;
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

QList<SimulatorControl::ScenarioInfo> SimulatorControl::builtInScenarios()
{
    QList<ScenarioInfo> list;
    for (const QString &path : sim::SimulatorServer::builtInScenarios()) {
        QFile file(path);
        const QJsonObject object =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        list.append({QFileInfo(path).completeBaseName(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("description")).toString()});
    }
    return list;
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
        if (error) {
            const QString where = path.startsWith(QLatin1String(":/")) ? nameOrFile : QFileInfo(path).fileName();
            *error = tr("The scenario %1 could not be loaded: %2").arg(where, m_server->scenarioError().toString());
        }
        return false;
    }
    Q_EMIT changed();
    return true;
}

SimulatorControl::ScenarioInfo SimulatorControl::loadedScenario() const
{
    if (!m_server || !m_server->player()->hasScenario())
        return {};
    const sim::Scenario &scenario = m_server->player()->scenario();
    return {scenarioId(scenario.origin), scenario.name, scenario.description};
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

SimulatorControl::PlayState SimulatorControl::playState() const
{
    if (!m_server || !m_server->player()->hasScenario())
        return PlayState::NoScenario;
    const sim::ScenarioPlayer *player = m_server->player();
    if (player->isPlaying())
        return PlayState::Playing;
    if (player->isFinished())
        return PlayState::Finished;
    return player->positionMs() > 0 ? PlayState::Paused : PlayState::Ready;
}

qint64 SimulatorControl::positionMs() const
{
    return m_server ? m_server->player()->positionMs() : 0;
}

qint64 SimulatorControl::durationMs() const
{
    return m_server ? m_server->player()->durationMs() : 0;
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
