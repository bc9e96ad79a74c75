#include "app/bulk/sweep.h"

#include "app/client/apicall.h"
#include "app/client/roamingclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSweep, "roamdesk.bulk")

namespace roamdesk::bulk {

namespace {
constexpr qint64 RateWindowMs = 5000;
constexpr qint64 ProgressEveryMs = 100;
constexpr qint64 WindowProbeMs = 50; // while waiting for a spent window to turn: one request this often
const QString QuotaExceeded = QStringLiteral("QUOTA_EXCEEDED");
} // namespace

QJsonObject SweepRow::toJson() const
{
    QJsonObject object{{QStringLiteral("row"), entry.row}, {QStringLiteral("device"), entry.device.toJson()},
        {QStringLiteral("status"), httpStatus}};
    if (error)
        object.insert(QStringLiteral("error"), error->toJson());
    else
        object.insert(QStringLiteral("result"), result);
    return object;
}

Sweep::Sweep(
    api::RoamingClient *client, const QList<DeviceListEntry> &entries, const SweepOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_bucket(options.rate)
    , m_pacer(options.rate)
{
    m_rows.reserve(entries.size());
    for (const DeviceListEntry &entry : entries) {
        SweepRow row;
        row.entry = entry;
        m_rows.append(row);
    }
    m_retries.fill(0, m_rows.size());
    m_rateRetries.fill(0, m_rows.size());
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    // Retries are paced here, with the other requests: the client must not repeat calls on its own.
    if (m_client)
        m_client->setRetryPolicy(api::RetryPolicy::none());
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Sweep::pump);
}

Sweep::~Sweep()
{
    if (m_running)
        cancel();
}

void Sweep::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    for (int i = 0; i < m_rows.size(); ++i)
        m_queue.push_back(i);
    qCInfo(lcSweep) << "sweep of" << m_rows.size() << "devices, rate" << m_options.rate;
    noteProgress(true);
    pump();
    finishIfDone();
}

void Sweep::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    m_pumpTimer.stop();
    const QList<QPointer<api::ApiCall>> calls = m_inFlight;
    for (const QPointer<api::ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_inFlight.clear();
    m_queue.clear();
    m_finished = true;
    noteProgress(true);
    Q_EMIT finished();
}

void Sweep::pump()
{
    if (!m_running || !m_client)
        return;
    const qint64 t = now();
    if (m_pacer.probe(t))
        m_bucket.setRate(m_pacer.rate(), t);
    const int maxInFlight = m_waitingForWindow ? 1 : m_options.maxInFlight;
    while (!m_queue.empty() && m_inFlight.size() < maxInFlight && m_bucket.tryTake(t)) {
        const int index = m_queue.front();
        m_queue.pop_front();
        send(index);
    }
    // Full: the next answer pumps again. Otherwise wake up when the bucket has a token.
    if (!m_queue.empty() && m_inFlight.size() < maxInFlight && !m_pumpTimer.isActive())
        m_pumpTimer.start(int(qBound(qint64(0), m_bucket.msUntilToken(t), qint64(1000))));
}

void Sweep::send(int index)
{
    api::ApiCall *call = m_client->retrieveStatus(m_rows.at(index).entry.device);
    call->setAutoDelete(true);
    ++m_sent;
    ++m_rows[index].attempts;
    m_inFlight.append(call);
    const qint64 sentMs = now();
    connect(call, &api::ApiCall::finished, this, [this, call, index, sentMs] { onCallFinished(call, index, sentMs); });
}

