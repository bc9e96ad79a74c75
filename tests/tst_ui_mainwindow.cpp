// The main window driven for real: offscreen, against the embedded simulator and webhook receiver,
// with a temporary SQLite store. Lookups of every seed device, subscriptions with their notifications,
// simulator moves, log filters and the status bar.
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/lookuphistorymodel.h"
#include "models/simdevicemodel.h"
#include "models/subscriptiontablemodel.h"
#include "ui/createsubscriptiondialog.h"
#include "ui/deviceeditor.h"
#include "ui/lookuppanel.h"
#include "ui/mainwindow.h"
#include "ui/notificationlogview.h"
#include "ui/simulatorpanel.h"
#include "ui/statuswidget.h"
#include "ui/subscriptionsview.h"
#include "ui/themecolors.h"
#include "ui/trafficview.h"

#include "app/client/retrypolicy.h"
#include "app/client/roamingclient.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using namespace roamdesk::ui;

namespace {
constexpr int Timeout = 15000;

const QString RoamingPhone = QStringLiteral("+99999991000");
const QString HomePhone = QStringLiteral("+99999991001");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusBarShowsEnvironmentAndReceiver();
    void validationAsYouType_data();
    void validationAsYouType();
    void lookupSeedDevice_data();
    void lookupSeedDevice();
    void createWithInitialEventArrivesInLog();
    void deleteShowsSubscriptionEnds();
    void getByIdAndMultiSelectDelete();
    void simulatorMovesProduceEvents();
    void scenarioPlaysFromThePanel();
    void filtersNarrowTheLog();
    void unreadCounterInTabTitle();
    void environmentSwitchHidesSimulator();
    void trafficCopiesCurl();
    void autoScrollPausesWhileReading();
    void exportWritesTheFilteredLog();
    void stateSurvivesRestart();

    // Lookup panel
    void retryProgressAndCancel();
    void resultClearedWhenIdentifierOrEnvironmentChanges();
    void choosingAnIdentifierTypeFocusesItsField();
    void longErrorIsReadableAndKeepsTheLayout();
    // Keyboard and size
    void tabLeavesTables();
    void mnemonicsAreUnique();
    void exportShortcutWorksFromLineEdits();
    void shortcutsThatMustStay();
    void fitsAndStretchesAtSmallAndLargeSizes();
    void coloursReadOnLightAndDarkPalettes();
    // Quit and reset (they end subscriptions: last)
    void quitAsksBeforeEndingSubscriptions();
    void resetSimulatorFromTheMenu();

private:
    /// With ROAMDESK_TEST_GRABS=<folder>, writes what the window looks like now (to look at, not compared).
    void saveGrab(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("ROAMDESK_TEST_GRABS");
        if (!folder.isEmpty())
            m_window->grab().save(folder + u'/' + name);
    }
    LookupPanel *panel() const { return m_window->findChild<LookupPanel *>(QStringLiteral("lookupPanel")); }
    QString shown(const char *labelName) const
    {
        const auto *label = panel()->findChild<QLabel *>(QLatin1String(labelName));
        return label && label->isVisibleTo(panel()) ? label->text() : QString();
    }
    void lookUp(const QString &phone)
    {
        panel()->findChild<DeviceEditor *>()->setKind(DeviceEditor::Kind::Phone);
        panel()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(phone);
        panel()->lookUp();
    }
    /// Creates a subscription through the dialog, as a user would; returns its id.
    QString subscribe(const QString &phone, EventType type, bool initialEvent, int maxEvents = 0);
    /// Rows of the log (as shown) whose type column contains `type` and whose subscription matches.
    int logRows(const QString &type, const QString &subscriptionId = {}) const;

    QTemporaryDir m_dir;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    Session::Options options;
    options.receiver.databasePath = m_dir.filePath(QStringLiteral("notifications.sqlite"));
    options.receiver.port = 0;
    options.fastRetries = true;
    m_session = new Session(options, this);
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
    m_window = new MainWindow(m_session);
    // This simulator has no state file, so closing the window would ask: the tests that close it say yes.
    m_window->setQuitConfirmer([](int) { return true; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The receiver starts on its own thread; the window shows "starting…" until then.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->receiver()->isListening(), Timeout);
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
    m_session->shutdown();
}

void TestMainWindow::statusBarShowsEnvironmentAndReceiver()
{
    StatusWidget *status = m_window->statusWidget();
    QVERIFY(status->environmentText().contains(QStringLiteral("Simulator")));
    QVERIFY(status->environmentText().contains(QString::number(m_session->simulator()->apiRoot().port())));
    QVERIFY(status->receiverText().contains(m_session->receiver()->sinkUrl().toString()));
    QTRY_VERIFY(status->receiverText().contains(QStringLiteral("listening")));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->currentData().toString(),
        m_session->environments()->currentId());
    QVERIFY(m_window->findChild<QGroupBox *>(QStringLiteral("simulatorBox"))->isVisible());
}

void TestMainWindow::validationAsYouType_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("phone ok") << int(DeviceEditor::Kind::Phone) << "+99999991000" << true;
    QTest::newRow("phone no plus") << int(DeviceEditor::Kind::Phone) << "99999991000" << false;
    QTest::newRow("phone short") << int(DeviceEditor::Kind::Phone) << "+123" << false;
    QTest::newRow("nai") << int(DeviceEditor::Kind::Nai) << "user@example.com" << true;
    QTest::newRow("nai without realm") << int(DeviceEditor::Kind::Nai) << "notanai" << false;
    QTest::newRow("ipv4 ok") << int(DeviceEditor::Kind::Ipv4) << "203.0.113.7" << true;
    QTest::newRow("ipv4 bad") << int(DeviceEditor::Kind::Ipv4) << "203.0.113.700" << false;
    QTest::newRow("ipv6 ok") << int(DeviceEditor::Kind::Ipv6) << "2001:db8::7" << true;
    QTest::newRow("ipv6 bad") << int(DeviceEditor::Kind::Ipv6) << "2001:db8:::7" << false;
}

