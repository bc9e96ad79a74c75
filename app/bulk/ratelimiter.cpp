#include "app/bulk/ratelimiter.h"

#include <cmath>
#include <limits>

namespace roamdesk::bulk {

TokenBucket::TokenBucket(double rate)
    : m_rate(qMax(0.0, rate))
{
}

double TokenBucket::burst() const
{
    return qMax(1.0, m_rate / 50.0);
}

void TokenBucket::setRate(double rate, qint64 nowMs)
{
    refill(nowMs);
    m_rate = qMax(0.0, rate);
    m_tokens = qMin(m_tokens, burst());
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs < 0)
        m_lastMs = nowMs;
    const qint64 from = qMax(m_lastMs, m_holdUntilMs);
    if (nowMs > from && m_rate > 0)
        m_tokens = qMin(burst(), m_tokens + double(nowMs - from) * m_rate / 1000.0);
    m_lastMs = qMax(m_lastMs, nowMs);
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    if (nowMs < m_holdUntilMs)
        return false;
    if (m_rate <= 0)
        return true;
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msUntilToken(qint64 nowMs)
{
    if (nowMs < m_holdUntilMs)
        return m_holdUntilMs - nowMs + (m_rate > 0 ? qint64(std::ceil(1000.0 / m_rate)) : 0);
    if (m_rate <= 0)
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

void TokenBucket::holdUntil(qint64 untilMs)
{
    if (untilMs <= m_holdUntilMs)
        return;
    m_holdUntilMs = untilMs;
    m_tokens = 0;
}

AdaptivePacer::AdaptivePacer(double ceiling)
    : m_ceiling(qMax(0.0, ceiling))
    , m_rate(m_ceiling)
{
}

void AdaptivePacer::forgetBefore(qint64 ms)
{
    while (!m_accepted.empty() && m_accepted.front() <= ms)
        m_accepted.pop_front();
}

bool AdaptivePacer::onAccepted(qint64 nowMs, qint64 sentMs)
{
    m_accepted.push_back(nowMs);
    forgetBefore(nowMs - 1000);
    if (sentMs < 0 || sentMs >= m_lastCutMs || m_cutEstimate <= 0 || nowMs - m_lastCutMs >= 1000)
        return false;
    ++m_cutEstimate;
    double next = m_cutEstimate * Margin;
    if (m_ceiling > 0)
        next = qMin(next, m_ceiling);
    if (next <= m_rate)
        return false;
    m_rate = next;
    m_bestFound = qMax(m_bestFound, next);
    return true;
}

int AdaptivePacer::acceptedInLastSecond(qint64 nowMs)
{
    forgetBefore(nowMs - 1000);
    return int(m_accepted.size());
}

qint64 AdaptivePacer::windowFreesAt(qint64 nowMs)
{
    forgetBefore(nowMs - 1000);
    return m_accepted.empty() ? nowMs + 1000 : m_accepted.front() + 1000;
}

bool AdaptivePacer::onTooManyRequests(qint64 sentMs, qint64 nowMs)
{
    if (sentMs < m_lastCutMs)
        return false;
    // What got through in the last second is the provider's quota as seen from here; a 429 while already below
    // that means the estimate was a little high.
    const int accepted = acceptedInLastSecond(nowMs);
    double next = 0;
    if (accepted > 0) {
        // One 429 never takes more than a quarter off a pace already found: answers overtake each other, and a
        // busy client counts late, so a single low count is not worth a collapse.
        const double estimate = m_rate > 0 ? qBound(m_rate * MaxCut, double(accepted), m_rate) : double(accepted);
        next = qMax(MinRate, estimate * Margin);
        m_cutEstimate = int(estimate);
    } else {
        // Nothing got through lately (someone else spent the quota?): no estimate, just slow down.
        next = qMax(MinRate, m_rate > 0 ? m_rate / 2 : 1.0);
        m_cutEstimate = 0;
    }
    if (m_ceiling > 0)
        next = qMin(next, m_ceiling);
    m_rate = next;
    if (accepted > 0)
        m_bestFound = qMax(m_bestFound, next);
    m_lastCutMs = nowMs;
    m_lastChangeMs = nowMs;
    return true;
}

bool AdaptivePacer::probe(qint64 nowMs)
{
    if (m_rate <= 0 || m_lastCutMs < 0 || nowMs - m_lastChangeMs < QuietMsBeforeProbe)
        return false;
    double limit = m_bestFound > 0 ? m_bestFound : std::numeric_limits<double>::max();
    if (m_ceiling > 0)
        limit = qMin(limit, m_ceiling);
    if (m_rate >= limit)
        return false;
    m_rate = qMin(limit, m_rate * ProbeStep);
    m_lastChangeMs = nowMs;
    return true;
}

} // namespace roamdesk::bulk
