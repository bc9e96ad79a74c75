#include "app/session/activityservice.h"

#include "app/common/clock.h"
#include "app/store/postgreslogquery.h"
#include "app/store/postgresnotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/storelocation.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcActivity, "roamdesk.activity")

namespace roamdesk {

namespace {

// Senders stamp events before they arrive: bounding the receipt time lets its index drive the scan.
constexpr qint64 AheadSlackMs = 60 * 60 * 1000;

/// The same count as SqliteNotificationStore::activity, in PostgreSQL, with the log's filter as the shared
/// store's log reads it.
QList<ActivityBucket> postgresActivity(PostgresNotificationStore &store, const NotificationLogFilter &filter,
    qint64 fromMs, qint64 toMs, qint64 bucketMs, QString *error)
{
    if (!store.isOpen()) {
        *error = store.lastError();
        return {};
    }
    postgreslog::Where where(filter);
    const QString when = QStringLiteral("COALESCE(event_ms, received_ms)");
    where.clauses << QStringLiteral("received_ms >= ?") << when + QStringLiteral(" >= ?")
                  << when + QStringLiteral(" < ?");
    where.values << fromMs - AheadSlackMs << fromMs << toMs;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT (%1 - %2) / %3 AS bucket, type, COUNT(*) FROM notifications%4"
                                       " GROUP BY bucket, type ORDER BY bucket, type")
                            .arg(when)
                            .arg(fromMs)
                            .arg(bucketMs)
                            .arg(where.sql());
    bool ok = query.prepare(sql);
    for (const QVariant &value : std::as_const(where.values))
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        *error = query.lastError().text();
        return {};
    }
    return activityBucketsFrom(query, fromMs, bucketMs);
}

} // namespace

/// Owns the reader connection: opened on the worker thread, where it is used.
class ActivityWorker final : public QObject
{
public:
    QList<ActivityBucket> count(const NotificationLogFilter &filter, qint64 fromMs, qint64 toMs, QString *error)
    {
        if (auto *sqlite = dynamic_cast<SqliteNotificationStore *>(store.get())) {
            const QList<ActivityBucket> buckets = sqlite->activity(filter, fromMs, toMs, ActivityService::BucketMs);
            *error = sqlite->lastError();
            return buckets;
        }
        if (auto *shared = dynamic_cast<PostgresNotificationStore *>(store.get())) {
            // newestSeq() first: it reconnects a connection that was lost.
            shared->newestSeq();
            return postgresActivity(*shared, filter, fromMs, toMs, ActivityService::BucketMs, error);
        }
        return {};
    }

    std::unique_ptr<NotificationStore> store;
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
            worker->path = path;
            worker->store.reset();
            if (const std::optional<StoreLocation> location = StoreLocation::parse(path, &error)) {
                worker->store = storefactory::open(
                    *location, NotificationStore::Durability::Normal, storefactory::Checks::None, &error);
            }
        }
        if (worker->store)
            buckets = worker->count(filter, fromMs, toMs, &error);
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