void TestMainWindow::validationAsYouType()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    auto *editor = m_window->findChild<DeviceEditor *>(QStringLiteral("deviceEditor"));
    QVERIFY(editor);
    editor->setKind(DeviceEditor::Kind(kind));
    const auto field = [editor](const char *name) { return editor->findChild<QLineEdit *>(QLatin1String(name)); };
    QLineEdit *edit = nullptr;
    switch (DeviceEditor::Kind(kind)) {
    case DeviceEditor::Kind::Phone:
        edit = field("phoneEdit");
        break;
    case DeviceEditor::Kind::Nai:
        edit = field("naiEdit");
        break;
    case DeviceEditor::Kind::Ipv4:
        edit = field("ipv4PublicEdit");
        field("ipv4PortEdit")->setText(QStringLiteral("5060"));
        break;
    case DeviceEditor::Kind::Ipv6:
        edit = field("ipv6Edit");
        break;
    }
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(editor->isValid(), valid);
    QCOMPARE(editor->validationText().startsWith(QStringLiteral("✓")), valid);
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("lookupButton"))->isEnabled(), valid);
    field("ipv4PortEdit")->clear();
    editor->setKind(DeviceEditor::Kind::Phone);
}

void TestMainWindow::lookupSeedDevice_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("roaming");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("error");
    QTest::newRow("roaming") << RoamingPhone << "Yes"
                             << "DE Germany" << QString();
    QTest::newRow("home") << HomePhone << "No" << QString() << QString();
    QTest::newRow("400") << "+99999990400"
                         << "failed" << QString() << "400 INVALID_ARGUMENT";
    QTest::newRow("404") << "+99999990404"
                         << "failed" << QString() << "404 IDENTIFIER_NOT_FOUND";
    QTest::newRow("422") << "+99999990422"
                         << "failed" << QString() << "422 SERVICE_NOT_APPLICABLE";
    QTest::newRow("500") << "+99999990500"
                         << "failed" << QString() << "500 INTERNAL";
    QTest::newRow("502") << "+99999990502"
                         << "failed" << QString() << "502 BAD_GATEWAY";
    QTest::newRow("503") << "+99999990503"
                         << "failed" << QString() << "503 UNAVAILABLE";
    QTest::newRow("504") << "+99999990504"
                         << "failed" << QString() << "504 TIMEOUT";
    QTest::newRow("unknown") << "+99999997777"
                             << "failed" << QString() << "404 IDENTIFIER_NOT_FOUND";
}

void TestMainWindow::lookupSeedDevice()
{
    QFETCH(QString, phone);
    QFETCH(QString, roaming);
    QFETCH(QString, country);
    QFETCH(QString, error);
    auto *panel = m_window->findChild<LookupPanel *>(QStringLiteral("lookupPanel"));
    const auto text = [panel](const char *name) {
        const auto *label = panel->findChild<QLabel *>(QLatin1String(name));
        return label && label->isVisibleTo(panel) ? label->text() : QString();
    };
    auto *history = panel->findChild<QTableView *>(QStringLiteral("lookupHistoryView"))->model();
    panel->findChild<DeviceEditor *>()->setKind(DeviceEditor::Kind::Phone);
    panel->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(phone);
    const int historyBefore = history->rowCount();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("lookupButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QVERIFY2(text("roamingValue").contains(roaming), qPrintable(text("roamingValue")));
    // The result names its device.
    QCOMPARE(text("resultDeviceValue"), phone);
    if (error.isEmpty()) {
        QVERIFY(text("lookupError").isEmpty());
        if (!country.isEmpty()) {
            QVERIFY2(text("countryValue").contains(country), qPrintable(text("countryValue")));
            QCOMPARE(text("mccValue"), QStringLiteral("262"));
        }
        QVERIFY2(text("updatedValue").contains(QStringLiteral("ago")) || text("updatedValue").contains(u"just now"_s),
            qPrintable(text("updatedValue")));
    } else {
        QVERIFY2(text("lookupError").contains(error), qPrintable(text("lookupError")));
        QVERIFY(text("countryValue").isEmpty()); // the error takes the place of the value rows
    }
    // The lookup lands in the history, newest first.
    QCOMPARE(history->rowCount(), qMin(historyBefore + 1, LookupHistoryModel().capacity()));
    QCOMPARE(history->index(0, LookupHistoryModel::DeviceColumn).data().toString(), phone);
}

QString TestMainWindow::subscribe(const QString &phone, EventType type, bool initialEvent, int maxEvents)
{
    SubscriptionsView *view = m_window->subscriptionsView();
    SubscriptionTableModel *model = m_session->subscriptions();
    const QStringList before = model->ids();
    bool dialogSeen = false;
    view->setDialogHook([&](CreateSubscriptionDialog *dialog) {
        dialogSeen = true;
        // The sink defaults to the embedded receiver; a token is generated.
        if (dialog->findChild<QLineEdit *>(QStringLiteral("sinkEdit"))->text()
            != m_session->receiver()->sinkUrl().toString())
            return false;
        if (dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text().size() < 20)
            return false;
        const QString wanted = QStringLiteral("eventTypeCheck_") + eventtype::shortName(type);
        for (QCheckBox *check : dialog->findChildren<QCheckBox *>()) {
            if (check->objectName().startsWith(QLatin1String("eventTypeCheck_")))
                check->setChecked(check->objectName() == wanted);
        }
        dialog->findChild<QCheckBox *>(QStringLiteral("initialEventCheck"))->setChecked(initialEvent);
        dialog->findChild<QCheckBox *>(QStringLiteral("maxEventsCheck"))->setChecked(maxEvents > 0);
        if (maxEvents > 0)
            dialog->findChild<QSpinBox *>(QStringLiteral("maxEventsSpin"))->setValue(maxEvents);
        return dialog->problems().isEmpty();
    });
    Device device;
    device.phoneNumber = phone;
    m_window->subscribeDevice(device);
    view->setDialogHook({});
    if (!dialogSeen)
        return {};
    QString created;
    const bool ok = QTest::qWaitFor(
        [&] {
            for (const QString &id : model->ids()) {
                if (!before.contains(id))
                    created = id;
            }
            return !created.isEmpty();
        },
        Timeout);
    return ok ? created : QString();
}

int TestMainWindow::logRows(const QString &type, const QString &subscriptionId) const
{
    QTableView *table = m_window->notificationLog()->table();
    QAbstractItemModel *model = table->model();
    int typeColumn = -1;
    int subColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        if (header == QLatin1String("Type"))
            typeColumn = c;
        if (header == QLatin1String("Subscription"))
            subColumn = c;
    }
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, typeColumn).data().toString();
        if (!shown.endsWith(type))
            continue;
        if (!subscriptionId.isEmpty()
            && !model->index(row, subColumn).data().toString().startsWith(subscriptionId.left(8)))
            continue;
        ++count;
    }
    return count;
}

