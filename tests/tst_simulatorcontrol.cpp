// SimulatorControl, the embedded simulator as the window drives it: the scenario state it reports (ready,
// playing, paused, finished), scenarios from files with readable refusals, and a state file that keeps devices,
// subscriptions, the scenario, the speed and the port across two lifetimes without ending any subscription.
#include "app/common/clock.h"
#include "app/session/simulatorcontrol.h"
#include "models/simdevicemodel.h"
#include "testsupport.h"
#include "tst_simsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 10000;

/// A v0.7 subscription to `event` on the phone `phone`, posting to `sink`; returns its id (empty on failure).
QString subscribe(simtest::HttpClient &http, const QUrl &apiRoot, const QString &phone, const QUrl &sink)
{
    const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.toString()},
        {u"types"_s, QJsonArray{QString::fromLatin1(simtest::typeWire("roaming-status"))}},
        {u"config"_s,
            QJsonObject{
                {u"subscriptionDetail"_s, QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, phone}}}}}}}};
    const auto created =
        http.send("POST", QUrl(apiRoot.toString() + u"/device-roaming-status-subscriptions/v0.7/subscriptions"_s),
            QJsonDocument(body).toJson());
    return created.status == 201 ? created.object().value(u"id"_s).toString() : QString();
}

int currentMcc(const SimulatorControl &control, const QString &key)
{
    const SimDeviceModel *model = control.deviceModel();
    const SimDeviceModel::Entry *entry = model->entryAt(model->rowOf(key));
    return entry ? entry->currentMcc : -1;
}
} // namespace

class TestSimulatorControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void playStateTellsTheTruth()
    {
        ManualClock clock;
        SimulatorControl control(&clock);
        QString error;
        QVERIFY2(control.start(0, &error), qPrintable(error));
        QCOMPARE(control.playState(), SimulatorControl::PlayState::NoScenario);
        QVERIFY2(control.loadScenario(u"europe-tour"_s, &error), qPrintable(error));
        QCOMPARE(control.playState(), SimulatorControl::PlayState::Ready);
        QCOMPARE(control.loadedScenario().id, u"europe-tour"_s);
        QVERIFY(control.loadedScenario().description.contains(u"+99999991001"_s));

        control.play();
        QCOMPARE(control.playState(), SimulatorControl::PlayState::Playing);
        clock.advance(7000); // past the first step (5 s)
        QTRY_COMPARE_WITH_TIMEOUT(currentMcc(control, u"+99999991001"_s), 208, Timeout);
        control.pause();
        QCOMPARE(control.playState(), SimulatorControl::PlayState::Paused);
        QVERIFY(!control.isPlaying());

        QSignalSpy changed(&control, &SimulatorControl::changed);
        control.play();
        clock.advance(60000); // past the end (25 s)
        QTRY_COMPARE_WITH_TIMEOUT(control.playState(), SimulatorControl::PlayState::Finished, Timeout);
        QVERIFY(changed.count() >= 2); // playing, then finished: a view refreshes without polling
        QCOMPARE(control.positionMs(), control.durationMs());
        QCOMPARE(currentMcc(control, u"+99999991001"_s), 262); // home again

        // Play after the end starts over.
        control.play();
        QCOMPARE(control.playState(), SimulatorControl::PlayState::Playing);
        QCOMPARE(control.positionMs(), 0);
        control.shutdown(0);
    }

    void scenarioFileRefusalIsReadable()
    {
        SimulatorControl control(Clock::system());
        QString error;
        QVERIFY(control.start(0, &error));
        QVERIFY(!control.loadScenario(testsupport::dataPath(u"simulator/bad-mcc.json"_s), &error));
        QVERIFY2(error.contains(u"bad-mcc.json"_s) && error.contains(u"line 6, steps[1].to"_s), qPrintable(error));
        QVERIFY(!control.loadScenario(m_dir.filePath(u"missing.json"_s), &error));
        QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
        QCOMPARE(control.playState(), SimulatorControl::PlayState::NoScenario);
        control.shutdown(0);
    }

    void seedListsEveryIdentifierKind()
    {
        SimulatorControl control(Clock::system());
        QString error;
        QVERIFY(control.start(0, &error));
        QStringList kinds;
        const SimDeviceModel *model = control.deviceModel();
        for (int row = 0; row < model->rowCount(); ++row)
            kinds << model->index(row, SimDeviceModel::KindColumn).data().toString();
        for (const QString &kind : {u"Phone"_s, u"NAI"_s, u"IPv4"_s, u"IPv6"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(u',')));
        QVERIFY(model->rowOf(u"233.252.0.2:80"_s) >= 0);
        QVERIFY(model->rowOf(u"user@domain.example"_s) >= 0);
        QVERIFY(model->rowOf(u"2001:db8::7"_s) >= 0);
        control.shutdown(0);
    }

    void stateSurvivesRestartWithoutEndingSubscriptions()
    {
        simtest::Sink sink;
        simtest::HttpClient http;
        const QString stateFile = m_dir.filePath(u"restart/simulator-state.json"_s);
        QString id;
        quint16 port = 0;
        {
            SimulatorControl control(Clock::system());
            control.setStateFile(stateFile);
            QString error;
            QVERIFY2(control.start(0, &error), qPrintable(error));
            port = control.port();
            id = subscribe(http, control.apiRoot(), u"+99999991001"_s, sink.url());
            QVERIFY(!id.isEmpty());
            control.moveDevice(u"+99999991001"_s, 208);
            QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id), QStringList({u"roaming-status"_s}), Timeout);
            QVERIFY(control.loadScenario(u"world-trip"_s, &error));
            control.setSpeed(60);
            QCOMPARE(control.subscriptionsEndingOnShutdown(), 0); // kept, so nothing to warn about
            control.shutdown(1000);
        }
        QTest::qWait(200); // a subscription-ends would be on its way by now
        QCOMPARE(sink.typesFor(id), QStringList({u"roaming-status"_s}));

        SimulatorControl again(Clock::system());
        again.setStateFile(stateFile);
        QString error;
        QVERIFY2(again.start(0, &error), qPrintable(error));
        QCOMPARE(again.port(), port); // copied curl commands still work
        QCOMPARE(again.subscriptionCount(), 1);
        QCOMPARE(currentMcc(again, u"+99999991001"_s), 208);
        QCOMPARE(again.speed(), 60.0);
        QCOMPARE(again.loadedScenario().id, u"world-trip"_s);
        QCOMPARE(again.playState(), SimulatorControl::PlayState::Ready);
        QVERIFY(again.deviceModel()->rowOf(u"traveller"_s) >= 0);
        const auto listed = http.send(
            "GET", QUrl(again.apiRoot().toString() + u"/device-roaming-status-subscriptions/v0.7/subscriptions"_s));
        QVERIFY(listed.body.contains(id.toUtf8()));
        // The restored subscription still hears moves.
        again.sendHome(u"+99999991001"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id).size(), 2, Timeout);

        // Reset: the seed network, no scenario, speed 1; the live subscription really ends.
        again.resetToDefaults();
        QCOMPARE(again.subscriptionCount(), 0);
        QCOMPARE(again.speed(), 1.0);
        QCOMPARE(again.playState(), SimulatorControl::PlayState::NoScenario);
        QCOMPARE(again.deviceModel()->rowOf(u"traveller"_s), -1);
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id).size(), 3, Timeout);
        QCOMPARE(sink.typesFor(id).last(), u"subscription-ends"_s);
        QCOMPARE(sink.eventsFor(id).last().data().value(u"terminationDescription"_s).toString(),
            u"The simulator was reset."_s);
        again.shutdown(1000);
    }

    void takenPortFallsBackToAnother()
    {
        const QString stateFile = m_dir.filePath(u"port/simulator-state.json"_s);
        quint16 port = 0;
        {
            SimulatorControl control(Clock::system());
            control.setStateFile(stateFile);
            QString error;
            QVERIFY(control.start(0, &error));
            port = control.port();
            control.shutdown(0);
        }
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
        SimulatorControl again(Clock::system());
        again.setStateFile(stateFile);
        QString error;
        QVERIFY2(again.start(0, &error), qPrintable(error));
        QVERIFY(again.port() != 0 && again.port() != port);
        again.shutdown(0);
    }

    void withoutStateFileShutdownEndsSubscriptions()
    {
        simtest::Sink sink;
        simtest::HttpClient http;
        SimulatorControl control(Clock::system());
        QString error;
        QVERIFY(control.start(0, &error));
        const QString id = subscribe(http, control.apiRoot(), u"+99999991000"_s, sink.url());
        QVERIFY(!id.isEmpty());
        QCOMPARE(control.subscriptionsEndingOnShutdown(), 1);
        control.shutdown(2000);
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id), QStringList({u"subscription-ends"_s}), Timeout);
    }

    void damagedStateFileIsSetAside()
    {
        const QString stateFile = m_dir.filePath(u"damaged.json"_s);
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        SimulatorControl control(Clock::system());
        control.setStateFile(stateFile);
        QString error;
        QVERIFY2(control.start(0, &error), qPrintable(error));
        QCOMPARE(control.deviceModel()->rowCount(), 13); // the seed
        QVERIFY(QFile::exists(stateFile + u".bad"_s));
        control.shutdown(0);
        QFile saved(stateFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(saved.readAll()).isObject()); // a good one replaced it
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSimulatorControl)
#include "tst_simulatorcontrol.moc"
