#include "fleettestutil.h"
#include "models/countrytable.h"
#include "models/fleetstate.h"
#include "models/roamingstatus.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

class TestFleetState : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 minute) { return QDateTime::fromMSecsSinceEpoch(T0 + minute * 60000, QTimeZone::utc()); }

    static QList<NotificationLogRecord> trip(const QString &device)
    {
        return {
            status(device, 0, false, 262),
            status(device, 5, false, 262),
            record(device, EventType::RoamingOn, 10),
            record(device, EventType::RoamingChangeCountry, 12, 208),
            status(device, 20, true, 208),
            record(device, EventType::RoamingChangeCountry, 30, 222),
            status(device, 40, true, 222),
            status(device, 45, true, 222),
        };
    }

private Q_SLOTS:
    void inOrder()
    {
        FleetState fleet;
        for (const NotificationLogRecord &r : trip(u"+33612345678"_s))
            fleet.apply(r);
        QCOMPARE(fleet.size(), 1);
        const DeviceFleetEntry &e = fleet.at(0);
        QCOMPARE(e.roaming, std::optional<bool>(true));
        QCOMPARE(e.countryCode, std::optional<int>(222));
        QCOMPARE(e.countryNames, QStringList{u"IT"_s});
        QCOMPARE(e.since, at(30));
        QCOMPARE(e.lastStatusTime, at(45));
        QCOMPARE(e.lastEventType, std::optional<EventType>(EventType::RoamingStatus));
        QCOMPARE(e.device.phoneNumber, u"+33612345678"_s);
    }

    void anyOrderAndDuplicatesGiveTheSameState()
    {
        const QList<NotificationLogRecord> records = trip(u"+33612345678"_s);
        FleetState reference;
        for (const NotificationLogRecord &r : records)
            reference.apply(r);
        QRandomGenerator random(7);
        for (int round = 0; round < 50; ++round) {
            QList<NotificationLogRecord> shuffled = records + records.mid(2, 3); // duplicates too
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            FleetState fleet;
            for (const NotificationLogRecord &r : shuffled)
                fleet.apply(r);
            const DeviceFleetEntry &e = fleet.at(0);
            QCOMPARE(e.roaming, reference.at(0).roaming);
            QCOMPARE(e.countryCode, reference.at(0).countryCode);
            QCOMPARE(e.since, reference.at(0).since);
            QCOMPARE(e.lastStatusTime, reference.at(0).lastStatusTime);
            QCOMPARE(fleet.counts(), reference.counts());
        }
    }

    void sameEventTwiceChangesNothing()
    {
        FleetState fleet;
        const NotificationLogRecord r = status(u"+33612345678"_s, 3, true, 262);
        QVERIFY(!fleet.apply(r).isNull());
        QVERIFY(fleet.apply(r).isNull());
    }

    void olderStatusNeverOverridesNewer()
    {
        FleetState fleet;
        fleet.apply(status(u"+1"_s, 10, true, 262));
        fleet.apply(status(u"+1"_s, 5, false, 310));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(true));
        QCOMPARE(fleet.at(0).countryCode, std::optional<int>(262));
        QCOMPARE(fleet.at(0).since, at(10));
    }

    void lateSameStatusMovesSinceOnlyAfterTheLastDifferingOne()
    {
        FleetState fleet;
        fleet.apply(status(u"+1"_s, 0, false, 262));
        fleet.apply(status(u"+1"_s, 10, true, 208));
        fleet.apply(status(u"+1"_s, 20, true, 208));
        fleet.apply(status(u"+1"_s, 15, true, 208)); // inside: since stays 10
        QCOMPARE(fleet.at(0).since, at(10));
        fleet.apply(status(u"+1"_s, 5, true, 208)); // after the home status at 0: since moves to 5
        QCOMPARE(fleet.at(0).since, at(5));
        fleet.apply(status(u"+1"_s, -5, true, 208)); // before it: no effect
        QCOMPARE(fleet.at(0).since, at(5));
        fleet.apply(status(u"+1"_s, 12, false, 262)); // a late differing status inside the stretch
        QCOMPARE(fleet.at(0).since, at(15));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(true));
    }

    void roamingOnWithoutCountry()
    {
        FleetState fleet;
        fleet.apply(record(u"+1"_s, EventType::RoamingOn, 0));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(true));
        QCOMPARE(fleet.at(0).countryCode, std::nullopt);
        QVERIFY(fleet.at(0).countryNames.isEmpty());
        // A status in the same stretch tells the country, and the stretch began with roaming-on.
        fleet.apply(status(u"+1"_s, 3, true, 262));
        QCOMPARE(fleet.at(0).countryCode, std::optional<int>(262));
        QCOMPARE(fleet.at(0).since, at(0));
        // Another roaming-on inside the stretch keeps the country.
        fleet.apply(record(u"+1"_s, EventType::RoamingOn, 6));
        QCOMPARE(fleet.at(0).countryCode, std::optional<int>(262));
    }

    void roamingOffTakesTheHomeCountry()
    {
        FleetState fleet;
        fleet.apply(record(u"+1"_s, EventType::RoamingOff, 0));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(false));
        QCOMPARE(fleet.at(0).countryCode, std::nullopt);
        FleetState known;
        known.apply(status(u"+1"_s, 0, false, 262));
        known.apply(record(u"+1"_s, EventType::RoamingOn, 5));
        known.apply(record(u"+1"_s, EventType::RoamingOff, 9));
        QCOMPARE(known.at(0).roaming, std::optional<bool>(false));
        QCOMPARE(known.at(0).countryCode, std::optional<int>(262));
        QCOMPARE(known.at(0).since, at(9));
        // Newest first, as a store is read: the same.
        FleetState reversed;
        reversed.apply(record(u"+1"_s, EventType::RoamingOff, 9));
        reversed.apply(record(u"+1"_s, EventType::RoamingOn, 5));
        reversed.apply(status(u"+1"_s, 0, false, 262));
        QCOMPARE(reversed.at(0).countryCode, std::optional<int>(262));
        QCOMPARE(reversed.at(0).since, at(9));
    }

    void multiTerritoryAndNonGeographicAndUnknownMcc()
    {
        FleetState fleet;
        fleet.apply(status(u"+1"_s, 0, true, 340));
        fleet.apply(status(u"+2"_s, 0, true, 901));
        fleet.apply(status(u"+3"_s, 0, true, 999));
        QCOMPARE(fleet.at(0).countryNames, CountryTable::instance().isoCodes(340));
        QCOMPARE(fleet.at(0).countryNames.size(), 5);
        QCOMPARE(fleet.at(1).countryCode, std::optional<int>(901));
        QVERIFY(fleet.at(1).countryNames.isEmpty());
        QCOMPARE(fleet.at(2).countryCode, std::optional<int>(999));
        QVERIFY(fleet.at(2).countryNames.isEmpty());
        for (const QString &iso : fleet.at(0).countryNames)
            QCOMPARE(fleet.countryCounts().value(iso).roaming, 1);
        QCOMPARE(fleet.countryCounts().size(), 5);
        QCOMPARE(fleet.counts().roaming, 3);
    }

    void subscriptionEnds()
    {
        FleetState fleet;
        fleet.apply(status(u"+1"_s, 0, true, 262));
        NotificationLogRecord end = record(u"+1"_s, EventType::SubscriptionEnds, 5);
        end.terminationReason = u"SUBSCRIPTION_EXPIRED"_s;
        fleet.apply(end);
        QVERIFY(fleet.at(0).subscriptionEnded);
        QCOMPARE(fleet.at(0).endReason, u"SUBSCRIPTION_EXPIRED"_s);
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(true)); // the last known state stays
        QCOMPARE(fleet.at(0).lastEventType, std::optional<EventType>(EventType::SubscriptionEnds));
        fleet.apply(status(u"+1"_s, 8, true, 262));
        QVERIFY(!fleet.at(0).subscriptionEnded);
        // A device known only from a subscription-ends is there, state unknown.
        fleet.apply(record(u"+2"_s, EventType::SubscriptionEnds, 1));
        QCOMPARE(fleet.at(1).roaming, std::nullopt);
        QCOMPARE(fleet.counts().unknown, 1);
    }

    void lookups()
    {
        FleetState fleet;
        Device device;
        device.phoneNumber = u"+4915112345678"_s;
        RoamingStatus answer;
        answer.roaming = true;
        answer.countryCode = 208;
        answer.lastStatusTime = at(10);
        const FleetChange change = fleet.applyLookup(device, answer, at(11));
        QVERIFY(change.inserted);
        QCOMPARE(fleet.at(0).key, device.displayLabel());
        QCOMPARE(fleet.at(0).countryNames, QStringList{u"FR"_s});
        QCOMPARE(fleet.at(0).since, at(10));
        QCOMPARE(fleet.at(0).lastEventType, std::nullopt);
        // An event after it moves on; an older one does not override.
        fleet.apply(status(device.phoneNumber, 20, false, 262));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(false));
        RoamingStatus old = answer;
        old.lastStatusTime = at(15);
        fleet.applyLookup(device, old, at(30));
        QCOMPARE(fleet.at(0).roaming, std::optional<bool>(false));
    }

    void countsFollowChanges()
    {
        FleetState fleet;
        fleet.apply(status(u"+1"_s, 0, true, 262));
        fleet.apply(status(u"+2"_s, 0, false, 262));
        fleet.apply(record(u"+3"_s, EventType::SubscriptionEnds, 0));
        QCOMPARE(fleet.counts(), (FleetCounts{1, 1, 1}));
        QCOMPARE(fleet.countryCounts().value(u"DE"_s), (CountryCounts{1, 1}));
        fleet.apply(status(u"+1"_s, 5, false, 208));
        QCOMPARE(fleet.counts(), (FleetCounts{0, 2, 1}));
        QCOMPARE(fleet.countryCounts().value(u"DE"_s), (CountryCounts{0, 1}));
        QCOMPARE(fleet.countryCounts().value(u"FR"_s), (CountryCounts{0, 1}));
    }

    void devicesFromLabels()
    {
        QCOMPARE(FleetState::deviceFromLabel(u"+331"_s).phoneNumber, u"+331"_s);
        QCOMPARE(FleetState::deviceFromLabel(u"a@b.c"_s).networkAccessIdentifier, u"a@b.c"_s);
        QCOMPARE(FleetState::deviceFromLabel(u"2001:db8::1"_s).ipv6Address, u"2001:db8::1"_s);
        const Device port = FleetState::deviceFromLabel(u"84.125.93.10:1234"_s);
        QVERIFY(port.ipv4Address);
        QCOMPARE(port.ipv4Address->publicPort, std::optional<int>(1234));
        const Device priv = FleetState::deviceFromLabel(u"84.125.93.10 (10.0.0.1)"_s);
        QCOMPARE(priv.ipv4Address->privateAddress, u"10.0.0.1"_s);
        QCOMPARE(priv.displayLabel(), u"84.125.93.10 (10.0.0.1)"_s);
    }
};

QTEST_GUILESS_MAIN(TestFleetState)
#include "tst_fleetstate.moc"