void TestMainWindow::createWithInitialEventArrivesInLog()
{
    const QString id = subscribe(RoamingPhone, EventType::RoamingStatus, true);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(logRows(QStringLiteral("roaming-status"), id), 1, Timeout);
    SubscriptionTableModel *model = m_session->subscriptions();
    const int row = model->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, SubscriptionTableModel::StatusColumn).data().toString(), QStringLiteral("● ACTIVE"));
    QCOMPARE(model->index(row, SubscriptionTableModel::SinkColumn).data(Qt::ToolTipRole).toString(),
        m_session->receiver()->sinkUrl().toString());
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(row, SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 1, Timeout);
    // The detail pane shows the CloudEvent as pretty JSON.
    m_window->showTab(MainWindow::NotificationsTab);
    m_window->notificationLog()->table()->selectRow(0);
    QTRY_VERIFY(m_window->notificationLog()->detailText().contains(QStringLiteral("\"roaming\": true")));
    QVERIFY(m_window->notificationLog()->detailText().contains(id));
}

void TestMainWindow::deleteShowsSubscriptionEnds()
{
    const QString id = subscribe(HomePhone, EventType::RoamingOn, false);
    QVERIFY(!id.isEmpty());
    SubscriptionsView *view = m_window->subscriptionsView();
    SubscriptionTableModel *model = m_session->subscriptions();
    m_window->showTab(MainWindow::SubscriptionsTab);
    QStringList confirmed;
    view->setDeleteConfirmer([&](const QStringList &ids) {
        confirmed = ids;
        return true;
    });
    view->table()->clearSelection();
    view->table()->selectRow(static_cast<QSortFilterProxyModel *>(view->table()->model())
                                 ->mapFromSource(model->index(model->rowOf(id), 0))
                                 .row());
    QCOMPARE(view->selectedIds(), QStringList{id});
    view->deleteSelected();
    QCOMPARE(confirmed, QStringList{id});
    QTRY_COMPARE_WITH_TIMEOUT(logRows(QStringLiteral("subscription-ends"), id), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("■ Ended (deleted)"), Timeout);
    // The API no longer lists it; the row stays, marked.
    view->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view->pendingRequests(), 0, Timeout);
    QVERIFY(model->rowOf(id) >= 0);
    QVERIFY(model->index(model->rowOf(id), 0).data(SubscriptionTableModel::IsEndedRole).toBool());
}

void TestMainWindow::getByIdAndMultiSelectDelete()
{
    const QString first = subscribe(RoamingPhone, EventType::RoamingOff, false);
    const QString second = subscribe(RoamingPhone, EventType::RoamingChangeCountry, false);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    SubscriptionsView *view = m_window->subscriptionsView();
    SubscriptionTableModel *model = m_session->subscriptions();
    m_window->showTab(MainWindow::SubscriptionsTab);

    // Get by id: the answer is shown where it was asked for, and the row is selected.
    view->fetchById(first);
    QTRY_VERIFY_WITH_TIMEOUT(view->messageText().contains(first), Timeout);
    QVERIFY(view->messageText().contains(QStringLiteral("ACTIVE")));
    QCOMPARE(view->selectedIds(), QStringList{first});
    view->fetchById(QStringLiteral("no-such-subscription"));
    QTRY_VERIFY_WITH_TIMEOUT(view->messageText().contains(QStringLiteral("404")), Timeout);

    // Two rows selected, one confirmation for both, both end.
    auto *proxy = static_cast<QSortFilterProxyModel *>(view->table()->model());
    view->table()->clearSelection();
    for (const QString &id : {first, second}) {
        const QModelIndex index = proxy->mapFromSource(model->index(model->rowOf(id), 0));
        view->table()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QStringList confirmed;
    view->setDeleteConfirmer([&](const QStringList &ids) {
        confirmed = ids;
        return true;
    });
    view->deleteSelected();
    confirmed.sort();
    QStringList expected{first, second};
    expected.sort();
    QCOMPARE(confirmed, expected);
    for (const QString &id : {first, second})
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(id), SubscriptionTableModel::StatusColumn).data().toString(),
            QStringLiteral("■ Ended (deleted)"), Timeout);
    // Declining the confirmation deletes nothing.
    const QString third = subscribe(RoamingPhone, EventType::RoamingOff, false);
    view->table()->clearSelection();
    view->table()->selectRow(proxy->mapFromSource(model->index(model->rowOf(third), 0)).row());
    view->setDeleteConfirmer([](const QStringList &) { return false; });
    QTRY_COMPARE(view->pendingRequests(), 0);
    view->deleteSelected();
    QCOMPARE(view->pendingRequests(), 0); // no DELETE was sent
    QCOMPARE(model->index(model->rowOf(third), SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("● ACTIVE"));
}

