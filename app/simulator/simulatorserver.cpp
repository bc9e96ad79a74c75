#include "app/simulator/simulatorserver.h"

#include "app/common/httpservercompat.h"
#include "app/simulator/fleetgenerator.h"
#include "app/simulator/httpsupport.h"
#include "app/simulator/scenarioplayer.h"
#include "app/simulator/simulatednetwork.h"

#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcSimNetwork)

namespace roamdesk::sim {

namespace {
constexpr int SaveDelayMs = 200;
constexpr int FleetSaveDelayMs = 5000;

const QString NacPrefix = QStringLiteral("/device-status");

bool constantTimeEquals(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}
} // namespace

SimulatorServer::SimulatorServer(QObject *parent)
    : SimulatorServer(Clock::system(), parent)
{
}

SimulatorServer::SimulatorServer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_network(new SimulatedNetwork(m_clock, this))
    , m_player(new ScenarioPlayer(m_network, m_clock, this))
    , m_fleet(new FleetGenerator(m_network, m_clock, this))
    , m_retrieve(m_network)
    , m_subscriptions(m_network, m_clock)
{
    init();
}

SimulatorServer::~SimulatorServer()
{
    if (!m_stateFile.isEmpty() && (m_saveTimer.isActive() || m_fleetSaveTimer.isActive()))
        saveState(m_stateFile);
}

void SimulatorServer::init()
{
    // Every request goes through one dispatcher and the simulator's own route table: uniform CAMARA errors for
    // unknown paths and methods, and the same routes under both apiRoot layouts.
    httpcompat::setMissingHandler(m_http, this,
        [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { dispatch(request, responder); });
    addRoutes();
    auto invalidate = [this] { m_retrieve.forgetAnswers(); };
    connect(m_network, &SimulatedNetwork::deviceMoved, this, invalidate);
    connect(m_network, &SimulatedNetwork::devicesChanged, this, invalidate);
    connect(m_player, &ScenarioPlayer::progressChanged, this, &SimulatorServer::scenarioProgress);
    connect(m_player, &ScenarioPlayer::finished, this, &SimulatorServer::scenarioFinished);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (!m_stateFile.isEmpty())
            saveState(m_stateFile);
    });
    m_fleetSaveTimer.setSingleShot(true);
    m_fleetSaveTimer.setInterval(FleetSaveDelayMs);
    connect(&m_fleetSaveTimer, &QTimer::timeout, this, [this] {
        if (!m_stateFile.isEmpty())
            saveState(m_stateFile);
    });
    connect(m_network, &SimulatedNetwork::deviceMoved, this, [this] {
        if (!m_fleet->isMoving())
            scheduleSave();
        else if (!m_stateFile.isEmpty() && !m_fleetSaveTimer.isActive())
            m_fleetSaveTimer.start();
    });
    connect(m_fleet, &FleetGenerator::fleetChanged, this, &SimulatorServer::scheduleSave);
    connect(m_network, &SimulatedNetwork::devicesChanged, this, &SimulatorServer::scheduleSave);
    connect(m_network, &SimulatedNetwork::subscriptionsChanged, this, &SimulatorServer::scheduleSave);
    connect(m_player, &ScenarioPlayer::playingChanged, this, &SimulatorServer::scheduleSave);
}

void SimulatorServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_routes.add(Method::Post, QStringLiteral("/device-roaming-status/v1/retrieve"),
        [this](const ApiRequest &request) { m_retrieve.retrieve(request); });
    for (const auto &[version, name] : {std::pair{ApiVersion::V0_7, "v0.7"}, std::pair{ApiVersion::V0_8, "v0.8"}}) {
        const QString collection =
            QStringLiteral("/device-roaming-status-subscriptions/%1/subscriptions").arg(QLatin1String(name));
        const QString item = collection + QStringLiteral("/{id}");
        m_routes.add(Method::Get, collection, [this](const ApiRequest &request) { m_subscriptions.list(request); });
        m_routes.add(Method::Post, collection,
            [this, version = version](const ApiRequest &request) { m_subscriptions.create(request, version); });
        m_routes.add(Method::Get, item, [this](const ApiRequest &request) { m_subscriptions.get(request); });
        m_routes.add(Method::Delete, item, [this](const ApiRequest &request) { m_subscriptions.remove(request); });
    }
}

