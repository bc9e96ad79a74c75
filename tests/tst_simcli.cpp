// roamdesk-cli simulator as a process: first line is the apiRoot, it answers, SIGTERM stops it cleanly after
// sending NETWORK_TERMINATED; --allow-sink widens where webhooks may go; usage and scenario errors exit 2.
#include "testsupport.h"
#include "tst_simsupport.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    simtest::HttpClient m_http;

    static QUrl start(QProcess &process, const QStringList &extra = {})
    {
        process.start(QStringLiteral(ROAMDESK_CLI_PATH), QStringList{QStringLiteral("simulator")} + extra);
        if (!process.waitForStarted(10000))
            return {};
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && process.state() == QProcess::Running && timer.elapsed() < 10000)
            QTest::qWait(20);
        return QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }

private Q_SLOTS:
    void runsAnswersAndStopsOnSigterm()
    {
        simtest::Sink sink;
        QProcess process;
        const QUrl apiRoot = start(process);
        QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/device-status$"))
                     .match(apiRoot.toString())
                     .hasMatch(),
            qPrintable(apiRoot.toString()));
        const auto status =
            m_http.send("POST", QUrl(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve")),
                R"({"device":{"phoneNumber":"+99999991000"}})");
        QCOMPARE(status.status, 200);
        QCOMPARE(status.object().value(QStringLiteral("countryCode")).toInt(), 262);

        const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.url().toString()},
            {u"types"_s, QJsonArray{QLatin1String(simtest::typeWire("roaming-on"))}},
            {u"config"_s,
                QJsonObject{{u"subscriptionDetail"_s,
                    QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, u"+99999991001"_s}}}}}}}};
        const auto created = m_http.send("POST",
            QUrl(apiRoot.toString() + QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions")),
            QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();

        process.terminate(); // SIGTERM
        // Keep the event loop (and so the sink) running while the simulator says goodbye.
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(sink.typesFor(id), QStringList({u"subscription-ends"_s}));
        QCOMPARE(sink.eventsFor(id).first().data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("NETWORK_TERMINATED"));
        QCOMPARE(sink.eventsFor(id).first().json.value(QStringLiteral("source")).toString(),
            QStringLiteral("/device-status/device-roaming-status-subscriptions/v0.7/subscriptions/") + id);
    }

    void requireTokenAndBuiltInScenario()
    {
        QProcess process;
        const QUrl apiRoot = start(process,
            {QStringLiteral("--require-token"), QStringLiteral("t0k3n"), QStringLiteral("--scenario"),
                QStringLiteral("europe-tour"), QStringLiteral("--speed"), QStringLiteral("2")});
        QVERIFY(apiRoot.isValid());
        const QUrl retrieve(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve"));
        const QByteArray body = R"({"device":{"phoneNumber":"+99999991001"}})";
        const auto denied = m_http.send("POST", retrieve, body);
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.object().value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
        QCOMPARE(m_http.send("POST", retrieve, body, {{"Authorization", "Bearer t0k3n"}}).status, 200);
        QCOMPARE(m_http.send("POST", retrieve, body, {{"X-RapidAPI-Key", "t0k3n"}}).status, 200);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 0);
    }

    /// A sink on this machine's own non-loopback address: refused by default, accepted with --allow-sink.
    void allowSinkWidensWhereWebhooksGo()
    {
        QHostAddress local;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
                && !address.isLinkLocal()) {
                local = address;
                break;
            }
        }
        if (local.isNull())
            QSKIP("no non-loopback IPv4 address on this machine");
        QTcpServer listener;
        QVERIFY(listener.listen(local, 0));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection()) {
                ++connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        const QString sink = QStringLiteral("http://%1:%2/notify").arg(local.toString()).arg(listener.serverPort());
        const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink},
            {u"types"_s, QJsonArray{QLatin1String(simtest::typeWire("roaming-status"))}},
            {u"config"_s,
                QJsonObject{{u"initialEvent"_s, true},
                    {u"subscriptionDetail"_s,
                        QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, u"+99999991001"_s}}}}}}}};
        const QString path = QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions");

        QProcess plain;
        const QUrl plainRoot = start(plain);
        const auto refused = m_http.send("POST", QUrl(plainRoot.toString() + path), QJsonDocument(body).toJson());
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.object().value(QStringLiteral("message")).toString().contains(QLatin1String("--allow-sink")),
            refused.body.constData());
        plain.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QProcess::NotRunning, 15000);
        QCOMPARE(connections, 0);

        QProcess widened;
        const QUrl widenedRoot = start(widened,
            {QStringLiteral("--allow-sink"), QStringLiteral("198.51.100.7"), QStringLiteral("--allow-sink"),
                QStringLiteral("%1:%2").arg(local.toString()).arg(listener.serverPort())});
        const auto created = m_http.send("POST", QUrl(widenedRoot.toString() + path), QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(connections >= 1, 15000); // the initial event
        widened.kill();
        widened.waitForFinished(5000);
    }

    /// --loop plays the scenario again and again, one stderr line per step; --state keeps the speed.
    void loopPrintsEveryStep()
    {
        QTemporaryDir dir;
        QProcess process;
        const QUrl apiRoot = start(process,
            {QStringLiteral("--scenario"), testsupport::dataPath(QStringLiteral("simulator/good.json")),
                QStringLiteral("--loop"), QStringLiteral("--speed"), QStringLiteral("1000"), QStringLiteral("--state"),
                dir.filePath(QStringLiteral("state.json"))});
        QVERIFY(apiRoot.isValid());
        QByteArray err;
        // More "scenario ... s:" lines than the scenario has steps, and no "finished": it went round again.
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).count("scenario 2.5 s:") >= 2, 15000);
        QVERIFY2(!err.contains("scenario finished"), err.constData());
        QVERIFY2(err.contains("looping"), err.constData());
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        QFile state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("speed")).toDouble(), 1000.0);
    }

    /// --scenario-start on-first-subscription: nothing moves until a subscription exists.
    void scenarioWaitsForTheFirstSubscription()
    {
        QProcess process;
        const QUrl apiRoot = start(process,
            {QStringLiteral("--scenario"), QStringLiteral("europe-tour"), QStringLiteral("--scenario-start"),
                QStringLiteral("on-first-subscription"), QStringLiteral("--speed"), QStringLiteral("1000")});
        QVERIFY(apiRoot.isValid());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("first subscription"), 15000);
        const QUrl retrieve(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve"));
        const QByteArray device = R"({"device":{"phoneNumber":"+99999991001"}})";
        QTest::qWait(100); // 100 s of scenario time at 1000x, had it started
        QCOMPARE(m_http.send("POST", retrieve, device).object().value(QStringLiteral("roaming")).toBool(), false);
        QVERIFY2(!(err += process.readAllStandardError()).contains("scenario 5 s:"), err.constData());

        simtest::Sink sink;
        const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.url().toString()},
            {u"types"_s, QJsonArray{QLatin1String(simtest::typeWire("roaming-on"))}},
            {u"config"_s,
                QJsonObject{{u"subscriptionDetail"_s,
                    QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, u"+99999991001"_s}}}}}}}};
        const auto created = m_http.send("POST",
            QUrl(apiRoot.toString() + QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions")),
            QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id), QStringList({u"roaming-on"_s}), 15000);
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("scenario finished"), 15000);
        QVERIFY2(err.contains("scenario 5 s: +99999991001 -> FR France (208)"), err.constData());
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    }

    void fleetDevicesAnswer()
    {
        QProcess process;
        const QUrl apiRoot = start(process, {u"--fleet"_s, u"1000"_s, u"--speed"_s, u"600"_s});
        QVERIFY(apiRoot.isValid() && !apiRoot.isEmpty());
        const QUrl retrieve(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve"));
        const auto status = m_http.send("POST", retrieve, R"({"device":{"phoneNumber":"+99999992000500"}})");
        QCOMPARE(status.status, 200);
        QVERIFY(status.object().contains(u"roaming"_s));
        QCOMPARE(m_http.send("POST", retrieve, R"({"device":{"phoneNumber":"+99999992001000"}})").status, 404);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("fleet of 1000 devices"), 10000);
        QVERIFY2(err.contains("+99999992000000 to +99999992000999"), err.constData());
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 0);
    }

    void fleetKeptInTheStateFile()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.json"_s);
        {
            QProcess process;
            QVERIFY(start(process, {u"--fleet"_s, u"250"_s, u"--state"_s, state}).isValid());
            process.terminate();
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        }
        QProcess process;
        const QUrl apiRoot = start(process, {u"--state"_s, state}); // no --fleet: the file's fleet
        const auto status =
            m_http.send("POST", QUrl(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve")),
                R"({"device":{"phoneNumber":"+99999992000249"}})");
        QCOMPARE(status.status, 200);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("bad port") << QStringList{u"--port"_s, u"http"_s} << 2 << u"--port"_s;
        QTest::newRow("bad speed") << QStringList{u"--speed"_s, u"-1"_s} << 2 << u"roamdesk-cli: --speed: '-1'"_s;
        QTest::newRow("bad host") << QStringList{u"--host"_s, u"nowhere"_s} << 2
                                  << u"roamdesk-cli: --host: 'nowhere'"_s;
        QTest::newRow("bad start") << QStringList{u"--scenario"_s, u"europe-tour"_s, u"--scenario-start"_s, u"later"_s}
                                   << 2 << u"roamdesk-cli: --scenario-start: 'later'"_s;
        QTest::newRow("loop without scenario") << QStringList{u"--loop"_s} << 2 << u"--loop needs --scenario"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::newRow("bad scenario") << QStringList{u"--scenario"_s,
            testsupport::dataPath(u"simulator/bad-mcc.json"_s)}
                                      << 2 << u"line 6, steps[1].to"_s;
        QTest::newRow("missing scenario")
            << QStringList{u"--scenario"_s, u"/nonexistent.json"_s} << 2 << u"nonexistent"_s;
        QTest::newRow("bad --allow-sink") << QStringList{u"--allow-sink"_s, u"two words"_s} << 2 << u"--allow-sink"_s;
        QTest::newRow("--allow-sink port 0")
            << QStringList{u"--allow-sink"_s, u"localhost:0"_s} << 2 << u"--allow-sink"_s;
        QTest::newRow("fleet too big") << QStringList{u"--fleet"_s,
            u"100001"_s} << 2 << u"roamdesk-cli: --fleet: '100001' is not a number of devices from 0 to 100000"_s;
        QTest::newRow("fleet negative") << QStringList{u"--fleet"_s, u"-5"_s} << 2 << u"--fleet"_s;
        QTest::newRow("fleet not a number") << QStringList{u"--fleet"_s, u"many"_s} << 2 << u"--fleet: 'many'"_s;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u""_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        QProcess process;
        process.start(QStringLiteral(ROAMDESK_CLI_PATH), QStringList{QStringLiteral("simulator")} + arguments);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), exitCode);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(stderrFragment), qPrintable(err));
        if (exitCode != 0) {
            QVERIFY2(err.startsWith(QStringLiteral("roamdesk-cli: ")), qPrintable(err));
            // One flag named: a wrong speed does not blame the host or the port.
            if (stderrFragment.contains(QStringLiteral("--speed")))
                QVERIFY2(!err.contains(QStringLiteral("--host")) && !err.contains(QStringLiteral("--port")),
                    qPrintable(err));
        }
        if (exitCode == 0) {
            const QByteArray help = process.readAllStandardOutput();
            QVERIFY(help.contains("--require-token"));
            QVERIFY(help.contains("--allow-sink"));
            QVERIFY(help.contains("--scenario-start"));
            QVERIFY(help.contains("--fleet"));
            QVERIFY(help.contains("Exit codes:"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
