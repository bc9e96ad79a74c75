// Session: the services behind the window, without widgets — embedded simulator, webhook receiver on its
// own thread with a temporary SQLite store, API client; subscriptions remembered across a restart.
#include "app/client/environmentstore.h"
#include "app/common/clock.h"
#include "app/session/apirequests.h"
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/simdevicemodel.h"
#include "models/subscriptiontablemodel.h"
#include "sessiontestutil.h"

#include <QAbstractItemModel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;

namespace {
constexpr int Timeout = 15000;

int rowsOfType(QAbstractItemModel *log, const QString &type)
{
    int typeColumn = -1;
    for (int c = 0; c < log->columnCount(); ++c) {
        if (log->headerData(c, Qt::Horizontal).toString() == QLatin1String("Type"))
            typeColumn = c;
    }
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        count += log->index(row, typeColumn).data().toString().endsWith(type) ? 1 : 0;
    return count;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsItsServices();
    void lookupAnswers_data();
    void lookupAnswers();
    void generatedTokensDiffer();
    void createdSubscriptionSurvivesRestart();
    void publicSinkUrlIsAnAllowedSink();
    void maxEventsEndsSubscription();
    void scenarioPlaysEveryMove();
    void environmentSwitch();
    void environmentSecretsStayOutOfSettings();
    void deletedSubscriptionRefusedAfterTheEndGrace();

private:
    std::unique_ptr<Session> startSession(const QString &db);
    QTemporaryDir m_dir;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSession::init()
{
    QSettings().clear();
}

std::unique_ptr<Session> TestSession::startSession(const QString &db)
{
    Session::Options options;
    options.receiver.databasePath = m_dir.filePath(db);
    options.receiver.port = 0;
    options.fastRetries = true;
    auto session = std::make_unique<Session>(options);
    QString error;
    if (!session->start(&error))
        qWarning("start: %s", qPrintable(error));
    return session;
}

void TestSession::startsItsServices()
{
    auto session = startSession(QStringLiteral("start.sqlite"));
    QVERIFY(session->simulator()->isRunning());
    QVERIFY(session->environments()->isSimulator());
    QCOMPARE(session->environments()->apiRoot(), session->simulator()->apiRoot());
    QCOMPARE(session->simulator()->apiRoot().host(), QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiver()->isListening(), Timeout);
    QCOMPARE(session->receiver()->sinkUrl().path(), QStringLiteral("/notifications"));
    QCOMPARE(session->receiver()->sinkUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(session->receiver()->sinkUrl().port() > 0);
    // The seed devices are listed with their positions.
    QVERIFY(session->simulator()->deviceModel()->rowOf(QStringLiteral("+99999991000")) >= 0);
    QVERIFY(session->simulator()
                ->deviceModel()
                ->entryAt(session->simulator()->deviceModel()->rowOf(QStringLiteral("+99999991000")))
                ->roaming());
    QVERIFY(session->simulator()->scenarioNames().contains(QStringLiteral("europe-tour")));
}

void TestSession::lookupAnswers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("status"); // 0: success
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("attempts");
    QTest::newRow("roaming") << "+99999991000" << 0 << QString() << 0;
    QTest::newRow("404") << "+99999990404" << 404 << "IDENTIFIER_NOT_FOUND" << 1;
    QTest::newRow("503 retried") << "+99999990503" << 503 << "UNAVAILABLE" << 4;
}

void TestSession::lookupAnswers()
{
    QFETCH(QString, phone);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, attempts);
    auto session = startSession(QStringLiteral("lookup.sqlite"));
    QSignalSpy done(session->requests(), &ApiRequests::lookupFinished);
    QSignalSpy failed(session->requests(), &ApiRequests::requestFailed);
    Device device;
    device.phoneNumber = phone;
    const quint64 id = session->requests()->lookup(device);
    QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 1, Timeout);
    if (status == 0) {
        QCOMPARE(done.at(0).at(0).toULongLong(), id);
        const auto roaming = done.at(0).at(2).value<RoamingStatus>();
        QVERIFY(roaming.roaming);
        QCOMPARE(roaming.countryCode, 262);
    } else {
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        QCOMPARE(failed.at(0).at(1).value<api::ApiCall::Operation>(), api::ApiCall::Operation::RetrieveStatus);
        const auto error = failed.at(0).at(2).value<ApiError>();
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(failed.at(0).at(3).toInt(), attempts);
    }
}

void TestSession::generatedTokensDiffer()
{
    const QString a = ApiRequests::generateSinkToken();
    const QString b = ApiRequests::generateSinkToken();
    QVERIFY(a != b);
    QVERIFY(a.size() >= 40);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(a).hasMatch());
}

