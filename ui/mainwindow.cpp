#include "ui/mainwindow.h"

#include "app/bulk/watchlist.h"
#include "app/client/environmentstore.h"
#include "app/client/roamingclient.h"
#include "app/client/trafficresender.h"
#include "app/fleet/fleetservice.h"
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/notificationlogmodel.h"
#include "models/trafficlogmodel.h"
#include "ui/aboutdialog.h"
#include "ui/alertsview.h"
#include "ui/confirmation.h"
#include "ui/deviceeditor.h"
#include "ui/devicesboard.h"
#include "ui/fleetmappanel.h"
#include "ui/lookuppanel.h"
#include "ui/notificationlogview.h"
#include "ui/planview.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/simulatorpanel.h"
#include "ui/statuswidget.h"
#include "ui/subscriptionsview.h"
#include "ui/sweepdialog.h"
#include "ui/trafficview.h"
#include "ui/trayalerts.h"
#include "ui/workprogress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace roamdesk::ui {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("RoamDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_lookup = new LookupPanel(m_session->requests(), this);
    m_simulatorBox = new QGroupBox(tr("Simulator"), this);
    m_simulatorBox->setObjectName(QStringLiteral("simulatorBox"));
    auto *simLayout = new QVBoxLayout(m_simulatorBox);
    simLayout->setContentsMargins(4, 4, 4, 4);
    // In a short window (1024x640) the simulator's controls scroll rather than push the lookup panel.
    auto *simScroll = new QScrollArea(m_simulatorBox);
    simScroll->setObjectName(QStringLiteral("simulatorScroll"));
    simScroll->setFrameShape(QFrame::NoFrame);
    simScroll->setWidgetResizable(true);
    m_simulator = new SimulatorPanel(m_session->simulator(), simScroll);
    simScroll->setWidget(m_simulator);
    simLayout->addWidget(simScroll);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_lookup);
    m_leftSplitter->addWidget(m_simulatorBox);
    m_leftSplitter->setChildrenCollapsible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_subscriptions =
        new SubscriptionsView(m_session->requests(), m_session->subscriptions(), m_session->receiver(), m_tabs);
    m_log = new NotificationLogView(m_session->log(), m_session->receiver(), m_session->activity(), m_tabs);
    createFleetTabs();
    m_tabs->addTab(m_subscriptions, tr("Subscriptions"));
    m_tabs->addTab(m_log, tr("Notifications"));
    m_traffic = new TrafficView(m_session->traffic(), m_tabs);
    m_tabs->addTab(m_traffic, tr("Traffic"));
    createAlertsTab();

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_status = new StatusWidget(m_session, this);
    statusBar()->addPermanentWidget(m_status, 1);

    createToolBar();
    createActions();
    createProgressAndTray();
    clearLookupOnEnvironmentChange();
    setUpSizes();

    connect(m_lookup, &LookupPanel::subscribeRequested, this, &MainWindow::subscribeDevice);
    m_subscriptions->setDeviceSource([this] { return m_lookup->validDevice(); });
    connect(m_log, &NotificationLogView::unreadCountChanged, this, &MainWindow::updateNotificationTabTitle);
    connect(m_log, &NotificationLogView::unreadCountChanged, m_status, &StatusWidget::setUnread);
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int index) { m_log->setOnScreen(m_tabs->widget(index) == m_log); });
    connect(m_session->environments(), &EnvironmentService::changed, this, &MainWindow::onEnvironmentChanged);
    connect(m_session->log(), &NotificationLogService::exported, this,
        [this](bool ok, qint64 written, const QString &path, const QString &error) {
            statusBar()->showMessage(ok ? tr("Exported %1 notifications to %2.").arg(written).arg(path)
                                        : tr("The export to %1 failed: %2").arg(path, error),
                10000);
        });

    restoreState();
    m_log->setOnScreen(m_tabs->currentWidget() == m_log);
    onEnvironmentChanged();
    // What the network lists now, merged with what this RoamDesk remembers (asynchronous).
    QTimer::singleShot(0, m_subscriptions, &SubscriptionsView::refreshQuietly);
    connect(m_session->environments(), &EnvironmentService::changed, m_subscriptions, [this] {
        m_subscriptions->networkChanged();
        m_subscriptions->refreshQuietly();
    });
    setUpKeyboardNavigation();
}

