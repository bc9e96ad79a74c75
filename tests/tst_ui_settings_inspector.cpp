// The traffic inspector's promises, against the real simulator: every recorded exchange has its secrets
// masked (bearer token in the headers, sink token in the body), and its "copy as curl" command, run by a
// real shell and a real curl with the secrets given as environment variables, reproduces the request —
// same status, same answer. tst_trafficlogmodel checks the quoting with printf; this one goes on the wire.
// "Re-send" (TrafficResender) is checked the same way: the repeat is a real request with the real secrets,
// recorded masked.
#include "app/client/apicall.h"
#include "app/client/roamingclient.h"
#include "app/client/trafficresender.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "models/trafficlogmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace roamdesk;
using namespace roamdesk::api;

namespace {

constexpr int Timeout = 15000;
const QString BearerToken = QStringLiteral("SIM-BEARER-SECRET-7f3a");
const QString SinkToken = QStringLiteral("SINK-TOKEN-SECRET-91bc");
const QString RoamingPhone = QStringLiteral("+99999991000");

} // namespace

class TestSettingsInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curlReproducesTheRequest_data();
    void curlReproducesTheRequest();
    void curlWithoutTheSecretsIsRefused();
    void resendRepeatsTheRequest_data();
    void resendRepeatsTheRequest();
    void resendRestoresSecretsSafely();

private:
    /// Runs one operation through the client; returns the exchange it recorded.
    TrafficExchange run(const QString &operation);
    /// Runs `command` (plus curl output options) in sh with `environment`; returns (status, body).
    QPair<int, QByteArray> shell(const QString &command, const QHash<QString, QString> &environment);

    QTemporaryDir m_dir;
    QString m_sh;
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    RoamingClient *m_client = nullptr;
    TrafficLogModel *m_traffic = nullptr;
    QString m_subscriptionId;
};

void TestSettingsInspector::initTestCase()
{
    m_sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (m_sh.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("sh and curl are needed to run the copied command");
    QVERIFY(m_dir.isValid());
    m_simulator = std::make_unique<sim::SimulatorServer>();
    QVERIFY2(m_simulator->listen(), qPrintable(m_simulator->errorString()));
    m_simulator->setRequiredToken(BearerToken);
    m_client = new RoamingClient(this);
    m_traffic = new TrafficLogModel(this);
    m_client->setTrafficLog(m_traffic);
    m_client->setEnvironment(Environment::simulator(m_simulator->apiRoot(), BearerToken));
}

TrafficExchange TestSettingsInspector::run(const QString &operation)
{
    ApiCall *call = nullptr;
    if (operation == QLatin1String("retrieve")) {
        Device device;
        device.phoneNumber = RoamingPhone;
        call = m_client->retrieveStatus(device);
    } else if (operation == QLatin1String("create")) {
        SubscriptionRequest request;
        request.sink = QStringLiteral("http://127.0.0.1:9/never-called");
        request.types = {eventtype::toWire(EventType::RoamingOn)};
        SinkCredential credential;
        credential.accessToken = SinkToken;
        credential.accessTokenExpiresUtc = QDateTime::currentDateTimeUtc().addDays(1);
        request.sinkCredential = credential;
        Device device;
        device.phoneNumber = RoamingPhone;
        request.config.device = device;
        call = m_client->createSubscription(request);
    } else if (operation == QLatin1String("list")) {
        call = m_client->listSubscriptions();
    } else {
        call = m_client->getSubscription(m_subscriptionId);
    }
    const int before = m_traffic->rowCount();
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(Timeout) && !call->isFinished())
        return {};
    if (operation == QLatin1String("create") && call->subscription())
        m_subscriptionId = call->subscription()->id;
    if (m_traffic->rowCount() != before + 1)
        return {};
    return m_traffic->exchange(m_traffic->rowCount() - 1);
}