ConnectionLimits SimulatorServer::defaultConnectionLimits()
{
    ConnectionLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    return limits;
}

bool SimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcp) {
        m_errorString = tr("already listening on port %1").arg(m_tcp->serverPort());
        return false;
    }
    // A tracker still guarding connections of an earlier listen() stays until they close (its guards use it).
    if (m_tracker && m_tracker->openConnections() == 0)
        delete m_tracker;
    auto *tracker = new ConnectionTracker(m_limits, this);
    auto *tcp = new GuardedTcpServer(tracker, this);
    if (!tcp->listen(address, port)) {
        m_errorString = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        delete tracker;
        return false;
    }
    m_http.bind(tcp); // void on 6.4, bool on 6.8: not used
    m_tracker = tracker;
    m_tcp = tcp;
    m_address = address;
    m_errorString.clear();
    qCDebug(lcSimNetwork).noquote() << "simulator listening on" << apiRoot().toString();
    return true;
}

bool SimulatorServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 SimulatorServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SimulatorServer::apiRoot() const
{
    QString host;
    if (m_address == QHostAddress::LocalHost || m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address.isNull())
        host = QStringLiteral("127.0.0.1");
    else if (m_address == QHostAddress::LocalHostIPv6 || m_address == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + m_address.toString() + QLatin1Char(']');
    else
        host = m_address.toString();
    return QUrl(QStringLiteral("http://%1:%2/device-status").arg(host).arg(port()));
}

int SimulatorServer::openConnections() const
{
    return m_tracker ? m_tracker->openConnections() : 0;
}

void SimulatorServer::setAllowedSinks(const QList<SinkRule> &rules)
{
    SinkPolicy policy;
    policy.setRules(rules);
    m_network->dispatcher()->setSinkPolicy(policy);
}

bool SimulatorServer::allowSink(const QString &host, int port)
{
    std::optional<SinkRule> rule = SinkRule::parse(host);
    if (!rule || port < -1 || port > 65535)
        return false;
    if (port >= 0)
        rule->port = port;
    SinkPolicy policy = m_network->dispatcher()->sinkPolicy();
    policy.allow(*rule);
    m_network->dispatcher()->setSinkPolicy(policy);
    return true;
}

QList<SinkRule> SimulatorServer::allowedSinks() const
{
    return m_network->dispatcher()->sinkPolicy().rules();
}

void SimulatorServer::setRequiredToken(const QString &token)
{
    m_requiredToken = token;
}

void SimulatorServer::addAccessToken(const QString &token, const AccessGrant &grant)
{
    m_grants.insert(token, grant);
}

void SimulatorServer::removeAccessToken(const QString &token)
{
    m_grants.remove(token);
}

void SimulatorServer::shutdown(int waitMs)
{
    m_player->pause();
    m_fleet->stop();
    if (!m_stateFile.isEmpty()) {
        m_saveTimer.stop();
        m_fleetSaveTimer.stop();
        saveState(m_stateFile);
    } else {
        // Bounded: one attempt per notification, so a dead sink cannot hold the shutdown.
        auto policy = m_network->dispatcher()->retryPolicy();
        policy.maxAttempts = 1;
        policy.transferTimeoutMs = qMin(policy.transferTimeoutMs, qMax(100, waitMs));
        m_network->dispatcher()->setRetryPolicy(policy);
        m_network->terminateAll(QStringLiteral("NETWORK_TERMINATED"), tr("The simulator is shutting down."));
    }
    if (!m_network->dispatcher()->isIdle() && waitMs > 0) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(m_network->dispatcher(), &NotificationDispatcher::idle, &loop, &QEventLoop::quit);
        timeout.start(waitMs);
        loop.exec();
    }
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    if (m_tracker)
        m_tracker->closeAll();
    qCInfo(lcSimNetwork) << "simulator stopped";
    Q_EMIT stopped();
}

