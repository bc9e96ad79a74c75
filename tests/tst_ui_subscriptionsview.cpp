// SubscriptionsView against the embedded simulator and receiver (a real Session, offscreen): the create
// dialog starts from the device being looked up however it is opened (New…, the menu's Ctrl+N, Subscribe…),
// several event types make one subscription each, and the table keeps every row on one line.
#include "app/client/environment.h"
#include "app/client/environmentstore.h"
#include "app/session/apirequests.h"
#include "app/session/environmentservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/subscriptiontablemodel.h"
#include "ui/createsubscriptiondialog.h"
#include "ui/lookuppanel.h"
#include "ui/mainwindow.h"
#include "ui/subscriptionsview.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15000;
} // namespace

class TestSubscriptionsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;

    // Opens the dialog one way and returns the device it starts with (the dialog is cancelled).
    std::optional<Device> deviceWhenOpened(const std::function<void()> &open)
    {
        std::optional<Device> seen;
        m_window->subscriptionsView()->setDialogHook([&](CreateSubscriptionDialog *dialog) {
            seen = dialog->requests().value(0).config.device.value_or(Device());
            return false;
        });
        open();
        m_window->subscriptionsView()->setDialogHook({});
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        Session::Options options;
        options.receiver.databasePath = m_dir.filePath(u"notifications.sqlite"_s);
        options.receiver.port = 0;
        options.fastRetries = true;
        m_session = new Session(options, this);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        m_window = new MainWindow(m_session);
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->receiver()->isListening(), Timeout);
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_session->shutdown();
    }

    void dialogStartsFromTheLookedUpDevice_data()
    {
        QTest::addColumn<Device>("device");
        Device phone;
        phone.phoneNumber = u"+99999991001"_s;
        QTest::newRow("phone") << phone;
        Device nai;
        nai.networkAccessIdentifier = u"device1@example.com"_s;
        QTest::newRow("nai") << nai;
        Device ipv4;
        ipv4.ipv4Address = Ipv4Address{u"84.125.93.10"_s, u"192.168.0.1"_s, std::nullopt};
        QTest::newRow("ipv4 private") << ipv4;
        Device ipv4Port;
        ipv4Port.ipv4Address = Ipv4Address{u"84.125.93.10"_s, QString(), 5060};
        QTest::newRow("ipv4 port") << ipv4Port;
        Device ipv6;
        ipv6.ipv6Address = u"2001:db8:85a3:8d3:1319:8a2e:370:7344"_s;
        QTest::newRow("ipv6") << ipv6;
    }

    void dialogStartsFromTheLookedUpDevice()
    {
        QFETCH(Device, device);
        m_window->lookupPanel()->setDevice(device);
        auto *newButton = m_window->subscriptionsView()->findChild<QPushButton *>(u"newSubscriptionButton"_s);
        auto *newAction = m_window->findChild<QAction *>(u"actionNewSubscription"_s);
        auto *subscribeButton = m_window->lookupPanel()->findChild<QPushButton *>(u"subscribeButton"_s);
        QVERIFY(newButton && newAction && subscribeButton);
        QVERIFY(subscribeButton->isEnabled());
        QCOMPARE(deviceWhenOpened([&] { newButton->click(); }), std::optional<Device>(device));
        QCOMPARE(deviceWhenOpened([&] { newAction->trigger(); }), std::optional<Device>(device));
        QCOMPARE(deviceWhenOpened([&] { subscribeButton->click(); }), std::optional<Device>(device));
    }

    void severalTypesCreateOneSubscriptionEach()
    {
        SubscriptionsView *view = m_window->subscriptionsView();
        SubscriptionTableModel *model = m_session->subscriptions();
        const QStringList before = model->ids();
        const QList<EventType> types{EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
        view->setDialogHook([&](CreateSubscriptionDialog *dialog) {
            for (EventType type : eventtype::subscribable()) {
                dialog->findChild<QCheckBox *>(u"eventTypeCheck_"_s + eventtype::shortName(type))
                    ->setChecked(types.contains(type));
            }
            return dialog->problems().isEmpty();
        });
        Device device;
        device.phoneNumber = u"+99999991001"_s;
        m_window->subscribeDevice(device);
        view->setDialogHook({});
        QStringList created;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                created.clear();
                for (const QString &id : model->ids()) {
                    if (!before.contains(id))
                        created << id;
                }
                return created.size() == 3;
            }(),
            Timeout);
        QStringList shown;
        for (const QString &id : std::as_const(created)) {
            const int row = model->rowOf(id);
            shown << model->index(row, SubscriptionTableModel::EventTypeColumn).data().toString();
            QCOMPARE(model->index(row, SubscriptionTableModel::DeviceColumn).data().toString(), device.phoneNumber);
        }
        shown.sort();
        QCOMPARE(shown, (QStringList{u"roaming-change-country"_s, u"roaming-off"_s, u"roaming-on"_s}));
    }

    void tableRowsStayOnOneLine()
    {
        m_window->showTab(MainWindow::SubscriptionsTab);
        auto *table = m_window->subscriptionsView()->findChild<QTableView *>(u"subscriptionsTable"_s);
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 3, Timeout);
        QVERIFY(!table->wordWrap());
        // The event type column fits its longest entry, so nothing is cut while there is room. The header sizes
        // its sections when it next lays out, so the check waits for that.
        const QFontMetrics metrics = table->fontMetrics();
        const auto typesFit = [&] {
            const int typeWidth = table->columnWidth(SubscriptionTableModel::EventTypeColumn);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString type =
                    table->model()->index(row, SubscriptionTableModel::EventTypeColumn).data().toString();
                if (metrics.horizontalAdvance(type) >= typeWidth)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(typesFit(), Timeout);
        // Every id cut at the same place: one column width, one line, elided at the end.
        const int rowHeight = table->rowHeight(0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->rowHeight(row), rowHeight);
        QVERIFY(rowHeight < 2 * metrics.height());
    }

    void listErrorGoesWithTheEnvironment()
    {
        // A custom endpoint on a loopback port nobody listens on: listing fails there.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        api::Environment refused;
        refused.name = u"refused"_s;
        refused.kind = api::EnvironmentKind::Custom;
        refused.apiRoot = QUrl(u"http://127.0.0.1:%1/device-status"_s.arg(closedPort));
        QVERIFY(m_session->environments()->store()->save(refused));
        auto *message = m_window->subscriptionsView()->findChild<QLabel *>(u"subscriptionsMessage"_s);
        QVERIFY(message);
        const QString simulatorId = m_session->environments()->currentId();
        m_session->environments()->setCurrent(u"refused"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->isVisibleTo(m_window) && message->text().contains(u"Could not list"_s), Timeout);

        // Back on the simulator, whose list loads: the other network's error is gone and stays gone.
        QSignalSpy refreshed(m_session->requests(), &ApiRequests::subscriptionsRefreshed);
        m_session->environments()->setCurrent(simulatorId);
        QVERIFY(!message->isVisibleTo(m_window));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
        QVERIFY(!message->isVisibleTo(m_window));
        QVERIFY(m_window->subscriptionsView()->messageText().isEmpty());

        // On the same network, a list that works again after one that failed takes the error away too.
        m_session->environments()->setCurrent(u"refused"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisibleTo(m_window), Timeout);
        refused.apiRoot = m_session->simulator()->apiRoot();
        QVERIFY(m_session->environments()->store()->save(refused));
        m_session->environments()->apply();
        QSignalSpy again(m_session->requests(), &ApiRequests::subscriptionsRefreshed);
        m_window->subscriptionsView()->refreshQuietly();
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, Timeout);
        QVERIFY(!message->isVisibleTo(m_window));
        m_session->environments()->setCurrent(simulatorId);
        m_session->environments()->store()->remove(u"refused"_s);
    }
};

QTEST_MAIN(TestSubscriptionsView)
#include "tst_ui_subscriptionsview.moc"
