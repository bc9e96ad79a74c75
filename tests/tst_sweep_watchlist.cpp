// WatchList: imported devices on the fleet's board before any event names them, kept in the settings for the
// next start, labels and groups updated on a second import.
#include "app/bulk/watchlist.h"
#include "app/fleet/fleetservice.h"
#include "models/roamingstatus.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using roamdesk::bulk::WatchList;

class TestSweepWatchList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RoamDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_sweep_watchlist"_s);
    }
    void init() { QSettings().clear(); }

    void importedDevicesAppearAndSurviveARestart()
    {
        const DeviceList list = DeviceListParser::parseCsv("phoneNumber,ipv4Public,ipv4Port,label,group\n"
                                                           "+99999991000,,,Truck,North\n"
                                                           ",84.125.93.10,5060,Gate,South\n");
        QCOMPARE(list.entries.size(), 2);
        {
            FleetService fleet;
            QSignalSpy changed(&fleet, &FleetService::fleetChanged);
            WatchList watch(&fleet);
            QCOMPARE(watch.add(list.entries), 2);
            QCOMPARE(fleet.state().size(), 2);
            QCOMPARE(fleet.counts().unknown, 2);
            QVERIFY(fleet.state().find(u"+99999991000"_s));
            QCOMPARE(fleet.model()->rowCount(), 2);
            QCOMPARE(changed.count(), 1);
            // Again: nothing new on the board, the label follows the file.
            DeviceList again = list;
            again.entries[0].label = u"Lorry"_s;
            QCOMPARE(watch.add(again.entries), 0);
            QCOMPARE(fleet.state().size(), 2);
            QCOMPARE(watch.entryFor(list.entries.at(0).device).label, u"Lorry"_s);
        }
        FleetService restarted;
        WatchList watch(&restarted);
        watch.load();
        QCOMPARE(watch.entries().size(), 2);
        QCOMPARE(watch.entries().at(1).device, list.entries.at(1).device);
        QCOMPARE(watch.entries().at(1).group, u"South"_s);
        QCOMPARE(restarted.state().size(), 2);
    }

    void aLookupAfterwardsFillsTheWatchedRow()
    {
        FleetService fleet;
        WatchList watch(&fleet);
        const DeviceList list = DeviceListParser::parseCsv("phoneNumber\n+99999991001\n");
        watch.add(list.entries);
        RoamingStatus status;
        status.roaming = true;
        status.countryCode = 262;
        fleet.applyLookup(list.entries.first().device, status);
        QCOMPARE(fleet.state().size(), 1);
        QCOMPARE(fleet.counts().roaming, 1);
        QCOMPARE(fleet.counts().unknown, 0);
    }

    void handEditedSettingsAreSkipped()
    {
        QSettings().setValue(QLatin1String(WatchList::SettingsKey),
            QVariantList{QVariantMap{{u"device"_s, u"{\"phoneNumber\": \"nope\"}"_s}},
                QVariantMap{{u"device"_s, u"{\"phoneNumber\": \"+99999991000\"}"_s}}});
        FleetService fleet;
        WatchList watch(&fleet);
        watch.load();
        QCOMPARE(watch.entries().size(), 1);
        QCOMPARE(fleet.state().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSweepWatchList)
#include "tst_sweep_watchlist.moc"
