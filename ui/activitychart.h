#pragma once

#include "app/store/sqlitenotificationstore.h"

#include <QChartView>
#include <QList>

namespace roamdesk {
class ActivityService;
} // namespace roamdesk

namespace roamdesk::ui {

/// The log's events per minute over the last hour as stacked bars, one set per event type, in the log's
/// colours; follows ActivityService and the palette (light or dark chart theme).
class ActivityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    /// `activity` null: shows only what setActivity() is given.
    explicit ActivityChart(ActivityService *activity, QWidget *parent = nullptr);
    ~ActivityChart() override;

public Q_SLOTS:
    /// `bucketCount` bars of `bucketMs` from `fromMs`; `buckets` holds the non-empty ones.
    void setActivity(
        qint64 fromMs, qint64 bucketMs, const QList<roamdesk::ActivityBucket> &buckets, int bucketCount = 60);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    qint64 m_fromMs = 0;
    qint64 m_bucketMs = 60 * 1000;
    int m_bucketCount = 60;
    QList<ActivityBucket> m_buckets;
};

} // namespace roamdesk::ui
