// The spec's event table (device-roaming-status-subscriptions: initialEvent clarification, the
// Germany -> France -> Belgium -> Germany walk-through) as pure rules.
#include "app/simulator/eventrules.h"

#include <QTest>

using namespace roamdesk;
using namespace roamdesk::sim;

Q_DECLARE_METATYPE(roamdesk::EventType)

class TestSimEventRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triggers_data()
    {
        QTest::addColumn<EventType>("type");
        QTest::addColumn<int>("from"); // 0 = home
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("expected");
        const struct
        {
            const char *move;
            int from;
            int to;
            bool status, on, off, change;
        } moves[] = {
            // The spec's walk-through for a German device: DE -> FR, FR -> BE, BE -> DE.
            {"home->FR", 0, 208, true, true, false, false},
            {"FR->BE", 208, 206, false, false, false, true},
            {"BE->home", 206, 0, true, false, true, false},
            {"FR->FR", 208, 208, false, false, false, false},
            {"home->home", 0, 0, false, false, false, false},
        };
        for (const auto &m : moves) {
            QTest::addRow("%s roaming-status", m.move) << EventType::RoamingStatus << m.from << m.to << m.status;
            QTest::addRow("%s roaming-on", m.move) << EventType::RoamingOn << m.from << m.to << m.on;
            QTest::addRow("%s roaming-off", m.move) << EventType::RoamingOff << m.from << m.to << m.off;
            QTest::addRow("%s roaming-change-country", m.move)
                << EventType::RoamingChangeCountry << m.from << m.to << m.change;
        }
    }
    void triggers()
    {
        QFETCH(EventType, type);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, expected);
        QCOMPARE(eventrules::triggers(type, RoamingPosition{from != 0, from}, RoamingPosition{to != 0, to}), expected);
    }

    void initialEvent_data()
    {
        QTest::addColumn<EventType>("type");
        QTest::addColumn<bool>("roaming");
        QTest::addColumn<bool>("expected");
        // The spec's table, row by row.
        QTest::newRow("roaming-status on") << EventType::RoamingStatus << true << true;
        QTest::newRow("roaming-status off") << EventType::RoamingStatus << false << true;
        QTest::newRow("roaming-on on") << EventType::RoamingOn << true << true;
        QTest::newRow("roaming-on off") << EventType::RoamingOn << false << false;
        QTest::newRow("roaming-off on") << EventType::RoamingOff << true << false;
        QTest::newRow("roaming-off off") << EventType::RoamingOff << false << true;
        QTest::newRow("change-country off") << EventType::RoamingChangeCountry << false << false;
        QTest::newRow("change-country on") << EventType::RoamingChangeCountry << true << false;
    }
    void initialEvent()
    {
        QFETCH(EventType, type);
        QFETCH(bool, roaming);
        QFETCH(bool, expected);
        QCOMPARE(eventrules::initialEventApplies(type, roaming), expected);
    }
};

QTEST_GUILESS_MAIN(TestSimEventRules)
#include "tst_simeventrules.moc"