MainWindow::~MainWindow() = default;

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Environment"));
    bar->setObjectName(QStringLiteral("environmentToolBar"));
    bar->setMovable(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *label = new QLabel(tr("&Environment:"), bar);
    m_environment = new QComboBox(bar);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setToolTip(tr("Which network the lookups and subscriptions go to"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_environment);
    bar->addWidget(label);
    bar->addWidget(m_environment);
    QAction *settings = bar->addAction(tr("Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionEnvironmentSettings"));
    settings->setToolTip(tr("Key, token and API version of this environment"));
    fillEnvironments();
    connect(m_environment, &QComboBox::activated, this,
        [this](int index) { m_session->environments()->setCurrent(m_environment->itemData(index).toString()); });
}

void MainWindow::fillEnvironments()
{
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    for (const EnvironmentService::Entry &env : m_session->environments()->environments())
        m_environment->addItem(env.name, env.id);
    m_environment->setCurrentIndex(m_environment->findData(m_session->environments()->currentId()));
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportLog = m_fileMenu->addAction(tr("&Export notifications…"), this, &MainWindow::exportLog);
    exportLog->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportLog->setObjectName(QStringLiteral("actionExportLog"));
    m_exportAction = exportLog;
    m_fileMenu->addSeparator();
    // The toolbar's "Settings…" beside the switcher opens the same dialog.
    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    QList<QKeySequence> settingsKeys{QKeySequence(tr("Ctrl+,"))};
    if (!QKeySequence(QKeySequence::Preferences).isEmpty()
        && !settingsKeys.contains(QKeySequence(QKeySequence::Preferences)))
        settingsKeys << QKeySequence(QKeySequence::Preferences);
    settings->setShortcuts(settingsKeys);
    settings->setToolTip(tr("Environments, credentials, receiver and desktop"));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_fileMenu->addAction(settings);
    m_fileMenu->addSeparator();
    QMenu *file = m_fileMenu;
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    QAction *focusLookup = view->addAction(tr("&Device lookup"), this, [this] { m_lookup->focusIdentifier(); });
    focusLookup->setObjectName(QStringLiteral("actionFocusLookup"));
    focusLookup->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *devices = view->addAction(tr("De&vices"), this, [this] { showTab(DevicesTab); });
    devices->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *map = view->addAction(tr("&Map"), this, [this] { showTab(MapTab); });
    map->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *subs = view->addAction(tr("&Subscriptions"), this, [this] { showTab(SubscriptionsTab); });
    subs->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction *notes = view->addAction(tr("&Notifications"), this, [this] { showTab(NotificationsTab); });
    notes->setShortcut(QKeySequence(tr("Ctrl+4")));
    QAction *traffic = view->addAction(tr("&Traffic"), this, [this] { showTab(TrafficTab); });
    traffic->setShortcut(QKeySequence(tr("Ctrl+5")));
    view->addSeparator();
    QAction *filter = view->addAction(tr("&Filter notifications"), this, [this] {
        showTab(NotificationsTab);
        m_log->filterEdit()->setFocus();
        m_log->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence::Find);
    QAction *newest = view->addAction(tr("&Go to newest notification"), m_log, &NotificationLogView::jumpToNewest);
    newest->setShortcut(QKeySequence(tr("Ctrl+End")));
    view->addSeparator();
    QAction *environment = view->addAction(tr("Switch &environment"), this, [this] {
        m_environment->setFocus();
        m_environment->showPopup();
    });
    environment->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *curl = view->addAction(tr("Copy request as &curl"), this, [this] {
        showTab(TrafficTab);
        m_traffic->copyCurl();
    });
    curl->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    QAction *json = view->addAction(tr("Copy notification &JSON"), this, [this] {
        showTab(NotificationsTab);
        m_log->copyJson();
    });
    json->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    QAction *read = view->addAction(tr("Mark notifications &read"), m_log, &NotificationLogView::markAllRead);
    read->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    // Re-send in the traffic inspector: View menu, the table's context menu and a button beside "Copy as curl".
    m_resender = new api::TrafficResender(m_session->traffic(), this);
    auto *resend = new QAction(tr("Re-send re&quest"), this);
    resend->setObjectName(QStringLiteral("actionResend"));
    resend->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    resend->setToolTip(tr("Send the selected request again, with its real credentials"));
    connect(resend, &QAction::triggered, this, &MainWindow::resendSelected);
    view->addAction(resend);
    m_traffic->addDetailAction(resend, QStringLiteral("resendButton"));
    connect(m_resender, &api::TrafficResender::resent, this, [this](int row, int status, const QString &error) {
        if (row >= 0)
            m_traffic->selectExchangeRow(row);
        statusBar()->showMessage(
            error.isEmpty() ? tr("Re-sent: HTTP %1.").arg(status) : tr("Re-sent, no answer: %1").arg(error), 8000);
    });

    QMenu *subscriptions = menuBar()->addMenu(tr("&Subscriptions"));
    QAction *create = subscriptions->addAction(tr("&New subscription…"), this, [this] {
        showTab(SubscriptionsTab);
        m_subscriptions->createSubscription(m_lookup->validDevice());
    });
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNewSubscription"));
    QAction *refresh = subscriptions->addAction(tr("&Refresh"), this, [this] {
        showTab(SubscriptionsTab);
        m_subscriptions->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *del =
        subscriptions->addAction(tr("&Delete selected…"), m_subscriptions, &SubscriptionsView::deleteSelected);
    del->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    QAction *plan = subscriptions->addAction(tr("Subscription &plan…"), this,
        [this] { PlanView::showFor(m_session->client(), m_session->receiver(), this); });
    plan->setObjectName(QStringLiteral("actionSubscriptionPlan"));

    QMenu *simulator = menuBar()->addMenu(tr("S&imulator"));
    simulator->setObjectName(QStringLiteral("simulatorMenu"));
    QAction *move = simulator->addAction(tr("&Move selected device"), m_simulator, &SimulatorPanel::moveSelected);
    move->setShortcut(QKeySequence(tr("Ctrl+M")));
    QAction *home =
        simulator->addAction(tr("Send selected device &home"), m_simulator, &SimulatorPanel::sendSelectedHome);
    home->setShortcut(QKeySequence(tr("Ctrl+H")));
    QAction *play = simulator->addAction(tr("&Play / pause scenario"), m_simulator, &SimulatorPanel::togglePlay);
    play->setShortcut(QKeySequence(tr("Ctrl+P")));
    addResetSimulatorAction(simulator);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QMenu *help = m_helpMenu;
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcuts({QKeySequence(tr("Ctrl+/")), QKeySequence(QKeySequence::HelpContents)});
    help->addSeparator();
    QAction *about = help->addAction(tr("&About RoamDesk…"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt…"), qApp, &QApplication::aboutQt);
}

void MainWindow::exportLog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notifications"),
        NotificationLogView::saveStartPath(QStringLiteral("notifications.jsonl")),
        tr("JSON Lines (*.jsonl);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    NotificationLogView::rememberSaveFolder(path);
    const bool csv =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || filter.startsWith(QLatin1String("CSV"));
    if (m_session->log()->exportTo(path, csv)) {
        statusBar()->showMessage(tr("Exporting the notifications shown to %1…").arg(path));
        m_work->startExport(path);
    } else
        statusBar()->showMessage(tr("An export is already running."), 5000);
}

void MainWindow::createFleetTabs()
{
    m_devices = new DevicesBoard(m_session->fleet(), m_tabs);
    m_map = new FleetMapPanel(m_session->fleet(), m_tabs);
    m_tabs->addTab(m_devices, tr("Devices"));
    m_tabs->addTab(m_map, tr("Map"));
    connect(m_devices, &DevicesBoard::lookupRequested, this, [this](const Device &device) {
        m_lookup->setDevice(device);
        m_lookup->lookUp();
    });
    connect(m_devices, &DevicesBoard::subscribeRequested, this, &MainWindow::subscribeDevice);
    // Imported devices are watched: on the board from the start, kept in the settings.
    auto *watchList = new bulk::WatchList(m_session->fleet(), this);
    watchList->load();
    m_devices->setWatchList(watchList);
    connect(m_devices, &DevicesBoard::sweepRequested, this, &MainWindow::openSweep);
    connect(m_devices, &DevicesBoard::notificationsRequested, this, [this](const QString &expression) {
        m_log->setFilterText(expression);
        showTab(NotificationsTab);
    });
    // A country picked on the map: its devices on the board.
    connect(m_map, &FleetMapPanel::countryActivated, this, [this](const QString &isoCode) {
        m_devices->setCountryFilter(isoCode);
        if (!isoCode.isEmpty())
            showTab(DevicesTab);
    });
}

void MainWindow::createAlertsTab()
{
    m_alerts = new AlertsView(m_session->alerts(), m_tabs);
    m_tabs->addTab(m_alerts, tr("Alerts"));
    // The badge: how many alerts nobody has looked at yet.
    connect(m_alerts, &AlertsView::openCountChanged, this, [this](int open) {
        m_tabs->setTabText(m_tabs->indexOf(m_alerts), open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
    });
    connect(m_alerts, &AlertsView::deviceRequested, this, [this](const QString &label) {
        showTab(DevicesTab);
        if (!m_devices->showDevice(label))
            statusBar()->showMessage(tr("%1 is not on the Devices board.").arg(label), 5000);
    });
    connect(m_alerts, &AlertsView::notificationRequested, this, &MainWindow::revealNotification);
}

void MainWindow::showTab(int tab)
{
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::subscribeDevice(const Device &device)
{
    showTab(SubscriptionsTab);
    m_subscriptions->createSubscription(device);
}

void MainWindow::onEnvironmentChanged()
{
    fillEnvironments();
    setWindowTitle(tr("RoamDesk — %1").arg(m_session->environments()->current().name));
    const bool simulator = m_session->environments()->isSimulator() && m_session->simulator()->isRunning();
    m_simulatorBox->setVisible(simulator);
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("simulatorMenu"))
            action->setVisible(simulator);
    }
    m_status->refresh();
}

void MainWindow::updateNotificationTabTitle(int unread)
{
    const int index = m_tabs->indexOf(m_log);
    m_tabs->setTabText(index, unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_leftSplitter->restoreState(settings.value(QStringLiteral("leftSplitter")).toByteArray());
    m_log->splitter()->restoreState(settings.value(QStringLiteral("logSplitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), int(SubscriptionsTab)).toInt());
    m_log->setFilterState(
        {settings.value(QStringLiteral("logFilter")).toString(), settings.value(QStringLiteral("logType")).toString()});
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("logSplitter"), m_log->splitter()->saveState());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    const NotificationLogView::FilterState filter = m_log->filterState();
    settings.setValue(QStringLiteral("logFilter"), filter.text);
    settings.setValue(QStringLiteral("logType"), filter.type);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

// --- quit ---

void MainWindow::setQuitConfirmer(std::function<bool(int)> confirmer)
{
    m_confirmQuit = std::move(confirmer);
}

bool MainWindow::confirmQuit()
{
    // The simulator normally keeps its subscriptions for the next start; only when it cannot does Quit end them.
    const int ending = m_session->simulator()->subscriptionsEndingOnShutdown();
    if (ending == 0)
        return true;
    if (m_confirmQuit)
        return m_confirmQuit(ending);
    return confirmDestructive(this, tr("Quit RoamDesk"),
        tr("Quit and end %n subscription(s)? The simulator's state cannot be saved, so its live subscriptions end "
           "now.",
            nullptr, ending),
        tr("Quit"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

// --- progress, tray alerts ---

void MainWindow::createProgressAndTray()
{
    m_work = new WorkProgress(m_session->requests(), m_session->log(), this);
    statusBar()->addPermanentWidget(m_work);

    // A bulk delete shows its progress in the status bar.
    m_subscriptions->setDeleteConfirmer([this](const QStringList &ids) {
        const auto answer = QMessageBox::question(this, tr("Delete subscriptions"),
            tr("Delete %n subscription(s)? The network stops sending their notifications.", nullptr, int(ids.size()))
                + QStringLiteral("\n\n") + ids.join(QLatin1Char('\n')),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        m_work->startDeletes(int(ids.size()));
        return true;
    });

    // Profiles added or removed in the settings show in the switcher at once.
    connect(m_session->environments()->store(), &api::EnvironmentStore::environmentsChanged, this,
        &MainWindow::fillEnvironments);

    m_trayAlerts = new TrayAlerts(m_session->alerts(), this);
    connect(m_trayAlerts, &TrayAlerts::showEventRequested, this, &MainWindow::revealNotification);
    connect(m_trayAlerts, &TrayAlerts::alertRaised, this, [this](const QString &title, const QString &message) {
        // Without a tray the status bar carries the alert.
        if (!m_trayAlerts->trayIcon() || !m_trayAlerts->trayIcon()->isVisible())
            statusBar()->showMessage(tr("%1: %2").arg(title, message), 10000);
    });
    const auto showWindow = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_trayAlerts, &TrayAlerts::showWindowRequested, this, showWindow);
    QMenu *trayMenu = m_trayAlerts->trayMenu();
    trayMenu->addAction(tr("Show RoamDesk"), this, showWindow);
    trayMenu->addAction(tr("&Quit"), this, &QWidget::close);
}

void MainWindow::resendSelected()
{
    showTab(TrafficTab);
    const int row = m_traffic->currentExchangeRow();
    if (row < 0 || !m_resender->resend(row))
        statusBar()->showMessage(tr("Select a request in the traffic list to re-send it."), 5000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session, this);
    connect(
        &dialog, &SettingsDialog::preferencesSaved, this, [this](const Preferences &preferences, bool receiverChanged) {
            m_trayAlerts->setPreferences(preferences);
            if (receiverChanged)
                statusBar()->showMessage(tr("The receiver settings apply the next time RoamDesk starts."), 10000);
        });
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::revealNotification(qint64 seq)
{
    showNormal();
    raise();
    activateWindow();
    showTab(NotificationsTab);
    QTableView *table = m_log->table();
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(NotificationLogModel::SeqRole).toLongLong() == seq) {
            m_revealAttempts = 0;
            table->setCurrentIndex(index);
            table->selectRow(row);
            table->scrollTo(index);
            table->setFocus();
            return;
        }
    }
    // Hidden by the filter, or not in the view yet: clear the filter and look again shortly.
    if (!m_log->filterEdit()->text().isEmpty())
        m_log->setFilterText(QString());
    if (++m_revealAttempts <= 20)
        QTimer::singleShot(100, this, [this, seq] { revealNotification(seq); });
    else
        m_revealAttempts = 0;
}

} // namespace roamdesk::ui

namespace roamdesk::ui {

// --- lookup panel, keyboard and sizes ---

void MainWindow::clearLookupOnEnvironmentChange()
{
    // A result or an error from the previous network must not read as this one's.
    connect(m_session->environments(), &EnvironmentService::changed, m_lookup, &LookupPanel::reset);
}

void MainWindow::setUpKeyboardNavigation()
{
    // Tab leaves a table (arrows move inside it), for every view in the window, whoever built it.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    letExportShortcutPassLineEdits();
}

namespace {
/// A line edit takes Ctrl+E as "end of line"; in this window the Export shortcut wins over it. Installed on the
/// application, so it holds for line edits created later (a dialog's own line edits are not in the window).
class ShortcutOverLineEdits final : public QObject
{
public:
    ShortcutOverLineEdits(QWidget *window, QAction *action)
        : QObject(window)
        , m_window(window)
        , m_action(action)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride || !m_action->isEnabled())
            return false;
        const auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit || edit->window() != m_window)
            return false;
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        return m_action->shortcuts().contains(pressed); // left unaccepted: the shortcut map triggers the action
    }

private:
    QWidget *m_window;
    QAction *m_action;
};
} // namespace

void MainWindow::letExportShortcutPassLineEdits()
{
    qApp->installEventFilter(new ShortcutOverLineEdits(this, m_exportAction));
}

void MainWindow::addResetSimulatorAction(QMenu *simulator)
{
    // The panel's button, also in the menu: a keyboard user reaches it without tabbing through the panel.
    simulator->addSeparator();
    QAction *reset = simulator->addAction(tr("&Reset simulator…"), m_simulator, &SimulatorPanel::resetSimulator);
    reset->setObjectName(QStringLiteral("actionResetSimulator"));
    reset->setToolTip(tr("Devices back to their start, no scenario, speed 1×; live subscriptions end"));
}

void MainWindow::setUpSizes()
{
    // The columns share the width 1:2 and keep that share as the window grows or shrinks (the simulator's
    // controls scroll when the left column is narrower than they are). The window fits 1024x640 (a
    // 1280x720 screen with a panel).
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({1280 / 3, 2 * 1280 / 3});
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setSizes({470, 330});
}

void MainWindow::openSweep(const QList<DeviceListEntry> &entries)
{
    auto *dialog = new SweepDialog(m_session->client()->environment(), m_session->traffic(), entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Every answer lands where a single lookup's would: the board and the recent lookups.
    connect(dialog, &SweepDialog::lookupAnswered, this, [this](const Device &device, const RoamingStatus &status) {
        m_session->fleet()->applyLookup(device, status);
        m_lookup->addToHistory(device, status, std::nullopt);
    });
    connect(dialog, &SweepDialog::lookupFailed, this,
        [this](const Device &device, const ApiError &error) { m_lookup->addToHistory(device, std::nullopt, error); });
    dialog->show();
}

} // namespace roamdesk::ui