QPair<int, QByteArray> TestSettingsInspector::shell(const QString &command, const QHash<QString, QString> &environment)
{
    const QString body = m_dir.filePath(QStringLiteral("body.out"));
    QFile::remove(body);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    // The simulator answers on this thread: wait with the event loop running, never block it.
    QSignalSpy done(&process, &QProcess::finished);
    process.start(m_sh, {QStringLiteral("-c"), command + QStringLiteral(" -s -o '%1' -w '%{http_code}'").arg(body)});
    if (!done.wait(Timeout)) {
        process.kill();
        process.waitForFinished(1000);
        return {-1, process.readAllStandardError()};
    }
    QFile file(body);
    file.open(QIODevice::ReadOnly);
    return {process.readAllStandardOutput().trimmed().toInt(), file.readAll()};
}

void TestSettingsInspector::curlReproducesTheRequest_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    // In this order: get needs the id create made.
    QTest::newRow("retrieve status") << "retrieve" << 200;
    QTest::newRow("create subscription") << "create" << 201;
    QTest::newRow("list subscriptions") << "list" << 200;
    QTest::newRow("get subscription") << "get" << 200;
}

void TestSettingsInspector::curlReproducesTheRequest()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    const int subscriptionsBefore = m_simulator->network()->subscriptionCount();
    const TrafficExchange exchange = run(operation);
    QCOMPARE(exchange.httpStatus, status);

    // Masked everywhere the inspector shows it and in the command it copies.
    QString shown;
    for (const auto &header : exchange.requestHeaders)
        shown += QString::fromUtf8(header.first + ": " + header.second) + QLatin1Char('\n');
    shown += QString::fromUtf8(exchange.requestBody);
    const QString curl = exchange.toCurl();
    for (const QString &secret : {BearerToken, SinkToken}) {
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY2(!curl.contains(secret), qPrintable(curl));
    }
    QCOMPARE(exchange.secrets.key(BearerToken).isEmpty(), false);
    QVERIFY(curl.contains(QStringLiteral("${%1}").arg(exchange.secrets.key(BearerToken))));
    if (operation == QLatin1String("create")) {
        QVERIFY(!exchange.secrets.key(SinkToken).isEmpty());
        QVERIFY(exchange.requestBody.contains(QStringLiteral("${%1}").arg(exchange.secrets.key(SinkToken)).toUtf8()));
    }

    // The copied command, with the secrets in the environment, makes the same request.
    const QPair<int, QByteArray> replay = shell(curl, exchange.secrets);
    QCOMPARE(replay.first, status);
    const QJsonDocument original = QJsonDocument::fromJson(exchange.responseBody);
    const QJsonDocument again = QJsonDocument::fromJson(replay.second);
    QVERIFY2(!again.isNull(), replay.second.constData());
    if (operation == QLatin1String("create")) {
        // A second, identical subscription (its own id) with the real sink token.
        QCOMPARE(m_simulator->network()->subscriptionCount(), subscriptionsBefore + 2);
        QVERIFY(again.object().value(QLatin1String("id")).toString() != m_subscriptionId);
        for (const char *member : {"sink", "types", "protocol"})
            QCOMPARE(again.object().value(QLatin1String(member)), original.object().value(QLatin1String(member)));
        bool realToken = false;
        for (const sim::SimSubscription &subscription : m_simulator->network()->subscriptions())
            realToken =
                realToken || (subscription.sinkCredential && subscription.sinkCredential->accessToken == SinkToken);
        QVERIFY(realToken);
    } else if (operation == QLatin1String("list")) {
        QCOMPARE(again.array().size(), original.array().size());
        QCOMPARE(again, original);
    } else {
        QCOMPARE(again, original);
    }
}

void TestSettingsInspector::curlWithoutTheSecretsIsRefused()
{
    const TrafficExchange exchange = run(QStringLiteral("list"));
    QCOMPARE(exchange.httpStatus, 200);
    // The placeholders stay placeholders: without the variables the simulator sees no token.
    const QPair<int, QByteArray> replay = shell(exchange.toCurl(), {});
    QCOMPARE(replay.first, 401);
    QVERIFY(replay.second.contains("UNAUTHENTICATED"));
    // Revealed on request: runs as is.
    QCOMPARE(shell(exchange.toCurl(true), {}).first, 200);
}

void TestSettingsInspector::resendRepeatsTheRequest_data()
{
    curlReproducesTheRequest_data();
}

