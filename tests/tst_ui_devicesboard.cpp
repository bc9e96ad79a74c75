// The Devices board and the map panel over a real FleetService reading a real SQLite store: counts as filters,
// the country filter the map sets, search, a selected device's journey and dwell, copy and look-up actions.
#include "app/fleet/fleetservice.h"
#include "app/store/sqlitenotificationstore.h"
#include "fleettestutil.h"
#include "models/roamingstatus.h"
#include "models/worldoutlines.h"
#include "ui/devicesboard.h"
#include "ui/fleetmappanel.h"
#include "ui/journeyview.h"
#include "ui/worldmapview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;
using fleettest::record;
using fleettest::status;

namespace {
const QString Traveller = u"+99999991001"_s; // home in Germany, then France, then Switzerland
const QString Resident = u"+99999991002"_s; // at home in Finland
const QString Visitor = u"+99999991003"_s; // roaming in France
const QString Silent = u"+99999991004"_s; // only a lifecycle event: state not known
constexpr int Timeout = 10000;
} // namespace

class TestDevicesBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The fleet snapshot goes to this run's cache folder, not the user's.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s)));
        m_db = m_dir.filePath(u"notifications.sqlite"_s);
        SqliteNotificationStore store;
        QVERIFY(store.open(m_db));
        QList<NotificationLogRecord> records{
            status(Traveller, 0, false, 262),
            record(Traveller, EventType::RoamingOn, 60),
            record(Traveller, EventType::RoamingChangeCountry, 90, 208),
            record(Traveller, EventType::RoamingChangeCountry, 150, 228),
            status(Resident, 10, false, 244),
            status(Visitor, 20, true, 208),
            record(Silent, EventType::SubscriptionEnds, 30),
        };
        QVERIFY(store.insert(records).ok);
    }

    void init()
    {
        m_fleet = std::make_unique<FleetService>();
        QSignalSpy loaded(m_fleet.get(), &FleetService::loaded);
        m_fleet->open(m_db);
        QVERIFY(loaded.wait(Timeout));
        m_board = std::make_unique<DevicesBoard>(m_fleet.get());
        m_board->resize(1000, 700);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_table = m_board->findChild<QTableView *>(u"devicesTable"_s);
        QVERIFY(m_table);
    }

    void cleanup()
    {
        m_board.reset();
        m_fleet.reset();
    }

    void countsAreTheFilters()
    {
        auto button = [this](const char *name) { return m_board->findChild<QToolButton *>(QLatin1String(name)); };
        QVERIFY2(button("boardAllButton")->text().contains(u"(4)"_s), qPrintable(button("boardAllButton")->text()));
        QVERIFY(button("boardRoamingButton")->text().contains(u"(2)"_s));
        QVERIFY(button("boardHomeButton")->text().contains(u"(1)"_s));
        QVERIFY(button("boardUnknownButton")->text().contains(u"(1)"_s));
        QCOMPARE(m_table->model()->rowCount(), 4);
        button("boardRoamingButton")->click();
        QCOMPARE(m_table->model()->rowCount(), 2);
        button("boardUnknownButton")->click();
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Silent);
        button("boardAllButton")->click();
        QCOMPARE(m_table->model()->rowCount(), 4);
    }

    void countryFilterAndSearch()
    {
        // The traveller is now in Switzerland: France holds only the visitor.
        m_board->setCountryFilter(u"FR"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Visitor);
        auto *combo = m_board->findChild<QComboBox *>(u"boardCountryCombo"_s);
        QCOMPARE(combo->currentData().toString(), u"FR"_s);
        m_board->setCountryFilter(QString());
        auto *search = m_board->findChild<QLineEdit *>(u"boardSearchEdit"_s);
        search->setText(u"1002"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Resident);
    }

    void labelAndGroupOfAnImportedList()
    {
        // No device has a label or group yet: no empty columns.
        QVERIFY(m_table->isColumnHidden(FleetTableModel::LabelColumn));
        QVERIFY(m_table->isColumnHidden(FleetTableModel::GroupColumn));
        DeviceListEntry resident;
        resident.device.phoneNumber = Resident;
        resident.label = u"Reception desk"_s;
        resident.group = u"Helsinki office"_s;
        DeviceListEntry newcomer;
        newcomer.device.phoneNumber = u"+99999991009"_s;
        newcomer.label = u"Spare phone"_s;
        m_fleet->watch({resident, newcomer});
        QTRY_VERIFY(!m_table->isColumnHidden(FleetTableModel::LabelColumn));
        QVERIFY(!m_table->isColumnHidden(FleetTableModel::GroupColumn));
        // Shown next to the device, before the state and the times.
        QCOMPARE(m_table->horizontalHeader()->visualIndex(FleetTableModel::LabelColumn), 1);
        QCOMPARE(m_table->horizontalHeader()->visualIndex(FleetTableModel::GroupColumn), 2);
        QCOMPARE(m_table->model()->rowCount(), 5);

        m_table->sortByColumn(FleetTableModel::LabelColumn, Qt::DescendingOrder);
        QCOMPARE(m_table->model()->index(0, FleetTableModel::LabelColumn).data().toString(), u"Spare phone"_s);
        QCOMPARE(m_table->model()->index(1, FleetTableModel::DeviceColumn).data().toString(), Resident);
        QCOMPARE(m_table->model()->index(1, FleetTableModel::GroupColumn).data().toString(), u"Helsinki office"_s);

        auto *search = m_board->findChild<QLineEdit *>(u"boardSearchEdit"_s);
        search->setText(u"group = \"Helsinki office\""_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, FleetTableModel::DeviceColumn).data().toString(), Resident);
        search->setText(u"label != null"_s);
        QCOMPARE(m_table->model()->rowCount(), 2);
        search->setText(u"spare"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        search->clear();
    }

    void filterExpressionOverDevices()
    {
        auto *search = m_board->findChild<QLineEdit *>(u"boardSearchEdit"_s);
        // A QLabel; read through its text property.
        auto *error = m_board->findChild<QWidget *>(u"boardFilterError"_s);
        QVERIFY(search && error);
        search->setText(u"roaming = true and country in {CH, FR}"_s);
        QCOMPARE(m_table->model()->rowCount(), 2); // the traveller in Switzerland, the visitor in France
        QVERIFY(!error->isVisible());
        search->setText(u"roaming = false or roaming = null"_s);
        QCOMPARE(m_table->model()->rowCount(), 2);
        search->setText(u"lastEvent = roaming-change-country and mcc = 228"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Traveller);
        search->setText(u"ended = true"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Silent);
        search->setText(u"finland"_s); // a word the row shows: its country's name
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), Resident);
        // Cut short: where and what; the table keeps the last filter that parsed.
        search->setText(u"roaming = true and age >"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->property("text").toString(),
            u"Filter: column 25: expected a value after '>' but found end of input"_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        search->setText(u"received > -1h"_s); // a notification field, not a device's
        QVERIFY(error->property("text").toString().contains(u"expected a field (device, roaming, country"_s));
        search->clear();
        QVERIFY(!error->isVisible());
        QCOMPARE(m_table->model()->rowCount(), 4);
    }

    void selectionShowsTheJourneyAndDwell()
    {
        selectDevice(Traveller);
        auto *journey = m_board->findChild<JourneyView *>();
        QTRY_COMPARE_WITH_TIMEOUT(journey->segments().size(), 4, Timeout);
        const QStringList bands = journey->bandLabels();
        // At home in Germany; roaming-on says abroad but not where; then France, then Switzerland.
        QCOMPARE(bands.size(), 4);
        QVERIFY2(bands.at(0).contains(u"DE"_s) && bands.at(2).contains(u"FR"_s) && bands.at(3).contains(u"CH"_s),
            qPrintable(bands.join(u" | "_s)));
        QVERIFY(journey->barRect(0).isValid());
        auto *dwell = m_board->findChild<QTableWidget *>(u"dwellTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dwell->rowCount() == 4, Timeout);
        QVERIFY(m_board->findChild<QPushButton *>(u"journeyCsvButton"_s)->isEnabled());
    }

    void timeAtHomeWithoutACountryIsNamedSo()
    {
        // CAMARA says a country only while roaming: a home segment without one is "at home", apart from a
        // roaming-on that did not say where.
        JourneyView view;
        JourneySegment home;
        home.start = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
        home.end = home.start.addSecs(600);
        JourneySegment abroad = home;
        abroad.roaming = true;
        abroad.start = home.end;
        abroad.end = abroad.start.addSecs(600);
        view.setJourney({home, abroad}, abroad.end);
        QCOMPARE(view.bandLabels(), QStringList({u"At home (not roaming)"_s, u"Unknown country"_s}));
    }

    void actionsOnTheSelection()
    {
        selectDevice(Visitor);
        QSignalSpy lookup(m_board.get(), &DevicesBoard::lookupRequested);
        QSignalSpy notifications(m_board.get(), &DevicesBoard::notificationsRequested);
        m_board->findChild<QPushButton *>(u"boardLookUpButton"_s)->click();
        QCOMPARE(lookup.size(), 1);
        QCOMPARE(lookup.at(0).at(0).value<Device>().phoneNumber, Visitor);
        m_board->findChild<QPushButton *>(u"boardNotificationsButton"_s)->click();
        QCOMPARE(notifications.at(0).at(0).toString(), u"device:"_s + Visitor);
        m_board->findChild<QPushButton *>(u"boardCopyButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), Visitor);
    }

    void mapShadesAndPicks()
    {
        FleetMapPanel panel(m_fleet.get());
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WorldMapView *map = panel.map();
        QCOMPARE(map->presence().value(u"FR"_s).roaming, 1);
        QCOMPARE(map->presence().value(u"FI"_s).home, 1);
        QCOMPARE(map->presence().value(u"CH"_s).roaming, 1);
        QSignalSpy picked(&panel, &FleetMapPanel::countryActivated);
        const QPoint finland = map->toWidget(WorldOutlines::instance().country(u"FI"_s)->centre).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, {}, finland);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), u"FI"_s);
    }

    void mapDrawsACountryLeftEmptyAsLand()
    {
        // The world-trip traveller: the United States, then the French Antilles (five dots), then at sea, then
        // Germany. Once the device left, the United States are land again, outline and all.
        FleetService fleet;
        QSignalSpy loaded(&fleet, &FleetService::loaded);
        fleet.open(m_dir.filePath(u"empty.sqlite"_s));
        QVERIFY(loaded.wait(Timeout));
        FleetMapPanel panel(&fleet);
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WorldMapView *map = panel.map();
        Device traveller;
        traveller.phoneNumber = u"+447700900123"_s;
        const auto moveTo = [&](std::optional<int> mcc, const QStringList &countries, int second) {
            RoamingStatus status;
            status.roaming = true;
            status.countryCode = mcc;
            if (!countries.isEmpty())
                status.countryName = countries;
            fleet.applyLookup(traveller, status, QDateTime::fromSecsSinceEpoch(1700000000 + second).toUTC());
        };
        // A point in the United States and one in Canada, which no device visits: both land, the same colour.
        const QPointF inUsa(-105, 40), inCanada(-100, 52);
        QCOMPARE(WorldOutlines::instance().countryAt(inUsa), u"US"_s);
        QCOMPARE(WorldOutlines::instance().countryAt(inCanada), u"CA"_s);
        const auto sameAsCanada = [map, inUsa, inCanada] {
            const QImage image = map->grab().toImage();
            return image.pixel(map->toWidget(inUsa).toPoint()) == image.pixel(map->toWidget(inCanada).toPoint());
        };
        moveTo(310, {u"US"_s}, 5);
        QTRY_COMPARE_WITH_TIMEOUT(map->presence().value(u"US"_s).roaming, 1, Timeout);
        panel.findChild<QToolButton *>(u"mapResetButton"_s)->click(); // the whole world: Canada in sight
        QTRY_VERIFY_WITH_TIMEOUT(!sameAsCanada(), Timeout);
        moveTo(340, {u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s}, 20);
        QTRY_VERIFY_WITH_TIMEOUT(map->presence().value(u"GP"_s).roaming == 1, Timeout);
        QVERIFY(!map->presence().contains(u"US"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sameAsCanada(), Timeout);
        moveTo(901, {}, 35); // at sea: no country at all
        QTRY_VERIFY_WITH_TIMEOUT(map->presence().isEmpty(), Timeout);
        QVERIFY(sameAsCanada());
        moveTo(262, {u"DE"_s}, 50);
        QTRY_VERIFY_WITH_TIMEOUT(map->presence().contains(u"DE"_s), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(sameAsCanada(), Timeout);
    }

    // Last: it changes the shared store.
    void liveEventsUpdateTheBoard()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_db));
        QVERIFY(store.insert({record(Resident, EventType::RoamingChangeCountry, 200, 240)}).ok);
        QSignalSpy changed(m_fleet.get(), &FleetService::fleetChanged);
        m_fleet->refresh();
        QVERIFY(changed.wait(Timeout));
        auto *roaming = m_board->findChild<QToolButton *>(u"boardRoamingButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(roaming->text().contains(u"(3)"_s), Timeout);
    }

private:
    void selectDevice(const QString &label)
    {
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            if (m_table->model()->index(row, 0).data().toString() == label) {
                m_table->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(u"no row for "_s + label));
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<FleetService> m_fleet;
    std::unique_ptr<DevicesBoard> m_board;
    QTableView *m_table = nullptr;
};

QTEST_MAIN(TestDevicesBoard)
#include "tst_ui_devicesboard.moc"
