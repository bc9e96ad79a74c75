// bench_fleetboard DB [SECONDS] [--warm]: the Devices board and the map over a store that bench_fleet filled
// (1,000,000 notifications for 100,000 devices: `bench_fleet 1000000 100000 DB`). Run under xvfb-run for real
// painting. Prints: board open (FleetService::open to loaded() and the board painted with its rows) cold (no
// snapshot: the full read, which then writes the snapshot), warm (from that snapshot) and warm with 20,000 newer
// records to catch up (--warm: keep the snapshot a previous run left); sort by each column and filter by state,
// country and text; a map frame (shading only, as with this many devices) and a frame with 2,000 gliding markers;
// the longest GUI stall while 5,000 notifications/s are committed and the fleet refreshes after each commit; memory.
// Measured on 2 cores shared with other builds (load average 9, so wall times are several times the CPU times):
// cold 22.4 s (6.0 s of CPU); warm 0.96 s (0.21 s of CPU), warm + 20,000 newer 1.40 s (0.34 s of CPU); the
// snapshot (23 MiB) written off the GUI thread 36 ms after the cold board showed; 194 MiB resident at the end.

#include "app/fleet/fleetservice.h"
#include "app/fleet/fleetsnapshot.h"
#include "app/store/sqlitenotificationstore.h"
#include "bench/fleet/fleetrecords.h"
#include "ui/devicesboard.h"
#include "ui/fleetmappanel.h"
#include "ui/worldmapview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <atomic>
#include <ctime>

using namespace roamdesk;
using namespace roamdesk::fleetbench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps until something happens (a tick at least every 5 ms): spinning here would take a core from the
    // threads being measured.
    QTimer tick;
    tick.start(5);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

