// bench_filter [ROWS] [DB]: the filter language's cost. Prints the time to parse an expression; to evaluate
// expressions in memory over ROWS notifications (what a rule's `where` pays per event) and over ROWS/10 fleet
// entries (the Devices board's search); and the time the store takes to count the rows an expression selects in
// a store of ROWS notifications (DB, created when missing; default 100,000 rows in a temporary folder).

#include "app/store/sqlitenotificationstore.h"
#include "bench/fleet/fleetrecords.h"
#include "models/filterexpression.h"
#include "models/fleetstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace roamdesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList Expressions{
    QStringLiteral("type:roaming-on"),
    QStringLiteral("roaming = true and country in {DE, FR, GB}"),
    QStringLiteral("type ^= roaming and mcc >= 300 and time > 2023-11-14T22:20:00Z"),
    QStringLiteral("germany"),
    QStringLiteral("+3361000012"),
    QStringLiteral("not (type = roaming-off or country = US) and sub:sub-1"),
    QStringLiteral("france or mcc = 901"),
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir scratch;
    const QString path = args.size() > 2 ? args.at(2) : scratch.filePath(QStringLiteral("filter.sqlite"));
    constexpr int Devices = 10000;

    // Parse.
    {
        const QString text = QStringLiteral("(type ^= roaming or reason != \"\") and country in {DE, AT, CH} and "
                                            "time > -2h and not device ^= \"+3589\" belgium");
        constexpr int Times = 20000;
        QElapsedTimer timer;
        timer.start();
        int parsed = 0;
        for (int i = 0; i < Times; ++i)
            parsed += FilterExpression::parse(text) ? 1 : 0;
        out() << "parse: " << double(timer.nsecsElapsed()) / Times / 1000.0 << " µs per expression of " << text.size()
              << " characters (" << parsed << " parsed)\n";
    }

    // In memory, notifications.
    QList<NotificationLogRecord> records;
    records.reserve(rows);
    for (int n = 0; n < rows; ++n)
        records << fleetbench::recordAt(n, Devices);
    for (const QString &text : Expressions) {
        const FilterExpression expression = *FilterExpression::parse(text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        int matched = 0;
        for (const NotificationLogRecord &record : std::as_const(records))
            matched += expression.matches(record, now) ? 1 : 0;
        out() << "in memory: " << text << ": " << double(timer.nsecsElapsed()) / rows << " ns per notification ("
              << matched << " of " << rows << ")\n";
    }

    // In memory, fleet entries (the board's search).
    {
        QList<DeviceFleetEntry> entries;
        for (int n = 0; n < rows / 10; ++n) {
            DeviceFleetEntry entry;
            entry.key = QStringLiteral("+3361%1").arg(n, 7, 10, QLatin1Char('0'));
            entry.roaming = n % 3 != 0;
            entry.countryCode = n % 2 ? 262 : 208;
            entry.countryNames = {n % 2 ? QStringLiteral("DE") : QStringLiteral("FR")};
            entry.lastStatusTime = QDateTime::currentDateTimeUtc().addSecs(-(n % 10) * 1800);
            entry.lastEventType = EventType::RoamingStatus;
            entries << entry;
        }
        {
            // What the board's search did before the language: the label only.
            QElapsedTimer timer;
            timer.start();
            int matched = 0;
            for (int round = 0; round < 10; ++round) {
                for (const DeviceFleetEntry &entry : std::as_const(entries))
                    matched += entry.key.contains(QStringLiteral("3361004"), Qt::CaseInsensitive) ? 1 : 0;
            }
            out() << "fleet: label search only (the former search): " << double(timer.nsecsElapsed()) / 10 / 1e6
                  << " ms over " << entries.size() << " devices\n";
        }
        for (const QString &text :
            {QStringLiteral("3361004"), QStringLiteral("roaming = true and age > 2h"), QStringLiteral("germany")}) {
            const FilterExpression expression = *FilterExpression::parse(text, nullptr, FilterTarget::Fleet);
            QElapsedTimer timer;
            timer.start();
            int matched = 0;
            for (int round = 0; round < 10; ++round) {
                for (const DeviceFleetEntry &entry : std::as_const(entries))
                    matched += expression.matches(entry) ? 1 : 0;
            }
            out() << "fleet: " << text << ": " << double(timer.nsecsElapsed()) / 10 / 1e6 << " ms over "
                  << entries.size() << " devices (" << matched / 10 << " match)\n";
        }
    }

    // SQL.
    SqliteNotificationStore store;
    const bool fresh = !QFileInfo::exists(path);
    if (!store.open(path)) {
        out() << store.lastError() << '\n';
        return 1;
    }
    if (fresh) {
        constexpr int Batch = 5000;
        for (int i = 0; i < rows; i += Batch) {
            const InsertResult result = store.insert(records.mid(i, Batch));
            if (!result.ok) {
                out() << result.error << '\n';
                return 1;
            }
        }
    }
    // The rows as stored (with the known country of each roaming-on): in memory and in SQL must agree.
    QList<NotificationLogRecord> stored;
    for (qint64 before = NotificationLogSource::NoSeq;;) {
        const QList<NotificationLogRecord> page = store.olderThan(NotificationLogFilter(), before, 10000);
        if (page.isEmpty())
            break;
        stored << page;
        before = page.last().seq;
    }
    for (const QString &text : Expressions) {
        const NotificationLogFilter filter = NotificationLogFilter::parse(text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 inMemory = std::count_if(stored.cbegin(), stored.cend(),
            [&](const NotificationLogRecord &record) { return filter.expression.matches(record, now); });
        QElapsedTimer timer;
        timer.start();
        const qint64 count = store.count(filter);
        const qint64 countMs = timer.elapsed();
        timer.restart();
        const QList<NotificationLogRecord> page = store.olderThan(filter, NotificationLogSource::NoSeq, 100);
        out() << "sql: " << text << ": count " << count << " in " << countMs << " ms; first page of " << page.size()
              << " in " << timer.elapsed() << " ms; in memory over the stored rows: " << inMemory
              << (inMemory == count ? " (same)" : " (DIFFERENT)") << '\n';
    }
    out().flush();
    return 0;
}
