// Settings, secrets and tray alerts, driven for real: offscreen widgets over a real Session (embedded
// simulator and receiver, temporary SQLite store), QSettings and the secret file in a QTemporaryDir. The
// keyring is made unreachable (no session bus), so the fallback path is what runs — as on this machine.
#include "client/environmentstore.h"
#include "client/keychainsecretstore.h"
#include "client/secretstore.h"
#include "mainwindow.h"
#include "notificationlogmodel.h"
#include "notificationlogview.h"
#include "preferences.h"
#include "session/apirequests.h"
#include "session/environmentservice.h"
#include "session/notificationlogservice.h"
#include "session/receiverservice.h"
#include "session/session.h"
#include "session/simulatorcontrol.h"
#include "sessiontestutil.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "subscriptionsview.h"
#include "themecolors.h"
#include "trafficlogmodel.h"
#include "trafficview.h"
#include "trayalerts.h"
#include "workprogress.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTimer>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace roamdesk;
using namespace roamdesk::ui;

namespace {

constexpr int Timeout = 15000;
const QString HomePhone = QStringLiteral("+99999991001");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

NotificationLogRecord record(EventType type, qint64 seq, int mcc, const QString &iso)
{
    NotificationLogRecord r;
    r.type = type;
    r.seq = seq;
    r.device = HomePhone;
    r.countryCode = mcc;
    r.countryNames = QStringList{iso};
    return r;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void preferencesRoundTrip();
    void preferencesValidation_data();
    void preferencesValidation();
    void keyringlessFallbackIsTheOwnerOnlyFile();
    void secretBackendPolicies_data();
    void secretBackendPolicies();
    void profilesRoundTripThroughTheFallback();

    void dialogMasksSecretsAndSavesThemApart();
    void dialogReceiverAndAlertsRoundTrip();
    void dialogRefusesHalfTls();
    void dialogNamesTheSecretBackend();
    void testConnectionAgainstTheSimulator();
    void testConnectionReportsProblems_data();
    void testConnectionReportsProblems();
    void savingTheCurrentProfileReappliesIt();

    void trayAlertsFollowPreferences_data();
    void trayAlertsFollowPreferences();
    void roamingOnRaisesAnAlertThatShowsTheEvent();
    void everyMenuShortcutIsListedAndUnique();
    void toolbarSettingsOpenOnTheCurrentProfile();
    void trafficResendFromTheWindow();
    void accessibleNamesOnSettingsControls();
    void logFilterIsRemembered();
    void everyWindowControlHasAnAccessibleName();
    void bulkDeleteShowsProgress();
    void exportShowsProgressUntilDone();
    void meaningfulColoursReadOnLightAndDark_data();
    void meaningfulColoursReadOnLightAndDark();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<api::FileSecretStore> m_secrets;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSettings::initTestCase()
{
    // No keyring service: the fallback path is the one under test (and the one this machine has).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/roamdesk-test-bus");
    qunsetenv("ROAMDESK_SECRET_BACKEND");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    m_secrets = std::make_unique<api::FileSecretStore>(m_dir.filePath(QStringLiteral("secrets.ini")));
    Session::Options options;
    options.receiver.databasePath = m_dir.filePath(QStringLiteral("notifications.sqlite"));
    options.receiver.port = 0;
    options.fastRetries = true;
    options.secretStore = m_secrets.get();
    m_session = new Session(options, this);
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->receiver()->isListening(), Timeout);
}

void TestSettings::cleanupTestCase()
{
    delete m_window;
    m_session->shutdown();
}

// --- preferences and secrets ---

void TestSettings::preferencesRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("prefs.ini"));
    {
        QSettings empty(path, QSettings::IniFormat);
        const Preferences defaults = Preferences::load(empty);
        QCOMPARE(defaults, Preferences());
        QVERIFY(defaults.receiverAddress.isLoopback()); // safe by default
        QVERIFY(defaults.trayAlerts);
    }
    Preferences p;
    p.receiverAddress = QHostAddress(QStringLiteral("0.0.0.0"));
    p.receiverPort = 9443;
    p.publicSinkUrl = QUrl(QStringLiteral("https://hooks.example.org/roamdesk"));
    p.tlsCertificateFile = QStringLiteral("/etc/roamdesk/cert.pem");
    p.tlsKeyFile = QStringLiteral("/etc/roamdesk/key.pem");
    p.databasePath = QStringLiteral("/var/tmp/rd.sqlite");
    p.trayAlerts = false;
    p.alertRoamingOn = false;
    p.alertCountryChange = true;
    p.secretBackend = QStringLiteral("file");
    p.language = QStringLiteral("fi");
    {
        QSettings settings(path, QSettings::IniFormat);
        p.save(settings);
    }
    QSettings again(path, QSettings::IniFormat);
    QCOMPARE(Preferences::load(again), p);
}

