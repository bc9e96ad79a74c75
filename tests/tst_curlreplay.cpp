// "Copy as curl" replayed for real: every kind of exchange the client makes (lookup, create with a sink token,
// list, get, delete) is copied from the traffic log, run by /bin/sh with the real curl binary against the
// embedded simulator on loopback, with the placeholders exported, and the HTTP answer is checked.
#include "app/client/roamingclient.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "clienttestutil.h"
#include "models/trafficlogmodel.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace roamdesk;
using namespace roamdesk::api;
using namespace Qt::StringLiterals;
using clienttest::phone;
using clienttest::waitFor;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QString failure; // why the command did not give an answer
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// The sink token the replay exports: a different length from the recorded one, so that a copied
// Content-Length could not pass unnoticed.
const QString ReplaySinkToken = u"replayed-sink-token-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG"_s;

} // namespace

class TestCurlReplay : public QObject
{
    Q_OBJECT

private:
    QString m_curl;
    QTemporaryDir m_curlHome;
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    std::unique_ptr<RoamingClient> m_client;
    TrafficLogModel m_log;
    QProcessEnvironment m_exports; // the secrets as the user would export them

    Environment environmentFor(const QString &kind, const QString &secret) const
    {
        if (kind == "simulator"_L1)
            return Environment::simulator(m_simulator->apiRoot(), secret);
        if (kind == "bearer"_L1)
            return Environment::customBearer(u"Custom bearer"_s, m_simulator->apiRoot(), secret);
        Environment nac = Environment::networkAsCode(EnvironmentKind::NacProd, secret);
        nac.apiRoot = m_simulator->apiRoot();
        return nac;
    }

