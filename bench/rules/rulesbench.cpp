// bench_rules [EVENTS] [DB]: per-event evaluation cost (p50/p99) with the default pack and with 20 rules, on a
// stream of EVENTS (default 200,000) events 0.2 ms apart (5,000 events/s) over 10,000 devices; then a full
// replay of 1,000,000 stored events (DB is filled once when it holds fewer) through the default pack, reading
// pages from the store as `roamdesk-cli alerts` does (StoreReplay). DB "none" skips the replay.
#include "app/rules/rulesengine.h"
#include "app/rules/rulesfile.h"
#include "app/rules/storereplay.h"
#include "app/store/sqlitenotificationstore.h"
#include "models/alertbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Start = 1767225600000; // 2026-01-01T00:00:00Z

/// The process's CPU time in ms: on a shared, loaded machine wall time says more about the neighbours.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

/// Event n of a stream at 5,000 events/s: devices take turns, most at home, some roaming between neighbours,
/// a few anywhere; a little out of order as events arrive.
NotificationLogRecord eventAt(qint64 n, int devices)
{
    static const int Countries[] = {244, 240, 242, 262, 208, 214, 234, 310, 340, 440};
    const EventType types[] = {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingChangeCountry,
        EventType::RoamingStatus, EventType::RoamingOff};
    NotificationLogRecord record;
    record.seq = n + 1;
    record.source = u"https://notifications.example.net"_s;
    record.eventId = u"bench-%1"_s.arg(n);
    record.type = types[(n / devices) % 5];
    record.device = u"+35840%1"_s.arg(n % devices, 7, 10, QLatin1Char('0'));
    record.subscriptionId = u"sub-%1"_s.arg(n % 50);
    record.receivedMs = Start + n / 5;
    record.eventMs = record.receivedMs - (n % 7) * 3;
    record.roaming = record.type != EventType::RoamingOff;
    if (record.type == EventType::RoamingStatus || record.type == EventType::RoamingChangeCountry)
        record.countryCode = Countries[((n / devices) * 7 + n % devices) % 10];
    return record;
}

RuleSet twentyRules()
{
    QStringList errors;
    const std::optional<RuleSet> set = RuleSet::fromJson(R"({"rules": [
        {"id": "deny-1", "kind": "country-denied", "countries": ["KP"]},
        {"id": "deny-2", "kind": "country-denied", "countries": ["IR", "SY", "CU"]},
        {"id": "deny-3", "kind": "country-denied", "countries": ["US"], "where": "device ^= +358400"},
        {"id": "travel-1", "kind": "impossible-travel"},
        {"id": "travel-2", "kind": "impossible-travel", "maxSpeedKmh": 300},
        {"id": "travel-3", "kind": "impossible-travel", "maxSpeedKmh": 900, "where": "type = roaming-change-country"},
        {"id": "hop-1", "kind": "country-hopping", "changes": 3, "hours": 24},
        {"id": "hop-2", "kind": "country-hopping", "changes": 6, "hours": 72},
        {"id": "hop-3", "kind": "country-hopping", "changes": 1, "hours": 1},
        {"id": "hours-1", "kind": "roaming-hours", "from": "08:00", "to": "18:00",
         "days": ["mon", "tue", "wed", "thu", "fri"], "timezone": "Europe/Helsinki"},
        {"id": "hours-2", "kind": "roaming-hours", "from": "22:00", "to": "06:00", "timezone": "America/New_York"},
        {"id": "hours-3", "kind": "roaming-hours", "from": "06:00", "to": "23:00", "timezone": "Asia/Tokyo"},
        {"id": "stale-1", "kind": "stale-status", "hours": 24},
        {"id": "stale-2", "kind": "stale-status", "hours": 1},
        {"id": "ends-1", "kind": "subscription-ending", "hours": 24},
        {"id": "ends-2", "kind": "subscription-ending", "hours": 72},
        {"id": "fair-1", "kind": "fair-use"},
        {"id": "fair-2", "kind": "fair-use", "days": 30, "ratio": 0.8},
        {"id": "on", "kind": "event-match", "where": "type = roaming-on"},
        {"id": "change", "kind": "event-match", "where": "type = roaming-change-country and country in {SE, NO}"}
    ]})",
        u"bench"_s, &errors);
    if (!set)
        qFatal("%s", qPrintable(errors.join(u'\n')));
    return *set;
}