void TestSettings::preferencesValidation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<bool>("key");
    QTest::addColumn<QString>("problem"); // a word of the message; empty: valid

    QTest::newRow("defaults") << "127.0.0.1"
                              << "" << false << false << "";
    QTest::newRow("any interface") << "0.0.0.0"
                                   << "https://x.example/hook" << false << false << "";
    QTest::newRow("ipv6") << "::1"
                          << "" << false << false << "";
    QTest::newRow("not an address") << "localhost:80"
                                    << "" << false << false << "address";
    QTest::newRow("ftp sink") << "127.0.0.1"
                              << "ftp://x.example/hook" << false << false << "URL";
    QTest::newRow("sink without host") << "127.0.0.1"
                                       << "https:///hook" << false << false << "URL";
    QTest::newRow("certificate only") << "127.0.0.1"
                                      << "" << true << false << "both";
    QTest::newRow("key only") << "127.0.0.1"
                              << "" << false << true << "both";
    QTest::newRow("both files") << "127.0.0.1"
                                << "" << true << true << "";
}

void TestSettings::preferencesValidation()
{
    QFETCH(QString, address);
    QFETCH(QString, publicUrl);
    QFETCH(bool, certificate);
    QFETCH(bool, key);
    QFETCH(QString, problem);
    const QString pem = m_dir.filePath(QStringLiteral("x.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    Preferences p;
    p.receiverAddress = QHostAddress(address);
    p.publicSinkUrl = QUrl(publicUrl);
    p.tlsCertificateFile = certificate ? pem : QString();
    p.tlsKeyFile = key ? pem : QString();
    const QString error = p.validationError();
    if (problem.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(problem), qPrintable(error));
}

void TestSettings::keyringlessFallbackIsTheOwnerOnlyFile()
{
    QString reason;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!api::KeychainSecretStore::probe(QStringLiteral("RoamDesk-test"), &reason, 5000));
    QVERIFY(!reason.isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("fallback/secrets.ini"));
    api::SecretStoreChoice choice = api::chooseSecretStore(QStringLiteral("auto"), path);
    QCOMPARE(choice.backend, api::SecretStoreChoice::Backend::File);
    QVERIFY(!choice.fallbackReason.isEmpty());
    QCOMPARE(choice.backendName(), QStringLiteral("Owner-only file"));
    QVERIFY(choice.store->description().contains(path));
    choice.store->write(QStringLiteral("k"), QStringLiteral("s3cret"));
    QCOMPARE(choice.store->read(QStringLiteral("k")), QStringLiteral("s3cret"));
    QCOMPARE(
        QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));

    // The keyring store itself, with no keyring: reads give nothing and say why; nothing is cached as written.
    api::KeychainSecretStore keyring(QStringLiteral("RoamDesk-test"), 2000);
    keyring.write(QStringLiteral("k"), QStringLiteral("v"));
    QVERIFY(!keyring.lastError().isEmpty());
    QCOMPARE(keyring.read(QStringLiteral("k")), QString());
    QVERIFY(!keyring.lastError().isEmpty());
}

void TestSettings::secretBackendPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("backend");
    QTest::newRow("auto falls back to the file") << "auto"
                                                 << "" << int(api::SecretStoreChoice::Backend::File);
    QTest::newRow("keyring asked, none running") << "keyring"
                                                 << "" << int(api::SecretStoreChoice::Backend::File);
    QTest::newRow("file") << "file"
                          << "" << int(api::SecretStoreChoice::Backend::File);
    QTest::newRow("memory") << "memory"
                            << "" << int(api::SecretStoreChoice::Backend::Memory);
    QTest::newRow("environment decides when no policy") << ""
                                                        << "memory" << int(api::SecretStoreChoice::Backend::Memory);
    QTest::newRow("policy beats environment") << "FILE"
                                              << "memory" << int(api::SecretStoreChoice::Backend::File);
}

