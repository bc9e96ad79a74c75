// RoamingClient against the real embedded simulator: every seed device, every operation, v0.7 and v0.8,
// with the Network as Code and bearer header styles.
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "clienttestutil.h"
#include "models/datetime.h"
#include "models/trafficlogmodel.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::api;
using clienttest::phone;
using clienttest::Wait;
using clienttest::waitFor;

class TestClientSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    std::unique_ptr<RoamingClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::SimulatorServer>();
        QVERIFY2(m_simulator->listen(), qPrintable(m_simulator->errorString()));
        m_simulator->setRequiredToken(QStringLiteral("sim-token-1"));
        m_client = std::make_unique<RoamingClient>();
        m_client->setEnvironment(Environment::simulator(m_simulator->apiRoot(), QStringLiteral("sim-token-1")));
        RetryPolicy policy;
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 10;
        m_client->setRetryPolicy(policy);
    }

    void cleanup()
    {
        m_client.reset();
        m_simulator->shutdown(0);
        m_simulator.reset();
    }

    void seedDevices_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::newRow("roaming") << "+99999991000" << 200 << 1;
        QTest::newRow("not roaming") << "+99999991001" << 200 << 1;
        QTest::newRow("400") << "+99999990400" << 400 << 1;
        QTest::newRow("404") << "+99999990404" << 404 << 1;
        QTest::newRow("422") << "+99999990422" << 422 << 1;
        QTest::newRow("500") << "+99999990500" << 500 << 1;
        QTest::newRow("502") << "+99999990502" << 502 << 4; // retried: a status lookup is safe to repeat
        QTest::newRow("503") << "+99999990503" << 503 << 4;
        QTest::newRow("504") << "+99999990504" << 504 << 4;
    }

    void seedDevices()
    {
        QFETCH(QString, number);
        QFETCH(int, status);
        QFETCH(int, attempts);
        static QSet<QString> messages;
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(number)));
        QCOMPARE(call->httpStatus(), status);
        QCOMPARE(call->attempts(), attempts);
        if (status == 200) {
            QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
            const RoamingStatus *roaming = call->roamingStatus();
            QVERIFY(roaming);
            QCOMPARE(roaming->roaming, number.endsWith(QLatin1String("1000")));
            if (roaming->roaming) {
                QVERIFY(roaming->countryCode.has_value());
                QVERIFY(roaming->countryName.has_value());
            }
            return;
        }
        const ApiError error = call->error();
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.code.isEmpty());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.correlator, call->correlator());
        const QString message = error.userMessage();
        QVERIFY2(!messages.contains(message), qPrintable(message)); // each error device reads differently
        messages.insert(message);
    }

    void subscriptionLifecycle_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("nacHeaders");
        QTest::newRow("v0.7 bearer") << "v0.7" << false;
        QTest::newRow("v0.8 bearer") << "v0.8" << false;
        QTest::newRow("v0.7 rapidapi") << "v0.7" << true;
    }

    void subscriptionLifecycle()
    {
        QFETCH(QString, version);
        QFETCH(bool, nacHeaders);
        Environment environment = m_client->environment();
        if (nacHeaders) {
            environment = Environment::networkAsCode(EnvironmentKind::NacProd, QStringLiteral("sim-token-1"));
            environment.apiRoot = m_simulator->apiRoot();
        }
        environment.subscriptionsVersion = version;
        m_client->setEnvironment(environment);
        TrafficLogModel log;
        m_client->setTrafficLog(&log);

        SubscriptionRequest request;
        request.sink = QStringLiteral("https://127.0.0.1:9/notify"); // nobody there; delivery is not under test
        request.types = {eventtype::toWire(EventType::RoamingStatus)};
        request.config.device = phone(QStringLiteral("+99999991000"));
        request.config.subscriptionMaxEvents = 5;
        request.config.subscriptionExpireTime = QDateTime::currentDateTimeUtc().addDays(1);
        SinkCredential credential;
        credential.accessToken = QStringLiteral("sink-token-xyz");
        credential.accessTokenExpiresUtc = QDateTime::currentDateTimeUtc().addDays(1);
        request.sinkCredential = credential;

        ApiCall *created = waitFor(m_client->createSubscription(request));
        QVERIFY2(created->ok(), qPrintable(created->error().userMessage()));
        QCOMPARE(created->httpStatus(), 201);
        const Subscription *subscription = created->subscription();
        QVERIFY(subscription);
        QVERIFY(!subscription->id.isEmpty());
        QCOMPARE(subscription->types, request.types);
        QCOMPARE(subscription->config.subscriptionMaxEvents, std::optional<int>(5));
        const QString id = subscription->id;

        ApiCall *listed = waitFor(m_client->listSubscriptions());
        QVERIFY2(listed->ok(), qPrintable(listed->error().userMessage()));
        QVERIFY(std::any_of(listed->subscriptions()->begin(), listed->subscriptions()->end(),
            [&](const Subscription &s) { return s.id == id; }));

        ApiCall *got = waitFor(m_client->getSubscription(id));
        QVERIFY2(got->ok(), qPrintable(got->error().userMessage()));
        QCOMPARE(got->subscription()->id, id);

        ApiCall *deleted = waitFor(m_client->deleteSubscription(id));
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().userMessage()));
        QVERIFY(deleted->httpStatus() == 204 || deleted->httpStatus() == 202);

        ApiCall *gone = waitFor(m_client->getSubscription(id));
        QCOMPARE(gone->error().httpStatus, 404);
        QCOMPARE(gone->error().code, QStringLiteral("NOT_FOUND"));
        QCOMPARE(gone->attempts(), 1);

        // The inspector saw everything, with the sink token masked.
        QCOMPARE(log.rowCount(), 5);
        for (int row = 0; row < log.rowCount(); ++row) {
            const QString curl = log.curlCommand(row);
            QVERIFY(!curl.contains(QStringLiteral("sim-token-1")));
            QVERIFY(!curl.contains(QStringLiteral("sink-token-xyz")));
            QVERIFY(!log.data(log.index(row, 0), TrafficLogModel::ResponseBodyRole)
                         .toString()
                         .contains(QStringLiteral("sink-token-xyz")));
        }
        QVERIFY(log.curlCommand(0).contains(QStringLiteral("/") + version + QStringLiteral("/subscriptions")));
    }

    void wrongTokenIsUnauthenticated()
    {
        m_client->setEnvironment(Environment::simulator(m_simulator->apiRoot(), QStringLiteral("wrong")));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().httpStatus, 401);
        QCOMPARE(call->error().code, QStringLiteral("UNAUTHENTICATED"));
    }

    void keepAliveServesManyLookups()
    {
        int finished = 0;
        QList<ApiCall *> calls;
        for (int i = 0; i < 200; ++i) {
            ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991001")));
            connect(call, &ApiCall::finished, this, [&finished] { ++finished; });
            calls << call;
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 200, Wait);
        for (ApiCall *call : calls) {
            QVERIFY(call->ok());
            call->deleteLater();
        }
    }
};

QTEST_GUILESS_MAIN(TestClientSimulator)
#include "tst_client_simulator.moc"
