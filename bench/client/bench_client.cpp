// Client benchmark: N roaming-status lookups over one keep-alive connection, sequentially (one in flight,
// for latency and per-request overhead) and with a window of concurrent calls (for throughput), against
// the embedded simulator in this process or a running one (--api-root).
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "models/trafficlogmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace roamdesk;
using namespace roamdesk::api;

namespace {

struct Figures
{
    int ok = 0;
    int failed = 0;
    qint64 totalNs = 0;
    QList<qint64> latenciesUs;
};

Figures runSequential(RoamingClient &client, int count)
{
    Device device;
    device.phoneNumber = QStringLiteral("+99999991000");
    Figures figures;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer one;
        one.start();
        ApiCall *call = client.retrieveStatus(device);
        QEventLoop loop;
        QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        figures.latenciesUs << one.nsecsElapsed() / 1000;
        (call->ok() ? figures.ok : figures.failed)++;
        delete call;
    }
    figures.totalNs = total.nsecsElapsed();
    return figures;
}

Figures runWindowed(RoamingClient &client, int count, int window)
{
    Device device;
    device.phoneNumber = QStringLiteral("+99999991000");
    Figures figures;
    int started = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer total;
    total.start();
    std::function<void()> startOne = [&] {
        ApiCall *call = client.retrieveStatus(device);
        ++started;
        QObject::connect(call, &ApiCall::finished, &loop, [&, call] {
            (call->ok() ? figures.ok : figures.failed)++;
            call->deleteLater();
            if (++done == count)
                loop.quit();
            else if (started < count)
                startOne();
        });
    };
    for (int i = 0; i < std::min(window, count); ++i)
        startOne();
    loop.exec();
    figures.totalNs = total.nsecsElapsed();
    return figures;
}

/// The same lookups with a bare QNetworkAccessManager: what Qt's HTTP stack costs without RoamDesk's layer.
Figures runRawNetwork(const QUrl &apiRoot, int count)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(apiRoot.toString() + QStringLiteral("/device-roaming-status/v1/retrieve")));
    request.setRawHeader("Content-Type", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray body = R"({"device":{"phoneNumber":"+99999991000"}})";
    Figures figures;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        (reply->error() == QNetworkReply::NoError ? figures.ok : figures.failed)++;
        reply->readAll();
        delete reply;
    }
    figures.totalNs = total.nsecsElapsed();
    return figures;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RoamDesk client benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("count"), QStringLiteral("Lookups per run (default 1000)."), QStringLiteral("n"),
            QStringLiteral("1000")},
        {QStringLiteral("window"), QStringLiteral("Concurrent calls in the windowed run (default 6)."),
            QStringLiteral("n"), QStringLiteral("6")},
        {QStringLiteral("api-root"), QStringLiteral("A running simulator's apiRoot (default: one in this process)."),
            QStringLiteral("url")},
        {QStringLiteral("sequential-only"), QStringLiteral("Skip the windowed run.")},
        {QStringLiteral("traffic-log"),
            QStringLiteral("Record every exchange (masked) into a TrafficLogModel, as the GUI does.")},
    });
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int window = parser.value(QStringLiteral("window")).toInt();

    std::unique_ptr<sim::SimulatorServer> simulator;
    QUrl apiRoot(parser.value(QStringLiteral("api-root")));
    if (apiRoot.isEmpty()) {
        simulator = std::make_unique<sim::SimulatorServer>();
        if (!simulator->listen())
            qFatal("simulator: %s", qPrintable(simulator->errorString()));
        apiRoot = simulator->apiRoot();
    }
    RoamingClient client;
    client.setEnvironment(Environment::simulator(apiRoot));
    client.setRetryPolicy(RetryPolicy::none());
    TrafficLogModel log;
    if (parser.isSet(QStringLiteral("traffic-log")))
        client.setTrafficLog(&log);

    runSequential(client, 20); // warm-up: connection, caches
    QTextStream out(stdout);
    const Figures sequential = runSequential(client, count);
    const double seconds = double(sequential.totalNs) / 1e9;
    out << "target: " << (simulator ? "in-process simulator" : "external simulator") << ' ' << apiRoot.toString()
        << '\n';
    out << "sequential: " << count << " lookups, ok " << sequential.ok << ", failed " << sequential.failed << ", total "
        << QString::number(seconds * 1000, 'f', 1) << " ms, " << QString::number(count / seconds, 'f', 0)
        << " lookups/s, mean " << QString::number(double(sequential.totalNs) / count / 1000, 'f', 1) << " us, p50 "
        << percentile(sequential.latenciesUs, 0.5) << " us, p99 " << percentile(sequential.latenciesUs, 0.99)
        << " us\n";
    runRawNetwork(apiRoot, 20);
    const Figures raw = runRawNetwork(apiRoot, count);
    out << "bare QNetworkAccessManager: " << count << " lookups, ok " << raw.ok << ", total "
        << QString::number(double(raw.totalNs) / 1e6, 'f', 1) << " ms, mean "
        << QString::number(double(raw.totalNs) / count / 1000, 'f', 1) << " us\n";
    if (!parser.isSet(QStringLiteral("sequential-only"))) {
        const Figures windowed = runWindowed(client, count, window);
        const double windowedSeconds = double(windowed.totalNs) / 1e9;
        out << "windowed(" << window << "): " << count << " lookups, ok " << windowed.ok << ", failed "
            << windowed.failed << ", total " << QString::number(windowedSeconds * 1000, 'f', 1) << " ms, "
            << QString::number(count / windowedSeconds, 'f', 0) << " lookups/s\n";
    }
    out.flush();
    if (simulator)
        simulator->shutdown(0);
    return sequential.failed == 0 ? 0 : 1;
}
