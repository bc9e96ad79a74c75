// WorldOutlines: the committed Natural Earth outlines load, every ISO country has a place, and point lookups
// respect islands and holes.
#include "models/worldoutlines.h"

#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestWorldOutlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCountryHasAPlace()
    {
        const WorldOutlines &world = WorldOutlines::instance();
        QVERIFY2(world.countries().size() >= 249, qPrintable(QString::number(world.countries().size())));
        for (const char *code : {"DE", "FI", "US", "BR", "JP", "ZA", "XK"}) {
            const CountryOutline *country = world.country(QLatin1String(code));
            QVERIFY2(country, code);
            QVERIFY2(!country->rings.isEmpty(), code);
            QVERIFY2(country->bounds.contains(country->centre), code);
        }
        // Too small for 1:110m: a centre only, still somewhere sensible.
        for (const char *code : {"MC", "LI", "MT", "SG", "GP", "MQ"}) {
            const CountryOutline *country = world.country(QLatin1String(code));
            QVERIFY2(country, code);
            QVERIFY2(country->rings.isEmpty(), code);
        }
        QVERIFY(!world.country(u"ZZ"_s));
    }

    void centresSitInTheirCountry_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"DE", "FR", "FI", "IT", "ES", "GB", "SE", "NO", "PL", "BE", "CH", "AT"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void centresSitInTheirCountry()
    {
        QFETCH(QString, code);
        const WorldOutlines &world = WorldOutlines::instance();
        QCOMPARE(world.countryAt(world.country(code)->centre), code);
    }

    void pointLookups_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Berlin") << QPointF(13.4, 52.5) << u"DE"_s;
        QTest::newRow("Helsinki") << QPointF(25.0, 60.3) << u"FI"_s;
        QTest::newRow("Corsica is France") << QPointF(9.1, 42.1) << u"FR"_s;
        QTest::newRow("French Guiana is France at 1:110m") << QPointF(-53.1, 3.9) << u"FR"_s;
        QTest::newRow("Lesotho, a hole in South Africa") << QPointF(28.2, -29.6) << u"LS"_s;
        QTest::newRow("South Africa around it") << QPointF(24.0, -30.5) << u"ZA"_s;
        QTest::newRow("Atlantic") << QPointF(-30.0, 20.0) << QString();
        QTest::newRow("Baltic Sea") << QPointF(19.0, 57.5) << QString();
    }

    void pointLookups()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, expected);
        QCOMPARE(WorldOutlines::instance().countryAt(lonLat), expected);
    }

    void badResourceSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << "{"_ba;
        QTest::newRow("no countries") << R"({"about": {}})"_ba;
        QTest::newRow("no code") << R"({"countries": [{"rings": [], "centre": [0, 0]}]})"_ba;
        QTest::newRow("short ring")
            << R"({"countries": [{"code": "DE", "rings": [[0, 0, 1, 1]], "centre": [0, 0]}]})"_ba;
    }

    void badResourceSaysWhy()
    {
        QFETCH(QByteArray, json);
        QString error;
        const WorldOutlines world = WorldOutlines::fromJson(json, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(world.countries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorldOutlines)
#include "tst_worldoutlines.moc"
