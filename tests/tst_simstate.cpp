// The simulator's state file: devices and subscriptions survive a restart (explicit save/load, and the
// auto-saving state file the CLI's --state uses).
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "models/datetime.h"
#include "testsupport.h"
#include "tst_simsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace roamdesk;
using namespace roamdesk::sim;

namespace {
const QString AtHome = QStringLiteral("+99999991001");
} // namespace

class TestSimState : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())};
    simtest::Sink m_sink;

    SimSubscription makeSubscription(const QString &deviceKey) const
    {
        SimSubscription s;
        s.version = ApiVersion::V0_8;
        s.pathPrefix = QStringLiteral("/device-status");
        s.sink = m_sink.url().toString();
        s.type = EventType::RoamingStatus;
        Device device;
        device.phoneNumber = deviceKey;
        s.requestDevice = device;
        s.deviceKey = deviceKey;
        SinkCredential credential;
        credential.accessToken = QStringLiteral("restored-token");
        credential.accessTokenExpiresUtc = m_clock.now().addDays(1);
        s.sinkCredential = credential;
        s.expireTime = m_clock.now().addDays(2);
        s.maxEvents = 10;
        s.initialEvent = false;
        return s;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QString id;
        {
            SimulatorServer first(&m_clock, nullptr);
            QVERIFY(first.loadScenario(testsupport::dataPath(QStringLiteral("simulator/good.json"))));
            id = first.network()->createSubscription(makeSubscription(AtHome)).id;
            QVERIFY(first.network()->moveDevice(
                AtHome, 208)); // home -> FR: one roaming-status (subscription-started is not counted)
            QVERIFY(first.saveState(path));
        }
        QCOMPARE(
            QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        m_sink.received.clear();

        SimulatorServer second(&m_clock, nullptr);
        QVERIFY2(second.loadState(path), qPrintable(second.errorString()));
        SimulatedNetwork *net = second.network();
        QCOMPARE(net->device(AtHome)->currentMcc, 208);
        QCOMPARE(net->device(QStringLiteral("tester"))->currentMcc, 240);
        QCOMPARE(net->device(QStringLiteral("tester"))->identifiers.ipv4Address->publicAddress,
            QStringLiteral("198.51.100.20"));
        const auto restored = net->subscription(id);
        QVERIFY(restored);
        QCOMPARE(restored->version, ApiVersion::V0_8);
        QCOMPARE(restored->sink, m_sink.url().toString());
        QCOMPARE(restored->type, EventType::RoamingStatus);
        QCOMPARE(restored->maxEvents, std::optional<int>(10));
        QCOMPARE(restored->eventsSent, 1);
        QCOMPARE(restored->expireTime, std::optional<QDateTime>(m_clock.now().addDays(2)));
        QCOMPARE(restored->sinkCredential->accessToken, QStringLiteral("restored-token"));
        QCOMPARE(restored->requestDevice->phoneNumber, AtHome);
        QCOMPARE(restored->startsAt, m_clock.now());

        // It works after the restart: a move reaches the sink with the restored token.
        QVERIFY(net->sendHome(AtHome));
        QTRY_COMPARE(m_sink.typesFor(id), QStringList({u"roaming-status"_s}));
        QCOMPARE(m_sink.eventsFor(id).first().authorization, QByteArray("Bearer restored-token"));
        QCOMPARE(m_sink.eventsFor(id).first().json.value(QStringLiteral("source")).toString(),
            QStringLiteral("/device-status/device-roaming-status-subscriptions/v0.8/subscriptions/") + id);
    }

    void stateFileSurvivesShutdown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auto.json"));
        QString id;
        {
            SimulatorServer first(&m_clock, nullptr);
            QVERIFY(first.setStateFile(path));
            QVERIFY(first.listen());
            id = first.network()->createSubscription(makeSubscription(AtHome)).id;
            QVERIFY(first.network()->moveDevice(AtHome, 214));
            QTRY_VERIFY(first.network()->dispatcher()->isIdle());
            m_sink.received.clear();
            first.shutdown(2000);
            // Kept for the next start: no NETWORK_TERMINATED.
            QVERIFY(m_sink.typesFor(id).isEmpty());
        }
        SimulatorServer second(&m_clock, nullptr);
        QVERIFY(second.setStateFile(path));
        QVERIFY(second.network()->subscription(id));
        QCOMPARE(second.network()->device(AtHome)->currentMcc, 214);
        // Auto-save after a change.
        QVERIFY(second.network()->deleteSubscription(id));
        QTRY_VERIFY([&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly)
                && QJsonDocument::fromJson(file.readAll())
                       .object()
                       .value(QStringLiteral("subscriptions"))
                       .toArray()
                       .isEmpty();
        }());
    }

    void badStateFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{nope");
        QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1})");
        QTest::newRow("future version") << QByteArray(R"({"format":"roamdesk-simulator-state","version":99})");
        QTest::newRow("device without key")
            << QByteArray(R"({"format":"roamdesk-simulator-state","version":1,"devices":[{"homeMcc":262}]})");
        QTest::newRow("subscription without sink") << QByteArray(
            R"({"format":"roamdesk-simulator-state","version":1,"devices":[],"subscriptions":[{"id":"x"}]})");
        QTest::newRow("subscription with no types")
            << QByteArray(R"({"format":"roamdesk-simulator-state","version":1,"devices":[],"subscriptions":)"
                          R"([{"id":"x","sink":"loopback","deviceKey":"+99999991000","types":[]}]})");
    }
    void badStateFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        SimulatorServer server(&m_clock, nullptr);
        QVERIFY(!server.loadState(path));
        QVERIFY(server.errorString().contains(path));
        QVERIFY(!server.setStateFile(path));
        QCOMPARE(server.network()->devices().size(), 13); // untouched seed
    }
};

QTEST_GUILESS_MAIN(TestSimState)
#include "tst_simstate.moc"
