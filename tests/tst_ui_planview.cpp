// PlanView on the embedded simulator: a plan file loaded (its problems shown by field), a dry run that only
// shows, an apply that covers every device, the coverage and the action log as the user sees them.
#include "app/bulk/plankeeper.h"
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "ui/planview.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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
        ui::PlanView *view = ui::PlanView::showFor(&client, QString(), &window);
        QCOMPARE(ui::PlanView::showFor(&client, QString(), &window), view); // one per window
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
};

QTEST_MAIN(TestPlanView)
#include "tst_ui_planview.moc"