void TestMainWindow::simulatorMovesProduceEvents()
{
    const QString on = subscribe(HomePhone, EventType::RoamingOn, false);
    const QString change = subscribe(HomePhone, EventType::RoamingChangeCountry, false);
    const QString off = subscribe(HomePhone, EventType::RoamingOff, false);
    QVERIFY(!on.isEmpty() && !change.isEmpty() && !off.isEmpty());

    SimulatorPanel *panel = m_window->simulatorPanel();
    QVERIFY(panel->selectDevice(HomePhone));
    auto moveTo = [&](int mcc) {
        const int index = panel->countryCombo()->findData(mcc);
        QVERIFY2(index >= 0, qPrintable(QString::number(mcc)));
        panel->countryCombo()->setCurrentIndex(index);
        panel->moveSelected();
    };
    moveTo(208); // France: roaming-on
    QTRY_COMPARE_WITH_TIMEOUT(logRows(QStringLiteral("roaming-on"), on), 1, Timeout);
    // The device list shows where it is now (through the panel's sortable view).
    const QModelIndex shown = panel->table()->selectionModel()->selectedRows(SimDeviceModel::LocationColumn).value(0);
    QVERIFY2(shown.data().toString().contains(QStringLiteral("FR")), qPrintable(shown.data().toString()));
    QVERIFY(shown.siblingAtColumn(SimDeviceModel::RoamingColumn).data().toString().contains(QStringLiteral("roaming")));
    moveTo(228); // Switzerland: roaming-change-country
    QTRY_COMPARE_WITH_TIMEOUT(logRows(QStringLiteral("roaming-change-country"), change), 1, Timeout);
    panel->sendSelectedHome(); // roaming-off
    QTRY_COMPARE_WITH_TIMEOUT(logRows(QStringLiteral("roaming-off"), off), 1, Timeout);
    QCOMPARE(logRows(QStringLiteral("roaming-on"), on), 1);
}

void TestMainWindow::scenarioPlaysFromThePanel()
{
    SimulatorPanel *panel = m_window->simulatorPanel();
    const int offBefore = logRows(QStringLiteral("roaming-off"));
    const int onBefore = logRows(QStringLiteral("roaming-on"));
    panel->scenarioCombo()->setCurrentIndex(panel->scenarioCombo()->findText(QStringLiteral("europe-tour")));
    QComboBox *speed = panel->findChild<QComboBox *>(QStringLiteral("speedCombo"));
    QVERIFY(speed);
    speed->setCurrentIndex(speed->count() - 1); // the fastest
    auto *play = panel->findChild<QPushButton *>(QStringLiteral("playButton"));
    QVERIFY(play && play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(m_session->simulator()->isPlaying());
    QVERIFY(play->text().contains(QStringLiteral("Pause")));
    // FR, BE, home: the remaining subscriptions on the home device see roaming-on and roaming-off again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->simulator()->isPlaying(), Timeout);
    QTRY_VERIFY(play->text().contains(QStringLiteral("Play")));
    QTRY_VERIFY_WITH_TIMEOUT(logRows(QStringLiteral("roaming-off")) > offBefore, Timeout);
    QVERIFY(logRows(QStringLiteral("roaming-on")) > onBefore);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("scenarioProgress"))->text().contains(QStringLiteral("of 25 s")));
}

void TestMainWindow::filtersNarrowTheLog()
{
    NotificationLogView *log = m_window->notificationLog();
    m_window->showTab(MainWindow::NotificationsTab);
    log->setFilterText(QString());
    QTRY_VERIFY(!m_session->log()->isLoading() && log->visibleRowCount() >= 5);
    const int all = log->visibleRowCount();
    log->setFilterText(QStringLiteral("type:roaming-on"));
    QTRY_COMPARE(log->visibleRowCount(), logRows(QStringLiteral("roaming-on")));
    QVERIFY(log->visibleRowCount() >= 1);
    QVERIFY(log->visibleRowCount() < all);
    log->setFilterText(QStringLiteral("device:") + RoamingPhone);
    QTRY_VERIFY(!m_session->log()->isLoading() && log->visibleRowCount() >= 1);
    QVERIFY(log->visibleRowCount() < all);
    // Typed by hand: applied once the typing pauses.
    log->setFilterText(QString());
    QTest::keyClicks(log->filterEdit(), QStringLiteral("type:roaming-off"));
    QTRY_COMPARE(log->visibleRowCount(), logRows(QStringLiteral("roaming-off")));
    QVERIFY(log->visibleRowCount() < all);
    log->setFilterText(QStringLiteral("no-such-text-anywhere"));
    QTRY_COMPARE(log->visibleRowCount(), 0);
    log->setFilterText(QString());
    QTRY_COMPARE(log->visibleRowCount(), all);
}