void TestSettings::secretBackendPolicies()
{
    QFETCH(QString, policy);
    QFETCH(QString, environment);
    QFETCH(int, backend);
    if (environment.isEmpty())
        qunsetenv("ROAMDESK_SECRET_BACKEND");
    else
        qputenv("ROAMDESK_SECRET_BACKEND", environment.toUtf8());
    const api::SecretStoreChoice choice =
        api::chooseSecretStore(policy, m_dir.filePath(QStringLiteral("policy/secrets.ini")));
    qunsetenv("ROAMDESK_SECRET_BACKEND");
    QCOMPARE(int(choice.backend), backend);
    QVERIFY(choice.store);
    QVERIFY(!choice.fallbackReason.isEmpty()); // never the keyring here, and the dialog says why
}

void TestSettings::profilesRoundTripThroughTheFallback()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("roundtrip/settings.ini"));
    const QString secretsPath = m_dir.filePath(QStringLiteral("roundtrip/secrets.ini"));
    const api::Environment oauth = api::Environment::customOAuth2(QStringLiteral("operator/eu"),
        QUrl(QStringLiteral("https://camara.example/api")), QUrl(QStringLiteral("https://auth.example/token")),
        QStringLiteral("client-1"), QStringLiteral("CLIENT-SECRET-42"), QStringLiteral("roaming"));
    api::Environment nac = api::Environment::networkAsCode(api::EnvironmentKind::NacStaging, QStringLiteral("KEY-77"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        api::SecretStoreChoice choice = api::chooseSecretStore(QStringLiteral("auto"), secretsPath);
        api::EnvironmentStore store(&settings, choice.store.get());
        QVERIFY(store.save(oauth));
        QVERIFY(store.save(nac));
        QVERIFY(store.setCurrent(oauth.name));
    }
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        api::SecretStoreChoice choice = api::chooseSecretStore(QStringLiteral("auto"), secretsPath);
        api::EnvironmentStore store(&settings, choice.store.get());
        QCOMPARE(store.currentName(), oauth.name);
        QCOMPARE(store.environment(oauth.name).value(), oauth);
        QCOMPARE(store.environment(nac.name)->apiKey, QStringLiteral("KEY-77"));
    }
    // Secrets only in the owner-only file, never in the settings file.
    const QByteArray settingsText = fileBytes(settingsPath);
    QVERIFY(!settingsText.isEmpty());
    QVERIFY(!settingsText.contains("CLIENT-SECRET-42"));
    QVERIFY(!settingsText.contains("KEY-77"));
    const QByteArray secretsText = fileBytes(secretsPath);
    QVERIFY(secretsText.contains("CLIENT-SECRET-42"));
    QVERIFY(secretsText.contains("KEY-77"));
    QCOMPARE(QFileInfo(secretsPath).permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());
}

// --- the dialog ---

