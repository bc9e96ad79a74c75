#pragma once

#include "app/store/sqlitenotificationstore.h"
#include "models/notificationlogsource.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace roamdesk {

class ActivityWorker;
class Clock;

/// The log's activity over the last hour: stored notifications per minute and type for the log's filter,
/// counted on a worker thread with its own store connection. Re-counted when the filter changes, after
/// commits (at most once per 2 s) and each minute as the hour slides.
class ActivityService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityService)

public:
    static constexpr qint64 BucketMs = 60 * 1000;
    static constexpr int BucketCount = 60;
    static constexpr int ThrottleMs = 2000;

    /// `clock` null: the system clock.
    explicit ActivityService(Clock *clock = nullptr, QObject *parent = nullptr);
    ~ActivityService() override;

    /// Counts from the store `databasePath` names, a file or a shared store's URL (the receiver opened and
    /// migrated it).
    void open(const QString &databasePath);
    /// The log's filter, in the filter bar's syntax (see NotificationLogService::setFilter).
    void setFilter(const QString &expression, const QString &type = {});
    /// New notifications were committed: counts again, at most once per ThrottleMs.
    void refresh();

Q_SIGNALS:
    /// BucketCount buckets of BucketMs from `fromMs`; buckets without events are left out of `buckets`.
    void activityReady(qint64 fromMs, qint64 bucketMs, const QList<roamdesk::ActivityBucket> &buckets);
    void failed(const QString &error);

private:
    void schedule();
    void run();

    Clock *m_clock;
    QThread m_thread;
    ActivityWorker *m_worker; // lives on m_thread
    QString m_databasePath;
    NotificationLogFilter m_filter;
    QTimer m_throttle;
    QTimer m_slide;
    QElapsedTimer m_sinceRun;
    bool m_pending = false;
    bool m_running = false;
};

} // namespace roamdesk
