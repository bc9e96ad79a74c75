// RoamingClient against loopback fixtures that assert the exact requests and play faults.
#include "app/client/roamingclient.h"
#include "app/common/clock.h"
#include "clienttestutil.h"
#include "models/datetime.h"
#include "models/trafficlogmodel.h"
#include "tst_client_fixture.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::api;
using clienttest::phone;
using clienttest::Wait;
using clienttest::waitFor;

namespace {

QJsonValue json(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

RetryPolicy fastRetries(int maxRetries = 3)
{
    RetryPolicy policy;
    policy.maxRetries = maxRetries;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    return policy;
}

SubscriptionRequest seedSubscription()
{
    SubscriptionRequest request;
    request.sink = QStringLiteral("https://example.com/notify");
    request.types = {eventtype::toWire(EventType::RoamingStatus)};
    request.config.device = phone(QStringLiteral("+99999991000"));
    request.config.subscriptionExpireTime = rfc3339::parse(QStringLiteral("2030-01-02T03:04:05.000Z"));
    request.config.subscriptionMaxEvents = 5;
    request.config.initialEvent = true;
    SinkCredential credential;
    credential.accessToken = QStringLiteral("some-access-token");
    credential.accessTokenExpiresUtc = rfc3339::parse(QStringLiteral("2030-01-02T03:04:05.000Z"));
    request.sinkCredential = credential;
    return request;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fixture::HttpFixture> m_server;
    std::unique_ptr<RoamingClient> m_client;

    Environment bearerEnvironment(const QString &version = QStringLiteral("v0.7")) const
    {
        Environment environment = Environment::customBearer(QStringLiteral("fixture"),
            m_server->root(QStringLiteral("/device-status")), QStringLiteral("bearer-secret-123"));
        environment.subscriptionsVersion = version;
        return environment;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<fixture::HttpFixture>();
        m_client = std::make_unique<RoamingClient>();
        m_client->setEnvironment(bearerEnvironment());
        m_client->setRetryPolicy(fastRetries());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void retrieveSendsRequestPerEnvironment_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("rapidApiHost");
        QTest::newRow("nac prod") << int(EnvironmentKind::NacProd) << QByteArray("network-as-code.nokia.rapidapi.com");
        QTest::newRow("nac staging") << int(EnvironmentKind::NacStaging)
                                     << QByteArray("network-as-code.nokia-stage.rapidapi.com");
        QTest::newRow("nac dev") << int(EnvironmentKind::NacDev)
                                 << QByteArray("network-as-code1.nokia-dev.rapidapi.com");
        QTest::newRow("custom bearer") << int(EnvironmentKind::Custom) << QByteArray();
        QTest::newRow("simulator") << int(EnvironmentKind::Simulator) << QByteArray();
    }

    void retrieveSendsRequestPerEnvironment()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, rapidApiHost);
        Environment environment;
        if (!rapidApiHost.isEmpty()) {
            environment = Environment::networkAsCode(EnvironmentKind(kind), QStringLiteral("nac-key-456"));
            QCOMPARE(environment.apiRoot.toString(),
                Environment::nacBaseUrl(EnvironmentKind(kind)) + QStringLiteral("/device-status"));
            environment.apiRoot = m_server->root(QStringLiteral("/device-status")); // same path, local host
        } else if (EnvironmentKind(kind) == EnvironmentKind::Simulator) {
            environment = Environment::simulator(m_server->root(QStringLiteral("/device-status")));
        } else {
            environment = bearerEnvironment();
        }
        m_client->setEnvironment(environment);
        m_server->enqueue(
            fixture::Response::json(200, testsupport::readData(QStringLiteral("client/status-roaming.json"))));

        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(m_server->requests.size(), 1);
        const fixture::Request &request = m_server->requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QStringLiteral("/device-status/device-roaming-status/v1/retrieve"));
        QCOMPARE(json(request.body), json("{\"device\":{\"phoneNumber\":\"+99999991000\"}}"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("x-correlator"), call->correlator().toLatin1());
        QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9-]{1,55}$")).match(call->correlator()).hasMatch());
        if (!rapidApiHost.isEmpty()) {
            QCOMPARE(request.header("X-RapidAPI-Key"), QByteArray("nac-key-456"));
            QCOMPARE(request.header("X-RapidAPI-Host"), rapidApiHost);
            QVERIFY(!request.hasHeader("Authorization"));
        } else if (EnvironmentKind(kind) == EnvironmentKind::Custom) {
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer bearer-secret-123"));
            QVERIFY(!request.hasHeader("X-RapidAPI-Key"));
        } else {
            QVERIFY(!request.hasHeader("Authorization"));
        }

