// What the receiver's store costs alone: the rows bench/receiver.sh POSTs, inserted through
// SqliteNotificationStore::insert on one thread in commits of the sizes the receiver's group commit reaches under
// wrk -c32, with the search index kept up as the writer keeps it (a chunk once 4,096 rows wait). CPU per row,
// from the thread's own clock: no HTTP, no checks, no hand-offs between threads. Beside the bare route's CPU
// per request this bounds what any receiver storing with this schema can reach.
//   bench_receiver_storefloor [--rows N] [--folder DIR]
#include "app/store/sqlitenotificationstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace roamdesk;

namespace {

double threadCpuUs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

/// The event bench/receiver/post.lua sends, as the receiver would store it: two senders' ids, one device.
NotificationLogRecord benchRecord(qint64 n)
{
    const QString id = QStringLiteral("w%1-1732800000-%2").arg(n % 2).arg(n / 2 + 1);
    NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.net");
    record.eventId = id;
    record.type = EventType::RoamingChangeCountry;
    record.receivedMs = 1732800000000 + n;
    record.eventMs = 1709280900125;
    record.subscriptionId = QStringLiteral("sub-bench");
    record.device = QStringLiteral("+33612345678");
    record.roaming = true;
    record.countryCode = 262;
    record.countryNames = QStringList{QStringLiteral("DE")};
    record.validity = ReceiptValidity::ConfiguredToken;
    record.rawJson = QStringLiteral(
        R"({"id":"%1","source":"https://notifications.example.net","specversion":"1.0",)"
        R"("datacontenttype":"application/json","type":"org.camaraproject.device-roaming-status-subscriptions.v0.)"
        R"(roaming-change-country","time":"2024-03-01T08:15:00.125Z","data":{"device":{"phoneNumber":)"
        R"("+33612345678"},"countryCode":262,"countryName":["DE"],"subscriptionId":"sub-bench"}})")
                         .arg(id)
                         .toUtf8();
    return record;
}

struct Cost
{
    double insertUs = 0; // per row: insert and commit
    double indexUs = 0; // per row: the search index's chunks
};

Cost measure(const QString &path, int batch, qint64 rows)
{
    SqliteNotificationStore store;
    if (!store.open(path))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.lastError()));
    // Rows built beforehand: building them is the checks' work, not the store's.
    QList<QList<NotificationLogRecord>> batches;
    for (qint64 n = 0; n < rows; n += batch) {
        QList<NotificationLogRecord> records;
        for (qint64 i = n; i < qMin(rows, n + batch); ++i)
            records << benchRecord(i);
        batches << records;
    }
    Cost cost;
    for (const QList<NotificationLogRecord> &records : std::as_const(batches)) {
        const double start = threadCpuUs();
        if (!store.insert(records).ok)
            qFatal("insert failed: %s", qPrintable(store.lastError()));
        const double inserted = threadCpuUs();
        store.indexPending(4096, 4096);
        cost.insertUs += inserted - start;
        cost.indexUs += threadCpuUs() - inserted;
    }
    cost.insertUs /= double(rows);
    cost.indexUs /= double(rows);
    return cost;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 200'000;
    QString folder;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--folder"))
            folder = args.at(i + 1);
    }
    QTemporaryDir scratch(folder.isEmpty() ? QDir::tempPath() + QStringLiteral("/storefloor-XXXXXX")
                                           : folder + QStringLiteral("/storefloor-XXXXXX"));
    QTextStream out(stdout);
    for (const int batch : {17, 32}) {
        const Cost cost = measure(scratch.filePath(QStringLiteral("floor-%1.sqlite").arg(batch)), batch, rows);
        out << "store alone, commits of " << batch << ": " << QString::number(cost.insertUs + cost.indexUs, 'f', 1)
            << " us CPU per row (" << QString::number(cost.insertUs, 'f', 1) << " insert and commit, "
            << QString::number(cost.indexUs, 'f', 1) << " search index), " << rows << " rows" << Qt::endl;
    }
    return 0;
}
