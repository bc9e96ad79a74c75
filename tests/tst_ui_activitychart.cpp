// ActivityChart: one stacked set per event type present, one bar per minute, titled and in the log's colours.

#include "ui/activitychart.h"
#include "ui/themecolors.h"

#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 From = 1700000000000 / Minute * Minute;

ActivityBucket bucket(int minute, EventType type, qint64 count)
{
    return {From + minute * Minute, type, count};
}

QStackedBarSeries *seriesOf(ActivityChart &chart)
{
    const auto series = chart.chart()->series();
    return series.size() == 1 ? qobject_cast<QStackedBarSeries *>(series.first()) : nullptr;
}
} // namespace

class TestActivityChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyChartHasNoSets();
    void oneSetPerTypeOneBarPerMinute();
    void bucketsOutsideTheWindowAreDropped();
};

void TestActivityChart::emptyChartHasNoSets()
{
    ActivityChart chart(nullptr);
    chart.setActivity(From, Minute, {});
    QStackedBarSeries *series = seriesOf(chart);
    QVERIFY(series);
    QCOMPARE(series->count(), 0);
    QCOMPARE(chart.chart()->title(), u"Events per minute (last hour, as filtered)"_s);
}

void TestActivityChart::oneSetPerTypeOneBarPerMinute()
{
    ActivityChart chart(nullptr);
    chart.setActivity(From, Minute,
        {bucket(0, EventType::RoamingOn, 2), bucket(0, EventType::RoamingOff, 1), bucket(1, EventType::RoamingOn, 4),
            bucket(59, EventType::RoamingChangeCountry, 3)});
    QStackedBarSeries *series = seriesOf(chart);
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    QStringList labels;
    for (QBarSet *set : series->barSets()) {
        labels << set->label();
        QCOMPARE(set->count(), 60);
    }
    QCOMPARE(labels, (QStringList{u"roaming-on"_s, u"roaming-off"_s, u"roaming-change-country"_s}));
    QBarSet *on = series->barSets().at(0);
    QCOMPARE(on->at(0), 2.0);
    QCOMPARE(on->at(1), 4.0);
    QCOMPARE(on->at(2), 0.0);
    QCOMPARE(on->color(), theme::abroad());
    QCOMPARE(series->barSets().at(1)->color(), theme::home());
    QCOMPARE(series->barSets().at(2)->at(59), 3.0);
    QCOMPARE(series->barSets().at(2)->color(), theme::change());
    // The legend names the types.
    QCOMPARE(chart.chart()->legend()->markers(series).size(), 3);
    QVERIFY(chart.chart()->legend()->isVisible());
}

void TestActivityChart::bucketsOutsideTheWindowAreDropped()
{
    ActivityChart chart(nullptr);
    chart.setActivity(From, Minute, {bucket(-1, EventType::RoamingOn, 1), bucket(60, EventType::RoamingOff, 1)}, 60);
    QStackedBarSeries *series = seriesOf(chart);
    QVERIFY(series);
    QCOMPARE(series->count(), 0);
}

QTEST_MAIN(TestActivityChart)
#include "tst_ui_activitychart.moc"
