#include "app/session/activityservice.h"

#include "app/common/clock.h"
#include "app/store/storelocation.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcActivity, "roamdesk.activity")

namespace roamdesk {

/// Owns the reader connection: opened on the worker thread, where it is used.
class ActivityWorker final : public QObject
{
public:
    std::unique_ptr<SqliteNotificationStore> store;
    QString path;
};

ActivityService::ActivityService(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_worker(new ActivityWorker)
{
    qRegisterMetaType<QList<roamdesk::ActivityBucket>>();
    m_thread.setObjectName(QStringLiteral("activity"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ActivityService::schedule);
    // The hour slides: a quiet log still loses its oldest minute.
    m_slide.setInterval(static_cast<int>(BucketMs));
    connect(&m_slide, &QTimer::timeout, this, &ActivityService::refresh);
}

ActivityService::~ActivityService()
{
    m_thread.quit();
    m_thread.wait();
}

void ActivityService::open(const QString &databasePath)
{
    // The chart's buckets are counted by the SQLite store; a shared store has no chart yet.
    if (const std::optional<StoreLocation> location = StoreLocation::parse(databasePath);
        location && location->isShared())
        return;
    m_databasePath = databasePath;
    m_slide.start();
    m_pending = true;
    schedule();
}

void ActivityService::setFilter(const QString &expression, const QString &type)
{
    NotificationLogFilter filter = NotificationLogFilter::parse(expression);
    if (!filter.type && !type.isEmpty())
        filter.type = eventtype::fromString(type);
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_pending = true;
    // A new filter is answered now, not after the throttle: the user is waiting for it.
    m_sinceRun.invalidate();
    schedule();
}

void ActivityService::refresh()
{
    m_pending = true;
    schedule();
}

void ActivityService::schedule()
{
    if (!m_pending || m_running || m_databasePath.isEmpty())
        return;
    if (m_sinceRun.isValid() && m_sinceRun.elapsed() < ThrottleMs) {
        if (!m_throttle.isActive())
            m_throttle.start(static_cast<int>(ThrottleMs - m_sinceRun.elapsed()));
        return;
    }
    run();
}

void ActivityService::run()
{
    m_throttle.stop();
    m_pending = false;
    m_running = true;
    m_sinceRun.start();
    // Whole minutes, the current one last.
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 toMs = (now / BucketMs + 1) * BucketMs;
    const qint64 fromMs = toMs - BucketCount * BucketMs;
    const QString path = m_databasePath;
    const NotificationLogFilter filter = m_filter;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self = this, path, filter, fromMs, toMs] {
        QString error;
        QList<ActivityBucket> buckets;
        if (!worker->store || worker->path != path) {
            worker->store = std::make_unique<SqliteNotificationStore>();
            worker->path = path;
            if (!worker->store->open(path, SqliteNotificationStore::Durability::Normal, {})) {
                error = worker->store->lastError();
                worker->store.reset();
            }
        }
        if (worker->store) {
            buckets = worker->store->activity(filter, fromMs, toMs, BucketMs);
            error = worker->store->lastError();
        }
        QMetaObject::invokeMethod(self, [self, fromMs, buckets, error] {
            self->m_running = false;
            if (error.isEmpty()) {
                Q_EMIT self->activityReady(fromMs, BucketMs, buckets);
            } else {
                qCWarning(lcActivity) << "cannot count the log's activity:" << error;
                Q_EMIT self->failed(error);
            }
            self->schedule();
        });
    });
}

} // namespace roamdesk
