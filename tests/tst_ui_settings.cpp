// Settings, secrets and tray alerts, driven for real: offscreen widgets over a real Session (embedded
// simulator and receiver, temporary SQLite store), QSettings and the secret file in a QTemporaryDir. The
// keyring is made unreachable (no session bus), so the fallback path is what runs — as on this machine.
#include "app/client/environmentstore.h"
#include "app/client/keychainsecretstore.h"
#include "app/client/secretstore.h"
#include "app/session/apirequests.h"
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/notificationlogmodel.h"
#include "models/trafficlogmodel.h"
#include "sessiontestutil.h"
#include "ui/mainwindow.h"
#include "ui/notificationlogview.h"
#include "ui/preferences.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/subscriptionsview.h"
#include "ui/themecolors.h"
#include "ui/trafficview.h"
#include "ui/trayalerts.h"
#include "ui/workprogress.h"

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
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>
#include <memory>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

/// The widget of that type and objectName under `parent`; the test stops when there is none.
template <typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("No %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

constexpr int Timeout = 15000;
const QString HomePhone = QStringLiteral("+99999991001");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A real HTTP server on loopback that is not a CAMARA one: every request gets 404 with a plain-text body.
class NotFoundServer final : public QTcpServer
{
public:
    NotFoundServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, request] {
                    request->append(socket->readAll());
                    if (!request->contains("\r\n\r\n")) // a GET: the head is all there is
                        return;
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n"
                                  "Connection: close\r\n\r\nNot Found");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString root() const { return QStringLiteral("http://127.0.0.1:%1/camara").arg(serverPort()); }
};

