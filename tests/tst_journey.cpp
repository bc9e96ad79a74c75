#include "fleettestutil.h"
#include "models/fleetstate.h"
#include "models/journey.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

class TestJourney : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 minute) { return QDateTime::fromMSecsSinceEpoch(T0 + minute * 60000, QTimeZone::utc()); }

    static QList<NotificationLogRecord> trip()
    {
        const QString d = u"+33612345678"_s;
        return {
            status(d, 0, false, 262),
            status(d, 5, false, 262),
            record(d, EventType::RoamingOn, 10),
            status(d, 11, true, 208), // tells where the roaming-on was
            record(d, EventType::RoamingChangeCountry, 30, 340),
            record(d, EventType::SubscriptionEnds, 35),
            record(d, EventType::RoamingOff, 60),
        };
    }

private Q_SLOTS:
    void segments()
    {
        QList<NotificationLogRecord> records = trip();
        std::reverse(records.begin(), records.end()); // any order
        records << records.first(); // a duplicate
        const QList<JourneySegment> segments = journey::build(records, at(90));
        QCOMPARE(segments.size(), 4);
        QCOMPARE(segments[0].countryCode, std::optional<int>(262));
        QVERIFY(!segments[0].roaming);
        QCOMPARE(segments[0].start, at(0));
        QCOMPARE(segments[0].end, at(10));
        QCOMPARE(segments[0].seconds, 600);
        QCOMPARE(segments[1].countryNames, QStringList{u"FR"_s});
        QCOMPARE(segments[1].start, at(10));
        QCOMPARE(segments[1].end, at(30));
        QCOMPARE(segments[2].countryNames.size(), 5); // 340: every territory
        QCOMPARE(segments[2].end, at(60)); // subscription-ends does not end it
        QCOMPARE(segments[3].countryCode, std::optional<int>(262)); // roaming-off: the home country
        QVERIFY(segments[3].isOpen());
        QCOMPARE(segments[3].seconds, 30 * 60);
    }

    void dwell()
    {
        const QList<JourneySegment> segments = journey::build(trip(), at(90));
        const QList<CountryDwell> dwell = journey::dwell(segments, at(5), at(70));
        QCOMPARE(dwell.size(), 3);
        QCOMPARE(dwell[0].countryCode, std::optional<int>(340));
        QCOMPARE(dwell[0].seconds, 30 * 60);
        QCOMPARE(dwell[1].countryCode, std::optional<int>(208));
        QCOMPARE(dwell[1].seconds, 20 * 60);
        QCOMPARE(dwell[2].countryCode, std::optional<int>(262));
        QCOMPARE(dwell[2].seconds, 15 * 60); // 5..10 and 60..70
    }

    void csv()
    {
        const QList<JourneySegment> segments = journey::build(trip(), at(90));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(journey::writeCsv(segments, &buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("countryCode,countryName,roaming,start,end,seconds"));
        QCOMPARE(
            lines.at(1).trimmed(), QByteArray("262,DE,false,2023-11-14T22:13:20.000Z,2023-11-14T22:23:20.000Z,600"));
        QCOMPARE(lines.at(3).trimmed(),
            QByteArray("340,BL GF GP MF MQ,true,2023-11-14T22:43:20.000Z,2023-11-14T23:13:20.000Z,1800"));
        QVERIFY(lines.at(4).contains(",,1800"));
    }

    void agreesWithTheFleetStateInAnyOrder()
    {
        // The fleet's current state is the journey's open segment, whatever order the events came in.
        QRandomGenerator random(42);
        const EventType types[] = {
            EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
        const int countries[] = {262, 208, 340};
        for (int round = 0; round < 2000; ++round) {
            QList<NotificationLogRecord> records;
            const int count = 1 + random.bounded(12);
            for (int i = 0; i < count; ++i) {
                const EventType type = types[random.bounded(4)];
                const int country = countries[random.bounded(3)];
                if (type == EventType::RoamingStatus)
                    records << status(u"+1"_s, i * 3, random.bounded(2) == 1, country);
                else
                    records << record(u"+1"_s, type, i * 3,
                        type == EventType::RoamingChangeCountry ? std::optional<int>(country) : std::nullopt);
            }
            const QList<JourneySegment> segments = journey::build(records, at(100));
            std::shuffle(records.begin(), records.end(), random);
            FleetState fleet;
            for (const NotificationLogRecord &r : std::as_const(records))
                fleet.apply(r);
            const DeviceFleetEntry &entry = fleet.at(0);
            QCOMPARE(entry.roaming, std::optional<bool>(segments.last().roaming));
            QCOMPARE(entry.countryCode, segments.last().countryCode);
            QCOMPARE(entry.since, segments.last().start);
            FleetState batched; // a store page at once
            batched.applyAll(records);
            QCOMPARE(batched.at(0).countryCode, entry.countryCode);
            QCOMPARE(batched.at(0).since, entry.since);
            QCOMPARE(batched.counts(), fleet.counts());
        }
    }

    void empty()
    {
        QVERIFY(journey::build({}, at(0)).isEmpty());
        QVERIFY(journey::dwell({}, at(0), at(1)).isEmpty());
    }

    void timeAtHomeWithoutACountryIsItsOwnEntry()
    {
        // At home the events say no country; a roaming-on alone does not say where either: two entries.
        const QString d = u"+99999991001"_s;
        const QList<JourneySegment> segments =
            journey::build({status(d, 0, false, std::nullopt), record(d, EventType::RoamingOn, 20),
                               record(d, EventType::RoamingOff, 30)},
                at(60));
        const QList<CountryDwell> dwell = journey::dwell(segments, at(0), at(60));
        QCOMPARE(dwell.size(), 2);
        QVERIFY(dwell[0].atHome);
        QCOMPARE(dwell[0].seconds, 50 * 60); // 0..20 and 30..60
        QVERIFY(!dwell[1].atHome);
        QCOMPARE(dwell[1].countryCode, std::nullopt);
        QCOMPARE(dwell[1].seconds, 10 * 60);
    }
};

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
