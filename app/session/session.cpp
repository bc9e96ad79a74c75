#include "session/session.h"

#include "client/environmentstore.h"
#include "client/roamingclient.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "countrytable.h"
#include "notificationlog.h"
#include "notificationlogexport.h"
#include "session/receiverhost.h"
#include "simdevicemodel.h"
#include "simulator/scenarioplayer.h"
#include "simulator/simulatednetwork.h"
#include "simulator/simulatorserver.h"
#include "store/sqlitenotificationstore.h"
#include "subscriptiontablemodel.h"
#include "trafficlogmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIdentityProxyModel>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSession, "roamdesk.session")

namespace {
/// How long a deleted subscription's subscription-ends is waited for before its events get 410 Gone.
constexpr int EndGraceMs = 30 * 1000;
} // namespace

namespace roamdesk {

struct Session::Private
{
    Options options;
    Clock *clock = nullptr;
    std::unique_ptr<sim::SimulatorServer> simulator;
    QSettings settings;
    std::unique_ptr<api::SecretStore> ownSecrets; // when Options::secretStore is null
    api::SecretStore *secrets = nullptr;
    std::unique_ptr<api::EnvironmentStore> environments;
    api::RoamingClient *client = nullptr;
    TrafficLogModel *traffic = nullptr;
    SubscriptionTableModel *subscriptions = nullptr;
    SimDeviceModel *simDevices = nullptr;
    quint64 nextRequestId = 1;

