#include "app/client/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace roamdesk::api {

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxRetries = 0;
    return policy;
}

int RetryPolicy::backoffDelayMs(int retry, quint32 random) const
{
    const int exponent = qBound(0, retry - 1, 30);
    const double full = std::min<double>(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double fraction = double(random) / 4294967296.0; // [0, 1)
    const double delay = full - full * qBound(0.0, jitter, 1.0) * fraction;
    return qMax(0, int(std::lround(delay)));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, now.msecsTo(date));
}

std::optional<int> RetryPolicy::retryDelay(bool safeToRepeat, int retriesDone, int httpStatus,
    ApiError::Transport transport, const QByteArray &retryAfter, const QDateTime &now, quint32 random) const
{
    if (retriesDone >= maxRetries)
        return std::nullopt;
    if (httpStatus == 429) {
        const std::optional<qint64> wait = parseRetryAfter(retryAfter, now);
        const qint64 delay = wait.value_or(defaultRetryAfterMs);
        if (delay > maxRetryAfterMs)
            return std::nullopt;
        return int(delay);
    }
    if (!safeToRepeat)
        return std::nullopt;
    const bool retryableStatus = httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    // Failures where the request most likely never reached the application (or its answer was lost).
    const bool retryableTransport = httpStatus == 0
        && (transport == ApiError::Transport::ConnectionRefused || transport == ApiError::Transport::Other);
    if (!retryableStatus && !retryableTransport)
        return std::nullopt;
    return backoffDelayMs(retriesDone + 1, random);
}

} // namespace roamdesk::api
