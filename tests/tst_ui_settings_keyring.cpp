// The keyring path of the secret store, for real: a private D-Bus session bus and a gnome-keyring daemon
// (Secret Service) in a temporary home, unlocked with a throw-away password. Secrets round-trip through the
// keyring and the owner-only file is not used.
// Skips cleanly where dbus-daemon or gnome-keyring-daemon is not installed.
#include "app/client/environmentstore.h"
#include "app/client/keychainsecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::api;

namespace {
constexpr int Timeout = 20000;
const QString Service = QStringLiteral("RoamDesk-test");
} // namespace

class TestSettingsKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeFindsTheKeyring();
    void secretsRoundTripThroughTheKeyring_data();
    void secretsRoundTripThroughTheKeyring();
    void profilesKeepTheirSecretsInTheKeyring();
    void secretsSavedWithoutAKeyringMoveIntoIt();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

void TestSettingsKeyring::initTestCase()
{
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-daemon and gnome-keyring-daemon are needed for a real keyring");
    if (!KeychainSecretStore::isCompiledIn())
        QSKIP("built without qtkeychain");
    QVERIFY(m_dir.isValid());
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A bus of our own: nothing reaches the user's keyring, and nothing of theirs reaches the test. No service
    // directories: an early probe must not D-Bus-activate a second, locked keyring daemon that takes the name.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile conf(config);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
                              "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>\n"
                              "</busconfig>\n")
                   .arg(runtime)
                   .toUtf8());
    conf.close();
    m_bus.start(dbus,
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY(m_bus.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), Timeout);
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(address.startsWith("unix:"));
    // Before anything in this process touches D-Bus: the session bus connection is made once.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qunsetenv("ROAMDESK_SECRET_BACKEND");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(
        keyring, {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.waitForStarted());
    m_keyring.write("roamdesk-test-password");
    m_keyring.closeWriteChannel();
    // Registered on the bus and answering: a probe read succeeds (the entry is simply absent).
    QString reason;
    QTRY_VERIFY2_WITH_TIMEOUT(KeychainSecretStore::probe(Service, &reason, 2000), qPrintable(reason), Timeout);
    // The daemon answers before its unlocked login collection exists: wait until a write lands.
    const auto writable = [] {
        KeychainSecretStore store(Service, 2000);
        store.write(QStringLiteral("ready"), QStringLiteral("yes"));
        const bool ok = store.lastError().isEmpty();
        if (ok)
            store.remove(QStringLiteral("ready"));
        return ok;
    };
    QTRY_VERIFY_WITH_TIMEOUT(writable(), Timeout);
}

void TestSettingsKeyring::cleanupTestCase()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(1000);
        }
    }
}

void TestSettingsKeyring::probeFindsTheKeyring()
{
    const QString file = m_dir.filePath(QStringLiteral("probe/secrets.ini"));
    const SecretStoreChoice choice = chooseSecretStore(QStringLiteral("auto"), file);
    QCOMPARE(choice.backend, SecretStoreChoice::Backend::Keyring);
    QVERIFY(choice.fallbackReason.isEmpty());
    QCOMPARE(choice.backendName(), QStringLiteral("Desktop keyring"));
    QVERIFY(choice.store->description().contains(QStringLiteral("keyring")));
    // Asked for the file, the file it is.
    QCOMPARE(chooseSecretStore(QStringLiteral("file"), file).backend, SecretStoreChoice::Backend::File);
}

void TestSettingsKeyring::secretsRoundTripThroughTheKeyring_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("api key") << "environments/profiles/6e6163/apiKey"
                             << "KEY-0123456789abcdef";
    QTest::newRow("unicode") << "environments/profiles/6c6162/bearerToken"
                             << "tökén-✓-🔑";
    QTest::newRow("long") << "environments/profiles/6c6f6e67/clientSecret" << QString(4096, QLatin1Char('s'));
}

