// GUI benchmarks for the main window (see bench/ui.sh):
//   bench_ui startup                 time from main() to the window's first paint, by phase
//   bench_ui stall RATE SECONDS [hidden]  longest GUI event-loop stall while RATE notifications/s arrive
//                                    (with the log tab shown, or another tab when "hidden")
//   bench_ui memory N [DB]           RSS and open time with N notifications stored and the log open
//   bench_ui scroll N [DB] [ROWS]    longest GUI stall while scrolling down through the log (to ROWS rows,
//                                    default all N) and while filtering it, with N notifications stored
// Each prints one JSON object on stdout.
#include "app/session/apirequests.h"
#include "app/session/environmentservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "app/store/sqlitenotificationstore.h"
#include "eventloopwait.h"
#include "models/notification.h"
#include "ui/mainwindow.h"
#include "ui/notificationlogview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>

using namespace roamdesk;
using namespace roamdesk::ui;
using roamdesk::benchui::waitFor;

namespace {

QElapsedTimer g_sinceMain;

/// Times each event the GUI thread handles (outermost only): the longest one is the longest stretch of work
/// our code did without returning to the event loop, apart from the OS scheduling the thread late.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    static inline qint64 worstEventNs = 0;
    static inline qint64 worstEventCpuNs = 0; // the same in thread CPU time: without the OS preempting us
    static inline QString worstEventWhat; // event type and receiver of the longest one
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        // Before notify(): the receiver and the event may be gone after it.
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        const qint64 cpuStart = threadCpuNs();
        m_timer.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = m_timer.nsecsElapsed();
        worstEventCpuNs = std::max(worstEventCpuNs, threadCpuNs() - cpuStart);
        if (ns > worstEventNs) {
            worstEventNs = ns;
            worstEventWhat = QStringLiteral("event %1 to %2").arg(type).arg(QLatin1String(className));
        }
        --m_depth;
        return result;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    int m_depth = 0;
    QElapsedTimer m_timer;
};

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// Sets a flag on the first paint of a widget.
class FirstPaint final : public QObject
{
public:
    qint64 atMs = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && atMs < 0)
            atMs = g_sinceMain.elapsed();
        return QObject::eventFilter(watched, event);
    }
};

QByteArray cloudEvent(qint64 n, const QString &subscription)
{
    static const char *types[] = {"roaming-status", "roaming-on", "roaming-change-country", "roaming-off"};
    const char *type = types[n % 4];
    const bool roaming = n % 4 != 3;
    QByteArray body = "{\"id\":\"bench-" + QByteArray::number(n) + "\",\"source\":\"/bench/" + subscription.toUtf8()
        + "\",\"specversion\":\"1.0\",\"type\":\"org.camaraproject.device-roaming-status-subscriptions.v0." + type
        + "\",\"time\":\"2026-11-26T12:00:00.000Z\",\"datacontenttype\":\"application/json\",\"data\":{"
          "\"subscriptionId\":\""
        + subscription.toUtf8() + "\",\"device\":{\"phoneNumber\":\"+9999999" + QByteArray::number(1000 + n % 1000)
        + "\"},\"roaming\":" + (roaming ? "true" : "false");
    if (roaming)
        body += ",\"countryCode\":262,\"countryName\":[\"DE\"]";
    body += "}}";
    return body;
}

