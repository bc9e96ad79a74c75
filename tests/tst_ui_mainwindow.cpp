// The main window driven for real: offscreen, against the embedded simulator and webhook receiver,
// with a temporary SQLite store. Lookups of every seed device, subscriptions with their notifications,
// simulator moves, log filters and the status bar.
#include "createsubscriptiondialog.h"
#include "deviceeditor.h"
#include "lookuphistorymodel.h"
#include "lookuppanel.h"
#include "mainwindow.h"
#include "notificationlogview.h"
#include "session/environmentservice.h"
#include "session/notificationlogservice.h"
#include "session/receiverservice.h"
#include "session/session.h"
#include "session/simulatorcontrol.h"
#include "simdevicemodel.h"
#include "simulatorpanel.h"
#include "statuswidget.h"
#include "subscriptionsview.h"
#include "subscriptiontablemodel.h"
#include "trafficview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

private:
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
    QCOMPARE(m_window->environmentCombo()->currentData().toString(), m_session->environments()->currentId());
    QVERIFY(m_window->simulatorBox()->isVisible());
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
    DeviceEditor *editor = m_window->lookupPanel()->editor();
    editor->setKind(DeviceEditor::Kind(kind));
    QLineEdit *edit = nullptr;
    switch (DeviceEditor::Kind(kind)) {
    case DeviceEditor::Kind::Phone:
        edit = editor->phoneEdit();
        break;
    case DeviceEditor::Kind::Nai:
        edit = editor->naiEdit();
        break;
    case DeviceEditor::Kind::Ipv4:
        edit = editor->ipv4PublicEdit();
        editor->ipv4PortEdit()->setText(QStringLiteral("5060"));
        break;
    case DeviceEditor::Kind::Ipv6:
        edit = editor->ipv6Edit();
        break;
    }
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(editor->isValid(), valid);
    QCOMPARE(editor->validationText().startsWith(QStringLiteral("✓")), valid);
    QCOMPARE(m_window->lookupPanel()->lookupButton()->isEnabled(), valid);
    editor->ipv4PortEdit()->clear();
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
    LookupPanel *panel = m_window->lookupPanel();
    panel->editor()->setKind(DeviceEditor::Kind::Phone);
    panel->editor()->phoneEdit()->setText(phone);
    const int historyBefore = panel->history()->rowCount();
    QTest::mouseClick(panel->lookupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QVERIFY2(panel->roamingText().contains(roaming), qPrintable(panel->roamingText()));
    if (error.isEmpty()) {
        QVERIFY(panel->errorText().isEmpty());
        if (!country.isEmpty()) {
            QVERIFY2(panel->countryText().contains(country), qPrintable(panel->countryText()));
            QCOMPARE(panel->mccText(), QStringLiteral("262"));
        }
        QVERIFY2(panel->updatedText().contains(QStringLiteral("ago")) || panel->updatedText().contains(u"just now"_s),
            qPrintable(panel->updatedText()));
    } else {
        QVERIFY2(panel->errorText().contains(error), qPrintable(panel->errorText()));
        QCOMPARE(panel->countryText(), QStringLiteral("—"));
    }
    // The lookup lands in the history, newest first.
    QCOMPARE(panel->history()->rowCount(), qMin(historyBefore + 1, panel->history()->capacity()));
    QCOMPARE(panel->history()->entryAt(0)->device.phoneNumber, phone);
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
    const int index = m_window->tabs()->indexOf(m_window->notificationLog());
    QVERIFY2(
        m_window->tabs()->tabText(index).contains(QStringLiteral("(")), qPrintable(m_window->tabs()->tabText(index)));
    m_window->showTab(MainWindow::NotificationsTab);
    QCOMPARE(m_window->notificationLog()->unreadCount(), 0);
    QCOMPARE(m_window->tabs()->tabText(index), QStringLiteral("Notifications"));
}

void TestMainWindow::environmentSwitchHidesSimulator()
{
    QComboBox *combo = m_window->environmentCombo();
    const QString simulatorId = m_session->environments()->currentId();
    QString other;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() != simulatorId)
            other = combo->itemData(i).toString();
    }
    QVERIFY(!other.isEmpty());
    m_session->environments()->setCurrent(other);
    QVERIFY(!m_window->simulatorBox()->isVisible());
    QCOMPARE(combo->currentData().toString(), other);
    m_session->environments()->setCurrent(simulatorId);
    QVERIFY(m_window->simulatorBox()->isVisible());
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
    QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::NotificationsTab));
    QCOMPARE(again.notificationLog()->filterEdit()->text(), QStringLiteral("type:roaming-off"));
    QVERIFY(!QSettings().value(QStringLiteral("lookup/history")).toList().isEmpty());
    again.notificationLog()->setFilterText(QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
