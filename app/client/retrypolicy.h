#pragma once

#include "models/apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace roamdesk::api {

/// Bounded retries: exponential backoff with jitter on 502/503/504 and connection failures for calls that
/// are safe to repeat (retrieve, GET, DELETE — never create), and Retry-After on 429 for every call
/// (a 429 was not processed, so repeating it is safe).
struct RetryPolicy
{
    int maxRetries = 3; // retries after the first attempt
    int baseDelayMs = 500; // first backoff; doubles each retry
    int maxDelayMs = 8000; // backoff ceiling
    double jitter = 0.5; // a delay d becomes uniform in [d * (1 - jitter), d]
    int maxRetryAfterMs = 60000; // a longer Retry-After fails the call instead of waiting
    int defaultRetryAfterMs = 1000; // 429 without Retry-After

    /// No retries at all.
    static RetryPolicy none();

    /// The backoff before retry number `retry` (1-based); `random` is a uniform 32-bit draw.
    int backoffDelayMs(int retry, quint32 random) const;

    /// Retry-After as delta-seconds or an HTTP-date, in ms from `now` (a past date gives 0).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    /// Whether (and after how long, in ms) to retry. `retriesDone` counts retries already made.
    /// `httpStatus` is 0 for transport failures, whose kind is `transport`.
    std::optional<int> retryDelay(bool safeToRepeat, int retriesDone, int httpStatus, ApiError::Transport transport,
        const QByteArray &retryAfter, const QDateTime &now, quint32 random) const;
};

} // namespace roamdesk::api
