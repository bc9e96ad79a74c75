// Session: the services behind the window, without widgets — embedded simulator, webhook receiver on its
// own thread with a temporary SQLite store, API client; subscriptions remembered across a restart.
#include "session/session.h"
#include "sessiontestutil.h"
#include "simdevicemodel.h"
#include "subscriptiontablemodel.h"

#include <QAbstractItemModel>
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

class tst_Session : public QObject
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
    void environmentSettingsKeepSecretsOutOfSettings();

private:
    std::unique_ptr<Session> startSession(const QString &db);
    QTemporaryDir m_dir;
};

void tst_Session::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Session::init()
{
    QSettings().clear();
}

std::unique_ptr<Session> tst_Session::startSession(const QString &db)
{
    Session::Options options;
    options.databasePath = m_dir.filePath(db);
    options.receiverPort = 0;
    options.fastRetries = true;
    auto session = std::make_unique<Session>(options);
    QString error;
    if (!session->start(&error))
        qWarning("start: %s", qPrintable(error));
    return session;
}

void tst_Session::startsItsServices()
{
    auto session = startSession(QStringLiteral("start.sqlite"));
    QVERIFY(session->hasSimulator());
    QVERIFY(session->isSimulatorEnvironment());
    QCOMPARE(session->apiRoot(), session->simulatorApiRoot());
    QCOMPARE(session->simulatorApiRoot().host(), QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverListening(), Timeout);
    QCOMPARE(session->sinkUrl().path(), QStringLiteral("/notifications"));
    QCOMPARE(session->sinkUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(session->sinkUrl().port() > 0);
    // The seed devices are listed with their positions.
    QVERIFY(session->simDeviceModel()->rowOf(QStringLiteral("+99999991000")) >= 0);
    QVERIFY(session->simDeviceModel()
                ->entryAt(session->simDeviceModel()->rowOf(QStringLiteral("+99999991000")))
                ->roaming());
    QVERIFY(session->scenarioNames().contains(QStringLiteral("europe-tour")));
}

void tst_Session::lookupAnswers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("status"); // 0: success
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("attempts");
    QTest::newRow("roaming") << "+99999991000" << 0 << QString() << 0;
    QTest::newRow("404") << "+99999990404" << 404 << "IDENTIFIER_NOT_FOUND" << 1;
    QTest::newRow("503 retried") << "+99999990503" << 503 << "UNAVAILABLE" << 4;
}

void tst_Session::lookupAnswers()
{
    QFETCH(QString, phone);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, attempts);
    auto session = startSession(QStringLiteral("lookup.sqlite"));
    QSignalSpy done(session.get(), &Session::lookupFinished);
    QSignalSpy failed(session.get(), &Session::requestFailed);
    Device device;
    device.phoneNumber = phone;
    const quint64 id = session->lookup(device);
    QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 1, Timeout);
    if (status == 0) {
        QCOMPARE(done.at(0).at(0).toULongLong(), id);
        const auto roaming = done.at(0).at(2).value<RoamingStatus>();
        QVERIFY(roaming.roaming);
        QCOMPARE(roaming.countryCode, 262);
    } else {
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        QCOMPARE(failed.at(0).at(1).value<Session::Operation>(), Session::Operation::Lookup);
        const auto error = failed.at(0).at(2).value<ApiError>();
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(failed.at(0).at(3).toInt(), attempts);
    }
}

void tst_Session::generatedTokensDiffer()
{
    const QString a = Session::generateSinkToken();
    const QString b = Session::generateSinkToken();
    QVERIFY(a != b);
    QVERIFY(a.size() >= 40);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(a).hasMatch());
}

