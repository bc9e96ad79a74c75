// The rules engine: every kind of rule at its edges (exactly at the threshold, late events, neighbours, a
// multi-territory MCC, a DST change), the silence rules on tick, and a day-long replay with seeded anomalies.
#include "app/rules/rulesengine.h"
#include "app/rules/rulesfile.h"
#include "fleettestutil.h"
#include "models/alertbook.h"
#include "models/countrytable.h"
#include "models/roamingstatus.h"
#include "models/rulegeography.h"
#include "models/subscription.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MinuteMs = 60000;
constexpr qint64 DayMinutes = 24 * 60;

RuleSet rulesOf(const QByteArray &rules)
{
    QStringList errors;
    const std::optional<RuleSet> set = RuleSet::fromJson("{\"rules\": [" + rules + "]}", u"test.json"_s, &errors);
    if (!set)
        qWarning() << errors;
    return set.value_or(RuleSet());
}

/// "rule device minute" for each hit, minute counted from T0.
QString describe(const RuleHit &hit)
{
    return u"%1 %2 %3"_s.arg(hit.ruleId, hit.device).arg((hit.time.toMSecsSinceEpoch() - T0) / MinuteMs);
}

QStringList describe(const QList<RuleHit> &hits)
{
    QStringList lines;
    for (const RuleHit &hit : hits)
        lines << describe(hit);
    return lines;
}

/// Feeds the records one by one in the order given (numbered by that order), then ticks at the minutes given.
QStringList run(RulesEngine &engine, QList<NotificationLogRecord> records, const QList<qint64> &tickMinutes = {})
{
    QList<RuleHit> hits;
    qint64 seq = 0;
    for (NotificationLogRecord &record : records) {
        record.seq = ++seq;
        hits << engine.addRecord(record);
    }
    for (const qint64 minute : tickMinutes)
        hits << engine.tick(QDateTime::fromMSecsSinceEpoch(T0 + minute * MinuteMs, QTimeZone::utc()));
    return describe(hits);
}

QStringList run(const QByteArray &rules, const QList<NotificationLogRecord> &records, const QList<qint64> &ticks = {})
{
    RulesEngine engine(rulesOf(rules));
    return run(engine, records, ticks);
}

NotificationLogRecord roamingAt(const QString &device, const QDateTime &utc, EventType type = EventType::RoamingOn)
{
    NotificationLogRecord r = record(device, type, 0);
    r.eventMs = utc.toMSecsSinceEpoch();
    return r;
}

NotificationLogRecord ended(const QString &device, qint64 minute, const QString &reason)
{
    NotificationLogRecord r = record(device, EventType::SubscriptionEnded, minute);
    r.subscriptionId = u"sub-1"_s;
    r.terminationReason = reason;
    return r;
}

constexpr int FI = 244, SE = 240, NO = 242, ES = 214, KP = 467, US = 310, FRENCH_CARIBBEAN = 340, DE = 262;

const QString Dev = u"+358401234567"_s;

} // namespace

using Records = QList<NotificationLogRecord>;

class TestRulesEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countryDenied_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("in a denied country")
            << Records{status(Dev, 5, true, KP)} << QStringList{u"no-kp %1 5"_s.arg(Dev)};
        QTest::newRow("elsewhere") << Records{status(Dev, 5, true, FI),
            record(Dev, EventType::RoamingChangeCountry, 6, SE)}
                                   << QStringList{};
        QTest::newRow("one of a multi-territory MCC")
            << Records{record(Dev, EventType::RoamingChangeCountry, 7, FRENCH_CARIBBEAN)}
            << QStringList{u"no-kp %1 7"_s.arg(Dev)};
        QTest::newRow("roaming-on names no country") << Records{record(Dev, EventType::RoamingOn, 1)} << QStringList{};
        QTest::newRow("every event there raises it")
            << Records{status(Dev, 1, true, KP), record(Dev, EventType::RoamingChangeCountry, 2, KP)}
            << QStringList{u"no-kp %1 1"_s.arg(Dev), u"no-kp %1 2"_s.arg(Dev)};
    }
    void countryDenied()
    {
        QFETCH(Records, records);
        QFETCH(QStringList, expected);
        QCOMPARE(run(R"({"id": "no-kp", "kind": "country-denied", "countries": ["KP", "GP"]})", records), expected);
    }

    void countryDeniedMessageAndSeverity()
    {
        RulesEngine engine(rulesOf(R"({"id": "no-kp", "kind": "country-denied", "countries": ["KP"]})"));
        NotificationLogRecord r = status(Dev, 5, true, KP);
        r.seq = 42;
        const QList<RuleHit> hits = engine.addRecord(r);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, u"country-denied"_s);
        QCOMPARE(hits[0].severity, AlertSeverity::Critical);
        QCOMPARE(hits[0].seq, 42);
        QCOMPARE(hits[0].deviceObject, (QJsonObject{{u"phoneNumber"_s, Dev}}));
        QVERIFY2(hits[0].message.contains(u"KP"_s), qPrintable(hits[0].message));
    }

    void impossibleTravel_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("neighbours are 0 km apart")
            << Records{status(Dev, 0, true, FI), record(Dev, EventType::RoamingChangeCountry, 1, SE)} << QStringList{};
        QTest::newRow("Finland to Spain in an hour")
            << Records{status(Dev, 0, true, FI), record(Dev, EventType::RoamingChangeCountry, 60, ES)}
            << QStringList{u"fast %1 60"_s.arg(Dev)};
        QTest::newRow("Finland to Spain in four hours")
            << Records{status(Dev, 0, true, FI), record(Dev, EventType::RoamingChangeCountry, 240, ES)}
            << QStringList{};
        QTest::newRow("late event, same hit") << Records{record(Dev, EventType::RoamingChangeCountry, 60, ES),
            status(Dev, 0, true, FI)} << QStringList{u"fast %1 60"_s.arg(Dev)};
        QTest::newRow("consecutive countries only") << Records{status(Dev, 0, true, FI), status(Dev, 30, true, SE),
            status(Dev, 600, true, ES)} << QStringList{};
        QTest::newRow("events without a country between")
            << Records{status(Dev, 0, true, FI), record(Dev, EventType::RoamingOff, 10),
                   record(Dev, EventType::RoamingOn, 20), record(Dev, EventType::RoamingChangeCountry, 30, ES)}
            << QStringList{u"fast %1 30"_s.arg(Dev)};
        QTest::newRow("multi-territory MCC, the closest territory")
            << Records{status(Dev, 0, true, US), record(Dev, EventType::RoamingChangeCountry, 60, FRENCH_CARIBBEAN)}
            << QStringList{u"fast %1 60"_s.arg(Dev)};
        QTest::newRow("same multi-territory MCC again")
            << Records{status(Dev, 0, true, FRENCH_CARIBBEAN), status(Dev, 1, true, FRENCH_CARIBBEAN)} << QStringList{};
    }
    void impossibleTravel()
    {
        QFETCH(Records, records);
        QFETCH(QStringList, expected);
        QCOMPARE(run(R"({"id": "fast", "kind": "impossible-travel"})", records), expected);
    }

    void impossibleTravelExactlyAtTheLimit()
    {
        const double km = RuleGeography::distanceKm(u"DE"_s, u"ES"_s).value_or(0);
        QVERIFY(km > 500);
        const Records trip{status(Dev, 0, true, DE), record(Dev, EventType::RoamingChangeCountry, 60, ES)};
        RuleSet atLimit = rulesOf(R"({"id": "fast", "kind": "impossible-travel"})");
        atLimit.rules[0].maxSpeedKmh = km; // exactly km in the hour between: allowed
        RulesEngine allowed(atLimit);
        QCOMPARE(run(allowed, trip), QStringList{});
        atLimit.rules[0].maxSpeedKmh = km - 0.5;
        RulesEngine tooFast(atLimit);
        QCOMPARE(run(tooFast, trip), QStringList{u"fast %1 60"_s.arg(Dev)});
    }

    void countryHopping_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<QStringList>("expected");
        const auto at = [](qint64 minute, int mcc) { return status(Dev, minute, true, mcc); };
        QTest::newRow("three changes within six hours")
            << Records{at(0, FI), at(60, SE), at(120, NO), at(180, FI)} << QStringList{u"hop %1 180"_s.arg(Dev)};
        QTest::newRow("exactly the allowed two") << Records{at(0, FI), at(60, SE), at(120, NO)} << QStringList{};
        QTest::newRow("oldest change exactly at the window's start")
            << Records{at(0, FI), at(60, SE), at(120, NO), at(420, FI)} << QStringList{u"hop %1 420"_s.arg(Dev)};
        QTest::newRow("oldest change a minute outside")
            << Records{at(0, FI), at(60, SE), at(120, NO), at(421, FI)} << QStringList{};
        QTest::newRow("late event makes the third change")
            << Records{at(0, FI), at(60, SE), at(180, FI), at(120, NO)} << QStringList{u"hop %1 180"_s.arg(Dev)};
        QTest::newRow("same country is no change") << Records{at(0, FI), at(10, FI), at(20, FRENCH_CARIBBEAN),
            at(30, FRENCH_CARIBBEAN), at(40, FI)} << QStringList{};
    }
    void countryHopping()
    {
        QFETCH(Records, records);
        QFETCH(QStringList, expected);
        QCOMPARE(run(R"({"id": "hop", "kind": "country-hopping", "changes": 2, "hours": 6})", records), expected);
    }

    void roamingHours_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<bool>("raised");
        const auto utc = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
        };
        // Europe/Helsinki: UTC+2 until Sunday 29 March 2026 01:00 UTC, UTC+3 after.
        QTest::newRow("Tuesday 09:00 local") << utc(3, 10, 7, 0) << false;
        QTest::newRow("Tuesday 07:59 local") << utc(3, 10, 5, 59) << true;
        QTest::newRow("Tuesday 08:00 local, the first allowed minute") << utc(3, 10, 6, 0) << false;
        QTest::newRow("Tuesday 18:00 local, the first minute outside") << utc(3, 10, 16, 0) << true;
        QTest::newRow("Saturday noon") << utc(3, 14, 10, 0) << true;
        QTest::newRow("after DST: 05:30 UTC is 08:30 local") << utc(3, 30, 5, 30) << false;
        QTest::newRow("after DST: 15:30 UTC is 18:30 local") << utc(3, 30, 15, 30) << true;
        QTest::newRow("before DST: 15:30 UTC is 17:30 local") << utc(3, 27, 15, 30) << false;
    }
    void roamingHours()
    {
        QFETCH(QDateTime, utc);
        QFETCH(bool, raised);
        RulesEngine engine(rulesOf(R"({"id": "office", "kind": "roaming-hours", "from": "08:00", "to": "18:00",
            "days": ["mon", "tue", "wed", "thu", "fri"], "timezone": "Europe/Helsinki"})"));
        QCOMPARE(engine.addRecord(roamingAt(Dev, utc)).size(), raised ? 1 : 0);
    }

    void roamingHoursAcrossMidnight()
    {
        RulesEngine engine(rulesOf(R"({"id": "night", "kind": "roaming-hours", "from": "22:00", "to": "06:00",
            "days": ["fri"], "timezone": "UTC"})"));
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
        };
        QCOMPARE(engine.addRecord(roamingAt(u"a"_s, at(13, 23))).size(), 0); // Friday night
        QCOMPARE(engine.addRecord(roamingAt(u"b"_s, at(14, 3))).size(), 0); // still Friday's night
        QCOMPARE(engine.addRecord(roamingAt(u"c"_s, at(14, 23))).size(), 1); // Saturday night
        QCOMPARE(engine.addRecord(roamingAt(u"d"_s, at(13, 3))).size(), 1); // Thursday's night
    }

    void roamingHoursOnlyWhenRoamingStarts()
    {
        RulesEngine engine(rulesOf(R"({"id": "never", "kind": "roaming-hours", "from": "00:00", "to": "00:01",
            "days": [], "timezone": "UTC"})"));
        QCOMPARE(run(engine,
                     {status(Dev, 0, false, FI), status(Dev, 10, true, SE),
                         record(Dev, EventType::RoamingChangeCountry, 20, NO), status(Dev, 30, true, NO),
                         record(Dev, EventType::RoamingOff, 40), record(Dev, EventType::RoamingOn, 50)}),
            (QStringList{u"never %1 10"_s.arg(Dev), u"never %1 50"_s.arg(Dev)}));
    }

    void staleStatus_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<qint64>>("ticks");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("an event exactly two hours later")
            << Records{status(Dev, 0, false, FI), status(Dev, 120, false, FI)} << QList<qint64>{}
            << QStringList{u"quiet %1 120"_s.arg(Dev)};
        QTest::newRow("a minute before") << Records{status(Dev, 0, false, FI), status(Dev, 119, false, FI)}
                                         << QList<qint64>{238} << QStringList{};
        QTest::newRow("tick at the threshold, once")
            << Records{status(Dev, 0, false, FI), status(Dev, 119, false, FI)} << QList<qint64>{239, 240, 500}
            << QStringList{u"quiet %1 239"_s.arg(Dev)};
        QTest::newRow("silence after silence")
            << Records{status(Dev, 0, false, FI)} << QList<qint64>{200} << QStringList{u"quiet %1 120"_s.arg(Dev)};
        QTest::newRow("a late event does not end the silence")
            << Records{status(Dev, 100, false, FI), status(Dev, 0, false, FI)} << QList<qint64>{219, 220}
            << QStringList{u"quiet %1 220"_s.arg(Dev)};
    }
    void staleStatus()
    {
        QFETCH(Records, records);
        QFETCH(QList<qint64>, ticks);
        QFETCH(QStringList, expected);
        QCOMPARE(run(R"({"id": "quiet", "kind": "stale-status", "hours": 2})", records, ticks), expected);
    }

    void staleStatusCountsLookups()
    {
        RulesEngine engine(rulesOf(R"({"id": "quiet", "kind": "stale-status", "hours": 2})"));
        QCOMPARE(run(engine, {status(Dev, 0, false, FI)}), QStringList{});
        Device device;
        device.phoneNumber = Dev;
        RoamingStatus answer;
        answer.roaming = false;
        QVERIFY(engine.addLookup(device, answer, QDateTime::fromMSecsSinceEpoch(T0 + 100 * MinuteMs)).isEmpty());
        QCOMPARE(run(engine, {}, {200, 219}), QStringList{});
        QCOMPARE(run(engine, {}, {220}), QStringList{u"quiet %1 220"_s.arg(Dev)});
        // An answer whose status is old still shows the device is reachable now.
        answer.lastStatusTime = QDateTime::fromMSecsSinceEpoch(T0 + 10 * MinuteMs);
        QVERIFY(engine.addLookup(device, answer, QDateTime::fromMSecsSinceEpoch(T0 + 300 * MinuteMs)).isEmpty());
        QCOMPARE(run(engine, {}, {419}), QStringList{});
        QCOMPARE(run(engine, {}, {420}), QStringList{u"quiet %1 420"_s.arg(Dev)});
    }

    void subscriptionEnded_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("raised");
        QTest::newRow("expired") << u"SUBSCRIPTION_EXPIRED"_s << true;
        QTest::newRow("max events") << u"MAX_EVENTS_REACHED"_s << true;
        QTest::newRow("token expired") << u"ACCESS_TOKEN_EXPIRED"_s << true;
        QTest::newRow("deleted") << u"SUBSCRIPTION_DELETED"_s << false;
    }
    void subscriptionEnded()
    {
        QFETCH(QString, reason);
        QFETCH(bool, raised);
        QCOMPARE(run(R"({"id": "ends", "kind": "subscription-ending", "hours": 24})", {ended(Dev, 30, reason)}),
            raised ? QStringList{u"ends %1 30"_s.arg(Dev)} : QStringList{});
    }

    void subscriptionEndNamingNoDevice()
    {
        RulesEngine engine(rulesOf(R"({"id": "ends", "kind": "subscription-ending", "hours": 24},
            {"id": "quiet", "kind": "stale-status", "hours": 1})"));
        Subscription known;
        known.id = u"sub-1"_s;
        Device device;
        device.phoneNumber = Dev;
        known.config.device = device;
        engine.addSubscription(known);
        QCOMPARE(run(engine, {ended(QString(), 30, u"SUBSCRIPTION_EXPIRED"_s)}), QStringList{u"ends %1 30"_s.arg(Dev)});
        // Unknown subscription, no device: raised for no device, and no device to fall silent.
        RulesEngine unknown(rulesOf(R"({"id": "ends", "kind": "subscription-ending", "hours": 24},
            {"id": "quiet", "kind": "stale-status", "hours": 1})"));
        QCOMPARE(
            run(unknown,
                {ended(QString(), 30, u"SUBSCRIPTION_EXPIRED"_s), ended(QString(), 200, u"SUBSCRIPTION_EXPIRED"_s)},
                {500}),
            (QStringList{u"ends  30"_s, u"ends  200"_s}));
    }

    void subscriptionEndsSoon()
    {
        RulesEngine engine(rulesOf(R"({"id": "ends", "kind": "subscription-ending", "hours": 24})"));
        Subscription expiring;
        expiring.id = u"sub-expiring"_s;
        Device device;
        device.phoneNumber = Dev;
        expiring.config.device = device;
        expiring.expiresAt = QDateTime::fromMSecsSinceEpoch(T0 + 30 * 60 * MinuteMs, QTimeZone::utc());
        engine.addSubscription(expiring);
        Subscription token = expiring;
        token.id = u"sub-token"_s;
        token.expiresAt.reset();
        token.sinkCredential = SinkCredential();
        token.sinkCredential->accessTokenExpiresUtc = QDateTime::fromMSecsSinceEpoch(T0 + 40 * 60 * MinuteMs);
        engine.addSubscription(token);
        Subscription capped = token;
        capped.id = u"sub-capped"_s;
        capped.sinkCredential.reset();
        capped.config.subscriptionMaxEvents = 5;
        engine.addSubscription(capped);

        QCOMPARE(run(engine, {}, {0}), QStringList{});
        QCOMPARE(run(engine, {}, {6 * 60}), QStringList{u"ends %1 360"_s.arg(Dev)}); // expires in 24 h
        QCOMPARE(run(engine, {}, {7 * 60}), QStringList{}); // once
        QCOMPARE(run(engine, {}, {16 * 60}), QStringList{u"ends %1 960"_s.arg(Dev)}); // the token in 24 h
        // Three events in the last day, two left of five: they run out within the window.
        Records events;
        for (int i = 0; i < 3; ++i) {
            NotificationLogRecord r = status(Dev, 17 * 60 + i, false, FI);
            r.subscriptionId = u"sub-capped"_s;
            events << r;
        }
        QCOMPARE(run(engine, events, {18 * 60}), QStringList{u"ends %1 1080"_s.arg(Dev)});
    }

    void fairUse_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<qint64>>("ticks");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("six days of ten abroad")
            << Records{status(Dev, 0, true, ES), status(Dev, 6 * DayMinutes, false, FI)} << QList<qint64>{}
            << QStringList{u"fair %1 %2"_s.arg(Dev).arg(6 * DayMinutes)};
        QTest::newRow("exactly half") << Records{status(Dev, 0, true, ES), status(Dev, 5 * DayMinutes, false, FI)}
                                      << QList<qint64>{10 * DayMinutes, 12 * DayMinutes} << QStringList{};
        QTest::newRow("crossed while abroad, seen on tick")
            << Records{status(Dev, 0, true, ES)} << QList<qint64>{5 * DayMinutes, 5 * DayMinutes + 1, 6 * DayMinutes}
            << QStringList{u"fair %1 %2"_s.arg(Dev).arg(5 * DayMinutes + 1)};
        QTest::newRow("again after falling below")
            << Records{status(Dev, 0, true, ES), status(Dev, 6 * DayMinutes, false, FI),
                   status(Dev, 20 * DayMinutes, true, ES), status(Dev, 26 * DayMinutes, false, FI)}
            << QList<qint64>{}
            << QStringList{u"fair %1 %2"_s.arg(Dev).arg(6 * DayMinutes), u"fair %1 %2"_s.arg(Dev).arg(26 * DayMinutes)};
    }
    void fairUse()
    {
        QFETCH(Records, records);
        QFETCH(QList<qint64>, ticks);
        QFETCH(QStringList, expected);
        QCOMPARE(run(R"({"id": "fair", "kind": "fair-use", "days": 10, "ratio": 0.5})", records, ticks), expected);
    }

    void eventMatch()
    {
        const Records records{record(Dev, EventType::RoamingOn, 0), record(Dev, EventType::RoamingOff, 10),
            record(u"+4917012345678"_s, EventType::RoamingOn, 20)};
        QCOMPARE(run(R"({"id": "on", "kind": "event-match", "where": "type:roaming-on"})", records),
            (QStringList{u"on %1 0"_s.arg(Dev), u"on +4917012345678 20"_s}));
        QCOMPARE(run(R"({"id": "all", "kind": "event-match"})", records).size(), 3);
        QCOMPARE(
            run(R"({"id": "in", "kind": "event-match", "where": "type in {roaming-on, roaming-off} and device ^= +3584"})",
                records),
            (QStringList{u"on %1 0"_s.arg(Dev), u"on %1 10"_s.arg(Dev)}).replaceInStrings(u"on "_s, u"in "_s));
        // `where` narrows every kind, not only event-match.
        QCOMPARE(run(R"({"id": "no-kp", "kind": "country-denied", "countries": ["KP"], "where": "device:+1555"})",
                     {status(Dev, 1, true, KP)}),
            QStringList{});
    }

    void defaultPackRaisesTheTrayMessages()
    {
        RulesEngine sentences(RulesFile::defaultPack());
        NotificationLogRecord on = record(Dev, EventType::RoamingOn, 0);
        QCOMPARE(sentences.addRecord(on).value(0).message, u"%1 started roaming."_s.arg(Dev));
        const QList<RuleHit> moved = sentences.addRecord(record(Dev, EventType::RoamingChangeCountry, 30, SE));
        QCOMPARE(
            moved.value(0).message, u"%1 moved to SE %2 (MCC 240)."_s.arg(Dev, CountryTable::countryName(u"SE"_s)));
        RulesEngine engine(RulesFile::defaultPack());
        const QStringList hits = run(engine,
            {record(Dev, EventType::RoamingOn, 0), record(Dev, EventType::RoamingChangeCountry, 30, SE),
                record(Dev, EventType::RoamingOff, 60)});
        QCOMPARE(hits, (QStringList{u"roaming-on %1 0"_s.arg(Dev), u"roaming-change-country %1 30"_s.arg(Dev)}));
    }

    // A day of traffic for 200 devices with six seeded anomalies: every seeded alert comes out, and no other;
    // feeding the same events shuffled in pages, or twice, gives the same alerts.
    void replayDayWithSeededAnomalies()
    {
        const QByteArray rules = R"(
            {"id": "no-kp", "kind": "country-denied", "countries": ["KP"]},
            {"id": "fast", "kind": "impossible-travel"},
            {"id": "hop", "kind": "country-hopping", "changes": 3, "hours": 6},
            {"id": "night", "kind": "roaming-hours", "from": "06:00", "to": "22:00", "timezone": "Europe/Helsinki"},
            {"id": "quiet", "kind": "stale-status", "hours": 3},
            {"id": "ends", "kind": "subscription-ending", "hours": 24})";
        // T0 is 2023-11-15 00:13 in Helsinki; the day runs from 07:00 local (05:00 UTC).
        const qint64 start =
            (QDateTime(QDate(2023, 11, 15), QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch() - T0) / MinuteMs;
        QRandomGenerator random(20261128);
        Records records;
        const auto device = [](int i) { return u"+35840%1"_s.arg(i, 7, 10, QLatin1Char('0')); };
        for (int i = 0; i < 200; ++i) {
            // Every device reports at home every 30 to 150 minutes (jittered) through the day; a third of them
            // roam to a neighbour at midday and come back.
            const bool roams = i % 3 == 0;
            for (qint64 minute = start + random.bounded(30); minute < start + 16 * 60;
                 minute += 30 + random.bounded(120)) {
                if (!roams || minute < start + 290 || minute > start + 510)
                    records << status(device(i), minute, false, FI);
            }
            if (roams) {
                records << record(device(i), EventType::RoamingOn, start + 300 + i % 7);
                records << record(device(i), EventType::RoamingChangeCountry, start + 301 + i % 7, SE);
                records << record(device(i), EventType::RoamingChangeCountry, start + 420, NO);
                records << record(device(i), EventType::RoamingOff, start + 500);
            }
        }
        QStringList seeded;
        // The anomalies, on devices of their own.
        records << status(u"+85012345"_s, start + 100, true, KP);
        seeded << u"no-kp +85012345 %1"_s.arg(start + 100);
        records << status(u"+35850000001"_s, start + 10, false, FI) << status(u"+35850000001"_s, start + 70, true, ES)
                << status(u"+35850000001"_s, start + 200, true, ES);
        seeded << u"fast +35850000001 %1"_s.arg(start + 70);
        for (int k = 0; k < 5; ++k)
            records << status(u"+35850000002"_s, start + 60 + 40 * k, true, k % 2 ? SE : NO);
        seeded << u"hop +35850000002 %1"_s.arg(start + 60 + 40 * 4);
        records << status(u"+35850000003"_s, start - 300, false, FI)
                << record(u"+35850000003"_s, EventType::RoamingOn, start - 200)
                << status(u"+35850000003"_s, start - 100, true, SE);
        seeded << u"night +35850000003 %1"_s.arg(start - 200);
        records << status(u"+35850000004"_s, start + 10, false, FI)
                << status(u"+35850000004"_s, start + 500, false, FI);
        seeded << u"quiet +35850000004 %1"_s.arg(start + 190);
        records << ended(u"+35850000005"_s, start + 600, u"SUBSCRIPTION_EXPIRED"_s)
                << ended(u"+35850000006"_s, start + 610, u"SUBSCRIPTION_DELETED"_s);
        seeded << u"ends +35850000005 %1"_s.arg(start + 600);
        // After its anomaly each of those devices keeps reporting (no country), so only the seeded silence is one.
        const QList<std::pair<QString, qint64>> lastOf{{u"+85012345"_s, 100}, {u"+35850000001"_s, 200},
            {u"+35850000002"_s, 220}, {u"+35850000003"_s, -100}, {u"+35850000004"_s, 500}, {u"+35850000005"_s, 600},
            {u"+35850000006"_s, 610}};
        for (const auto &[label, last] : lastOf) {
            for (qint64 minute = start + last + 60; minute < start + 16 * 60; minute += 120)
                records << status(label, minute, false, std::nullopt);
        }
        for (qint64 seq = 0; seq < records.size(); ++seq)
            records[seq].seq = seq + 1;

        const auto alertsOf = [&](const QList<Records> &pages) {
            RulesEngine engine(rulesOf(rules));
            AlertBook book;
            for (const Records &page : pages) {
                for (const RuleHit &hit : engine.addRecords(page))
                    book.add(hit);
            }
            for (const RuleHit &hit : engine.tick(QDateTime::fromMSecsSinceEpoch(T0 + (start + 16 * 60) * MinuteMs)))
                book.add(hit);
            QStringList alerts;
            for (const Alert &alert : book.alerts())
                alerts << u"%1 %2 %3"_s.arg(alert.ruleId, alert.device)
                              .arg((alert.firstTime.toMSecsSinceEpoch() - T0) / MinuteMs);
            return alerts;
        };
        const QStringList alerts = alertsOf({records});
        QStringList sortedAlerts = alerts;
        sortedAlerts.sort();
        seeded.sort();
        QCOMPARE(sortedAlerts, seeded);
        QCOMPARE(alertsOf({records}), alerts);
        // Arrival order scrambled: the engine orders each page by event time.
        Records shuffled = records;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        QCOMPARE(alertsOf({shuffled}), alerts);
    }
};

QTEST_GUILESS_MAIN(TestRulesEngine)
#include "tst_rulesengine.moc"