    // Runs the newest exchange's command as copied (placeholders and all) with sh and curl.
    Answer replayNewest(QString *command = nullptr) const
    {
        const QString copied = m_log.curlCommand(m_log.rowCount() - 1);
        if (command)
            *command = copied;
        QProcess process;
        process.setProcessEnvironment(m_exports);
        // The simulator answers from this thread: wait in an event loop, not in waitForFinished().
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // guard only: an answer takes milliseconds
        process.start(u"/bin/sh"_s, {u"-c"_s, copied});
        loop.exec();
        Answer answer;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            answer.failure = u"the command did not finish"_s;
            return answer;
        }
        QByteArray out = process.readAllStandardOutput();
        // The test's .curlrc appends "\n<status>" to what curl prints.
        const qsizetype newline = out.lastIndexOf('\n');
        answer.status = newline >= 0 ? out.mid(newline + 1).trimmed().toInt() : 0;
        answer.body = newline >= 0 ? out.left(newline) : out;
        if (process.exitCode() != 0)
            answer.failure = QString::fromUtf8(process.readAllStandardError());
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        if (m_curl.isEmpty() || !QFile::exists(u"/bin/sh"_s))
            QSKIP("curl or /bin/sh is not installed");
        QVERIFY(m_curlHome.isValid());
        // curl reads $CURL_HOME/.curlrc: the status after the body, and the command itself stays as copied.
        QFile curlrc(m_curlHome.filePath(u".curlrc"_s));
        QVERIFY(curlrc.open(QIODevice::WriteOnly));
        curlrc.write("write-out = \"\\n%{http_code}\"\n");
    }

    void init()
    {
        m_simulator = std::make_unique<sim::SimulatorServer>();
        QVERIFY2(m_simulator->listen(), qPrintable(m_simulator->errorString()));
        m_client = std::make_unique<RoamingClient>();
        m_client->setTrafficLog(&m_log);
        m_log.clear();
        m_exports = QProcessEnvironment::systemEnvironment();
        for (const QString &proxy :
            {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"ALL_PROXY"_s, u"all_proxy"_s})
            m_exports.remove(proxy);
        m_exports.insert(u"CURL_HOME"_s, m_curlHome.path());
        m_exports.insert(u"HOME"_s, m_curlHome.path());
    }

    void cleanup()
    {
        m_client.reset();
        m_simulator->shutdown(0);
        m_simulator.reset();
    }

    void everyExchangeReplays_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("version");
        QTest::newRow("simulator") << "simulator"
                                   << "sim-token-1"
                                   << "ROAMDESK_BEARER"
                                   << "v0.8";
        QTest::newRow("bearer") << "bearer"
                                << "custom.bearer-token_with/another+length="
                                << "ROAMDESK_BEARER"
                                << "v0.8";
        QTest::newRow("bearer v0.7") << "bearer"
                                     << "b-0.7-token"
                                     << "ROAMDESK_BEARER"
                                     << "v0.7";
        QTest::newRow("nac key") << "nac"
                                 << "nac-application-key-42"
                                 << "ROAMDESK_API_KEY"
                                 << "v0.8";
    }

    void everyExchangeReplays()
    {
        QFETCH(QString, kind);
        QFETCH(QString, secret);
        QFETCH(QString, variable);
        QFETCH(QString, version);
        m_simulator->setRequiredToken(secret); // the simulator refuses any other bearer token or key
        Environment environment = environmentFor(kind, secret);
        environment.subscriptionsVersion = version;
        m_client->setEnvironment(environment);
        m_exports.insert(variable, secret);
        m_exports.insert(u"SINK_ACCESS_TOKEN"_s, ReplaySinkToken);
        QString command;

        // Lookup.
        const QString number = u"+99999991000"_s;
        ApiCall *lookup = waitFor(m_client->retrieveStatus(phone(number)));
        QVERIFY2(lookup->ok(), qPrintable(lookup->error().userMessage()));
        Answer answer = replayNewest(&command);
        QVERIFY2(answer.failure.isEmpty(), qPrintable(answer.failure + command));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value("roaming"_L1).toBool(), lookup->roamingStatus()->roaming);
        QVERIFY2(command.startsWith(u"# export "_s + variable + u"=…\n"_s), qPrintable(command));
        QVERIFY(!command.contains(secret));

        // Create, with a sink token of another length than the one recorded.
        SubscriptionRequest request;
        request.sink = u"https://127.0.0.1:9/notify"_s; // delivery is not under test
        request.types = {eventtype::toWire(EventType::RoamingStatus)};
        request.config.device = phone(number);
        request.config.subscriptionExpireTime = QDateTime::currentDateTimeUtc().addDays(1);
        SinkCredential credential;
        credential.accessToken = u"short-tok"_s;
        credential.accessTokenExpiresUtc = QDateTime::currentDateTimeUtc().addDays(1);
        request.sinkCredential = credential;
        ApiCall *created = waitFor(m_client->createSubscription(request));
        QVERIFY2(created->ok(), qPrintable(created->error().userMessage()));
        const QString id = created->subscription()->id;
        answer = replayNewest(&command);
        QVERIFY2(answer.failure.isEmpty(), qPrintable(answer.failure + command));
        QVERIFY2(
            answer.status == 201, qPrintable(QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body)));
        QVERIFY(!command.contains("Content-Length"_L1, Qt::CaseInsensitive));
        QVERIFY(command.contains("SINK_ACCESS_TOKEN"_L1));
        QVERIFY(!command.contains("short-tok"_L1));
        const QString replayedId = answer.object().value("id"_L1).toString();
        QVERIFY(!replayedId.isEmpty());
        QVERIFY(replayedId != id);
        QCOMPARE(answer.object().value("types"_L1).toArray().first().toString(), request.types.first());
        // The simulator holds the exported token, not the recorded one.
        const auto stored = m_simulator->network()->subscription(replayedId);
        QVERIFY(stored && stored->sinkCredential);
        QCOMPARE(stored->sinkCredential->accessToken, ReplaySinkToken);

        // List.
        ApiCall *listed = waitFor(m_client->listSubscriptions());
        QVERIFY2(listed->ok(), qPrintable(listed->error().userMessage()));
        answer = replayNewest(&command);
        QVERIFY2(answer.failure.isEmpty(), qPrintable(answer.failure + command));
        QCOMPARE(answer.status, 200);
        QStringList ids;
        for (const QJsonValue &entry : QJsonDocument::fromJson(answer.body).array())
            ids << entry.toObject().value("id"_L1).toString();
        QVERIFY2(ids.contains(id) && ids.contains(replayedId), qPrintable(ids.join(u' ')));

        // Get.
        ApiCall *got = waitFor(m_client->getSubscription(id));
        QVERIFY2(got->ok(), qPrintable(got->error().userMessage()));
        answer = replayNewest(&command);
        QVERIFY2(answer.failure.isEmpty(), qPrintable(answer.failure + command));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value("id"_L1).toString(), id);

        // Delete: the replay reaches the same subscription, which the original call already ended.
        ApiCall *deleted = waitFor(m_client->deleteSubscription(id));
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().userMessage()));
        answer = replayNewest(&command);
        QVERIFY2(answer.failure.isEmpty(), qPrintable(answer.failure + command));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.object().value("code"_L1).toString(), u"NOT_FOUND"_s);
        QVERIFY(command.contains(u"-X DELETE"_s));
        QVERIFY(command.contains(id));

        // Without the export the server refuses: the command really uses the variable.
        m_exports.remove(variable);
        answer = replayNewest();
        QCOMPARE(answer.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestCurlReplay)
#include "tst_curlreplay.moc"
