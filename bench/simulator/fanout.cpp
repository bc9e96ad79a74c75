// Fan-out benchmark: N live roaming-status subscriptions on one device, one move per second for a few seconds.
// Reports whether every move's N notifications reached the sink (a QHttpServer on its own thread) before the next
// move, the backlog seen at each move, and the delivery rate. Usage: bench_sim_fanout [N …]
#include "app/common/httpservercompat.h"
#include "app/simulator/simulatednetwork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace roamdesk;
using namespace roamdesk::sim;

namespace {
constexpr int Moves = 5;
constexpr int MoveIntervalMs = 1000;
std::atomic<qint64> g_received{0};

/// A minimal sink on its own thread so it does not compete with the simulator's event loop.
class SinkThread : public QThread
{
public:
    quint16 port = 0;
    void run() override
    {
        QHttpServer server;
        QTcpServer tcp;
        tcp.listen(QHostAddress::LocalHost, 0);
        server.bind(&tcp);
        roamdesk::httpcompat::setMissingHandler(
            server, &server, [](const QHttpServerRequest &, QHttpServerResponder &responder) {
                ++g_received;
                responder.write(QHttpServerResponder::StatusCode::NoContent);
            });
        port = tcp.serverPort();
        m_ready = true;
        exec();
    }
    std::atomic<bool> m_ready{false};
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    for (const QString &arg : app.arguments().mid(1)) {
        for (const QString &part : arg.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            counts.append(part.toInt());
    }
    if (counts.isEmpty())
        counts = {250, 500, 1000, 2000, 4000};

    SinkThread sink;
    sink.start();
    while (!sink.m_ready)
        QThread::msleep(5);
    const QString sinkUrl = QStringLiteral("http://127.0.0.1:%1/notify").arg(sink.port);
    QTextStream out(stdout);
    out << "subscriptions  moves  notifications  max-backlog-at-move  drain-after-last-move-ms  rate/s  keeps-up\n";
    int best = 0;
    for (const int n : counts) {
        SimulatedNetwork network(Clock::system());
        const QString device = QStringLiteral("+99999991001");
        for (int i = 0; i < n; ++i) {
            SimSubscription s;
            s.sink = sinkUrl;
            s.type = EventType::RoamingStatus;
            s.deviceKey = device;
            Device d;
            d.phoneNumber = device;
            s.requestDevice = d;
            network.createSubscription(s);
        }
        const qint64 before = g_received;
        int maxBacklog = 0;
        QElapsedTimer timer;
        timer.start();
        for (int move = 0; move < Moves; ++move) {
            maxBacklog = qMax(maxBacklog, network.dispatcher()->pendingCount());
            network.moveDevice(device, move % 2 == 0 ? 208 : 0);
            wait(MoveIntervalMs);
        }
        // The last interval is already included; measure what was still pending after it.
        const int backlogAfterLast = network.dispatcher()->pendingCount();
        maxBacklog = qMax(maxBacklog, backlogAfterLast);
        QElapsedTimer drain;
        drain.start();
        while (!network.dispatcher()->isIdle() && drain.elapsed() < 60000)
            wait(5);
        const qint64 delivered = g_received - before;
        const double seconds = timer.elapsed() / 1000.0;
        const bool keepsUp = maxBacklog == 0 && delivered == qint64(n) * Moves;
        if (keepsUp)
            best = n;
        out << QString::number(n).rightJustified(13) << QString::number(Moves).rightJustified(7)
            << QString::number(delivered).rightJustified(15) << QString::number(maxBacklog).rightJustified(21)
            << QString::number(drain.elapsed()).rightJustified(26)
            << QString::number(qRound(delivered / seconds)).rightJustified(8) << (keepsUp ? "  yes" : "  no")
            << Qt::endl;
        network.terminateAll(QStringLiteral("NETWORK_TERMINATED"));
        while (!network.dispatcher()->isIdle())
            wait(5);
    }
    out << "largest count that kept up with one move per second: " << best << Qt::endl;
    sink.quit();
    sink.wait();
    return 0;
}