void tst_Session::publicSinkUrlIsAnAllowedSink()
{
    // The simulator posts only to loopback by default; the public sink URL (behind a tunnel or a proxy)
    // is where subscriptions made here point, so the session allows it. No connection is needed to create.
    Session::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("public.sqlite"));
    options.receiverPort = 0;
    options.publicSinkUrl = QUrl(QStringLiteral("http://192.0.2.10:9000/notifications"));
    Session session(options);
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session.receiverListening(), Timeout);
    QCOMPARE(session.sinkUrl(), options.publicSinkUrl);
    QSignalSpy created(&session, &Session::subscriptionCreated);
    QSignalSpy failed(&session, &Session::requestFailed);
    session.createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991001"), EventType::RoamingOn, options.publicSinkUrl.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 1, Timeout);
    QCOMPARE(created.count(), 1);
    // Another port of the same host is still refused.
    session.createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991001"), EventType::RoamingOn, QStringLiteral("http://192.0.2.10:9001/notifications")));
    QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 2, Timeout);
    QCOMPARE(failed.count(), 1);
    session.shutdown();
}

void tst_Session::createdSubscriptionSurvivesRestart()
{
    QString id;
    {
        auto session = startSession(QStringLiteral("restart.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(session->receiverListening(), Timeout);
        QSignalSpy created(session.get(), &Session::subscriptionCreated);
        session->createSubscription(testsupport::subscriptionRequest(
            QStringLiteral("+99999991000"), EventType::RoamingStatus, session->sinkUrl().toString(), true));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
        id = created.at(0).at(1).value<Subscription>().id;
        SubscriptionTableModel *model = session->subscriptionModel();
        // The initial event, delivered with the generated bearer token, is stored and counted.
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 1, Timeout);
        QCOMPARE(session->storedNotificationCount(), 1);
        QTRY_COMPARE(session->notificationLogModel()->rowCount(), 1);
        QTRY_VERIFY(session->logRowJson(0).contains(id.toUtf8())); // read on the log's thread, then cached
        session->shutdown();
    }
    // A new session on the same store: the subscription is known again, with its count and how it ended
    // (the simulator's shutdown sent NETWORK_TERMINATED, which the receiver stored before it stopped).
    auto session = startSession(QStringLiteral("restart.sqlite"));
    SubscriptionTableModel *model = session->subscriptionModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, Timeout);
    QVERIFY(model->rowAt(model->rowOf(id))->createdHere);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 2, Timeout);
    QTRY_COMPARE(model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("■ Ended (network)"));
    QTRY_COMPARE(session->storedNotificationCount(), 2);
    QTRY_COMPARE(session->notificationLogModel()->rowCount(), 2);
    // The new simulator does not know it: a refresh keeps it, marked as gone.
    QSignalSpy refreshed(session.get(), &Session::subscriptionsRefreshed);
    session->refreshSubscriptions();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
    QVERIFY(model->index(model->rowOf(id), 0).data(SubscriptionTableModel::IsEndedRole).toBool());
}

