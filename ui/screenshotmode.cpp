#include "ui/screenshotmode.h"

#include "app/fleet/fleetservice.h"
#include "app/session/apirequests.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "models/subscriptiontablemodel.h"
#include "ui/alertsview.h"
#include "ui/createsubscriptiondialog.h"
#include "ui/deviceeditor.h"
#include "ui/devicesboard.h"
#include "ui/lookuppanel.h"
#include "ui/mainwindow.h"
#include "ui/notificationlogview.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/simulatorpanel.h"
#include "ui/subscriptionsview.h"
#include "ui/themecolors.h"
#include "ui/trafficview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>

#include <functional>

Q_LOGGING_CATEGORY(lcShots, "roamdesk.screenshots")

namespace roamdesk::ui {

namespace {

constexpr int WaitMs = 15000;
const QString RoamingPhone = QStringLiteral("+99999991000");
const QString HomePhone = QStringLiteral("+99999991001"); // also the europe-tour scenario's traveller

/// Lets the event loop run until `done` holds (documentation tool only: the window is driven, not used).
bool waitFor(const std::function<bool()> &done, int timeoutMs = WaitMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle(int ms = 300)
{
    waitFor([] { return false; }, ms);
}

class Shooter
{
public:
    Shooter(MainWindow *window, Session *session, const QString &folder)
        : m_window(window)
        , m_session(session)
        , m_dir(folder)
    {
    }

    /// `settleMs`: how long the window gets to paint first (the map mid-glide wants it short).
    bool save(QWidget *widget, const QString &name, int settleMs = 300)
    {
        settle(settleMs);
        // Under a dark palette (roamdesk --dark) two pictures show it, with a -dark suffix.
        const bool dark = theme::isDark();
        if (dark && name != QLatin1String("notifications") && name != QLatin1String("settings-oauth2"))
            return true;
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        const QString path = m_dir.filePath(name + suffix + QStringLiteral(".png"));
        const bool ok = widget->grab().save(path);
        qCInfo(lcShots) << (ok ? "wrote" : "could not write") << path;
        m_ok = m_ok && ok;
        return ok;
    }

    bool lookUp(const QString &phone)
    {
        Device device;
        device.phoneNumber = phone;
        LookupPanel *panel = m_window->lookupPanel();
        panel->setDevice(device);
        panel->lookUp();
        return waitFor([panel] { return !panel->isBusy(); });
    }

    QString subscribe(const QString &phone, EventType type, bool initialEvent)
    {
        Device device;
        device.phoneNumber = phone;
        return subscribe(device, type, initialEvent);
    }

    QString subscribe(const Device &device, EventType type, bool initialEvent)
    {
        SubscriptionsView *view = m_window->subscriptionsView();
        SubscriptionTableModel *model = m_session->subscriptions();
        const QStringList before = model->ids();
        view->setDialogHook([&](CreateSubscriptionDialog *dialog) {
            const QString wanted = QStringLiteral("eventTypeCheck_") + eventtype::shortName(type);
            for (QCheckBox *check : dialog->findChildren<QCheckBox *>()) {
                if (check->objectName().startsWith(QLatin1String("eventTypeCheck_")))
                    check->setChecked(check->objectName() == wanted);
            }
            dialog->findChild<QCheckBox *>(QStringLiteral("initialEventCheck"))->setChecked(initialEvent);
            return dialog->problems().isEmpty();
        });
        m_window->subscribeDevice(device);
        view->setDialogHook({});
        QString created;
        waitFor([&] {
            for (const QString &id : model->ids()) {
                if (!before.contains(id))
                    created = id;
            }
            return !created.isEmpty();
        });
        return created;
    }

    bool move(const QString &phone, int mcc)
    {
        SimulatorPanel *panel = m_window->simulatorPanel();
        if (!panel->selectDevice(phone))
            return false;
        const int index = panel->countryCombo()->findData(mcc);
        if (index < 0)
            return false;
        panel->countryCombo()->setCurrentIndex(index);
        const qint64 before = m_session->receiver()->storedCount();
        panel->moveSelected();
        return waitFor([&] { return m_session->receiver()->storedCount() > before; });
    }

    int run()
    {
        if (!m_dir.mkpath(QStringLiteral("."))) {
            qCWarning(lcShots) << "cannot create" << m_dir.path();
            return 2;
        }
        m_window->resize(1280, 800);
        if (!waitFor([this] { return m_session->receiver()->isListening(); })) {
            qCWarning(lcShots) << "the receiver did not start:" << m_session->receiver()->errorString();
            return 3;
        }

        // Subscriptions for every kind of event, then the simulator makes them happen.
        subscribe(RoamingPhone, EventType::RoamingStatus, true);
        subscribe(HomePhone, EventType::RoamingOn, false);
        subscribe(HomePhone, EventType::RoamingChangeCountry, false);
        subscribe(HomePhone, EventType::RoamingOff, false);
        subscribe(HomePhone, EventType::RoamingStatus, false); // the country of each roaming-on, for its journey
        move(HomePhone, 208); // France: roaming-on
        move(HomePhone, 228); // Switzerland: change-country
        m_window->simulatorPanel()->selectDevice(HomePhone);
        m_window->simulatorPanel()->sendSelectedHome(); // roaming-off
        settle(800);
        move(HomePhone, 240); // Sweden: roaming-on again
        m_session->requests()->refreshSubscriptions();

        // Lookups: a device at home, then the roaming one (shown last).
        lookUp(HomePhone);
        lookUp(QStringLiteral("+99999991003"));
        lookUp(RoamingPhone);

        m_window->showTab(MainWindow::SubscriptionsTab);
        m_window->subscriptionsView()->findChild<QTableView *>()->selectRow(0);
        save(m_window->lookupPanel(), QStringLiteral("lookup"));
        save(m_window, QStringLiteral("subscriptions"));

        m_window->showTab(MainWindow::NotificationsTab);
        NotificationLogView *log = m_window->notificationLog();
        waitFor([log] { return log->visibleRowCount() >= 4; });
        log->table()->selectRow(1);
        save(m_window, QStringLiteral("notifications"));

        m_window->simulatorPanel()->selectDevice(HomePhone);
        save(m_window->findChild<QGroupBox *>(QStringLiteral("simulatorBox")), QStringLiteral("simulator"));

        shootFleet();
        shootAlerts();

        m_window->showTab(MainWindow::TrafficTab);
        auto *traffic = m_window->trafficView()->findChild<QTableView *>(QStringLiteral("trafficTable"));
        // A create call: its sink token shows masked in the inspector.
        for (int row = 0; row < traffic->model()->rowCount(); ++row) {
            if (traffic->model()->index(row, 1).data().toString() == QLatin1String("POST")
                && traffic->model()->index(row, 2).data().toString().contains(QLatin1String("subscriptions"))) {
                traffic->selectRow(row);
                break;
            }
        }
        // Scrolled to the sink credential: the token shows as a ${PLACEHOLDER}.
        if (auto *detail = m_window->trafficView()->findChild<QPlainTextEdit *>()) {
            detail->moveCursor(QTextCursor::End);
            detail->find(QStringLiteral("sinkCredential"), QTextDocument::FindBackward);
            detail->centerCursor();
        }
        save(m_window, QStringLiteral("traffic"));

        shootSettings();

        ShortcutsDialog shortcuts(m_window->menuBar(), m_window);
        shortcuts.show();
        save(&shortcuts, QStringLiteral("shortcuts"));
        shortcuts.close();

        m_window->showTab(MainWindow::SubscriptionsTab);
        return m_ok ? 0 : 1;
    }

    /// The fleet while a scenario plays: europe-tour takes the travelling phone from Sweden to France, Belgium
    /// and home; the map is shot while its marker glides from Sweden to France, among devices roaming in
    /// Germany, Spain and the United Kingdom. Once the tour is over: the board with its journey, and the journey
    /// on its own.
    void shootFleet()
    {
        Device nai;
        nai.networkAccessIdentifier = QStringLiteral("user@domain.example"); // roaming in Spain
        subscribe(nai, EventType::RoamingStatus, true);
        Device ipv6;
        ipv6.ipv6Address = QStringLiteral("2001:db8::7"); // roaming in the United Kingdom
        subscribe(ipv6, EventType::RoamingStatus, true);

        FleetService *fleet = m_session->fleet();
        const auto travellerIn = [fleet](std::optional<bool> roaming, std::optional<int> mcc) {
            const DeviceFleetEntry *entry = fleet->state().find(HomePhone);
            return entry && entry->roaming == roaming && (!mcc || entry->countryCode == mcc);
        };
        waitFor([fleet] { return fleet->counts().roaming >= 4; });
        m_window->showTab(MainWindow::MapTab);
        settle(600);
        m_window->findChild<QToolButton *>(QStringLiteral("mapFitButton"))->click();

        SimulatorPanel *simulator = m_window->simulatorPanel();
        QComboBox *scenarios = simulator->scenarioCombo();
        scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("europe-tour")));
        auto *speed = simulator->findChild<QComboBox *>(QStringLiteral("speedCombo"));
        speed->setCurrentIndex(speed->findData(10.0));
        simulator->togglePlay();
        if (!waitFor([&] { return travellerIn(true, 208); }))
            qCWarning(lcShots) << "the tour did not reach France";
        // The map redraws 250 ms after a change, then the marker glides for 700 ms: shot half way.
        save(m_window, QStringLiteral("map"), 600);
        waitFor([&] { return travellerIn(false, std::nullopt); }); // home: the tour is over

        m_window->showTab(MainWindow::DevicesTab);
        auto *devices = m_window->devicesBoard()->findChild<QTableView *>(QStringLiteral("devicesTable"));
        for (int row = 0; row < devices->model()->rowCount(); ++row) {
            if (devices->model()->index(row, 0).data().toString() == HomePhone)
                devices->selectRow(row);
        }
        settle(600);
        save(m_window, QStringLiteral("devices"));
        if (QWidget *timeline = m_window->devicesBoard()->findChild<QWidget *>(QStringLiteral("journeyTimeline")))
            save(timeline->parentWidget(), QStringLiteral("journey"));
    }