/// Milliseconds `work` takes, processing the events it causes (repaints included).
qint64 timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    QCoreApplication::processEvents();
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_fleetboard DB [SECONDS] [--warm]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    const int liveSeconds = args.value(2, QStringLiteral("5")).toInt();
    const bool warmOnly = args.contains(QStringLiteral("--warm")); // keep the snapshot a previous run left
    const qint64 rssBefore = residentKb();

    // Board open, cold (no snapshot: every stored notification is read) and warm (from the snapshot the cold
    // open left, then only what was stored after it): from FleetService::open() to loaded() and the board
    // painted with its rows. Then warm again after 20,000 more notifications, the most a session leaves
    // unsaved (FleetService::SnapshotAfterRecords).
    const QString snapshot = FleetSnapshot::pathFor(QFileInfo(path).canonicalFilePath());
    if (!warmOnly)
        QFile::remove(snapshot);
    auto openBoard = [&](const QString &label, bool waitForSnapshot) {
        auto fleet = std::make_unique<FleetService>();
        auto board = std::make_unique<ui::DevicesBoard>(fleet.get());
        board->resize(1280, 800);
        bool loaded = false;
        bool written = false;
        QObject::connect(fleet.get(), &FleetService::loaded, [&] { loaded = true; });
        QObject::connect(fleet.get(), &FleetService::snapshotWritten, [&] { written = true; });
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        fleet->open(path);
        waitFor([&] { return loaded; }, 120000);
        const qint64 loadMs = timer.elapsed();
        board->show();
        board->repaint();
        QCoreApplication::processEvents();
        const qint64 shownMs = timer.elapsed();
        const qint64 cpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        auto *rows = board->findChild<QTableView *>(QStringLiteral("devicesTable"));
        out() << "board open " << label << ": " << shownMs << " ms ("
              << (fleet->isFromSnapshot() ? "snapshot" : "full read") << ", loaded() after " << loadMs << " ms, "
              << rows->model()->rowCount() << " rows shown; " << cpuMs << " ms of CPU)" << Qt::endl;
        if (waitForSnapshot) {
            waitFor([&] { return written; }, 120000);
            out() << "  snapshot written " << timer.elapsed() - shownMs << " ms after the board showed, "
                  << QFileInfo(snapshot).size() / 1024 << " KiB" << Qt::endl;
        }
        return std::make_pair(std::move(fleet), std::move(board));
    };
    if (!warmOnly || !QFile::exists(snapshot))
        openBoard(QStringLiteral("cold"), true);
    openBoard(QStringLiteral("warm"), false);
    {
        SqliteNotificationStore store;
        QList<NotificationLogRecord> batch;
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
        for (qint64 n = 0; n < 20000; ++n) {
            NotificationLogRecord record = recordAt(2000000 + n, 100000);
            record.eventId = QStringLiteral("catch-up-%1-%2").arg(run).arg(n); // new in every run
            batch << record;
        }
        if (!store.open(path) || !store.insert(batch).ok)
            out() << "cannot add the catch-up records" << Qt::endl;
    }
    auto [fleetHolder, boardHolder] = openBoard(QStringLiteral("warm + 20,000 newer"), false);
    FleetService &fleet = *fleetHolder;
    ui::DevicesBoard &board = *boardHolder;
    out() << "fleet: " << fleet.state().size() << " devices" << Qt::endl;

    auto *table = board.findChild<QTableView *>(QStringLiteral("devicesTable"));
    const QStringList columns{QStringLiteral("device"), QStringLiteral("status"), QStringLiteral("country"),
        QStringLiteral("since"), QStringLiteral("last event"), QStringLiteral("last event time"),
        QStringLiteral("fresh")};
    qint64 worstSort = 0;
    for (int column = 0; column < columns.size(); ++column) {
        const qint64 ms = timed([&] { table->sortByColumn(column, Qt::AscendingOrder); });
        worstSort = std::max(worstSort, ms);
        out() << "sort by " << columns.at(column) << ": " << ms << " ms" << Qt::endl;
    }
    auto *roaming = board.findChild<QToolButton *>(QStringLiteral("boardRoamingButton"));
    auto *all = board.findChild<QToolButton *>(QStringLiteral("boardAllButton"));
    const qint64 stateMs = timed([&] { roaming->click(); });
    const int roamingRows = table->model()->rowCount();
    const qint64 allMs = timed([&] { all->click(); });
    const qint64 countryMs = timed([&] { board.setCountryFilter(QStringLiteral("FR")); });
    const int frenchRows = table->model()->rowCount();
    board.setCountryFilter(QString());
    auto *search = board.findChild<QLineEdit *>(QStringLiteral("boardSearchEdit"));
    const qint64 textMs = timed([&] { search->setText(QStringLiteral("3361004")); });
    const int textRows = table->model()->rowCount();
    search->clear();
    out() << "filter: roaming " << stateMs << " ms (" << roamingRows << " rows), all again " << allMs
          << " ms, country FR " << countryMs << " ms (" << frenchRows << " rows), text " << textMs << " ms ("
          << textRows << " rows)" << Qt::endl;

    ui::FleetMapPanel mapPanel(&fleet);
    mapPanel.resize(1280, 800);
    mapPanel.show();
    QCoreApplication::processEvents();
    ui::WorldMapView *map = mapPanel.map();
    const int frames = 30;
    const qint64 shadingMs = timed([&] {
        for (int i = 0; i < frames; ++i)
            map->repaint();
    });
    QList<ui::MapMarker> markers;
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("ES"), QStringLiteral("IT"),
        QStringLiteral("SE"), QStringLiteral("PL")};
    for (int i = 0; i < ui::WorldMapView::MaxDrawnMarkers; ++i)
        markers.append({QString::number(i), countries.at(i % countries.size()), i % 2 == 0});
    map->setMarkers(markers);
    for (ui::MapMarker &marker : markers)
        marker.country = countries.at((countries.indexOf(marker.country) + 1) % countries.size());
    map->setMarkers(markers); // every marker glides to the next country
    const qint64 glideMs = timed([&] {
        for (int i = 0; i < frames; ++i)
            map->repaint();
    });
    out() << "map frame: " << shadingMs * 1000 / frames << " us with shading only, " << glideMs * 1000 / frames
          << " us with " << markers.size() << " gliding markers" << Qt::endl;
    mapPanel.hide();

    // 5,000 notifications/s committed by another thread, the fleet refreshing after each commit as it does
    // when the receiver commits; the GUI thread's longest gap between 1 ms timer ticks.
    std::atomic<bool> stop{false};
    std::atomic<qint64> committed{0};
    QThread *writer = QThread::create([&] {
        SqliteNotificationStore store;
        if (!store.open(path))
            return;
        qint64 n = 100000000;
        QElapsedTimer clock;
        clock.start();
        while (!stop) {
            QList<NotificationLogRecord> batch;
            for (int i = 0; i < 250; ++i)
                batch << recordAt(n++, 100000);
            store.insert(batch);
            committed += batch.size();
            QMetaObject::invokeMethod(
                &fleet, [&fleet] { fleet.refresh(); }, Qt::QueuedConnection);
            const qint64 due = committed * 1000 / 5000;
            if (due > clock.elapsed())
                QThread::msleep(quint64(due - clock.elapsed()));
        }
    });
    writer->start();
    qint64 longest = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] { longest = std::max(longest, gap.restart()); });
    tick.start();
    QElapsedTimer live;
    live.start();
    waitFor([&] { return live.elapsed() >= liveSeconds * 1000; }, liveSeconds * 1000 + 1000);
    stop = true;
    writer->wait();
    delete writer;
    out() << "live: " << committed << " notifications in " << live.elapsed() << " ms ("
          << committed * 1000 / std::max<qint64>(1, live.elapsed()) << "/s); longest GUI stall " << longest << " ms"
          << Qt::endl;
    out() << "memory: " << (residentKb() - rssBefore) / 1024 << " MiB more than at start, " << residentKb() / 1024
          << " MiB resident" << Qt::endl;
    return 0;
}
