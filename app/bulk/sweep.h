#pragma once

#include "app/bulk/ratelimiter.h"
#include "app/client/retrypolicy.h"
#include "models/apierror.h"
#include "models/devicelist.h"
#include "models/roamingstatus.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

namespace roamdesk::api {
class ApiCall;
class RoamingClient;
} // namespace roamdesk::api

namespace roamdesk::bulk {

/// One row of a sweep: the device from the list and, once answered, the final answer.
struct SweepRow
{
    DeviceListEntry entry;
    bool done = false;
    int httpStatus = 0; // of the final answer; 0 when none arrived (network failure, cancelled, not sent)
    QJsonObject result; // the API's object on success
    std::optional<RoamingStatus> status;
    std::optional<ApiError> error; // the CAMARA error (as received) or the transport failure
    int attempts = 0;

    bool ok() const { return done && !error; }
    /// No HTTP answer came, even after the retries.
    bool networkFailed() const { return done && error && httpStatus == 0; }
    /// {row, device, status, result | error}: the command line's line for this row.
    QJsonObject toJson() const;
};

struct SweepOptions
{
    double rate = 0; // requests per second at most (0: no limit of our own; the provider's is found)
    int maxInFlight = 32;
    int maxRateLimitRetries = 50; // 429 TOO_MANY_REQUESTS answers one row may get before it keeps the last one
    /// 502/503/504 and connection failures: backoff and count (its 429 rules are not used; the pacer has them).
    api::RetryPolicy retry;
};

/// Looks up a list of devices one retrieve call at a time, within a client-side rate (TokenBucket) that an
/// AdaptivePacer lowers to the provider's quota on 429 TOO_MANY_REQUESTS; a Retry-After holds every request
/// until it has passed. 502/503/504 and connection failures are retried with backoff. A 429 QUOTA_EXCEEDED (or
/// a Retry-After beyond the retry policy's longest wait) ends the run: the rows not sent yet get that answer.
///
/// The client should be the sweep's own (its retry policy is switched off: retries are paced here).
class Sweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sweep)

public:
    Sweep(api::RoamingClient *client, const QList<DeviceListEntry> &entries, const SweepOptions &options = {},
        QObject *parent = nullptr);
    ~Sweep() override;

    void start();
    /// Stops sending and aborts the calls in flight; rows not answered stay undone. finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    const QList<SweepRow> &rows() const { return m_rows; }
    int total() const { return int(m_rows.size()); }
    int answered() const { return m_answered; }
    /// HTTP requests sent (every attempt), and how many were answered 429 TOO_MANY_REQUESTS.
    int requestsSent() const { return m_sent; }
    int tooManyRequests() const { return m_tooMany; }
    /// The QUOTA_EXCEEDED (or long Retry-After) answer that ended the run, when one did.
    std::optional<ApiError> quotaExceeded() const { return m_quotaExceeded; }
    /// Rows answered per second over the last few seconds, and the time left at that rate (-1: unknown).
    double answersPerSecond() const;
    qint64 etaMs() const;
    /// The pace in use (0: no limit).
    double pace() const { return m_bucket.rate(); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    /// Row `index` (0-based) has its final answer.
    void rowFinished(int index);
    /// Answered rows, rate or pace changed (at most every 100 ms).
    void progressChanged();
    void finished();

private:
    void pump();
    void send(int index);
    void onCallFinished(api::ApiCall *call, int index, qint64 sentMs);
    void finishRow(int index, api::ApiCall *call);
    void finishRowWith(int index, int httpStatus, const ApiError &error);
    void endForQuota(const ApiError &error);
    void finishIfDone();
    qint64 now() const { return m_clock.elapsed(); }
    void noteProgress(bool force = false);

    QPointer<api::RoamingClient> m_client;
    SweepOptions m_options;
    QList<SweepRow> m_rows;
    QList<int> m_retries; // per row: 5xx / connection retries made
    QList<int> m_rateRetries; // per row: 429 TOO_MANY_REQUESTS answers
    std::deque<int> m_queue; // rows waiting for a token, retries first
    QList<QPointer<api::ApiCall>> m_inFlight;
    int m_pendingBackoffs = 0;
    TokenBucket m_bucket;
    AdaptivePacer m_pacer;
    QTimer m_pumpTimer;
    QElapsedTimer m_clock;
    std::deque<qint64> m_answerTimes; // of the last few seconds, for the rate
    qint64 m_lastProgressMs = -1000;
    int m_answered = 0;
    int m_sent = 0;
    int m_tooMany = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
    std::optional<ApiError> m_quotaExceeded;
    /// After a 429 without Retry-After: one request at a time until one is taken, so the rest do not pile into
    /// a window that is still spent. `m_cutMs`: when that began.
    bool m_waitingForWindow = false;
    qint64 m_cutMs = -1;
};

} // namespace roamdesk::bulk
