// bench_fleet [ROWS] [DEVICES] [DB]: FleetState::apply over ROWS records for DEVICES devices (records/s, memory),
// then the first load of a store with ROWS rows (filled once if it has fewer) as FleetService reads it:
// keyset pages over an empty filter, newest first.
// Measured here (2 shared cores, Qt 6.4, Release): apply 0.63-0.67 M records/s in event order, ~131 MiB resident
// for 100,000 devices and their 1,000,000 statuses; first load of 1,000,000 rows 4.4 s (store pages 2.5 s, applyAll
// 1.3 s); filling the store 28 s. With its times held in place (no QDateTime private per time): ~65 MiB resident,
// 0.8 M records/s (load average 9); its snapshot 19.6 MiB, made in 35 ms and loaded in 99 ms of CPU.

#include "app/store/sqlitenotificationstore.h"
#include "bench/fleet/fleetrecords.h"
#include "models/fleetstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <QTextStream>
#include <ctime>

using namespace roamdesk;
using namespace roamdesk::fleetbench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 rows = args.value(1, QStringLiteral("1000000")).toLongLong();
    const int devices = args.value(2, QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    const QString path = args.value(3, dir.filePath(QStringLiteral("fleet.sqlite")));

    {
        QList<NotificationLogRecord> records;
        records.reserve(rows);
        for (qint64 n = 0; n < rows; ++n)
            records << recordAt(n, devices);
        const qint64 before = residentKb();
        FleetState state;
        QElapsedTimer timer;
        timer.start();
        for (const NotificationLogRecord &record : std::as_const(records))
            state.apply(record);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        out << "apply: " << rows << " records, " << state.size() << " devices in " << ms
            << " ms = " << (rows * 1000 / ms) << " records/s; state ~" << (residentKb() - before) / 1024
            << " MiB resident" << Qt::endl;

        // The fleet snapshot of that state: what FleetService writes and starts from.
        const std::clock_t cpu = std::clock();
        const QByteArray snapshot = state.toSnapshot();
        const qint64 writeMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        const std::clock_t cpuLoad = std::clock();
        const std::optional<FleetState> loaded = FleetState::fromSnapshot(snapshot);
        const qint64 loadMs = qint64(std::clock() - cpuLoad) * 1000 / CLOCKS_PER_SEC;
        out << "snapshot: " << snapshot.size() / 1024 << " KiB, made in " << writeMs << " ms, loaded in " << loadMs
            << " ms of CPU (" << (loaded ? loaded->size() : -1) << " devices)" << Qt::endl;
    }

    SqliteNotificationStore store;
    if (!store.open(path)) {
        out << store.lastError() << Qt::endl;
        return 1;
    }
    const qint64 have = store.count({});
    if (have < rows) {
        QElapsedTimer timer;
        timer.start();
        for (qint64 n = have; n < rows;) {
            QList<NotificationLogRecord> batch;
            for (int i = 0; i < 20000 && n < rows; ++i, ++n)
                batch << recordAt(n, devices);
            if (!store.insert(batch).ok) {
                out << "insert failed" << Qt::endl;
                return 1;
            }
        }
        out << "filled " << (rows - have) << " rows in " << timer.elapsed() << " ms" << Qt::endl;
    }
    SqliteNotificationStore reader;
    reader.open(path, NotificationStore::Durability::Normal, {});
    QElapsedTimer timer;
    timer.start();
    FleetState state;
    qint64 read = 0;
    qint64 readMs = 0;
    qint64 applyMs = 0;
    for (qint64 before = reader.newestSeq() + 1;;) {
        QElapsedTimer pageTimer;
        pageTimer.start();
        const QList<NotificationLogRecord> page = reader.olderThan({}, before, 20000);
        readMs += pageTimer.elapsed();
        if (page.isEmpty())
            break;
        QElapsedTimer applyTimer;
        applyTimer.start();
        state.applyAll(page);
        applyMs += applyTimer.elapsed();
        read += page.size();
        before = page.constLast().seq;
    }
    out << "initial load: " << read << " rows, " << state.size() << " devices in " << timer.elapsed()
        << " ms (store reads " << readMs << " ms, apply " << applyMs << " ms)" << Qt::endl;
    return 0;
}
