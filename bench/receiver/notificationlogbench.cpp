// The log with a million stored notifications: time to open it (store + first page of the model), to
// apply filters, to scroll deep, and the process RSS. Fills the database first when it holds fewer rows.
//   bench_notificationlog [--rows N] [--db FILE]
#include "notificationlogmodel.h"
#include "store/sqlitenotificationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

using namespace roamdesk;

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QByteArray rawEvent(int n, const QString &phone, EventType type, const QString &subscription)
{
    return QStringLiteral(
        R"({"id":"bench-%1","source":"https://notifications.example.net","specversion":"1.0",)"
        R"("datacontenttype":"application/json","type":"org.camaraproject.device-roaming-status-subscriptions.v0.%2",)"
        R"("time":"2024-03-01T08:15:00.125Z","data":{"device":{"phoneNumber":"%3"},"roaming":true,)"
        R"("countryCode":262,"countryName":["DE"],"subscriptionId":"%4"}})")
        .arg(n)
        .arg(eventtype::shortName(type), phone, subscription)
        .toUtf8();
}

void fill(SqliteNotificationStore &store, qint64 have, qint64 want, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const EventType types[] = {
        EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
    constexpr int Batch = 20000;
    for (qint64 n = have; n < want;) {
        QList<NotificationLogRecord> records;
        records.reserve(Batch);
        for (int i = 0; i < Batch && n < want; ++i, ++n) {
            NotificationLogRecord record;
            record.source = QStringLiteral("https://notifications.example.net");
            record.eventId = QStringLiteral("bench-%1").arg(n);
            record.type = types[n % 4];
            record.device = QStringLiteral("+3361%1").arg(n % 1000, 7, 10, QLatin1Char('0'));
            record.subscriptionId = QStringLiteral("sub-%1").arg(n % 50);
            record.receivedMs = 1700000000000 + n * 100;
            record.eventMs = record.receivedMs - 40;
            record.roaming = record.type != EventType::RoamingOff;
            if (*record.roaming) {
                record.countryCode = 262;
                record.countryNames = QStringList{QStringLiteral("DE")};
            }
            record.validity = ReceiptValidity::SubscriptionToken;
            record.rawJson = rawEvent(int(n), record.device, record.type, record.subscriptionId);
            records << record;
        }
        const InsertResult result = store.insert(records);
        if (!result.ok) {
            out << "insert failed: " << result.error << Qt::endl;
            return;
        }
    }
    out << "filled " << (want - have) << " rows in " << timer.elapsed() << " ms" << Qt::endl;
}

/// Runs the event loop until the model has applied what it asked its reader thread for.
void settle(NotificationLogModel &model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1'000'000;
    QString path = QStringLiteral("/tmp/roamdesk-bench-log.sqlite");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTextStream out(stdout);
    {
        SqliteNotificationStore filler;
        if (!filler.open(path)) {
            out << filler.lastError() << Qt::endl;
            return 1;
        }
        const qint64 have = filler.count({});
        if (have < rows)
            fill(filler, have, rows, out);
    }
    const long rssBefore = rssKiB();
    QElapsedTimer timer;
    timer.start();
    SqliteNotificationStore store;
    store.open(path);
    NotificationLogModel model(SqliteNotificationStore::readerFactory(path));
    settle(model);
    const qint64 openMs = timer.elapsed();
    out << "rows in store:            " << store.count({}) << Qt::endl;
    out << "open (store + first page): " << openMs << " ms, " << model.rowCount() << " rows shown" << Qt::endl;

    auto measure = [&](const char *label, const NotificationLogFilter &filter) {
        QElapsedTimer t;
        t.start();
        model.setFilter(filter);
        settle(model);
        const qint64 ms = t.elapsed();
        out << "filter " << label << ": " << ms << " ms (first page: " << model.rowCount() << " rows)" << Qt::endl;
    };
    NotificationLogFilter type;
    type.type = EventType::RoamingOff;
    measure("type=roaming-off     ", type);
    NotificationLogFilter device;
    device.device = QStringLiteral("+36610000123");
    device.device = QStringLiteral("+3361%1").arg(123, 7, 10, QLatin1Char('0'));
    measure("device (1 in 1000)   ", device);
    NotificationLogFilter subscription;
    subscription.subscriptionId = QStringLiteral("sub-7");
    measure("subscription (1 in 50)", subscription);
    NotificationLogFilter text;
    text.text = QStringLiteral("bench-4242");
    measure("text 'bench-4242'    ", text);
    NotificationLogFilter range;
    range.receivedFrom = QDateTime::fromMSecsSinceEpoch(1700000000000 + 500000 * 100, QTimeZone::utc());
    range.receivedTo = QDateTime::fromMSecsSinceEpoch(1700000000000 + 500100 * 100, QTimeZone::utc());
    measure("time range (100 rows)", range);
    NotificationLogFilter none;
    measure("cleared              ", none);

    timer.restart();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        settle(model);
    }
    out << "scroll to the bottom (every row fetched): " << timer.elapsed() << " ms, " << model.rowCount() << " rows"
        << Qt::endl;
    timer.restart();
    model.requestTotalCount();
    while (model.totalCount() < 0 && model.lastError().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 total = model.totalCount();
    out << "count all: " << timer.elapsed() << " ms (" << total << ")" << Qt::endl;
    out << "RSS: " << rssBefore / 1024 << " MiB before opening, " << rssKiB() / 1024 << " MiB with all "
        << model.rowCount() << " rows in the model" << Qt::endl;
    return 0;
}