void TestSettingsInspector::resendRepeatsTheRequest()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    const TrafficExchange original = run(operation);
    QCOMPARE(original.httpStatus, status);
    const int subscriptionsBefore = m_simulator->network()->subscriptionCount();

    api::TrafficResender resender(m_traffic);
    QVERIFY(!resender.resend(-1));
    QVERIFY(!resender.resend(m_traffic->rowCount()));
    QSignalSpy resent(&resender, &api::TrafficResender::resent);
    QVERIFY(resender.resend(m_traffic->rowCount() - 1));
    QVERIFY(resent.wait(Timeout));
    QCOMPARE(resent.at(0).at(1).toInt(), status);
    QVERIFY(resent.at(0).at(2).toString().isEmpty());
    const int row = resent.at(0).at(0).toInt();
    QCOMPARE(row, m_traffic->rowCount() - 1);
    const TrafficExchange again = m_traffic->exchange(row);
    QCOMPARE(again.method, original.method);
    QCOMPARE(again.url, original.url);
    QCOMPARE(again.httpStatus, status);
    QVERIFY(again.correlator != original.correlator);
    QVERIFY(again.latencyMs >= 0);
    // Recorded masked, like every exchange.
    QString shown;
    for (const auto &header : again.requestHeaders)
        shown += QString::fromUtf8(header.first + ": " + header.second) + QLatin1Char('\n');
    shown += QString::fromUtf8(again.requestBody) + again.toCurl();
    QVERIFY2(!shown.contains(BearerToken) && !shown.contains(SinkToken), qPrintable(shown));
    if (operation == QLatin1String("create")) {
        QCOMPARE(m_simulator->network()->subscriptionCount(), subscriptionsBefore + 1);
        int withRealToken = 0;
        for (const sim::SimSubscription &subscription : m_simulator->network()->subscriptions())
            withRealToken += subscription.sinkCredential && subscription.sinkCredential->accessToken == SinkToken;
        QVERIFY(withRealToken >= 2); // the original and its repeat
    } else if (operation != QLatin1String("list")) {
        QCOMPARE(QJsonDocument::fromJson(again.responseBody), QJsonDocument::fromJson(original.responseBody));
    }
}

void TestSettingsInspector::resendRestoresSecretsSafely()
{
    // JSON: a secret with a quote, a backslash and a control character stays one valid string.
    const QString tricky = QStringLiteral("it\"s\\tok\u0001en");
    TrafficExchange json;
    json.requestHeaders = {{"Content-Type", "application/json"}, {"Authorization", "Bearer abc"}};
    json.requestBody = QJsonDocument(
        QJsonObject{{QStringLiteral("sinkCredential"), QJsonObject{{QStringLiteral("accessToken"), tricky}}}})
                           .toJson(QJsonDocument::Compact);
    json.requestBody = traffic::maskBody(json.requestBody, &json.secrets);
    json.requestHeaders = traffic::maskHeaders(json.requestHeaders, &json.secrets);
    QVERIFY(!json.requestBody.contains("tok"));
    const QJsonDocument document = QJsonDocument::fromJson(api::TrafficResender::unmaskedBody(json));
    QVERIFY(!document.isNull());
    QCOMPARE(
        document.object()[QLatin1String("sinkCredential")].toObject()[QLatin1String("accessToken")].toString(), tricky);
    const HttpHeaderList headers = api::TrafficResender::unmaskedHeaders(json);
    QVERIFY(headers.contains(qMakePair(QByteArray("Authorization"), QByteArray("Bearer abc"))));

    // Forms (the OAuth2 token request): percent-encoded back in.
    TrafficExchange form;
    form.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    form.requestBody = "grant_type=client_credentials&client_id=me&client_secret=a%26b%3Dc%20d";
    form.requestBody = traffic::maskBody(form.requestBody, &form.secrets);
    QVERIFY(!form.requestBody.contains("a%26b"));
    const QUrlQuery query(QString::fromUtf8(api::TrafficResender::unmaskedBody(form)));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), QStringLiteral("a&b=c d"));
}

QTEST_GUILESS_MAIN(TestSettingsInspector)
#include "tst_ui_settings_inspector.moc"
