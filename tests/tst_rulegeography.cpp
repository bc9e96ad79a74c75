// Distances between countries for the travel rules, on the real 1:110m outlines.
#include "models/rulegeography.h"

#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestRuleGeography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neighboursAreZeroApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Finland, Sweden") << u"FI"_s << u"SE"_s;
        QTest::newRow("France, Spain") << u"FR"_s << u"ES"_s;
        QTest::newRow("South Africa around Lesotho") << u"ZA"_s << u"LS"_s;
        QTest::newRow("same country") << u"DE"_s << u"DE"_s;
    }
    void neighboursAreZeroApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const std::optional<double> km = RuleGeography::distanceKm(a, b);
        QVERIFY(km);
        QCOMPARE(*km, 0.0);
        QCOMPARE(RuleGeography::distanceKm(b, a), km);
    }

    void closestPointsNotCentres()
    {
        // Finland's and Spain's centres are ~3,300 km apart; their nearest coasts (Gulf of Finland / Catalonia)
        // are much closer, and still well beyond a neighbour.
        const std::optional<double> km = RuleGeography::distanceKm(u"FI"_s, u"ES"_s);
        QVERIFY(km);
        QVERIFY2(*km > 1800 && *km < 2800, qPrintable(QString::number(*km)));
        // Germany and Denmark touch; Germany and Norway do not (the Skagerrak is between them).
        const std::optional<double> deNo = RuleGeography::distanceKm(u"DE"_s, u"NO"_s);
        QVERIFY(deNo && *deNo > 50 && *deNo < 600);
    }

    void multiTerritoryTakesTheClosest()
    {
        // MCC 340 names five territories in the Caribbean and South America.
        const QStringList french{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s};
        const std::optional<double> fromUs = RuleGeography::distanceKm(QStringList{u"US"_s}, french);
        const std::optional<double> toGuadeloupe = RuleGeography::distanceKm(u"US"_s, u"GP"_s);
        QVERIFY(fromUs && toGuadeloupe);
        QVERIFY(*fromUs <= *toGuadeloupe);
        QVERIFY(*fromUs > 1000);
        QVERIFY(!RuleGeography::distanceKm(u"US"_s, u"XX"_s));
    }

    void greatCircle()
    {
        // Helsinki to Madrid, about 2,950 km.
        const double km = RuleGeography::greatCircleKm(24.94, 60.17, -3.70, 40.42);
        QVERIFY2(km > 2900 && km < 3000, qPrintable(QString::number(km)));
    }
};

QTEST_GUILESS_MAIN(TestRuleGeography)
#include "tst_rulegeography.moc"
