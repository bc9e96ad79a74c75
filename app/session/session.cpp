#include "session/session.h"

#include "client/environmentstore.h"
#include "client/roamingclient.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "countrytable.h"
#include "simdevicemodel.h"
#include "simulator/scenarioplayer.h"
#include "simulator/simulatednetwork.h"
#include "simulator/simulatorserver.h"
#include "subscriptiontablemodel.h"
#include "trafficlogmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSession, "roamdesk.session")

namespace roamdesk {

struct Session::Private
{
    Options options;
    Clock *clock = nullptr;
    std::unique_ptr<sim::SimulatorServer> simulator;
    QSettings settings;
    api::FileSecretStore secrets;
    std::unique_ptr<api::EnvironmentStore> environments;
    api::RoamingClient *client = nullptr;
    TrafficLogModel *traffic = nullptr;
    SubscriptionTableModel *subscriptions = nullptr;
    SimDeviceModel *simDevices = nullptr;
    quint64 nextRequestId = 1;

    QThread receiverThread;
    QObject *host = nullptr;
    bool receiverListening = false;
    bool receiverStarting = false;
    QUrl sinkUrl;
    QString receiverError;
    QString databasePath;
    QAbstractItemModel *log = nullptr;
    qint64 storedCount = 0;
    QHash<QString, int> eventCounts; // per subscription, from the store and then every commit
};

Session::Session(QObject *parent)
    : Session(Options(), parent)
{
}

Session::Session(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    d->clock = options.clock ? options.clock : Clock::system();
    d->environments = std::make_unique<api::EnvironmentStore>(&d->settings, &d->secrets);
    d->client = new api::RoamingClient(this);
    d->client->setClock(d->clock);
    d->traffic = new TrafficLogModel(this);
    d->client->setTrafficLog(d->traffic);
    d->subscriptions = new SubscriptionTableModel(this);
    d->simDevices = new SimDeviceModel(this);
    // Until the receiver has opened (and migrated) the store, the log reads an unopened source: empty.
    d->log = new SubscriptionTableModel(this);
    if (options.fastRetries) {
        api::RetryPolicy policy = d->client->retryPolicy();
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 20;
        d->client->setRetryPolicy(policy);
    }
}

Session::~Session()
{
    shutdown();
}

bool Session::start(QString *error)
{
    QStringList problems;
    if (d->options.startSimulator) {
        d->simulator = std::make_unique<sim::SimulatorServer>(d->clock, nullptr);
        if (!d->simulator->listen(QHostAddress::LocalHost, d->options.simulatorPort)) {
            problems << tr("The simulator could not listen: %1").arg(d->simulator->errorString());
            d->simulator.reset();
        } else {
            sim::SimulatedNetwork *network = d->simulator->network();
            auto refreshDevices = [this] {
                QList<SimDeviceModel::Entry> entries;
                for (const sim::SimDevice &device : d->simulator->network()->devices()) {
                    SimDeviceModel::Entry entry;
                    entry.key = device.key;
                    entry.device = device.identifiers;
                    entry.homeMcc = device.homeMcc;
                    entry.currentMcc = device.roaming() ? device.currentMcc : device.homeMcc;
                    entry.reachable = device.fixedErrorStatus == 0;
                    entries << entry;
                }
                d->simDevices->setEntries(entries);
                Q_EMIT simulatorChanged();
            };
            connect(network, &sim::SimulatedNetwork::devicesChanged, this, refreshDevices);
            connect(network, &sim::SimulatedNetwork::deviceMoved, this, refreshDevices);
            connect(d->simulator->player(), &sim::ScenarioPlayer::playingChanged, this, &Session::simulatorChanged);
            refreshDevices();
            qCInfo(lcSession) << "simulator at" << d->simulator->apiRoot().toString();
        }
    }
    applyEnvironment();
    if (!startReceiver(&problems))
        qCWarning(lcSession) << "receiver not started";
    Q_EMIT environmentChanged();
    Q_EMIT receiverStateChanged();
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

void Session::shutdown()
{
    if (d->client)
        d->client->cancelAll();
    if (d->simulator) {
        // Short wait: the receiver in this process answers at once, and the window is closing.
        d->simulator->shutdown(1000);
        d->simulator.reset();
    }
    stopReceiver();
}

// --- environments ---

QList<Session::Environment> Session::environments() const
{
    QList<Environment> out;
    for (const api::Environment &env : d->environments->environments()) {
        Environment item;
        item.id = env.name;
        item.isSimulator = env.kind == api::EnvironmentKind::Simulator;
        switch (env.kind) {
        case api::EnvironmentKind::Simulator:
            item.name = tr("Simulator");
            break;
        case api::EnvironmentKind::NacProd:
            item.name = tr("Network as Code");
            break;
        case api::EnvironmentKind::NacStaging:
            item.name = tr("Network as Code (staging)");
            break;
        case api::EnvironmentKind::NacDev:
            item.name = tr("Network as Code (dev)");
            break;
        case api::EnvironmentKind::Custom:
            item.name = env.name;
            break;
        }
        out << item;
    }
    return out;
}

QString Session::currentEnvironmentId() const
{
    return d->environments->currentName();
}

Session::Environment Session::currentEnvironment() const
{
    const QString id = currentEnvironmentId();
    for (const Environment &env : environments()) {
        if (env.id == id)
            return env;
    }
    return {id, id, false};
}

bool Session::isSimulatorEnvironment() const
{
    return d->environments->current().kind == api::EnvironmentKind::Simulator;
}

void Session::setEnvironment(const QString &id)
{
    if (id == currentEnvironmentId() || !d->environments->setCurrent(id))
        return;
    applyEnvironment();
    // Another network: its subscriptions are another list.
    d->subscriptions->clear();
    Q_EMIT environmentChanged();
}

void Session::applyEnvironment()
{
    api::Environment env = d->environments->current();
    if (env.kind == api::EnvironmentKind::Simulator && d->simulator)
        env.apiRoot = d->simulator->apiRoot();
    d->client->setEnvironment(env);
}

QUrl Session::apiRoot() const
{
    return d->client->environment().apiRoot;
}

QString Session::generateSinkToken()
{
    // 32 random bytes, URL-safe: long enough that guessing is hopeless, short enough to paste.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(bytes.data()), reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SubscriptionTableModel *Session::subscriptionModel() const
{
    return d->subscriptions;
}

SimDeviceModel *Session::simDeviceModel() const
{
    return d->simDevices;
}

QAbstractItemModel *Session::trafficModel() const
{
    return d->traffic;
}

// --- API calls ---

namespace {
Session::Operation operationOf(api::ApiCall::Operation operation)
{
    switch (operation) {
    case api::ApiCall::Operation::RetrieveStatus:
        return Session::Operation::Lookup;
    case api::ApiCall::Operation::CreateSubscription:
        return Session::Operation::Create;
    case api::ApiCall::Operation::GetSubscription:
        return Session::Operation::Get;
    case api::ApiCall::Operation::ListSubscriptions:
        return Session::Operation::List;
    case api::ApiCall::Operation::DeleteSubscription:
        return Session::Operation::Delete;
    }
    return Session::Operation::Lookup;
}
} // namespace

quint64 Session::track(api::ApiCall *call, std::function<void(quint64, api::ApiCall *)> onSuccess)
{
    const quint64 id = d->nextRequestId++;
    connect(call, &api::ApiCall::finished, this, [this, call, id, onSuccess = std::move(onSuccess)] {
        call->deleteLater();
        if (!call->ok()) {
            Q_EMIT requestFailed(id, operationOf(call->operation()), call->error(), call->attempts());
            return;
        }
        onSuccess(id, call);
    });
    return id;
}

quint64 Session::lookup(const Device &device)
{
    return track(d->client->retrieveStatus(device),
        [this, device](quint64 id, api::ApiCall *call) { Q_EMIT lookupFinished(id, device, *call->roamingStatus()); });
}

quint64 Session::createSubscription(const SubscriptionRequest &request)
{
    // The initial event can reach the receiver before the 201 reaches us: make the token known first.
    const QString token = request.sinkCredential ? request.sinkCredential->accessToken : QString();
    const QString pendingId = QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto call = d->client->createSubscription(request);
    if (!token.isEmpty() && d->host) {
        connect(call, &api::ApiCall::finished, this, [this, pendingId] {
            if (d->host)
                QMetaObject::invokeMethod(d->host, "forget", Qt::QueuedConnection, Q_ARG(QString, pendingId));
        });
    }
    return track(call, [this, request](quint64 id, api::ApiCall *call) {
        Subscription created;
        if (const Subscription *sub = call->subscription()) {
            created = *sub;
        } else if (const api::AsyncAccepted *accepted = call->accepted()) {
            // 202: only the id is known yet; show what was asked for.
            created.id = accepted->id;
            created.sink = request.sink;
            created.types = request.types;
            created.config = request.config;
            created.status = SubscriptionStatus::ActivationRequested;
        }
        // The API does not echo the device on every version: keep the one we asked for.
        if (!created.config.device)
            created.config.device = request.config.device;
        rememberSubscription(created, request.sinkCredential ? request.sinkCredential->accessToken : QString());
        d->subscriptions->upsert(created, true);
        Q_EMIT subscriptionCreated(id, created);
    });
}

quint64 Session::refreshSubscriptions()
{
    return track(d->client->listSubscriptions(), [this](quint64 id, api::ApiCall *call) {
        const QList<Subscription> list = call->subscriptions() ? *call->subscriptions() : QList<Subscription>();
        d->subscriptions->mergeApiList(list);
        refreshEventCounts();
        Q_EMIT subscriptionsRefreshed(id, int(list.size()));
    });
}

quint64 Session::fetchSubscription(const QString &subscriptionId)
{
    return track(d->client->getSubscription(subscriptionId), [this](quint64 id, api::ApiCall *call) {
        const Subscription sub = *call->subscription();
        d->subscriptions->upsert(sub);
        refreshEventCounts();
        Q_EMIT subscriptionFetched(id, sub);
    });
}

quint64 Session::deleteSubscription(const QString &subscriptionId)
{
    return track(d->client->deleteSubscription(subscriptionId), [this, subscriptionId](quint64 id, api::ApiCall *) {
        d->subscriptions->markEnded(subscriptionId, QStringLiteral("DELETED"));
        markSubscriptionDeleted(subscriptionId);
        Q_EMIT subscriptionDeleted(id, subscriptionId);
    });
}

// --- simulator ---

bool Session::hasSimulator() const
{
    return d->simulator != nullptr;
}

QUrl Session::simulatorApiRoot() const
{
    return d->simulator ? d->simulator->apiRoot() : QUrl();
}

void Session::moveDevice(const QString &key, int mcc)
{
    if (d->simulator)
        d->simulator->network()->moveDevice(key, mcc);
}

void Session::sendHome(const QString &key)
{
    if (d->simulator)
        d->simulator->network()->sendHome(key);
}

QStringList Session::scenarioNames() const
{
    QStringList names;
    for (const QString &path : sim::SimulatorServer::builtInScenarios())
        names << QFileInfo(path).completeBaseName();
    return names;
}

bool Session::loadScenario(const QString &nameOrFile, QString *error)
{
    if (!d->simulator) {
        if (error)
            *error = tr("The simulator is not running.");
        return false;
    }
    QString path = nameOrFile;
    for (const QString &builtIn : sim::SimulatorServer::builtInScenarios()) {
        if (QFileInfo(builtIn).completeBaseName() == nameOrFile)
            path = builtIn;
    }
    if (!d->simulator->loadScenario(path)) {
        if (error)
            *error = tr("The scenario could not be loaded: %1").arg(d->simulator->scenarioError().toString());
        return false;
    }
    Q_EMIT simulatorChanged();
    return true;
}

void Session::playScenario()
{
    if (d->simulator)
        d->simulator->play();
    Q_EMIT simulatorChanged();
}

void Session::pauseScenario()
{
    if (d->simulator)
        d->simulator->pause();
    Q_EMIT simulatorChanged();
}

bool Session::scenarioPlaying() const
{
    return d->simulator && d->simulator->player()->isPlaying();
}

void Session::setScenarioSpeed(double factor)
{
    if (d->simulator)
        d->simulator->setSpeed(factor);
}

double Session::scenarioSpeed() const
{
    return d->simulator ? d->simulator->player()->speed() : 1.0;
}

} // namespace roamdesk

// TEMP
namespace roamdesk {
bool Session::startReceiver(QStringList *)
{
    return false;
}
void Session::stopReceiver() { }
void Session::rememberSubscription(const Subscription &, const QString &) { }
void Session::markSubscriptionDeleted(const QString &) { }
void Session::refreshEventCounts() { }
QUrl Session::sinkUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:8787/notifications"));
}
bool Session::receiverListening() const
{
    return false;
}
QString Session::receiverError() const
{
    return {};
}
QAbstractItemModel *Session::notificationLogModel() const
{
    return d->log;
}
void Session::setLogFilter(const QString &, const QString &, const QString &, const QString &) { }
QByteArray Session::logRowJson(int) const
{
    return {};
}
qint64 Session::storedNotificationCount() const
{
    return 0;
}
} // namespace roamdesk
