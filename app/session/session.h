#pragma once

#include "app/receiver/receiversettings.h"

#include <QObject>
#include <QString>

#include <memory>

namespace roamdesk::api {
class RoamingClient;
class SecretStore;
} // namespace roamdesk::api

namespace roamdesk {

class ActivityService;
class AlertService;
class ApiRequests;
class Clock;
class EnvironmentService;
class FleetService;
class NotificationLogService;
class ReceiverService;
class SimulatorControl;
class SubscriptionTableModel;
class TrafficLogModel;

/// The composition root behind the window: owns the services, each with one job, starts and stops them
/// and wires them to each other. A view is handed only the service it uses:
/// - environments(): which network RoamDesk talks to;
/// - requests(): the API calls (lookup, create, list, get, delete) on it;
/// - simulator(): the embedded simulator's devices and scenarios;
/// - receiver(): the webhook receiver on its own thread, its state and the sink tokens it accepts;
/// - log(): the stored notifications as a model, filters, raw JSON, export;
/// - fleet(): every device's roaming state, derived from the store and kept live, and its journey.
/// Nothing here waits on the network or the database on the calling thread.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Options
    {
        ReceiverSettings receiver; // the GUI's defaults: loopback, port 8787, the default store
        bool startSimulator = true; // the embedded simulator (the default environment's backend)
        quint16 simulatorPort = 0;
        Clock *clock = nullptr; // null: the system clock
        bool fastRetries = false; // tests: back off milliseconds, not seconds
        api::SecretStore *secretStore = nullptr; // not owned; null: a FileSecretStore in AppConfigLocation
    };

    explicit Session(QObject *parent = nullptr);
    explicit Session(const Options &options, QObject *parent = nullptr);
    ~Session() override;

    /// Starts the simulator and the receiver and opens the store. False with `error` set when a
    /// listener could not start; the window still opens and shows that state.
    bool start(QString *error = nullptr);
    /// Stops everything (the simulator ends live subscriptions with NETWORK_TERMINATED first).
    void shutdown();

    EnvironmentService *environments() const;
    ApiRequests *requests() const;
    SimulatorControl *simulator() const;
    ReceiverService *receiver() const;
    NotificationLogService *log() const;
    /// The log's events per minute over the last hour, for its filter.
    ActivityService *activity() const;
    FleetService *fleet() const;
    /// Alerts raised by the rules on every commit, lookup and timer tick, stored beside the notifications.
    AlertService *alerts() const;
    /// The subscriptions of the current environment, as listed by its API and as created here.
    SubscriptionTableModel *subscriptions() const;
    /// Every exchange with the API, secrets masked.
    TrafficLogModel *traffic() const;
    api::RoamingClient *client() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace roamdesk
