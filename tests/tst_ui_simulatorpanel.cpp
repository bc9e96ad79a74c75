// SimulatorPanel on a real embedded simulator: every identifier kind listed, the scenario's description under
// the list and as its tooltip, a status line that says ready / playing / paused / finished, scenario files
// loaded or refused with the reason, style icons on Play/Pause instead of glyphs fonts may lack.
#include "app/common/clock.h"
#include "app/session/simulatorcontrol.h"
#include "models/simdevicemodel.h"
#include "testsupport.h"
#include "tst_simsupport.h"
#include "ui/simulatorpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestSimulatorPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_control = std::make_unique<SimulatorControl>(&m_clock);
        QString error;
        QVERIFY2(m_control->start(0, &error), qPrintable(error));
        m_panel = std::make_unique<ui::SimulatorPanel>(m_control.get());
        m_panel->resize(520, 520);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_control->shutdown(0);
        m_control.reset();
    }

    void listsEveryIdentifierKind()
    {
        auto *table = m_panel->findChild<QTableView *>(u"simDeviceTable"_s);
        QVERIFY(table);
        QStringList kinds;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            kinds << table->model()->index(row, SimDeviceModel::KindColumn).data().toString();
        QCOMPARE(kinds.count(u"Phone"_s), 9);
        QCOMPARE(kinds.count(u"NAI"_s), 1);
        QCOMPARE(kinds.count(u"IPv4"_s), 2);
        QCOMPARE(kinds.count(u"IPv6"_s), 1);
        QVERIFY(!table->isColumnHidden(SimDeviceModel::KindColumn));
    }

    void descriptionUnderTheList()
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"scenarioCombo"_s);
        auto *description = m_panel->findChild<QLabel *>(u"scenarioDescription"_s);
        QVERIFY(combo && description);
        combo->setCurrentIndex(combo->findText(u"europe-tour"_s));
        QVERIFY(description->isVisible());
        // One line under the list (elided when narrow), the whole text as the tooltip of both.
        QVERIFY2(
            description->toolTip().contains(u"Subscribe to +99999991001 first"_s), qPrintable(description->toolTip()));
        QCOMPARE(combo->toolTip(), description->toolTip());
        QVERIFY(description->text().startsWith(u"The spec's own example"_s));
        QCOMPARE(description->sizeHint().height(), description->fontMetrics().height());
        m_panel->resize(2000, 520);
        QTRY_COMPARE(description->text(), description->toolTip()); // wide enough for all of it
        combo->setCurrentIndex(combo->findText(u"world-trip"_s));
        QVERIFY(description->toolTip().contains(u"traveller@sim.roamdesk.example"_s));
    }

    void statusLineTellsTheTruth()
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"scenarioCombo"_s);
        auto *play = m_panel->findChild<QPushButton *>(u"playButton"_s);
        auto *status = m_panel->findChild<QLabel *>(u"scenarioProgress"_s);
        QVERIFY(combo && play && status);
        QVERIFY(status->text().startsWith(u"No scenario"_s));
        // Icons from the style, text without symbol glyphs.
        QVERIFY(!play->icon().isNull());
        QCOMPARE(play->text(), u"Play"_s);

        combo->setCurrentIndex(combo->findText(u"europe-tour"_s));
        QTest::mouseClick(play, Qt::LeftButton);
        QCOMPARE(m_control->playState(), SimulatorControl::PlayState::Playing);
        QCOMPARE(play->text(), u"Pause"_s);
        QVERIFY2(status->text().startsWith(u"Playing “Europe tour”"_s), qPrintable(status->text()));

        m_clock.advance(10000);
        QTRY_VERIFY(m_control->positionMs() >= 10000);
        QTest::mouseClick(play, Qt::LeftButton);
        QCOMPARE(m_control->playState(), SimulatorControl::PlayState::Paused);
        QVERIFY2(status->text().startsWith(u"Paused “Europe tour” at 10 s of 25 s"_s), qPrintable(status->text()));
        QCOMPARE(play->text(), u"Play"_s);
        // The step at 5 s happened: the table agrees with the paused position.
        const SimDeviceModel *devices = m_control->deviceModel();
        QCOMPARE(devices->entryAt(devices->rowOf(u"+99999991001"_s))->currentMcc, 208);

        QTest::mouseClick(play, Qt::LeftButton);
        m_clock.advance(30000);
        QTRY_COMPARE(m_control->playState(), SimulatorControl::PlayState::Finished);
        QTRY_VERIFY2(status->text().startsWith(u"Finished “Europe tour”: 25 s of 25 s"_s), qPrintable(status->text()));
        QCOMPARE(play->text(), u"Play"_s);
    }

    /// Picking a scenario loads it: the world trip's traveller can be looked up before Play.
    void pickingLoads()
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"scenarioCombo"_s);
        QVERIFY(combo);
        QCOMPARE(m_control->deviceModel()->rowOf(u"traveller"_s), -1);
        combo->setFocus();
        const int index = combo->findText(u"world-trip"_s);
        // As a user does it: the keyboard changes the current item and reports it as activated.
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
        QVERIFY(m_control->deviceModel()->rowOf(u"traveller"_s) >= 0);
        QCOMPARE(m_control->playState(), SimulatorControl::PlayState::Ready);
        QVERIFY(m_panel->findChild<QLabel *>(u"scenarioProgress"_s)->text().startsWith(u"Ready: “World trip”, 65 s"_s));
    }

    void loadsAndRefusesScenarioFiles()
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"scenarioCombo"_s);
        auto *message = m_panel->findChild<QLabel *>(u"simulatorMessage"_s);
        QVERIFY(m_panel->findChild<QPushButton *>(u"loadScenarioButton"_s));
        const int builtIn = combo->count();

        QVERIFY(!m_panel->loadScenarioFile(testsupport::dataPath(u"simulator/bad-mcc.json"_s)));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"bad-mcc.json"_s) && message->text().contains(u"line 6, steps[1].to"_s),
            qPrintable(message->text()));
        QCOMPARE(combo->count(), builtIn);

        QVERIFY(m_panel->loadScenarioFile(testsupport::dataPath(u"simulator/good.json"_s)));
        QCOMPARE(combo->count(), builtIn + 1);
        QCOMPARE(combo->currentText(), u"good.json"_s);
        QCOMPARE(
            m_panel->findChild<QLabel *>(u"scenarioDescription"_s)->toolTip(), u"Two devices, one defined here."_s);
        QVERIFY(m_panel->findChild<QLabel *>(u"scenarioProgress"_s)->text().startsWith(u"Ready: “Test tour”"_s));
        QVERIFY(m_control->deviceModel()->rowOf(u"tester"_s) >= 0);
        // Reset (no live subscription: no question) forgets the scenario and its devices.
        m_panel->resetSimulator();
        QCOMPARE(m_control->playState(), SimulatorControl::PlayState::NoScenario);
        QCOMPARE(m_control->deviceModel()->rowOf(u"tester"_s), -1);
        QVERIFY(m_panel->findChild<QLabel *>(u"scenarioProgress"_s)->text().startsWith(u"No scenario"_s));
    }

    /// A fleet of 100,000 devices fills the table with one reset; its moves reach the rows without another one.
    void addsAFleet()
    {
        auto *spin = m_panel->findChild<QSpinBox *>(u"fleetSizeSpin"_s);
        auto *button = m_panel->findChild<QPushButton *>(u"fleetButton"_s);
        auto *table = m_panel->findChild<QTableView *>(u"simDeviceTable"_s);
        QVERIFY(spin && button && table);
        QCOMPARE(spin->maximum(), 100000);
        SimDeviceModel *model = m_control->deviceModel();
        const int seeded = model->rowCount();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        spin->setValue(100000);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_control->fleetSize(), 100000);
        QCOMPARE(model->rowCount(), seeded + 100000);
        QCOMPARE(table->model()->rowCount(), seeded + 100000);
        QCOMPARE(resets.size(), 1);
        QVERIFY(model->rowOf(u"+99999992099999"_s) >= 0);
        QVERIFY(m_panel->findChild<QLabel *>(u"simulatorMessage"_s)->text().contains(u"100000"_s));

        QList<int> before;
        for (int row = 0; row < model->rowCount(); ++row)
            before << model->entryAt(row)->currentMcc;
        changes.clear();
        m_clock.advance(3000); // about a thousand moves at 1x
        QTRY_VERIFY(!changes.isEmpty());
        QTest::qWait(300); // the rest of the batch
        QCOMPARE(resets.size(), 1);
        QStringList moved;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryAt(row)->currentMcc != before.at(row))
                moved << model->entryAt(row)->key;
        }
        QVERIFY2(moved.size() > 500 && moved.size() < 2000, qPrintable(QString::number(moved.size())));
        // What the table shows is what the simulator answers.
        simtest::HttpClient http;
        const QUrl retrieve(m_control->apiRoot().toString() + u"/device-roaming-status/v1/retrieve"_s);
        for (const QString &key : moved.mid(0, 5)) {
            const SimDeviceModel::Entry *entry = model->entryAt(model->rowOf(key));
            const auto answer = http.send("POST", retrieve,
                QJsonDocument(QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, key}}}}).toJson());
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.object().value(u"roaming"_s).toBool(), entry->roaming());
            if (entry->roaming())
                QCOMPARE(answer.object().value(u"countryCode"_s).toInt(), entry->currentMcc);
        }

        spin->setValue(0);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(model->rowCount(), seeded);
    }

    /// The GUI's state file keeps the fleet across restarts, and the panel shows its size.
    void fleetSurvivesARestart()
    {
        QTemporaryDir dir;
        cleanup();
        for (int run = 0; run < 2; ++run) {
            m_control = std::make_unique<SimulatorControl>(&m_clock);
            m_control->setStateFile(dir.filePath(u"simulator-state.json"_s));
            QString error;
            QVERIFY2(m_control->start(0, &error), qPrintable(error));
            m_panel = std::make_unique<ui::SimulatorPanel>(m_control.get());
            auto *spin = m_panel->findChild<QSpinBox *>(u"fleetSizeSpin"_s);
            if (run == 0) {
                QCOMPARE(spin->value(), 0);
                spin->setValue(2500);
                QTest::mouseClick(m_panel->findChild<QPushButton *>(u"fleetButton"_s), Qt::LeftButton);
                m_control->moveDevice(u"+99999992000042"_s, 310);
            } else {
                QCOMPARE(m_control->fleetSize(), 2500);
                QCOMPARE(spin->value(), 2500);
                const SimDeviceModel *model = m_control->deviceModel();
                QCOMPARE(model->entryAt(model->rowOf(u"+99999992000042"_s))->currentMcc, 310);
            }
            m_panel.reset();
            m_control->shutdown(0);
            m_control.reset();
        }
        init();
    }

private:
    ManualClock m_clock;
    std::unique_ptr<SimulatorControl> m_control;
    std::unique_ptr<ui::SimulatorPanel> m_panel;
};

QTEST_MAIN(TestSimulatorPanel)
#include "tst_ui_simulatorpanel.moc"
