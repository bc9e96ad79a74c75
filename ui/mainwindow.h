#pragma once

#include "models/device.h"
#include "models/devicelist.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QGroupBox;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::api {
class TrafficResender;
} // namespace roamdesk::api

namespace roamdesk::ui {

class LookupPanel;
class NotificationLogView;
class SimulatorPanel;
class StatusWidget;
class SubscriptionsView;
class TrafficView;
class DevicesBoard;
class FleetMapPanel;
class TrayAlerts;
class AlertsView;
class WorkProgress;

/// The window an operator keeps open all day: device lookup and simulator controls on the left,
/// subscriptions / live notifications / traffic in tabs on the right, the environment switcher always in
/// the toolbar and the receiver's state always in the status bar. Geometry and splitters survive restarts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Tab { DevicesTab, MapTab, SubscriptionsTab, NotificationsTab, TrafficTab, AlertsTab };

    LookupPanel *lookupPanel() const { return m_lookup; }
    SubscriptionsView *subscriptionsView() const { return m_subscriptions; }
    NotificationLogView *notificationLog() const { return m_log; }
    SimulatorPanel *simulatorPanel() const { return m_simulator; }
    StatusWidget *statusWidget() const { return m_status; }
    TrafficView *trafficView() const { return m_traffic; }
    DevicesBoard *devicesBoard() const { return m_devices; }
    FleetMapPanel *fleetMap() const { return m_map; }
    TrayAlerts *trayAlerts() const { return m_trayAlerts; }
    AlertsView *alertsView() const { return m_alerts; }
    WorkProgress *workProgress() const { return m_work; }
    api::TrafficResender *trafficResender() const { return m_resender; }
    /// Asked before Quit ends live simulator subscriptions (when their state cannot be kept for the next
    /// start): receives how many, returns true to quit. Defaults to a question box with Cancel as default.
    void setQuitConfirmer(std::function<bool(int)> confirmer);

public Q_SLOTS:
    void showAbout();
    void showTab(int tab);
    void subscribeDevice(const roamdesk::Device &device);
    /// Asks for a file and exports the log as filtered now (JSON Lines or CSV), off the GUI thread.
    void exportLog();
    /// The current environment's key, token and API version.
    /// The settings dialog (environments, receiver, alerts), modal.
    void showSettings();
    /// Help → Keyboard shortcuts.
    void showShortcuts();
    /// Brings the window up with the notification `seq` selected in the log (a tray alert was clicked).
    void revealNotification(qint64 seq);
    /// Sends the exchange selected in the traffic inspector again and selects the new one.
    void resendSelected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createFleetTabs();
    void createAlertsTab();
    /// A paced lookup of these devices on the current environment, in a dialog of its own.
    void openSweep(const QList<roamdesk::DeviceListEntry> &entries);
    void fillEnvironments();
    void onEnvironmentChanged();
    void updateNotificationTabTitle(int unread);
    void restoreState();
    void saveState();
    void createProgressAndTray();
    void clearLookupOnEnvironmentChange();
    void setUpKeyboardNavigation();
    void letExportShortcutPassLineEdits();
    void addResetSimulatorAction(QMenu *simulator);
    bool confirmQuit();
    void setUpSizes();

    Session *m_session;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QComboBox *m_environment = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    LookupPanel *m_lookup = nullptr;
    SubscriptionsView *m_subscriptions = nullptr;
    NotificationLogView *m_log = nullptr;
    QGroupBox *m_simulatorBox = nullptr;
    SimulatorPanel *m_simulator = nullptr;
    TrafficView *m_traffic = nullptr;
    DevicesBoard *m_devices = nullptr;
    FleetMapPanel *m_map = nullptr;
    StatusWidget *m_status = nullptr;
    TrayAlerts *m_trayAlerts = nullptr;
    AlertsView *m_alerts = nullptr;
    WorkProgress *m_work = nullptr;
    api::TrafficResender *m_resender = nullptr;
    std::function<bool(int)> m_confirmQuit;
    int m_revealAttempts = 0;
};

} // namespace roamdesk::ui
