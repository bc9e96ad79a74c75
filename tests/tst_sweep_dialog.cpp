// The sweep in the window: the board's import (watched devices, bad lines by number and field) and its Sweep
// button, the sweep dialog against the simulator with a quota (progress, answers announced, export), and the
// simulator panel's quota controls. Offscreen widgets, a real simulator on loopback.
#include "app/bulk/sweep.h"
#include "app/bulk/watchlist.h"
#include "app/fleet/fleetservice.h"
#include "app/session/simulatorcontrol.h"
#include "app/simulator/simulatorserver.h"
#include "tst_simsupport.h"
#include "ui/devicesboard.h"
#include "ui/simulatorpanel.h"
#include "ui/sweepdialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;

namespace {

/// With ROAMDESK_SCREENSHOTS=dir, a picture of the widget for a person to look at.
void picture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROAMDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestSweepDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RoamDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_sweep_dialog"_s);
    }
    void init() { QSettings().clear(); }

    void boardImportsAndSweeps()
    {
        FleetService fleet;
        bulk::WatchList watchList(&fleet);
        ui::DevicesBoard board(&fleet);
        auto *import = board.findChild<QPushButton *>(u"boardImportButton"_s);
        QVERIFY(import);
        QVERIFY(import->isHidden()); // nowhere to keep them yet
        board.setWatchList(&watchList);
        QVERIFY(!import->isHidden());

        const QString file = write(u"fleet.csv"_s,
            "phoneNumber,label,group\n+99999991000,Truck,North\n12345,Broken,North\n+99999991001,Van,South\n");
        QVERIFY(board.importFile(file));
        QCOMPARE(fleet.state().size(), 2);
        auto *table = board.findChild<QTableView *>(u"devicesTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        const QString message = board.findChild<QLabel *>(u"boardImportMessage"_s)->text();
        QVERIFY2(message.contains(u"line 3, phoneNumber"_s), qPrintable(message));
        QVERIFY(message.contains(u"fleet.csv"_s));
        board.resize(1100, 600);
        picture(&board, u"board-import"_s);

        // Nothing selected: every watched device, with its label.
        QSignalSpy sweep(&board, &ui::DevicesBoard::sweepRequested);
        auto *sweepButton = board.findChild<QPushButton *>(u"boardSweepButton"_s);
        QVERIFY(sweepButton->isEnabled());
        sweepButton->click();
        QCOMPARE(sweep.count(), 1);
        const auto entries = sweep.first().first().value<QList<DeviceListEntry>>();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().label, u"Truck"_s);
        QCOMPARE(entries.at(1).row, 2);
        // One selected: that one.
        table->selectRow(0);
        sweepButton->click();
        QCOMPARE(sweep.count(), 2);
        QCOMPARE(sweep.last().first().value<QList<DeviceListEntry>>().size(), 1);
    }

    void dialogSweepsWithinTheQuota()
    {
        sim::SimulatorServer server;
        server.setQuota(sim::QuotaSettings{6, 0, false});
        QVERIFY(server.listen());
        QList<DeviceListEntry> entries;
        for (int i = 0; i < 12; ++i) {
            DeviceListEntry entry;
            entry.row = i + 1;
            entry.device.phoneNumber = i % 4 == 3 ? u"+99999990404"_s : u"+99999991000"_s;
            entries << entry;
        }
        const api::Environment environment = api::Environment::simulator(server.apiRoot());
        QSettings().setValue(ui::SweepDialog::rateKey(environment.name), 0.0);
        ui::SweepDialog dialog(environment, nullptr, entries);
        QSignalSpy answered(&dialog, &ui::SweepDialog::lookupAnswered);
        QSignalSpy failed(&dialog, &ui::SweepDialog::lookupFailed);
        QSignalSpy done(&dialog, &ui::SweepDialog::sweepFinished);
        auto *exportCsv = dialog.findChild<QPushButton *>(u"sweepExportCsvButton"_s);
        QVERIFY(!exportCsv->isEnabled());
        dialog.show();
        dialog.findChild<QPushButton *>(u"sweepStartButton"_s)->click();
        QVERIFY(dialog.findChild<QPushButton *>(u"sweepCancelButton"_s)->isEnabled());
        QTRY_VERIFY(dialog.findChild<QProgressBar *>(u"sweepProgress"_s)->value() >= 4);
        picture(&dialog, u"sweep-running"_s);
        // Twelve requests may all fit when the sweep starts late in a quota second (6 then 6 more): it can be
        // done before anything waits for it.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(answered.count(), 9);
        QCOMPARE(failed.count(), 3);
        auto *progress = dialog.findChild<QProgressBar *>(u"sweepProgress"_s);
        QCOMPARE(progress->value(), 12);
        QCOMPARE(progress->maximum(), 12);
        QVERIFY(exportCsv->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"sweepCancelButton"_s)->isEnabled());
        const QString status = dialog.findChild<QLabel *>(u"sweepStatus"_s)->text();
        QVERIFY2(status.contains(u"Done"_s), qPrintable(status));
        picture(&dialog, u"sweep-done"_s);
    }

    void rateIsKeptPerEnvironment()
    {
        const api::Environment a = api::Environment::simulator(QUrl(u"http://127.0.0.1:1/device-status"_s));
        api::Environment b = a;
        b.name = u"other"_s;
        {
            ui::SweepDialog dialog(a, nullptr, {});
            dialog.findChild<QDoubleSpinBox *>(u"sweepRateSpin"_s)->setValue(25);
            QVERIFY(!dialog.findChild<QPushButton *>(u"sweepStartButton"_s)->isEnabled()); // nothing to look up
            QSettings().setValue(ui::SweepDialog::rateKey(a.name), 25.0);
        }
        ui::SweepDialog again(a, nullptr, {});
        QCOMPARE(again.findChild<QDoubleSpinBox *>(u"sweepRateSpin"_s)->value(), 25.0);
        ui::SweepDialog other(b, nullptr, {});
        QCOMPARE(other.findChild<QDoubleSpinBox *>(u"sweepRateSpin"_s)->value(), 0.0);
    }

    void simulatorPanelSetsTheQuota()
    {
        ManualClock clock;
        SimulatorControl control(&clock);
        QString error;
        QVERIFY2(control.start(0, &error), qPrintable(error));
        ui::SimulatorPanel panel(&control);
        panel.findChild<QSpinBox *>(u"quotaPerSecondSpin"_s)->setValue(1);
        panel.findChild<QSpinBox *>(u"quotaPerDaySpin"_s)->setValue(500);
        panel.findChild<QCheckBox *>(u"quotaRetryAfterCheck"_s)->setChecked(true);
        QCOMPARE(control.quota(), (sim::QuotaSettings{1, 500, true}));
        // The running simulator enforces it (the manual clock stands still: one request per second).
        simtest::HttpClient client;
        const QUrl url(control.apiRoot().toString() + u"/device-roaming-status/v1/retrieve"_s);
        const QByteArray body = R"({"device": {"phoneNumber": "+99999991000"}})";
        QCOMPARE(client.send("POST", url, body).status, 200);
        const simtest::HttpResult refused = client.send("POST", url, body);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        panel.resize(700, 700);
        picture(&panel, u"simulator-quota"_s);
        panel.findChild<QSpinBox *>(u"quotaPerSecondSpin"_s)->setValue(0);
        panel.findChild<QSpinBox *>(u"quotaPerDaySpin"_s)->setValue(0);
        QVERIFY(control.quota().isOff());
        QCOMPARE(client.send("POST", url, body).status, 200);
        control.shutdown(0);
    }
};

QTEST_MAIN(TestSweepDialog)
#include "tst_sweep_dialog.moc"
