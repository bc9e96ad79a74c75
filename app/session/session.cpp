#include "app/session/session.h"

#include "app/alerts/alertforwarder.h"
#include "app/alerts/alertservice.h"
#include "app/client/roamingclient.h"
#include "app/client/secretstore.h"
#include "app/common/clock.h"
#include "app/fleet/fleetservice.h"
#include "app/rules/rulesfile.h"
#include "app/session/activityservice.h"
#include "app/session/apirequests.h"
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/simulatorcontrol.h"
#include "app/store/storecredentials.h"
#include "models/subscriptiontablemodel.h"
#include "models/trafficlogmodel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "roamdesk.session")

namespace roamdesk {

struct Session::Private
{
    Options options;
    Clock *clock = nullptr;
    api::RoamingClient *client = nullptr;
    TrafficLogModel *traffic = nullptr;
    SubscriptionTableModel *subscriptions = nullptr;
    SimulatorControl *simulator = nullptr;
    EnvironmentService *environments = nullptr;
    ReceiverService *receiver = nullptr;
    ApiRequests *requests = nullptr;
    NotificationLogService *log = nullptr;
    ActivityService *activity = nullptr;
    FleetService *fleet = nullptr;
    AlertService *alerts = nullptr;
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
    d->client = new api::RoamingClient(this);
    d->client->setClock(d->clock);
    d->traffic = new TrafficLogModel(this);
    d->client->setTrafficLog(d->traffic);
    if (options.fastRetries) {
        api::RetryPolicy policy = d->client->retryPolicy();
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 20;
        d->client->setRetryPolicy(policy);
    }
    d->subscriptions = new SubscriptionTableModel(this);
    d->simulator = new SimulatorControl(d->clock, this);
    d->environments = new EnvironmentService(options.secretStore, d->client, d->simulator, this);
    d->receiver = new ReceiverService(d->clock, d->subscriptions, this);
    d->requests = new ApiRequests(d->client, d->subscriptions, d->receiver, this);
    d->log = new NotificationLogService(this);
    d->activity = new ActivityService(d->clock, this);
    d->fleet = new FleetService(this);

    // Another network: its subscriptions are another list.
    connect(d->environments, &EnvironmentService::changed, this, [this](bool otherNetwork) {
        if (otherNetwork)
            d->subscriptions->clear();
    });
    connect(d->receiver, &ReceiverService::storeOpened, d->log, &NotificationLogService::open);
    connect(d->receiver, &ReceiverService::notificationsArrived, d->log, [this](int count) {
        if (count > 0)
            d->log->refresh();
    });
    connect(d->receiver, &ReceiverService::storeOpened, d->activity, &ActivityService::open);
    connect(d->receiver, &ReceiverService::notificationsArrived, d->activity, [this](int count) {
        if (count > 0)
            d->activity->refresh();
    });
    connect(d->receiver, &ReceiverService::storeOpened, d->fleet, qOverload<const QString &>(&FleetService::open));
    connect(d->receiver, &ReceiverService::notificationsArrived, d->fleet, [this](int count) {
        if (count > 0)
            d->fleet->refresh();
    });
    connect(d->requests, &ApiRequests::lookupFinished, d->fleet,
        [this](quint64, const Device &device, const RoamingStatus &status) { d->fleet->applyLookup(device, status); });
    d->alerts = new AlertService(this);
    connect(d->receiver, &ReceiverService::storeOpened, d->alerts, qOverload<const QString &>(&AlertService::open));
    connect(d->receiver, &ReceiverService::notificationsArrived, d->alerts, [this](int count) {
        if (count > 0)
            d->alerts->refresh();
    });
    connect(d->requests, &ApiRequests::lookupFinished, d->alerts,
        [this](quint64, const Device &device, const RoamingStatus &status) { d->alerts->applyLookup(device, status); });
    connect(d->requests, &ApiRequests::subscriptionCreated, d->alerts,
        [this](quint64, const Subscription &subscription) { d->alerts->addSubscription(subscription); });
    connect(d->requests, &ApiRequests::subscriptionFetched, d->alerts,
        [this](quint64, const Subscription &subscription) { d->alerts->addSubscription(subscription); });
    connect(d->receiver, &ReceiverService::stateChanged, this, [this] {
        // The embedded simulator posts only to loopback unless told: the public sink URL (a tunnel, a proxy
        // on another host) is where subscriptions made here point, so it may post there too.
        const QUrl sink = d->receiver->sinkUrl();
        if (d->receiver->isListening() && !sink.host().isEmpty())
            d->simulator->allowSink(sink.host(), sink.port(sink.scheme() == QLatin1String("https") ? 443 : 80));
    });
}

Session::~Session()
{
    shutdown();
}

bool Session::start(QString *error)
{
    QStringList problems;
    if (d->options.startSimulator) {
        QString simulatorError;
        if (!d->simulator->start(d->options.simulatorPort, &simulatorError))
            problems << simulatorError;
    }
    // The user's rules, else the pack RoamDesk ships; a file that no longer validates falls back to the pack.
    QStringList ruleErrors;
    const std::optional<RuleSet> rules = RulesFile::loadUserOrDefault(&ruleErrors);
    if (!rules)
        qCWarning(lcSession).noquote() << "rules not loaded, the default rules apply:" << ruleErrors.join(u'\n');
    d->alerts->setRules(rules ? *rules : RulesFile::defaultPack());
    AlertForwarding forwarding = AlertForwarding::load();
    if (forwarding.enabled)
        forwarding.token = d->environments->secretStore()->read(AlertForwarding::tokenKey());
    d->alerts->forwarder()->setConfiguration(forwarding);
    // The simulator's root is known now: the current profile is applied again and announced.
    d->environments->reload();
    ReceiverSettings settings = d->options.receiver;
    settings.allowUnauthenticated = settings.unauthenticatedDefault();
    // A shared store's password lives in the secret store; each connection takes it from there when it opens.
    if (const std::optional<StoreLocation> store = StoreLocation::parse(settings.databasePath);
        store && store->isShared())
        storecredentials::setPassword(
            *store, d->environments->secretStore()->read(storecredentials::secretKey(*store)));
    d->receiver->start(settings);
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

void Session::shutdown()
{
    d->requests->cancelAll();
    // Short wait: the receiver in this process answers at once, and the window is closing.
    d->simulator->shutdown(1000);
    d->receiver->stop();
}

EnvironmentService *Session::environments() const
{
    return d->environments;
}

ApiRequests *Session::requests() const
{
    return d->requests;
}

SimulatorControl *Session::simulator() const
{
    return d->simulator;
}

ReceiverService *Session::receiver() const
{
    return d->receiver;
}

NotificationLogService *Session::log() const
{
    return d->log;
}

ActivityService *Session::activity() const
{
    return d->activity;
}

FleetService *Session::fleet() const
{
    return d->fleet;
}

AlertService *Session::alerts() const
{
    return d->alerts;
}

SubscriptionTableModel *Session::subscriptions() const
{
    return d->subscriptions;
}

TrafficLogModel *Session::traffic() const
{
    return d->traffic;
}

api::RoamingClient *Session::client() const
{
    return d->client;
}

} // namespace roamdesk