void TestSettings::dialogMasksSecretsAndSavesThemApart()
{
    const QString token = QStringLiteral("LAB-TOKEN-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        SettingsDialog dialog(m_session);
        QVERIFY(dialog.addCustomProfile(QStringLiteral("lab")));
        QVERIFY(!dialog.addCustomProfile(QStringLiteral("LAB"))); // taken
        QVERIFY(!dialog.addCustomProfile(QString()));
        dialog.apiRootEdit()->setText(QStringLiteral("https://lab.example/camara"));
        QCOMPARE(api::AuthMode(dialog.authCombo()->currentData().toInt()), api::AuthMode::Bearer);
        QVERIFY(dialog.bearerTokenEdit()->isVisibleTo(&dialog));
        QVERIFY(!dialog.clientSecretEdit()->isVisibleTo(&dialog)); // only the fields of the chosen mode
        dialog.bearerTokenEdit()->setText(token);
        QCOMPARE(dialog.bearerTokenEdit()->echoMode(), QLineEdit::Password);
        auto *show = dialog.findChild<QToolButton *>(QStringLiteral("bearerTokenEditShow"));
        QVERIFY(show);
        show->click();
        QCOMPARE(dialog.bearerTokenEdit()->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(dialog.bearerTokenEdit()->echoMode(), QLineEdit::Password);
        dialog.subscriptionsVersionCombo()->setCurrentText(QStringLiteral("v0.8"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const std::optional<api::Environment> saved =
        m_session->environments()->store()->environment(QStringLiteral("lab"));
    QVERIFY(saved);
    QCOMPARE(saved->kind, api::EnvironmentKind::Custom);
    QCOMPARE(saved->apiRoot, QUrl(QStringLiteral("https://lab.example/camara")));
    QCOMPARE(saved->bearerToken, token);
    QCOMPARE(saved->subscriptionsVersion, QStringLiteral("v0.8"));
    QSettings().sync();
    QVERIFY(!fileBytes(QSettings().fileName()).contains(token.toUtf8()));
    QVERIFY(fileBytes(m_secrets->path()).contains(token.toUtf8()));
    // The switcher offers it.
    bool listed = false;
    for (const EnvironmentService::Entry &environment : m_session->environments()->environments())
        listed = listed || environment.id == QLatin1String("lab");
    QVERIFY(listed);

    // Opened again: the secret is there, masked.
    SettingsDialog again(m_session);
    QVERIFY(again.selectProfile(QStringLiteral("lab")));
    QCOMPARE(again.bearerTokenEdit()->text(), token);
    QCOMPARE(again.bearerTokenEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(again.profileList()->currentItem()->text(), QStringLiteral("lab"));

    // Removing it takes its secret with it.
    const int row = again.profileList()->currentRow();
    QVERIFY(row >= 0);
    for (QPushButton *button : again.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Re&move"))
            button->click();
    }
    QCOMPARE(again.profileList()->count(), row); // the last one went
    again.accept();
    QVERIFY(!m_session->environments()->store()->contains(QStringLiteral("lab")));
    QVERIFY(!fileBytes(m_secrets->path()).contains(token.toUtf8()));
}

void TestSettings::dialogReceiverAndAlertsRoundTrip()
{
    QSettings().remove(QStringLiteral("receiver"));
    QSettings().remove(QStringLiteral("alerts"));
    Preferences expected;
    {
        SettingsDialog dialog(m_session);
        QSignalSpy spy(&dialog, &SettingsDialog::preferencesSaved);
        QCOMPARE(dialog.receiverAddressEdit()->text(), QStringLiteral("127.0.0.1"));
        dialog.receiverAddressEdit()->setText(QStringLiteral("0.0.0.0"));
        dialog.receiverPortSpin()->setValue(9555);
        dialog.publicSinkUrlEdit()->setText(QStringLiteral("https://tunnel.example.net/notifications"));
        dialog.databasePathEdit()->setText(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        dialog.roamingOnCheck()->setChecked(false);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QString()); // the system's
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
        expected = dialog.editedPreferences();
        dialog.accept();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), true); // the receiver part needs a restart
    }
    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded, expected);
    QCOMPARE(loaded.receiverPort, quint16(9555));
    QCOMPARE(loaded.receiverAddress, QHostAddress(QStringLiteral("0.0.0.0")));
    QVERIFY(!loaded.alertRoamingOn);
    QVERIFY(loaded.alertCountryChange);
    QCOMPARE(loaded.language, QStringLiteral("de"));

    SettingsDialog again(m_session);
    QCOMPARE(again.receiverPortSpin()->value(), 9555);
    QCOMPARE(again.publicSinkUrlEdit()->text(), QStringLiteral("https://tunnel.example.net/notifications"));
    QVERIFY(!again.roamingOnCheck()->isChecked());
    QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("de"));
    again.trayAlertsCheck()->setChecked(false);
    QVERIFY(!again.roamingOnCheck()->isEnabled());
    QSignalSpy spy(&again, &SettingsDialog::preferencesSaved);
    again.accept();
    QCOMPARE(spy.at(0).at(1).toBool(), false); // only the alerts changed: nothing to restart
    QVERIFY(!Preferences::load().trayAlerts);
    QSettings().remove(QStringLiteral("receiver"));
    QSettings().remove(QStringLiteral("alerts"));
}

void TestSettings::dialogRefusesHalfTls()
{
    const Preferences before = Preferences::load();
    SettingsDialog dialog(m_session);
    dialog.show();
    dialog.tlsCertificateEdit()->setText(QStringLiteral("/nonexistent/cert.pem"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("both")), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.pages()->currentIndex(), int(SettingsDialog::ReceiverPage));
    QCOMPARE(Preferences::load(), before); // nothing saved
}

void TestSettings::dialogNamesTheSecretBackend()
{
    SettingsDialog::setSecretsFallbackReason(QStringLiteral("no keyring service is running"));
    SettingsDialog dialog(m_session);
    const QString text = dialog.secretsLabel()->text();
    QVERIFY2(text.contains(m_secrets->path()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("owner-only")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no keyring service is running")), qPrintable(text));
    SettingsDialog::setSecretsFallbackReason(QString());
}

void TestSettings::testConnectionAgainstTheSimulator()
{
    SettingsDialog dialog(m_session);
    QVERIFY(dialog.selectProfile(QStringLiteral("simulator")));
    QCOMPARE(dialog.apiRootEdit()->text(), m_session->simulator()->apiRoot().toString());
    QVERIFY(dialog.apiRootEdit()->isReadOnly());
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    const int exchangesBefore = m_session->traffic()->rowCount();
    dialog.testButton()->click();
    QVERIFY(!dialog.testButton()->isEnabled()); // one test at a time, the GUI keeps running
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY2(dialog.testResultLabel()->text().contains(QStringLiteral("HTTP 200")),
        qPrintable(dialog.testResultLabel()->text()));
    QVERIFY(dialog.testButton()->isEnabled());
    // A real call: it is in the traffic inspector.
    QCOMPARE(m_session->traffic()->rowCount(), exchangesBefore + 1);
}

void TestSettings::testConnectionReportsProblems_data()
{
    QTest::addColumn<QString>("apiRoot"); // "closed": a loopback port nobody listens on; "sim": the simulator
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no token") << "https://lab.example/camara"
                              << ""
                              << "bearer access token";
    QTest::newRow("relative root") << "camara/api"
                                   << "tok"
                                   << "absolute";
    QTest::newRow("nobody listens") << "closed"
                                    << "tok"
                                    << "✗";
    QTest::newRow("wrong path on the simulator") << "sim-wrong"
                                                 << "tok"
                                                 << "404";
}

void TestSettings::testConnectionReportsProblems()
{
    QFETCH(QString, apiRoot);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    if (apiRoot == QLatin1String("closed")) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        apiRoot = QStringLiteral("http://127.0.0.1:%1/camara").arg(probe.serverPort());
    } else if (apiRoot == QLatin1String("sim-wrong")) {
        QUrl root = m_session->simulator()->apiRoot();
        root.setPath(QStringLiteral("/no-such-api"));
        apiRoot = root.toString();
    }
    SettingsDialog dialog(m_session);
    QVERIFY(dialog.addCustomProfile(QStringLiteral("probe")));
    dialog.apiRootEdit()->setText(apiRoot);
    dialog.bearerTokenEdit()->setText(token);
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString shown = dialog.testResultLabel()->text();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    dialog.reject();
    QVERIFY(!m_session->environments()->store()->contains(QStringLiteral("probe"))); // cancelled: nothing saved
}

void TestSettings::savingTheCurrentProfileReappliesIt()
{
    QSignalSpy changed(m_session->environments(), &EnvironmentService::changed);
    {
        SettingsDialog dialog(m_session);
        QVERIFY(dialog.selectProfile(QStringLiteral("simulator")));
        dialog.subscriptionsVersionCombo()->setCurrentText(QStringLiteral("v0.8"));
        dialog.accept();
    }
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_session->environments()->store()->current().subscriptionsVersion, QStringLiteral("v0.8"));
    {
        // Saving without edits announces nothing.
        SettingsDialog dialog(m_session);
        dialog.accept();
    }
    QCOMPARE(changed.count(), 1);
    api::Environment simulator = m_session->environments()->store()->current();
    simulator.subscriptionsVersion = QStringLiteral("v0.7");
    m_session->environments()->store()->save(simulator);
    m_session->environments()->reload();
}

// --- tray alerts ---

void TestSettings::trayAlertsFollowPreferences_data()
{
    QTest::addColumn<bool>("tray");
    QTest::addColumn<bool>("roamingOn");
    QTest::addColumn<bool>("countryChange");
    QTest::addColumn<int>("alerts"); // for [roaming-on, roaming-off, change-country, roaming-status]
    QTest::addColumn<QString>("title");
    QTest::newRow("all on") << true << true << true << 1 << "2 roaming alerts";
    QTest::newRow("roaming-on only") << true << true << false << 1 << "Roaming started";
    QTest::newRow("country change only") << true << false << true << 1 << "Country changed";
    QTest::newRow("both kinds off") << true << false << false << 0 << "";
    QTest::newRow("switched off") << false << true << true << 0 << "";
}

void TestSettings::trayAlertsFollowPreferences()
{
    QFETCH(bool, tray);
    QFETCH(bool, roamingOn);
    QFETCH(bool, countryChange);
    QFETCH(int, alerts);
    QFETCH(QString, title);
    TrayAlerts trayAlerts(m_session->receiver());
    Preferences preferences;
    preferences.trayAlerts = tray;
    preferences.alertRoamingOn = roamingOn;
    preferences.alertCountryChange = countryChange;
    trayAlerts.setPreferences(preferences);
    QSignalSpy raised(&trayAlerts, &TrayAlerts::alertRaised);
    trayAlerts.handle({record(EventType::RoamingOn, 11, 208, QStringLiteral("FR")),
        record(EventType::RoamingOff, 12, 262, QStringLiteral("DE")),
        record(EventType::RoamingChangeCountry, 13, 228, QStringLiteral("CH")),
        record(EventType::RoamingStatus, 14, 228, QStringLiteral("CH"))});
    QCOMPARE(raised.count(), alerts);
    if (alerts == 0)
        return;
    QCOMPARE(raised.at(0).at(0).toString(), title);
    const qint64 seq = raised.at(0).at(2).toLongLong();
    QCOMPARE(seq, countryChange ? 13 : 11);
    QCOMPARE(trayAlerts.lastAlertSeq(), seq);
    const QString message = raised.at(0).at(1).toString();
    QVERIFY2(message.contains(HomePhone), qPrintable(message));
    QVERIFY2(message.contains(countryChange ? QStringLiteral("CH") : QStringLiteral("FR")), qPrintable(message));
}

void TestSettings::roamingOnRaisesAnAlertThatShowsTheEvent()
{
    delete m_window;
    m_window = new MainWindow(m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    Preferences preferences;
    m_window->trayAlerts()->setPreferences(preferences);
    m_window->notificationLog()->setFilterText(QStringLiteral("type:roaming-off")); // hides the event at first

    QSignalSpy created(m_session->requests(), &ApiRequests::subscriptionCreated);
    m_session->requests()->createSubscription(
        testsupport::subscriptionRequest(HomePhone, EventType::RoamingOn, m_session->receiver()->sinkUrl().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
    QSignalSpy raised(m_window->trayAlerts(), &TrayAlerts::alertRaised);
    m_session->simulator()->moveDevice(HomePhone, 208); // France
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, Timeout);
    QCOMPARE(raised.at(0).at(0).toString(), QStringLiteral("Roaming started"));
    // roaming-on carries no country on the wire: the alert names the device.
    QCOMPARE(raised.at(0).at(1).toString(), QStringLiteral("+99999991001 started roaming"));
    const qint64 seq = raised.at(0).at(2).toLongLong();
    QVERIFY(seq > 0);

    // "Clicking" the alert: the window shows the log with that very event selected.
    m_window->showTab(MainWindow::SubscriptionsTab);
    Q_EMIT m_window->trayAlerts()->showEventRequested(seq);
    QCOMPARE(
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), m_window->notificationLog());
    QTableView *table = m_window->notificationLog()->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid()
            && table->currentIndex().data(NotificationLogModel::SeqRole).toLongLong() == seq,
        Timeout);
    QVERIFY(m_window->notificationLog()->filterEdit()->text().isEmpty()); // the filter hid it: cleared
    m_session->simulator()->sendHome(HomePhone);
}

void TestSettings::everyMenuShortcutIsListedAndUnique()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(m_window->menuBar());
    QSet<QString> keys;
    QStringList actions;
    int menuEntries = 0;
    for (const QAction *top : m_window->menuBar()->actions()) {
        for (const QAction *action : top->menu()->actions()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::PortableText);
                QVERIFY2(!keys.contains(text), qPrintable(QStringLiteral("%1 is used twice").arg(text)));
                keys.insert(text);
            }
            if (!action->shortcuts().isEmpty())
                ++menuEntries;
        }
    }
    for (const ShortcutsDialog::Entry &entry : entries)
        actions << entry.action;
    QVERIFY(entries.size() > menuEntries); // plus the views' own keys
    for (const QString &frequent : {QStringLiteral("Settings…"), QStringLiteral("Keyboard shortcuts"),
             QStringLiteral("Export notifications…"), QStringLiteral("New subscription…"), QStringLiteral("Refresh"),
             QStringLiteral("Switch environment"), QStringLiteral("Copy request as curl"),
             QStringLiteral("Filter notifications"), QStringLiteral("Device lookup")}) {
        QVERIFY2(actions.contains(frequent), qPrintable(frequent));
    }
    ShortcutsDialog dialog(m_window->menuBar());
    QCOMPARE(dialog.table()->rowCount(), int(entries.size()));
    // The Settings action really opens settings: it is the one with Ctrl+, and it is in the File menu.
    auto *settings = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
}