void TestMainWindow::unreadCounterInTabTitle()
{
    m_window->showTab(MainWindow::SubscriptionsTab);
    const QString id = subscribe(RoamingPhone, EventType::RoamingStatus, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->notificationLog()->unreadCount() >= 1, Timeout);
    const int index =
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->indexOf(m_window->notificationLog());
    QVERIFY2(
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->tabText(index).contains(QStringLiteral("(")),
        qPrintable(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->tabText(index)));
    m_window->showTab(MainWindow::NotificationsTab);
    QCOMPARE(m_window->notificationLog()->unreadCount(), 0);
    QCOMPARE(
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->tabText(index), QStringLiteral("Notifications"));
}

void TestMainWindow::environmentSwitchHidesSimulator()
{
    QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    const QString simulatorId = m_session->environments()->currentId();
    QString other;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() != simulatorId)
            other = combo->itemData(i).toString();
    }
    QVERIFY(!other.isEmpty());
    m_session->environments()->setCurrent(other);
    QVERIFY(!m_window->findChild<QGroupBox *>(QStringLiteral("simulatorBox"))->isVisible());
    QCOMPARE(combo->currentData().toString(), other);
    m_session->environments()->setCurrent(simulatorId);
    QVERIFY(m_window->findChild<QGroupBox *>(QStringLiteral("simulatorBox"))->isVisible());
    QVERIFY(m_window->statusWidget()->environmentText().contains(QStringLiteral("Simulator")));
}

void TestMainWindow::trafficCopiesCurl()
{
    TrafficView *traffic = m_window->trafficView();
    auto *table = traffic->findChild<QTableView *>(QStringLiteral("trafficTable"));
    QVERIFY(table->model()->rowCount() > 0);
    m_window->showTab(MainWindow::TrafficTab);
    table->selectRow(0);
    const QString detail = traffic->findChild<QPlainTextEdit *>(QStringLiteral("trafficDetail"))->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("POST")) || detail.contains(QStringLiteral("GET"))
        || detail.contains(QStringLiteral("DELETE")));
    QApplication::clipboard()->clear();
    traffic->copyCurl();
    const QString curl = QApplication::clipboard()->text();
    // A leading "# export …" names the secrets to set when the request carries any.
    QVERIFY2(curl.startsWith(QStringLiteral("curl"))
            || curl.section(QLatin1Char('\n'), 1).startsWith(QStringLiteral("curl")),
        qPrintable(curl));
    QVERIFY(curl.contains(m_session->simulator()->apiRoot().toString()));
}

void TestMainWindow::autoScrollPausesWhileReading()
{
    NotificationLogView *log = m_window->notificationLog();
    m_window->showTab(MainWindow::NotificationsTab);
    log->setFilterText(QString());
    QTRY_VERIFY(log->visibleRowCount() >= 6);
    // A short table, so that the log scrolls; the user scrolls down to read an older event.
    log->splitter()->setSizes({90, 600});
    QTRY_VERIFY(log->table()->verticalScrollBar()->maximum() >= 2);
    QScrollBar *bar = log->table()->verticalScrollBar();
    bar->setValue(2);
    QVERIFY(!log->isFollowing());
    const QModelIndex top = log->table()->indexAt(QPoint(2, 2));
    const QString reading = top.siblingAtColumn(0).data().toString() + top.siblingAtColumn(2).data().toString();
    const int rowsBefore = log->visibleRowCount();
    // A new event arrives (the roaming device leaves and comes back under a roaming-status subscription).
    const QString id = subscribe(RoamingPhone, EventType::RoamingStatus, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(log->visibleRowCount() > rowsBefore, Timeout);
    const QModelIndex stillTop = log->table()->indexAt(QPoint(2, 2));
    QCOMPARE(stillTop.siblingAtColumn(0).data().toString() + stillTop.siblingAtColumn(2).data().toString(), reading);
    QVERIFY(!log->isFollowing());
    // Counted when the receiver reports the commit (the view may have read the row from the store first).
    QTRY_VERIFY_WITH_TIMEOUT(log->unreadCount() > 0, Timeout);
    log->jumpToNewest();
    QCOMPARE(bar->value(), 0);
    QVERIFY(log->isFollowing());
    QCOMPARE(log->unreadCount(), 0);
    log->splitter()->setSizes({500, 200});
}

void TestMainWindow::exportWritesTheFilteredLog()
{
    NotificationLogView *log = m_window->notificationLog();
    log->setFilterText(QStringLiteral("type:roaming-on"));
    // The rows of the previous filter stay until the new first page is read on the log's thread.
    QTRY_VERIFY(!m_session->log()->isLoading() && log->visibleRowCount() >= 1);
    const int shown = log->visibleRowCount();
    const QString path = m_dir.filePath(QStringLiteral("export.jsonl"));
    QSignalSpy exported(m_session->log(), &NotificationLogService::exported);
    QVERIFY(m_session->log()->exportTo(path, false));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(3).toString()));
    QCOMPARE(exported.at(0).at(1).toLongLong(), qint64(shown));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown);
    for (const QByteArray &line : lines)
        QVERIFY(line.contains("roaming-on"));
    log->setFilterText(QString());
}

