#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace roamdesk {

class Clock;
class SimDeviceModel;

namespace sim {
class SimulatorServer;
}

/// The embedded simulator as the window drives it: starts it on loopback, lists its devices
/// (SimDeviceModel), moves them, and loads, plays and paces scenarios. Every control is a no-op when the
/// simulator is not running.
class SimulatorControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorControl)

public:
    explicit SimulatorControl(Clock *clock, QObject *parent = nullptr);
    ~SimulatorControl() override;

    /// Listens on 127.0.0.1:`port` (0: any). False with `error` set.
    bool start(quint16 port, QString *error);
    /// Ends live subscriptions with NETWORK_TERMINATED (waiting at most `waitMs` for their delivery), stops.
    void shutdown(int waitMs);

    bool isRunning() const { return m_server != nullptr; }
    /// http://127.0.0.1:PORT/device-status, or empty when not running.
    QUrl apiRoot() const;
    /// Lets the simulator post webhooks to `host`:`port` (-1: any port) besides loopback.
    void allowSink(const QString &host, int port);
    SimDeviceModel *deviceModel() const { return m_devices; }

    void moveDevice(const QString &key, int mcc);
    void sendHome(const QString &key);
    static QStringList scenarioNames();
    /// A built-in scenario by name, or a scenario file. False with `error` set.
    bool loadScenario(const QString &nameOrFile, QString *error = nullptr);
    void play();
    void pause();
    bool isPlaying() const;
    void setSpeed(double factor);
    double speed() const;

Q_SIGNALS:
    /// Devices moved, the device list or the playback state changed.
    void changed();
    /// Scenario playback position (scenario time, not wall time).
    void scenarioProgress(qint64 positionMs, qint64 durationMs);

private:
    void refreshDevices();

    Clock *m_clock;
    std::unique_ptr<sim::SimulatorServer> m_server;
    SimDeviceModel *m_devices;
};

} // namespace roamdesk
