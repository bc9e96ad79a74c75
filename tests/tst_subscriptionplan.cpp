// SubscriptionPlan: a plan file decodes, and every mistake is reported with the field it is in.
#include "models/subscriptionplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using roamdesk::EventType;
using roamdesk::FieldErrors;
using roamdesk::PlanSinkToken;
using roamdesk::SubscriptionPlan;

namespace {

QJsonObject validPlan()
{
    return QJsonDocument::fromJson(
        "{"
        "\"name\": \"eu-fleet\","
        "\"devices\": [{\"phoneNumber\": \"+99999991000\"}, {\"networkAccessIdentifier\": \"user@domain.example\"}],"
        "\"types\": [\"roaming-status\", \"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on\"],"
        "\"sink\": \"http://127.0.0.1:9000/notify?team=ops\","
        "\"sinkToken\": {\"env\": \"PLAN_SINK_TOKEN\", \"validForSeconds\": 7200},"
        "\"subscription\": {\"expireAfterSeconds\": 86400, \"maxEvents\": 50},"
        "\"renew\": {\"beforeExpirySeconds\": 3600, \"eventsBeforeMax\": 5, \"beforeTokenExpirySeconds\": 600}"
        "}")
        .object();
}

} // namespace

class TestSubscriptionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAValidPlan()
    {
        FieldErrors errors;
        const auto plan = SubscriptionPlan::fromJson(validPlan(), &errors);
        QVERIFY2(plan, qPrintable(roamdesk::formatFieldErrors(errors)));
        QCOMPARE(plan->name, u"eu-fleet"_s);
        QCOMPARE(plan->devices.size(), 2);
        QCOMPARE(plan->types, (QList<EventType>{EventType::RoamingStatus, EventType::RoamingOn}));
        QCOMPARE(plan->sinkToken.source, PlanSinkToken::Source::Environment);
        QCOMPARE(plan->sinkToken.variable, u"PLAN_SINK_TOKEN"_s);
        QCOMPARE(plan->sinkToken.validForSeconds, 7200);
        QCOMPARE(plan->expireAfterSeconds, 86400);
        QCOMPARE(plan->maxEvents, 50);
        QCOMPARE(plan->renew.eventsBeforeMax, 5);
        QCOMPARE(plan->planSlots().size(), 4);

        // Round trip through toJson.
        FieldErrors again;
        const auto copy = SubscriptionPlan::fromJson(plan->toJson(), &again);
        QVERIFY(copy);
        QCOMPARE(copy->planSlots().size(), 4);
        QCOMPARE(copy->sinkToken, plan->sinkToken);
        QCOMPARE(copy->renew, plan->renew);
    }

    void sinkCarriesThePlanTagAndGeneration()
    {
        FieldErrors errors;
        const auto plan = SubscriptionPlan::fromJson(validPlan(), &errors);
        QVERIFY(plan);
        const QString sink = plan->sinkFor(42);
        const QUrlQuery query{QUrl(sink)};
        QCOMPARE(query.queryItemValue(u"team"_s), u"ops"_s); // the user's own parameters stay
        QCOMPARE(plan->generationOf(sink), 42);
        QCOMPARE(plan->generationOf(u"http://127.0.0.1:9000/notify?team=ops"_s), std::nullopt);
        SubscriptionPlan other = *plan;
        other.name = u"another"_s;
        QCOMPARE(other.generationOf(sink), std::nullopt); // another plan's subscription is not ours
    }

    void reportsTheField_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("value"); // JSON; empty removes the member
        QTest::addColumn<QString>("path");

        QTest::newRow("name missing") << u"name"_s << QByteArray() << u"name"_s;
        QTest::newRow("name with a space") << u"name"_s << QByteArray("\"eu fleet\"") << u"name"_s;
        QTest::newRow("no devices") << u"devices"_s << QByteArray() << u"devices"_s;
        QTest::newRow("empty devices") << u"devices"_s << QByteArray("[]") << u"devices"_s;
        QTest::newRow("bad phone") << u"devices"_s << QByteArray("[{\"phoneNumber\": \"12\"}]")
                                   << u"devices[0].phoneNumber"_s;
        QTest::newRow("device twice")
            << u"devices"_s << QByteArray("[{\"phoneNumber\": \"+99999991000\"}, {\"phoneNumber\": \"+99999991000\"}]")
            << u"devices[1]"_s;
        QTest::newRow("unknown type") << u"types"_s << QByteArray("[\"roaming-status\", \"weather\"]") << u"types[1]"_s;
        QTest::newRow("lifecycle type") << u"types"_s << QByteArray("[\"subscription-ends\"]") << u"types[0]"_s;
        QTest::newRow("type twice") << u"types"_s << QByteArray("[\"roaming-on\", \"roaming-on\"]") << u"types[1]"_s;
        QTest::newRow("sink not http") << u"sink"_s << QByteArray("\"ftp://host/x\"") << u"sink"_s;
        QTest::newRow("sink carries the tag")
            << u"sink"_s << QByteArray("\"http://host/x?roamdeskPlan=a\"") << u"sink"_s;
        QTest::newRow("token in clear") << u"sinkToken"_s << QByteArray("{\"value\": \"abc\"}") << u"sinkToken"_s;
        QTest::newRow("token source missing")
            << u"sinkToken"_s << QByteArray("{\"validForSeconds\": 600}") << u"sinkToken"_s;
        QTest::newRow("bad variable name") << u"sinkToken"_s << QByteArray("{\"env\": \"1-X\"}") << u"sinkToken.env"_s;
        QTest::newRow("token lifetime") << u"sinkToken"_s << QByteArray("{\"generate\": true, \"validForSeconds\": 5}")
                                        << u"sinkToken.validForSeconds"_s;
        QTest::newRow("max events zero") << u"subscription"_s << QByteArray("{\"maxEvents\": 0}")
                                         << u"subscription.maxEvents"_s;
        QTest::newRow("lifetime fraction") << u"subscription"_s << QByteArray("{\"expireAfterSeconds\": 90.5}")
                                           << u"subscription.expireAfterSeconds"_s;
        QTest::newRow("renew margin too long")
            << u"renew"_s << QByteArray("{\"beforeExpirySeconds\": 86400}") << u"renew.beforeExpirySeconds"_s;
        QTest::newRow("event margin too large")
            << u"renew"_s << QByteArray("{\"eventsBeforeMax\": 50}") << u"renew.eventsBeforeMax"_s;
        QTest::newRow("token margin too long")
            << u"renew"_s << QByteArray("{\"beforeTokenExpirySeconds\": 7200}") << u"renew.beforeTokenExpirySeconds"_s;
        QTest::newRow("unknown member") << u"colour"_s << QByteArray("\"blue\"") << u"colour"_s;
    }

    void reportsTheField()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QJsonObject object = validPlan();
        if (value.isEmpty())
            object.remove(member);
        else
            object.insert(member, QJsonDocument::fromJson("[" + value + "]").array().at(0));
        FieldErrors errors;
        QVERIFY(!SubscriptionPlan::fromJson(object, &errors));
        QStringList paths;
        for (const auto &error : std::as_const(errors))
            paths << error.path;
        QVERIFY2(paths.contains(path), qPrintable(roamdesk::formatFieldErrors(errors)));
    }

    void syntaxErrorsSayWhere()
    {
        FieldErrors errors;
        QVERIFY(!SubscriptionPlan::fromJsonBytes("{\n  \"name\": \"x\",\n}", &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().message.contains(u"line 3"_s), qPrintable(errors.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionPlan)
#include "tst_subscriptionplan.moc"
