#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace roamdesk::sim {

/// The quotas a provider enforces per API key or token. 0 turns a limit off; both are off by default.
struct QuotaSettings
{
    int perSecond = 0; // beyond it, within one wall-clock second: 429 TOO_MANY_REQUESTS
    int perDay = 0; // beyond it, until the next UTC day: 429 QUOTA_EXCEEDED
    bool sendRetryAfter = false; // add Retry-After (seconds until the limit lifts) to a 429

    bool isOff() const { return perSecond <= 0 && perDay <= 0; }
    bool operator==(const QuotaSettings &other) const
    {
        return perSecond == other.perSecond && perDay == other.perDay && sendRetryAfter == other.sendRetryAfter;
    }
};

/// Counts the requests each key makes in fixed windows (the wall-clock second, the UTC day), as API gateways
/// do, and refuses those beyond a limit. Only admitted requests count: a refused one uses up nothing.
class RequestQuota
{
public:
    /// Why a request was refused: the CAMARA code and, with sendRetryAfter, the header's seconds.
    struct Refusal
    {
        QString code; // TOO_MANY_REQUESTS or QUOTA_EXCEEDED
        std::optional<qint64> retryAfterSeconds;
    };

    void setSettings(const QuotaSettings &settings);
    QuotaSettings settings() const { return m_settings; }

    /// Counts a request of `key` at `now` (UTC) when it is within the limits; the refusal otherwise.
    std::optional<Refusal> admit(const QString &key, const QDateTime &now);
    /// Forgets every count (a new day for everybody).
    void reset() { m_usage.clear(); }

private:
    struct Usage
    {
        qint64 second = -1;
        int inSecond = 0;
        qint64 day = -1;
        int inDay = 0;
    };

    QuotaSettings m_settings;
    QHash<QString, Usage> m_usage;
};

} // namespace roamdesk::sim
