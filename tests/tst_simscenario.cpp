// Scenario files (built-in, good, bad with line and field) and ScenarioPlayer playback on a ManualClock.
#include "app/simulator/scenario.h"
#include "app/simulator/scenarioplayer.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::sim;

namespace {
const QString AtHome = QStringLiteral("+99999991001");
const QStringList SeedKeys{QStringLiteral("+99999991000"), QStringLiteral("+99999991001")};
} // namespace

class TestSimScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInScenariosLoad()
    {
        const QStringList builtIn = SimulatorServer::builtInScenarios();
        QVERIFY2(builtIn.size() >= 3, qPrintable(builtIn.join(u',')));
        QVERIFY(builtIn.contains(QStringLiteral(":/roamdesk/scenarios/europe-tour.json")));
        for (const QString &path : builtIn) {
            ScenarioError error;
            const auto scenario = Scenario::load(path, SeedKeys, &error);
            QVERIFY2(scenario, qPrintable(path + QStringLiteral(": ") + error.toString()));
            QVERIFY(!scenario->name.isEmpty());
            // What it shows, for the panel's line under the list and its tooltip.
            QVERIFY2(scenario->description.size() > 40, qPrintable(path));
            QVERIFY(!scenario->steps.isEmpty());
            QCOMPARE(scenario->origin, path);
        }
    }

    void europeTourIsTheSpecsWalkThrough()
    {
        ScenarioError error;
        const auto scenario = Scenario::load(QStringLiteral(":/roamdesk/scenarios/europe-tour.json"), SeedKeys, &error);
        QVERIFY(scenario);
        QCOMPARE(scenario->steps.size(), 3);
        QCOMPARE(scenario->steps.at(0).mcc, 208);
        QCOMPARE(scenario->steps.at(1).mcc, 206);
        QCOMPARE(scenario->steps.at(2).mcc, 0);
    }

    void goodFile()
    {
        ScenarioError error;
        const auto scenario =
            Scenario::parse(testsupport::readData(QStringLiteral("simulator/good.json")), SeedKeys, &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        QCOMPARE(scenario->name, QStringLiteral("Test tour"));
        QCOMPARE(scenario->description, QStringLiteral("Two devices, one defined here."));
        QCOMPARE(scenario->devices.size(), 1);
        const SimDevice &device = scenario->devices.first();
        QCOMPARE(device.key, QStringLiteral("tester"));
        QCOMPARE(device.identifiers.phoneNumber, QStringLiteral("+358401000001"));
        QCOMPARE(device.identifiers.ipv4Address->privateAddress, QStringLiteral("10.0.0.2"));
        QCOMPARE(device.homeMcc, 244);
        QCOMPARE(device.currentMcc, 240);
        // Sorted by time; seconds with fractions.
        QCOMPARE(scenario->steps.size(), 3);
        QCOMPARE(scenario->steps.at(0).atMs, 2500);
        QCOMPARE(scenario->steps.at(0).deviceKey, AtHome);
        QCOMPARE(scenario->steps.at(0).mcc, 208);
        QCOMPARE(scenario->steps.at(1).deviceKey, QStringLiteral("tester"));
        QCOMPARE(scenario->steps.at(1).mcc, 0);
        QCOMPARE(scenario->durationMs(), 20000);
        QVERIFY(!scenario->loop);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a fragment
        QTest::newRow("syntax") << "bad-syntax.json" << 4 << ""
                                << "column";
        QTest::newRow("MCC out of range") << "bad-mcc.json" << 6 << "steps[1].to"
                                          << "MCC";
        QTest::newRow("unknown country") << "bad-country.json" << 4 << "steps[0].to"
                                         << "\"XX\"";
        QTest::newRow("unknown device") << "bad-device.json" << 5 << "steps[1].device"
                                        << "nobody";
        QTest::newRow("negative time") << "bad-at.json" << 4 << "steps[0].at"
                                       << ">= 0";
        QTest::newRow("bad phone") << "bad-phone.json" << 4 << "devices[0].phoneNumber"
                                   << "";
        QTest::newRow("no home") << "bad-home.json" << 4 << "devices[0].home"
                                 << "required";
        QTest::newRow("no name") << "bad-name.json" << 1 << "name"
                                 << "required";
        QTest::newRow("steps not array") << "bad-steps.json" << 3 << "steps"
                                         << "array";
        QTest::newRow("not an object") << "bad-root.json" << 1 << ""
                                       << "object";
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ScenarioError error;
        const auto scenario =
            Scenario::load(testsupport::dataPath(QStringLiteral("simulator/") + file), SeedKeys, &error);
        QVERIFY(!scenario);
        QCOMPARE(error.line, line);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(QStringLiteral("line %1").arg(line)));
        if (!field.isEmpty())
            QVERIFY(error.toString().contains(field));
    }

    void syntaxErrorColumnCountsCharacters()
    {
        // "ö" and "ß" take two bytes each: the column names the quote that should have followed a comma, as an
        // editor counts it.
        const QByteArray text = "{\n  \"name\": \"Gr\xC3\xB6\xC3\x9F\xC3\xB6\" \"loop\": true\n}";
        ScenarioError error;
        QVERIFY(!Scenario::parse(text, SeedKeys, &error));
        QCOMPARE(error.line, 2);
        QVERIFY2(error.message.startsWith(QStringLiteral("column 19: ")), qPrintable(error.message));
    }

    void missingFile()
    {
        ScenarioError error;
        QVERIFY(!Scenario::load(QStringLiteral("/nonexistent/x.json"), SeedKeys, &error));
        QCOMPARE(error.line, 0);
        QVERIFY(!error.message.isEmpty());
        SimulatorServer server;
        QVERIFY(!server.loadScenario(testsupport::dataPath(QStringLiteral("simulator/bad-mcc.json"))));
        QCOMPARE(server.scenarioError().line, 6);
        QCOMPARE(server.scenarioError().field, QStringLiteral("steps[1].to"));
    }

    void playback()
    {
        ManualClock clock;
        SimulatorServer server(&clock, nullptr);
        SimulatedNetwork *net = server.network();
        QVERIFY2(server.loadScenario(testsupport::dataPath(QStringLiteral("simulator/good.json"))),
            qPrintable(server.scenarioError().toString()));
        QCOMPARE(net->device(QStringLiteral("tester"))->currentMcc, 240); // placed at its start
        QSignalSpy progress(&server, &SimulatorServer::scenarioProgress);
        QSignalSpy finished(&server, &SimulatorServer::scenarioFinished);
        QSignalSpy applied(server.player(), &ScenarioPlayer::stepApplied);

        server.play();
        QVERIFY(server.player()->isPlaying());
        clock.advance(2000);
        server.player()->tick();
        QCOMPARE(net->device(AtHome)->currentMcc, 0);
        clock.advance(600); // 2.6 s
        server.player()->tick();
        QCOMPARE(net->device(AtHome)->currentMcc, 208);
        QCOMPARE(applied.size(), 1);
        server.setSpeed(4.0);
        clock.advance(2000); // +8 s scenario time: 10.6 s
        server.player()->tick();
        QCOMPARE(net->device(QStringLiteral("tester"))->currentMcc, 0);
        QCOMPARE(server.player()->positionMs(), 10600);
        server.pause();
        clock.advance(100000); // paused: time does not count
        server.player()->tick();
        QCOMPARE(server.player()->positionMs(), 10600);
        QCOMPARE(net->device(AtHome)->currentMcc, 208);
        server.play();
        clock.advance(2400); // +9.6 s: 20.2 s
        server.player()->tick();
        QCOMPARE(net->device(AtHome)->currentMcc, 0);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!server.player()->isPlaying());
        QCOMPARE(applied.size(), 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), 20000);
    }

    void loopRepeats()
    {
        ManualClock clock;
        SimulatorServer server(&clock, nullptr);
        QVERIFY(server.loadScenario(testsupport::dataPath(QStringLiteral("simulator/loop.json"))));
        QSignalSpy moved(server.network(), &SimulatedNetwork::deviceMoved);
        server.play();
        const int expected[] = {208, 0, 208, 0, 208};
        for (int i = 0; i < 5; ++i) {
            clock.advance(1000);
            server.player()->tick();
            QCOMPARE(server.network()->device(AtHome)->currentMcc, expected[i]);
        }
        QCOMPARE(moved.size(), 5);
        QVERIFY(server.player()->isPlaying());
        // A big jump applies every step it passed, in order, and keeps looping.
        clock.advance(10000);
        server.player()->tick();
        QCOMPARE(moved.size(), 15);
        QVERIFY(server.player()->isPlaying());
    }

    void speedIsClamped()
    {
        ManualClock clock;
        SimulatedNetwork network(&clock);
        ScenarioPlayer player(&network, &clock);
        player.setSpeed(0);
        QVERIFY(player.speed() > 0);
        player.setSpeed(1e9);
        QVERIFY(player.speed() <= 10000);
        player.play(); // no scenario: nothing happens
        QVERIFY(!player.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestSimScenario)
#include "tst_simscenario.moc"
