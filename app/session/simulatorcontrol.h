#pragma once

#include "app/simulator/requestquota.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace roamdesk {

class Clock;
class SimDeviceModel;

namespace sim {
class SimulatorServer;
}

/// The embedded simulator as the window drives it: starts it on loopback, lists its devices
/// (SimDeviceModel), moves them, adds a synthetic fleet, and loads, plays and paces scenarios. Every control is
/// a no-op when the simulator is not running.
///
/// With a state file (setStateFile(), the GUI uses defaultStateFile()) the simulator is kept across restarts:
/// devices where they are, the synthetic fleet, live subscriptions, the scenario and its position, the speed and
/// the port (reused
/// when free). Quitting then ends no subscription and sends no subscription-ends: the next start takes them
/// back. resetToDefaults() is the way back to the seed network.
class SimulatorControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorControl)

public:
    /// What the scenario player is doing, for a status line that tells the truth.
    enum class PlayState {
        NoScenario, // none loaded
        Ready, // loaded, at its start
        Playing,
        Paused, // stopped part-way by the user
        Finished, // every step applied; Play starts it again
    };
    Q_ENUM(PlayState)

    /// A scenario the user can pick: a built-in one (`id` is its name, "europe-tour") or a file (`id` is its path).
    struct ScenarioInfo
    {
        QString id;
        QString name; // the scenario's own "name"
        QString description;
    };

    explicit SimulatorControl(Clock *clock, QObject *parent = nullptr);
    ~SimulatorControl() override;

    /// Where the simulator keeps its state between runs; call before start(). Empty (the default): nothing is
    /// kept, and shutdown() ends live subscriptions with NETWORK_TERMINATED.
    void setStateFile(const QString &path) { m_stateFile = path; }
    QString stateFile() const { return m_stateFile; }
    /// RoamDesk/simulator-state.json in the user's data folder (beside the notification store).
    static QString defaultStateFile();

    /// Listens on 127.0.0.1:`port` (0: the port of the state file when it is free, else any), then takes the
    /// state file back. False with `error` set. A state file it cannot read is set aside (".bad") and replaced.
    bool start(quint16 port, QString *error);
    /// Saves the state (state file) or ends live subscriptions with NETWORK_TERMINATED (waiting at most `waitMs`
    /// for their delivery), then stops.
    void shutdown(int waitMs);

    bool isRunning() const { return m_server != nullptr; }
    /// http://127.0.0.1:PORT/device-status, or empty when not running.
    QUrl apiRoot() const;
    quint16 port() const;
    /// Lets the simulator post webhooks to `host`:`port` (-1: any port) besides loopback.
    void allowSink(const QString &host, int port);
    SimDeviceModel *deviceModel() const { return m_devices; }
    int subscriptionCount() const;
    /// Live subscriptions shutdown() would end: none while a state file keeps them for the next start.
    int subscriptionsEndingOnShutdown() const;
    /// Back to the seed devices, no scenario, no fleet, speed 1; live subscriptions end with NETWORK_TERMINATED.
    void resetToDefaults();

    /// Replaces the synthetic fleet by `count` phone devices (+99999992000000 upwards, 0 removes it) that travel
    /// over Europe at the scenario's speed. False with `error` set outside 0..100000 or when not running.
    bool setFleet(int count, QString *error = nullptr);
    int fleetSize() const;
    static int maxFleetSize();

    /// The quotas the simulator enforces per API key or token (off by default; kept across a restart of the
    /// simulator within this run).
    void setQuota(const sim::QuotaSettings &quota);
    sim::QuotaSettings quota() const { return m_quota; }

    void moveDevice(const QString &key, int mcc);
    void sendHome(const QString &key);
    static QStringList scenarioNames();
    /// The built-in scenarios with their names and descriptions.
    static QList<ScenarioInfo> builtInScenarios();
    /// A built-in scenario by name, or a scenario file. False with `error` set (the file, line, field and reason).
    bool loadScenario(const QString &nameOrFile, QString *error = nullptr);
    /// The loaded scenario (its id as in ScenarioInfo, its name, its description); empty id when none.
    ScenarioInfo loadedScenario() const;
    void play();
    void pause();
    bool isPlaying() const;
    PlayState playState() const;
    qint64 positionMs() const;
    qint64 durationMs() const;
    void setSpeed(double factor);
    double speed() const;

Q_SIGNALS:
    /// Devices moved, the device list, the scenario or the playback state changed.
    void changed();
    /// Scenario playback position (scenario time, not wall time).
    void scenarioProgress(qint64 positionMs, qint64 durationMs);

private:
    void refreshDevices();
    /// Positions of the devices that moved since the last flush, to the model in one go.
    void flushMoves();
    bool listen(sim::SimulatorServer *server, quint16 port, QString *error) const;
    void restoreState();

    Clock *m_clock;
    std::unique_ptr<sim::SimulatorServer> m_server;
    sim::QuotaSettings m_quota;
    SimDeviceModel *m_devices;
    QString m_stateFile;
    QHash<QString, int> m_moved; // key -> MCC it moved to (0 home), until flushMoves()
    QTimer m_flushTimer;
};

} // namespace roamdesk
