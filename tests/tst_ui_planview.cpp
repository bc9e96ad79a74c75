// PlanView on the embedded simulator: a plan file loaded (its problems shown by field), a dry run that only
// shows, an apply that covers every device, the coverage and the action log as the user sees them.
#include "app/bulk/planevidence.h"
#include "app/bulk/plankeeper.h"
#include "app/client/roamingclient.h"
#include "app/common/clock.h"
#include "app/session/receiverservice.h"
#include "app/simulator/simulatorserver.h"
#include "models/subscriptiontablemodel.h"
#include "ui/planview.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace roamdesk;

class TestPlanView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &json)
    {
        static int count = 0;
        const QString path = m_dir.filePath(u"plan%1.json"_s.arg(++count));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsCoverageAndActions()
    {
        sim::SimulatorServer simulator;
        QVERIFY(simulator.listen());
        api::RoamingClient client;
        client.setEnvironment(api::Environment::simulator(simulator.apiRoot()));
        QWidget window;
        ui::PlanView *view = ui::PlanView::showFor(&client, nullptr, &window);
        QCOMPARE(ui::PlanView::showFor(&client, nullptr, &window), view); // one per window
        auto *apply = view->findChild<QPushButton *>(u"planApplyButton"_s);
        auto *dryRun = view->findChild<QCheckBox *>(u"planDryRunCheck"_s);
        auto *message = view->findChild<QLabel *>(u"planMessageLabel"_s);
        auto *slotTable = view->findChild<QTableWidget *>(u"planSlotsTable"_s);
        auto *log = view->findChild<QTableWidget *>(u"planLogTable"_s);
        QVERIFY(apply && dryRun && message && slotTable && log);
        QVERIFY(!apply->isEnabled()); // no plan yet

        QVERIFY(!view->loadPlan(write("{\"name\": \"ui-plan\", \"devices\": [{\"phoneNumber\": \"+1\"}], "
                                      "\"types\": [\"roaming-on\"], \"sink\": \"http://127.0.0.1:9/n\"}")));
        QVERIFY2(message->text().contains(u"devices[0].phoneNumber"_s), qPrintable(message->text()));
        QVERIFY(!apply->isEnabled());

        QVERIFY(view->loadPlan(write("{\"name\": \"ui-plan\", \"devices\": [{\"phoneNumber\": \"+99999991000\"}, "
                                     "{\"phoneNumber\": \"+99999991001\"}], \"types\": [\"roaming-status\"], "
                                     "\"sink\": \"http://127.0.0.1:9/n\", \"sinkToken\": {\"generate\": true}}")));
        QVERIFY(apply->isEnabled());
        QCOMPARE(slotTable->rowCount(), 2);
        QCOMPARE(slotTable->item(0, 2)->text(), u"Not covered"_s);

        dryRun->setChecked(true);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(log->rowCount(), 2);
        QVERIFY(log->item(0, 1)->text().contains(u"dry run"_s));
        QCOMPARE(simulator.network()->subscriptionCount(), 0);

        dryRun->setChecked(false);
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(log->rowCount(), 4);
        QTRY_VERIFY(apply->isEnabled());
        QCOMPARE(simulator.network()->subscriptionCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(slotTable->item(row, 2)->text(), u"Covered"_s);
            QVERIFY(simulator.network()->subscription(slotTable->item(row, 3)->text()));
            QCOMPARE(log->item(2 + row, 1)->text(), u"create"_s);
            QCOMPARE(log->item(2 + row, 5)->text(), u"missing"_s);
        }
        QVERIFY2(message->text().contains(u"holds"_s), qPrintable(message->text()));
        if (const QString shot = qEnvironmentVariable("ROAMDESK_SCREENSHOT"); !shot.isEmpty())
            view->grab().save(shot);
        QFile::remove(bulk::PlanKeeper::defaultJournalPath(u"ui-plan"_s));
    }

    void localReceiverKnowsThePlansTokens()
    {
        // The plan's generated sink tokens reach the window's receiver before the network uses them: its events
        // are accepted (not refused as unauthenticated) and counted from the store toward maxEvents.
        sim::SimulatorServer simulator;
        QVERIFY(simulator.listen());
        api::RoamingClient client;
        client.setEnvironment(api::Environment::simulator(simulator.apiRoot()));
        SubscriptionTableModel table;
        ReceiverService receiver(Clock::system(), &table);
        ReceiverSettings settings;
        settings.port = 0;
        settings.databasePath = m_dir.filePath(u"n.sqlite"_s);
        receiver.start(settings);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.isListening(), 10000);

        QWidget window;
        ui::PlanView *view = ui::PlanView::showFor(&client, &receiver, &window);
        QVERIFY(view->loadPlan(write("{\"name\": \"ui-receiver\", \"devices\": [{\"phoneNumber\": \"+99999991000\"}], "
                                     "\"types\": [\"roaming-status\"], \"sink\": \""
            + receiver.sinkUrl().toString().toUtf8() + "\", \"sinkToken\": {\"generate\": true}}")));
        auto *apply = view->findChild<QPushButton *>(u"planApplyButton"_s);
        auto *slotTable = view->findChild<QTableWidget *>(u"planSlotsTable"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(slotTable->item(0, 2)->text(), u"Covered"_s);
        const QString id = slotTable->item(0, 3)->text();

        QSignalSpy failed(simulator.network(), &sim::SimulatedNetwork::deliveryFailed);
        QSignalSpy delivered(simulator.network(), &sim::SimulatedNetwork::notificationDelivered);
        QVERIFY(simulator.network()->sendHome(u"+99999991000"_s));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                QString error;
                return bulk::StorePlanEvidence::read(receiver.databasePath(), {id}, &error).eventCounts.value(id);
            }(),
            1, 10000);
        view->close();
        receiver.stop();
        QFile::remove(bulk::PlanKeeper::defaultJournalPath(u"ui-receiver"_s));
    }
    void actionLogKeepsTheNewestRows()
    {
        // Two dry runs over more devices than the log keeps: the oldest rows go, the view says how many.
        sim::SimulatorServer simulator;
        QVERIFY(simulator.listen());
        api::RoamingClient client;
        client.setEnvironment(api::Environment::simulator(simulator.apiRoot()));
        bulk::PlanKeeper keeper(&client, Clock::system());
        const int devices = ui::PlanView::MaxLogRows / 2 + 300;
        QByteArray list;
        for (int index = 0; index < devices; ++index)
            list += (index ? ", " : "") + "{\"phoneNumber\": \"+3584000"_ba + QByteArray::number(10000 + index) + "\"}";
        const QString plan = write("{\"name\": \"ui-capped\", \"devices\": [" + list
            + "], \"types\": [\"roaming-status\"], \"sink\": \"http://127.0.0.1:9/n\"}");
        auto view = std::make_unique<ui::PlanView>(&keeper);
        QVERIFY(view->loadPlan(plan));
        auto *apply = view->findChild<QPushButton *>(u"planApplyButton"_s);
        auto *log = view->findChild<QTableWidget *>(u"planLogTable"_s);
        auto *dropped = view->findChild<QLabel *>(u"planLogDroppedLabel"_s);
        QVERIFY(apply && log && dropped);
        view->findChild<QCheckBox *>(u"planDryRunCheck"_s)->setChecked(true);
        QVERIFY(dropped->isHidden());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), devices, 20000);
        QVERIFY(dropped->isHidden());
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        const int over = 2 * devices - ui::PlanView::MaxLogRows;
        QTRY_VERIFY_WITH_TIMEOUT(!dropped->isHidden() && dropped->text().startsWith(QString::number(over)), 20000);
        QCOMPARE(log->rowCount(), ui::PlanView::MaxLogRows);
        // The newest row is the last device of the second run; the oldest kept is the first run's device `over`.
        QCOMPARE(log->item(log->rowCount() - 1, 2)->text(), u"+3584000%1"_s.arg(10000 + devices - 1));
        QCOMPARE(log->item(0, 2)->text(), u"+3584000%1"_s.arg(10000 + over));

        // A view opened again on the same keeper shows the same newest rows and the same count.
        QTRY_VERIFY(apply->isEnabled());
        view.reset();
        ui::PlanView again(&keeper);
        log = again.findChild<QTableWidget *>(u"planLogTable"_s);
        dropped = again.findChild<QLabel *>(u"planLogDroppedLabel"_s);
        QCOMPARE(log->rowCount(), ui::PlanView::MaxLogRows);
        QVERIFY(!dropped->isHidden());
        QVERIFY2(dropped->text().startsWith(QString::number(over)), qPrintable(dropped->text()));
        QCOMPARE(log->item(0, 2)->text(), u"+3584000%1"_s.arg(10000 + over));
    }
};

QTEST_MAIN(TestPlanView)
#include "tst_ui_planview.moc"
