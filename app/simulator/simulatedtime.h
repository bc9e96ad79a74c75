#pragma once

#include <QtGlobal>

namespace roamdesk::sim::simulatedtime {

/// How often the things that move in simulated time (scenarios, the synthetic fleet) look at the clock.
constexpr int TickMs = 100;
/// The speeds they run at: a hundredth of real time up to ten thousand times it.
constexpr double MinSpeed = 0.01;
constexpr double MaxSpeed = 10000.0;

inline double boundedSpeed(double speed)
{
    return qBound(MinSpeed, speed, MaxSpeed);
}

} // namespace roamdesk::sim::simulatedtime