void TestSettingsKeyring::secretsRoundTripThroughTheKeyring()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    {
        KeychainSecretStore store(Service);
        store.write(key, value);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(store.read(key), value);
    }
    {
        // A fresh store (no cache) reads it from the keyring itself.
        KeychainSecretStore store(Service);
        QCOMPARE(store.read(key), value);
        store.remove(key);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(store.read(key), QString());
    }
    KeychainSecretStore again(Service);
    QCOMPARE(again.read(key), QString());
    QVERIFY(again.lastError().isEmpty()); // absent is not an error
}

void TestSettingsKeyring::profilesKeepTheirSecretsInTheKeyring()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("profiles/settings.ini"));
    const QString filePath = m_dir.filePath(QStringLiteral("profiles/secrets.ini"));
    const Environment oauth = Environment::customOAuth2(QStringLiteral("operator"),
        QUrl(QStringLiteral("https://camara.example/api")), QUrl(QStringLiteral("https://auth.example/token")),
        QStringLiteral("client-1"), QStringLiteral("KEYRING-SECRET-77"));
    const QString secretKey = QStringLiteral("environments/profiles/%1/clientSecret")
                                  .arg(QString::fromLatin1(QByteArray("operator").toHex()));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStoreChoice choice = chooseSecretStore(QStringLiteral("auto"), filePath);
        QCOMPARE(choice.backend, SecretStoreChoice::Backend::Keyring);
        EnvironmentStore store(&settings, choice.store.get());
        QVERIFY(store.save(oauth));
    }
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStoreChoice choice = chooseSecretStore(QStringLiteral("auto"), filePath);
        EnvironmentStore store(&settings, choice.store.get());
        QCOMPARE(store.environment(oauth.name).value(), oauth);
        // Under the service "RoamDesk", one entry per secret, keyed like the profile's settings group.
        QCOMPARE(KeychainSecretStore().read(secretKey), QStringLiteral("KEYRING-SECRET-77"));
        store.remove(oauth.name);
    }
    QFile settingsFile(settingsPath);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("KEYRING-SECRET-77"));
    QVERIFY(!QFileInfo::exists(filePath)); // the file fallback was never written
    QCOMPARE(KeychainSecretStore().read(secretKey), QString()); // removed with its profile
}

void TestSettingsKeyring::secretsSavedWithoutAKeyringMoveIntoIt()
{
    // Saved on a day without a keyring…
    const QString filePath = m_dir.filePath(QStringLiteral("migrate/secrets.ini"));
    {
        FileSecretStore file(filePath);
        file.write(QStringLiteral("environments/profiles/6e6163/apiKey"), QStringLiteral("MOVED-KEY-1"));
        file.write(QStringLiteral("environments/profiles/6c6162/bearerToken"), QStringLiteral("MOVED-TOKEN-2"));
    }
    QVERIFY(QFileInfo::exists(filePath));
    // …found on the next start with one: moved, readable, and the plain-text file is gone.
    const SecretStoreChoice choice = chooseSecretStore(QStringLiteral("auto"), filePath);
    QCOMPARE(choice.backend, SecretStoreChoice::Backend::Keyring);
    QCOMPARE(choice.migrated, 2);
    QVERIFY(!QFileInfo::exists(filePath));
    KeychainSecretStore fresh;
    QCOMPARE(fresh.read(QStringLiteral("environments/profiles/6e6163/apiKey")), QStringLiteral("MOVED-KEY-1"));
    QCOMPARE(fresh.read(QStringLiteral("environments/profiles/6c6162/bearerToken")), QStringLiteral("MOVED-TOKEN-2"));
    // Nothing left to move the next time.
    QCOMPARE(chooseSecretStore(QStringLiteral("auto"), filePath).migrated, 0);
    fresh.remove(QStringLiteral("environments/profiles/6e6163/apiKey"));
    fresh.remove(QStringLiteral("environments/profiles/6c6162/bearerToken"));
}

QTEST_GUILESS_MAIN(TestSettingsKeyring)
#include "tst_ui_settings_keyring.moc"
