#include "simulatorserver.h"

#include "countrytable.h"
#include "datetime.h"
#include "httpsupport.h"
#include "requestparser.h"
#include "scenarioplayer.h"
#include "simulatednetwork.h"

#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcSimNetwork)

namespace roamdesk::sim {

namespace {
constexpr int MaxSubscriptions = 100000;
constexpr int SaveDelayMs = 200;

const QString RetrievePath = QStringLiteral("/device-roaming-status/v1/retrieve");
const QString SubscriptionsV07 = QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions");
const QString SubscriptionsV08 = QStringLiteral("/device-roaming-status-subscriptions/v0.8/subscriptions");
const QString NacPrefix = QStringLiteral("/device-status");

QString scopeOfCreate(EventType type)
{
    return QStringLiteral("device-roaming-status-subscriptions:") + eventtype::toWire(type) + QStringLiteral(":create");
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

/// The single identifier a v1.1 response echoes when the request named several.
Device echoedIdentifier(const Device &device)
{
    Device one;
    if (!device.phoneNumber.isEmpty())
        one.phoneNumber = device.phoneNumber;
    else if (!device.networkAccessIdentifier.isEmpty())
        one.networkAccessIdentifier = device.networkAccessIdentifier;
    else if (device.ipv4Address)
        one.ipv4Address = device.ipv4Address;
    else
        one.ipv6Address = device.ipv6Address;
    return one;
}

int identifierCount(const Device &device)
{
    return int(!device.phoneNumber.isEmpty()) + int(!device.networkAccessIdentifier.isEmpty())
        + int(device.ipv4Address.has_value()) + int(!device.ipv6Address.isEmpty());
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
{
    init();
}

SimulatorServer::~SimulatorServer()
{
    if (!m_stateFile.isEmpty() && m_saveTimer.isActive())
        saveState(m_stateFile);
}

void SimulatorServer::init()
{
    // Every request goes through one dispatcher: no router rules to scan, uniform CAMARA errors for
    // unknown paths and methods, and the same handlers under both apiRoot layouts.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http.setMissingHandler(this,
        [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { dispatch(request, responder); });
#else
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { dispatch(request, responder); });
#endif
    auto invalidate = [this] { m_statusBodies.clear(); };
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
    connect(m_network, &SimulatedNetwork::deviceMoved, this, &SimulatorServer::scheduleSave);
    connect(m_network, &SimulatedNetwork::devicesChanged, this, &SimulatorServer::scheduleSave);
    connect(m_network, &SimulatedNetwork::subscriptionsChanged, this, &SimulatorServer::scheduleSave);
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
    if (!m_stateFile.isEmpty()) {
        m_saveTimer.stop();
        saveState(m_stateFile);
    } else {
        // Bounded: one attempt per notification, so a dead sink cannot hold the shutdown.
        auto policy = m_network->dispatcher()->retryPolicy();
        policy.maxAttempts = 1;
        policy.transferTimeoutMs = qMin(policy.transferTimeoutMs, qMax(100, waitMs));
        m_network->dispatcher()->setRetryPolicy(policy);
        m_network->terminateAll(QStringLiteral("NETWORK_TERMINATED"));
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
    emit stopped();
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
    file.write(QJsonDocument(m_network->saveState()).toJson(QJsonDocument::Indented));
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
    if (!m_network->restoreState(document.object(), &error)) {
        m_errorString = tr("%1: %2").arg(path, error);
        return false;
    }
    return true;
}

bool SimulatorServer::setStateFile(const QString &path)
{
    m_stateFile.clear();
    if (QFile::exists(path) && !loadState(path))
        return false;
    m_stateFile = path;
    return saveState(path);
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
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // The responder no longer names its socket: find it by the peer, unique among this server's connections.
    Q_UNUSED(responder);
    const auto sockets = m_http.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
            return m_tracker->guardFor(socket);
    }
    return nullptr;
#else
    Q_UNUSED(request);
    return m_tracker->guardFor(responder.socket());
#endif
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
    Route route = Route::None;
    bool v08 = false;
    QString id;
    if (path == RetrievePath) {
        route = Route::Retrieve;
    } else if (path.startsWith(SubscriptionsV07) || path.startsWith(SubscriptionsV08)) {
        v08 = path.startsWith(SubscriptionsV08);
        const QStringView rest = path.mid(SubscriptionsV07.size());
        if (rest.isEmpty()) {
            route = Route::Collection;
        } else if (rest.size() > 1 && rest.at(0) == QLatin1Char('/') && !rest.mid(1).contains(QLatin1Char('/'))) {
            route = Route::Item;
            id = rest.mid(1).toString();
        }
    }
    if (route == Route::None) {
        http::sendError(responder, 404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("No such resource: %1. Paths start with [/device-status]"
                           "/device-roaming-status/v1 or /device-roaming-status-subscriptions/v0.7|v0.8.")
                .arg(fullPath.left(200)),
            correlator);
        return;
    }
    const auto method = request.method();
    const char *allow = nullptr;
    switch (route) {
    case Route::Retrieve:
        if (method != QHttpServerRequest::Method::Post)
            allow = "POST";
        break;
    case Route::Collection:
        if (method != QHttpServerRequest::Method::Post && method != QHttpServerRequest::Method::Get)
            allow = "GET, POST";
        break;
    case Route::Item:
        if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Delete)
            allow = "GET, DELETE";
        break;
    case Route::None:
        break;
    }
    if (allow) {
        http::sendError(responder,
            ApiError::make(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                QStringLiteral("The requested method is not allowed on this resource; use %1.")
                    .arg(QLatin1String(allow))),
            correlator, QByteArrayLiteral("Allow"), QByteArray(allow));
        return;
    }
    Caller caller;
    QString why;
    if (!authenticate(request, &caller, &why)) {
        http::sendError(responder, 401, QStringLiteral("UNAUTHENTICATED"), why, correlator);
        return;
    }
    // The guard refuses announced lengths from the head; a chunked body is only known here.
    if (request.body().size() > m_limits.maxBodyBytes) {
        http::sendError(responder, 413, QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes), correlator);
        return;
    }
    switch (route) {
    case Route::Retrieve:
        handleRetrieve(request, responder, caller, correlator);
        break;
    case Route::Collection:
        if (method == QHttpServerRequest::Method::Post)
            handleCreate(request, responder, caller, correlator, v08, prefix);
        else
            handleList(responder, caller, correlator);
        break;
    case Route::Item:
        if (method == QHttpServerRequest::Method::Get)
            handleGet(responder, caller, correlator, id);
        else
            handleDelete(responder, caller, correlator, id);
        break;
    case Route::None:
        break;
    }
}

QByteArray SimulatorServer::statusBody(const QString &deviceKey)
{
    const auto cached = m_statusBodies.constFind(deviceKey);
    if (cached != m_statusBodies.cend())
        return *cached;
    const QByteArray body =
        QJsonDocument(m_network->device(deviceKey)->roamingStatus().toJson()).toJson(QJsonDocument::Compact);
    m_statusBodies.insert(deviceKey, body);
    return body;
}

void SimulatorServer::handleRetrieve(const QHttpServerRequest &request, QHttpServerResponder &responder,
    const Caller &caller, const QByteArray &correlator)
{
    if (!caller.allows(QStringLiteral("device-roaming-status:read"))) {
        http::sendError(responder, 403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope device-roaming-status:read."), correlator);
        return;
    }
    QJsonObject object;
    if (!request.body().trimmed().isEmpty()) {
        ApiRefusal refusal;
        const std::optional<QJsonObject> parsed = readBodyObject(request.body(), &refusal);
        if (!parsed) {
            http::sendError(responder, refusal.status, refusal.code, refusal.message, correlator);
            return;
        }
        object = *parsed;
    }
    std::optional<Device> device;
    QString message;
    if (!readDevice(object.value(QStringLiteral("device")), QStringLiteral("device"), &device, &message)) {
        http::sendError(responder, 400, QStringLiteral("INVALID_ARGUMENT"), message, correlator);
        return;
    }
    const DeviceLookup target = resolveTarget(caller, device, QStringLiteral("device"));
    if (!target.ok()) {
        http::sendError(responder, target.status, target.code, target.message, correlator);
        return;
    }
    const QString &key = target.key;
    if (device && identifierCount(*device) > 1) {
        RoamingStatus answer = m_network->device(key)->roamingStatus();
        answer.device = echoedIdentifier(*device);
        http::sendJson(responder, 200, QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact), correlator);
        return;
    }
    http::sendJson(responder, 200, statusBody(key), correlator);
}

void SimulatorServer::handleCreate(const QHttpServerRequest &request, QHttpServerResponder &responder,
    const Caller &caller, const QByteArray &correlator, bool v08, const QString &prefix)
{
    auto bad = [&](const QString &code, const QString &message, int status) {
        http::sendError(responder, status, code, message, correlator);
    };
    const CreateContext context{
        v08 ? ApiVersion::V0_8 : ApiVersion::V0_7, prefix, m_clock->now(), m_network->dispatcher()->sinkPolicy()};
    ApiRefusal refusal;
    std::optional<CreateRequest> parsed = parseCreateRequest(request.body(), context, &refusal);
    if (!parsed) {
        qCDebug(lcSimNetwork).noquote() << "create refused:" << refusal.status << refusal.code << refusal.message;
        bad(refusal.code, refusal.message, refusal.status);
        return;
    }
    SimSubscription &subscription = parsed->subscription;
    // scopes (per event type, as the spec's 4 create scopes)
    if (!caller.allows(scopeOfCreate(subscription.type))) {
        int createScopes = 0;
        for (const QString &scope : caller.scopes)
            createScopes += scope.endsWith(QLatin1String(":create")) ? 1 : 0;
        if (createScopes == 1)
            bad(QStringLiteral("SUBSCRIPTION_MISMATCH"),
                QStringLiteral("Inconsistent access token for requested events subscription."), 403);
        else
            bad(QStringLiteral("PERMISSION_DENIED"),
                QStringLiteral("The access token lacks the scope %1.").arg(scopeOfCreate(subscription.type)), 403);
        return;
    }
    const DeviceLookup target =
        resolveTarget(caller, parsed->device, QStringLiteral("config.subscriptionDetail.device"));
    if (!target.ok()) {
        bad(target.code, target.message, target.status);
        return;
    }
    subscription.deviceKey = target.key;
    if (!caller.threeLegged)
        subscription.requestDevice = parsed->device;
    if (m_network->subscriptionCount() >= MaxSubscriptions) {
        bad(QStringLiteral("QUOTA_EXCEEDED"), QStringLiteral("Out of resource quota: too many subscriptions."), 429);
        return;
    }
    const SimSubscription created = m_network->createSubscription(subscription);
    http::sendJson(
        responder, 201, QJsonDocument(subscriptionJson(created, caller)).toJson(QJsonDocument::Compact), correlator);
}

DeviceLookup SimulatorServer::resolveTarget(
    const Caller &caller, const std::optional<Device> &device, const QString &devicePath) const
{
    DeviceLookup result;
    if (caller.threeLegged) {
        // The token names the device: a device in the body is refused even when it is the same one.
        if (device)
            return DeviceLookup{{}, 422, QStringLiteral("UNNECESSARY_IDENTIFIER"),
                QStringLiteral("The device is already identified by the access token; omit %1.").arg(devicePath)};
        const auto known = m_network->device(caller.deviceKey);
        if (!known)
            return DeviceLookup{{}, 404, QStringLiteral("IDENTIFIER_NOT_FOUND"),
                QStringLiteral("The device of the access token is not known to the network.")};
        if (known->fixedErrorStatus != 0)
            return DeviceLookup{{}, known->fixedErrorStatus, fixedErrorCode(known->fixedErrorStatus),
                fixedErrorMessage(known->fixedErrorStatus)};
        result.key = caller.deviceKey;
        return result;
    }
    if (!device)
        return DeviceLookup{{}, 422, QStringLiteral("MISSING_IDENTIFIER"),
            QStringLiteral("The device cannot be identified: give %1.").arg(devicePath)};
    return m_network->lookup(*device);
}

std::optional<SimSubscription> SimulatorServer::findForCaller(QHttpServerResponder &responder, const Caller &caller,
    const QByteArray &correlator, const QString &id, const QString &scope) const
{
    if (!caller.allows(scope)) {
        http::sendError(responder, 403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope %1.").arg(scope), correlator);
        return std::nullopt;
    }
    // A 3-legged token only sees its own device's subscriptions; others look unknown rather than forbidden.
    auto subscription = m_network->subscription(id);
    if (!subscription || (caller.threeLegged && subscription->deviceKey != caller.deviceKey)) {
        http::sendError(responder, 404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("The specified resource is not found: no subscription %1.").arg(id.left(80)), correlator);
        return std::nullopt;
    }
    return subscription;
}

QJsonObject SimulatorServer::subscriptionJson(const SimSubscription &subscription, const Caller &caller) const
{
    Subscription answer = subscription.toSubscription();
    if (caller.threeLegged)
        answer.config.device.reset(); // the token names the device; the answer does not repeat it
    return answer.toJson();
}

void SimulatorServer::handleList(QHttpServerResponder &responder, const Caller &caller, const QByteArray &correlator)
{
    if (!caller.allows(QStringLiteral("device-roaming-status-subscriptions:read"))) {
        http::sendError(responder, 403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope device-roaming-status-subscriptions:read."), correlator);
        return;
    }
    QJsonArray list;
    for (const SimSubscription &subscription : m_network->subscriptions()) {
        if (caller.threeLegged && subscription.deviceKey != caller.deviceKey)
            continue;
        list.append(subscriptionJson(subscription, caller));
    }
    http::sendJson(responder, 200, QJsonDocument(list).toJson(QJsonDocument::Compact), correlator);
}

void SimulatorServer::handleGet(
    QHttpServerResponder &responder, const Caller &caller, const QByteArray &correlator, const QString &id)
{
    const auto subscription =
        findForCaller(responder, caller, correlator, id, QStringLiteral("device-roaming-status-subscriptions:read"));
    if (subscription)
        http::sendJson(responder, 200,
            QJsonDocument(subscriptionJson(*subscription, caller)).toJson(QJsonDocument::Compact), correlator);
}

void SimulatorServer::handleDelete(
    QHttpServerResponder &responder, const Caller &caller, const QByteArray &correlator, const QString &id)
{
    const auto subscription =
        findForCaller(responder, caller, correlator, id, QStringLiteral("device-roaming-status-subscriptions:delete"));
    if (!subscription)
        return;
    m_network->deleteSubscription(id);
    http::sendEmpty(responder, 204, correlator);
}

} // namespace roamdesk::sim
