// FleetGenerator on a real SimulatorServer: seeded devices and moves (a ManualClock moves fleet time), the bounds,
// roaming events to a real loopback sink, retrieve over HTTP for a fleet device, the state file round trip.
#include "app/simulator/fleetgenerator.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
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
constexpr int Timeout = 10000;
const QDateTime Start(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

struct Move
{
    QString key;
    int from = 0;
    int to = 0;
    bool operator==(const Move &other) const { return key == other.key && from == other.from && to == other.to; }
};

/// A server with its own clock that records every move its network makes.
struct Rig
{
    ManualClock clock{Start};
    SimulatorServer server{&clock, nullptr};
    QList<Move> moves;

    Rig()
    {
        QObject::connect(
            server.network(), &SimulatedNetwork::deviceMoved, &server, [this](const QString &key, int from, int to) {
                moves.append(Move{key, from, to});
            });
    }
    FleetGenerator *fleet() { return server.fleet(); }
    /// Runs the fleet for `totalMs` of clock time in steps of `stepMs`.
    void run(qint64 totalMs, qint64 stepMs)
    {
        for (qint64 done = 0; done < totalMs; done += stepMs) {
            clock.advance(stepMs);
            fleet()->tick();
        }
    }
    /// Home and current MCC of every fleet device.
    QList<QPair<int, int>> positions() const
    {
        QList<QPair<int, int>> list;
        for (int i = 0; i < server.fleet()->size(); ++i) {
            const auto device = server.network()->device(FleetGenerator::phoneNumber(i));
            list.append(device ? qMakePair(device->homeMcc, device->currentMcc) : qMakePair(-1, -1));
        }
        return list;
    }
};

int seedDeviceCount()
{
    ManualClock clock;
    SimulatedNetwork network(&clock);
    return int(network.devices().size());
}
} // namespace

class TestSimFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesSeededEuropeanPhones()
    {
        Rig a;
        Rig b;
        Rig c;
        QVERIFY(a.fleet()->setFleet(500, 7));
        QVERIFY(b.fleet()->setFleet(500, 7));
        QVERIFY(c.fleet()->setFleet(500, 8));
        QCOMPARE(a.server.network()->devices().size(), seedDeviceCount() + 500);
        const auto first = a.server.network()->device(u"+99999992000000"_s);
        const auto last = a.server.network()->device(u"+99999992000499"_s);
        QVERIFY(first && last);
        QCOMPARE(first->identifiers.phoneNumber, u"+99999992000000"_s);
        QVERIFY(!a.server.network()->device(u"+99999992000500"_s));
        QCOMPARE(a.positions(), b.positions());
        QVERIFY(a.positions() != c.positions());
        QSet<int> homes;
        int abroad = 0;
        for (const auto &[home, current] : a.positions()) {
            QVERIFY2(FleetGenerator::europeanMccs().contains(home), qPrintable(QString::number(home)));
            QVERIFY(current == 0 || (FleetGenerator::europeanMccs().contains(current) && current != home));
            homes.insert(home);
            abroad += current != 0;
        }
        QVERIFY2(homes.size() >= 30, qPrintable(QString::number(homes.size()))); // spread, not a few countries
        QVERIFY(abroad > 50 && abroad < 250);
        QCOMPARE(FleetGenerator::indexOf(u"+99999992000123"_s), 123);
        QCOMPARE(FleetGenerator::indexOf(u"+99999991000"_s), -1);
    }

    void sameSeedSameMovesWhateverTheTicks()
    {
        Rig fine;
        Rig coarse;
        QVERIFY(fine.fleet()->setFleet(300, 42));
        QVERIFY(coarse.fleet()->setFleet(300, 42));
        fine.run(60 * 60 * 1000, 1000); // an hour in 1 s steps
        coarse.run(60 * 60 * 1000, 90 * 1000); // the same hour in 90 s steps
        // 300 devices moving every 5 minutes on average: about 3,600 moves an hour.
        QVERIFY2(fine.moves.size() > 3000 && fine.moves.size() < 4200, qPrintable(QString::number(fine.moves.size())));
        QCOMPARE(coarse.moves.size(), fine.moves.size());
        QVERIFY(coarse.moves == fine.moves);
        QCOMPARE(coarse.positions(), fine.positions());
        QCOMPARE(fine.fleet()->moveCount(), qint64(fine.moves.size()));
        for (const Move &move : std::as_const(fine.moves)) {
            QVERIFY(move.key.startsWith(u"+99999992"_s));
            QVERIFY(move.from != move.to);
        }
    }

    void speedRunsFleetTimeFaster()
    {
        Rig slow;
        Rig fast;
        QVERIFY(slow.fleet()->setFleet(100, 3));
        QVERIFY(fast.fleet()->setFleet(100, 3));
        fast.server.setSpeed(60);
        slow.run(60 * 60 * 1000, 10 * 1000); // an hour at 1x
        fast.run(60 * 1000, 1000); // a minute at 60x
        QCOMPARE(fast.fleet()->positionMs(), slow.fleet()->positionMs());
        QVERIFY(fast.moves == slow.moves);
    }

    void boundsAndNone()
    {
        Rig rig;
        QString error;
        QVERIFY(!rig.fleet()->setFleet(-1, 1, &error));
        QVERIFY(error.contains(u"100000"_s));
        QVERIFY(!rig.fleet()->setFleet(FleetGenerator::MaxDevices + 1, 1, &error));
        QCOMPARE(rig.fleet()->size(), 0);
        QVERIFY(rig.fleet()->setFleet(0));
        QCOMPARE(rig.server.network()->devices().size(), seedDeviceCount());
        rig.run(60 * 60 * 1000, 60 * 1000);
        QVERIFY(rig.moves.isEmpty());

        QVERIFY(rig.fleet()->setFleet(20));
        QCOMPARE(rig.server.network()->devices().size(), seedDeviceCount() + 20);
        QVERIFY(rig.fleet()->setFleet(5)); // replaces, does not add
        QCOMPARE(rig.server.network()->devices().size(), seedDeviceCount() + 5);
        QVERIFY(rig.fleet()->setFleet(0));
        QCOMPARE(rig.server.network()->devices().size(), seedDeviceCount());
        QVERIFY(rig.server.network()->device(u"+99999991000"_s)); // the seed devices stay
    }

    void removedDeviceTravelsNoMore()
    {
        Rig rig;
        QVERIFY(rig.fleet()->setFleet(10, 5));
        QVERIFY(rig.server.network()->removeDevice(u"+99999992000004"_s));
        rig.run(2 * 60 * 60 * 1000, 60 * 1000);
        QVERIFY(!rig.moves.isEmpty());
        for (const Move &move : std::as_const(rig.moves))
            QVERIFY(move.key != u"+99999992000004"_s);
    }

    void movesFireEventsToRealSubscriptions()
    {
        Rig rig;
        simtest::Sink sink;
        simtest::HttpClient http;
        QVERIFY(rig.server.listen());
        QVERIFY(rig.fleet()->setFleet(50, 11));
        const QString phone = FleetGenerator::phoneNumber(17);
        QStringList ids;
        for (const char *type : {"roaming-on", "roaming-off", "roaming-change-country"}) {
            const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.url().toString()},
                {u"types"_s, QJsonArray{QString::fromLatin1(simtest::typeWire(type))}},
                {u"config"_s,
                    QJsonObject{{u"subscriptionDetail"_s,
                        QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, phone}}}}}}}};
            const auto created = http.send("POST",
                QUrl(rig.server.apiRoot().toString() + u"/device-roaming-status-subscriptions/v0.7/subscriptions"_s),
                QJsonDocument(body).toJson());
            QCOMPARE(created.status, 201);
            ids << created.object().value(u"id"_s).toString();
        }
        // Until the device has gone abroad, changed country and come back at least once.
        int on = 0;
        int off = 0;
        QList<int> countries;
        for (int minutes = 0; minutes < 24 * 60 && (on < 2 || off < 2 || countries.size() < 2); ++minutes) {
            rig.run(60 * 1000, 60 * 1000);
            for (const Move &move : std::as_const(rig.moves)) {
                if (move.key != phone)
                    continue;
                on += move.from == 0 && move.to != 0;
                off += move.from != 0 && move.to == 0;
                if (move.from != 0 && move.to != 0)
                    countries.append(move.to);
            }
            rig.moves.clear();
        }
        QVERIFY(on >= 2 && off >= 2 && countries.size() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(sink.received.size(), on + off + int(countries.size()), Timeout);
        QCOMPARE(sink.typesFor(ids.at(0)).size(), on);
        QCOMPARE(sink.typesFor(ids.at(1)).size(), off);
        const QList<simtest::Sink::Received> changes = sink.eventsFor(ids.at(2));
        QCOMPARE(changes.size(), countries.size());
        for (int i = 0; i < changes.size(); ++i) {
            QCOMPARE(changes.at(i).shortType(), u"roaming-change-country"_s);
            QCOMPARE(changes.at(i).data().value(u"countryCode"_s).toInt(), countries.at(i));
        }
    }

    void retrieveAnswersForAFleetDevice()
    {
        Rig rig;
        simtest::HttpClient http;
        QVERIFY(rig.server.listen());
        QVERIFY(rig.fleet()->setFleet(1000, 9));
        const QUrl retrieve(rig.server.apiRoot().toString() + u"/device-roaming-status/v1/retrieve"_s);
        for (const int index : {0, 500, 999}) {
            const QString phone = FleetGenerator::phoneNumber(index);
            rig.run(7 * 60 * 1000, 60 * 1000);
            const auto device = rig.server.network()->device(phone);
            QVERIFY(device);
            const auto answer = http.send("POST", retrieve,
                QJsonDocument(QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, phone}}}}).toJson());
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.object().value(u"roaming"_s).toBool(), device->roaming());
            if (device->roaming())
                QCOMPARE(answer.object().value(u"countryCode"_s).toInt(), device->currentMcc);
        }
        const auto unknown = http.send("POST", retrieve, R"({"device":{"phoneNumber":"+99999992001000"}})");
        QCOMPARE(unknown.status, 404);
    }

    void stateKeepsTheFleetSmall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        Rig before;
        QVERIFY(before.fleet()->setFleet(2000, 123));
        before.server.setSpeed(10);
        before.run(10 * 60 * 1000, 60 * 1000);
        QVERIFY(before.server.network()->moveDevice(u"+99999992000001"_s, 310)); // by hand, outside Europe
        QVERIFY(before.server.saveState(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.size() < 16 * 1024, qPrintable(QString::number(saved.size())));
        QVERIFY(!saved.contains("+99999992000001"));

        Rig after;
        QVERIFY2(after.server.loadState(path), qPrintable(after.server.errorString()));
        QCOMPARE(after.fleet()->size(), 2000);
        QCOMPARE(after.fleet()->seed(), quint64(123));
        QCOMPARE(after.fleet()->speed(), 10.0);
        QCOMPARE(after.positions(), before.positions());
        QCOMPARE(after.server.network()->device(u"+99999992000001"_s)->currentMcc, 310);
        QCOMPARE(after.server.network()->devices().size(), seedDeviceCount() + 2000);

        // A state without a fleet drops the one there is.
        Rig none;
        QVERIFY(none.server.saveState(path));
        QVERIFY(after.server.loadState(path));
        QCOMPARE(after.fleet()->size(), 0);
        QCOMPARE(after.server.network()->devices().size(), seedDeviceCount());
    }

    void removingTheFleetEndsItsSubscriptions()
    {
        Rig rig;
        simtest::Sink sink;
        QVERIFY(rig.fleet()->setFleet(10));
        SimSubscription subscription;
        subscription.version = ApiVersion::V0_7;
        subscription.sink = sink.url().toString();
        subscription.type = EventType::RoamingOn;
        subscription.deviceKey = FleetGenerator::phoneNumber(3);
        Device device;
        device.phoneNumber = subscription.deviceKey;
        subscription.requestDevice = device;
        const QString id = rig.server.network()->createSubscription(subscription).id;
        QVERIFY(rig.fleet()->setFleet(0));
        QCOMPARE(rig.server.network()->subscriptionCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id), QStringList{u"subscription-ends"_s}, Timeout);
        QCOMPARE(sink.received.first().data().value(u"terminationReason"_s).toString(), u"NETWORK_TERMINATED"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimFleet)
#include "tst_simfleet.moc"
