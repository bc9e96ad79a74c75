// SimulatedNetwork + NotificationDispatcher end to end: subscriptions created over real HTTP, CloudEvents delivered
// to a real QHttpServer sink in this test. Covers the notification scenarios of the subscriptions feature
// (roaming_status_subscriptions_08 … 14), initialEvent, ordering, retries, 410, v0.8 lifecycle and shutdown.
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "models/datetime.h"
#include "tst_simsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace roamdesk;
using namespace roamdesk::sim;
using simtest::HttpResult;

namespace {
constexpr int Timeout = 10000;
const QString Roaming = QStringLiteral("+99999991000"); // in DE (262), home FI
const QString AtHome = QStringLiteral("+99999991001"); // home DE
} // namespace

class TestSimulatedNetwork : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<simtest::Sink> m_sink;
    simtest::HttpClient m_http;

    SimulatedNetwork *net() const { return m_server->network(); }

    QString subscriptionsPath(bool v08 = false) const
    {
        return m_server->apiRoot().toString()
            + (v08 ? QStringLiteral("/device-roaming-status-subscriptions/v0.8/subscriptions")
                   : QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions"));
    }

    QJsonObject request(const char *type, const QString &phone, const QJsonObject &config = {},
        const QString &tokenExpiry = QStringLiteral("2099-01-01T00:00:00Z")) const
    {
        QJsonObject fullConfig{{QStringLiteral("subscriptionDetail"),
            QJsonObject{{QStringLiteral("device"), QJsonObject{{QStringLiteral("phoneNumber"), phone}}}}}};
        for (auto it = config.begin(); it != config.end(); ++it)
            fullConfig.insert(it.key(), it.value());
        return QJsonObject{{QStringLiteral("protocol"), QStringLiteral("HTTP")},
            {QStringLiteral("sink"), m_sink->url().toString()},
            {QStringLiteral("types"), QJsonArray{QString::fromLatin1(simtest::typeWire(type))}},
            {QStringLiteral("config"), fullConfig},
            {QStringLiteral("sinkCredential"),
                QJsonObject{{QStringLiteral("credentialType"), QStringLiteral("ACCESSTOKEN")},
                    {QStringLiteral("accessToken"), QStringLiteral("sink-token-123")},
                    {QStringLiteral("accessTokenExpiresUtc"), tokenExpiry},
                    {QStringLiteral("accessTokenType"), QStringLiteral("bearer")}}}};
    }

    QString subscribe(const QJsonObject &body, bool v08 = false)
    {
        const HttpResult r =
            m_http.send("POST", QUrl(subscriptionsPath(v08)), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return r.object().value(QStringLiteral("id")).toString();
    }
    QString subscribe(const char *type, const QString &phone, const QJsonObject &config = {}, bool v08 = false)
    {
        return subscribe(request(type, phone, config), v08);
    }

private Q_SLOTS:
    void init()
    {
        m_sink = std::make_unique<simtest::Sink>();
        m_server = std::make_unique<SimulatorServer>(&m_clock, nullptr);
        QVERIFY(m_server->listen());
        // Short backoff so retries happen within the test's patience; attempts stay bounded.
        net()->dispatcher()->setRetryPolicy({4, 10, 40, 5000});
    }
    void cleanup()
    {
        m_server.reset();
        m_sink.reset();
    }

    void roamingEvent_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("moveTo"); // 0 = home
        QTest::addColumn<int>("countryCode");
        QTest::addColumn<QStringList>("countryName");
        QTest::addColumn<int>("roaming"); // -1: no roaming member expected
        QTest::newRow("roaming_status_subscriptions_08_receive_notification_when_roaming_status_changed_to_on")
            << QByteArray("roaming-on") << AtHome << 208 << 0 << QStringList() << -1;
        QTest::newRow("roaming_status_subscriptions_09_receive_notification_when_roaming_status_changed_to_off")
            << QByteArray("roaming-off") << Roaming << 0 << 0 << QStringList() << -1;
        QTest::newRow("roaming_status_subscriptions_10_receive_notification_when_roaming_status_changed on")
            << QByteArray("roaming-status") << AtHome << 208 << 208 << QStringList{u"FR"_s} << 1;
        QTest::newRow("roaming_status_subscriptions_10_receive_notification_when_roaming_status_changed off")
            << QByteArray("roaming-status") << Roaming << 244 << 0 << QStringList() << 0; // 244 is its home
        QTest::newRow("roaming_status_subscriptions_11_receive_notification_when_roaming_change_country")
            << QByteArray("roaming-change-country") << Roaming << 340 << 340
            << QStringList{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s} << -1;
    }
    void roamingEvent()
    {
        QFETCH(QByteArray, type);
        QFETCH(QString, phone);
        QFETCH(int, moveTo);
        QFETCH(int, countryCode);
        QFETCH(QStringList, countryName);
        QFETCH(int, roaming);
        const QString id = subscribe(type.constData(), phone);
        QVERIFY(!id.isEmpty());
        QVERIFY(net()->moveDevice(phone, moveTo));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->received.size(), 1, Timeout);
        const simtest::Sink::Received &event = m_sink->received.first();
        QCOMPARE(event.type(), QString::fromLatin1(simtest::typeWire(type.constData())));
        QCOMPARE(event.authorization, QByteArray("Bearer sink-token-123"));
        QCOMPARE(event.contentType, QByteArray("application/cloudevents+json"));
        QVERIFY(!event.correlator.isEmpty());
        QCOMPARE(event.json.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(event.json.value(QStringLiteral("datacontenttype")).toString(), QStringLiteral("application/json"));
        QCOMPARE(event.json.value(QStringLiteral("source")).toString(),
            QStringLiteral("/device-status/device-roaming-status-subscriptions/v0.7/subscriptions/") + id);
        QVERIFY(!event.json.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(rfc3339::parse(event.json.value(QStringLiteral("time")).toString()), m_clock.now());
        const QJsonObject data = event.data();
        QCOMPARE(data.value(QStringLiteral("subscriptionId")).toString(), id);
        QCOMPARE(
            data.value(QStringLiteral("device")).toObject().value(QStringLiteral("phoneNumber")).toString(), phone);
        if (countryCode) {
            QCOMPARE(data.value(QStringLiteral("countryCode")).toInt(), countryCode);
            QCOMPARE(data.value(QStringLiteral("countryName")).toVariant().toStringList(), countryName);
        } else {
            QVERIFY(!data.contains(QStringLiteral("countryCode")));
        }
        if (roaming < 0)
            QVERIFY(!data.contains(QStringLiteral("roaming")));
        else
            QCOMPARE(data.value(QStringLiteral("roaming")).toBool(), roaming == 1);
        // Nothing more: one move, one event.
        QTRY_COMPARE_WITH_TIMEOUT(
            net()->dispatcher()->pendingCount(), 0, Timeout); // the last answer may still be on its way back
        QCOMPARE(m_sink->received.size(), 1);
    }

    void specWalkThrough() // the spec's DE -> FR -> BE -> DE example with every type subscribed
    {
        const QString status = subscribe("roaming-status", AtHome);
        const QString on = subscribe("roaming-on", AtHome);
        const QString off = subscribe("roaming-off", AtHome);
        const QString change = subscribe("roaming-change-country", AtHome);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QVERIFY(net()->moveDevice(AtHome, 206));
        QVERIFY(net()->moveDevice(AtHome, 262));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->received.size(), 5, Timeout);
        QCOMPARE(m_sink->typesFor(status), QStringList({u"roaming-status"_s, u"roaming-status"_s}));
        QCOMPARE(m_sink->typesFor(on), QStringList({u"roaming-on"_s}));
        QCOMPARE(m_sink->typesFor(off), QStringList({u"roaming-off"_s}));
        QCOMPARE(m_sink->typesFor(change), QStringList({u"roaming-change-country"_s}));
        const auto statusEvents = m_sink->eventsFor(status);
        QCOMPARE(statusEvents.at(0).data().value(QStringLiteral("roaming")).toBool(), true);
        QCOMPARE(statusEvents.at(0).data().value(QStringLiteral("countryCode")).toInt(), 208);
        QCOMPARE(statusEvents.at(1).data().value(QStringLiteral("roaming")).toBool(), false);
        QCOMPARE(m_sink->eventsFor(change).first().data().value(QStringLiteral("countryCode")).toInt(), 206);
    }

    void initialEvent_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("initialEvent");
        QTest::addColumn<bool>("expected");
        QTest::newRow("roaming-status, roaming") << QByteArray("roaming-status") << Roaming << true << true;
        QTest::newRow("roaming-status, home") << QByteArray("roaming-status") << AtHome << true << true;
        QTest::newRow("roaming-on, roaming") << QByteArray("roaming-on") << Roaming << true << true;
        QTest::newRow("roaming-on, home") << QByteArray("roaming-on") << AtHome << true << false;
        QTest::newRow("roaming-off, roaming") << QByteArray("roaming-off") << Roaming << true << false;
        QTest::newRow("roaming-off, home") << QByteArray("roaming-off") << AtHome << true << true;
        QTest::newRow("change-country, roaming") << QByteArray("roaming-change-country") << Roaming << true << false;
        QTest::newRow("change-country, home") << QByteArray("roaming-change-country") << AtHome << true << false;
        QTest::newRow("initialEvent false") << QByteArray("roaming-status") << Roaming << false << false;
    }
    void initialEvent()
    {
        QFETCH(QByteArray, type);
        QFETCH(QString, phone);
        QFETCH(bool, initialEvent);
        QFETCH(bool, expected);
        const QString id = subscribe(type.constData(), phone, {{QStringLiteral("initialEvent"), initialEvent}});
        QVERIFY(!id.isEmpty());
        // Whatever creation enqueued is in flight until the sink answered: idle means all of it arrived.
        QTRY_VERIFY_WITH_TIMEOUT(net()->dispatcher()->isIdle(), Timeout);
        const QStringList got = m_sink->typesFor(id);
        QCOMPARE(got.size(), expected ? 1 : 0);
        if (!expected)
            return;
        QCOMPARE(got.first(), QString::fromLatin1(type));
        const QJsonObject data = m_sink->eventsFor(id).first().data();
        if (type == "roaming-status") {
            QCOMPARE(data.value(QStringLiteral("roaming")).toBool(), phone == Roaming);
            if (phone == Roaming) {
                QCOMPARE(data.value(QStringLiteral("countryCode")).toInt(), 262);
                QCOMPARE(data.value(QStringLiteral("countryName")).toVariant().toStringList(), QStringList{u"DE"_s});
            }
        }
    }

    void maxEventsCountsInitialEvent() // roaming_status_subscriptions_13_subscription_end_when_max_events
    {
        const QString id = subscribe("roaming-status", Roaming,
            {{QStringLiteral("initialEvent"), true}, {QStringLiteral("subscriptionMaxEvents"), 1}});
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sink->typesFor(id), QStringList({u"roaming-status"_s, u"subscription-ends"_s}), Timeout);
        QCOMPARE(m_sink->eventsFor(id).last().data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("MAX_EVENTS_REACHED"));
        QCOMPARE(m_sink->eventsFor(id).last().authorization, QByteArray("Bearer sink-token-123"));
        QVERIFY(!net()->subscription(id));
        QCOMPARE(m_http.send("GET", QUrl(subscriptionsPath() + QLatin1Char('/') + id)).status, 404);
    }

    void maxEventsWithoutInitialEvent()
    {
        const QString id = subscribe("roaming-status", AtHome, {{QStringLiteral("subscriptionMaxEvents"), 2}});
        QVERIFY(net()->moveDevice(AtHome, 208));
        QVERIFY(net()->moveDevice(AtHome, 0));
        QVERIFY(net()->moveDevice(AtHome, 208)); // after the end: nothing
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id),
            QStringList({u"roaming-status"_s, u"roaming-status"_s, u"subscription-ends"_s}), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            net()->dispatcher()->pendingCount(), 0, Timeout); // the last answer may still be on its way back
        QCOMPARE(m_sink->received.size(), 3);
    }

    void expiry() // roaming_status_subscriptions_12_subscription_expiry
    {
        const QString expires = rfc3339::format(m_clock.now().addSecs(60));
        const QString id = subscribe("roaming-on", AtHome, {{QStringLiteral("subscriptionExpireTime"), expires}});
        QSignalSpy ended(net(), &SimulatedNetwork::subscriptionEnded);
        net()->checkTimers();
        QCOMPARE(ended.size(), 0);
        m_clock.advance(61000);
        net()->checkTimers();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("SUBSCRIPTION_EXPIRED"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"subscription-ends"_s}), Timeout);
        const QJsonObject data = m_sink->received.first().data();
        QCOMPARE(data.value(QStringLiteral("terminationReason")).toString(), QStringLiteral("SUBSCRIPTION_EXPIRED"));
        QCOMPARE(data.value(QStringLiteral("subscriptionId")).toString(), id);
        QVERIFY(!net()->subscription(id));
    }

    void sinkTokenExpiry()
    {
        const QString id = subscribe(request("roaming-on", AtHome, {}, rfc3339::format(m_clock.now().addSecs(30))));
        m_clock.advance(31000);
        net()->checkTimers();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"subscription-ends"_s}), Timeout);
        QCOMPARE(m_sink->received.first().data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("ACCESS_TOKEN_EXPIRED"));
    }

    void deleteSendsEnds() // roaming_status_subscriptions_14_subscription_delete_event_validation
    {
        const QString id = subscribe("roaming-on", AtHome);
        QCOMPARE(m_http.send("DELETE", QUrl(subscriptionsPath() + QLatin1Char('/') + id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"subscription-ends"_s}), Timeout);
        QCOMPARE(m_sink->received.first().data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("SUBSCRIPTION_DELETED"));
        QCOMPARE(m_http.send("GET", QUrl(subscriptionsPath() + QLatin1Char('/') + id)).status, 404);
    }

    void shutdownSendsNetworkTerminated()
    {
        const QString a = subscribe("roaming-on", AtHome);
        const QString b = subscribe("roaming-status", Roaming, {}, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->received.size(), 1, Timeout); // v0.8 subscription-started
        QSignalSpy stopped(m_server.get(), &SimulatorServer::stopped);
        m_server->shutdown(5000);
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!m_server->isListening());
        // shutdown() waited for the sinks: the events are already there.
        QCOMPARE(m_sink->typesFor(a), QStringList({u"subscription-ends"_s}));
        QCOMPARE(m_sink->typesFor(b), QStringList({u"subscription-started"_s, u"subscription-ended"_s}));
        for (const auto &event : m_sink->received) {
            if (event.shortType().startsWith(QLatin1String("subscription-end")))
                QCOMPARE(event.data().value(QStringLiteral("terminationReason")).toString(),
                    QStringLiteral("NETWORK_TERMINATED"));
        }
        QCOMPARE(net()->subscriptionCount(), 0);
    }

    void v08Lifecycle()
    {
        const QString id = subscribe("roaming-status", Roaming, {{QStringLiteral("initialEvent"), true}}, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sink->typesFor(id), QStringList({u"subscription-started"_s, u"roaming-status"_s}), Timeout);
        const auto started = m_sink->eventsFor(id).first();
        QCOMPARE(started.data().value(QStringLiteral("initiationReason")).toString(),
            QStringLiteral("SUBSCRIPTION_CREATED"));
        QCOMPARE(started.json.value(QStringLiteral("source")).toString(),
            QStringLiteral("/device-status/device-roaming-status-subscriptions/v0.8/subscriptions/") + id);
        QVERIFY(net()->setSubscriptionActive(id, false));
        QCOMPARE(net()->subscription(id)->status, SubscriptionStatus::Inactive);
        QVERIFY(net()->moveDevice(Roaming, 0)); // inactive: no roaming-status
        QVERIFY(net()->setSubscriptionActive(id, true));
        QVERIFY(net()->moveDevice(Roaming, 262));
        QCOMPARE(m_http.send("DELETE", QUrl(subscriptionsPath(true) + QLatin1Char('/') + id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id),
            QStringList({u"subscription-started"_s, u"roaming-status"_s, u"subscription-updated"_s,
                u"subscription-updated"_s, u"roaming-status"_s, u"subscription-ended"_s}),
            Timeout);
        const auto events = m_sink->eventsFor(id);
        QCOMPARE(events.at(2).data().value(QStringLiteral("updateReason")).toString(),
            QStringLiteral("SUBSCRIPTION_INACTIVE"));
        QCOMPARE(events.at(3).data().value(QStringLiteral("updateReason")).toString(),
            QStringLiteral("SUBSCRIPTION_ACTIVE"));
        QCOMPARE(events.at(5).data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("SUBSCRIPTION_DELETED"));
        // maxEvents counts roaming events only: lifecycle events do not use it up.
    }

    void oneAtATimeInOrder()
    {
        m_sink->defer = true;
        const QString id = subscribe("roaming-status", AtHome);
        for (int i = 0; i < 6; ++i)
            QVERIFY(net()->moveDevice(AtHome, i % 2 == 0 ? 208 : 0));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->pendingCount(), 1, Timeout);
        for (int delivered = 1; delivered < 6; ++delivered) {
            QCOMPARE(m_sink->received.size(), delivered); // the next waits for the answer
            m_sink->releaseOne();
            QTRY_COMPARE_WITH_TIMEOUT(m_sink->received.size(), delivered + 1, Timeout);
        }
        m_sink->releaseOne();
        QTRY_VERIFY_WITH_TIMEOUT(net()->dispatcher()->isIdle(), Timeout);
        QCOMPARE(m_sink->maxInFlight, 1);
        const auto events = m_sink->eventsFor(id);
        QCOMPARE(events.size(), 6);
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).data().value(QStringLiteral("roaming")).toBool(), i % 2 == 0);
    }

    void boundedQueueKeepsTermination()
    {
        auto policy = net()->dispatcher()->retryPolicy();
        policy.maxQueued = 3;
        net()->dispatcher()->setRetryPolicy(policy);
        m_sink->defer = true;
        QSignalSpy failed(net(), &SimulatedNetwork::deliveryFailed);
        const QString id = subscribe("roaming-status", AtHome);
        for (int i = 0; i < 6; ++i)
            QVERIFY(net()->moveDevice(AtHome, i % 2 == 0 ? 208 : 0));
        QCOMPARE(failed.size(), 3); // events 4..6 dropped at once
        QVERIFY(failed.first().at(4).toString().contains(QStringLiteral("queued")));
        QVERIFY(net()->deleteSubscription(id)); // the end is queued even though the queue is full
        QCOMPARE(net()->dispatcher()->pendingCount(id), 4);
        for (int i = 0; i < 4; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(m_sink->pendingCount(), 1, Timeout);
            m_sink->releaseOne();
        }
        QTRY_VERIFY_WITH_TIMEOUT(net()->dispatcher()->isIdle(), Timeout);
        QCOMPARE(m_sink->typesFor(id),
            QStringList({u"roaming-status"_s, u"roaming-status"_s, u"roaming-status"_s, u"subscription-ends"_s}));
    }

    void retriesOn5xxAnd429()
    {
        m_sink->statuses = {503, 429, 500};
        QSignalSpy delivered(net(), &SimulatedNetwork::notificationDelivered);
        const QString id = subscribe("roaming-on", AtHome);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, Timeout);
        QCOMPARE(m_sink->requests, 4);
        QCOMPARE(m_sink->typesFor(id), QStringList({u"roaming-on"_s}));
        QCOMPARE(delivered.first().at(0).toString(), id);
        QCOMPARE(delivered.first().at(3).toInt(), 204);
        QCOMPARE(net()->deliveredCount(), 1);
    }

    void givesUpAfterBoundedAttempts()
    {
        m_sink->statuses = {503, 503, 503, 503};
        QSignalSpy failed(net(), &SimulatedNetwork::deliveryFailed);
        const QString id = subscribe("roaming-on", AtHome);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QVERIFY(net()->moveDevice(AtHome, 0));
        QVERIFY(net()->moveDevice(AtHome, 206)); // the next one goes through after the give-up
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        QCOMPARE(failed.first().at(3).toInt(), 503);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"roaming-on"_s}), Timeout);
        QCOMPARE(m_sink->requests, 5); // 4 attempts + the next notification
        QVERIFY(net()->subscription(id)); // a failing sink does not end the subscription
    }

    void connectionRefusedIsRetriedThenGivenUp()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QJsonObject body = request("roaming-on", AtHome);
        body.insert(QStringLiteral("sink"), QStringLiteral("http://127.0.0.1:%1/gone").arg(port));
        QSignalSpy failed(net(), &SimulatedNetwork::deliveryFailed);
        subscribe(body);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        QCOMPARE(failed.first().at(3).toInt(), 0);
        QVERIFY(!failed.first().at(4).toString().isEmpty());
    }

    void stopsOnOther4xx()
    {
        m_sink->statuses = {400};
        QSignalSpy failed(net(), &SimulatedNetwork::deliveryFailed);
        const QString id = subscribe("roaming-status", AtHome);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QVERIFY(net()->moveDevice(AtHome, 0));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"roaming-status"_s}), Timeout);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(3).toInt(), 400);
        QCOMPARE(m_sink->requests, 2); // no retry of the 400
        QCOMPARE(m_sink->received.first().data().value(QStringLiteral("roaming")).toBool(), false);
    }

    void goneEndsSubscription()
    {
        m_sink->statuses = {410};
        QSignalSpy ended(net(), &SimulatedNetwork::subscriptionEnded);
        const QString id = subscribe("roaming-status", AtHome);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QVERIFY(net()->moveDevice(AtHome, 0)); // queued behind the 410: dropped
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Timeout);
        QCOMPARE(ended.first().at(0).toString(), id);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("SINK_GONE"));
        QTRY_VERIFY_WITH_TIMEOUT(net()->dispatcher()->isIdle(), Timeout);
        QCOMPARE(m_sink->requests, 1); // no subscription-ends to a sink that said Gone
        QVERIFY(!net()->subscription(id));
    }

    void networkSignals()
    {
        QSignalSpy moved(net(), &SimulatedNetwork::deviceMoved);
        QSignalSpy changed(net(), &SimulatedNetwork::subscriptionsChanged);
        QVERIFY(net()->moveDevice(AtHome, 208));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(0).toString(), AtHome);
        QCOMPARE(moved.first().at(1).toInt(), 0);
        QCOMPARE(moved.first().at(2).toInt(), 208);
        QVERIFY(net()->moveDevice(AtHome, 208)); // no change, no signal
        QCOMPARE(moved.size(), 1);
        subscribe("roaming-on", AtHome);
        QCOMPARE(changed.size(), 1);
        const auto devices = net()->devices();
        QCOMPARE(devices.size(), 13);
        QCOMPARE(net()->device(AtHome)->positionText(), QStringLiteral("208"));
        QCOMPARE(net()->device(Roaming)->currentMcc, 262);

        // Removing a device ends its subscriptions.
        const QString id = subscribe("roaming-status", Roaming);
        QVERIFY(net()->removeDevice(Roaming));
        QVERIFY(!net()->removeDevice(Roaming));
        QVERIFY(!net()->device(Roaming));
        QVERIFY(!net()->subscription(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->typesFor(id), QStringList({u"subscription-ends"_s}), Timeout);
        QCOMPARE(m_sink->received.last().data().value(QStringLiteral("terminationReason")).toString(),
            QStringLiteral("NETWORK_TERMINATED"));
        QCOMPARE(m_http
                     .send("POST",
                         QUrl(m_server->apiRoot().toString() + QStringLiteral("/device-roaming-status/v1/retrieve")),
                         R"({"device":{"phoneNumber":"+99999991000"}})")
                     .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedNetwork)
#include "tst_simulatednetwork.moc"
