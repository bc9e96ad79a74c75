#include "jsonread.h"
#include "modeltestutil.h"
#include "notification.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::EventType)

namespace {

QString wire(const char *shortName)
{
    return QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.") + QLatin1String(shortName);
}

/// {"type": <full wire name>} as a patch (built in code: moc 6.4 misreads "//" and quotes inside raw strings).
QByteArray typePatch(const QString &type)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), type}}).toJson(QJsonDocument::Compact);
}

} // namespace

/// NotificationParser: CloudEvents of the roaming subscriptions API, v0.7 and v0.8, with precise errors.
class TestNotification : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<EventType>("type");
        QTest::addColumn<QString>("subscriptionId");

        QTest::newRow("roaming-status, full device") << "roaming-status.json" << EventType::RoamingStatus << "sub-1";
        QTest::newRow("roaming-status off, urn source, offset time")
            << "roaming-status-off.json" << EventType::RoamingStatus << "sub-1";
        QTest::newRow("roaming-on") << "roaming-on.json" << EventType::RoamingOn << "sub-2";
        QTest::newRow("roaming-off, ipv4 port 0") << "roaming-off.json" << EventType::RoamingOff << "sub-3";
        QTest::newRow("roaming-change-country 340")
            << "roaming-change-country.json" << EventType::RoamingChangeCountry << "sub-4";
        QTest::newRow("roaming-change-country 901 []")
            << "roaming-change-country-901.json" << EventType::RoamingChangeCountry << "sub-4";
        QTest::newRow("subscription-ends without countryCode")
            << "subscription-ends.json" << EventType::SubscriptionEnds << "sub-5";
        QTest::newRow("v0.8 subscription-started")
            << "subscription-started.json" << EventType::SubscriptionStarted << "sub-6";
        QTest::newRow("v0.8 subscription-updated")
            << "subscription-updated.json" << EventType::SubscriptionUpdated << "sub-6";
        QTest::newRow("v0.8 subscription-ended")
            << "subscription-ended.json" << EventType::SubscriptionEnded << "sub-6";
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(EventType, type);
        QFETCH(QString, subscriptionId);
        const QByteArray body = testsupport::readData(QStringLiteral("models/notifications/") + file);
        const NotificationParseResult result = NotificationParser::parse(body);
        QVERIFY2(result.ok(), qPrintable(formatFieldErrors(result.errors)));
        QCOMPARE(result.notification->type, type);
        QCOMPARE(result.notification->subscriptionId, subscriptionId);
        // Round trip: the CloudEvent comes back as received (time in canonical form).
        const QJsonObject input = QJsonDocument::fromJson(body).object();
        QCOMPARE(QJsonValue(result.notification->toJson()), modeltest::canonicalDates(input));
        const NotificationParseResult again = NotificationParser::parse(result.notification->toJsonBytes());
        QVERIFY(again.ok());
        QCOMPARE(again.notification->toJson(), result.notification->toJson());
    }

    void typedView()
    {
        NotificationParseResult r =
            NotificationParser::parse(testsupport::readData("models/notifications/roaming-status.json"));
        QVERIFY(r.ok());
        const Notification &n = *r.notification;
        QCOMPARE(n.id, QStringLiteral("evt-0001"));
        QCOMPARE(n.roaming, std::optional<bool>(true));
        QCOMPARE(n.countryCode, std::optional<int>(262));
        QCOMPARE(n.countryName, std::optional<QStringList>(QStringList{"DE"}));
        QCOMPARE(n.time, QDateTime(QDate(2025, 3, 1), QTime(8, 15, 30, 125), QTimeZone::utc()));
        QVERIFY(n.device);
        QCOMPARE(n.device->ipv4Address->publicPort, std::optional<int>(40123));

        r = NotificationParser::parse(testsupport::readData("models/notifications/subscription-ends.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.notification->terminationReason, QStringLiteral("MAX_EVENTS_REACHED"));
        QCOMPARE(r.notification->terminationDescription, QStringLiteral("Five events were sent."));
        QVERIFY(!r.notification->countryCode);

        r = NotificationParser::parse(testsupport::readData("models/notifications/subscription-started.json"));
        QCOMPARE(r.notification->initiationReason, QStringLiteral("SUBSCRIPTION_CREATED"));
        r = NotificationParser::parse(testsupport::readData("models/notifications/subscription-updated.json"));
        QCOMPARE(r.notification->updateReason, QStringLiteral("SUBSCRIPTION_INACTIVE"));
        r = NotificationParser::parse(testsupport::readData("models/notifications/subscription-ended.json"));
        QCOMPARE(r.notification->terminationReason, QStringLiteral("SUBSCRIPTION_DELETED"));

        r = NotificationParser::parse(testsupport::readData("models/notifications/roaming-status-off.json"));
        QVERIFY(r.notification->datacontenttype.isEmpty()); // absent stays absent
        QCOMPARE(r.notification->time, QDateTime(QDate(2025, 3, 1), QTime(8, 15, 30), QTimeZone::utc()));
    }

    /// Built from typed members (data empty), as the simulator does.
    void buildFromTypedMembers()
    {
        Notification n;
        n.id = QStringLiteral("e1");
        n.source = QStringLiteral("https://roamdesk.test");
        n.type = EventType::RoamingChangeCountry;
        n.time = QDateTime(QDate(2025, 3, 3), QTime(12, 0), QTimeZone::utc());
        n.subscriptionId = QStringLiteral("s1");
        Device device;
        device.phoneNumber = QStringLiteral("+123456789");
        n.device = device;
        n.countryCode = 340;
        n.countryName = QStringList{"BL", "GF", "GP", "MF", "MQ"};
        const QJsonObject json = n.toJson();
        QCOMPARE(json.value("type").toString(), wire("roaming-change-country"));
        QCOMPARE(json.value("specversion").toString(), QStringLiteral("1.0"));
        QCOMPARE(json.value("datacontenttype").toString(), QStringLiteral("application/json"));
        QCOMPARE(json.value("time").toString(), QStringLiteral("2025-03-03T12:00:00.000Z"));
        const QJsonObject data = json.value("data").toObject();
        QCOMPARE(data.keys(), (QStringList{"countryCode", "countryName", "device", "subscriptionId"}));
        const NotificationParseResult parsed = NotificationParser::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(formatFieldErrors(parsed.errors)));
        QCOMPARE(parsed.notification->countryName, n.countryName);
    }

    // Every required member and type rule, as a merge patch on a valid event of the given type.
    void invalid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QStringList>("errorPaths");

        const QString status = QStringLiteral("roaming-status.json");
        QTest::newRow("id missing") << status << QByteArray(R"({"id":null})") << QStringList{"id"};
        QTest::newRow("id empty") << status << QByteArray(R"({"id":""})") << QStringList{"id"};
        QTest::newRow("id a number") << status << QByteArray(R"({"id":123654})") << QStringList{"id"};
        QTest::newRow("source missing") << status << QByteArray(R"({"source":null})") << QStringList{"source"};
        QTest::newRow("source empty") << status << QByteArray(R"({"source":""})") << QStringList{"source"};
        QTest::newRow("specversion missing")
            << status << QByteArray(R"({"specversion":null})") << QStringList{"specversion"};
        QTest::newRow("specversion 0.3") << status << QByteArray(R"({"specversion":"0.3"})")
                                         << QStringList{"specversion"};
        QTest::newRow("specversion number")
            << status << QByteArray(R"({"specversion":1.0})") << QStringList{"specversion"};
        QTest::newRow("type missing") << status << QByteArray(R"({"type":null})") << QStringList{"type"};
        QTest::newRow("type unknown") << status << typePatch(wire("roaming-maybe")) << QStringList{"type"};
        QTest::newRow("type short name") << status << QByteArray(R"({"type":"roaming-status"})") << QStringList{"type"};
        QTest::newRow("time missing") << status << QByteArray(R"({"time":null})") << QStringList{"time"};
        QTest::newRow("time without offset")
            << status << QByteArray(R"({"time":"2025-03-01T08:15:30"})") << QStringList{"time"};
        QTest::newRow("datacontenttype text")
            << status << QByteArray(R"({"datacontenttype":"text/plain"})") << QStringList{"datacontenttype"};
        QTest::newRow("data missing") << status << QByteArray(R"({"data":null})") << QStringList{"data"};
        QTest::newRow("data an array") << status << QByteArray(R"({"data":[]})") << QStringList{"data"};
        QTest::newRow("subscriptionId missing")
            << status << QByteArray(R"({"data":{"subscriptionId":null}})") << QStringList{"data.subscriptionId"};
        QTest::newRow("status: roaming missing")
            << status << QByteArray(R"({"data":{"roaming":null}})") << QStringList{"data.roaming"};
        QTest::newRow("status: roaming a string")
            << status << QByteArray(R"({"data":{"roaming":"true"}})") << QStringList{"data.roaming"};
        QTest::newRow("status: countryCode a string")
            << status << QByteArray(R"({"data":{"countryCode":"262"}})") << QStringList{"data.countryCode"};
        QTest::newRow("status: countryName not strings")
            << status << QByteArray(R"({"data":{"countryName":[262]}})") << QStringList{"data.countryName[0]"};
        QTest::newRow("device: invalid phone") << status << QByteArray(R"({"data":{"device":{"phoneNumber":"0401"}}})")
                                               << QStringList{"data.device.phoneNumber"};
        QTest::newRow("device: wrong member type") << status << QByteArray(R"({"data":{"device":{"ipv6Address":6}}})")
                                                   << QStringList{"data.device.ipv6Address"};
        QTest::newRow("device: ipv4 anyOf")
            << status << QByteArray(R"({"data":{"device":{"ipv4Address":{"privateAddress":null,"publicPort":null}}}})")
            << QStringList{"data.device.ipv4Address"};

        const QString change = QStringLiteral("roaming-change-country.json");
        QTest::newRow("change-country: countryCode missing")
            << change << QByteArray(R"({"data":{"countryCode":null}})") << QStringList{"data.countryCode"};
        QTest::newRow("change-country: countryName missing")
            << change << QByteArray(R"({"data":{"countryName":null}})") << QStringList{"data.countryName"};
        QTest::newRow("roaming-on: subscriptionId missing")
            << QStringLiteral("roaming-on.json") << QByteArray(R"({"data":{"subscriptionId":null}})")
            << QStringList{"data.subscriptionId"};

        const QString ends = QStringLiteral("subscription-ends.json");
        QTest::newRow("ends: terminationReason missing")
            << ends << QByteArray(R"({"data":{"terminationReason":null}})") << QStringList{"data.terminationReason"};
        QTest::newRow("ends: terminationReason unknown")
            << ends << QByteArray(R"({"data":{"terminationReason":"BORED"}})") << QStringList{"data.terminationReason"};
        QTest::newRow("ends: description a number") << ends << QByteArray(R"({"data":{"terminationDescription":5}})")
                                                    << QStringList{"data.terminationDescription"};
        QTest::newRow("ended: terminationReason missing")
            << QStringLiteral("subscription-ended.json") << QByteArray(R"({"data":{"terminationReason":null}})")
            << QStringList{"data.terminationReason"};
        QTest::newRow("started: initiationReason missing")
            << QStringLiteral("subscription-started.json") << QByteArray(R"({"data":{"initiationReason":null}})")
            << QStringList{"data.initiationReason"};
        QTest::newRow("started: initiationReason unknown")
            << QStringLiteral("subscription-started.json") << QByteArray(R"({"data":{"initiationReason":"BOOT"}})")
            << QStringList{"data.initiationReason"};
        QTest::newRow("updated: updateReason missing")
            << QStringLiteral("subscription-updated.json") << QByteArray(R"({"data":{"updateReason":null}})")
            << QStringList{"data.updateReason"};
        QTest::newRow("updated: updateReason unknown")
            << QStringLiteral("subscription-updated.json")
            << QByteArray(R"({"data":{"updateReason":"SUBSCRIPTION_ENDED"}})") << QStringList{"data.updateReason"};
        QTest::newRow("type changed: ends data as roaming-status")
            << ends << typePatch(wire("roaming-status")) << QStringList{"data.roaming"};
        QTest::newRow("several at once") << status << QByteArray(R"({"id":null,"time":"x","data":{"roaming":1}})")
                                         << QStringList{"id", "time", "data.roaming"};
    }

    void invalid()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, patch);
        QFETCH(QStringList, errorPaths);
        const QJsonObject valid = modeltest::readJsonObject(QStringLiteral("models/notifications/") + file);
        const QJsonObject input = modeltest::mergePatch(valid, QJsonDocument::fromJson(patch).object());
        const NotificationParseResult result = NotificationParser::fromJson(input);
        QVERIFY(!result.ok());
        QVERIFY(!result.notification);
        QCOMPARE(modeltest::paths(result.errors), errorPaths);
        for (const FieldError &error : result.errors)
            QVERIFY(!error.message.isEmpty());
        // The same through the byte-level entry point.
        QCOMPARE(modeltest::paths(NotificationParser::parse(QJsonDocument(input).toJson()).errors), errorPaths);
    }

    /// The schema lists countryCode as required on subscription-ends, its own example omits it: not enforced.
    void subscriptionEndsWithoutCountryCode()
    {
        const QJsonObject input = modeltest::readJsonObject("models/notifications/subscription-ends.json");
        QVERIFY(!input.value("data").toObject().contains(QStringLiteral("countryCode")));
        QVERIFY(NotificationParser::fromJson(input).ok());
        const QJsonObject ended = modeltest::readJsonObject("models/notifications/subscription-ended.json");
        QVERIFY(NotificationParser::fromJson(ended).ok());
    }

    void terminationReasons()
    {
        QCOMPARE(NotificationParser::terminationReasons(),
            (QStringList{"MAX_EVENTS_REACHED", "NETWORK_TERMINATED", "SUBSCRIPTION_EXPIRED", "ACCESS_TOKEN_EXPIRED",
                "SUBSCRIPTION_DELETED"}));
        QJsonObject input = modeltest::readJsonObject("models/notifications/subscription-ends.json");
        for (const QString &reason : NotificationParser::terminationReasons()) {
            input = modeltest::mergePatch(input, QJsonObject{{"data", QJsonObject{{"terminationReason", reason}}}});
            QVERIFY2(NotificationParser::fromJson(input).ok(), qPrintable(reason));
        }
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "the body is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t") << "the body is empty";
        QTest::newRow("array") << QByteArray("[]") << "the body must be a JSON object";
        QTest::newRow("truncated") << QByteArray("{\"id\": \"x\",\n  \"source\": ") << "line 2, column";
        QTest::newRow("trailing comma") << QByteArray("{\"id\": \"x\",\n}") << "line 2, column 1";
        QTest::newRow("not JSON at all") << QByteArray("id=1&type=roaming-on") << "line 1, column 1";
        QTest::newRow("multi-byte before error")
            << QByteArray("{\"s\": \"\xC3\xA4\xC3\xA4\" \"x\"}") << "line 1, column 12";
    }

    void syntaxErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const NotificationParseResult result = NotificationParser::parse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QString());
        QVERIFY2(result.errors.first().message.startsWith(error), qPrintable(result.errors.first().message));
    }

    void describeJsonSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");
        // `offset` as QJsonParseError reports it: one past the offending character.
        QTest::newRow("zero clamps to the start") << QByteArray("x") << 0 << "line 1, column 1: why";
        QTest::newRow("first character") << QByteArray("x") << 1 << "line 1, column 1: why";
        QTest::newRow("first line") << QByteArray("abcdef") << 4 << "line 1, column 4: why";
        QTest::newRow("third line") << QByteArray("a\nbc\ndef") << 8 << "line 3, column 3: why";
        QTest::newRow("first character of a line") << QByteArray("a\nb") << 3 << "line 2, column 1: why";
        QTest::newRow("at the newline itself") << QByteArray("a\nb") << 2 << "line 1, column 2: why";
        QTest::newRow("offset beyond end") << QByteArray("a\nb") << 99 << "line 2, column 2: why";
        QTest::newRow("negative offset") << QByteArray("a\nb") << -4 << "line 1, column 1: why";
        QTest::newRow("utf-8 counts characters") << QByteArray("\xC3\xA4\xC3\xA4x") << 5 << "line 1, column 3: why";
    }

    void describeJsonSyntaxError()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(QString, expected);
        QCOMPARE(roamdesk::describeJsonSyntaxError(text, offset, QStringLiteral("why")), expected);
    }

    /// Our own copy of the seed's defect: no comma after "countryCode": 901 (line 10), the next member on line 11.
    void missingCommaFixture()
    {
        const QByteArray body = testsupport::readData("models/notifications/missing-comma.json");
        const NotificationParseResult result = NotificationParser::parse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        const QString message = result.errors.first().message;
        QVERIFY2(message.startsWith(QLatin1String("line 11, column 9: ")), qPrintable(message));

        // With the comma put back, it is a valid roaming-status event.
        QByteArray fixed = body;
        fixed.replace("\"countryCode\": 901\n", "\"countryCode\": 901,\n");
        QVERIFY2(NotificationParser::parse(fixed).ok(),
            qPrintable(formatFieldErrors(NotificationParser::parse(fixed).errors)));
    }

    /// The seed's JSON samples: the first lacks a comma and must be rejected with its position; with the comma
    /// restored, and the second (subscription-ends) as is, they parse and round-trip.
    void seedSamples()
    {
        REQUIRE_SHARED_SEED();
        const QList<QByteArray> samples = modeltest::seedJsonSamples();
        QCOMPARE(samples.size(), 2);

        const NotificationParseResult broken = NotificationParser::parse(samples.at(0));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.errors.size(), 1);
        static const QRegularExpression where(QStringLiteral("^line (\\d+), column (\\d+): "));
        const QRegularExpressionMatch match = where.match(broken.errors.first().message);
        QVERIFY2(match.hasMatch(), qPrintable(broken.errors.first().message));
        // The error is at the member after the missing comma: the line holding "countryName".
        const QList<QByteArray> lines = samples.at(0).split('\n');
        const int line = match.captured(1).toInt();
        QVERIFY(line >= 1 && line <= lines.size());
        QVERIFY2(lines.at(line - 1).contains("\"countryName\""), lines.at(line - 1).constData());
        QCOMPARE(match.captured(2).toInt(), lines.at(line - 1).indexOf('"') + 1);

        QByteArray fixed = samples.at(0);
        fixed.replace("\"countryCode\": 901\n", "\"countryCode\": 901,\n");
        for (const QByteArray &sample : {fixed, samples.at(1)}) {
            const NotificationParseResult result = NotificationParser::parse(sample);
            QVERIFY2(result.ok(), qPrintable(formatFieldErrors(result.errors)));
            QCOMPARE(QJsonValue(result.notification->toJson()),
                modeltest::canonicalDates(QJsonDocument::fromJson(sample).object()));
        }
        QCOMPARE(NotificationParser::parse(fixed).notification->countryName, std::optional<QStringList>(QStringList{}));
        QCOMPARE(NotificationParser::parse(samples.at(1)).notification->type, EventType::SubscriptionEnds);
    }

    /// Every CloudEvent example of the official subscriptions files (v0.7: 5, v0.8: 7), parsed and round-tripped.
    void officialExamples()
    {
        REQUIRE_SHARED_SPEC();
        QList<EventType> seen;
        QString error;
        const QList<testsupport::yaml::Example> examples = modeltest::allSpecExamples(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const testsupport::yaml::Example &example : examples) {
            const QJsonObject input = example.value.toObject();
            if (!input.contains(QStringLiteral("specversion")))
                continue;
            const NotificationParseResult result = NotificationParser::fromJson(input);
            QVERIFY2(result.ok(), qPrintable(example.where + QStringLiteral(": ") + formatFieldErrors(result.errors)));
            QCOMPARE(QJsonValue(result.notification->toJson()), modeltest::canonicalDates(input));
            seen << result.notification->type;
        }
        QCOMPARE(seen.size(), 12);
        for (EventType type : {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff,
                 EventType::RoamingChangeCountry, EventType::SubscriptionEnds, EventType::SubscriptionStarted,
                 EventType::SubscriptionUpdated, EventType::SubscriptionEnded})
            QVERIFY2(seen.contains(type), qPrintable(eventtype::shortName(type)));
    }
};

QTEST_GUILESS_MAIN(TestNotification)
#include "tst_notification.moc"
