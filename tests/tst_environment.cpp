// Environment profiles: endpoints per profile, validation, QSettings persistence with secrets kept apart.
#include "app/client/environment.h"
#include "app/client/environmentstore.h"
#include "app/client/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk::api;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<QString>("apiRoot");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("retrieve");
        QTest::addColumn<QString>("subscriptions");
        QTest::newRow("seed prefix")
            << "https://network-as-code.p-eu.rapidapi.com/device-status"
            << "v0.7"
            << "https://network-as-code.p-eu.rapidapi.com/device-status/device-roaming-status/v1/retrieve"
            << "https://network-as-code.p-eu.rapidapi.com/device-status/device-roaming-status-subscriptions/v0.7/"
               "subscriptions";
        QTest::newRow("trailing slash")
            << "http://localhost:9091/"
            << "v0.8"
            << "http://localhost:9091/device-roaming-status/v1/retrieve"
            << "http://localhost:9091/device-roaming-status-subscriptions/v0.8/subscriptions";
        QTest::newRow("no path") << "http://127.0.0.1:8080"
                                 << "v0.7"
                                 << "http://127.0.0.1:8080/device-roaming-status/v1/retrieve"
                                 << "http://127.0.0.1:8080/device-roaming-status-subscriptions/v0.7/subscriptions";
    }

    void endpoints()
    {
        QFETCH(QString, apiRoot);
        QFETCH(QString, version);
        QFETCH(QString, retrieve);
        QFETCH(QString, subscriptions);
        Environment environment = Environment::customBearer(QStringLiteral("x"), QUrl(apiRoot), QStringLiteral("t"));
        environment.subscriptionsVersion = version;
        QCOMPARE(environment.retrieveUrl().toString(), retrieve);
        QCOMPARE(environment.subscriptionsUrl().toString(), subscriptions);
        QCOMPARE(environment.subscriptionUrl(QStringLiteral("qs15-h556-rt89-1298")).toString(),
            subscriptions + QStringLiteral("/qs15-h556-rt89-1298"));
    }

    void subscriptionIdIsEncodedIntoOneSegment()
    {
        const Environment environment = Environment::simulator(QUrl(QStringLiteral("http://h/device-status")));
        const QUrl url = environment.subscriptionUrl(QStringLiteral("a/b?c#d e"));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "http://h/device-status/device-roaming-status-subscriptions/v0.7/subscriptions/a%2Fb%3Fc%23d%20e"));
        QVERIFY(!url.hasQuery());
        QVERIFY(!url.hasFragment());
    }

    void networkAsCodeProfiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("host");
        QTest::newRow("prod") << int(EnvironmentKind::NacProd) << "nac"
                              << "https://network-as-code.p-eu.rapidapi.com"
                              << "network-as-code.nokia.rapidapi.com";
        QTest::newRow("staging") << int(EnvironmentKind::NacStaging) << "nac-staging"
                                 << "https://network-as-code.p-eu.rapidapi.com"
                                 << "network-as-code.nokia-stage.rapidapi.com";
        QTest::newRow("dev") << int(EnvironmentKind::NacDev) << "nac-dev"
                             << "https://network-as-code1.p-eu.rapidapi.com"
                             << "network-as-code1.nokia-dev.rapidapi.com";
    }

    void networkAsCodeProfiles()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, base);
        QFETCH(QString, host);
        const Environment environment = Environment::networkAsCode(EnvironmentKind(kind), QStringLiteral("key"));
        QCOMPARE(environment.name, name);
        QCOMPARE(environment.auth, AuthMode::RapidApiKey);
        QCOMPARE(environment.rapidApiHost, host);
        QCOMPARE(environment.retrieveUrl().toString(),
            base + QStringLiteral("/device-status/device-roaming-status/v1/retrieve"));
        QCOMPARE(environment.subscriptionsVersion, QStringLiteral("v0.7"));
        QCOMPARE(environment.statusVersion, QStringLiteral("v1"));
        QCOMPARE(environment.timeoutMs, 30000);
        QVERIFY(environment.validationError().isEmpty());
        QCOMPARE(Environment::kindFromString(name), std::optional<EnvironmentKind>(EnvironmentKind(kind)));
    }

    void stringsRoundTrip()
    {
        for (EnvironmentKind kind : {EnvironmentKind::Simulator, EnvironmentKind::NacProd, EnvironmentKind::NacStaging,
                 EnvironmentKind::NacDev, EnvironmentKind::Custom})
            QCOMPARE(
                Environment::kindFromString(Environment::kindToString(kind)), std::optional<EnvironmentKind>(kind));
        for (AuthMode mode :
            {AuthMode::None, AuthMode::RapidApiKey, AuthMode::Bearer, AuthMode::OAuth2ClientCredentials})
            QCOMPARE(Environment::authFromString(Environment::authToString(mode)), std::optional<AuthMode>(mode));
        QCOMPARE(Environment::kindFromString(QStringLiteral("prod")), std::nullopt);
    }

    void validation_data()
    {
        QTest::addColumn<int>("caseId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simulator not started") << 0 << false;
        QTest::newRow("simulator started") << 1 << true;
        QTest::newRow("nac without key") << 2 << false;
        QTest::newRow("bearer without token") << 3 << false;
        QTest::newRow("oauth without secret") << 4 << false;
        QTest::newRow("ftp root") << 5 << false;
        QTest::newRow("v0.9") << 6 << false;
        QTest::newRow("oauth complete") << 7 << true;
        // The client secret never crosses the network unencrypted unless the user insists.
        QTest::newRow("oauth token url http to another host") << 8 << false;
        QTest::newRow("oauth token url http to another host, insecure allowed") << 9 << true;
        QTest::newRow("oauth token url http to 127.0.0.1") << 10 << true;
        QTest::newRow("oauth token url http to localhost") << 11 << true;
        QTest::newRow("oauth token url http to [::1]") << 12 << true;
        QTest::newRow("oauth token url http to 0.0.0.0") << 13 << false;
        QTest::newRow("oauth token url ftp") << 14 << false;
    }

    void validation()
    {
        QFETCH(int, caseId);
        QFETCH(bool, valid);
        const QUrl root(QStringLiteral("https://api.example.com/camara"));
        Environment environment;
        switch (caseId) {
        case 0:
            environment = Environment::simulator();
            break;
        case 1:
            environment = Environment::simulator(QUrl(QStringLiteral("http://127.0.0.1:5000/device-status")));
            break;
        case 2:
            environment = Environment::networkAsCode(EnvironmentKind::NacProd);
            break;
        case 3:
            environment = Environment::customBearer(QStringLiteral("c"), root, {});
            break;
        case 4:
            environment = Environment::customOAuth2(
                QStringLiteral("c"), root, QUrl(QStringLiteral("https://auth/t")), QStringLiteral("id"), {});
            break;
        case 5:
            environment =
                Environment::customBearer(QStringLiteral("c"), QUrl(QStringLiteral("ftp://x/y")), QStringLiteral("t"));
            break;
        case 6:
            environment = Environment::customBearer(QStringLiteral("c"), root, QStringLiteral("t"));
            environment.subscriptionsVersion = QStringLiteral("v0.9");
            break;
        case 7:
            environment = Environment::customOAuth2(QStringLiteral("c"), root, QUrl(QStringLiteral("https://auth/t")),
                QStringLiteral("id"), QStringLiteral("s"));
            break;
        case 8:
        case 9:
            environment = Environment::customOAuth2(QStringLiteral("c"), root,
                QUrl(QStringLiteral("http://auth.example.com/t")), QStringLiteral("id"), QStringLiteral("s"));
            environment.allowInsecureTokenUrl = caseId == 9;
            break;
        default: {
            const char *const hosts[] = {"http://127.0.0.1:8080/t", "http://LocalHost/t", "http://[::1]:8080/t",
                "http://0.0.0.0:8080/t", "ftp://auth.example.com/t"};
            environment = Environment::customOAuth2(QStringLiteral("c"), root,
                QUrl(QString::fromLatin1(hosts[caseId - 10])), QStringLiteral("id"), QStringLiteral("s"));
            break;
        }
        }
        QCOMPARE(environment.validationError().isEmpty(), valid);
        if (caseId == 8)
            QVERIFY2(environment.validationError().contains(QStringLiteral("https")),
                qPrintable(environment.validationError()));
        QCOMPARE(environment.sendsSecretInClear(), caseId == 8 || caseId == 9 || caseId == 13);
    }

    void storeKeepsProfilesAndSecretsApart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString iniPath = dir.filePath(QStringLiteral("roamdesk.ini"));
        MemorySecretStore secrets;
        Environment oauth = Environment::customOAuth2(QStringLiteral("my/operator"),
            QUrl(QStringLiteral("https://api.operator.example/camara")),
            QUrl(QStringLiteral("https://auth.operator.example/token")), QStringLiteral("client-7"),
            QStringLiteral("CLIENT-SECRET-VALUE"), QStringLiteral("device-roaming-status:read"));
        oauth.subscriptionsVersion = QStringLiteral("v0.8");
        oauth.timeoutMs = 12000;
        Environment nac = Environment::networkAsCode(EnvironmentKind::NacStaging, QStringLiteral("NAC-KEY-VALUE"));
        {
            QSettings settings(iniPath, QSettings::IniFormat);
            EnvironmentStore store(&settings, &secrets);
            QSignalSpy changed(&store, &EnvironmentStore::environmentsChanged);
            QVERIFY(store.save(oauth));
            QVERIFY(store.save(nac));
            QVERIFY(!store.save(Environment()));
            QCOMPARE(changed.count(), 2);
            QSignalSpy current(&store, &EnvironmentStore::currentChanged);
            QCOMPARE(store.currentName(), QStringLiteral("simulator"));
            QVERIFY(store.setCurrent(QStringLiteral("my/operator")));
            QVERIFY(!store.setCurrent(QStringLiteral("nope")));
            QCOMPARE(current.count(), 1);
        }
        QFile file(iniPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.contains("CLIENT-SECRET-VALUE"));
        QVERIFY(!ini.contains("NAC-KEY-VALUE"));
        QVERIFY(ini.contains("client-7"));

        QSettings settings(iniPath, QSettings::IniFormat);
        EnvironmentStore store(&settings, &secrets);
        QCOMPARE(store.currentName(), QStringLiteral("my/operator"));
        QCOMPARE(store.current(), oauth);
        QCOMPARE(store.environment(QStringLiteral("nac-staging")).value(), nac);
        const QList<Environment> all = store.environments();
        QCOMPARE(all.size(), 5); // 4 built-ins + 1 custom
        QCOMPARE(all.first().name, QStringLiteral("simulator"));
        QCOMPARE(all.last().name, QStringLiteral("my/operator"));

        store.remove(QStringLiteral("my/operator"));
        QCOMPARE(store.currentName(), QStringLiteral("simulator"));
        QVERIFY(!store.contains(QStringLiteral("my/operator")));
        Environment again = oauth;
        again.clientSecret.clear();
        QVERIFY(store.save(again));
        QVERIFY(store.environment(QStringLiteral("my/operator"))->clientSecret.isEmpty()); // secret went with it

        store.remove(QStringLiteral("nac-staging")); // a built-in returns to defaults
        QCOMPARE(store.environment(QStringLiteral("nac-staging")).value(),
            Environment::networkAsCode(EnvironmentKind::NacStaging));
    }

    void simulatorPortIsNotPersisted()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        EnvironmentStore store(&settings, &secrets);
        Environment simulator = Environment::simulator(QUrl(QStringLiteral("http://127.0.0.1:41234/device-status")));
        simulator.subscriptionsVersion = QStringLiteral("v0.8");
        QVERIFY(store.save(simulator));
        const Environment loaded = store.environment(QStringLiteral("simulator")).value();
        QVERIFY(loaded.apiRoot.isEmpty());
        QCOMPARE(loaded.subscriptionsVersion, QStringLiteral("v0.8"));
    }

    void fileSecretStoreIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.ini"));
        const auto othersMayAccess =
            QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        {
            FileSecretStore store(path);
            // Owner-only before the first secret is written, not only after it.
            QVERIFY(QFile::exists(path));
            QCOMPARE(QFile::permissions(path) & othersMayAccess, QFileDevice::Permissions());
            store.write(QStringLiteral("a/apiKey"), QStringLiteral("value-1"));
            QCOMPARE(QFile::permissions(path) & othersMayAccess, QFileDevice::Permissions());
            QCOMPARE(store.read(QStringLiteral("a/apiKey")), QStringLiteral("value-1"));
            QVERIFY(store.description().contains(path));
        }
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        FileSecretStore reopened(path);
        QCOMPARE(reopened.read(QStringLiteral("a/apiKey")), QStringLiteral("value-1"));
        reopened.remove(QStringLiteral("a/apiKey"));
        QVERIFY(reopened.read(QStringLiteral("a/apiKey")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