void tst_Session::maxEventsEndsSubscription()
{
    auto session = startSession(QStringLiteral("max.sqlite"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverListening(), Timeout);
    QSignalSpy created(session.get(), &Session::subscriptionCreated);
    QSignalSpy ended(session.get(), &Session::subscriptionEnded);
    session->createSubscription(testsupport::subscriptionRequest(
        QStringLiteral("+99999991000"), EventType::RoamingStatus, session->sinkUrl().toString(), true, 1));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
    const QString id = created.at(0).at(1).value<Subscription>().id;
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, Timeout);
    QCOMPARE(ended.at(0).at(0).toString(), id);
    QCOMPARE(ended.at(0).at(1).toString(), QStringLiteral("MAX_EVENTS_REACHED"));
    SubscriptionTableModel *model = session->subscriptionModel();
    QCOMPARE(model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("■ Ended (max events)"));
    QTRY_COMPARE(model->index(model->rowOf(id), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 2);
}

void tst_Session::scenarioPlaysEveryMove()
{
    auto session = startSession(QStringLiteral("scenario.sqlite"));
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverListening(), Timeout);
    const QString sink = session->sinkUrl().toString();
    QSignalSpy created(session.get(), &Session::subscriptionCreated);
    session->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOn, sink, false));
    session->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingChangeCountry, sink, false));
    session->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOff, sink, false));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 3, Timeout);

    QString error;
    QVERIFY2(session->loadScenario(QStringLiteral("europe-tour"), &error), qPrintable(error));
    session->setScenarioSpeed(100); // 25 s of scenario in a quarter of a second
    QCOMPARE(session->scenarioSpeed(), 100.0);
    session->playScenario();
    QVERIFY(session->scenarioPlaying());
    // FR (roaming-on), BE (change-country), home (roaming-off).
    QAbstractItemModel *log = session->notificationLogModel();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOfType(log, QStringLiteral("roaming-off")), 1, Timeout);
    QCOMPARE(rowsOfType(log, QStringLiteral("roaming-on")), 1);
    QCOMPARE(rowsOfType(log, QStringLiteral("roaming-change-country")), 1);
    SimDeviceModel *devices = session->simDeviceModel();
    QVERIFY(!devices->entryAt(devices->rowOf(QStringLiteral("+99999991001")))->roaming());
    QTRY_VERIFY(!session->scenarioPlaying());
}

void tst_Session::environmentSwitch()
{
    auto session = startSession(QStringLiteral("env.sqlite"));
    QSignalSpy changed(session.get(), &Session::environmentChanged);
    QStringList ids;
    for (const Session::Environment &env : session->environments())
        ids << env.id;
    QVERIFY(ids.contains(QStringLiteral("simulator")));
    QVERIFY(ids.contains(QStringLiteral("nac")));
    session->setEnvironment(QStringLiteral("nac"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!session->isSimulatorEnvironment());
    QCOMPARE(session->apiRoot().scheme(), QStringLiteral("https"));
    session->setEnvironment(QStringLiteral("simulator"));
    QCOMPARE(session->apiRoot(), session->simulatorApiRoot());
    // The choice is remembered for the next start.
    session->setEnvironment(QStringLiteral("nac"));
    session.reset();
    auto again = startSession(QStringLiteral("env.sqlite"));
    QCOMPARE(again->currentEnvironmentId(), QStringLiteral("nac"));
}

void tst_Session::environmentSettingsKeepSecretsOutOfSettings()
{
    auto session = startSession(QStringLiteral("envsettings.sqlite"));
    Session::EnvironmentSettings nac = session->environmentSettings(QStringLiteral("nac"));
    QCOMPARE(nac.id, QStringLiteral("nac"));
    QVERIFY(!nac.apiRootEditable);
    QVERIFY(nac.secretLabel.contains(QStringLiteral("X-RapidAPI-Key")));
    QVERIFY(nac.secret.isEmpty());
    // Without the key the profile is refused, with a sentence saying what is missing.
    QString error;
    QVERIFY(!session->saveEnvironmentSettings(nac, &error));
    QVERIFY2(error.contains(QStringLiteral("key")), qPrintable(error));
    nac.secret = QStringLiteral("secret-key-123");
    nac.subscriptionsVersion = QStringLiteral("v0.8");
    QVERIFY2(session->saveEnvironmentSettings(nac, &error), qPrintable(error));
    const Session::EnvironmentSettings again = session->environmentSettings(QStringLiteral("nac"));
    QCOMPARE(again.secret, QStringLiteral("secret-key-123"));
    QCOMPARE(again.subscriptionsVersion, QStringLiteral("v0.8"));
    // The key is not in the settings file.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret-key-123")), qPrintable(key));
    // The simulator needs nothing and its root is the running simulator's.
    const Session::EnvironmentSettings simulator = session->environmentSettings(QStringLiteral("simulator"));
    QVERIFY(simulator.secretLabel.isEmpty());
    QCOMPARE(simulator.apiRoot, session->simulatorApiRoot());
}

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
