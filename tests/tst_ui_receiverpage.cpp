// ReceiverPage's store choice: this computer or a shared PostgreSQL store, with a connection test against a
// real server (tests/pgtestserver), and the shared store's password kept in the secret store, not the settings.
#include "app/client/secretstore.h"
#include "app/common/clock.h"
#include "app/session/receiverservice.h"
#include "app/store/storecredentials.h"
#include "app/store/storefactory.h"
#include "models/subscriptiontablemodel.h"
#include "pgtestserver.h"
#include "ui/preferences.h"
#include "ui/settings/receiverpage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestUiReceiverPage : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    T *child(const QString &name)
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qWarning().noquote() << "no" << name;
        return widget;
    }

private Q_SLOTS:
    void init()
    {
        m_subscriptions = std::make_unique<SubscriptionTableModel>();
        m_service = std::make_unique<ReceiverService>(Clock::system(), m_subscriptions.get());
        m_page = std::make_unique<ui::ReceiverPage>(m_service.get(), &m_secrets);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_service.reset();
        m_subscriptions.reset();
    }

    void readsAndWritesEitherChoice()
    {
        ReceiverSettings settings;
        settings.databasePath = u"postgresql://alice@db.example.com/roamdesk?sslmode=verify-full"_s;
        m_page->load(settings);
        QCOMPARE(child<QComboBox>(u"storeKindCombo"_s)->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(u"storeUrlEdit"_s)->text(), settings.databasePath);
        QVERIFY(child<QLineEdit>(u"storeUrlEdit"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(u"databasePathEdit"_s)->isVisible());
        QCOMPARE(m_page->settings().databasePath, settings.databasePath);
        QVERIFY(m_page->validate().isEmpty());

        child<QComboBox>(u"storeKindCombo"_s)->setCurrentIndex(0);
        QVERIFY(child<QLineEdit>(u"databasePathEdit"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(u"storeUrlEdit"_s)->isVisible());
        child<QLineEdit>(u"databasePathEdit"_s)->setText(u"/tmp/mine.sqlite"_s);
        QCOMPARE(m_page->settings().databasePath, u"/tmp/mine.sqlite"_s);

        settings.databasePath = u"/tmp/file.sqlite"_s;
        m_page->load(settings);
        QCOMPARE(child<QComboBox>(u"storeKindCombo"_s)->currentIndex(), 0);
        QCOMPARE(child<QLineEdit>(u"databasePathEdit"_s)->text(), settings.databasePath);
    }

    void refusesAPasswordInTheUrl()
    {
        child<QComboBox>(u"storeKindCombo"_s)->setCurrentIndex(1);
        child<QLineEdit>(u"storeUrlEdit"_s)->setText(u"postgresql://alice:s3cret@db.example.com/roamdesk"_s);
        QVERIFY2(m_page->validate().contains(u"PGPASSWORD"_s), qPrintable(m_page->validate()));
        child<QLineEdit>(u"storeUrlEdit"_s)->setText(u"/not/a/url.sqlite"_s);
        QVERIFY(!m_page->validate().isEmpty());
    }

    void testsTheConnection()
    {
        const QString why = pgtest::PgTestServer::whyUnavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        pgtest::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString url = server.createDatabase();
        child<QComboBox>(u"storeKindCombo"_s)->setCurrentIndex(1);
        auto *result = child<QLabel>(u"storeTestResult"_s);

        child<QLineEdit>(u"storeUrlEdit"_s)->setText(url);
        child<QPushButton>(u"storeTestButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(u"storeTestButton"_s)->isEnabled(), 20000);
        QVERIFY2(result->text().startsWith(u"Connected"_s), qPrintable(result->text()));

        child<QLineEdit>(u"storeUrlEdit"_s)->setText(server.url(u"no_such_database"_s));
        child<QPushButton>(u"storeTestButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(u"storeTestButton"_s)->isEnabled(), 20000);
        QVERIFY2(result->text().startsWith(u"Cannot connect"_s), qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"no_such_database"_s), qPrintable(result->text()));
    }

    void keepsThePasswordInTheSecretStore()
    {
        const QString why = pgtest::PgTestServer::whyUnavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        // libpq's own sources stay out of it: the password can only come from the page.
        qunsetenv("PGPASSWORD");
        QTemporaryDir dir;
        qputenv("PGPASSFILE", QFile::encodeName(dir.filePath(u"no-pgpass"_s)));
        pgtest::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString database = StoreLocation::parse(server.createDatabase())->database();
        // A role that must give its password (SCRAM) on the socket: the server's other roles stay trusted.
        QVERIFY2(server.sql(database,
                     {u"CREATE ROLE desk LOGIN PASSWORD 'Correct-Horse-7'"_s,
                         u"GRANT ALL ON DATABASE %1 TO desk"_s.arg(database), u"GRANT ALL ON SCHEMA public TO desk"_s}),
            qPrintable(server.error()));
        QString hbaFile;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"hba"_s);
            const StoreLocation super = *StoreLocation::parse(server.url(database));
            db.setHostName(super.host());
            db.setPort(super.port());
            db.setUserName(super.user());
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SHOW hba_file"_s) && query.next());
            hbaFile = query.value(0).toString();
            QFile hba(hbaFile);
            QVERIFY(hba.open(QIODevice::ReadOnly));
            const QByteArray rules = "local all desk scram-sha-256\n" + hba.readAll();
            hba.close();
            QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(hba.write(rules) == rules.size());
            hba.close();
            QVERIFY(query.exec(u"SELECT pg_reload_conf()"_s));
        }
        QSqlDatabase::removeDatabase(u"hba"_s);

        const QString url = server.url(database, u"desk"_s);
        const StoreLocation location = *StoreLocation::parse(url);
        storecredentials::setPassword(location, QString());
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(!storefactory::open(location, NotificationStore::Durability::Normal,
                                     storefactory::Checks::Writable, &error),
            10000); // the reloaded rules ask for it
        QVERIFY2(error.contains(u"password"_s), qPrintable(error));

        ReceiverSettings settings;
        settings.databasePath = url;
        m_page->load(settings);
        auto *password = child<QLineEdit>(u"storePasswordEdit"_s);
        QVERIFY(password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->text().isEmpty());
        password->setText(u"Correct-Horse-7"_s);
        child<QPushButton>(u"storeTestButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(u"storeTestButton"_s)->isEnabled(), 20000);
        const QString result = child<QLabel>(u"storeTestResult"_s)->text();
        QVERIFY2(result.startsWith(u"Connected"_s), qPrintable(result));

        // Saved: the password is in the secret store; the settings file holds the URL and no password.
        m_page->store();
        QCOMPARE(m_secrets.read(storecredentials::secretKey(location)), u"Correct-Horse-7"_s);
        const QString settingsPath = dir.filePath(u"roamdesk.conf"_s);
        {
            QSettings file(settingsPath, QSettings::IniFormat);
            ui::Preferences preferences;
            preferences.receiver = m_page->settings();
            preferences.save(file);
        }
        QFile saved(settingsPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(text.contains("desk"), text.constData());
        QVERIFY2(!text.contains("Correct-Horse-7"), text.constData());

        // Another connection of this process (as the receiver's writer after a restart) opens with it.
        storecredentials::setPassword(location, QString());
        storecredentials::setPassword(location, m_secrets.read(storecredentials::secretKey(location)));
        const std::unique_ptr<NotificationStore> store =
            storefactory::open(location, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        QVERIFY2(store, qPrintable(error));

        // The page reopened shows the kept password; cleared and saved, it is gone from the secret store.
        m_page->load(settings);
        QCOMPARE(password->text(), u"Correct-Horse-7"_s);
        password->clear();
        m_page->store();
        QVERIFY(m_secrets.read(storecredentials::secretKey(location)).isEmpty());
        QVERIFY(storecredentials::password(location).isEmpty());
    }

private:
    api::MemorySecretStore m_secrets;
    std::unique_ptr<SubscriptionTableModel> m_subscriptions;
    std::unique_ptr<ReceiverService> m_service;
    std::unique_ptr<ui::ReceiverPage> m_page;
};

QTEST_MAIN(TestUiReceiverPage)
#include "tst_ui_receiverpage.moc"