        const RoamingStatus *status = call->roamingStatus();
        QVERIFY(status);
        QCOMPARE(status->roaming, true);
        QCOMPARE(status->countryCode, std::optional<int>(262));
        QCOMPARE(status->countryName, std::optional<QStringList>(QStringList{QStringLiteral("DE")}));
        QCOMPARE(call->httpStatus(), 200);
        QCOMPARE(call->responseBody(), testsupport::readData(QStringLiteral("client/status-roaming.json")));
        QCOMPARE(call->attempts(), 1);
    }

    void correlatorIsFreshPerCall()
    {
        ApiCall *first = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        ApiCall *second = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QVERIFY(first->correlator() != second->correlator());
        QCOMPARE(m_server->requests.at(0).header("x-correlator"), first->correlator().toLatin1());
        QCOMPARE(m_server->requests.at(1).header("x-correlator"), second->correlator().toLatin1());
    }

    void subscriptionOperationsUsePaths_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        for (const QString &version : {QStringLiteral("v0.7"), QStringLiteral("v0.8")}) {
            const QString base = QStringLiteral("/device-status/device-roaming-status-subscriptions/") + version
                + QStringLiteral("/subscriptions");
            QTest::addRow("%s create", qPrintable(version)) << version << "create" << QByteArray("POST") << base;
            QTest::addRow("%s list", qPrintable(version)) << version << "list" << QByteArray("GET") << base;
            QTest::addRow("%s get", qPrintable(version))
                << version << "get" << QByteArray("GET") << base + QStringLiteral("/qs15-h556-rt89-1298");
            QTest::addRow("%s delete", qPrintable(version))
                << version << "delete" << QByteArray("DELETE") << base + QStringLiteral("/qs15-h556-rt89-1298");
        }
    }

    void subscriptionOperationsUsePaths()
    {
        QFETCH(QString, version);
        QFETCH(QString, operation);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        m_client->setEnvironment(bearerEnvironment(version));
        const QByteArray one = testsupport::readData(QStringLiteral("client/subscription-201.json"));
        ApiCall *call = nullptr;
        if (operation == QLatin1String("create")) {
            m_server->enqueue(fixture::Response::json(201, one));
            call = m_client->createSubscription(seedSubscription());
        } else if (operation == QLatin1String("list")) {
            m_server->enqueue(
                fixture::Response::json(200, testsupport::readData(QStringLiteral("client/subscription-list.json"))));
            call = m_client->listSubscriptions();
        } else if (operation == QLatin1String("get")) {
            m_server->enqueue(fixture::Response::json(200, one));
            call = m_client->getSubscription(QStringLiteral("qs15-h556-rt89-1298"));
        } else {
            m_server->enqueue(fixture::Response::json(204, {}));
            call = m_client->deleteSubscription(QStringLiteral("qs15-h556-rt89-1298"));
        }
        waitFor(call);
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(m_server->requests.size(), 1);
        QCOMPARE(m_server->requests.first().method, method);
        QCOMPARE(m_server->requests.first().path(), path);
        QCOMPARE(m_server->requests.first().header("Authorization"), QByteArray("Bearer bearer-secret-123"));
        if (operation == QLatin1String("list")) {
            QVERIFY(call->subscriptions());
            QCOMPARE(call->subscriptions()->size(), 2);
            QCOMPARE(call->subscriptions()->at(1).id, QStringLiteral("qs15-h556-rt89-1299"));
            QCOMPARE(call->subscriptions()->at(0).config.subscriptionMaxEvents, std::optional<int>());
        } else if (operation == QLatin1String("delete")) {
            QVERIFY(std::holds_alternative<NoContent>(call->result()));
            QVERIFY(m_server->requests.first().body.isEmpty());
        } else {
            QVERIFY(call->subscription());
            QCOMPARE(call->subscription()->id, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
            QCOMPARE(call->subscription()->status, std::optional<SubscriptionStatus>(SubscriptionStatus::Active));
        }
    }

    void createSendsBodyAsTheSdk()
    {
        m_server->enqueue(
            fixture::Response::json(201, testsupport::readData(QStringLiteral("client/subscription-201.json"))));
        ApiCall *call = waitFor(m_client->createSubscription(seedSubscription()));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(json(m_server->requests.first().body),
            json(testsupport::readData(QStringLiteral("client/create-request.json"))));
    }

    void createWithoutOptionalsOmitsThem()
    {
        SubscriptionRequest request;
        request.sink = QStringLiteral("https://example.com/notify");
        request.types = {eventtype::toWire(EventType::RoamingOn)};
        request.config.device = phone(QStringLiteral("+99999991000"));
        m_server->enqueue(
            fixture::Response::json(201, testsupport::readData(QStringLiteral("client/subscription-201.json"))));
        waitFor(m_client->createSubscription(request));
        const QJsonObject body = json(m_server->requests.first().body).toObject();
        QVERIFY(!body.contains(QStringLiteral("sinkCredential")));
        const QJsonObject config = body.value(QStringLiteral("config")).toObject();
        QVERIFY(!config.contains(QStringLiteral("subscriptionExpireTime")));
        QVERIFY(!config.contains(QStringLiteral("subscriptionMaxEvents")));
        QVERIFY(!config.contains(QStringLiteral("initialEvent")));
    }

    void asyncAnswersAreAccepted_data()
    {
        QTest::addColumn<bool>("create");
        QTest::newRow("create 202") << true;
        QTest::newRow("delete 202") << false;
    }

    void asyncAnswersAreAccepted()
    {
        QFETCH(bool, create);
        m_server->enqueue(fixture::Response::json(202, "{\"id\":\"async-42\"}"));
        ApiCall *call = waitFor(create ? m_client->createSubscription(seedSubscription())
                                       : m_client->deleteSubscription(QStringLiteral("async-42")));
        QVERIFY(call->ok());
        QVERIFY(call->accepted());
        QCOMPARE(call->accepted()->id, QStringLiteral("async-42"));
    }

    void emptyListIsAnEmptyList()
    {
        m_server->enqueue(fixture::Response::json(200, "[]"));
        ApiCall *call = waitFor(m_client->listSubscriptions());
        QVERIFY(call->ok());
        QVERIFY(call->subscriptions());
        QVERIFY(call->subscriptions()->isEmpty());
    }

    void httpErrorsBecomeApiErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("400") << 400 << QByteArray("INVALID_ARGUMENT");
        QTest::newRow("401") << 401 << QByteArray("UNAUTHENTICATED");
        QTest::newRow("403") << 403 << QByteArray("PERMISSION_DENIED");
        QTest::newRow("404") << 404 << QByteArray("IDENTIFIER_NOT_FOUND");
        QTest::newRow("409") << 409 << QByteArray("ALREADY_EXISTS");
        QTest::newRow("410") << 410 << QByteArray("GONE");
        QTest::newRow("422") << 422 << QByteArray("SERVICE_NOT_APPLICABLE");
        QTest::newRow("429") << 429 << QByteArray("TOO_MANY_REQUESTS");
        QTest::newRow("500") << 500 << QByteArray("INTERNAL");
        QTest::newRow("502") << 502 << QByteArray("BAD_GATEWAY");
        QTest::newRow("503") << 503 << QByteArray("UNAVAILABLE");
        QTest::newRow("504") << 504 << QByteArray("TIMEOUT");
    }

    void httpErrorsBecomeApiErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        static QSet<QString> messages;
        m_client->setRetryPolicy(RetryPolicy::none());
        m_server->enqueue(fixture::Response::camaraError(status, code, "server says no"));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QVERIFY(!call->ok());
        const ApiError error = call->error();
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, QString::fromLatin1(code));
        QCOMPARE(error.message, QStringLiteral("server says no"));
        QCOMPARE(error.correlator, call->correlator());
        QVERIFY(!error.isTransport());
        const QString message = error.userMessage();
        QVERIFY(message.contains(QString::number(status)));
        QVERIFY2(!messages.contains(message), qPrintable(message));
        messages.insert(message);
        QCOMPARE(call->attempts(), 1);
    }

    void nonJsonErrorBodyStillYieldsTheCode()
    {
        m_client->setRetryPolicy(RetryPolicy::none());
        m_server->enqueue(fixture::Response::json(502, "<html>Bad Gateway</html>"));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().httpStatus, 502);
        QCOMPARE(call->error().code, ApiError::defaultCode(502));
    }

    void retriesOn503ThenSucceeds()
    {
        m_server->enqueue(fixture::Response::camaraError(503, "UNAVAILABLE", "Network issue"));
        m_server->enqueue(fixture::Response::json(200, "{\"roaming\":false}"));
        ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991001")));
        QSignalSpy retrying(call, &ApiCall::retrying);
        waitFor(call);
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(call->retryDelaysMs().size(), 1);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(0).toInt(), 2);
        QCOMPARE(m_server->requests.size(), 2);
        // The same logical call keeps its correlator across attempts.
        QCOMPARE(m_server->requests.at(0).header("x-correlator"), m_server->requests.at(1).header("x-correlator"));
    }

    void retriesAreBounded_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void retriesAreBounded()
    {
        QFETCH(int, status);
        m_client->setRetryPolicy(fastRetries(2));
        m_server->fallback = fixture::Response::camaraError(status, "X", "still failing");
        ApiCall *call = waitFor(m_client->getSubscription(QStringLiteral("abc")));
        QCOMPARE(call->error().httpStatus, status);
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(m_server->requests.size(), 3);
        for (int delay : call->retryDelaysMs())
            QVERIFY(delay >= 0 && delay <= 20);
    }

    void createIsNotRepeatedOn503()
    {
        m_server->fallback = fixture::Response::camaraError(503, "UNAVAILABLE", "Network issue");
        ApiCall *call = waitFor(m_client->createSubscription(seedSubscription()));
        QCOMPARE(call->error().httpStatus, 503);
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void nonRetryableStatusIsNotRepeated()
    {
        m_server->fallback = fixture::Response::camaraError(500, "INTERNAL", "boom");
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->attempts(), 1);
    }

    void retryAfterIsHonouredOn429()
    {
        fixture::Response limited = fixture::Response::camaraError(429, "TOO_MANY_REQUESTS", "Rate limit reached.");
        limited.headers = {{"Retry-After", "1"}};
        m_server->enqueue(limited);
        m_server->enqueue(fixture::Response::json(200, "{\"roaming\":true,\"countryCode\":901,\"countryName\":[]}"));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(call->retryDelaysMs(), QList<int>{1000});
        QCOMPARE(call->roamingStatus()->countryName, std::optional<QStringList>(QStringList{}));
    }

    void retryAfterAsPastDateRetriesAtOnce()
    {
        fixture::Response limited = fixture::Response::camaraError(429, "QUOTA_EXCEEDED", "Out of resource quota.");
        limited.headers = {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}};
        m_server->enqueue(limited);
        // 429 means "not processed": even a create may be repeated.
        m_server->enqueue(
            fixture::Response::json(201, testsupport::readData(QStringLiteral("client/subscription-201.json"))));
        ApiCall *call = waitFor(m_client->createSubscription(seedSubscription()));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(call->retryDelaysMs(), QList<int>{0});
    }

    void retryAfterBeyondTheCapFails()
    {
        fixture::Response limited = fixture::Response::camaraError(429, "TOO_MANY_REQUESTS", "Rate limit reached.");
        limited.headers = {{"Retry-After", "3600"}};
        m_server->fallback = limited;
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().httpStatus, 429);
        QCOMPARE(call->error().code, QStringLiteral("TOO_MANY_REQUESTS"));
        QCOMPARE(call->attempts(), 1);
    }

    void malformedJsonIsInvalidBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("operation");
        QTest::newRow("syntax") << QByteArray("{roaming: yes") << "status";
        QTest::newRow("empty") << QByteArray() << "status";
        QTest::newRow("wrong type") << QByteArray("{\"roaming\":\"yes\"}") << "status";
        QTest::newRow("array for status") << QByteArray("[]") << "status";
        QTest::newRow("object for list") << QByteArray("{}") << "list";
        QTest::newRow("subscription without id") << QByteArray("{\"sink\":\"https://a.example\"}") << "get";
    }

    void malformedJsonIsInvalidBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, operation);
        m_server->enqueue(fixture::Response::json(200, body));
        ApiCall *call = operation == QLatin1String("status")
            ? m_client->retrieveStatus(phone(QStringLiteral("+99999991000")))
            : operation == QLatin1String("list") ? m_client->listSubscriptions()
                                                 : m_client->getSubscription(QStringLiteral("x"));
        waitFor(call);
        QVERIFY(!call->ok());
        QCOMPARE(call->error().transport, ApiError::Transport::InvalidBody);
        QCOMPARE(call->error().httpStatus, 200);
        QVERIFY(!call->error().userMessage().isEmpty());
        QCOMPARE(call->responseBody(), body);
    }

    void oversizedAnswerIsRefused()
    {
        m_client->setMaxResponseBytes(1024);
        m_server->enqueue(fixture::Response::json(200, "{\"roaming\":true,\"pad\":\"" + QByteArray(4096, 'x') + "\"}"));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().transport, ApiError::Transport::InvalidBody);
        QVERIFY(call->error().message.contains(QStringLiteral("1024")));
        QCOMPARE(call->attempts(), 1);
    }

    void truncatedBodyIsReported()
    {
        fixture::RawFixture raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 120\r\n\r\n"
                                "{\"roaming\":tr");
        Environment environment = Environment::simulator(raw.root(QStringLiteral("/device-status")));
        m_client->setEnvironment(environment);
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().transport, ApiError::Transport::Truncated);
        QCOMPARE(call->attempts(), 1);
        QVERIFY(!call->error().userMessage().isEmpty());
    }

    void connectionRefusedIsRetriedThenReported()
    {
        m_client->setRetryPolicy(fastRetries(2));
        m_client->setEnvironment(Environment::simulator(
            QUrl(QStringLiteral("http://127.0.0.1:%1/device-status").arg(fixture::closedPort()))));
        TrafficLogModel log;
        m_client->setTrafficLog(&log);
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().transport, ApiError::Transport::ConnectionRefused);
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.data(log.index(0, TrafficLogModel::StatusColumn), TrafficLogModel::RawValueRole).toInt(), 0);
        QVERIFY(!log.data(log.index(0, TrafficLogModel::StatusColumn)).toString().isEmpty());
    }

    void unknownHostIsReported()
    {
        m_client->setRetryPolicy(RetryPolicy::none());
        m_client->setEnvironment(Environment::customBearer(QStringLiteral("nowhere"),
            QUrl(QStringLiteral("http://roamdesk-no-such-host.invalid/device-status")), QStringLiteral("t")));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().transport, ApiError::Transport::HostNotFound);
    }

    void tlsFailureIsReported()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        // https to a plain-HTTP server: the handshake cannot succeed.
        fixture::RawFixture plain("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", true);
        QUrl root = plain.root(QStringLiteral("/device-status"));
        root.setScheme(QStringLiteral("https"));
        m_client->setRetryPolicy(RetryPolicy::none());
        m_client->setEnvironment(Environment::customBearer(QStringLiteral("tls"), root, QStringLiteral("t")));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(call->error().transport, ApiError::Transport::Tls);
        QVERIFY(!call->error().userMessage().isEmpty());
    }

    void slowAnswerWithinTheTimeoutSucceeds()
    {
        fixture::Response slow = fixture::Response::json(200, "{\"roaming\":false}");
        slow.delayMs = 300;
        m_server->enqueue(slow);
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QVERIFY(call->ok());
    }

    void slowAnswerBeyondTheTimeoutTimesOut()
    {
        fixture::Response slow = fixture::Response::json(200, "{\"roaming\":false}");
        slow.delayMs = 3000;
        m_server->enqueue(slow);
        Environment environment = bearerEnvironment();
        environment.timeoutMs = 200;
        m_client->setEnvironment(environment);
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QCOMPARE(call->error().transport, ApiError::Transport::Timeout);
        QCOMPARE(call->attempts(), 1); // a timeout is not repeated: the user waited long enough
    }

    void serverThatNeverAnswersTimesOut()
    {
        fixture::RawFixture silent({});
        Environment environment = Environment::simulator(silent.root(QStringLiteral("/device-status")));
        environment.timeoutMs = 250;
        m_client->setEnvironment(environment);
        ApiCall *call = waitFor(m_client->listSubscriptions());
        QCOMPARE(call->error().transport, ApiError::Transport::Timeout);
        QCOMPARE(silent.requests, 1);
    }

    void cancelStopsACallInFlight()
    {
        fixture::Response never;
        never.never = true;
        m_server->enqueue(never);
        TrafficLogModel log;
        m_client->setTrafficLog(&log);
        ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991000")));
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, Wait);
        QCOMPARE(m_client->pendingCalls().size(), 1);
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(call->isCancelled());
        QCOMPARE(call->error().transport, ApiError::Transport::Cancelled);
        call->cancel(); // idempotent
        QCOMPARE(finished.count(), 1);
        QVERIFY(m_client->pendingCalls().isEmpty());
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(log.data(log.index(0, 0), TrafficLogModel::IsFailureRole).toBool());
    }

    void cancelDuringBackoffStopsRetrying()
    {
        RetryPolicy slow = fastRetries(3);
        slow.baseDelayMs = 60000;
        slow.maxDelayMs = 60000;
        m_client->setRetryPolicy(slow);
        m_server->fallback = fixture::Response::camaraError(503, "UNAVAILABLE", "Network issue");
        ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991000")));
        QSignalSpy retrying(call, &ApiCall::retrying);
        QTRY_COMPARE_WITH_TIMEOUT(retrying.count(), 1, Wait);
        m_client->cancelAll();
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().transport, ApiError::Transport::Cancelled);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void invalidInputIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("argument");
        QTest::newRow("phone without +") << "status"
                                         << "99999991000";
        QTest::newRow("phone too short") << "status"
                                         << "+1234";
        QTest::newRow("empty device") << "status"
                                      << "";
        QTest::newRow("get empty id") << "get"
                                      << "";
        QTest::newRow("get id with slash") << "get"
                                           << "a/b";
        QTest::newRow("delete id with space") << "delete"
                                              << "a b";
        QTest::newRow("create past expiry") << "create"
                                            << "";
    }

    void invalidInputIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, operation);
        QFETCH(QString, argument);
        ApiCall *call = nullptr;
        if (operation == QLatin1String("status")) {
            call = m_client->retrieveStatus(phone(argument));
        } else if (operation == QLatin1String("get")) {
            call = m_client->getSubscription(argument);
        } else if (operation == QLatin1String("delete")) {
            call = m_client->deleteSubscription(argument);
        } else {
            SubscriptionRequest request = seedSubscription();
            request.config.subscriptionExpireTime = QDateTime::currentDateTimeUtc().addDays(-1);
            call = m_client->createSubscription(request);
        }
        QVERIFY(!call->isFinished()); // finishes asynchronously, so the caller can connect first
        waitFor(call);
        QCOMPARE(call->error().httpStatus, 400);
        QCOMPARE(call->error().code, QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(call->attempts(), 0);
        QVERIFY(m_server->requests.isEmpty());
    }

    void unusableEnvironmentFailsWithoutSending()
    {
        Environment environment = Environment::networkAsCode(EnvironmentKind::NacProd); // no key
        environment.apiRoot = m_server->root(QStringLiteral("/device-status"));
        m_client->setEnvironment(environment);
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QVERIFY(!call->ok());
        QVERIFY(call->error().message.contains(QStringLiteral("X-RapidAPI-Key")));
        QVERIFY(m_server->requests.isEmpty());
    }

    void oauth2TokenIsFetchedOnceAndCachedUntilExpiry()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        m_client->setClock(&clock);
        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(200, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
            fixture::Response::json(
                200, "{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}")};
        m_client->setEnvironment(Environment::customOAuth2(QStringLiteral("oauth"),
            m_server->root(QStringLiteral("/camara")), m_server->root(QStringLiteral("/oauth/token")),
            QStringLiteral("client-1"), QStringLiteral("s3cr3t:&"), QStringLiteral("device-roaming-status:read")));

        TrafficLogModel log;
        m_client->setTrafficLog(&log);
        // Two calls at once share one token request.
        ApiCall *first = m_client->retrieveStatus(phone(QStringLiteral("+99999991000")));
        ApiCall *second = m_client->listSubscriptions();
        waitFor(first);
        waitFor(second);
        QVERIFY2(first->ok(), qPrintable(first->error().userMessage()));
        QVERIFY2(second->ok() || second->error().transport == ApiError::Transport::InvalidBody,
            qPrintable(second->error().userMessage()));
        const QList<fixture::Request> tokenRequests = m_server->requestsTo(QStringLiteral("/oauth/token"));
        QCOMPARE(tokenRequests.size(), 1);
        QCOMPARE(tokenRequests.first().method, QByteArray("POST"));
        QCOMPARE(tokenRequests.first().header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(
            tokenRequests.first().header("Authorization"), "Basic " + QByteArray("client-1:s3cr3t%3A%26").toBase64());
        QCOMPARE(
            tokenRequests.first().body, QByteArray("grant_type=client_credentials&scope=device-roaming-status:read"));
        const QList<fixture::Request> apiRequests =
            m_server->requestsTo(QStringLiteral("/camara/device-roaming-status/v1/retrieve"));
        QCOMPARE(apiRequests.size(), 1);
        QCOMPARE(apiRequests.first().header("Authorization"), QByteArray("Bearer tok-1"));

        // The token exchange is in the inspector, with the client secret and the token masked.
        QCOMPARE(log.rowCount(), 3);
        for (int row = 0; row < log.rowCount(); ++row) {
            for (int role : {int(TrafficLogModel::RequestHeadersRole), int(TrafficLogModel::RequestBodyRole),
                     int(TrafficLogModel::ResponseBodyRole), int(TrafficLogModel::ResponseHeadersRole)}) {
                const QString text = log.data(log.index(row, 0), role).toString();
                QVERIFY2(!text.contains(QStringLiteral("tok-1")), qPrintable(text));
                QVERIFY(!text.contains(QString::fromLatin1(QByteArray("client-1:s3cr3t%3A%26").toBase64())));
            }
            QVERIFY(!log.curlCommand(row).contains(QStringLiteral("tok-1")));
        }
        QVERIFY(log.curlCommand(0).contains(QStringLiteral("/oauth/token")));
        QVERIFY(log.curlCommand(0, true).contains(QString::fromLatin1(QByteArray("client-1:s3cr3t%3A%26").toBase64())));

        clock.advance(3000 * 1000); // still valid
        waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 1);

        clock.advance(600 * 1000); // past expiry
        ApiCall *third = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991000"))));
        QVERIFY(third->ok());
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 2);
        QCOMPARE(m_server->requests.last().header("Authorization"), QByteArray("Bearer tok-2"));
        m_client->setClock(nullptr);
    }

    void oauth2RefreshesOnceOn401()
    {
        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(200, "{\"access_token\":\"old\",\"expires_in\":3600}"),
            fixture::Response::json(200, "{\"access_token\":\"new\",\"expires_in\":3600}")};
        const QString retrieve = QStringLiteral("/camara/device-roaming-status/v1/retrieve");
        m_server->byPath[retrieve] = {fixture::Response::camaraError(401, "UNAUTHENTICATED", "expired"),
            fixture::Response::json(200, "{\"roaming\":false}")};
        m_client->setEnvironment(
            Environment::customOAuth2(QStringLiteral("oauth"), m_server->root(QStringLiteral("/camara")),
                m_server->root(QStringLiteral("/oauth/token")), QStringLiteral("id"), QStringLiteral("secret")));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 2);
        QCOMPARE(m_server->requestsTo(retrieve).last().header("Authorization"), QByteArray("Bearer new"));
    }

    void oauth2TokenEndpointRefusalIsAnAuthenticationError()
    {
        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(401, "{\"error\":\"invalid_client\"}")};
        m_client->setEnvironment(
            Environment::customOAuth2(QStringLiteral("oauth"), m_server->root(QStringLiteral("/camara")),
                m_server->root(QStringLiteral("/oauth/token")), QStringLiteral("id"), QStringLiteral("wrong")));
        ApiCall *call = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QCOMPARE(call->error().httpStatus, 401);
        QCOMPARE(call->error().code, QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(call->error().message.contains(QStringLiteral("invalid_client")));
        QCOMPARE(m_server->requestsTo(QStringLiteral("/camara/device-roaming-status/v1/retrieve")).size(), 0);
    }

    void oauth2SecretIsNotSentInClearToAnotherHost()
    {
        // 0.0.0.0 is not a loopback name, yet connecting to it reaches this machine: the fixture would see the
        // secret if it were sent.
        QUrl tokenUrl = m_server->root(QStringLiteral("/oauth/token"));
        tokenUrl.setHost(QStringLiteral("0.0.0.0"));
        m_server->byPath[QStringLiteral("/oauth/token")] = {
            fixture::Response::json(200, "{\"access_token\":\"tok\",\"expires_in\":3600}")};
        m_server->byPath[QStringLiteral("/camara/device-roaming-status/v1/retrieve")] = {
            fixture::Response::json(200, "{\"roaming\":false}")};
        Environment environment = Environment::customOAuth2(QStringLiteral("oauth"),
            m_server->root(QStringLiteral("/camara")), tokenUrl, QStringLiteral("id"), QStringLiteral("secret"));
        m_client->setEnvironment(environment);
        ApiCall *refused = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QVERIFY(!refused->ok());
        QVERIFY(refused->refusedBeforeSending());
        QVERIFY2(refused->error().message.contains(QStringLiteral("https")), qPrintable(refused->error().message));
        QVERIFY(m_server->requests.isEmpty());

        environment.allowInsecureTokenUrl = true; // the user insists
        m_client->setEnvironment(environment);
        ApiCall *sent = waitFor(m_client->retrieveStatus(phone(QStringLiteral("+99999991001"))));
        QVERIFY2(sent->ok(), qPrintable(sent->error().userMessage()));
        QCOMPARE(m_server->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
    }

    void trafficIsRecordedWithSecretsMasked()
    {
        TrafficLogModel log;
        m_client->setTrafficLog(&log);
        QSignalSpy recorded(m_client.get(), &RoamingClient::exchangeRecorded);
        Environment environment =
            Environment::networkAsCode(EnvironmentKind::NacProd, QStringLiteral("nac-key-SECRET"));
        environment.apiRoot = m_server->root(QStringLiteral("/device-status"));
        m_client->setEnvironment(environment);
        m_server->enqueue(
            fixture::Response::json(201, testsupport::readData(QStringLiteral("client/subscription-201.json"))));
        ApiCall *call = waitFor(m_client->createSubscription(seedSubscription()));
        QVERIFY(call->ok());
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(log.rowCount(), 1);

        const QModelIndex row = log.index(0, 0);
        QCOMPARE(log.data(log.index(0, TrafficLogModel::MethodColumn)).toString(), QStringLiteral("POST"));
        QCOMPARE(log.data(log.index(0, TrafficLogModel::StatusColumn)).toString(), QStringLiteral("201"));
        QCOMPARE(log.data(log.index(0, TrafficLogModel::CorrelatorColumn)).toString(), call->correlator());
        QVERIFY(
            log.data(log.index(0, TrafficLogModel::LatencyColumn), TrafficLogModel::RawValueRole).toLongLong() >= 0);
        const QString requestHeaders = log.data(row, TrafficLogModel::RequestHeadersRole).toString();
        // Header names as QNetworkRequest lists them: as set on Qt 6.4, in lower case on 6.8.
        QVERIFY(requestHeaders.contains(QStringLiteral("X-RapidAPI-Key: ${ROAMDESK_API_KEY}"), Qt::CaseInsensitive));
        QVERIFY(requestHeaders.contains(
            QStringLiteral("X-RapidAPI-Host: network-as-code.nokia.rapidapi.com"), Qt::CaseInsensitive));
        const QByteArray requestBody = log.data(row, TrafficLogModel::RequestBodyRole).toByteArray();
        QVERIFY(requestBody.contains("${SINK_ACCESS_TOKEN}"));
        QVERIFY(requestBody.contains("+99999991000"));

        // No role of any column shows a secret.
        for (int column = 0; column < TrafficLogModel::ColumnCount; ++column) {
            for (int role = Qt::DisplayRole; role <= TrafficLogModel::IsFailureRole; ++role) {
                const QString text = log.data(log.index(0, column), role).toString();
                QVERIFY(!text.contains(QStringLiteral("nac-key-SECRET")));
                QVERIFY(!text.contains(QStringLiteral("some-access-token")));
            }
        }
        const QString curl = log.curlCommand(0);
        QVERIFY(!curl.contains(QStringLiteral("nac-key-SECRET")));
        QVERIFY(curl.contains(QStringLiteral("\"${ROAMDESK_API_KEY}\"")));
        const QString revealed = log.curlCommand(0, true);
        QVERIFY(revealed.contains(QStringLiteral("nac-key-SECRET")));
        QVERIFY(revealed.contains(QStringLiteral("some-access-token")));
    }

    void manyCallsInParallelAllFinish()
    {
        QList<ApiCall *> calls;
        for (int i = 0; i < 40; ++i)
            calls << m_client->retrieveStatus(phone(QStringLiteral("+99999991001")));
        for (ApiCall *call : calls)
            waitFor(call);
        for (ApiCall *call : calls)
            QVERIFY(call->ok());
        QCOMPARE(m_server->requests.size(), 40);
        QVERIFY(m_client->pendingCalls().isEmpty());
    }

    void autoDeleteRemovesTheCallAfterFinished()
    {
        ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991001")));
        call->setAutoDelete(true);
        QPointer<ApiCall> watch(call);
        bool sawResult = false;
        connect(call, &ApiCall::finished, this, [&] { sawResult = call->roamingStatus() != nullptr; });
        QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), Wait);
        QVERIFY(sawResult);
    }

    void runningCallKeepsItsEnvironment()
    {
        fixture::Response slow = fixture::Response::json(200, "{\"roaming\":false}");
        slow.delayMs = 100;
        m_server->enqueue(slow);
        ApiCall *call = m_client->retrieveStatus(phone(QStringLiteral("+99999991001")));
        m_client->setEnvironment(Environment::simulator(QUrl(QStringLiteral("http://127.0.0.1:1/x"))));
        waitFor(call);
        QVERIFY(call->ok());
        QCOMPARE(m_server->requests.first().header("Authorization"), QByteArray("Bearer bearer-secret-123"));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
