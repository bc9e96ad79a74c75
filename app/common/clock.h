#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace roamdesk {

/// The time source of everything that expires or is scheduled (subscriptions, sink tokens, OAuth tokens,
/// scenario playback), swappable so tests move time instead of sleeping (as KeePassXC's MockClock does).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    /// The process-wide wall clock.
    static Clock *system();
};

/// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc()))
        : m_now(start.toUTC())
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace roamdesk
