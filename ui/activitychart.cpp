#include "ui/activitychart.h"

#include "app/session/activityservice.h"
#include "ui/themecolors.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace roamdesk::ui {

namespace {

/// The log's colour for a type (EventKindProxy's); status reports take the palette's text colour.
QColor colourFor(EventType type, const QPalette &palette)
{
    switch (type) {
    case EventType::RoamingOn:
        return theme::abroad();
    case EventType::RoamingOff:
        return theme::home();
    case EventType::RoamingChangeCountry:
        return theme::change();
    case EventType::RoamingStatus:
        return palette.color(QPalette::Text);
    case EventType::SubscriptionEnds:
    case EventType::SubscriptionStarted:
    case EventType::SubscriptionUpdated:
    case EventType::SubscriptionEnded:
        break;
    }
    return theme::muted();
}

constexpr EventType TypeOrder[] = {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff,
    EventType::RoamingChangeCountry, EventType::SubscriptionStarted, EventType::SubscriptionUpdated,
    EventType::SubscriptionEnds, EventType::SubscriptionEnded};

} // namespace

ActivityChart::ActivityChart(ActivityService *activity, QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Events per minute"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    // Until the first count: the hour up to now, empty.
    m_fromMs = (QDateTime::currentMSecsSinceEpoch() / m_bucketMs + 1 - m_bucketCount) * m_bucketMs;
    if (activity)
        connect(activity, &ActivityService::activityReady, this,
            [this](qint64 fromMs, qint64 bucketMs, const QList<ActivityBucket> &buckets) {
                setActivity(fromMs, bucketMs, buckets, ActivityService::BucketCount);
            });
    rebuild();
}

ActivityChart::~ActivityChart() = default;

void ActivityChart::setActivity(qint64 fromMs, qint64 bucketMs, const QList<ActivityBucket> &buckets, int bucketCount)
{
    m_fromMs = fromMs;
    m_bucketMs = qMax<qint64>(1, bucketMs);
    m_bucketCount = qMax(1, bucketCount);
    m_buckets = buckets;
    rebuild();
}

void ActivityChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ActivityChart::rebuild()
{
    // A new chart each time: the old one (its series and axes) goes with setChart's replacement.
    auto *chart = new QChart;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.brush(QPalette::Window));
    chart->setTitleBrush(pal.brush(QPalette::WindowText));
    chart->setTitle(tr("Events per minute (last hour, as filtered)"));
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    int highest = 0;
    QList<int> totals(m_bucketCount, 0);
    for (EventType type : TypeOrder) {
        QList<qreal> values(m_bucketCount, 0);
        bool any = false;
        for (const ActivityBucket &bucket : std::as_const(m_buckets)) {
            if (bucket.type != type || bucket.bucketStartMs < m_fromMs)
                continue;
            const qint64 index = (bucket.bucketStartMs - m_fromMs) / m_bucketMs;
            if (index >= m_bucketCount)
                continue;
            values[index] += static_cast<qreal>(bucket.count);
            totals[index] += static_cast<int>(bucket.count);
            any = true;
        }
        if (!any)
            continue;
        auto *set = new QBarSet(eventtype::shortName(type));
        set->append(values);
        const QColor colour = colourFor(type, pal);
        set->setColor(colour);
        set->setBorderColor(colour);
        series->append(set);
    }
    for (int total : std::as_const(totals))
        highest = qMax(highest, total);
    chart->addSeries(series);
    chart->legend()->setVisible(series->count() > 0);

    // Minutes as values, labelled every ten minutes with the local time.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, m_bucketCount - 0.5);
    const int step = qMax(1, m_bucketCount / 6);
    for (int i = 0; i < m_bucketCount; i += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_fromMs + i * m_bucketMs);
        axisX->append(at.toLocalTime().toString(QStringLiteral("HH:mm")), i);
    }
    axisX->setLabelsBrush(pal.brush(QPalette::WindowText));
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks: up to 4 one apart, else four equal steps.
    const int top = highest <= 4 ? qMax(1, highest) : (highest + 3) / 4 * 4;
    axisY->setRange(0, top);
    axisY->setTickCount(top <= 4 ? top + 1 : 5);
    axisY->setLabelsBrush(pal.brush(QPalette::WindowText));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace roamdesk::ui