void TestSettings::toolbarSettingsOpenOnTheCurrentProfile()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    auto *button = m_window->findChild<QAction *>(QStringLiteral("actionEnvironmentSettings"));
    QVERIFY(button); // beside the environment switcher
    QString shownProfile;
    bool wasSettings = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        wasSettings = dialog != nullptr;
        if (!dialog)
            return;
        shownProfile = dialog->editedEnvironment().name;
        dialog->reject();
    });
    button->trigger();
    QVERIFY(wasSettings);
    QCOMPARE(shownProfile, m_session->environments()->currentId());
    // One settings entry in the File menu.
    int entries = 0;
    for (const QAction *action : m_window->menuBar()->actions().constFirst()->menu()->actions())
        entries += action->text().contains(QStringLiteral("ettings")) ? 1 : 0;
    QCOMPARE(entries, 1);
}

void TestSettings::trafficResendFromTheWindow()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    QSignalSpy refreshed(m_session->requests(), &ApiRequests::subscriptionsRefreshed);
    m_session->requests()->refreshSubscriptions(); // at least one GET in the inspector
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
    QAbstractItemModel *traffic = m_session->traffic();
    const int before = traffic->rowCount();
    QTableView *table = m_window->trafficView()->table();
    table->selectRow(before - 1);
    auto *button = m_window->trafficView()->findChild<QPushButton *>(QStringLiteral("resendButton"));
    QVERIFY(button); // beside "Copy as curl"
    QVERIFY(!button->accessibleName().isEmpty());
    button->click();
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), m_window->trafficView());
    QTRY_COMPARE_WITH_TIMEOUT(traffic->rowCount(), before + 1, Timeout);
    QTRY_COMPARE(table->selectionModel()->currentIndex().row(), before); // the repeat is selected
    QCOMPARE(traffic->index(before, TrafficLogModel::StatusColumn).data().toString(),
        traffic->index(before - 1, TrafficLogModel::StatusColumn).data().toString());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionResend")));
}

