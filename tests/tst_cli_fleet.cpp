// roamdesk-cli devices and journey as a user runs them (a child process over a real SQLite store), and the
// FleetService over the same file: a second one (a restart) derives the same state. Then the whole path: the
// simulator plays a scenario, its webhooks reach a `roamdesk-cli receive` process, and devices / journey read
// the store that process wrote.
#include "app/fleet/fleetservice.h"
#include "app/simulator/scenarioplayer.h"
#include "app/simulator/simulatorserver.h"
#include "app/store/sqlitenotificationstore.h"
#include "fleettestutil.h"
#include "tst_simsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
const QString SinkToken = QStringLiteral("fleet-sink-token");
const QString Subscriptions = QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions");

/// A subscription of `phone` to one event type, its webhooks to `sink` with the receiver's token.
QByteArray subscription(const QString &phone, const char *type, const QUrl &sink, bool initialEvent)
{
    const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.toString()},
        {u"types"_s, QJsonArray{QString::fromLatin1(simtest::typeWire(type))}},
        {u"config"_s,
            QJsonObject{{u"subscriptionDetail"_s, QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, phone}}}}},
                {u"subscriptionExpireTime"_s, u"2099-01-01T00:00:00Z"_s}, {u"initialEvent"_s, initialEvent}}},
        {u"sinkCredential"_s,
            QJsonObject{{u"credentialType"_s, u"ACCESSTOKEN"_s}, {u"accessToken"_s, SinkToken},
                {u"accessTokenExpiresUtc"_s, u"2099-01-01T00:00:00Z"_s}, {u"accessTokenType"_s, u"bearer"_s}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCliFleet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess child;
        child.start(Cli, arguments);
        [&] { QVERIFY(child.waitForFinished(30000)); }();
        return {child.exitCode(), child.readAllStandardOutput(), child.readAllStandardError()};
    }

    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }

    bool insert(const QList<NotificationLogRecord> &records)
    {
        SqliteNotificationStore store;
        return store.open(m_db) && store.insert(records).ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The fleet snapshot goes to this run's cache folder, not the user's.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s)));
        m_db = m_dir.filePath(u"notifications.sqlite"_s);
        const QString phone = u"+33612345678"_s;
        QVERIFY(insert({
            status(phone, 0, false, 208),
            record(phone, EventType::RoamingOn, 10),
            status(phone, 12, true, 262),
            record(phone, EventType::RoamingChangeCountry, 30, 340),
            record(u"user@example.net"_s, EventType::RoamingChangeCountry, 5, 901),
            record(u"84.125.93.10:1234"_s, EventType::SubscriptionEnds, 7),
        }));
    }

    void devicesJson()
    {
        const Run result = run({u"devices"_s, u"--db"_s, m_db, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> devices = lines(result.out);
        QCOMPARE(devices.size(), 3);
        // Ordered by label: "+336…", "84.…", "user@…".
        const QJsonObject phone = devices[0];
        QCOMPARE(phone.value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), u"+33612345678"_s);
        QCOMPARE(phone.value(u"roaming"_s), QJsonValue(true));
        QCOMPARE(phone.value(u"countryCode"_s), QJsonValue(340));
        QCOMPARE(phone.value(u"countryName"_s).toArray().size(), 5);
        QCOMPARE(phone.value(u"since"_s).toString(), u"2023-11-14T22:43:20.000Z"_s);
        QCOMPARE(phone.value(u"lastEventType"_s).toString(), u"roaming-change-country"_s);
        QCOMPARE(phone.value(u"lastEventTime"_s).toString(), u"2023-11-14T22:43:20.000Z"_s);
        const QJsonObject address = devices[1];
        QCOMPARE(address.value(u"device"_s).toObject().value(u"ipv4Address"_s).toObject().value(u"publicPort"_s),
            QJsonValue(1234));
        QVERIFY(address.value(u"roaming"_s).isNull());
        QVERIFY(address.value(u"countryCode"_s).isNull());
        QCOMPARE(address.value(u"lastEventType"_s).toString(), u"subscription-ends"_s);
        const QJsonObject nai = devices[2];
        QCOMPARE(nai.value(u"countryCode"_s), QJsonValue(901));
        QCOMPARE(nai.value(u"countryName"_s).toArray(), QJsonArray());
    }

    void devicesTable()
    {
        const Run result = run({u"devices"_s, u"--db"_s, m_db});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> rows = result.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].startsWith("DEVICE"));
        QVERIFY(rows[1].contains("roaming"));
        // Aligned: every row has its status column where the header has it.
        QCOMPARE(rows[1].indexOf("roaming"), rows[0].indexOf("STATUS"));
    }

    void journeyJson()
    {
        const Run result = run({u"journey"_s, u"--phone"_s, u"+33612345678"_s, u"--db"_s, m_db, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> segments = lines(result.out);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[0].value(u"countryCode"_s), QJsonValue(208));
        QCOMPARE(segments[0].value(u"roaming"_s), QJsonValue(false));
        QCOMPARE(segments[0].value(u"seconds"_s).toInt(), 600);
        QCOMPARE(segments[1].value(u"countryName"_s).toArray(), QJsonArray{u"DE"_s});
        QCOMPARE(segments[1].value(u"start"_s).toString(), u"2023-11-14T22:23:20.000Z"_s);
        QCOMPARE(segments[1].value(u"end"_s).toString(), u"2023-11-14T22:43:20.000Z"_s);
        QVERIFY(segments[2].value(u"end"_s).isNull());
        QVERIFY(segments[2].value(u"seconds"_s).toDouble() > 0);
    }

    void journeyByAddress()
    {
        const Run result = run({u"journey"_s, u"--ipv4"_s, u"84.125.93.10:1234"_s, u"--db"_s, m_db});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("COUNTRY")); // a header and no segment: only a subscription-ends
        QCOMPARE(result.out.trimmed().count('\n'), 0);
    }

    void errors()
    {
        Run result = run({u"journey"_s, u"--db"_s, m_db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith("roamdesk-cli: "));
        QVERIFY(result.err.contains("--phone"));
        result = run({u"journey"_s, u"--phone"_s, u"12"_s, u"--db"_s, m_db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--phone"));
        // A missing store is the same case as for `log`, with the same code.
        for (const QString &verb : {u"devices"_s, u"journey"_s}) {
            QStringList arguments{verb, u"--db"_s, m_dir.filePath(u"absent.sqlite"_s)};
            if (verb == u"journey"_s)
                arguments << u"--phone"_s << u"+99999991000"_s;
            result = run(arguments);
            QCOMPARE(result.exitCode, 6);
            QVERIFY(result.err.startsWith("roamdesk-cli: --db"));
            QVERIFY(result.err.contains("no notification store"));
        }
        result = run({u"devices"_s, u"--bogus"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--bogus") || result.err.contains("bogus"));
    }

    /// The scenario "europe-tour" on a clock that starts on 1 May 2024 (so event times cannot be arrival
    /// times): +99999991001 leaves Germany for France at 10:00:05, goes on to Belgium at 10:00:15 and is home
    /// at 10:00:25; +99999991000 roams in Germany all along. Every notification goes through real HTTP to a
    /// `roamdesk-cli receive` process.
    void devicesAndJourneyOfWhatTheReceiverStored()
    {
        const QString db = m_dir.filePath(u"received.sqlite"_s);
        QProcess receiver;
        receiver.start(Cli, {u"receive"_s, u"--port"_s, u"0"_s, u"--db"_s, db, u"--token"_s, SinkToken});
        QVERIFY(receiver.waitForStarted(20000));
        QVERIFY(
            QTest::qWaitFor([&] { return receiver.canReadLine() || receiver.state() != QProcess::Running; }, 20000));
        const QUrl sink(QString::fromUtf8(receiver.readLine().trimmed()));
        QVERIFY2(sink.isValid() && sink.scheme() == u"http"_s, qPrintable(sink.toString()));

        const QDateTime start = QDateTime::fromString(u"2024-05-01T10:00:00Z"_s, Qt::ISODate);
        ManualClock clock(start);
        sim::SimulatorServer simulator(&clock, nullptr);
        QVERIFY(simulator.listen());
        QVERIFY(simulator.loadScenario(u":/roamdesk/scenarios/europe-tour.json"_s));
        simtest::HttpClient http;
        const QUrl create(simulator.apiRoot().toString() + Subscriptions);
        const QString traveller = u"+99999991001"_s;
        for (const char *type : {"roaming-status", "roaming-on", "roaming-change-country", "roaming-off"})
            QCOMPARE(
                http.send("POST", create, subscription(traveller, type, sink, qstrcmp(type, "roaming-status") == 0))
                    .status,
                201);
        QCOMPARE(http.send("POST", create, subscription(u"+99999991000"_s, "roaming-status", sink, true)).status, 201);

        // One line per stored notification: the two initial statuses, then roaming-on and a status (France),
        // a country change (Belgium), roaming-off and a status (home).
        QByteArray printed;
        const auto stored = [&](int count) {
            return QTest::qWaitFor(
                [&] { return (printed += receiver.readAllStandardOutput()).count('\n') >= count; }, 20000);
        };
        QVERIFY2(stored(2), printed.constData());
        simulator.play();
        for (const int second : {5, 15, 25}) {
            clock.set(start.addSecs(second));
            simulator.player()->tick();
        }
        QVERIFY2(stored(7), printed.constData());
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(20000));
        QCOMPARE(receiver.exitCode(), 0);

        const auto at = [&](int second) { return start.addSecs(second).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s); };
        Run result = run({u"devices"_s, u"--db"_s, db, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> devices = lines(result.out);
        QCOMPARE(devices.size(), 2);
        const QJsonObject resident = devices[0];
        QCOMPARE(resident.value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), u"+99999991000"_s);
        QCOMPARE(resident.value(u"roaming"_s), QJsonValue(true));
        QCOMPARE(resident.value(u"countryCode"_s), QJsonValue(262));
        QCOMPARE(resident.value(u"countryName"_s).toArray(), QJsonArray{u"DE"_s});
        QCOMPARE(resident.value(u"since"_s).toString(), at(0));
        const QJsonObject home = devices[1];
        QCOMPARE(home.value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), traveller);
        QCOMPARE(home.value(u"roaming"_s), QJsonValue(false));
        // At home the statuses carry no country (only roaming ones do), so the home country is not known.
        QVERIFY(home.value(u"countryCode"_s).isNull());
        QCOMPARE(home.value(u"countryName"_s).toArray(), QJsonArray());
        QCOMPARE(home.value(u"since"_s).toString(), at(25)); // the CloudEvent time, not when it arrived
        QCOMPARE(home.value(u"lastEventTime"_s).toString(), at(25));

        result = run({u"journey"_s, u"--phone"_s, traveller, u"--db"_s, db, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> segments = lines(result.out);
        QCOMPARE(segments.size(), 4); // oldest first
        const struct
        {
            QJsonValue mcc;
            QJsonArray iso;
            bool roaming;
            int from;
            int to;
        } expected[] = {
            {QJsonValue::Null, {}, false, 0, 5}, {208, {u"FR"_s}, true, 5, 15}, {206, {u"BE"_s}, true, 15, 25}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject &segment = segments[i];
            QCOMPARE(segment.value(u"countryCode"_s), expected[i].mcc);
            QCOMPARE(segment.value(u"countryName"_s).toArray(), expected[i].iso);
            QCOMPARE(segment.value(u"roaming"_s), QJsonValue(expected[i].roaming));
            QCOMPARE(segment.value(u"start"_s).toString(), at(expected[i].from));
            QCOMPARE(segment.value(u"end"_s).toString(), at(expected[i].to));
            QCOMPARE(segment.value(u"seconds"_s).toInteger(), expected[i].to - expected[i].from);
        }
        const QJsonObject open = segments[3];
        QVERIFY(open.value(u"countryCode"_s).isNull());
        QCOMPARE(open.value(u"roaming"_s), QJsonValue(false));
        QCOMPARE(open.value(u"start"_s).toString(), at(25));
        QVERIFY(open.value(u"end"_s).isNull());
        // Open: up to now, which is years after the scenario's clock.
        QVERIFY(open.value(u"seconds"_s).toInteger() >= start.addSecs(25).secsTo(QDateTime::currentDateTimeUtc()));
    }

    void serviceLoadsRefreshesAndSurvivesRestart()
    {
        FleetService first;
        QSignalSpy loaded(&first, &FleetService::loaded);
        first.open(m_db);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(0).toInt(), 3);
        QCOMPARE(first.counts(), (FleetCounts{2, 0, 1}));
        QCOMPARE(first.model()->rowCount(), 3);

        // New rows: only they are read, and the table updates in place.
        QSignalSpy changed(&first, &FleetService::fleetChanged);
        QSignalSpy reset(first.model(), &QAbstractItemModel::modelReset);
        QVERIFY(insert({record(u"+33612345678"_s, EventType::RoamingOff, 50),
            record(u"+4915112345678"_s, EventType::RoamingOn, 51)}));
        first.refresh();
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(0).at(0).toStringList().size(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(first.model()->rowCount(), 4);
        const DeviceFleetEntry *phone = first.state().find(u"+33612345678"_s);
        QVERIFY(phone);
        QCOMPARE(phone->roaming, std::optional<bool>(false));
        QCOMPARE(phone->countryCode, std::optional<int>(208)); // the home country from the first status

        // A restart: a second service over the same file derives the same state.
        FleetService second;
        QSignalSpy loadedAgain(&second, &FleetService::loaded);
        second.open(m_db);
        QVERIFY(loadedAgain.wait(10000));
        QCOMPARE(second.state().size(), first.state().size());
        for (int row = 0; row < first.state().size(); ++row) {
            const DeviceFleetEntry &a = first.state().at(row);
            const DeviceFleetEntry *b = second.state().find(a.key);
            QVERIFY(b);
            QCOMPARE(b->roaming, a.roaming);
            QCOMPARE(b->countryCode, a.countryCode);
            QCOMPARE(b->since, a.since);
            QCOMPARE(b->lastEventType, a.lastEventType);
        }
        QCOMPARE(second.counts(), first.counts());
        QCOMPARE(second.countryCounts(), first.countryCounts());

        // A journey on the worker.
        QSignalSpy journey(&second, &FleetService::journeyReady);
        const quint64 id = second.journeyFor(u"+33612345678"_s);
        QVERIFY(journey.wait(10000));
        QCOMPARE(journey.at(0).at(0).toULongLong(), id);
        QCOMPARE(journey.at(0).at(2).value<QList<JourneySegment>>().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliFleet)
#include "tst_cli_fleet.moc"