/// Posts CloudEvents at a fixed rate over keep-alive connections, on its own thread.
class LoadGenerator final : public QThread
{
public:
    LoadGenerator(const QUrl &sink, int rate, int seconds, int connections)
        : m_sink(sink)
        , m_rate(rate)
        , m_seconds(seconds)
        , m_connections(connections)
    {
    }
    std::atomic<qint64> sent{0};
    std::atomic<qint64> answered{0};
    std::atomic<qint64> non204{0};

protected:
    void run() override
    {
        struct Conn
        {
            QTcpSocket *socket;
            QByteArray buffer;
            bool busy = false;
        };
        QList<Conn *> conns;
        qint64 next = 0;
        double tokens = 0;
        QElapsedTimer clock;
        clock.start();
        const qint64 total = qint64(m_rate) * m_seconds;
        auto sendOn = [&](Conn *c) {
            const QByteArray body = cloudEvent(next++, QStringLiteral("bench-sub"));
            QByteArray request = "POST " + m_sink.path().toUtf8()
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/cloudevents+json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            c->socket->write(request);
            c->busy = true;
            ++sent;
            tokens -= 1;
        };
        auto pump = [&] {
            for (Conn *c : conns) {
                if (tokens < 1 || next >= total)
                    return;
                if (!c->busy && c->socket->state() == QAbstractSocket::ConnectedState)
                    sendOn(c);
            }
        };
        for (int i = 0; i < m_connections; ++i) {
            auto *c = new Conn{new QTcpSocket, {}};
            conns << c;
            QObject::connect(c->socket, &QTcpSocket::readyRead, c->socket, [&, c] {
                c->buffer += c->socket->readAll();
                for (;;) {
                    const int headerEnd = c->buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        break;
                    const QByteArray head = c->buffer.left(headerEnd);
                    int length = 0;
                    const int cl = head.toLower().indexOf("content-length:");
                    if (cl >= 0)
                        length = head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                    if (c->buffer.size() < headerEnd + 4 + length)
                        break;
                    if (!head.startsWith("HTTP/1.1 204"))
                        ++non204;
                    c->buffer.remove(0, headerEnd + 4 + length);
                    ++answered;
                    c->busy = false;
                }
                pump();
            });
            c->socket->connectToHost(QHostAddress(m_sink.host()), quint16(m_sink.port()));
        }
        QTimer tick;
        tick.setInterval(2);
        qint64 last = 0;
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 now = clock.elapsed();
            tokens = std::min<double>(tokens + (now - last) * m_rate / 1000.0, m_rate / 10.0);
            last = now;
            pump();
            if (answered >= total || now > (m_seconds + 10) * 1000)
                quit();
        });
        tick.start();
        exec();
        for (Conn *c : conns) {
            delete c->socket;
            delete c;
        }
    }

private:
    QUrl m_sink;
    int m_rate;
    int m_seconds;
    int m_connections;
};

Session::Options options(const QString &db)
{
    Session::Options o;
    o.receiver.databasePath = db;
    o.receiver.port = 0;
    return o;
}

int startup()
{
    QTemporaryDir dir;
    const qint64 appMs = g_sinceMain.elapsed();
    Session session(options(dir.filePath(QStringLiteral("n.sqlite"))));
    session.start();
    const qint64 sessionMs = g_sinceMain.elapsed();
    MainWindow window(&session);
    const qint64 windowMs = g_sinceMain.elapsed();
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    waitFor([&] { return paint.atMs >= 0; }, 10000);
    const qint64 shownMs = paint.atMs;
    waitFor([&] { return session.receiver()->isListening(); }, 10000);
    print({{QStringLiteral("bench"), QStringLiteral("startup")}, {QStringLiteral("qapplication_ms"), appMs},
        {QStringLiteral("session_started_ms"), sessionMs}, {QStringLiteral("window_built_ms"), windowMs},
        {QStringLiteral("window_painted_ms"), shownMs},
        {QStringLiteral("receiver_listening_ms"), g_sinceMain.elapsed()}});
    session.shutdown();
    return 0;
}