void TestSettings::accessibleNamesOnSettingsControls()
{
    SettingsDialog dialog(m_session);
    dialog.addCustomProfile(QStringLiteral("a11y"));
    dialog.authCombo()->setCurrentIndex(dialog.authCombo()->findData(int(api::AuthMode::OAuth2ClientCredentials)));
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QSpinBox *>(widget) || qobject_cast<QListWidget *>(widget);
        if (!input || qobject_cast<QLineEdit *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()) || qobject_cast<QSpinBox *>(widget->parentWidget()))
            continue; // the line edit inside a combo or spin box
        QVERIFY2(!widget->accessibleName().isEmpty(),
            qPrintable(QStringLiteral("%1 %2").arg(widget->metaObject()->className(), widget->objectName())));
    }
    dialog.reject();
}

void TestSettings::logFilterIsRemembered()
{
    QVariant chosenType;
    {
        MainWindow window(m_session);
        window.notificationLog()->setFilterText(QStringLiteral("type:roaming-on device:+99999991001"));
        auto *type = window.notificationLog()->findChild<QComboBox *>(QStringLiteral("logTypeCombo"));
        QVERIFY(type && type->count() > 2);
        type->setCurrentIndex(2);
        chosenType = type->currentData();
        window.close();
    }
    MainWindow again(m_session);
    QCOMPARE(again.notificationLog()->filterEdit()->text(), QStringLiteral("type:roaming-on device:+99999991001"));
    auto *type = again.notificationLog()->findChild<QComboBox *>(QStringLiteral("logTypeCombo"));
    QCOMPARE(type->currentData(), chosenType);
    again.notificationLog()->setFilterText(QString());
    type->setCurrentIndex(0);
    again.close();
}

