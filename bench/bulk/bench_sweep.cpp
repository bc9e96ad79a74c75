// Sweep efficiency against a quota: `roamdesk-cli simulator --quota Q [--retry-after]` in its own process, a Sweep
// of ROWS devices here without a rate of its own (it has to find the quota). Prints, per run: the minimum time
// (ROWS / Q), the elapsed time, efficiency (minimum / elapsed) and the share of requests answered 429 after the
// first second. Exit 1 when the 200/s runs miss the targets (at most 1.15x the minimum, under 2% 429s).
//
//   bench_sweep [--quotas 20,200,2000] [--seconds 10] [--rows N]
// ROWS is Q x seconds unless --rows is given (the case: --quotas 200 --rows 2000).
#include "app/bulk/sweep.h"
#include "app/client/roamingclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>

using namespace roamdesk;

namespace {

struct Figures
{
    int quota = 0;
    bool retryAfter = false;
    int rows = 0;
    bool allAnswered = false;
    bool inOrder = false;
    double minimumS = 0;
    double elapsedS = 0;
    int requests = 0;
    int tooMany = 0;
    int laterRequests = 0; // answered after the first second
    int laterTooMany = 0;
    double finalPace = 0;

    double efficiency() const { return elapsedS > 0 ? minimumS / elapsedS : 0; }
    double laterShare() const { return laterRequests > 0 ? 100.0 * laterTooMany / laterRequests : 0; }
};

Figures run(const QString &cli, int quota, bool retryAfter, int rows)
{
    Figures figures;
    figures.quota = quota;
    figures.retryAfter = retryAfter;
    figures.rows = rows;
    QProcess simulator;
    QStringList arguments{QStringLiteral("simulator"), QStringLiteral("--quota"), QString::number(quota)};
    if (retryAfter)
        arguments << QStringLiteral("--retry-after");
    simulator.start(cli, arguments);
    if (!simulator.waitForStarted(10000) || !simulator.waitForReadyRead(10000))
        qFatal("the simulator did not start");
    const QUrl apiRoot(QString::fromUtf8(simulator.readLine().trimmed()));

    QList<DeviceListEntry> entries;
    for (int i = 0; i < rows; ++i) {
        DeviceListEntry entry;
        entry.row = i + 1;
        entry.device.phoneNumber = i % 2 ? QStringLiteral("+99999991001") : QStringLiteral("+99999991000");
        entries << entry;
    }
    api::RoamingClient client;
    client.setEnvironment(api::Environment::simulator(apiRoot));
    bulk::Sweep sweep(&client, entries);
    QElapsedTimer clock;
    QObject::connect(&client, &api::RoamingClient::exchangeRecorded, &client, [&](const TrafficExchange &exchange) {
        if (clock.elapsed() < 1000)
            return;
        ++figures.laterRequests;
        figures.laterTooMany += exchange.httpStatus == 429;
    });
    QEventLoop loop;
    QObject::connect(&sweep, &bulk::Sweep::finished, &loop, &QEventLoop::quit);
    clock.start();
    sweep.start();
    if (sweep.isRunning())
        loop.exec();
    figures.elapsedS = clock.elapsed() / 1000.0;
    figures.minimumS = double(rows) / quota;
    figures.requests = sweep.requestsSent();
    figures.tooMany = sweep.tooManyRequests();
    figures.finalPace = sweep.pace();
    figures.allAnswered = sweep.answered() == rows;
    figures.inOrder = true;
    for (int i = 0; i < sweep.rows().size(); ++i) {
        const bulk::SweepRow &row = sweep.rows().at(i);
        figures.inOrder = figures.inOrder && row.entry.row == i + 1 && row.done && row.httpStatus == 200;
    }
    simulator.terminate();
    simulator.waitForFinished(10000);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("quotas"), QStringLiteral("Quotas per second, comma separated."),
                           QStringLiteral("list"), QStringLiteral("20,200,2000")},
        {QStringLiteral("seconds"), QStringLiteral("Minimum time of each run (rows = quota x seconds)."),
            QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("rows"), QStringLiteral("Rows per run instead."), QStringLiteral("n")},
        {QStringLiteral("cli"), QStringLiteral("roamdesk-cli to run the simulator with."), QStringLiteral("path"),
            QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/roamdesk-cli")}});
    parser.process(app);

    QTextStream out(stdout);
    out << "quota/s  retry-after  rows   minimum s  elapsed s  efficiency  requests  429s  429s after 1 s  "
           "final pace/s\n";
    bool targetsMet = true;
    for (const QString &text : parser.value(QStringLiteral("quotas")).split(QLatin1Char(','))) {
        const int quota = text.toInt();
        const int rows = parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toInt()
                                                              : quota * parser.value(QStringLiteral("seconds")).toInt();
        for (const bool retryAfter : {false, true}) {
            const Figures f = run(parser.value(QStringLiteral("cli")), quota, retryAfter, rows);
            out << QString::asprintf("%7d  %-11s  %5d  %9.1f  %9.2f  %9.1f%%  %8d  %4d  %6d (%.2f%%)  %12.1f%s\n",
                f.quota, f.retryAfter ? "yes" : "no", f.rows, f.minimumS, f.elapsedS, 100 * f.efficiency(), f.requests,
                f.tooMany, f.laterTooMany, f.laterShare(), f.finalPace,
                f.allAnswered && f.inOrder ? "" : "  NOT ALL ROWS ANSWERED IN ORDER");
            out.flush();
            if (quota == 200 && (f.elapsedS > 1.15 * f.minimumS || f.laterShare() >= 2.0 || !f.inOrder))
                targetsMet = false;
        }
    }
    out << (targetsMet ? "targets at 200/s met\n" : "targets at 200/s MISSED\n");
    return targetsMet ? 0 : 1;
}
