// Drives the real window through a short demo (lookups, subscriptions, simulator moves) and saves
// screenshots of the whole window and of each part: docs/screenshots/{main,lookup,subscriptions,log,simulator}.png.
// Run under a real X server for real fonts: xvfb-run -a -s "-screen 0 1400x900x24" roamdesk-screenshots OUTDIR
#include "createsubscriptiondialog.h"
#include "deviceeditor.h"
#include "eventloopwait.h"
#include "lookuppanel.h"
#include "mainwindow.h"
#include "notificationlogview.h"
#include "session/apirequests.h"
#include "session/environmentservice.h"
#include "session/notificationlogservice.h"
#include "session/receiverservice.h"
#include "session/session.h"
#include "session/simulatorcontrol.h"
#include "sessiontestutil.h"
#include "simdevicemodel.h"
#include "simulatorpanel.h"
#include "subscriptionsview.h"
#include "subscriptiontablemodel.h"
#include "trafficview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace roamdesk;
using namespace roamdesk::ui;
using roamdesk::benchui::waitFor;

namespace {

void settle(int ms = 300)
{
    waitFor([] { return false; }, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoamDesk-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir dir;

    Session::Options options;
    options.receiver.databasePath = dir.filePath(QStringLiteral("notifications.sqlite"));
    options.receiver.port = 0;
    Session session(options);
    session.start();
    MainWindow window(&session);
    window.resize(1360, 860);
    window.show();
    waitFor([&] { return session.receiver()->isListening(); });

    // A few lookups: an error device, the home device, then the roaming one (shown last).
    LookupPanel *lookup = window.lookupPanel();
    for (const char *phone : {"+99999990503", "+99999991001", "+99999991000"}) {
        lookup->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QString::fromLatin1(phone));
        lookup->lookUp();
        waitFor([&] { return !lookup->isBusy(); });
    }

    // Subscriptions: the roaming device's status with an initial event, and the home device's three kinds.
    const QString sink = session.receiver()->sinkUrl().toString();
    session.requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991000"), EventType::RoamingStatus, sink, true));
    session.requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOn, sink, false));
    session.requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingChangeCountry, sink, false));
    session.requests()->createSubscription(
        testsupport::subscriptionRequest(QStringLiteral("+99999991001"), EventType::RoamingOff, sink, false));
    auto *subscriptions = session.subscriptions();
    waitFor([&] { return subscriptions->rowCount() >= 4; });
    settle();

    // The home device travels FR -> CH -> home: roaming-on, change-country, roaming-off.
    window.simulatorPanel()->selectDevice(QStringLiteral("+99999991001"));
    for (int mcc : {208, 228}) {
        window.simulatorPanel()->countryCombo()->setCurrentIndex(
            window.simulatorPanel()->countryCombo()->findData(mcc));
        window.simulatorPanel()->moveSelected();
        settle(400);
    }
    window.simulatorPanel()->sendSelectedHome();
    settle(400);
    window.simulatorPanel()->countryCombo()->setCurrentIndex(window.simulatorPanel()->countryCombo()->findData(208));
    window.simulatorPanel()->moveSelected();
    settle(400);
    // One subscription deleted: its subscription-ends shows in the log, its row says so.
    window.subscriptionsView()->setDeleteConfirmer([](const QStringList &) { return true; });
    window.subscriptionsView()->table()->selectRow(0);
    window.subscriptionsView()->deleteSelected();
    settle(800);
    window.subscriptionsView()->refresh();
    settle(400);

    auto save = [&](QWidget *widget, const QString &name) {
        const QString path = outDir + QLatin1Char('/') + name;
        if (!widget->grab().save(path))
            qWarning("could not save %s", qPrintable(path));
        else
            qInfo("saved %s", qPrintable(path));
    };

    window.showTab(MainWindow::SubscriptionsTab);
    settle();
    save(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QStringLiteral("subscriptions.png"));

    // The create dialog as "Subscribe…" opens it, prefilled from the looked-up device.
    window.subscriptionsView()->setDialogHook([&](CreateSubscriptionDialog *dialog) {
        dialog->maxEventsCheck()->setChecked(true);
        dialog->show();
        settle(200);
        save(dialog, QStringLiteral("create-dialog.png"));
        return false;
    });
    Device device;
    device.phoneNumber = QStringLiteral("+99999991000");
    window.subscribeDevice(device);
    window.subscriptionsView()->setDialogHook({});

    window.showTab(MainWindow::TrafficTab);
    window.trafficView()->table()->selectRow(1);
    settle();
    save(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QStringLiteral("traffic.png"));

    window.showTab(MainWindow::NotificationsTab);
    window.notificationLog()->table()->selectRow(1);
    settle();
    save(&window, QStringLiteral("main.png"));
    save(window.findChild<QTabWidget *>(QStringLiteral("mainTabs")), QStringLiteral("log.png"));
    save(window.lookupPanel(), QStringLiteral("lookup.png"));
    save(window.findChild<QGroupBox *>(QStringLiteral("simulatorBox")), QStringLiteral("simulator.png"));

    // The same panel when the network answers with an error: the sentence where the lookup was made.
    lookup->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("+99999990503"));
    lookup->lookUp();
    waitFor([&] { return !lookup->isBusy(); });
    settle();
    save(window.lookupPanel(), QStringLiteral("lookup-error.png"));

    window.close();
    session.shutdown();
    return 0;
}