void TestSettings::everyWindowControlHasAnAccessibleName()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    QStringList unnamed;
    int checked = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!control || !widget->isVisibleTo(m_window) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of compound widgets (the edit inside a combo box, a spin box's buttons) speak through them.
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        ++checked;
        // What a screen reader says: the accessible name, a button's text or the label's buddy text.
        if (accessible->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 '%2'").arg(widget->metaObject()->className(), widget->objectName());
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked))); // the window's controls, not an empty list
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestSettings::bulkDeleteShowsProgress()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    {
        // A profile saved in the settings is in the switcher at once, and gone when removed.
        SettingsDialog dialog(m_session, m_window);
        QVERIFY(dialog.addCustomProfile(QStringLiteral("switcher")));
        dialog.apiRootEdit()->setText(QStringLiteral("https://switcher.example/api"));
        dialog.accept();
        QVERIFY(
            m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->findData(QStringLiteral("switcher"))
            >= 0);
        m_session->environments()->store()->remove(QStringLiteral("switcher"));
        QCOMPARE(
            m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->findData(QStringLiteral("switcher")),
            -1);
        QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->currentData().toString(),
            m_session->environments()->currentId());
    }
    QSignalSpy created(m_session->requests(), &ApiRequests::subscriptionCreated);
    for (int i = 0; i < 3; ++i)
        m_session->requests()->createSubscription(testsupport::subscriptionRequest(
            HomePhone, EventType::RoamingOff, m_session->receiver()->sinkUrl().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 3, Timeout);
    QStringList ids;
    for (const QList<QVariant> &arguments : std::as_const(created))
        ids << arguments.at(1).value<Subscription>().id;

    m_window->showTab(MainWindow::SubscriptionsTab);
    QTableView *table = m_window->subscriptionsView()->findChild<QTableView *>();
    QVERIFY(table);
    table->clearSelection();
    table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (ids.contains(table->model()->index(row, column).data().toString())
                || ids.contains(table->model()->index(row, column).data(Qt::ToolTipRole).toString()))
                table->selectRow(row);
        }
    }
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);

    WorkProgress *progress = m_window->workProgress();
    QVERIFY(!progress->isVisible());
    QSignalSpy deleted(m_session->requests(), &ApiRequests::subscriptionDeleted);
    bool asked = false;
    // The confirmation box is modal: answer it as a user would.
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text().contains(QStringLiteral("3 subscription"));
        box->button(QMessageBox::Yes)->click();
    });
    m_window->subscriptionsView()->deleteSelected();
    QVERIFY(asked);
    // Shown at once, counted as the answers come, gone when the last one is in.
    QCOMPARE(deleted.count(), 0); // the calls are out; none answered before the event loop runs
    QVERIFY(progress->isBusy());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->bar()->maximum(), 3);
    QVERIFY2(progress->text().contains(QStringLiteral("0 of 3")), qPrintable(progress->text()));
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 3, Timeout);
    QTRY_VERIFY(!progress->isBusy());
    QVERIFY(!progress->isVisible());
}