    // Receiver: on its own thread; the GUI reads the log through its own connection.
    QThread receiverThread;
    ReceiverHost *host = nullptr;
    bool receiverListening = false;
    bool receiverStarting = false;
    QUrl sinkUrl;
    QString receiverError;
    QString databasePath;
    QThreadPool pool; // exports, each with its own store connection
    NotificationLogModel *log = nullptr; // reads on its own thread with its own store connection
    bool logReloading = false;
    bool logFetching = false;
    QIdentityProxyModel *logProxy = nullptr;
    qint64 storedCount = 0;
    QHash<QString, int> eventCounts;
    NotificationLogFilter pendingFilter;
    QSet<QString> awaitingEnd;
    bool exporting = false; // deleted here, subscription-ends not seen yet // per subscription, from the store and
                            // then every commit
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
    d->secrets = options.secretStore;
    if (!d->secrets) {
        d->ownSecrets = std::make_unique<api::FileSecretStore>();
        d->secrets = d->ownSecrets.get();
    }
    d->environments = std::make_unique<api::EnvironmentStore>(&d->settings, d->secrets);
    d->client = new api::RoamingClient(this);
    d->client->setClock(d->clock);
    d->traffic = new TrafficLogModel(this);
    d->client->setTrafficLog(d->traffic);
    d->subscriptions = new SubscriptionTableModel(this);
    d->simDevices = new SimDeviceModel(this);
    // The log model is made once the receiver has opened (and migrated) the store; the window sees it
    // through a proxy that exists from the start.
    d->logProxy = new QIdentityProxyModel(this);
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
    // Filter and export workers post back to this object: let them finish first.
    d->pool.waitForDone();
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
            connect(d->simulator.get(), &sim::SimulatorServer::scenarioProgress, this, &Session::scenarioProgress);
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

api::EnvironmentStore *Session::environmentStore() const
{
    return d->environments.get();
}

api::SecretStore *Session::secretStore() const
{
    return d->secrets;
}

void Session::reloadEnvironment()
{
    const api::Environment before = d->client->environment();
    d->client->clearAccessToken();
    applyEnvironment();
    // Another profile (the edited one was removed) or another endpoint: its subscriptions are another list.
    const api::Environment after = d->client->environment();
    if (after.name != before.name || after.apiRoot != before.apiRoot)
        d->subscriptions->clear();
    Q_EMIT environmentChanged();
}

Session::EnvironmentSettings Session::environmentSettings(const QString &id) const
{
    EnvironmentSettings settings;
    const std::optional<api::Environment> env = d->environments->environment(id);
    if (!env)
        return settings;
    settings.id = id;
    settings.apiRoot =
        env->kind == api::EnvironmentKind::Simulator && d->simulator ? d->simulator->apiRoot() : env->apiRoot;
    settings.apiRootEditable = env->kind == api::EnvironmentKind::Custom;
    settings.subscriptionsVersion = env->subscriptionsVersion;
    switch (env->auth) {
    case api::AuthMode::None:
        break;
    case api::AuthMode::RapidApiKey:
        settings.secretLabel = tr("Application key (X-RapidAPI-Key)");
        settings.secret = env->apiKey;
        break;
    case api::AuthMode::Bearer:
        settings.secretLabel = tr("Bearer access token");
        settings.secret = env->bearerToken;
        break;
    case api::AuthMode::OAuth2ClientCredentials:
        settings.secretLabel = tr("OAuth2 client secret");
        settings.secret = env->clientSecret;
        break;
    }
    return settings;
}

bool Session::saveEnvironmentSettings(const EnvironmentSettings &settings, QString *error)
{
    std::optional<api::Environment> env = d->environments->environment(settings.id);
    if (!env) {
        if (error)
            *error = tr("There is no environment called %1.").arg(settings.id);
        return false;
    }
    if (env->kind == api::EnvironmentKind::Custom)
        env->apiRoot = settings.apiRoot;
    if (!settings.subscriptionsVersion.isEmpty())
        env->subscriptionsVersion = settings.subscriptionsVersion;
    switch (env->auth) {
    case api::AuthMode::None:
        break;
    case api::AuthMode::RapidApiKey:
        env->apiKey = settings.secret;
        break;
    case api::AuthMode::Bearer:
        env->bearerToken = settings.secret;
        break;
    case api::AuthMode::OAuth2ClientCredentials:
        env->clientSecret = settings.secret;
        break;
    }
    api::Environment check = *env;
    if (check.kind == api::EnvironmentKind::Simulator && d->simulator)
        check.apiRoot = d->simulator->apiRoot();
    const QString problem = check.validationError();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!d->environments->save(*env)) {
        if (error)
            *error = tr("The environment could not be saved.");
        return false;
    }
    if (settings.id == currentEnvironmentId()) {
        d->client->clearAccessToken();
        applyEnvironment();
        Q_EMIT environmentChanged();
    }
    return true;
}

QStringList Session::subscriptionsVersions()
{
    return api::Environment::supportedSubscriptionsVersions();
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

QString Session::trafficCurl(int row, bool revealSecrets) const
{
    return d->traffic->curlCommand(row, revealSecrets);
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
    const QString pendingId =
        QLatin1String(ReceiverHost::PendingPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!token.isEmpty() && d->host) {
        KnownSubscription pending;
        pending.id = pendingId;
        pending.sinkToken = token;
        pending.sink = request.sink;
        pending.types = request.types;
        pending.createdAt = d->clock->now();
        QMetaObject::invokeMethod(
            d->host, "remember", Qt::QueuedConnection, Q_ARG(roamdesk::KnownSubscription, pending));
    }
    auto call = d->client->createSubscription(request);
    const quint64 requestId = track(call, [this, request](quint64 id, api::ApiCall *call) {
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
    // Connected after track(): on success the real id is remembered before the provisional one is dropped,
    // so the token is never unknown in between.
    if (!token.isEmpty() && d->host) {
        connect(call, &api::ApiCall::finished, this, [this, pendingId] {
            if (d->host)
                QMetaObject::invokeMethod(d->host, "forget", Qt::QueuedConnection, Q_ARG(QString, pendingId));
        });
    }
    return requestId;
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
        // The network still sends subscription-ends after a delete; the receiver must take it before it
        // starts refusing the subscription's events (410). Mark it deleted when that arrives, or after a while.
        d->awaitingEnd.insert(subscriptionId);
        QTimer::singleShot(EndGraceMs, this, [this, subscriptionId] {
            if (d->awaitingEnd.remove(subscriptionId))
                markSubscriptionDeleted(subscriptionId);
        });
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

// --- receiver ---

bool Session::startReceiver(QStringList *problems)
{
    Q_UNUSED(problems)
    qRegisterMetaType<ReceiverBatch>();
    qRegisterMetaType<KnownSubscription>();
    qRegisterMetaType<QList<KnownSubscription>>();
    qRegisterMetaType<ReceiverSettings>();
    ReceiverSettings settings;
    settings.address = d->options.receiverHost;
    settings.port = d->options.receiverPort;
    settings.databasePath = d->options.databasePath;
    settings.publicSinkUrl = d->options.publicSinkUrl;
    settings.tlsCertificateFile = d->options.tlsCertificateFile;
    settings.tlsKeyFile = d->options.tlsKeyFile;
    settings.allowUnauthenticated = settings.unauthenticatedDefault();
    d->host = new ReceiverHost(d->options.clock);
    d->host->moveToThread(&d->receiverThread);
    connect(&d->receiverThread, &QThread::finished, d->host, &QObject::deleteLater);
    connect(d->host, &ReceiverHost::started, this,
        [this](bool ok, const QUrl &sinkUrl, const QString &databasePath, const QString &error,
            const QList<KnownSubscription> &known) {
            d->receiverStarting = false;
            d->receiverListening = ok;
            d->sinkUrl = sinkUrl;
            d->receiverError = error;
            d->databasePath = databasePath;
            if (!databasePath.isEmpty()) {
                d->log = new NotificationLogModel(SqliteNotificationStore::readerFactory(databasePath), this);
                // Big enough that a burst between two refreshes is prepended rather than reloaded.
                d->log->setPageSize(2000);
                d->log->setFilter(d->pendingFilter);
                connect(d->log, &NotificationLogModel::loadingChanged, this, [this] {
                    if (d->log->isReloading() != d->logReloading) {
                        d->logReloading = d->log->isReloading();
                        Q_EMIT logFiltering(d->logReloading);
                    }
                    if (d->log->isFetching() != d->logFetching) {
                        d->logFetching = d->log->isFetching();
                        Q_EMIT logFetching(d->logFetching);
                    }
                });
                connect(d->log, &NotificationLogModel::rawJsonReady, this, &Session::logJsonReady);
                connect(d->log, &NotificationLogModel::loadFailed, this,
                    [](const QString &error) { qCWarning(lcSession) << "log not readable:" << error; });
                d->logProxy->setSourceModel(d->log);
                d->logReloading = d->log->isReloading();
                if (d->logReloading)
                    Q_EMIT logFiltering(true);
            }
            for (const KnownSubscription &sub : known)
                d->subscriptions->upsert(fromKnown(sub), true);
            // The embedded simulator posts only to loopback unless told: the public sink URL (a tunnel, a
            // proxy on another host) is where subscriptions made here point, so it may post there too.
            if (ok && d->simulator && !sinkUrl.host().isEmpty())
                d->simulator->allowSink(
                    sinkUrl.host(), sinkUrl.port(sinkUrl.scheme() == QLatin1String("https") ? 443 : 80));
            refreshEventCounts();
            qCInfo(lcSession) << "receiver" << (ok ? "listening at" : "failed:") << (ok ? sinkUrl.toString() : error);
            Q_EMIT receiverStateChanged();
        });
    connect(d->host, &ReceiverHost::storedCount, this, [this](qint64 count) {
        // Counted right after the start, before any request could be handled: commits add to it from then on.
        d->storedCount += count;
        Q_EMIT notificationsArrived(0);
    });
    connect(d->host, &ReceiverHost::batchCommitted, this, [this](const ReceiverBatch &batch) {
        d->storedCount += batch.stored;
        for (auto it = batch.eventsBySubscription.cbegin(); it != batch.eventsBySubscription.cend(); ++it) {
            d->eventCounts[it.key()] += it.value();
            d->subscriptions->setEventsReceived(it.key(), d->eventCounts.value(it.key()));
        }
        for (const auto &[id, reason] : batch.ended) {
            d->subscriptions->markEnded(id, reason.isEmpty() ? QStringLiteral("ENDED") : reason);
            // Its last word has arrived: from now on the receiver answers its events with 410 Gone.
            if (d->awaitingEnd.remove(id))
                markSubscriptionDeleted(id);
            Q_EMIT subscriptionEnded(id, reason);
        }
        if (d->log)
            d->log->scheduleRefresh();
        Q_EMIT notificationsArrived(batch.stored);
        if (!batch.alerts.isEmpty())
            Q_EMIT alertsArrived(batch.alerts);
    });
    connect(d->host, &ReceiverHost::eventCounts, this,
        [this](const QHash<QString, int> &counts, const QHash<QString, QString> &ends) {
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                d->eventCounts[it.key()] = it.value();
                d->subscriptions->setEventsReceived(it.key(), it.value());
            }
            for (auto it = ends.cbegin(); it != ends.cend(); ++it)
                d->subscriptions->markEnded(it.key(), it.value().isEmpty() ? QStringLiteral("ENDED") : it.value());
        });
    connect(d->host, &ReceiverHost::failed, this, [this](const QString &error) {
        d->receiverError = error;
        Q_EMIT receiverStateChanged();
    });
    d->receiverThread.setObjectName(QStringLiteral("receiver"));
    d->receiverThread.start();
    d->receiverStarting = true;
    QMetaObject::invokeMethod(d->host, "start", Qt::QueuedConnection, Q_ARG(roamdesk::ReceiverSettings, settings));
    return true;
}

void Session::stopReceiver()
{
    if (!d->host)
        return;
    // Commit and answer what is pending before the thread goes.
    QMetaObject::invokeMethod(d->host, "stop", Qt::BlockingQueuedConnection);
    d->receiverThread.quit();
    d->receiverThread.wait();
    d->host = nullptr;
    d->receiverListening = false;
}

Subscription Session::fromKnown(const KnownSubscription &known)
{
    Subscription sub;
    sub.id = known.id;
    sub.sink = known.sink;
    sub.types = known.types;
    if (!known.device.isEmpty()) {
        Device device;
        // The registry keeps the label only; show it as the phone number field when it looks like one.
        if (Device::isValidPhoneNumber(known.device))
            device.phoneNumber = known.device;
        else
            device.networkAccessIdentifier = known.device;
        sub.config.device = device;
    }
    if (known.createdAt.isValid())
        sub.startsAt = known.createdAt;
    if (known.expiresAt.isValid())
        sub.expiresAt = known.expiresAt;
    sub.status = known.isDeleted() ? SubscriptionStatus::Deleted : SubscriptionStatus::Active;
    return sub;
}

void Session::rememberSubscription(const Subscription &subscription, const QString &sinkToken)
{
    if (!d->host)
        return;
    KnownSubscription known;
    known.id = subscription.id;
    known.sinkToken = sinkToken;
    known.device = subscription.config.device ? subscription.config.device->displayLabel() : QString();
    known.types = subscription.types;
    known.sink = subscription.sink;
    known.createdAt = subscription.startsAt.value_or(d->clock->now());
    if (subscription.expiresAt)
        known.expiresAt = *subscription.expiresAt;
    QMetaObject::invokeMethod(d->host, "remember", Qt::QueuedConnection, Q_ARG(roamdesk::KnownSubscription, known));
}

void Session::markSubscriptionDeleted(const QString &id)
{
    if (d->host)
        QMetaObject::invokeMethod(
            d->host, "markDeleted", Qt::QueuedConnection, Q_ARG(QString, id), Q_ARG(QDateTime, d->clock->now()));
}

void Session::refreshEventCounts()
{
    if (d->host)
        QMetaObject::invokeMethod(
            d->host, "countEvents", Qt::QueuedConnection, Q_ARG(QStringList, d->subscriptions->ids()));
}

QUrl Session::sinkUrl() const
{
    return d->sinkUrl;
}

bool Session::receiverListening() const
{
    return d->receiverListening;
}

QString Session::receiverError() const
{
    return d->receiverStarting ? tr("starting…") : d->receiverError;
}

QAbstractItemModel *Session::notificationLogModel() const
{
    return d->logProxy;
}

void Session::setLogFilter(const QString &text, const QString &type, const QString &device, const QString &subscription)
{
    NotificationLogFilter filter;
    filter.text = text;
    if (!type.isEmpty()) {
        if (const auto parsed = eventtype::fromString(type))
            filter.type = *parsed;
        else // Not a type: look for the words instead, so the user sees nothing rather than everything.
            filter.text = (text + QLatin1Char(' ') + type).trimmed();
    }
    filter.device = device;
    filter.subscriptionId = subscription;
    d->pendingFilter = filter;
    // The model reads the first page on its own thread and swaps it in; logFiltering tells meanwhile.
    if (d->log)
        d->log->setFilter(filter);
}

QByteArray Session::logRowJson(int row) const
{
    if (!d->log)
        return {};
    const qint64 seq = d->log->seqAt(row);
    const QByteArray json = d->log->cachedRawJson(seq);
    if (json.isEmpty() && seq > 0)
        d->log->requestRawJson(seq);
    return json;
}

void Session::requestLogJson(qint64 seq)
{
    if (d->log && seq > 0)
        d->log->requestRawJson(seq);
}

bool Session::logLoading() const
{
    return d->log && d->log->isLoading();
}

qint64 Session::storedNotificationCount() const
{
    return d->storedCount;
}

bool Session::exportLog(const QString &path, bool csv)
{
    if (d->exporting || d->databasePath.isEmpty())
        return false;
    d->exporting = true;
    const QString database = d->databasePath;
    const NotificationLogFilter filter = d->pendingFilter;
    d->pool.start([this, database, filter, path, csv] {
        // Its own connection: a million rows are read and written without touching the GUI thread.
        SqliteNotificationStore store;
        QString error;
        qint64 written = 0;
        bool ok = store.open(database);
        if (!ok) {
            error = store.lastError();
        } else {
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly)
                && NotificationLogExporter::write(store, filter,
                    csv ? NotificationLogExporter::Format::Csv : NotificationLogExporter::Format::JsonLines, &file,
                    &error, &written)
                && file.commit();
            if (!ok && error.isEmpty())
                error = file.errorString();
        }
        QMetaObject::invokeMethod(this, [this, ok, written, path, error] {
            d->exporting = false;
            Q_EMIT logExported(ok, written, path, error);
        });
    });
    return true;
}

} // namespace roamdesk