void TestMainWindow::stateSurvivesRestart()
{
    // Geometry, splitters, the current tab and the log filter are saved on close and restored.
    m_window->showTab(MainWindow::NotificationsTab);
    m_window->notificationLog()->setFilterText(QStringLiteral("type:roaming-off"));
    m_window->resize(1111, 777);
    m_window->close();
    MainWindow again(m_session);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1111, 777));
    QCOMPARE(
        again.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), int(MainWindow::NotificationsTab));
    QCOMPARE(again.notificationLog()->filterEdit()->text(), QStringLiteral("type:roaming-off"));
    QVERIFY(!QSettings().value(QStringLiteral("lookup/history")).toList().isEmpty());
    again.notificationLog()->setFilterText(QString());
}

void TestMainWindow::retryProgressAndCancel()
{
    // (The restart test closed the window.)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // A back-off long enough to watch: the panel counts the retry and Cancel really stops the call.
    const api::RetryPolicy before = m_session->client()->retryPolicy();
    api::RetryPolicy slow;
    slow.baseDelayMs = 30000;
    slow.maxDelayMs = 30000;
    slow.jitter = 0;
    m_session->client()->setRetryPolicy(slow);
    auto *history = panel()->findChild<QTableView *>(QStringLiteral("lookupHistoryView"))->model();
    const int historyBefore = history->rowCount();
    auto *cancel = panel()->findChild<QPushButton *>(QStringLiteral("lookupCancelButton"));
    QVERIFY(cancel && !cancel->isVisible());
    lookUp(QStringLiteral("+99999990503"));
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(shown("lookupProgress").startsWith(QStringLiteral("Retrying (1 of 3) in ")), Timeout);
    const int exchanges = m_session->traffic()->rowCount();
    QVERIFY2(shown("lookupProgress").endsWith(QStringLiteral(" s…")), qPrintable(shown("lookupProgress")));
    QVERIFY(panel()->isBusy());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!panel()->isBusy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(shown("lookupProgress").isEmpty());
    QCOMPARE(shown("roamingValue"), QStringLiteral("Lookup cancelled"));
    QVERIFY(shown("lookupError").isEmpty());
    QCOMPARE(history->rowCount(), historyBefore); // nothing to remember
    QVERIFY(panel()->findChild<QPushButton *>(QStringLiteral("lookupButton"))->isEnabled());
    m_session->client()->setRetryPolicy(before);
    // No retry goes out after the cancel.
    QTest::qWait(200);
    QCOMPARE(m_session->traffic()->rowCount(), exchanges);
}

void TestMainWindow::resultClearedWhenIdentifierOrEnvironmentChanges()
{
    lookUp(QStringLiteral("+99999990400"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QVERIFY(shown("lookupError").contains(QStringLiteral("400")));
    QCOMPARE(shown("resultDeviceValue"), QStringLiteral("+99999990400"));
    // Another identifier typed: the old error no longer describes it.
    auto *phone = panel()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("12345"));
    QVERIFY(shown("lookupError").isEmpty());
    QCOMPARE(shown("roamingValue"), QStringLiteral("—"));
    QCOMPARE(shown("resultDeviceValue"), QStringLiteral("—"));
    // Typing the same device back does not bring anything back, and a fresh result stays while unchanged.
    lookUp(RoamingPhone);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QVERIFY(shown("roamingValue").contains(QStringLiteral("Yes")));
    QCOMPARE(shown("resultDeviceValue"), RoamingPhone);
    phone->setText(RoamingPhone); // the same text again
    QVERIFY(shown("roamingValue").contains(QStringLiteral("Yes")));
    // Another environment: the simulator's answer is not the other network's.
    const QString simulatorId = m_session->environments()->currentId();
    QString other;
    for (const EnvironmentService::Entry &env : m_session->environments()->environments()) {
        if (env.id != simulatorId)
            other = env.id;
    }
    QVERIFY(!other.isEmpty());
    m_session->environments()->setCurrent(other);
    QCOMPARE(shown("roamingValue"), QStringLiteral("—"));
    QCOMPARE(shown("countryValue"), QStringLiteral("—"));
    QCOMPARE(shown("resultDeviceValue"), QStringLiteral("—"));
    m_session->environments()->setCurrent(simulatorId);
}

void TestMainWindow::choosingAnIdentifierTypeFocusesItsField()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *editor = panel()->findChild<DeviceEditor *>();
    const QList<QPair<const char *, const char *>> pairs = {
        {"kind2", "ipv4PublicEdit"}, {"kind1", "naiEdit"}, {"kind3", "ipv6Edit"}, {"kind0", "phoneEdit"}};
    for (const auto &[radioName, fieldName] : pairs) {
        auto *radio = editor->findChild<QRadioButton *>(QLatin1String(radioName));
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2)); // on the indicator
        QTRY_COMPARE(QApplication::focusWidget(), editor->findChild<QLineEdit *>(QLatin1String(fieldName)));
    }
    // Typed right away, the text lands in the field.
    auto *naiRadio = editor->findChild<QRadioButton *>(QStringLiteral("kind1"));
    QTest::mouseClick(naiRadio, Qt::LeftButton, {}, QPoint(6, naiRadio->height() / 2));
    auto *nai = editor->findChild<QLineEdit *>(QStringLiteral("naiEdit"));
    nai->clear();
    QTRY_COMPARE(QApplication::focusWidget(), nai);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("notanai"));
    QCOMPARE(nai->text(), QStringLiteral("notanai"));
    QVERIFY(!editor->isValid());
    QVERIFY2(editor->validationText().contains(QStringLiteral("user@realm")), qPrintable(editor->validationText()));
    nai->clear();
    editor->setKind(DeviceEditor::Kind::Phone);
}

