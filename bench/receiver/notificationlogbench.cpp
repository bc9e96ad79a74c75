// The log with a million stored notifications: time to open it (store + first page of the model), to
// apply filters (text filters cold, with the file evicted from the OS cache, and warm), to scroll deep, the
// process RSS, the size of the search index, and what an insert costs with it and without it (the previous
// schema's statement alone). Fills the database first when it holds fewer rows.
//   bench_notificationlog [--rows N] [--db FILE] [--insert-cost (only that)]
#include "app/store/sqlitenotificationstore.h"
#include "models/notificationlogmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

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

/// Drops the file's pages from the OS cache, so that the next read comes from the disk ("cold").
void evict(const QString &path)
{
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(name).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// A spread of countries as the log shows them: mostly Germany and France, Belgium one row in 1,000.
const struct
{
    int mcc;
    const char *iso;
} Countries[] = {{262, "DE"}, {208, "FR"}, {214, "ES"}, {222, "IT"}, {240, "SE"}, {244, "FI"}, {228, "CH"}};

QString subscriptionId(qint64 n)
{
    return QStringLiteral("%1-5c1e-4b7a-9d2e-%2")
        .arg(quint32(0x3f2a0000u + quint32(n % 50)), 8, 16, QLatin1Char('0'))
        .arg(quint64(0x1f00c0ffee00ull + quint64(n % 50)), 12, 16, QLatin1Char('0'));
}

NotificationLogRecord benchRecord(qint64 n);

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

NotificationLogRecord benchRecord(qint64 n)
{
    const EventType types[] = {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff,
        EventType::RoamingChangeCountry, EventType::RoamingStatus, EventType::RoamingChangeCountry,
        EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff, EventType::SubscriptionEnds};
    NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.net");
    record.eventId = QStringLiteral("bench-%1").arg(n);
    record.type = types[n % 10];
    record.device = QStringLiteral("+3361%1").arg(n % 1000, 7, 10, QLatin1Char('0'));
    record.subscriptionId = subscriptionId(n);
    record.receivedMs = 1700000000000 + n * 100;
    record.eventMs = record.receivedMs - 40;
    if (record.type == EventType::SubscriptionEnds) {
        record.terminationReason = QStringLiteral("SUBSCRIPTION_DELETED");
    } else {
        record.roaming = record.type != EventType::RoamingOff;
        if (*record.roaming && record.type != EventType::RoamingOn) {
            const bool belgium = n % 1000 == 5; // a roaming-change-country row
            const auto &country = Countries[(n / 10) % std::size(Countries)];
            record.countryCode = belgium ? 206 : country.mcc;
            record.countryNames = QStringList{belgium ? QStringLiteral("BE") : QString::fromLatin1(country.iso)};
        }
    }
    record.validity = ReceiptValidity::SubscriptionToken;
    record.rawJson = rawEvent(int(n), record.device, record.type, record.subscriptionId);
    return record;
}

void fill(SqliteNotificationStore &store, qint64 have, qint64 want, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    constexpr int Batch = 20000;
    for (qint64 n = have; n < want;) {
        QList<NotificationLogRecord> records;
        records.reserve(Batch);
        for (int i = 0; i < Batch && n < want; ++i, ++n)
            records << benchRecord(n);
        const InsertResult result = store.insert(records);
        if (!result.ok) {
            out << "insert failed: " << result.error << Qt::endl;
            return;
        }
    }
    out << "filled " << (want - have) << " rows in " << timer.elapsed() << " ms" << Qt::endl;
}

/// What one notification costs to store, in group commits of `batch` as the receiver's writer makes them
/// under load: through the store (row, roaming-on's country lookup, search index), and the row alone with
/// the previous schema's statement on a copy without the index.
struct InsertCost
{
    double rowOnlyUs;
    double withIndexUs;
    double storeUs;
};

/// One row per notification as the previous schema stored it, and with what this one adds in the same
/// transaction (roaming-on's country lookup, the search index row): the same hand-written path both times,
/// so the difference is the index's cost alone.
double handInsertUs(const QString &path, bool withIndex, int rows, int batch, QTextStream &out)
{
    {
        SqliteNotificationStore store; // the schema
        store.open(path);
    }
    double us = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
        db.setDatabaseName(path);
        db.open();
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                 "PRAGMA secure_delete = ON", "PRAGMA cache_size = -16384"})
            QSqlQuery(db).exec(QString::fromLatin1(pragma));
        if (!withIndex)
            QSqlQuery(db).exec(QStringLiteral("DROP TABLE notifications_fts"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO notifications (source, event_id, type, received_ms, event_ms, subscription_id, device, "
            "roaming, country_code, country_name, termination_reason, validity, raw) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING"));
        QSqlQuery index(db);
        index.prepare(QStringLiteral("INSERT INTO notifications_fts (rowid, words, sub) VALUES (?, ?, ?)"));
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT roaming, country_code, country_name FROM notifications WHERE device = ? "
                                    "ORDER BY seq DESC LIMIT 8"));
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < rows; n += batch) {
            db.transaction();
            for (int i = n; i < n + batch; ++i) {
                const NotificationLogRecord record = benchRecord(i);
                if (withIndex && record.type == EventType::RoamingOn) {
                    last.bindValue(0, record.device);
                    last.exec();
                    while (last.next()) {
                        if (!last.value(0).isNull())
                            break;
                    }
                    last.finish();
                }
                const QVariantList values{record.source, record.eventId, eventtype::shortName(record.type),
                    record.receivedMs, *record.eventMs, record.subscriptionId, record.device,
                    record.roaming ? QVariant(int(*record.roaming)) : QVariant(QMetaType::fromType<int>()),
                    record.countryCode ? QVariant(*record.countryCode) : QVariant(QMetaType::fromType<int>()),
                    record.countryNames ? QVariant(record.countryNames->join(QLatin1Char(',')))
                                        : QVariant(QMetaType::fromType<QString>()),
                    record.terminationReason.isNull() ? QStringLiteral("") : record.terminationReason,
                    receiptvalidity::toWire(record.validity), record.rawJson};
                for (int v = 0; v < values.size(); ++v)
                    query.bindValue(v, values.at(v));
                if (!query.exec())
                    out << "hand insert failed: " << query.lastError().text() << Qt::endl;
                if (withIndex) {
                    index.bindValue(0, query.lastInsertId());
                    index.bindValue(1, record.searchText());
                    index.bindValue(2, record.subscriptionId);
                    index.exec();
                }
            }
            db.commit();
        }
        us = double(timer.nsecsElapsed()) / 1000.0 / rows;
        query = QSqlQuery();
        index = QSqlQuery();
        last = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    return us;
}

