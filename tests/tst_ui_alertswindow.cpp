// The alerts in the real window on the embedded simulator and receiver: a device that starts roaming raises
// the default rules' alert, the tab's badge counts it, the alert leads to the device on the Devices board and to
// its notification in the log; the forwarding settings page keeps the token in the secret store only.
#include "app/alerts/alertforwarder.h"
#include "app/alerts/alertservice.h"
#include "app/client/secretstore.h"
#include "app/session/apirequests.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/fleettablemodel.h"
#include "models/notificationlogmodel.h"
#include "sessiontestutil.h"
#include "ui/alertsmodel.h"
#include "ui/alertsview.h"
#include "ui/devicesboard.h"
#include "ui/mainwindow.h"
#include "ui/notificationlogview.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;
const QString Phone = u"+99999991001"_s;
} // namespace

class TestAlertsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/roamdesk-test-bus");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/rules.json"_s);
        m_secrets = std::make_unique<api::FileSecretStore>(m_dir.filePath(u"secrets.ini"_s));
        Session::Options options;
        options.receiver.databasePath = m_dir.filePath(u"notifications.sqlite"_s);
        options.receiver.port = 0;
        options.fastRetries = true;
        options.secretStore = m_secrets.get();
        m_session = new Session(options, this);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->receiver()->isListening(), Timeout);
        m_window = new MainWindow(m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_session->shutdown();
    }

    void anAlertLeadsToItsDeviceAndNotification()
    {
        QSignalSpy created(m_session->requests(), &ApiRequests::subscriptionCreated);
        m_session->requests()->createSubscription(
            testsupport::subscriptionRequest(Phone, EventType::RoamingOn, m_session->receiver()->sinkUrl().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Timeout);
        m_session->simulator()->moveDevice(Phone, 208); // France

        auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
        const int alertsTab = tabs->indexOf(m_window->alertsView());
        QCOMPARE(alertsTab, int(MainWindow::AlertsTab));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(alertsTab), u"Alerts (1)"_s, Timeout);

        m_window->showTab(MainWindow::AlertsTab);
        auto *table = m_window->alertsView()->findChild<QTableView *>(u"alertsTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex alert = table->model()->index(0, 0);
        QCOMPARE(alert.data(AlertsModel::DeviceRole).toString(), Phone);
        const qint64 seq = alert.data(AlertsModel::SeqRole).toLongLong();
        QVERIFY(seq > 0);
        table->selectRow(0);

        // To the device: the Devices board, the device selected (its journey follows the selection).
        m_window->alertsView()->findChild<QPushButton *>(u"showDeviceButton"_s)->click();
        QCOMPARE(tabs->currentWidget(), m_window->devicesBoard());
        auto *devices = m_window->devicesBoard()->findChild<QTableView *>(u"devicesTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(devices->currentIndex().data(FleetTableModel::KeyRole).toString(), Phone, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->devicesBoard()->journeyDevice(), Phone, Timeout);

        // To the notification: the log, that very event selected.
        m_window->showTab(MainWindow::AlertsTab);
        m_window->alertsView()->findChild<QPushButton *>(u"showNotificationButton"_s)->click();
        QCOMPARE(tabs->currentWidget(), m_window->notificationLog());
        QTableView *log = m_window->notificationLog()->table();
        QTRY_VERIFY_WITH_TIMEOUT(log->currentIndex().isValid()
                && log->currentIndex().data(NotificationLogModel::SeqRole).toLongLong() == seq,
            Timeout);

        // Acknowledged: off the badge.
        m_window->showTab(MainWindow::AlertsTab);
        table->selectRow(0);
        m_window->alertsView()->findChild<QPushButton *>(u"acknowledgeButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(alertsTab), u"Alerts"_s, Timeout);
        m_session->simulator()->sendHome(Phone);
    }

    void forwardingTokenStaysInTheSecretStore()
    {
        const QString token = u"fwd-token-5f1c2a"_s;
        {
            SettingsDialog dialog(m_session);
            dialog.showPage(SettingsDialog::AlertsTab);
            auto *enabled = dialog.findChild<QCheckBox *>(u"forwardAlertsCheck"_s);
            QVERIFY(!enabled->isChecked()); // off by default
            enabled->setChecked(true);
            auto *url = dialog.findChild<QLineEdit *>(u"forwardUrlEdit"_s);
            url->setText(u"ftp://alerts.example.com/"_s);
            auto *tokenEdit = dialog.findChild<QLineEdit *>(u"forwardTokenEdit"_s);
            QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
            tokenEdit->setText(token);
            QSignalSpy saved(&dialog, &SettingsDialog::preferencesSaved);
            dialog.accept(); // refused: not an http(s) URL
            QCOMPARE(saved.count(), 0);
            QVERIFY(dialog.findChild<QLabel *>(u"settingsError"_s)->text().contains(u"http"_s));
            url->setText(u"http://alerts.example.com/roamdesk"_s); // the token would go in clear
            dialog.accept();
            QCOMPARE(saved.count(), 0);
            QVERIFY(dialog.findChild<QLabel *>(u"settingsError"_s)->text().contains(u"https"_s));
            url->setText(u"https://alerts.example.com/roamdesk"_s);
            dialog.accept();
            QCOMPARE(saved.count(), 1);
        }
        QCOMPARE(m_secrets->read(AlertForwarding::tokenKey()), token);
        const AlertForwarder *forwarder = m_session->alerts()->forwarder();
        QVERIFY(forwarder->isActive());
        QCOMPARE(forwarder->configuration().token, token);
        QCOMPARE(forwarder->configuration().url, QUrl(u"https://alerts.example.com/roamdesk"_s));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(token.toUtf8()));

        // Reopened: the page shows what was saved; switched off again.
        SettingsDialog again(m_session);
        QCOMPARE(again.findChild<QLineEdit *>(u"forwardTokenEdit"_s)->text(), token);
        again.findChild<QCheckBox *>(u"forwardAlertsCheck"_s)->setChecked(false);
        again.accept();
        QVERIFY(!m_session->alerts()->forwarder()->isActive());
        QSettings().remove(u"alertForwarding"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<api::FileSecretStore> m_secrets;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestAlertsWindow)
#include "tst_ui_alertswindow.moc"