void TestMainWindow::longErrorIsReadableAndKeepsTheLayout()
{
    m_window->resize(1280, 800);
    QTest::qWait(50);
    auto *history = panel()->findChild<QTableView *>(QStringLiteral("lookupHistoryView"));
    auto *radio = panel()->findChild<QRadioButton *>(QStringLiteral("kind0"));
    lookUp(RoamingPhone);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QTest::qWait(50);
    const int historyHeight = history->height();
    const int radioHeight = radio->height();
    lookUp(QStringLiteral("+99999990503"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QTest::qWait(50);
    auto *error = panel()->findChild<QLabel *>(QStringLiteral("lookupError"));
    auto *box = panel()->findChild<QScrollArea *>(QStringLiteral("lookupErrorBox"));
    QVERIFY(error->isVisible() && box->isVisible());
    // The whole sentence fits: the label is as tall as its wrapped text, or the box scrolls to it.
    QVERIFY(error->text().contains(QStringLiteral("Retried")));
    QVERIFY2(error->height() >= error->heightForWidth(error->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
    const bool fitsInView = error->height() <= box->viewport()->height();
    QVERIFY(fitsInView || box->verticalScrollBar()->isVisible());
    QVERIFY(error->width() <= box->viewport()->width()); // wraps, never runs off to the side
    QCOMPARE(box->toolTip(), error->text());
    // Nothing above gets squeezed; the history keeps most of its height.
    QCOMPARE(radio->height(), radioHeight);
    QVERIFY2(history->height() * 10 >= historyHeight * 7,
        qPrintable(QStringLiteral("%1 -> %2").arg(historyHeight).arg(history->height())));
}

void TestMainWindow::tabLeavesTables()
{
    const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
    QVERIFY(views.size() >= 4);
    for (const QAbstractItemView *view : views)
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
    // With the keyboard: Tab from the history table goes to the next widget, not the next cell.
    m_window->showTab(MainWindow::SubscriptionsTab);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *history = panel()->findChild<QTableView *>(QStringLiteral("lookupHistoryView"));
    QVERIFY(history->model()->rowCount() >= 2);
    history->setFocus();
    history->setCurrentIndex(history->model()->index(0, 0));
    QTRY_COMPARE(QApplication::focusWidget(), history);
    QTest::keyClick(history, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != history);
    QCOMPARE(history->currentIndex().row(), 0);
}

namespace {
/// The mnemonic letter of a text ("&File" → 'f'), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Adds `text`'s mnemonic to `scope`; reports a clash with what is already there.
void claim(QHash<QChar, QString> &scope, const QString &text, QStringList &clashes)
{
    const QChar letter = mnemonic(text);
    if (letter.isNull())
        return;
    if (scope.contains(letter))
        clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(letter, scope.value(letter), text);
    else
        scope.insert(letter, text);
}
} // namespace

void TestMainWindow::mnemonicsAreUnique()
{
    QStringList clashes;
    const auto walkWindow = [&] {
        // One scope: the menu bar's titles and every visible button or labelled buddy in the window.
        QHash<QChar, QString> window;
        for (QAction *action : m_window->menuBar()->actions()) {
            if (action->isVisible())
                claim(window, action->text(), clashes);
        }
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                claim(window, button->text(), clashes);
        }
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                claim(window, label->text(), clashes);
        }
        // Each menu is its own scope.
        for (QAction *action : m_window->menuBar()->actions()) {
            if (!action->menu())
                continue;
            QHash<QChar, QString> menu;
            for (QAction *item : action->menu()->actions()) {
                if (item->isVisible() && !item->isSeparator())
                    claim(menu, item->text(), clashes);
            }
        }
    };
    for (int tab : {MainWindow::SubscriptionsTab, MainWindow::NotificationsTab, MainWindow::TrafficTab}) {
        m_window->showTab(tab);
        QTest::qWait(20);
        walkWindow();
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
}

void TestMainWindow::exportShortcutWorksFromLineEdits()
{
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("actionExportLog"));
    QVERIFY(exportAction);
    // The action opens a file dialog; here only whether the key reaches it counts.
    QVERIFY(QObject::disconnect(exportAction, &QAction::triggered, m_window, nullptr));
    QSignalSpy triggered(exportAction, &QAction::triggered);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->showTab(MainWindow::NotificationsTab);
    QLineEdit *filter = m_window->notificationLog()->filterEdit();
    auto *phone = panel()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    // A line edit the window did not have when it was built (a view adding a field later) is no exception.
    auto *later = new QLineEdit(m_window->subscriptionsView());
    later->setObjectName(QStringLiteral("laterEdit"));
    m_window->subscriptionsView()->layout()->addWidget(later);
    m_window->showTab(MainWindow::SubscriptionsTab);
    later->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    int expected = 0;
    for (QLineEdit *edit : {later, filter, phone}) {
        if (edit == filter)
            m_window->showTab(MainWindow::NotificationsTab);
        edit->setText(QStringLiteral("abc"));
        edit->setFocus();
        edit->setCursorPosition(0);
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), ++expected);
        QCOMPARE(edit->cursorPosition(), 0); // not taken as "end of line"
        QCOMPARE(edit->text(), QStringLiteral("abc"));
        edit->clear();
    }
    delete later;
    connect(exportAction, &QAction::triggered, m_window, &MainWindow::exportLog);
    m_window->notificationLog()->setFilterText(QString());
}