InsertCost measureInsertCostOnce(const QString &folder, QTextStream &out)
{
    constexpr int Rows = 20000;
    constexpr int Batch = 64;
    const QString storePath = folder + QStringLiteral("/insert-store.sqlite");
    const QString withIndex = folder + QStringLiteral("/insert-with-index.sqlite");
    const QString rowOnly = folder + QStringLiteral("/insert-row-only.sqlite");
    for (const QString &path : {storePath, withIndex, rowOnly}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    InsertCost cost{};
    cost.rowOnlyUs = handInsertUs(rowOnly, false, Rows, Batch, out);
    cost.withIndexUs = handInsertUs(withIndex, true, Rows, Batch, out);
    {
        SqliteNotificationStore store;
        store.open(storePath);
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < Rows; n += Batch) {
            QList<NotificationLogRecord> records;
            for (int i = n; i < n + Batch; ++i)
                records << benchRecord(i);
            store.insert(records);
        }
        cost.storeUs = double(timer.nsecsElapsed()) / 1000.0 / Rows;
    }
    return cost;
}

/// Best of five alternating rounds: the machine's other load only ever adds time.
void measureInsertCost(const QString &folder, QTextStream &out)
{
    InsertCost best{1e9, 1e9, 1e9};
    for (int round = 0; round < 5; ++round) {
        const InsertCost cost = measureInsertCostOnce(folder, out);
        best.rowOnlyUs = std::min(best.rowOnlyUs, cost.rowOnlyUs);
        best.withIndexUs = std::min(best.withIndexUs, cost.withIndexUs);
        best.storeUs = std::min(best.storeUs, cost.storeUs);
    }
    out << "insert per notification (best of 5 rounds of 20000 in commits of 64): "
        << QString::number(best.rowOnlyUs, 'f', 1) << " us row only (previous schema), "
        << QString::number(best.withIndexUs, 'f', 1) << " us with the search index and the roaming-on country; "
        << QString::number(best.storeUs, 'f', 1) << " us through SqliteNotificationStore::insert" << Qt::endl;
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
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTextStream out(stdout);
    if (args.contains(QLatin1String("--insert-cost"))) {
        measureInsertCost(QFileInfo(path).absolutePath(), out);
        return 0;
    }
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
    subscription.subscriptionId = subscriptionId(7);
    measure("subscription (1 in 50)", subscription);
    for (const QString &expression :
        {QStringLiteral("belgium"), QStringLiteral("finland"), QStringLiteral("sub:3f2a0007"),
            QStringLiteral("+33610000123"), QStringLiteral("subscription_deleted"), QStringLiteral("nowhere")}) {
        const QByteArray label = QStringLiteral("text '%1'").arg(expression).leftJustified(21).toUtf8();
        const NotificationLogFilter filter = NotificationLogFilter::parse(expression);
        // Cold: a new model (its own connection, an empty SQLite cache) with the file evicted from the OS cache.
        evict(path);
        QElapsedTimer cold;
        cold.start();
        {
            NotificationLogModel fresh(SqliteNotificationStore::readerFactory(path));
            fresh.setFilter(filter);
            settle(fresh);
            out << "filter " << label.constData() << " cold: " << cold.elapsed()
                << " ms (first page: " << fresh.rowCount() << " rows)" << Qt::endl;
        }
        measure(label.constData(), filter); // warm
    }
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sizes"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'notifications_fts%'"))
            && query.next()) {
            const double index = query.value(0).toDouble() / 1048576.0;
            const double file = double(fileSize(path)) / 1048576.0;
            out << "database: " << QString::number(file, 'f', 1) << " MiB with the search index, "
                << QString::number(file - index, 'f', 1) << " MiB without it (index " << QString::number(index, 'f', 1)
                << " MiB)" << Qt::endl;
        } else {
            out << "database: " << fileSize(path) / 1048576 << " MiB (no dbstat: " << query.lastError().text() << ")"
                << Qt::endl;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sizes"));
    measureInsertCost(QFileInfo(path).absolutePath(), out);
    out << "RSS: " << rssBefore / 1024 << " MiB before opening, " << rssKiB() / 1024 << " MiB with all "
        << model.rowCount() << " rows in the model" << Qt::endl;
    return 0;
}
