#pragma once

#include "app/common/clock.h"
#include "app/simulator/scenario.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace roamdesk::sim {

class SimulatedNetwork;

/// Plays a Scenario against a SimulatedNetwork: scenario time runs `speed` times faster than the Clock.
/// A 100 ms timer calls tick() while playing; tests with a ManualClock advance the clock and call tick().
class ScenarioPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPlayer)

public:
    ScenarioPlayer(SimulatedNetwork *network, Clock *clock, QObject *parent = nullptr);

    /// Adds the scenario's devices to the network at their start positions and rewinds.
    bool setScenario(const Scenario &scenario, QString *error = nullptr);
    /// Takes `scenario` back at `positionMs`, paused, without touching the network: its devices are already
    /// where a saved state put them.
    void restore(const Scenario &scenario, qint64 positionMs);
    /// No scenario any more (devices stay).
    void clear();
    const Scenario &scenario() const { return m_scenario; }
    bool hasScenario() const { return !m_scenario.name.isEmpty(); }
    /// Overrides the scenario's own "loop".
    void setLoop(bool loop) { m_scenario.loop = loop; }

    /// Plays from where it paused; a finished scenario starts again from the beginning.
    void play();
    void pause();
    /// Back to the start (devices stay where they are; the first steps move them again).
    void rewind();
    void setSpeed(double speed); // clamped to 0.01 .. 10000
    double speed() const { return m_speed; }
    bool isPlaying() const { return m_playing; }
    /// Every step was applied and playback stopped on its own (until play() or rewind()).
    bool isFinished() const { return m_finished; }
    qint64 positionMs() const;
    qint64 durationMs() const { return m_scenario.durationMs(); }
    int nextStep() const { return m_next; }

public Q_SLOTS:
    /// Applies every step that is due at the current position.
    void tick();

Q_SIGNALS:
    void progressChanged(qint64 positionMs, qint64 durationMs);
    void stepApplied(int index, const QString &deviceKey, int mcc);
    void playingChanged(bool playing);
    void finished();

private:
    SimulatedNetwork *m_network;
    Clock *m_clock;
    Scenario m_scenario;
    QTimer m_timer;
    bool m_playing = false;
    double m_speed = 1.0;
    qint64 m_basePositionMs = 0; // scenario position when play() (or setSpeed) last rebased
    QDateTime m_baseTime;
    int m_next = 0;
    bool m_finished = false;
};

} // namespace roamdesk::sim
