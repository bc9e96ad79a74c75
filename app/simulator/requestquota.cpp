#include "app/simulator/requestquota.h"

namespace roamdesk::sim {

namespace {
constexpr qint64 MsPerDay = 86400000;

/// Whole seconds from `nowMs` to `untilMs`, rounded up: Retry-After has no finer unit.
qint64 secondsUntil(qint64 nowMs, qint64 untilMs)
{
    return qMax<qint64>(1, (untilMs - nowMs + 999) / 1000);
}
} // namespace

void RequestQuota::setSettings(const QuotaSettings &settings)
{
    m_settings = settings;
    if (settings.isOff())
        m_usage.clear();
}

std::optional<RequestQuota::Refusal> RequestQuota::admit(const QString &key, const QDateTime &now)
{
    if (m_settings.isOff())
        return std::nullopt;
    const qint64 ms = now.toMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    const qint64 day = ms / MsPerDay;
    Usage &usage = m_usage[key];
    if (usage.second != second) {
        usage.second = second;
        usage.inSecond = 0;
    }
    if (usage.day != day) {
        usage.day = day;
        usage.inDay = 0;
    }
    // The daily quota first: once it is spent, no second of waiting helps.
    if (m_settings.perDay > 0 && usage.inDay >= m_settings.perDay) {
        Refusal refusal{QStringLiteral("QUOTA_EXCEEDED"), std::nullopt};
        if (m_settings.sendRetryAfter)
            refusal.retryAfterSeconds = secondsUntil(ms, (day + 1) * MsPerDay);
        return refusal;
    }
    if (m_settings.perSecond > 0 && usage.inSecond >= m_settings.perSecond) {
        Refusal refusal{QStringLiteral("TOO_MANY_REQUESTS"), std::nullopt};
        if (m_settings.sendRetryAfter)
            refusal.retryAfterSeconds = secondsUntil(ms, (second + 1) * 1000);
        return refusal;
    }
    ++usage.inSecond;
    ++usage.inDay;
    return std::nullopt;
}

} // namespace roamdesk::sim