bool SimulatorServer::loadScenario(const QString &path)
{
    QStringList keys;
    for (const SimDevice &device : m_network->devices())
        keys.append(device.key);
    m_scenarioError = ScenarioError();
    const auto scenario = Scenario::load(path, keys, &m_scenarioError);
    if (!scenario)
        return false;
    QString error;
    if (!m_player->setScenario(*scenario, &error)) {
        m_scenarioError = ScenarioError{0, QStringLiteral("devices"), error};
        return false;
    }
    scheduleSave();
    return true;
}

void SimulatorServer::play()
{
    m_player->play();
}

void SimulatorServer::pause()
{
    m_player->pause();
}

void SimulatorServer::setSpeed(double speed)
{
    m_player->setSpeed(speed);
    m_fleet->setSpeed(speed);
    scheduleSave();
}

QStringList SimulatorServer::builtInScenarios()
{
    return Scenario::builtIn();
}

bool SimulatorServer::saveState(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject state = m_network->saveState();
    // What a presenter set up besides the network: the scenario and where it stands, the speed, the port.
    if (m_player->hasScenario() && !m_player->scenario().origin.isEmpty())
        state.insert(QStringLiteral("scenario"),
            QJsonObject{{QStringLiteral("origin"), m_player->scenario().origin},
                {QStringLiteral("positionMs"), m_player->positionMs()}});
    state.insert(QStringLiteral("speed"), m_player->speed());
    if (m_fleet->size() > 0)
        state.insert(QStringLiteral("fleet"), m_fleet->saveState());
    if (isListening())
        state.insert(QStringLiteral("port"), int(port()));
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_errorString = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SimulatorServer::loadState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_errorString = tr("%1 is not a state file: %2").arg(path, parseError.errorString());
        return false;
    }
    QString error;
    const QJsonObject state = document.object();
    if (!m_network->restoreState(state, &error)) {
        m_errorString = tr("%1: %2").arg(path, error);
        return false;
    }
    if (!m_fleet->restoreState(state.value(QStringLiteral("fleet")).toObject(), &error)) {
        m_errorString = tr("%1: %2").arg(path, error);
        return false;
    }
    if (state.value(QStringLiteral("speed")).isDouble()) {
        m_player->setSpeed(state.value(QStringLiteral("speed")).toDouble());
        m_fleet->setSpeed(m_player->speed());
    }
    const QJsonObject scenario = state.value(QStringLiteral("scenario")).toObject();
    const QString origin = scenario.value(QStringLiteral("origin")).toString();
    if (!origin.isEmpty()) {
        QStringList keys;
        for (const SimDevice &device : m_network->devices())
            keys.append(device.key);
        ScenarioError scenarioError;
        // A scenario file that moved or changed since is not worth refusing the whole state for.
        if (const auto loaded = Scenario::load(origin, keys, &scenarioError))
            m_player->restore(*loaded, qint64(scenario.value(QStringLiteral("positionMs")).toDouble()));
        else
            qCWarning(lcSimNetwork).noquote() << "saved scenario not restored:" << scenarioError.toString();
    }
    return true;
}