    /// The alerts the default rules raised on the moves and the tour above (roaming-on, change of country),
    /// the newest selected, so its detail and actions show.
    void shootAlerts()
    {
        m_window->showTab(MainWindow::AlertsTab);
        auto *table = m_window->alertsView()->findChild<QTableView *>(QStringLiteral("alertsTable"));
        if (!table || !waitFor([table] { return table->model()->rowCount() >= 3; }))
            qCWarning(lcShots) << "fewer than three alerts to show";
        if (table && table->model()->rowCount() > 0)
            table->selectRow(0);
        save(m_window, QStringLiteral("alerts"));
    }

    void shootSettings()
    {
        SettingsDialog dialog(m_session, m_window);
        dialog.show();
        dialog.selectProfile(QStringLiteral("simulator"));
        dialog.testConnection();
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        waitFor([&] { return test->isEnabled(); });
        save(&dialog, QStringLiteral("settings"));

        // A custom CAMARA endpoint with OAuth2 client credentials: the secret stays masked.
        const auto edit = [&dialog](const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); };
        auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("authCombo"));
        dialog.addCustomProfile(QStringLiteral("my-operator"));
        edit("apiRootEdit")->setText(QStringLiteral("https://camara.operator.example/api"));
        auth->setCurrentIndex(auth->findData(int(api::AuthMode::OAuth2ClientCredentials)));
        edit("tokenUrlEdit")->setText(QStringLiteral("https://auth.operator.example/oauth2/token"));
        edit("clientIdEdit")->setText(QStringLiteral("roamdesk-demo"));
        edit("clientSecretEdit")->setText(QStringLiteral("not-a-real-secret"));
        save(&dialog, QStringLiteral("settings-oauth2"));

        dialog.showPage(SettingsDialog::ReceiverTab);
        save(&dialog, QStringLiteral("settings-receiver"));
        dialog.showPage(SettingsDialog::DesktopTab);
        save(&dialog, QStringLiteral("settings-desktop"));
        dialog.reject();
    }

private:
    MainWindow *m_window;
    Session *m_session;
    QDir m_dir;
    bool m_ok = true;
};

} // namespace

int runScreenshots(MainWindow *window, Session *session, const QString &folder)
{
    Shooter shooter(window, session, folder);
    return shooter.run();
}

} // namespace roamdesk::ui