int stall(int rate, int seconds, bool logShown)
{
    QTemporaryDir dir;
    Session session(options(dir.filePath(QStringLiteral("n.sqlite"))));
    session.start();
    MainWindow window(&session);
    window.show();
    window.showTab(logShown ? MainWindow::NotificationsTab : MainWindow::SubscriptionsTab);
    waitFor([&] { return session.receiver()->isListening(); }, 10000);

    // The GUI thread's heartbeat: a 1 ms timer; the longest gap between beats is the longest stall.
    QElapsedTimer beat;
    beat.start();
    qint64 lastBeat = 0;
    qint64 worst = 0;
    QList<qint64> gaps;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(1);
    QObject::connect(&heart, &QTimer::timeout, [&] {
        const qint64 now = beat.elapsed();
        const qint64 gap = now - lastBeat;
        lastBeat = now;
        worst = std::max(worst, gap);
        gaps << gap;
    });

    LoadGenerator load(session.receiver()->sinkUrl(), rate, seconds, 32);
    QElapsedTimer wall;
    wall.start();
    lastBeat = beat.elapsed();
    heart.start();
    BenchApplication::worstEventNs = 0;
    load.start();
    waitFor([&] { return load.isFinished(); }, (seconds + 20) * 1000);
    heart.stop();
    const qint64 elapsed = wall.elapsed();
    waitFor([&] { return session.receiver()->storedCount() >= load.answered - load.non204; }, 5000);
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(int(gaps.size() * 0.99));
    print({{QStringLiteral("bench"), QStringLiteral("stall")}, {QStringLiteral("target_rate"), rate},
        {QStringLiteral("seconds"), seconds}, {QStringLiteral("log_tab_shown"), logShown},
        {QStringLiteral("sent"), load.sent.load()}, {QStringLiteral("answered"), load.answered.load()},
        {QStringLiteral("non_204"), load.non204.load()},
        {QStringLiteral("achieved_rate"), double(load.answered) * 1000.0 / double(elapsed)},
        {QStringLiteral("stored_seen_by_gui"), session.receiver()->storedCount()},
        {QStringLiteral("log_rows_loaded"), window.notificationLog()->visibleRowCount()},
        {QStringLiteral("max_stall_ms"), worst}, {QStringLiteral("p99_gap_ms"), p99},
        {QStringLiteral("max_event_ms"), double(BenchApplication::worstEventNs) / 1e6},
        {QStringLiteral("rss_kib"), rssKiB()}});
    session.shutdown();
    return 0;
}

