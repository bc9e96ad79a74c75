// roamdesk-cli status / subscribe / subscriptions / subscription: stdout JSON only, exit codes 0/2/3/4,
// against the in-process simulator and against a fixture that asserts the requests.
#include "tst_client_fixture.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliClient : public QObject
{
    Q_OBJECT

private:
    fixture::HttpFixture *m_server = nullptr;

    /// Runs the CLI while this process's event loop keeps serving the fixture.
    Run cli(const QStringList &arguments, const QHash<QString, QString> &variables = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ROAMDESK_API_KEY"));
        environment.remove(QStringLiteral("ROAMDESK_BEARER"));
        environment.remove(QStringLiteral("ROAMDESK_SINK"));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ROAMDESK_CLI_PATH), arguments);
        Run run;
        [&] {
            QVERIFY(process.waitForStarted(10000));
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
        }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QJsonValue parseJson(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue(QJsonValue::Undefined);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

private Q_SLOTS:
    void init() { m_server = new fixture::HttpFixture; }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void statusOfEverySeedDevice_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("roaming") << "+99999991000" << 0;
        QTest::newRow("not roaming") << "+99999991001" << 0;
        QTest::newRow("400") << "+99999990400" << 3;
        QTest::newRow("404") << "+99999990404" << 3;
        QTest::newRow("422") << "+99999990422" << 3;
        QTest::newRow("500") << "+99999990500" << 3;
        QTest::newRow("502") << "+99999990502" << 3;
    }

    void statusOfEverySeedDevice()
    {
        QFETCH(QString, number);
        QFETCH(int, exitCode);
        const Run run = cli({QStringLiteral("status"), QStringLiteral("--phone"), number});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY2(run.err.isEmpty(), run.err.constData());
            QVERIFY(run.out.endsWith('\n'));
            QCOMPARE(run.out.count('\n'), 1); // one compact JSON line, nothing else
            const QJsonObject object = parseJson(run.out).toObject();
            QCOMPARE(object.value(QStringLiteral("roaming")).toBool(), number.endsWith(QLatin1String("1000")));
            QVERIFY(object.contains(QStringLiteral("lastStatusTime")));
        } else {
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.contains(number.right(3).toLatin1()));
        }
    }

    void statusPrintsTheObjectExactlyAsReceived()
    {
        const QByteArray body =
            "{\"roaming\":true,\"countryName\":[],\"countryCode\":901,\"lastStatusTime\":\"2024-02-20T10:41:38.657Z\"}";
        m_server->enqueue(fixture::Response::json(200, body));
        const Run run = cli({QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"),
                                QStringLiteral("--api-root"), m_server->root(QStringLiteral("/camara")).toString(),
                                QStringLiteral("--ipv4"), QStringLiteral("84.125.93.10:59765")},
            {{QStringLiteral("ROAMDESK_BEARER"), QStringLiteral("bearer-from-env")}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, body + '\n');
        QCOMPARE(m_server->requests.size(), 1);
        const fixture::Request &request = m_server->requests.first();
        QCOMPARE(request.path(), QStringLiteral("/camara/device-roaming-status/v1/retrieve"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer bearer-from-env"));
        QCOMPARE(parseJson(request.body),
            parseJson("{\"device\":{\"ipv4Address\":{\"publicAddress\":\"84.125.93.10\",\"publicPort\":59765}}}"));
        QVERIFY(!run.err.contains("bearer-from-env"));
    }

    void prettyIndents()
    {
        m_server->enqueue(fixture::Response::json(200, "{\"roaming\":false}"));
        const Run run = cli({QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"),
            QStringLiteral("--api-root"), m_server->root().toString(), QStringLiteral("--nai"),
            QStringLiteral("123456789@domain.com"), QStringLiteral("--pretty")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\n    \"roaming\": false\n"));
    }

    void networkAsCodeHeadersFromTheEnvironment_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("nac") << "nac" << QByteArray("network-as-code.nokia.rapidapi.com");
        QTest::newRow("nac-staging") << "nac-staging" << QByteArray("network-as-code.nokia-stage.rapidapi.com");
        QTest::newRow("nac-dev") << "nac-dev" << QByteArray("network-as-code1.nokia-dev.rapidapi.com");
    }

    void networkAsCodeHeadersFromTheEnvironment()
    {
        QFETCH(QString, env);
        QFETCH(QByteArray, host);
        m_server->enqueue(fixture::Response::json(200, "[]"));
        const Run run =
            cli({QStringLiteral("subscriptions"), QStringLiteral("--env"), env, QStringLiteral("--api-root"),
                    m_server->root(QStringLiteral("/device-status")).toString()},
                {{QStringLiteral("ROAMDESK_API_KEY"), QStringLiteral("key-from-env")}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("[]\n"));
        const fixture::Request &request = m_server->requests.first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(
            request.path(), QStringLiteral("/device-status/device-roaming-status-subscriptions/v0.7/subscriptions"));
        QCOMPARE(request.header("X-RapidAPI-Key"), QByteArray("key-from-env"));
        QCOMPARE(request.header("X-RapidAPI-Host"), host);
    }

    void subscriptionsVersionSelectsThePath()
    {
        m_server->enqueue(fixture::Response::json(204, {}));
        const Run run = cli({QStringLiteral("subscription"), QStringLiteral("delete"),
            QStringLiteral("qs15-h556-rt89-1298"), QStringLiteral("--env=custom"), QStringLiteral("--api-root"),
            m_server->root().toString(), QStringLiteral("--subscriptions-version"), QStringLiteral("v0.8")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty()); // 204: nothing to print
        QCOMPARE(m_server->requests.first().method, QByteArray("DELETE"));
        QCOMPARE(m_server->requests.first().path(),
            QStringLiteral("/device-roaming-status-subscriptions/v0.8/subscriptions/qs15-h556-rt89-1298"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString root = QStringLiteral("--api-root=http://127.0.0.1:%1/x").arg(fixture::closedPort());
        QTest::newRow("bad phone") << QStringList{u"status"_s, u"--phone"_s, u"0049123"_s} << 2;
        QTest::newRow("no device") << QStringList{u"status"_s} << 2;
        QTest::newRow("bad ipv4") << QStringList{u"status"_s, u"--ipv4"_s, u"300.1.1.1"_s} << 2;
        QTest::newRow("bad port") << QStringList{u"status"_s, u"--ipv4"_s, u"1.2.3.4:http"_s} << 2;
        QTest::newRow("bad ipv6") << QStringList{u"status"_s, u"--ipv6"_s, u"2001:::1::"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"status"_s, u"--phone"_s, u"+99999991000"_s, u"--colour"_s}
                                        << 2;
        QTest::newRow("unknown env") << QStringList{u"status"_s, u"--env"_s, u"prod"_s, u"--phone"_s, u"+99999991000"_s}
                                     << 2;
        QTest::newRow("nac without key") << QStringList{u"status"_s, u"--env"_s, u"nac"_s, u"--phone"_s,
            u"+99999991000"_s} << 2;
        QTest::newRow("custom without root")
            << QStringList{u"status"_s, u"--env"_s, u"custom"_s, u"--phone"_s, u"+99999991000"_s} << 2;
        QTest::newRow("subscribe without event") << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s} << 2;
        QTest::newRow("subscribe bad event")
            << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s, u"--event"_s, u"roaming-maybe"_s} << 2;
        QTest::newRow("token without expiry") << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s,
            u"--event"_s, u"roaming-on"_s, u"--token"_s, u"t"_s}
                                              << 2;
        QTest::newRow("empty sink token") << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s, u"--event"_s,
            u"roaming-on"_s, u"--token"_s, u""_s, u"--token-expires"_s, u"2099-01-01T00:00:00Z"_s}
                                          << 2;
        QTest::newRow("expiry in the past") << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s,
            u"--event"_s, u"roaming-on"_s, u"--expire"_s, u"2001-01-01T00:00:00Z"_s}
                                            << 2;
        QTest::newRow("max events 0") << QStringList{u"subscribe"_s, u"--phone"_s, u"+99999991000"_s, u"--event"_s,
            u"roaming-on"_s, u"--max-events"_s, u"0"_s}
                                      << 2;
        QTest::newRow("subscription bad action") << QStringList{u"subscription"_s, u"show"_s, u"abc"_s} << 2;
        QTest::newRow("subscription bad id") << QStringList{u"subscription"_s, u"get"_s, u"a/b"_s} << 2;
        QTest::newRow("subscription no id") << QStringList{u"subscription"_s, u"delete"_s} << 2;
        QTest::newRow("unknown subscription") << QStringList{u"subscription"_s, u"get"_s, u"no-such-id"_s} << 3;
        QTest::newRow("refused") << QStringList{u"subscriptions"_s, u"--env"_s, u"custom"_s, root, u"--timeout"_s,
            u"5"_s} << 4;
        QTest::newRow("help") << QStringList{u"status"_s, u"--help"_s} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.startsWith("roamdesk-cli: "), run.err.constData());
        }
    }

    /// A bad public address with no private one given: only --ipv4 is wrong, not a private address nobody typed.
    void badPublicIpv4BlamesOnlyTheFlagGiven()
    {
        const Run run = cli({QStringLiteral("status"), QStringLiteral("--ipv4"), QStringLiteral("999.1.1.1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("roamdesk-cli: --ipv4: "), run.err.constData());
        QVERIFY2(!run.err.contains("privateAddress"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void invalidIdentifierIsRefusedBeforeAnyRequest()
    {
        const Run run = cli(
            {QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"), QStringLiteral("--api-root"),
                m_server->root().toString(), QStringLiteral("--phone"), QStringLiteral("+12")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("roamdesk-cli: --phone: "), run.err.constData());
        QVERIFY(m_server->requests.isEmpty());
    }

    void oauth2TokenEndpointRefusalIsAnApiError()
    {
        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(401, "{\"error\":\"invalid_client\"}")};
        const Run run = cli(
            {QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"), QStringLiteral("--api-root"),
                m_server->root(QStringLiteral("/camara")).toString(), QStringLiteral("--token-url"),
                m_server->root(QStringLiteral("/oauth/token")).toString(), QStringLiteral("--client-id"),
                QStringLiteral("client-1"), QStringLiteral("--phone"), QStringLiteral("+99999991000")},
            {{QStringLiteral("ROAMDESK_CLIENT_SECRET"), QStringLiteral("wrong-secret")}});
        QCOMPARE(run.exitCode, 3); // the server said no: an API error, not a usage error
        QVERIFY2(run.err.contains("invalid_client"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
        QCOMPARE(m_server->requests.size(), 1); // the API itself was never called
    }

    void clientSecretOverPlainHttpNeedsInsecure()
    {
        // 0.0.0.0 is not a loopback name, yet connecting to it reaches this machine: the fixture sees what
        // would have crossed the network.
        QUrl tokenUrl = m_server->root(QStringLiteral("/oauth/token"));
        tokenUrl.setHost(QStringLiteral("0.0.0.0"));
        const QStringList arguments{QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"),
            QStringLiteral("--api-root"), m_server->root(QStringLiteral("/camara")).toString(),
            QStringLiteral("--token-url"), tokenUrl.toString(), QStringLiteral("--client-id"),
            QStringLiteral("client-1"), QStringLiteral("--phone"), QStringLiteral("+99999991000")};
        const QHash<QString, QString> secret{{QStringLiteral("ROAMDESK_CLIENT_SECRET"), QStringLiteral("s3cret")}};
        const Run refused = cli(arguments, secret);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("https") && refused.err.contains("--insecure"), refused.err.constData());
        QVERIFY(m_server->requests.isEmpty());

        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(200, "{\"access_token\":\"tok-9\",\"expires_in\":3600}")};
        m_server->byPath[QStringLiteral("/camara/device-roaming-status/v1/retrieve")] = {
            fixture::Response::json(200, "{\"roaming\":false}")};
        const Run insisted = cli(arguments + QStringList{QStringLiteral("--insecure")}, secret);
        QCOMPARE(insisted.exitCode, 0);
        QVERIFY2(insisted.err.contains("unencrypted"), insisted.err.constData()); // said, not silent
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
    }

    void apiErrorsAndMalformedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("403") << 403 << QByteArray("{\"status\":403,\"code\":\"PERMISSION_DENIED\",\"message\":\"no\"}")
                             << 3;
        QTest::newRow("malformed 200") << 200 << QByteArray("{\"roaming\":") << 3;
    }

    void apiErrorsAndMalformedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        m_server->enqueue(fixture::Response::json(status, body));
        const Run run = cli(
            {QStringLiteral("status"), QStringLiteral("--env"), QStringLiteral("custom"), QStringLiteral("--api-root"),
                m_server->root().toString(), QStringLiteral("--phone"), QStringLiteral("+99999991000")});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void everySubscriptionVerbAgainstTheSimulator()
    {
        QTemporaryDir dir;
        const QString state = QStringLiteral("--sim-state=") + dir.filePath(QStringLiteral("sim.json"));
        const Run created = cli({QStringLiteral("subscribe"), state, QStringLiteral("--phone"),
            QStringLiteral("+99999991000"), QStringLiteral("--event"), QStringLiteral("roaming-status"),
            QStringLiteral("--sink"), QStringLiteral("https://127.0.0.1:9/notify"), QStringLiteral("--token"),
            QStringLiteral("sink-tok"), QStringLiteral("--token-expires"), QStringLiteral("2099-01-01T00:00:00Z"),
            QStringLiteral("--max-events"), QStringLiteral("3"), QStringLiteral("--expire"),
            QStringLiteral("2099-01-01T00:00:00.000Z")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject subscription = parseJson(created.out).toObject();
        const QString id = subscription.value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), created.out.constData());
        QCOMPARE(subscription.value(QStringLiteral("types")).toArray().first().toString(),
            QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.roaming-status"));

        const Run listed = cli({QStringLiteral("subscriptions"), state});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(parseJson(listed.out).isArray());
        QVERIFY(listed.out.contains(id.toLatin1()));

        const Run got = cli({QStringLiteral("subscription"), QStringLiteral("get"), id, state});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(parseJson(got.out).toObject().value(QStringLiteral("id")).toString(), id);

        const Run deleted = cli({QStringLiteral("subscription"), QStringLiteral("delete"), id, state});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY2(deleted.err.contains(QStringLiteral("Deleted subscription %1.").arg(id).toLatin1()),
            deleted.err.constData());

        const Run gone = cli({QStringLiteral("subscription"), QStringLiteral("get"), id, state});
        QCOMPARE(gone.exitCode, 3);
        QVERIFY(gone.out.isEmpty());
        QVERIFY(gone.err.contains("404"));
    }
};

QTEST_GUILESS_MAIN(TestCliClient)
#include "tst_cli_client.moc"
