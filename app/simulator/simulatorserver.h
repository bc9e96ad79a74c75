#pragma once

#include "app/common/clock.h"
#include "app/receiver/connectionguard.h"
#include "app/simulator/caller.h"
#include "app/simulator/requestquota.h"
#include "app/simulator/retrieveendpoint.h"
#include "app/simulator/routetable.h"
#include "app/simulator/scenario.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/sinkpolicy.h"
#include "app/simulator/subscriptionsendpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace roamdesk::sim {

class FleetGenerator;
class ScenarioPlayer;

/// What an emulated access token allows: a 3-legged token names a device (requests must then omit
/// `device`); `scopes` empty means every scope; an expired token answers 401.
struct AccessGrant
{
    QString deviceKey;
    QStringList scopes;
    std::optional<QDateTime> expiresAt;
};

/// The embedded CAMARA roaming network: Device Roaming Status v1 (retrieve) and the roaming subscriptions
/// API v0.7 and v0.8, under apiRoot http://HOST:PORT/device-status (Network as Code layout) and under the
/// bare CAMARA layout without the prefix. Backed by a SimulatedNetwork (devices, subscriptions, delivery),
/// a ScenarioPlayer (scripted moves) and a FleetGenerator (a synthetic fleet travelling on its own). Listens on
/// loopback unless told otherwise, through the receiver's ConnectionGuard (body cap answered 413 from the head,
/// connection cap 503, idle timeout). Webhooks go only where the SinkPolicy allows: loopback unless widened.
///
/// Bodies are encoded by the models (RoamingStatus, Subscription, Notification, ApiError), the codecs the client
/// decodes with. The trade-off: one owner of the wire format, but a codec bug looks right from both sides, so the
/// simulator is an independent oracle for the client only through the models' conformance tests against the
/// official spec examples (../shared/spec, beside the clone in CI): those must keep running.
class SimulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorServer)

public:
    static constexpr qint64 MaxBodyBytes = 64 * 1024;
    /// Body cap MaxBodyBytes, the receiver's connection cap and idle timeout.
    static ConnectionLimits defaultConnectionLimits();

    explicit SimulatorServer(QObject *parent = nullptr);
    SimulatorServer(Clock *clock, QObject *parent);
    ~SimulatorServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    QString errorString() const { return m_errorString; }
    quint16 port() const;
    /// http://127.0.0.1:PORT/device-status
    QUrl apiRoot() const;

    /// Limits of the HTTP side; they apply from the next listen().
    void setConnectionLimits(const ConnectionLimits &limits) { m_limits = limits; }
    ConnectionLimits connectionLimits() const { return m_limits; }
    int openConnections() const;

    /// Where webhooks may go, checked at create (400) and again before each delivery. Default:
    /// SinkPolicy::loopbackRules(). Link-local and cloud metadata addresses stay refused whatever the rules.
    void setAllowedSinks(const QList<SinkRule> &rules);
    /// Adds a host (name, address or ADDRESS/PREFIX) on `port` (-1: any), e.g. the receiver's public sink URL.
    /// False when `host` is malformed.
    bool allowSink(const QString &host, int port = -1);
    QList<SinkRule> allowedSinks() const;

    /// Auth emulation: with a token set, requests need "Authorization: Bearer <token>" or
    /// "X-RapidAPI-Key: <token>" (401 UNAUTHENTICATED otherwise). Empty turns it off (unless grants exist).
    void setRequiredToken(const QString &token);
    QString requiredToken() const { return m_requiredToken; }
    /// Extra emulated tokens (3-legged, limited scopes, expiring). Any grant turns auth emulation on.
    void addAccessToken(const QString &token, const AccessGrant &grant);
    void removeAccessToken(const QString &token);

    /// Sends NETWORK_TERMINATED to live subscriptions (when no state file keeps them), waits up to
    /// `waitMs` for the sinks to answer, then stops listening.
    void shutdown(int waitMs = 5000);

    SimulatedNetwork *network() const { return m_network; }
    ScenarioPlayer *player() const { return m_player; }
    /// The synthetic fleet; it travels at the scenario's speed.
    FleetGenerator *fleet() const { return m_fleet; }
    Clock *clock() const { return m_clock; }

    /// Loads a scenario file or resource (":/roamdesk/scenarios/<name>.json") and puts its devices in place.
    bool loadScenario(const QString &path);
    ScenarioError scenarioError() const { return m_scenarioError; }
    void play();
    void pause();
    void setSpeed(double speed);
    /// Resource paths of the scenarios compiled in.
    static QStringList builtInScenarios();

    /// Devices, subscriptions, the scenario (file and position, paused), the speed, the fleet (count, seed and
    /// positions) and the port to/from a JSON
    /// state file (written 0600: it holds sink tokens).
    bool saveState(const QString &path);
    bool loadState(const QString &path);
    /// The port a state file was saved with, to listen on it again.
    static std::optional<quint16> savedPort(const QString &path);
    /// Loads `path` when it exists, then saves to it after every change and on shutdown. With a state file,
    /// shutdown keeps subscriptions for the next start instead of terminating them.
    bool setStateFile(const QString &path);
    QString stateFile() const { return m_stateFile; }

    qint64 requestCount() const { return m_requests; }

    /// Quotas per API key or token (the anonymous caller is one key too); off by default. Checked after routing
    /// and authentication: a refused request is answered 429 and does not reach its endpoint.
    void setQuota(const QuotaSettings &settings);
    QuotaSettings quota() const { return m_quota.settings(); }
    /// Requests answered 429 by the quotas so far.
    qint64 quotaRefusals() const { return m_quotaRefusals; }

Q_SIGNALS:
    void scenarioProgress(qint64 positionMs, qint64 durationMs);
    void scenarioFinished();
    void stopped();

private:
    void init();
    void addRoutes();
    /// Every request: correlator, route (404/405), authentication (401), body cap (413), then its endpoint.
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder);
    /// The guard of the connection a request came on (nullptr when unknown).
    ConnectionGuard *guardOf(const QHttpServerRequest &request, QHttpServerResponder &responder) const;
    bool authenticate(const QHttpServerRequest &request, Caller *caller, QString *why) const;
    void scheduleSave();
    /// Answers 429 when the caller's quota is spent; true when it did.
    bool refuseBeyondQuota(
        const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &correlator);

    Clock *m_clock;
    SimulatedNetwork *m_network;
    ScenarioPlayer *m_player;
    FleetGenerator *m_fleet;
    QHttpServer m_http;
    ConnectionLimits m_limits = defaultConnectionLimits();
    QPointer<ConnectionTracker> m_tracker;
    QPointer<GuardedTcpServer> m_tcp;
    QHostAddress m_address;
    QString m_errorString;
    QString m_requiredToken;
    QHash<QString, AccessGrant> m_grants;
    RetrieveEndpoint m_retrieve;
    SubscriptionsEndpoint m_subscriptions;
    RouteTable m_routes;
    ScenarioError m_scenarioError;
    QString m_stateFile;
    QTimer m_saveTimer;
    QTimer m_fleetSaveTimer; // the fleet's own moves: saved now and then, not after each one
    qint64 m_requests = 0;
    RequestQuota m_quota;
    qint64 m_quotaRefusals = 0;
};

} // namespace roamdesk::sim