std::optional<quint16> SimulatorServer::savedPort(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const int value = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("port")).toInt();
    if (value <= 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

bool SimulatorServer::setStateFile(const QString &path)
{
    m_stateFile.clear();
    if (QFile::exists(path) && !loadState(path))
        return false;
    m_stateFile = path;
    return saveState(path);
}

void SimulatorServer::setQuota(const QuotaSettings &settings)
{
    m_quota.setSettings(settings);
}

bool SimulatorServer::refuseBeyondQuota(
    const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &correlator)
{
    if (m_quota.settings().isOff())
        return false;
    // Per API key or token, whichever the request presented ("" for an anonymous caller).
    QByteArray key = request.value(QByteArrayLiteral("Authorization"));
    if (key.isEmpty())
        key = request.value(QByteArrayLiteral("X-RapidAPI-Key"));
    const std::optional<RequestQuota::Refusal> refusal = m_quota.admit(QString::fromUtf8(key), m_clock->now());
    if (!refusal)
        return false;
    ++m_quotaRefusals;
    const ApiError error = ApiError::make(429, refusal->code, ApiError::defaultMessage(refusal->code));
    if (refusal->retryAfterSeconds)
        http::sendError(responder, error, correlator, QByteArrayLiteral("Retry-After"),
            QByteArray::number(*refusal->retryAfterSeconds));
    else
        http::sendError(responder, error, correlator);
    return true;
}

void SimulatorServer::scheduleSave()
{
    if (!m_stateFile.isEmpty())
        m_saveTimer.start();
}

bool SimulatorServer::authenticate(const QHttpServerRequest &request, Caller *caller, QString *why) const
{
    if (m_requiredToken.isEmpty() && m_grants.isEmpty())
        return true;
    QString token;
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
            *why = QStringLiteral("The Authorization header is not a Bearer token.");
            return false;
        }
        token = QString::fromUtf8(authorization.mid(7)).trimmed();
    } else {
        token = QString::fromUtf8(request.value(QByteArrayLiteral("X-RapidAPI-Key"))).trimmed();
    }
    if (token.isEmpty()) {
        *why = QStringLiteral("Request not authenticated due to missing, invalid, or expired credentials.");
        return false;
    }
    if (!m_requiredToken.isEmpty() && constantTimeEquals(token, m_requiredToken))
        return true;
    const auto grant = m_grants.constFind(token);
    if (grant == m_grants.cend()) {
        *why = QStringLiteral("The access token is not valid.");
        return false;
    }
    if (grant->expiresAt && *grant->expiresAt <= m_clock->now()) {
        *why = QStringLiteral("The access token has expired.");
        return false;
    }
    caller->threeLegged = !grant->deviceKey.isEmpty();
    caller->deviceKey = grant->deviceKey;
    caller->scopes = grant->scopes;
    return true;
}

ConnectionGuard *SimulatorServer::guardOf(const QHttpServerRequest &request, QHttpServerResponder &responder) const
{
    if (!m_tracker)
        return nullptr;
    QTcpSocket *socket = httpcompat::socketOf(m_http, request, responder);
    return socket ? m_tracker->guardFor(socket) : nullptr;
}

void SimulatorServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ++m_requests;
    // What follows on this connection is the next request: its head and size are checked afresh.
    if (ConnectionGuard *guard = guardOf(request, responder))
        guard->requestDispatched();
    bool correlatorValid = true;
    const QByteArray correlator = http::correlator(request, &correlatorValid);
    if (!correlatorValid) {
        http::sendError(responder, 400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("The x-correlator header does not match ^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$."), correlator);
        return;
    }

    const QString fullPath = request.url().path();
    QStringView path(fullPath);
    QString prefix;
    if (path.startsWith(NacPrefix) && path.size() > NacPrefix.size() && path.at(NacPrefix.size()) == QLatin1Char('/')) {
        prefix = NacPrefix;
        path = path.mid(NacPrefix.size());
    }
    const RouteTable::Match match = m_routes.match(path, request.method());
    if (!match.allowed) {
        http::sendError(responder, 404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("No such resource: %1. Paths start with [/device-status]"
                           "/device-roaming-status/v1 or /device-roaming-status-subscriptions/v0.7|v0.8.")
                .arg(fullPath.left(200)),
            correlator);
        return;
    }
    if (!match.route) {
        const QByteArray allow = RouteTable::allowHeader(match.allowed);
        http::sendError(responder,
            ApiError::make(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                QStringLiteral("The requested method is not allowed on this resource; use %1.")
                    .arg(QString::fromLatin1(allow))),
            correlator, QByteArrayLiteral("Allow"), allow);
        return;
    }
    Caller caller;
    QString why;
    if (!authenticate(request, &caller, &why)) {
        http::sendError(responder, 401, QStringLiteral("UNAUTHENTICATED"), why, correlator);
        return;
    }
    if (refuseBeyondQuota(request, responder, correlator))
        return;
    // The guard refuses announced lengths from the head; a chunked body is only known here.
    if (request.body().size() > m_limits.maxBodyBytes) {
        http::sendError(responder, 413, QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes), correlator);
        return;
    }
    match.route->handler(ApiRequest{request, responder, caller, correlator, prefix, match.id});
}

} // namespace roamdesk::sim
