#include "app/simulator/scenarioplayer.h"

#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatedtime.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSimNetwork)

namespace roamdesk::sim {

namespace {
using simulatedtime::TickMs;
} // namespace

ScenarioPlayer::ScenarioPlayer(SimulatedNetwork *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &ScenarioPlayer::tick);
}

bool ScenarioPlayer::setScenario(const Scenario &scenario, QString *error)
{
    pause();
    for (const SimDevice &device : scenario.devices) {
        SimDevice placed = device;
        const int start = placed.currentMcc;
        placed.currentMcc = m_network->device(device.key) ? m_network->device(device.key)->currentMcc : 0;
        if (!m_network->addDevice(placed, error))
            return false;
        m_network->moveDevice(device.key, start); // events for subscriptions that already watch it
    }
    m_scenario = scenario;
    rewind();
    return true;
}

void ScenarioPlayer::restore(const Scenario &scenario, qint64 positionMs)
{
    pause();
    m_scenario = scenario;
    m_basePositionMs = qBound<qint64>(0, positionMs, durationMs());
    m_baseTime = m_clock->now();
    m_next = 0;
    while (m_next < m_scenario.steps.size() && m_scenario.steps.at(m_next).atMs <= m_basePositionMs)
        ++m_next;
    m_finished = !m_scenario.steps.isEmpty() && m_next >= m_scenario.steps.size();
    Q_EMIT progressChanged(m_basePositionMs, durationMs());
}

void ScenarioPlayer::clear()
{
    pause();
    m_scenario = Scenario();
    rewind();
}

void ScenarioPlayer::play()
{
    if (m_playing || !hasScenario())
        return;
    // Play after the end starts over: what a presenter wants when pressing Play again.
    if (m_next >= m_scenario.steps.size())
        rewind();
    m_baseTime = m_clock->now();
    m_playing = true;
    m_timer.start();
    Q_EMIT playingChanged(true);
    tick();
}

void ScenarioPlayer::pause()
{
    if (!m_playing)
        return;
    // Steps due by now happen before the pause, so devices are where the paused position says.
    tick();
    if (!m_playing)
        return; // that was the end
    m_basePositionMs = positionMs();
    m_playing = false;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void ScenarioPlayer::rewind()
{
    m_basePositionMs = 0;
    m_baseTime = m_clock->now();
    m_next = 0;
    m_finished = false;
    Q_EMIT progressChanged(0, durationMs());
}

void ScenarioPlayer::setSpeed(double speed)
{
    speed = simulatedtime::boundedSpeed(speed);
    if (m_playing) {
        m_basePositionMs = positionMs();
        m_baseTime = m_clock->now();
    }
    m_speed = speed;
}

qint64 ScenarioPlayer::positionMs() const
{
    if (!m_playing)
        return m_basePositionMs;
    const qint64 elapsed = qMax<qint64>(0, m_baseTime.msecsTo(m_clock->now()));
    return m_basePositionMs + qint64(double(elapsed) * m_speed);
}

void ScenarioPlayer::tick()
{
    if (!m_playing)
        return;
    qint64 position = positionMs();
    while (true) {
        while (m_next < m_scenario.steps.size() && m_scenario.steps.at(m_next).atMs <= position) {
            const ScenarioStep step = m_scenario.steps.at(m_next);
            m_network->moveDevice(step.deviceKey, step.mcc);
            Q_EMIT stepApplied(m_next, step.deviceKey, step.mcc);
            ++m_next;
        }
        if (m_next < m_scenario.steps.size())
            break;
        if (!m_scenario.loop || m_scenario.durationMs() <= 0) {
            m_basePositionMs = m_scenario.durationMs();
            m_playing = false;
            m_finished = true;
            m_timer.stop();
            Q_EMIT progressChanged(m_basePositionMs, durationMs());
            Q_EMIT playingChanged(false);
            Q_EMIT finished();
            return;
        }
        // Loop: carry the overshoot into the next round.
        position -= m_scenario.durationMs();
        m_basePositionMs = position;
        m_baseTime = m_clock->now();
        m_next = 0;
        if (position < m_scenario.steps.first().atMs)
            break;
    }
    Q_EMIT progressChanged(position, durationMs());
}

} // namespace roamdesk::sim