void TestMainWindow::shortcutsThatMustStay()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *phone = panel()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    phone->setText(HomePhone);
    m_window->notificationLog()->filterEdit()->setFocus();
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), phone);
    QCOMPARE(phone->selectedText(), HomePhone);
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QCOMPARE(shown("resultDeviceValue"), HomePhone);
    QVERIFY(shown("roamingValue").contains(QStringLiteral("No")));
    auto *shortcuts = m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"));
    QVERIFY(shortcuts->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
}

void TestMainWindow::fitsAndStretchesAtSmallAndLargeSizes()
{
    auto *left = m_window->findChild<QSplitter *>(QStringLiteral("leftSplitter"));
    m_window->showTab(MainWindow::SubscriptionsTab);
    lookUp(QStringLiteral("+99999990503")); // the longest thing the panel shows
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->size(), QSize(1024, 640));
    QTest::qWait(50);
    saveGrab(QStringLiteral("window-1024x640.png"));
    QTest::qWait(50);
    QVERIFY2(
        m_window->minimumSizeHint().height() <= 640, qPrintable(QString::number(m_window->minimumSizeHint().height())));
    const int smallLeft = left->width();
    // No label in the lookup panel is cut: each is as large as its text needs (wrapped ones as tall).
    for (QLabel *label : panel()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QString what = label->objectName() + QStringLiteral(" \"") + label->text() + u'"';
        if (label->wordWrap()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(what));
        } else {
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(what));
            QVERIFY2(label->height() >= label->minimumSizeHint().height(), qPrintable(what));
        }
    }
    for (QWidget *widget : panel()->findChildren<QWidget *>()) {
        if (widget->isVisible() && !qobject_cast<QLabel *>(widget) && widget->objectName().endsWith(u"Edit"))
            QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), qPrintable(widget->objectName()));
    }
    // The left column grows with the window.
    m_window->resize(1440, 900);
    QTRY_COMPARE(m_window->size(), QSize(1440, 900));
    QVERIFY2(left->width() > smallLeft, qPrintable(QStringLiteral("%1 -> %2").arg(smallLeft).arg(left->width())));
    QTest::qWait(50);
    saveGrab(QStringLiteral("window-1440x900.png"));
    m_window->resize(1280, 800);
}

namespace {
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

/// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return qMax(x, y) / qMin(x, y);
}
} // namespace

void TestMainWindow::coloursReadOnLightAndDarkPalettes()
{
    const QPalette original = QApplication::palette();
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, Qt::white);
    for (const QPalette &palette : {light, dark, original}) {
        QApplication::setPalette(palette);
        QCOMPARE(theme::isDark(), palette.color(QPalette::Window).lightness() < 128);
        const QList<QPair<QString, QColor>> colours = {{QStringLiteral("roaming"), theme::abroad()},
            {QStringLiteral("at home"), theme::home()}, {QStringLiteral("error"), theme::error()}};
        for (const auto &[name, colour] : colours) {
            for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                const double ratio = contrast(colour, palette.color(role));
                QVERIFY2(ratio >= 4.5,
                    qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                   .arg(name, colour.name(), palette.color(role).name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        }
    }
    QApplication::setPalette(original);
    // The panel shows the result in the palette's shade.
    lookUp(RoamingPhone);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isBusy(), Timeout);
    QVERIFY(
        panel()->findChild<QLabel *>(QStringLiteral("roamingValue"))->styleSheet().contains(theme::abroad().name()));
}

void TestMainWindow::quitAsksBeforeEndingSubscriptions()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The test's simulator has no state file: Quit would end its live subscriptions, so it asks first.
    SimulatorControl *simulator = m_session->simulator();
    if (simulator->subscriptionCount() == 0)
        QVERIFY(!subscribe(HomePhone, EventType::RoamingOn, false).isEmpty());
    const int live = simulator->subscriptionCount();
    QVERIFY(live > 0);
    QCOMPARE(simulator->subscriptionsEndingOnShutdown(), live);
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QList<int> asked;
    // Cancel: the window stays and nothing ends.
    m_window->setQuitConfirmer([&asked](int ending) {
        asked << ending;
        return false;
    });
    quit->trigger();
    QCOMPARE(asked, QList<int>{live});
    QVERIFY(m_window->isVisible());
    QCOMPARE(simulator->subscriptionCount(), live);
    // Quit: the window closes.
    m_window->setQuitConfirmer([&asked](int ending) {
        asked << ending;
        return true;
    });
    quit->trigger();
    QCOMPARE(asked, (QList<int>{live, live}));
    QVERIFY(!m_window->isVisible());
    m_window->setQuitConfirmer([](int) { return true; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::resetSimulatorFromTheMenu()
{
    auto *reset = m_window->findChild<QAction *>(QStringLiteral("actionResetSimulator"));
    QVERIFY(reset);
    QMenu *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("simulatorMenu"));
    QVERIFY(menu && menu->actions().contains(reset));
    QVERIFY(m_session->simulator()->subscriptionCount() > 0);
    // The panel asks before live subscriptions end: answer Reset once the question shows.
    QTimer answer;
    bool answered = false;
    connect(&answer, &QTimer::timeout, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                answered = true;
                button->click();
            }
        }
    });
    answer.start(20);
    reset->trigger();
    answer.stop();
    QVERIFY(answered);
    QCOMPARE(m_session->simulator()->subscriptionCount(), 0);
    QVERIFY(m_window->simulatorPanel()
                ->findChild<QLabel *>(QStringLiteral("simulatorMessage"))
                ->text()
                .contains(QStringLiteral("back to its defaults")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
