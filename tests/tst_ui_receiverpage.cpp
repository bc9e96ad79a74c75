// ReceiverPage's store choice: this computer or a shared PostgreSQL store, with a connection test against a
// real server (tests/pgtestserver).
#include "app/common/clock.h"
#include "app/session/receiverservice.h"
#include "models/subscriptiontablemodel.h"
#include "pgtestserver.h"
#include "ui/settings/receiverpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        m_page = std::make_unique<ui::ReceiverPage>(m_service.get());
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

private:
    std::unique_ptr<SubscriptionTableModel> m_subscriptions;
    std::unique_ptr<ReceiverService> m_service;
    std::unique_ptr<ui::ReceiverPage> m_page;
};

QTEST_MAIN(TestUiReceiverPage)
#include "tst_ui_receiverpage.moc"
