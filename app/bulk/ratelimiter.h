#pragma once

#include <QtGlobal>

#include <deque>

namespace roamdesk::bulk {

/// Client-side pacing: `rate` tokens a second, at most a short burst saved up (a fiftieth of a second's worth,
/// at least one), and a hold (Retry-After) before which no token is handed out. Rate 0 means no limit.
/// Times are milliseconds on any monotonic clock.
class TokenBucket
{
public:
    explicit TokenBucket(double rate = 0);

    void setRate(double rate, qint64 nowMs);
    double rate() const { return m_rate; }

    /// Takes one token when there is one at `nowMs`.
    bool tryTake(qint64 nowMs);
    /// How long until tryTake() can succeed (0: now).
    qint64 msUntilToken(qint64 nowMs);
    /// No token before `untilMs`; from then on the bucket fills from empty. A shorter hold than the current one
    /// changes nothing.
    void holdUntil(qint64 untilMs);
    qint64 heldUntil() const { return m_holdUntilMs; }

private:
    void refill(qint64 nowMs);
    double burst() const;

    double m_rate = 0;
    double m_tokens = 1;
    qint64 m_lastMs = -1;
    qint64 m_holdUntilMs = 0;
};

/// Finds the pace a provider allows when it does not say: on a 429 TOO_MANY_REQUESTS the new rate is a little
/// below what the provider accepted during the last second (its quota, as seen from here); 429s of requests sent
/// before that cut are echoes of the old pace and change nothing. After a long quiet spell the pace creeps back
/// up, but no higher than the best pace found so far: later cuts may have been a window's jitter, while going
/// beyond what the provider once accepted only buys 429s (and, with Retry-After, pauses). Never above the
/// ceiling (0: none), never below MinRate.
class AdaptivePacer
{
public:
    static constexpr double MinRate = 0.2; // one request per 5 s
    static constexpr double Margin = 0.95; // kept below the estimate: it is rough, and a fixed window's edges jitter
    static constexpr double MaxCut = 0.75; // a pace already found loses at most a quarter to one 429
    static constexpr qint64 QuietMsBeforeProbe = 10000;
    static constexpr double ProbeStep = 1.02;

    /// `ceiling` 0: start without a limit and find one.
    explicit AdaptivePacer(double ceiling = 0);

    /// The pace to use now; 0 means no limit.
    double rate() const { return m_rate; }
    double ceiling() const { return m_ceiling; }

    /// An answer other than 429 arrived at `nowMs` (the provider took the request sent at `sentMs`). An answer
    /// to a request sent before the last cut that arrives within a second of it was taken in the window that
    /// refused: it raises that window's estimate (answers overtake each other). True when the pace changed.
    bool onAccepted(qint64 nowMs, qint64 sentMs = -1);
    /// A 429 TOO_MANY_REQUESTS arrived at `nowMs` for a request sent at `sentMs`. True when the pace changed.
    bool onTooManyRequests(qint64 sentMs, qint64 nowMs);
    /// Lets the pace creep up after QuietMsBeforeProbe without a 429. True when it changed.
    bool probe(qint64 nowMs);

    /// Requests the provider accepted in the second before `nowMs`.
    int acceptedInLastSecond(qint64 nowMs);
    /// When a one-second window that refused a request has room again, as far as can be told from here: a second
    /// after the oldest request it accepted (a fixed window turns by then, a sliding one frees that request's
    /// place). What to wait for when a 429 brings no Retry-After.
    qint64 windowFreesAt(qint64 nowMs);

private:
    void forgetBefore(qint64 ms);

    double m_ceiling = 0;
    double m_rate = 0;
    qint64 m_lastCutMs = -1;
    qint64 m_lastChangeMs = 0;
    double m_bestFound = 0; // the highest pace a cut has set
    int m_cutEstimate = 0; // what the last cut counted as accepted, plus late answers
    std::deque<qint64> m_accepted; // arrival times of the last second's accepted answers
};

} // namespace roamdesk::bulk
