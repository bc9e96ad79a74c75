// Synthetic fleet benchmark. Three figures for a fleet of N devices (default 100,000):
//  1. adding it: wall time and resident memory before/after (VmRSS), per device;
//  2. moves/s: fleet time jumped far ahead with a ManualClock, then tick() until a million moves are applied
//     (one live subscription on a fleet device, so the subscription scan runs too);
//  3. the window's side: a SimulatorControl on the system clock at 10000x for a few seconds, counting the
//     batches of moves that reach the device table and the longest gap of a 10 ms timer (event loop stalls).
// Usage: bench_sim_fleet [N] [seconds]
#include "app/session/simulatorcontrol.h"
#include "app/simulator/fleetgenerator.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"
#include "models/simdevicemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace roamdesk;
using namespace roamdesk::sim;

namespace {
/// Resident memory in KiB, from /proc (0 elsewhere).
qint64 rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : FleetGenerator::MaxDevices;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTextStream out(stdout);

    {
        ManualClock clock;
        SimulatorServer server(&clock, nullptr);
        const qint64 before = rssKib();
        QElapsedTimer timer;
        timer.start();
        if (!server.fleet()->setFleet(count, 1)) {
            out << "fleet refused\n";
            return 1;
        }
        const qint64 addMs = timer.elapsed();
        const qint64 grown = rssKib() - before;
        out << "add " << count << " devices: " << addMs << " ms, +" << grown / 1024 << " MiB resident ("
            << (count ? grown * 1024 / count : 0) << " bytes/device)" << Qt::endl;

        SimSubscription subscription;
        subscription.sink = QStringLiteral("http://127.0.0.1:9/none"); // never delivered: the loop never turns
        subscription.type = EventType::RoamingStatus;
        subscription.deviceKey = FleetGenerator::phoneNumber(0);
        server.network()->createSubscription(subscription);

        server.setSpeed(10000);
        clock.advance(24LL * 3600 * 1000); // far more fleet time than a million moves need
        constexpr qint64 Target = 1000000;
        timer.restart();
        do
            server.fleet()->tick();
        while (server.fleet()->moveCount() < Target && server.fleet()->isBehind());
        const qint64 moveMs = qMax<qint64>(1, timer.elapsed());
        out << "moves: " << server.fleet()->moveCount() << " in " << moveMs
            << " ms = " << server.fleet()->moveCount() * 1000 / moveMs << " moves/s ("
            << FleetGenerator::MaxMovesPerTick << " per tick at most)" << Qt::endl;

        timer.restart();
        const QJsonObject state = server.fleet()->saveState();
        out << "fleet state: " << state.value(QStringLiteral("positions")).toString().size() << " bytes of positions, "
            << timer.elapsed() << " ms to encode" << Qt::endl;
    }

    {
        SimulatorControl control(Clock::system());
        QString error;
        if (!control.start(0, &error)) {
            out << error << '\n';
            return 1;
        }
        QElapsedTimer timer;
        const qint64 before = rssKib();
        timer.start();
        control.setFleet(count);
        out << "window: fleet into the device table: " << timer.elapsed() << " ms, "
            << control.deviceModel()->rowCount() << " rows, +" << (rssKib() - before) / 1024 << " MiB resident"
            << Qt::endl;
        control.setSpeed(10000);
        int batches = 0;
        QObject::connect(control.deviceModel(), &QAbstractItemModel::dataChanged, &app, [&batches] { ++batches; });
        qint64 maxGap = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer probe;
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, &app, [&] {
            const qint64 ms = gap.restart();
            if (ms > 30 && qEnvironmentVariableIsSet("FLEET_BENCH_GAPS"))
                QTextStream(stderr) << "gap " << ms << " ms at " << timer.elapsed() << Qt::endl;
            maxGap = qMax(maxGap, ms);
        });
        probe.start();
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        timer.restart();
        loop.exec();
        out << "window at 10000x for " << timer.elapsed() << " ms: longest 10 ms-timer gap " << maxGap << " ms; "
            << batches << " batches of moves reached the table" << Qt::endl;
        control.shutdown(0);
    }
    return 0;
}