void TestSettings::exportShowsProgressUntilDone()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    WorkProgress *progress = m_window->workProgress();
    QSignalSpy exported(m_session->log(), &NotificationLogService::exported);
    const QString path = m_dir.filePath(QStringLiteral("export.jsonl"));
    QVERIFY(m_session->log()->exportTo(path, false));
    progress->startExport(path);
    QVERIFY(progress->isBusy());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->bar()->maximum(), 0); // busy: the worker gives no count
    QVERIFY(progress->text().contains(QStringLiteral("export.jsonl")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QVERIFY(exported.at(0).at(0).toBool());
    QVERIFY(!progress->isBusy());
    QVERIFY(!progress->isVisible());
}

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestSettings::meaningfulColoursReadOnLightAndDark_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
    QTest::newRow("white base") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2b) << QColor(0xe8, 0xe8, 0xe8);
    QTest::newRow("black base") << QColor(0x1e, 0x1e, 0x1e) << QColor(Qt::white);
}

void TestSettings::meaningfulColoursReadOnLightAndDark()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    const QPalette saved = QApplication::palette();
    QPalette palette = saved;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    QApplication::setPalette(palette);
    QCOMPARE(theme::isDark(), window.lightness() < 128);
    const QList<QPair<const char *, QColor>> colours{
        {"error", theme::error()}, {"abroad", theme::abroad()}, {"home", theme::home()}, {"change", theme::change()}};
    QApplication::setPalette(saved);
    for (const auto &[name, colour] : colours) {
        // WCAG AA for normal text.
        QVERIFY2(contrast(colour, window) >= 4.5,
            qPrintable(QStringLiteral("%1 %2 on %3: %4")
                           .arg(QLatin1String(name), colour.name(), window.name())
                           .arg(contrast(colour, window))));
    }
}

QTEST_MAIN(TestSettings)
#include "tst_ui_settings.moc"