void TestSession::publicSinkUrlIsAnAllowedSink()
{
    // The simulator posts only to loopback by default; the public sink URL (behind a tunnel or a proxy)
    // is where subscriptions made here point, so the session allows it. No connection is needed to create.
    Session::Options options;
    options.receiver.databasePath = m_dir.filePath(QStringLiteral("public.sqlite"));
    options.receiver.port = 0;
    options.receiver.publicSinkUrl = QUrl(QStringLiteral("http://192.0.2.10:9000/notifications"));
    Session session(options);
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session.receiver()->isListening(), Timeout);
    QCOMPARE(session.receiver()->sinkUrl(), options.receiver.publicSinkUrl);
    QSignalSpy created(session.requests(), &ApiRequests::subscriptionCreated);
    QSignalSpy failed(session.requests(), &ApiRequests::requestFailed);
    session.requests()->createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991001"), EventType::RoamingOn, options.receiver.publicSinkUrl.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 1, Timeout);
    QCOMPARE(created.count(), 1);
    // Another port of the same host is still refused.
    session.requests()->createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991001"), EventType::RoamingOn, QStringLiteral("http://192.0.2.10:9001/notifications")));
    QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 2, Timeout);
    QCOMPARE(failed.count(), 1);
    session.shutdown();
}

void TestSession::createdSubscriptionSurvivesRestart()
{
    QString id;
    {
        auto session = startSession(QStringLiteral("restart.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(session->receiver()->isListening(), Timeout);
        QSignalSpy created(session->requests(), &ApiRequests::subscriptionCreated);
        session->requests()->createSubscription(testsupport::subscriptionRequest(
            QStringLiteral("+99999991000"), EventType::RoamingStatus, session->receiver()->sinkUrl().toString(), true));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
        id = created.at(0).at(1).value<Subscription>().id;
        SubscriptionTableModel *model = session->subscriptions();
        // The initial event, delivered with the generated bearer token, is stored and counted.
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 1, Timeout);
        QCOMPARE(session->receiver()->storedCount(), 1);
        QTRY_COMPARE(session->log()->model()->rowCount(), 1);
        QTRY_VERIFY(session->log()->rowJson(0).contains(id.toUtf8())); // read on the log's thread, then cached
        session->shutdown();
    }
    // A new session on the same store: the subscription is known again, with its count and how it ended
    // (the simulator's shutdown sent NETWORK_TERMINATED, which the receiver stored before it stopped).
    auto session = startSession(QStringLiteral("restart.sqlite"));
    SubscriptionTableModel *model = session->subscriptions();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, Timeout);
    QVERIFY(model->rowAt(model->rowOf(id))->createdHere);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 2, Timeout);
    QTRY_COMPARE(model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("■ Ended (network)"));
    QTRY_COMPARE(session->receiver()->storedCount(), 2);
    QTRY_COMPARE(session->log()->model()->rowCount(), 2);
    // The new simulator does not know it: a refresh keeps it, marked as gone.
    QSignalSpy refreshed(session->requests(), &ApiRequests::subscriptionsRefreshed);
    session->requests()->refreshSubscriptions();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
    QVERIFY(model->index(model->rowOf(id), 0).data(SubscriptionTableModel::IsEndedRole).toBool());
}

void TestSession::maxEventsEndsSubscription()
{
    auto session = startSession(QStringLiteral("max.sqlite"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiver()->isListening(), Timeout);
    QSignalSpy created(session->requests(), &ApiRequests::subscriptionCreated);
    QSignalSpy ended(session->receiver(), &ReceiverService::subscriptionEnded);
    session->requests()->createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991000"), EventType::RoamingStatus, session->receiver()->sinkUrl().toString(), true, 1));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
    const QString id = created.at(0).at(1).value<Subscription>().id;
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, Timeout);
    QCOMPARE(ended.at(0).at(0).toString(), id);
    QCOMPARE(ended.at(0).at(1).toString(), QStringLiteral("MAX_EVENTS_REACHED"));
    SubscriptionTableModel *model = session->subscriptions();
    QCOMPARE(model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("■ Ended (max events)"));
    QTRY_COMPARE(model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 2);
}