/// The letters of every mnemonic shown in `dialog`'s labels, buttons and tabs, with where each one is.
QMultiHash<QString, QString> mnemonics(const QWidget &dialog)
{
    QMultiHash<QString, QString> found;
    const auto add = [&found](const QString &text, const QString &where) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(QKeySequence::PortableText), where + QStringLiteral(" '") + text + u'\'');
    };
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy()) // only a label with a buddy has a working mnemonic
            add(label->text(), QStringLiteral("label"));
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        add(button->text(), QString::fromLatin1(button->metaObject()->className()));
    for (const QTabBar *tabs : dialog.findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i), QStringLiteral("tab"));
    }
    return found;
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
    void testConnectionNotFoundPointsAtTheApiRoot();
    void testResultGoesWhenTheConnectionIsEdited();
    void everyMnemonicInTheDialogIsUnique();
    void focusStartsInTheFirstField();
    void profileNamesMatchTheSwitcher();
    void simulatorApiRootIsVisiblyNotEditable();

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
        QVERIFY(defaults.receiver.address.isLoopback()); // safe by default
        QVERIFY(defaults.trayAlerts);
    }
    Preferences p;
    p.receiver.address = QHostAddress(QStringLiteral("0.0.0.0"));
    p.receiver.port = 9443;
    p.receiver.publicSinkUrl = QUrl(QStringLiteral("https://hooks.example.org/roamdesk"));
    p.receiver.tlsCertificateFile = QStringLiteral("/etc/roamdesk/cert.pem");
    p.receiver.tlsKeyFile = QStringLiteral("/etc/roamdesk/key.pem");
    p.receiver.databasePath = QStringLiteral("/var/tmp/rd.sqlite");
    p.trayAlerts = false;
    p.secretBackend = QStringLiteral("file");
    p.language = QStringLiteral("fi");
    {
        QSettings settings(path, QSettings::IniFormat);
        p.save(settings);
    }
    QSettings again(path, QSettings::IniFormat);
    QCOMPARE(Preferences::load(again), p);
    // The keys are the ones earlier versions wrote, so that saved settings still load.
    QCOMPARE(again.value(QStringLiteral("receiver/address")).toString(), QStringLiteral("0.0.0.0"));
    QCOMPARE(again.value(QStringLiteral("receiver/port")).toInt(), 9443);
    QCOMPARE(again.value(QStringLiteral("receiver/publicSinkUrl")).toString(),
        QStringLiteral("https://hooks.example.org/roamdesk"));
    QCOMPARE(again.value(QStringLiteral("receiver/tlsCertificateFile")).toString(),
        QStringLiteral("/etc/roamdesk/cert.pem"));
    QCOMPARE(again.value(QStringLiteral("receiver/tlsKeyFile")).toString(), QStringLiteral("/etc/roamdesk/key.pem"));
    QCOMPARE(again.value(QStringLiteral("receiver/databasePath")).toString(), QStringLiteral("/var/tmp/rd.sqlite"));
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
    p.receiver.address = QHostAddress(address);
    p.receiver.publicSinkUrl = QUrl(publicUrl);
    p.receiver.tlsCertificateFile = certificate ? pem : QString();
    p.receiver.tlsKeyFile = key ? pem : QString();
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
        child<QLineEdit>(dialog, u"apiRootEdit"_s)->setText(QStringLiteral("https://lab.example/camara"));
        QCOMPARE(api::AuthMode(child<QComboBox>(dialog, u"authCombo"_s)->currentData().toInt()), api::AuthMode::Bearer);
        auto *bearerToken = child<QLineEdit>(dialog, u"bearerTokenEdit"_s);
        QVERIFY(bearerToken->isVisibleTo(&dialog));
        // Only the fields of the chosen mode.
        QVERIFY(!child<QLineEdit>(dialog, u"clientSecretEdit"_s)->isVisibleTo(&dialog));
        bearerToken->setText(token);
        QCOMPARE(bearerToken->echoMode(), QLineEdit::Password);
        auto *show = dialog.findChild<QToolButton *>(QStringLiteral("bearerTokenEditShow"));
        QVERIFY(show);
        show->click();
        QCOMPARE(bearerToken->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(bearerToken->echoMode(), QLineEdit::Password);
        child<QComboBox>(dialog, u"subscriptionsVersionCombo"_s)->setCurrentText(QStringLiteral("v0.8"));
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
    QCOMPARE(child<QLineEdit>(again, u"bearerTokenEdit"_s)->text(), token);
    QCOMPARE(child<QLineEdit>(again, u"bearerTokenEdit"_s)->echoMode(), QLineEdit::Password);
    auto *profiles = child<QListWidget>(again, u"profileList"_s);
    QCOMPARE(profiles->currentItem()->text(), QStringLiteral("lab"));

    // Removing it takes its secret with it.
    const int row = profiles->currentRow();
    QVERIFY(row >= 0);
    auto *remove = child<QPushButton>(again, u"removeProfileButton"_s);
    QCOMPARE(remove->text(), QStringLiteral("Remo&ve")); // a custom profile goes; a built-in one is reverted
    remove->click();
    QCOMPARE(profiles->count(), row); // the last one went
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
        auto *address = child<QLineEdit>(dialog, u"receiverAddressEdit"_s);
        QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
        address->setText(QStringLiteral("0.0.0.0"));
        child<QSpinBox>(dialog, u"receiverPortSpin"_s)->setValue(9555);
        child<QLineEdit>(dialog, u"publicSinkUrlEdit"_s)
            ->setText(QStringLiteral("https://tunnel.example.net/notifications"));
        child<QLineEdit>(dialog, u"databasePathEdit"_s)->setText(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), QString()); // the system's
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        expected = dialog.editedPreferences();
        dialog.accept();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), true); // the receiver part needs a restart
    }
    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded, expected);
    QCOMPARE(loaded.receiver.port, quint16(9555));
    QCOMPARE(loaded.receiver.address, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(loaded.language, QStringLiteral("de"));

    SettingsDialog again(m_session);
    QCOMPARE(child<QSpinBox>(again, u"receiverPortSpin"_s)->value(), 9555);
    QCOMPARE(child<QLineEdit>(again, u"publicSinkUrlEdit"_s)->text(),
        QStringLiteral("https://tunnel.example.net/notifications"));
    QCOMPARE(child<QComboBox>(again, u"languageCombo"_s)->currentData().toString(), QStringLiteral("de"));
    child<QCheckBox>(again, u"trayAlertsCheck"_s)->setChecked(false);
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
    child<QLineEdit>(dialog, u"tlsCertificateEdit"_s)->setText(QStringLiteral("/nonexistent/cert.pem"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(dialog.isVisible());
    auto *error = child<QLabel>(dialog, u"settingsError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("both")), qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>(dialog, u"settingsPages"_s)->currentIndex(), int(SettingsDialog::ReceiverTab));
    QCOMPARE(Preferences::load(), before); // nothing saved
}

void TestSettings::dialogNamesTheSecretBackend()
{
    // The reason comes from the secret store choice, kept by the environment service.
    m_session->environments()->setSecretsFallbackReason(QStringLiteral("no keyring service is running"));
    SettingsDialog dialog(m_session);
    const QString text = child<QLabel>(dialog, u"secretsLabel"_s)->text();
    QVERIFY2(text.contains(m_secrets->path()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("owner-only")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no keyring service is running")), qPrintable(text));
    m_session->environments()->setSecretsFallbackReason(QString());
}

void TestSettings::testConnectionAgainstTheSimulator()
{
    SettingsDialog dialog(m_session);
    QVERIFY(dialog.selectProfile(QStringLiteral("simulator")));
    QCOMPARE(child<QLineEdit>(dialog, u"apiRootEdit"_s)->text(), m_session->simulator()->apiRoot().toString());
    QVERIFY(child<QLineEdit>(dialog, u"apiRootEdit"_s)->isReadOnly());
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    const int exchangesBefore = m_session->traffic()->rowCount();
    auto *test = child<QPushButton>(dialog, u"testConnectionButton"_s);
    test->click();
    QVERIFY(!test->isEnabled()); // one test at a time, the GUI keeps running
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    auto *result = child<QLabel>(dialog, u"testResult"_s);
    QVERIFY2(result->text().contains(QStringLiteral("HTTP 200")), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
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
    child<QLineEdit>(dialog, u"apiRootEdit"_s)->setText(apiRoot);
    child<QLineEdit>(dialog, u"bearerTokenEdit"_s)->setText(token);
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString shown = child<QLabel>(dialog, u"testResult"_s)->text();
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
        child<QComboBox>(dialog, u"subscriptionsVersionCombo"_s)->setCurrentText(QStringLiteral("v0.8"));
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

void TestSettings::testConnectionNotFoundPointsAtTheApiRoot()
{
    // A server that is not a CAMARA one answers 404: there is no device in a connection test, so the
    // sentence is about the address.
    NotFoundServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    SettingsDialog dialog(m_session);
    QVERIFY(dialog.addCustomProfile(QStringLiteral("not-camara")));
    child<QLineEdit>(dialog, u"apiRootEdit"_s)->setText(server.root());
    child<QLineEdit>(dialog, u"bearerTokenEdit"_s)->setText(QStringLiteral("tok"));
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    child<QPushButton>(dialog, u"testConnectionButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString shown = child<QLabel>(dialog, u"testResult"_s)->text();
    QVERIFY2(shown.contains(QStringLiteral("404")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("API root")), qPrintable(shown));
    QVERIFY2(shown.contains(server.root()), qPrintable(shown)); // the address that was asked
    // The words, not the address (whose path names the device-roaming-status API).
    QString words = shown;
    words.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
    QVERIFY2(!words.contains(QStringLiteral("device"), Qt::CaseInsensitive), qPrintable(shown));
    dialog.reject();
}

void TestSettings::testResultGoesWhenTheConnectionIsEdited()
{
    NotFoundServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    SettingsDialog dialog(m_session);
    QVERIFY(dialog.addCustomProfile(QStringLiteral("edited")));
    auto *apiRoot = child<QLineEdit>(dialog, u"apiRootEdit"_s);
    auto *token = child<QLineEdit>(dialog, u"bearerTokenEdit"_s);
    auto *auth = child<QComboBox>(dialog, u"authCombo"_s);
    auto *result = child<QLabel>(dialog, u"testResult"_s);
    apiRoot->setText(server.root());
    token->setText(QStringLiteral("tok"));
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    const auto runTest = [&] {
        const qsizetype before = finished.count();
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, Timeout);
        QVERIFY(!result->text().isEmpty());
    };

    runTest();
    QTest::keyClick(apiRoot, Qt::Key_Slash); // the URL
    QVERIFY2(result->text().isEmpty(), qPrintable(result->text()));

    apiRoot->setText(server.root());
    runTest();
    QTest::keyClick(token, Qt::Key_X); // a secret
    QVERIFY2(result->text().isEmpty(), qPrintable(result->text()));

    runTest();
    auth->setCurrentIndex(auth->findData(int(api::AuthMode::OAuth2ClientCredentials))); // the authentication
    QVERIFY2(result->text().isEmpty(), qPrintable(result->text()));
    child<QLineEdit>(dialog, u"clientSecretEdit"_s)->setText(QStringLiteral("s"));
    auth->setCurrentIndex(auth->findData(int(api::AuthMode::Bearer)));

    // A test still under way when the URL changes is dropped: no stale answer arrives later.
    const qsizetype before = finished.count();
    dialog.testConnection();
    QVERIFY(!child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
    apiRoot->setText(server.root() + QStringLiteral("/v2"));
    QVERIFY(child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
    QTest::qWait(200); // room for a late answer to show up (none may)
    QCOMPARE(finished.count(), before);
    QVERIFY(result->text().isEmpty());
    dialog.reject();
}

void TestSettings::everyMnemonicInTheDialogIsUnique()
{
    SettingsDialog dialog(m_session);
    dialog.show();
    // Every text a mnemonic can hide in, once with a built-in profile (Revert) and once with a custom one
    // (Remove), on every page.
    for (const QString &profile : {QStringLiteral("simulator"), QStringLiteral("mnemonic-check")}) {
        if (!dialog.selectProfile(profile))
            QVERIFY(dialog.addCustomProfile(profile));
        const QMultiHash<QString, QString> found = mnemonics(dialog);
        QStringList clashes;
        for (const QString &key : found.uniqueKeys()) {
            if (found.count(key) > 1)
                clashes << key + QStringLiteral(": ") + QStringList(found.values(key)).join(QStringLiteral(", "));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        QVERIFY2(found.size() >= 18, qPrintable(QString::number(found.size()))); // the fields, not an empty walk
        QVERIFY(found.contains(QStringLiteral("Alt+R"))); // the tabs keep their letters
        QVERIFY(found.contains(QStringLiteral("Alt+D")));
    }

    // And the tab letters do switch tabs.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *pages = child<QTabWidget>(dialog, u"settingsPages"_s);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(pages->currentIndex(), int(SettingsDialog::ReceiverTab));
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QCOMPARE(pages->currentIndex(), int(SettingsDialog::DesktopTab));
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(pages->currentIndex(), int(SettingsDialog::EnvironmentsTab));
    dialog.reject();
}

void TestSettings::focusStartsInTheFirstField()
{
    SettingsDialog dialog(m_session);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), child<QListWidget>(dialog, u"profileList"_s));
    // A page opened by its letter puts the focus into its first field as well.
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, u"receiverAddressEdit"_s));
    dialog.reject();
}

void TestSettings::profileNamesMatchTheSwitcher()
{
    if (!m_window) {
        m_window = new MainWindow(m_session);
        m_window->show();
    }
    SettingsDialog dialog(m_session, m_window);
    auto *profiles = child<QListWidget>(dialog, u"profileList"_s);
    const QList<EnvironmentService::Entry> entries = m_session->environments()->environments();
    QCOMPARE(profiles->count(), int(entries.size()));
    QComboBox *switcher = m_window->findChild<QComboBox *>(u"environmentCombo"_s);
    QCOMPARE(switcher->count(), int(entries.size()));
    for (int row = 0; row < profiles->count(); ++row) {
        const EnvironmentService::Entry &entry = entries.at(row);
        QVERIFY(dialog.selectProfile(entry.id));
        QCOMPARE(profiles->item(row)->text(), entry.name);
        QCOMPARE(switcher->itemText(switcher->findData(entry.id)), entry.name);
        QCOMPARE(child<QLabel>(dialog, u"profileName"_s)->text(), entry.name);
    }
    // The built-in ones, by the one function that names them.
    for (const api::Environment &builtIn : api::Environment::builtIns())
        QVERIFY2(switcher->findText(builtIn.displayName()) >= 0, qPrintable(builtIn.displayName()));
    dialog.reject();
}

void TestSettings::simulatorApiRootIsVisiblyNotEditable()
{
    SettingsDialog dialog(m_session);
    dialog.show();
    auto *apiRoot = child<QLineEdit>(dialog, u"apiRootEdit"_s);
    auto *note = child<QLabel>(dialog, u"apiRootNote"_s);
    QVERIFY(dialog.selectProfile(QStringLiteral("simulator")));
    QVERIFY(apiRoot->isReadOnly());
    QVERIFY(!apiRoot->hasFrame()); // drawn as text, not as a field
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("port")), qPrintable(note->text()));
    QVERIFY(dialog.addCustomProfile(QStringLiteral("editable")));
    QVERIFY(!apiRoot->isReadOnly());
    QVERIFY(apiRoot->hasFrame());
    QVERIFY(!note->isVisible());
    dialog.reject();
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
    // The default rules raise a warning for roaming-on: the tray message names the rule and the device.
    QCOMPARE(raised.at(0).at(0).toString(), QStringLiteral("Alert: roaming-on"));
    QVERIFY2(raised.at(0).at(1).toString().contains(QStringLiteral("+99999991001")),
        qPrintable(raised.at(0).at(1).toString()));
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
    auto *table = m_window->trafficView()->findChild<QTableView *>(QStringLiteral("trafficTable"));
    table->selectRow(0); // newest first
    auto *button = m_window->trafficView()->findChild<QPushButton *>(QStringLiteral("resendButton"));
    QVERIFY(button); // beside "Copy as curl"
    QVERIFY(!button->accessibleName().isEmpty());
    button->click();
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), m_window->trafficView());
    QTRY_COMPARE_WITH_TIMEOUT(traffic->rowCount(), before + 1, Timeout);
    QTRY_COMPARE(m_window->trafficView()->currentExchangeRow(), before); // the repeat is selected
    QCOMPARE(table->selectionModel()->currentIndex().row(), 0); // on top
    QCOMPARE(traffic->index(before, TrafficLogModel::StatusColumn).data().toString(),
        traffic->index(before - 1, TrafficLogModel::StatusColumn).data().toString());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionResend")));
}

void TestSettings::accessibleNamesOnSettingsControls()
{
    SettingsDialog dialog(m_session);
    dialog.addCustomProfile(QStringLiteral("a11y"));
    auto *auth = child<QComboBox>(dialog, u"authCombo"_s);
    auth->setCurrentIndex(auth->findData(int(api::AuthMode::OAuth2ClientCredentials)));
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QSpinBox *>(widget) || qobject_cast<QListWidget *>(widget);
        if (!input || qobject_cast<QLineEdit *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()) || qobject_cast<QSpinBox *>(widget->parentWidget()))
            continue; // the line edit inside a combo or spin box
        QVERIFY2(!widget->accessibleName().isEmpty(),
            qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), widget->objectName())));
    }
    dialog.reject();
}

void TestSettings::logFilterIsRemembered()
{
    QVariant chosenType;
    {
        MainWindow window(m_session);
        window.setQuitConfirmer([](int) { return true; }); // live simulator subscriptions: it would ask
        window.notificationLog()->setFilterText(QStringLiteral("type:roaming-on device:+99999991001"));
        auto *type = window.notificationLog()->findChild<QComboBox *>(QStringLiteral("logTypeCombo"));
        QVERIFY(type && type->count() > 2);
        type->setCurrentIndex(2);
        chosenType = type->currentData();
        window.close();
    }
    MainWindow again(m_session);
    again.setQuitConfirmer([](int) { return true; });
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
            unnamed << QStringLiteral("%1 '%2'").arg(
                QLatin1String(widget->metaObject()->className()), widget->objectName());
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
        child<QLineEdit>(dialog, u"apiRootEdit"_s)->setText(QStringLiteral("https://switcher.example/api"));
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
