#include "models/eventtype.h"

#include <QTest>

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::EventType)

/// EventType: wire names, short names, and the subscribable / lifecycle split.
class TestEventType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<EventType>("type");
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<bool>("subscribable");
        QTest::addColumn<bool>("termination");

        QTest::newRow("roaming-status") << EventType::RoamingStatus << "roaming-status" << true << false;
        QTest::newRow("roaming-on") << EventType::RoamingOn << "roaming-on" << true << false;
        QTest::newRow("roaming-off") << EventType::RoamingOff << "roaming-off" << true << false;
        QTest::newRow("roaming-change-country")
            << EventType::RoamingChangeCountry << "roaming-change-country" << true << false;
        QTest::newRow("subscription-ends") << EventType::SubscriptionEnds << "subscription-ends" << false << true;
        QTest::newRow("subscription-started")
            << EventType::SubscriptionStarted << "subscription-started" << false << false;
        QTest::newRow("subscription-updated")
            << EventType::SubscriptionUpdated << "subscription-updated" << false << false;
        QTest::newRow("subscription-ended") << EventType::SubscriptionEnded << "subscription-ended" << false << true;
    }

    void names()
    {
        QFETCH(EventType, type);
        QFETCH(QString, shortName);
        QFETCH(bool, subscribable);
        QFETCH(bool, termination);

        const QString wire = QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.") + shortName;
        QCOMPARE(eventtype::shortName(type), shortName);
        QCOMPARE(eventtype::toWire(type), wire);
        QCOMPARE(eventtype::fromString(wire), std::optional<EventType>(type));
        QCOMPARE(eventtype::fromString(shortName), std::optional<EventType>(type));
        QCOMPARE(eventtype::isSubscribable(type), subscribable);
        QCOMPARE(eventtype::isLifecycle(type), !subscribable);
        QCOMPARE(eventtype::isTermination(type), termination);
        QCOMPARE(eventtype::subscribable().contains(type), subscribable);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("prefix only") << "org.camaraproject.device-roaming-status-subscriptions.v0.";
        QTest::newRow("SDK enum name") << "ROAMING_ON";
        QTest::newRow("upper case") << "ROAMING-ON";
        QTest::newRow("reachability")
            << "org.camaraproject.device-reachability-status-subscriptions.v0.reachability-data";
        QTest::newRow("other api prefix") << "org.camaraproject.other.v0.roaming-on";
        QTest::newRow("trailing space") << "roaming-on ";
        QTest::newRow("legacy v0 type") << "ROAMING_STATUS";
    }

    void rejects()
    {
        QFETCH(QString, name);
        QVERIFY(!eventtype::fromString(name).has_value());
    }

    void subscribableOrder()
    {
        const QList<EventType> expected{
            EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
        QCOMPARE(eventtype::subscribable(), expected);
    }
};

QTEST_GUILESS_MAIN(TestEventType)
#include "tst_eventtype.moc"