void TestSession::scenarioPlaysEveryMove()
{
    auto session = startSession(QStringLiteral("scenario.sqlite"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiver()->isListening(), Timeout);
    const QString sink = session->receiver()->sinkUrl().toString();
    QSignalSpy created(session->requests(), &ApiRequests::subscriptionCreated);
    session->requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOn, sink, false));
    session->requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingChangeCountry, sink, false));
    session->requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOff, sink, false));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 3, Timeout);

    QString error;
    QVERIFY2(session->simulator()->loadScenario(QStringLiteral("europe-tour"), &error), qPrintable(error));
    session->simulator()->setSpeed(100); // 25 s of scenario in a quarter of a second
    QCOMPARE(session->simulator()->speed(), 100.0);
    session->simulator()->play();
    QVERIFY(session->simulator()->isPlaying());
    // FR (roaming-on), BE (change-country), home (roaming-off).
    QAbstractItemModel *log = session->log()->model();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOfType(log, QStringLiteral("roaming-off")), 1, Timeout);
    QCOMPARE(rowsOfType(log, QStringLiteral("roaming-on")), 1);
    QCOMPARE(rowsOfType(log, QStringLiteral("roaming-change-country")), 1);
    SimDeviceModel *devices = session->simulator()->deviceModel();
    QVERIFY(!devices->entryAt(devices->rowOf(QStringLiteral("+99999991001")))->roaming());
    QTRY_VERIFY(!session->simulator()->isPlaying());
}

void TestSession::environmentSwitch()
{
    auto session = startSession(QStringLiteral("env.sqlite"));
    EnvironmentService *environments = session->environments();
    QSignalSpy changed(environments, &EnvironmentService::changed);
    QStringList ids;
    for (const EnvironmentService::Entry &env : environments->environments())
        ids << env.id;
    QVERIFY(ids.contains(QStringLiteral("simulator")));
    QVERIFY(ids.contains(QStringLiteral("nac")));
    environments->setCurrent(QStringLiteral("nac"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!environments->isSimulator());
    QCOMPARE(environments->apiRoot().scheme(), QStringLiteral("https"));
    environments->setCurrent(QStringLiteral("simulator"));
    QCOMPARE(environments->apiRoot(), session->simulator()->apiRoot());
    // The choice is remembered for the next start.
    environments->setCurrent(QStringLiteral("nac"));
    session.reset();
    auto again = startSession(QStringLiteral("env.sqlite"));
    QCOMPARE(again->environments()->currentId(), QStringLiteral("nac"));
}

void TestSession::environmentSecretsStayOutOfSettings()
{
    auto session = startSession(QStringLiteral("envsettings.sqlite"));
    api::EnvironmentStore *store = session->environments()->store();
    std::optional<api::Environment> nac = store->environment(QStringLiteral("nac"));
    QVERIFY(nac);
    QVERIFY(nac->apiKey.isEmpty());
    // Without the key the profile is not usable, with a sentence saying what is missing.
    QVERIFY2(nac->validationError().contains(QStringLiteral("key")), qPrintable(nac->validationError()));
    nac->apiKey = QStringLiteral("secret-key-123");
    QVERIFY(nac->validationError().isEmpty());
    QVERIFY(store->save(*nac));
    QCOMPARE(store->environment(QStringLiteral("nac"))->apiKey, QStringLiteral("secret-key-123"));
    // The key is not in the settings file.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret-key-123")), qPrintable(key));
}

void TestSession::deletedSubscriptionRefusedAfterTheEndGrace()
{
    // A subscription deleted here keeps being accepted until its subscription-ends arrives or the grace
    // has passed on the session's clock; then its events are answered 410 Gone.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    Session::Options options;
    options.receiver.databasePath = m_dir.filePath(QStringLiteral("grace.sqlite"));
    options.receiver.port = 0;
    options.fastRetries = true;
    options.startSimulator = false; // no network: nothing sends the subscription-ends
    options.clock = &clock;
    Session session(options);
    QVERIFY(session.start());
    QTRY_VERIFY_WITH_TIMEOUT(session.receiver()->isListening(), Timeout);
    Subscription subscription;
    subscription.id = QStringLiteral("sub-grace");
    const QString token = ApiRequests::generateSinkToken();
    session.receiver()->remember(subscription, token);
    const auto post = [&](const QString &id) {
        QNetworkAccessManager nam;
        QNetworkRequest request(session.receiver()->sinkUrl());
        request.setRawHeader("Content-Type", "application/cloudevents+json");
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QByteArray body = "{\"id\":\"" + id.toLatin1()
            + "\",\"source\":\"s\",\"specversion\":\"1.0\",\"type\":\"org.camaraproject.device-roaming-status-"
              "subscriptions.v0.roaming-on\",\"time\":\"2024-01-01T00:00:00Z\",\"data\":{\"subscriptionId\":\"sub-"
              "grace\","
              "\"device\":{\"phoneNumber\":\"+99999991000\"}}}";
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout); }();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(post(QStringLiteral("e1")), 204);
    session.receiver()->setEndGrace(30 * 1000);
    session.receiver()->deletedHere(subscription.id);
    QTest::qWait(1500); // a check of the grace has run: still inside it
    QCOMPARE(post(QStringLiteral("e2")), 204);
    clock.advance(31 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(post(QStringLiteral("e3")), 410, Timeout);
    session.shutdown();
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