void Sweep::onCallFinished(api::ApiCall *call, int index, qint64 sentMs)
{
    m_inFlight.removeAll(QPointer<api::ApiCall>(call));
    if (!m_running)
        return;
    const qint64 t = now();
    const int status = call->httpStatus();
    if (status == 429) {
        const ApiError error = call->error();
        const std::optional<qint64> retryAfter =
            api::RetryPolicy::parseRetryAfter(call->retryAfter(), QDateTime::currentDateTimeUtc());
        if (error.code == QuotaExceeded || (retryAfter && *retryAfter > m_options.retry.maxRetryAfterMs)) {
            // Not worth waiting for: the rest of the run gets this answer instead of retries for hours.
            finishRow(index, call);
            endForQuota(error);
        } else {
            ++m_tooMany;
            // Before the pace changes: the window the estimate comes from.
            const qint64 freesAt = m_pacer.windowFreesAt(t);
            if (m_waitingForWindow && !retryAfter) {
                // Still spent: the pace stays, the next single try comes a little later.
                if (sentMs >= m_cutMs)
                    m_bucket.holdUntil(t + WindowProbeMs);
            } else if (m_pacer.onTooManyRequests(sentMs, t)) {
                m_bucket.setRate(m_pacer.rate(), t);
                // Without Retry-After the window is spent all the same: sending on into it only collects 429s.
                // When it turns is not known here (a fixed window's phase), so single tries find out.
                if (!retryAfter) {
                    m_bucket.holdUntil(qMax(freesAt, t + WindowProbeMs));
                    m_waitingForWindow = true;
                    m_cutMs = t;
                }
                qCInfo(lcSweep) << "429: pace now" << m_pacer.rate() << "requests/s";
            }
            if (retryAfter)
                m_bucket.holdUntil(t + *retryAfter);
            if (++m_rateRetries[index] > m_options.maxRateLimitRetries)
                finishRow(index, call);
            else if (m_quotaExceeded)
                finishRowWith(index, 429, *m_quotaExceeded);
            else
                m_queue.push_front(index);
        }
    } else {
        if (status > 0 && m_pacer.onAccepted(t, sentMs))
            m_bucket.setRate(m_pacer.rate(), t);
        if (status > 0 && m_waitingForWindow && sentMs >= m_cutMs)
            m_waitingForWindow = false; // the window has room again: back to the pace
        std::optional<int> delay;
        if (!call->ok()) {
            delay = m_options.retry.retryDelay(true, m_retries.at(index), status, call->error().transport, QByteArray(),
                QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generate());
        }
        if (delay) {
            ++m_retries[index];
            ++m_pendingBackoffs;
            QTimer::singleShot(*delay, this, [this, index] {
                --m_pendingBackoffs;
                if (!m_running)
                    return;
                if (m_quotaExceeded)
                    finishRowWith(index, 429, *m_quotaExceeded);
                else
                    m_queue.push_front(index);
                pump();
                finishIfDone();
            });
        } else {
            finishRow(index, call);
        }
    }
    pump();
    finishIfDone();
}

void Sweep::finishRow(int index, api::ApiCall *call)
{
    SweepRow &row = m_rows[index];
    if (row.done)
        return;
    row.done = true;
    row.httpStatus = call->httpStatus();
    if (call->ok()) {
        if (const RoamingStatus *status = call->roamingStatus())
            row.status = *status;
        row.result = QJsonDocument::fromJson(call->responseBody()).object();
    } else {
        row.error = call->error();
    }
    ++m_answered;
    m_answerTimes.push_back(now());
    Q_EMIT rowFinished(index);
    noteProgress();
}

void Sweep::finishRowWith(int index, int httpStatus, const ApiError &error)
{
    SweepRow &row = m_rows[index];
    if (row.done)
        return;
    row.done = true;
    row.httpStatus = httpStatus;
    row.error = error;
    ++m_answered;
    Q_EMIT rowFinished(index);
    noteProgress();
}

void Sweep::endForQuota(const ApiError &error)
{
    if (m_quotaExceeded)
        return;
    qCWarning(lcSweep).noquote() << "quota spent:" << error.code << "; the rows left get that answer";
    m_quotaExceeded = error;
    m_pumpTimer.stop();
    const std::deque<int> left = std::exchange(m_queue, {});
    for (const int index : left)
        finishRowWith(index, 429, error);
}

void Sweep::finishIfDone()
{
    if (!m_running || m_answered < m_rows.size() || !m_inFlight.isEmpty() || m_pendingBackoffs > 0)
        return;
    m_running = false;
    m_finished = true;
    m_pumpTimer.stop();
    qCInfo(lcSweep) << "sweep done:" << m_answered << "rows," << m_sent << "requests," << m_tooMany << "429s in"
                    << elapsedMs() << "ms";
    noteProgress(true);
    Q_EMIT finished();
}

double Sweep::answersPerSecond() const
{
    if (!m_clock.isValid())
        return 0;
    const qint64 t = m_clock.elapsed();
    int count = 0;
    for (auto it = m_answerTimes.crbegin(); it != m_answerTimes.crend() && *it > t - RateWindowMs; ++it)
        ++count;
    const qint64 window = qMin(t, RateWindowMs);
    return window > 0 ? count * 1000.0 / double(window) : 0;
}

qint64 Sweep::etaMs() const
{
    const double rate = answersPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(double(m_rows.size() - m_answered) * 1000.0 / rate);
}

void Sweep::noteProgress(bool force)
{
    const qint64 t = m_clock.isValid() ? m_clock.elapsed() : 0;
    while (!m_answerTimes.empty() && m_answerTimes.front() <= t - RateWindowMs)
        m_answerTimes.pop_front();
    if (!force && t - m_lastProgressMs < ProgressEveryMs)
        return;
    m_lastProgressMs = t;
    Q_EMIT progressChanged();
}

} // namespace roamdesk::bulk