/// Scrolls the log to its bottom from inside the event loop, as a user dragging the bar down would, and waits
/// (in the event loop) until the next page is shown. False when no more rows came within the timeout.
bool scrollOnePage(MainWindow &window, int timeoutMs = 30000)
{
    NotificationLogView *log = window.notificationLog();
    const int before = log->visibleRowCount();
    QEventLoop loop;
    const QMetaObject::Connection inserted =
        QObject::connect(log->table()->model(), &QAbstractItemModel::rowsInserted, &loop, [&] {
            if (log->visibleRowCount() > before)
                loop.quit();
        });
    // An event, so that whatever the view does on scrolling (a synchronous model reads its page here) is timed.
    QTimer::singleShot(0, log->table(), [log] { log->table()->scrollToBottom(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(inserted);
    return log->visibleRowCount() > before;
}

/// The GUI thread's heartbeat: a 1 ms timer; the longest gap between beats is the longest stall.
class Heartbeat final
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_gaps << now - m_last;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_gaps.clear();
        BenchApplication::worstEventNs = 0;
        BenchApplication::worstEventCpuNs = 0;
        BenchApplication::worstEventWhat.clear();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstMs() const { return m_worst; }
    qint64 p99Ms()
    {
        std::sort(m_gaps.begin(), m_gaps.end());
        return m_gaps.isEmpty() ? 0 : m_gaps.at(int(m_gaps.size() * 0.99));
    }
    static double worstEventMs() { return double(BenchApplication::worstEventNs) / 1e6; }
    static QString worstEventWhat() { return BenchApplication::worstEventWhat; }
    static double worstEventCpuMs() { return double(BenchApplication::worstEventCpuNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    QList<qint64> m_gaps;
};

bool fillStore(qint64 count, const QString &db, qint64 *fillMs);

int scroll(qint64 count, QString db, qint64 rowsWanted)
{
    QTemporaryDir dir;
    if (db.isEmpty())
        db = dir.filePath(QStringLiteral("n.sqlite"));
    qint64 fillMs = 0;
    if (!fillStore(count, db, &fillMs))
        return 1;
    if (rowsWanted <= 0)
        rowsWanted = count;
    Session session(options(db));
    session.start();
    MainWindow window(&session);
    window.resize(1200, 800);
    window.show();
    window.showTab(MainWindow::NotificationsTab);
    NotificationLogView *log = window.notificationLog();
    waitFor([&] { return log->visibleRowCount() > 0; }, 60000);

    // Scrolling down through the log, page after page.
    Heartbeat heart;
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    heart.start();
    int pages = 0;
    while (log->visibleRowCount() < rowsWanted && scrollOnePage(window))
        ++pages;
    heart.stop();
    const qint64 scrollMs = scrollTimer.elapsed();
    const qint64 scrollStall = heart.worstMs();
    const qint64 scrollP99 = heart.p99Ms();
    const double scrollEvent = Heartbeat::worstEventMs();
    const QString scrollEventWhat = Heartbeat::worstEventWhat();
    const double scrollEventCpu = Heartbeat::worstEventCpuMs();
    const int rowsReached = log->visibleRowCount();

    // Filtering from the filter bar: each until its first rows are shown.
    bool filtering = false;
    QObject::connect(session.log(), &NotificationLogService::filtering, [&](bool busy) { filtering = busy; });
    QJsonObject filters;
    qint64 filterStall = 0;
    double filterEvent = 0;
    double filterEventCpu = 0;
    for (const QString &expression : {QStringLiteral("type:roaming-on"), QStringLiteral("device:+99999991500"),
             QStringLiteral("sub:sub-7"), QStringLiteral("bench-999990"), QString()}) {
        heart.start();
        QElapsedTimer timer;
        timer.start();
        // From an event, as the filter bar does: a synchronous model reads the first page inside it.
        bool applied = false;
        QTimer::singleShot(0, log, [&] {
            log->setFilterText(expression);
            applied = true;
        });
        waitFor([&] { return applied && !filtering; }, 60000);
        const qint64 ms = timer.elapsed();
        waitFor([] { return false; }, 50); // let the view settle inside the measurement
        heart.stop();
        filterStall = std::max(filterStall, heart.worstMs());
        filterEvent = std::max(filterEvent, Heartbeat::worstEventMs());
        filterEventCpu = std::max(filterEventCpu, Heartbeat::worstEventCpuMs());
        filters.insert(expression.isEmpty() ? QStringLiteral("cleared") : expression,
            QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("max_stall_ms"), heart.worstMs()},
                {QStringLiteral("max_event_ms"), Heartbeat::worstEventMs()},
                {QStringLiteral("max_event_was"), Heartbeat::worstEventWhat()},
                {QStringLiteral("max_event_cpu_ms"), Heartbeat::worstEventCpuMs()},
                {QStringLiteral("rows"), log->visibleRowCount()}});
    }
    print({{QStringLiteral("bench"), QStringLiteral("scroll")}, {QStringLiteral("stored"), count},
        {QStringLiteral("rows_reached"), rowsReached}, {QStringLiteral("pages"), pages},
        {QStringLiteral("scroll_ms"), scrollMs}, {QStringLiteral("scroll_max_stall_ms"), scrollStall},
        {QStringLiteral("scroll_p99_gap_ms"), scrollP99}, {QStringLiteral("scroll_max_event_ms"), scrollEvent},
        {QStringLiteral("scroll_max_event_was"), scrollEventWhat},
        {QStringLiteral("scroll_max_event_cpu_ms"), scrollEventCpu},
        {QStringLiteral("filter_max_event_cpu_ms"), filterEventCpu},
        {QStringLiteral("filter_max_stall_ms"), filterStall}, {QStringLiteral("filter_max_event_ms"), filterEvent},
        {QStringLiteral("filters"), filters}, {QStringLiteral("rss_kib"), rssKiB()}});
    session.shutdown();
    return 0;
}

bool fillStore(qint64 count, const QString &db, qint64 *fillMs)
{
    SqliteNotificationStore store;
    if (!store.open(db)) {
        qCritical("cannot open %s: %s", qPrintable(db), qPrintable(store.lastError()));
        return false;
    }
    const qint64 have = store.count({});
    QElapsedTimer fill;
    fill.start();
    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - count;
    for (qint64 n = have; n < count;) {
        QList<NotificationLogRecord> batch;
        for (int i = 0; i < 10000 && n < count; ++i, ++n) {
            const QByteArray raw = cloudEvent(n, QStringLiteral("sub-%1").arg(n % 50));
            const NotificationParseResult parsed = NotificationParser::parse(raw);
            batch << NotificationLogRecord::fromNotification(*parsed.notification, raw, baseMs + n,
                parsed.notification->subscriptionId, ReceiptValidity::Unauthenticated);
        }
        const InsertResult result = store.insert(batch);
        if (!result.ok) {
            qCritical("insert failed: %s", qPrintable(result.error));
            return false;
        }
    }
    *fillMs = fill.elapsed();
    return true;
}

int memory(qint64 count, QString db)
{
    QTemporaryDir dir;
    if (db.isEmpty())
        db = dir.filePath(QStringLiteral("n.sqlite"));
    qint64 fillMs = 0;
    if (!fillStore(count, db, &fillMs))
        return 1;
    const qint64 before = rssKiB();
    QElapsedTimer open;
    open.start();
    Session session(options(db));
    session.start();
    MainWindow window(&session);
    window.show();
    window.showTab(MainWindow::NotificationsTab);
    waitFor([&] { return window.notificationLog()->visibleRowCount() > 0; }, 60000);
    const qint64 openMs = open.elapsed();
    waitFor([] { return false; }, 500);
    const qint64 afterOpen = rssKiB();
    // Scroll down through 50 pages (as a user holding Page Down would) and measure again.
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50; ++i) {
        if (!scrollOnePage(window))
            break;
    }
    const qint64 scrollMs = scroll.elapsed();
    const qint64 afterScroll = rssKiB();
    const int rowsAfterScroll = window.notificationLog()->visibleRowCount();
    // Filters through the filter bar, each measured until the first filtered rows are shown.
    // For each: the time until the filtered rows are shown, and the longest single GUI-thread event meanwhile
    // (a free-text filter is read on a worker, so the GUI thread only waits for the hand-over).
    qint64 worstFilterEventNs = 0;
    bool filtering = false;
    QObject::connect(session.log(), &NotificationLogService::filtering, [&](bool busy) { filtering = busy; });
    auto timeFilter = [&](const QString &expression) {
        QElapsedTimer timer;
        timer.start();
        BenchApplication::worstEventNs = 0;
        window.notificationLog()->setFilterText(expression); // a free-text filter returns at once, busy
        const qint64 setNs = timer.nsecsElapsed();
        waitFor([&] { return !filtering; }, 60000);
        worstFilterEventNs = std::max({worstFilterEventNs, setNs, BenchApplication::worstEventNs});
        return timer.elapsed();
    };
    const qint64 typeFilterMs = timeFilter(QStringLiteral("type:roaming-on"));
    const qint64 deviceFilterMs = timeFilter(QStringLiteral("device:+99999991500"));
    const qint64 textFilterMs = timeFilter(QStringLiteral("bench-999990"));
    const int textRows = window.notificationLog()->visibleRowCount();
    const qint64 clearFilterMs = timeFilter(QString());
    print({{QStringLiteral("bench"), QStringLiteral("memory")},
        {QStringLiteral("stored"), session.receiver()->storedCount()}, {QStringLiteral("fill_ms"), fillMs},
        {QStringLiteral("rss_before_session_kib"), before}, {QStringLiteral("open_to_first_rows_ms"), openMs},
        {QStringLiteral("rss_log_open_kib"), afterOpen},
        {QStringLiteral("rows_loaded_after_scrolling"), rowsAfterScroll},
        {QStringLiteral("scroll_50_pages_ms"), scrollMs}, {QStringLiteral("rss_after_scrolling_kib"), afterScroll},
        {QStringLiteral("filter_type_ms"), typeFilterMs}, {QStringLiteral("filter_device_ms"), deviceFilterMs},
        {QStringLiteral("filter_text_ms"), textFilterMs}, {QStringLiteral("filter_text_rows"), textRows},
        {QStringLiteral("filter_clear_ms"), clearFilterMs},
        {QStringLiteral("filter_longest_gui_event_ms"), double(worstFilterEventNs) / 1e6}});
    session.shutdown();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    BenchApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoamDesk-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("startup"))
        return startup();
    if (mode == QLatin1String("stall"))
        return stall(args.value(2, QStringLiteral("5000")).toInt(), args.value(3, QStringLiteral("10")).toInt(),
            args.value(4) != QLatin1String("hidden"));
    if (mode == QLatin1String("memory"))
        return memory(args.value(2, QStringLiteral("1000000")).toLongLong(), args.value(3));
    if (mode == QLatin1String("scroll"))
        return scroll(args.value(2, QStringLiteral("1000000")).toLongLong(), args.value(3), args.value(4).toLongLong());
    std::fprintf(
        stderr, "usage: bench_ui startup | stall RATE SECONDS [hidden] | memory N [DB] | scroll N [DB] [ROWS]\n");
    return 2;
}