void perEvent(QTextStream &out, const QString &name, const RuleSet &rules, qint64 events)
{
    const int devices = 10000;
    std::vector<NotificationLogRecord> records;
    records.reserve(size_t(events));
    for (qint64 n = 0; n < events; ++n)
        records.push_back(eventAt(n, devices));
    RulesEngine engine(rules);
    AlertBook book;
    std::vector<qint64> ns;
    ns.reserve(size_t(events));
    qint64 hits = 0;
    QElapsedTimer total;
    total.start();
    const qint64 cpuStart = cpuMs();
    for (const NotificationLogRecord &record : records) {
        QElapsedTimer timer;
        timer.start();
        const QList<RuleHit> raised = engine.addRecord(record);
        for (const RuleHit &hit : raised)
            book.add(hit);
        ns.push_back(timer.nsecsElapsed());
        hits += raised.size();
    }
    const qint64 totalMs = total.elapsed();
    const qint64 totalCpuMs = cpuMs() - cpuStart;
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) { return double(ns[size_t(q * double(ns.size() - 1))]) / 1000.0; };
    out << name << ": " << events << " events (" << rules.rules.size() << " rules), p50 " << at(0.5) << " us, p99 "
        << at(0.99) << " us, max " << at(1.0) << " us; " << hits << " hits, " << book.size() << " alerts; " << totalMs
        << " ms in all, " << totalCpuMs << " ms CPU" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 events = args.value(1, u"200000"_s).toLongLong();
    QTemporaryDir dir;
    const QString path = args.value(2, dir.filePath(u"rules.sqlite"_s));

    perEvent(out, u"default pack"_s, RulesFile::defaultPack(), events);
    perEvent(out, u"20 rules"_s, twentyRules(), events);

    {
        // The engine alone over the replay's million events (generated, not read), for the share of the store.
        RulesEngine engine(RulesFile::defaultPack());
        AlertBook book;
        qint64 engineNs = 0;
        qint64 engineCpuMs = 0;
        for (qint64 from = 0; from < 1000000; from += 20000) {
            QList<NotificationLogRecord> page;
            page.reserve(20000);
            for (qint64 n = from; n < from + 20000; ++n)
                page << eventAt(n, 100000);
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuBefore = cpuMs();
            for (const RuleHit &hit : engine.addRecords(std::move(page)))
                book.add(hit);
            engineNs += timer.nsecsElapsed();
            engineCpuMs += cpuMs() - cpuBefore;
        }
        out << "engine alone: 1000000 events through the default pack in " << engineNs / 1000000 << " ms ("
            << engineCpuMs << " ms CPU); " << book.size() << " alerts" << Qt::endl;
    }
    if (path == u"none"_s)
        return 0;
    const qint64 rows = 1000000;
    SqliteNotificationStore store;
    if (!store.open(path)) {
        out << store.lastError() << Qt::endl;
        return 1;
    }
    if (const qint64 have = store.count({}); have < rows) {
        QElapsedTimer timer;
        timer.start();
        for (qint64 n = have; n < rows;) {
            QList<NotificationLogRecord> batch;
            for (int i = 0; i < 20000 && n < rows; ++i, ++n) {
                batch << eventAt(n, 100000);
                batch.last().seq = 0;
            }
            if (!store.insert(batch).ok) {
                out << "insert failed: " << store.lastError() << Qt::endl;
                return 1;
            }
        }
        out << "filled " << (rows - have) << " rows in " << timer.elapsed() << " ms" << Qt::endl;
    }
    store.close();

    // As `roamdesk-cli alerts` replays: ascending pages, each ordered by event time, into the engine and book.
    QElapsedTimer timer;
    timer.start();
    const qint64 replayCpuStart = cpuMs();
    RulesEngine engine(RulesFile::defaultPack());
    AlertBook book;
    const StoreReplay::Result replayed = StoreReplay::run(path, engine, [&](const RuleHit &hit) { book.add(hit); });
    if (!replayed.ok) {
        out << replayed.error << Qt::endl;
        return 1;
    }
    for (const RuleHit &hit : engine.tick(QDateTime::fromMSecsSinceEpoch(Start + rows / 5 + 3600000)))
        book.add(hit);
    out << "replay: " << engine.evaluatedCount() << " stored events through the default pack in " << timer.elapsed()
        << " ms, " << cpuMs() - replayCpuStart << " ms CPU on both threads; " << book.size() << " alerts" << Qt::endl;
    return 0;
}
