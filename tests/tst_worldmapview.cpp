// WorldMapView: hit-testing countries and dots, shading told apart by more than colour, zoom around the pointer,
// click to pick a country, markers that glide to their new country.
#include "models/worldoutlines.h"
#include "ui/worldmapview.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <set>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

/// How many different colours a small square around `at` holds: 1 for a flat fill, more for hatching.
int coloursAround(const QImage &image, QPoint at, int half = 5)
{
    std::set<QRgb> colours;
    for (int y = at.y() - half; y <= at.y() + half; ++y) {
        for (int x = at.x() - half; x <= at.x() + half; ++x)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QPoint centreOf(const WorldMapView &map, const QString &code)
{
    return map.toWidget(WorldOutlines::instance().country(code)->centre).toPoint();
}

} // namespace

class TestWorldMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitTestsCountriesAndDots()
    {
        WorldMapView map;
        map.resize(1080, 426);
        QCOMPARE(map.countryAt(centreOf(map, u"DE"_s)), u"DE"_s);
        QCOMPARE(map.countryAt(centreOf(map, u"BR"_s)), u"BR"_s);
        QCOMPARE(map.countryAt(map.toWidget(QPointF(-30, 20)).toPoint()), QString());
        // Singapore is a dot at this scale; near the dot is Singapore.
        QCOMPARE(map.countryAt(centreOf(map, u"SG"_s) + QPoint(1, 1)), u"SG"_s);
    }

    void roamingIsHatchedHomeIsFlat()
    {
        WorldMapView map;
        map.resize(1080, 426);
        map.setPresence({{u"BR"_s, {3, 0}}, {u"AU"_s, {0, 2}}, {u"CA"_s, {0, 0}}});
        const QImage image = map.grab().toImage();
        const QPoint brazil = centreOf(map, u"BR"_s);
        const QPoint australia = centreOf(map, u"AU"_s);
        const QPoint canada = centreOf(map, u"CA"_s);
        QVERIFY2(coloursAround(image, brazil) >= 2, "roaming is hatched");
        QCOMPARE(coloursAround(image, australia), 1);
        QCOMPARE(coloursAround(image, canada), 1);
        QVERIFY(image.pixel(australia) != image.pixel(canada)); // devices at home vs no device
    }

    void clickPicksACountry()
    {
        WorldMapView map;
        map.resize(1080, 426);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy picked(&map, &WorldMapView::countryActivated);
        QTest::mouseClick(&map, Qt::LeftButton, {}, centreOf(map, u"FI"_s));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), u"FI"_s);
        QCOMPARE(map.selectedCountry(), u"FI"_s);
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.toWidget(QPointF(-30, 20)).toPoint());
        QCOMPARE(picked.at(1).at(0).toString(), QString());
        QCOMPARE(map.selectedCountry(), QString());
    }

    void zoomKeepsThePointUnderThePointer()
    {
        WorldMapView map;
        map.resize(1080, 426);
        const QPointF helsinki(25.0, 60.2);
        const QPointF before = map.toWidget(helsinki);
        QWheelEvent wheel(before, map.mapToGlobal(before), {}, {0, 240}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&map, &wheel);
        QVERIFY(map.zoom() > 1.4);
        const QPointF after = map.toWidget(helsinki);
        QVERIFY2(
            QLineF(before, after).length() < 1.0, qPrintable(u"moved %1 px"_s.arg(QLineF(before, after).length())));
        QTest::keyClick(&map, Qt::Key_0);
        QCOMPARE(map.zoom(), 1.0);
    }

    void markersGlideToTheirNewCountry()
    {
        WorldMapView map;
        map.resize(1080, 426);
        map.setMarkers({{u"+99999991001"_s, u"DE"_s, false}});
        QImage before = map.grab().toImage();
        map.setMarkers({{u"+99999991001"_s, u"ES"_s, true}});
        // Half-way, the marker is neither at home nor in Spain yet; at the end it is in Spain.
        QTRY_VERIFY_WITH_TIMEOUT(map.grab().toImage() != before, 2000);
        // At the end: the marker is drawn around Spain's centre and no longer around Germany's, compared with the
        // same map without markers.
        WorldMapView empty;
        empty.resize(map.size());
        const QImage plain = empty.grab().toImage();
        const auto differsAround = [&plain](const QImage &image, QPoint at) {
            return image.copy(QRect(at - QPoint(14, 14), QSize(29, 29)))
                != plain.copy(QRect(at - QPoint(14, 14), QSize(29, 29)));
        };
        const QPoint spain = centreOf(map, u"ES"_s);
        const QPoint germany = centreOf(map, u"DE"_s);
        QVERIFY(differsAround(before, germany)); // the marker was at home
        QTRY_VERIFY_WITH_TIMEOUT(differsAround(map.grab().toImage(), spain), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!differsAround(map.grab().toImage(), germany), 3000);
    }
    void aCountryLeftEmptyIsLandAgain()
    {
        WorldMapView map;
        map.resize(1080, 426);
        const QPoint usa = centreOf(map, u"US"_s);
        const QRgb land = map.grab().toImage().pixel(usa);
        map.setPresence({{u"US"_s, {2, 1}}});
        map.setMarkers({{u"a"_s, u"US"_s, true}, {u"b"_s, u"US"_s, false}});
        QVERIFY(map.grab().toImage().pixel(usa) != land);
        // Every device moves on: the United States is drawn as land again, outline and all.
        map.setPresence(
            {{u"BL"_s, {1, 0}}, {u"GF"_s, {1, 0}}, {u"GP"_s, {1, 0}}, {u"MF"_s, {1, 0}}, {u"MQ"_s, {1, 0}}});
        map.setMarkers({{u"a"_s, u"BL"_s, true}, {u"b"_s, u"MX"_s, true}});
        // Compared with a map that never had a device there, once the markers have glided away.
        WorldMapView plain;
        plain.resize(map.size());
        const QImage expected = plain.grab().toImage();
        const auto asPlain = [&map, &expected, usa] {
            const QImage now = map.grab().toImage();
            for (const QPoint at : {usa, usa + QPoint(-60, -10), usa + QPoint(40, 20)}) {
                if (now.pixel(at) != expected.pixel(at))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(asPlain(), 3000);
        QCOMPARE(map.grab().toImage().pixel(usa), land);
    }
    void zoomedInCountriesStayFilled()
    {
        // Zoomed in as far as it goes on Florida: the United States' outline then runs tens of thousands of
        // pixels beyond the widget, and is still drawn as land.
        WorldMapView map;
        map.resize(1080, 426);
        WorldMapView plain;
        plain.resize(map.size());
        const QRgb land = plain.grab().toImage().pixel(plain.toWidget(QPointF(-100, 40)).toPoint());
        const QPointF florida(-81.5, 28.0);
        QCOMPARE(WorldOutlines::instance().countryAt(florida), u"US"_s);
        int checked = 0;
        while (map.zoom() < 40.0 && checked < 40) {
            const QPointF at = map.toWidget(florida);
            QWheelEvent wheel(at, map.mapToGlobal(at), {}, {0, 120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&map, &wheel);
            const QImage image = map.grab().toImage();
            QVERIFY2(image.pixel(map.toWidget(florida).toPoint()) == land,
                qPrintable(
                    u"zoom %1: %2, land %3"_s.arg(map.zoom()).arg(image.pixel(at.toPoint()), 0, 16).arg(land, 0, 16)));
            ++checked;
        }
        QVERIFY(map.zoom() >= 40.0);
    }
};

QTEST_MAIN(TestWorldMapView)
#include "tst_worldmapview.moc"
