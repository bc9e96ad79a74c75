// TrafficLogModel and the masking / "copy as curl" helpers behind the traffic inspector.
#include "models/trafficlogmodel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace roamdesk;

namespace {

TrafficExchange sample(const QByteArray &method = "POST", int status = 200)
{
    TrafficExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = QUrl(
        QStringLiteral("https://network-as-code.p-eu.rapidapi.com/device-status/device-roaming-status/v1/retrieve"));
    exchange.requestHeaders = {{"Content-Type", "application/json"}, {"X-RapidAPI-Key", "KEY-1234567"},
        {"X-RapidAPI-Host", "network-as-code.nokia.rapidapi.com"},
        {"x-correlator", "b4333c46-49c0-4f62-80d7-f0ef930f1c46"}};
    exchange.requestBody = "{\"device\":{\"phoneNumber\":\"+99999991000\"}}";
    exchange.httpStatus = status;
    exchange.responseBody = "{\"roaming\":true}";
    exchange.latencyMs = 12;
    exchange.correlator = QStringLiteral("b4333c46-49c0-4f62-80d7-f0ef930f1c46");
    return exchange;
}

} // namespace

class TestTrafficLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAreMasked_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("masked");
        QTest::addColumn<QString>("secretName");
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer abc.def.ghi")
                                << QByteArray("Bearer ${ROAMDESK_BEARER}") << "ROAMDESK_BEARER";
        QTest::newRow("lower-case bearer") << QByteArray("authorization") << QByteArray("bearer xyz123")
                                           << QByteArray("bearer ${ROAMDESK_BEARER}") << "ROAMDESK_BEARER";
        QTest::newRow("basic") << QByteArray("Authorization") << QByteArray("Basic Y2xpZW50OnNlY3JldA==")
                               << QByteArray("Basic ${ROAMDESK_BASIC_CREDENTIALS}") << "ROAMDESK_BASIC_CREDENTIALS";
        QTest::newRow("rapidapi key") << QByteArray("X-RapidAPI-Key") << QByteArray("k-123456")
                                      << QByteArray("${ROAMDESK_API_KEY}") << "ROAMDESK_API_KEY";
        QTest::newRow("cookie") << QByteArray("Set-Cookie") << QByteArray("session=1") << QByteArray("${SET_COOKIE}")
                                << "SET_COOKIE";
        QTest::newRow("plain") << QByteArray("X-RapidAPI-Host") << QByteArray("h") << QByteArray("h") << "";
    }

    void headersAreMasked()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, masked);
        QFETCH(QString, secretName);
        QHash<QString, QString> secrets;
        const HttpHeaderList result = traffic::maskHeaders({{name, value}}, &secrets);
        QCOMPARE(result.first().second, masked);
        if (secretName.isEmpty()) {
            QVERIFY(secrets.isEmpty());
        } else {
            QVERIFY(secrets.contains(secretName));
            QVERIFY(value.endsWith(secrets.value(secretName).toUtf8()));
        }
        // Masking twice changes nothing.
        QCOMPARE(traffic::maskHeaders(result, &secrets), result);
    }

    void bodiesAreMasked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("masked");
        QTest::newRow("sink credential keeps formatting")
            << QByteArray("{\n  \"sinkCredential\": {\"accessToken\": \"tok-abc\", \"accessTokenType\": \"bearer\"}\n}")
            << QByteArray("{\n  \"sinkCredential\": {\"accessToken\": \"${SINK_ACCESS_TOKEN}\", \"accessTokenType\": "
                          "\"bearer\"}\n}");
        QTest::newRow("oauth response") << QByteArray("{\"access_token\":\"eyJ0eXAi\",\"expires_in\":3600}")
                                        << QByteArray("{\"access_token\":\"${ACCESS_TOKEN}\",\"expires_in\":3600}");
        QTest::newRow("array of subscriptions")
            << QByteArray(
                   "[{\"sinkCredential\":{\"accessToken\":\"one1\"}},{\"sinkCredential\":{\"accessToken\":\"two2\"}}]")
            << QByteArray("[{\"sinkCredential\":{\"accessToken\":\"${SINK_ACCESS_TOKEN}\"}},{\"sinkCredential\":{"
                          "\"accessToken\":\"${SINK_ACCESS_TOKEN_2}\"}}]");
        QTest::newRow("form") << QByteArray("grant_type=client_credentials&client_secret=s%26cret&scope=a")
                              << QByteArray(
                                     "grant_type=client_credentials&client_secret=${ROAMDESK_CLIENT_SECRET}&scope=a");
        QTest::newRow("no secrets") << QByteArray("{\"roaming\":true}") << QByteArray("{\"roaming\":true}");
        QTest::newRow("not json") << QByteArray("<html>502</html>") << QByteArray("<html>502</html>");
    }

    void bodiesAreMasked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, masked);
        QHash<QString, QString> secrets;
        QCOMPARE(traffic::maskBody(body, &secrets), masked);
        QCOMPARE(traffic::maskBody(masked, &secrets), masked); // idempotent
    }

    void knownSecretsAreMaskedInUnparsableBodies()
    {
        QHash<QString, QString> secrets{{QStringLiteral("SINK_ACCESS_TOKEN"), QStringLiteral("tok-abcdef")}};
        QCOMPARE(traffic::maskBody("{\"sinkCredential\":{\"accessToken\":\"tok-abcdef\"", &secrets),
            QByteArray("{\"sinkCredential\":{\"accessToken\":\"${SINK_ACCESS_TOKEN}\""));
    }

    void curlUsesPlaceholdersUnlessAsked()
    {
        TrafficExchange exchange = sample();
        exchange.requestHeaders = traffic::maskHeaders(exchange.requestHeaders, &exchange.secrets);
        const QString curl = exchange.toCurl();
        QVERIFY(!curl.contains(QStringLiteral("KEY-1234567")));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-RapidAPI-Key: '\"${ROAMDESK_API_KEY}\"")));
        QVERIFY(curl.contains(QStringLiteral("-X POST")));
        QVERIFY(curl.contains(QStringLiteral("--data-raw '{\"device\":{\"phoneNumber\":\"+99999991000\"}}'")));
        QVERIFY(exchange.toCurl(true).contains(QStringLiteral("-H 'X-RapidAPI-Key: KEY-1234567'")));
    }

    void curlLeavesLengthAndConnectionToCurl()
    {
        // The body's length changes once ${SINK_ACCESS_TOKEN} expands: a copied Content-Length would be wrong.
        TrafficExchange exchange = sample();
        exchange.requestHeaders += {{"Content-Length", "42"}, {"host", "example.com"}, {"Transfer-Encoding", "chunked"},
            {"Connection", "keep-alive"}};
        exchange.requestBody = "{\"sinkCredential\":{\"accessToken\":\"tok-123456\"}}";
        exchange.requestBody = traffic::maskBody(exchange.requestBody, &exchange.secrets);
        exchange.requestHeaders = traffic::maskHeaders(exchange.requestHeaders, &exchange.secrets);
        for (const bool reveal : {false, true}) {
            const QString curl = exchange.toCurl(reveal);
            for (const char *header : {"'Content-Length", "'Host:", "'Transfer-Encoding", "'Connection"})
                QVERIFY2(!curl.contains(QLatin1String(header), Qt::CaseInsensitive), qPrintable(curl));
            QVERIFY(curl.contains(QStringLiteral("X-RapidAPI-Host")));
            // Only the masked command names the variables to export.
            QCOMPARE(curl.startsWith(QStringLiteral("#")), !reveal);
        }
        QVERIFY(exchange.toCurl().contains(
            QStringLiteral("'{\"sinkCredential\":{\"accessToken\":\"'\"${SINK_ACCESS_TOKEN}\"'\"}}'")));
        exchange.secrets.clear();
        exchange.requestHeaders = {{"Accept", "application/json"}};
        exchange.requestBody.clear();
        QVERIFY(exchange.toCurl().startsWith(QStringLiteral("curl "))); // nothing to export, no comment
    }

    void curlReproducesTheRequestInAShell()
    {
        // The command, run by sh with echo standing in for curl, yields the original arguments.
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty())
            QSKIP("no sh");
        TrafficExchange exchange = sample();
        exchange.requestBody =
            "{\"sinkCredential\":{\"accessToken\":\"it\'s-tok\"},\"sink\":\"https://a.example/x?y=1&z=\'q\'\"}";
        exchange.requestBody = traffic::maskBody(exchange.requestBody, &exchange.secrets);
        exchange.requestHeaders = traffic::maskHeaders(exchange.requestHeaders, &exchange.secrets);
        QString script = exchange.toCurl();
        QVERIFY(script.startsWith(QStringLiteral("# export ROAMDESK_API_KEY=\u2026 SINK_ACCESS_TOKEN=\u2026\ncurl ")));
        script.replace(QStringLiteral("\ncurl "), QStringLiteral("\nprintf '%s\\n' ")); // one argument per line
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ROAMDESK_API_KEY"), QStringLiteral("KEY-1234567"));
        environment.insert(QStringLiteral("SINK_ACCESS_TOKEN"), QStringLiteral("it's-tok"));
        process.setProcessEnvironment(environment);
        process.start(sh, {QStringLiteral("-c"), script});
        QVERIFY(process.waitForFinished(10000));
        const QStringList arguments = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        QVERIFY(arguments.contains(QStringLiteral("X-RapidAPI-Key: KEY-1234567")));
        QVERIFY(arguments.contains(QString::fromUtf8(exchange.requestBody)
                                       .replace(QStringLiteral("${SINK_ACCESS_TOKEN}"), QStringLiteral("it's-tok"))));
    }

    void modelPassesTheTesterAndSignalsRows()
    {
        TrafficLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setMaxRows(3);
        quint64 lastId = 0;
        for (int i = 0; i < 5; ++i)
            lastId = model.append(sample(i % 2 ? "GET" : "POST", 200 + i));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(lastId), 2);
        QCOMPARE(model.rowOf(1), -1); // dropped
        QCOMPARE(model.data(model.index(0, TrafficLogModel::StatusColumn)).toString(), QStringLiteral("202"));
        QCOMPARE(model.data(model.index(2, TrafficLogModel::StatusColumn), TrafficLogModel::RawValueRole).toInt(), 204);
        QCOMPARE(model.data(model.index(1, TrafficLogModel::MethodColumn)).toString(), QStringLiteral("GET"));
        QCOMPARE(model.data(model.index(0, TrafficLogModel::LatencyColumn)).toString(), QStringLiteral("12 ms"));
        QCOMPARE(model.headerData(TrafficLogModel::UrlColumn, Qt::Horizontal).toString(), QStringLiteral("URL"));
        // The URL column shows the call from the API version on; the tooltip has the whole URL.
        QCOMPARE(
            model.data(model.index(0, TrafficLogModel::UrlColumn)).toString(), QStringLiteral("\u2026/v1/retrieve"));
        QCOMPARE(model.data(model.index(0, TrafficLogModel::UrlColumn), Qt::ToolTipRole).toString(),
            QStringLiteral(
                "https://network-as-code.p-eu.rapidapi.com/device-status/device-roaming-status/v1/retrieve"));
        QVERIFY(!model.data(model.index(0, 0), TrafficLogModel::RequestHeadersRole)
                     .toString()
                     .contains(QStringLiteral("KEY-1234567")));
        QVERIFY(model.exchange(0).secrets.contains(QStringLiteral("ROAMDESK_API_KEY")));
        QVERIFY(!model.data(model.index(5, 0)).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        model.setMaxRows(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(lastId), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.curlCommand(0).isEmpty());
    }

    void failuresAreFlagged()
    {
        TrafficLogModel model;
        TrafficExchange refused = sample();
        refused.httpStatus = 0;
        refused.error = QStringLiteral("connection refused");
        model.append(refused);
        model.append(sample("GET", 503));
        model.append(sample("GET", 200));
        QCOMPARE(
            model.data(model.index(0, TrafficLogModel::StatusColumn)).toString(), QStringLiteral("connection refused"));
        QVERIFY(model.data(model.index(0, 0), TrafficLogModel::IsFailureRole).toBool());
        QVERIFY(model.data(model.index(1, 0), TrafficLogModel::IsFailureRole).toBool());
        QVERIFY(!model.data(model.index(2, 0), TrafficLogModel::IsFailureRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTrafficLogModel)
#include "tst_trafficlogmodel.moc"
