#pragma once

#include "app/common/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <vector>

namespace roamdesk::sim {

class SimulatedNetwork;

/// A synthetic fleet: `count` phone devices (+99999992000000 upwards) with seeded home countries spread over
/// Europe, travelling on their own so the board, the map and everything after them can be shown and measured
/// at scale offline. Each device moves after an exponentially distributed pause (mean meanIntervalMs() of fleet
/// time, which runs `speed` times faster than the Clock): from home it goes abroad, abroad it either returns
/// home or changes country. Moves go through SimulatedNetwork::moveDevice, so subscriptions get the same events
/// as for any other move.
///
/// Scales to MaxDevices: the next move times sit in a binary heap (no scan over the devices per tick), the
/// generator keeps 16 bytes per device, and one tick applies at most MaxMovesPerTick moves: a fleet that falls
/// behind catches up in batches with the event loop turning in between. The same seed gives the same devices and the
/// same moves over the same fleet time, whatever the tick boundaries (moves are applied in (time, index) order from one
/// generator).
class FleetGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetGenerator)

public:
    static constexpr int MaxDevices = 100000;
    static constexpr qint64 FirstNumber = 99999992000000;
    static constexpr quint64 DefaultSeed = 20260301;
    static constexpr qint64 DefaultMeanIntervalMs = 5 * 60 * 1000;
    static constexpr int MaxMovesPerTick = 5000;

    FleetGenerator(SimulatedNetwork *network, Clock *clock, QObject *parent = nullptr);
    ~FleetGenerator() override;

    /// Replaces the fleet by `count` devices generated from `seed` (0 removes it; its subscriptions end with
    /// NETWORK_TERMINATED). Keeps a fleet of the same count and seed as it is. False with `error` when `count`
    /// is outside 0..MaxDevices or a fleet number already belongs to another device.
    bool setFleet(int count, quint64 seed = DefaultSeed, QString *error = nullptr);
    /// Stops travelling (the simulator shuts down); devices stay where they are.
    void stop() { m_timer.stop(); }
    /// Forgets the fleet without touching the network (it was reset underneath).
    void clear();
    int size() const { return m_count; }
    quint64 seed() const { return m_seed; }

    /// "+99999992000000" for index 0.
    static QString phoneNumber(int index);
    /// The index of a fleet number, or -1.
    static int indexOf(const QString &phoneNumber);
    /// The European MCCs (2xx with a country) homes and trips are drawn from, ascending.
    static const QList<int> &europeanMccs();

    /// Fleet time runs `speed` times faster than the clock (the simulator's speed), clamped to 0.01 .. 10000.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    /// The mean pause between two moves of one device, in fleet time; applies to the moves scheduled after it.
    void setMeanIntervalMs(qint64 ms) { m_meanMs = qMax<qint64>(1, ms); }
    qint64 meanIntervalMs() const { return m_meanMs; }
    /// Fleet time since the fleet was generated or restored.
    qint64 positionMs() const;
    /// Moves applied since the fleet was generated or restored.
    qint64 moveCount() const { return m_moves; }
    /// Whether the last tick stopped at MaxMovesPerTick with moves still due.
    bool isBehind() const { return m_behind; }
    /// True while tick() moves devices (the server saves those moves less eagerly).
    bool isMoving() const { return m_moving; }

    /// {"count", "seed", "positions"}: the devices are regenerated from the seed; positions are each device's
    /// current MCC (0 at home) as little-endian 16-bit values, compressed and base64-encoded.
    QJsonObject saveState() const;
    /// Regenerates the fleet of `state` (an empty object: none) at the saved positions, without sending
    /// anything. The network must not hold fleet devices any more (SimulatedNetwork::restoreState dropped them).
    bool restoreState(const QJsonObject &state, QString *error = nullptr);

public Q_SLOTS:
    /// Applies the moves due by positionMs(), at most MaxMovesPerTick of them. A 100 ms timer calls it while a
    /// fleet exists (at once again while behind); tests with a ManualClock advance the clock and call it.
    void tick();

Q_SIGNALS:
    void fleetChanged(int count);

private:
    struct Pending
    {
        qint64 atMs;
        qint32 index;
    };
    struct Later
    {
        bool operator()(const Pending &a, const Pending &b) const
        {
            return a.atMs != b.atMs ? a.atMs > b.atMs : a.index > b.index;
        }
    };

    /// Adds the devices (homes and start positions drawn from a fresh generator) and schedules their first moves.
    bool generate(int count, quint64 seed, const std::vector<quint16> *positions, QString *error);
    void schedule(qint32 index, qint64 fromMs);
    void moveOne(qint32 index);
    /// A European MCC other than `a` and `b`.
    int drawCountry(int a, int b);
    void rebase();

    SimulatedNetwork *m_network;
    Clock *m_clock;
    QTimer m_timer;
    QRandomGenerator m_random;
    std::vector<Pending> m_heap;
    int m_count = 0;
    quint64 m_seed = DefaultSeed;
    double m_speed = 1.0;
    qint64 m_meanMs = DefaultMeanIntervalMs;
    qint64 m_basePositionMs = 0;
    QDateTime m_baseTime;
    qint64 m_moves = 0;
    bool m_behind = false;
    bool m_moving = false;
};

} // namespace roamdesk::sim
