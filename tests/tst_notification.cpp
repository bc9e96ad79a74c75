#include "models/jsonread.h"
#include "models/notification.h"
#include "modeltestutil.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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

private Q_SLOTS:
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
            NotificationParser::parse(testsupport::readData(u"models/notifications/roaming-status.json"_s));
        QVERIFY(r.ok());
        const Notification &n = *r.notification;
        QCOMPARE(n.id, QStringLiteral("evt-0001"));
        QCOMPARE(n.roaming, std::optional<bool>(true));
        QCOMPARE(n.countryCode, std::optional<int>(262));
        QCOMPARE(n.countryName, std::optional<QStringList>(QStringList{u"DE"_s}));
        QCOMPARE(n.time, QDateTime(QDate(2025, 3, 1), QTime(8, 15, 30, 125), QTimeZone::utc()));
        QVERIFY(n.device);
        QCOMPARE(n.device->ipv4Address->publicPort, std::optional<int>(40123));

        r = NotificationParser::parse(testsupport::readData(u"models/notifications/subscription-ends.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.notification->terminationReason, QStringLiteral("MAX_EVENTS_REACHED"));
        QCOMPARE(r.notification->terminationDescription, QStringLiteral("Five events were sent."));
        QVERIFY(!r.notification->countryCode);

        r = NotificationParser::parse(testsupport::readData(u"models/notifications/subscription-started.json"_s));
        QCOMPARE(r.notification->initiationReason, QStringLiteral("SUBSCRIPTION_CREATED"));
        r = NotificationParser::parse(testsupport::readData(u"models/notifications/subscription-updated.json"_s));
        QCOMPARE(r.notification->updateReason, QStringLiteral("SUBSCRIPTION_INACTIVE"));
        r = NotificationParser::parse(testsupport::readData(u"models/notifications/subscription-ended.json"_s));
        QCOMPARE(r.notification->terminationReason, QStringLiteral("SUBSCRIPTION_DELETED"));

        r = NotificationParser::parse(testsupport::readData(u"models/notifications/roaming-status-off.json"_s));
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
        n.countryName = QStringList{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s};
        const QJsonObject json = n.toJson();
        QCOMPARE(json.value(u"type"_s).toString(), wire("roaming-change-country"));
        QCOMPARE(json.value(u"specversion"_s).toString(), QStringLiteral("1.0"));
        QCOMPARE(json.value(u"datacontenttype"_s).toString(), QStringLiteral("application/json"));
        QCOMPARE(json.value(u"time"_s).toString(), QStringLiteral("2025-03-03T12:00:00.000Z"));
        const QJsonObject data = json.value(u"data"_s).toObject();
        QCOMPARE(data.keys(), (QStringList{u"countryCode"_s, u"countryName"_s, u"device"_s, u"subscriptionId"_s}));
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
        QTest::newRow("id missing") << status << QByteArray(R"({"id":null})") << QStringList{u"id"_s};
        QTest::newRow("id empty") << status << QByteArray(R"({"id":""})") << QStringList{u"id"_s};
        QTest::newRow("id a number") << status << QByteArray(R"({"id":123654})") << QStringList{u"id"_s};
        QTest::newRow("source missing") << status << QByteArray(R"({"source":null})") << QStringList{u"source"_s};
        QTest::newRow("source empty") << status << QByteArray(R"({"source":""})") << QStringList{u"source"_s};
        QTest::newRow("specversion missing")
            << status << QByteArray(R"({"specversion":null})") << QStringList{u"specversion"_s};
        QTest::newRow("specversion 0.3") << status << QByteArray(R"({"specversion":"0.3"})")
                                         << QStringList{u"specversion"_s};
        QTest::newRow("specversion number")
            << status << QByteArray(R"({"specversion":1.0})") << QStringList{u"specversion"_s};
        QTest::newRow("type missing") << status << QByteArray(R"({"type":null})") << QStringList{u"type"_s};
        QTest::newRow("type unknown") << status << typePatch(wire("roaming-maybe")) << QStringList{u"type"_s};
        QTest::newRow("type short name") << status << QByteArray(R"({"type":"roaming-status"})")
                                         << QStringList{u"type"_s};
        QTest::newRow("time missing") << status << QByteArray(R"({"time":null})") << QStringList{u"time"_s};
        QTest::newRow("time without offset")
            << status << QByteArray(R"({"time":"2025-03-01T08:15:30"})") << QStringList{u"time"_s};
        QTest::newRow("datacontenttype text")
            << status << QByteArray(R"({"datacontenttype":"text/plain"})") << QStringList{u"datacontenttype"_s};
        QTest::newRow("data missing") << status << QByteArray(R"({"data":null})") << QStringList{u"data"_s};
        QTest::newRow("data an array") << status << QByteArray(R"({"data":[]})") << QStringList{u"data"_s};
        QTest::newRow("subscriptionId missing")
            << status << QByteArray(R"({"data":{"subscriptionId":null}})") << QStringList{u"data.subscriptionId"_s};
        QTest::newRow("status: roaming missing")
            << status << QByteArray(R"({"data":{"roaming":null}})") << QStringList{u"data.roaming"_s};
        QTest::newRow("status: roaming a string")
            << status << QByteArray(R"({"data":{"roaming":"true"}})") << QStringList{u"data.roaming"_s};
        QTest::newRow("status: countryCode a string")
            << status << QByteArray(R"({"data":{"countryCode":"262"}})") << QStringList{u"data.countryCode"_s};
        QTest::newRow("status: countryName not strings")
            << status << QByteArray(R"({"data":{"countryName":[262]}})") << QStringList{u"data.countryName[0]"_s};
        QTest::newRow("device: invalid phone") << status << QByteArray(R"({"data":{"device":{"phoneNumber":"0401"}}})")
                                               << QStringList{u"data.device.phoneNumber"_s};
        QTest::newRow("device: wrong member type") << status << QByteArray(R"({"data":{"device":{"ipv6Address":6}}})")
                                                   << QStringList{u"data.device.ipv6Address"_s};
        QTest::newRow("device: ipv4 anyOf")
            << status << QByteArray(R"({"data":{"device":{"ipv4Address":{"privateAddress":null,"publicPort":null}}}})")
            << QStringList{u"data.device.ipv4Address"_s};

        const QString change = QStringLiteral("roaming-change-country.json");
        QTest::newRow("change-country: countryCode missing")
            << change << QByteArray(R"({"data":{"countryCode":null}})") << QStringList{u"data.countryCode"_s};
        QTest::newRow("change-country: countryName missing")
            << change << QByteArray(R"({"data":{"countryName":null}})") << QStringList{u"data.countryName"_s};
        QTest::newRow("roaming-on: subscriptionId missing")
            << QStringLiteral("roaming-on.json") << QByteArray(R"({"data":{"subscriptionId":null}})")
            << QStringList{u"data.subscriptionId"_s};

        const QString ends = QStringLiteral("subscription-ends.json");
        QTest::newRow("ends: terminationReason missing")
            << ends << QByteArray(R"({"data":{"terminationReason":null}})") << QStringList{u"data.terminationReason"_s};
        QTest::newRow("ends: terminationReason unknown")
            << ends << QByteArray(R"({"data":{"terminationReason":"BORED"}})")
            << QStringList{u"data.terminationReason"_s};
        QTest::newRow("ends: description a number") << ends << QByteArray(R"({"data":{"terminationDescription":5}})")
                                                    << QStringList{u"data.terminationDescription"_s};
        QTest::newRow("ended: terminationReason missing")
            << QStringLiteral("subscription-ended.json") << QByteArray(R"({"data":{"terminationReason":null}})")
            << QStringList{u"data.terminationReason"_s};
        QTest::newRow("started: initiationReason missing")
            << QStringLiteral("subscription-started.json") << QByteArray(R"({"data":{"initiationReason":null}})")
            << QStringList{u"data.initiationReason"_s};
        QTest::newRow("started: initiationReason unknown")
            << QStringLiteral("subscription-started.json") << QByteArray(R"({"data":{"initiationReason":"BOOT"}})")
            << QStringList{u"data.initiationReason"_s};
        QTest::newRow("updated: updateReason missing")
            << QStringLiteral("subscription-updated.json") << QByteArray(R"({"data":{"updateReason":null}})")
            << QStringList{u"data.updateReason"_s};
        QTest::newRow("updated: updateReason unknown")
            << QStringLiteral("subscription-updated.json")
            << QByteArray(R"({"data":{"updateReason":"SUBSCRIPTION_ENDED"}})") << QStringList{u"data.updateReason"_s};
        QTest::newRow("type changed: ends data as roaming-status")
            << ends << typePatch(wire("roaming-status")) << QStringList{u"data.roaming"_s};
        QTest::newRow("several at once") << status << QByteArray(R"({"id":null,"time":"x","data":{"roaming":1}})")
                                         << QStringList{u"id"_s, u"time"_s, u"data.roaming"_s};
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
        const QJsonObject input = modeltest::readJsonObject(u"models/notifications/subscription-ends.json"_s);
        QVERIFY(!input.value(u"data"_s).toObject().contains(QStringLiteral("countryCode")));
        QVERIFY(NotificationParser::fromJson(input).ok());
        const QJsonObject ended = modeltest::readJsonObject(u"models/notifications/subscription-ended.json"_s);
        QVERIFY(NotificationParser::fromJson(ended).ok());
    }

    void terminationReasons()
    {
        QCOMPARE(NotificationParser::terminationReasons(),
            (QStringList{u"MAX_EVENTS_REACHED"_s, u"NETWORK_TERMINATED"_s, u"SUBSCRIPTION_EXPIRED"_s,
                u"ACCESS_TOKEN_EXPIRED"_s, u"SUBSCRIPTION_DELETED"_s}));
        QJsonObject input = modeltest::readJsonObject(u"models/notifications/subscription-ends.json"_s);
        for (const QString &reason : NotificationParser::terminationReasons()) {
            input =
                modeltest::mergePatch(input, QJsonObject{{u"data"_s, QJsonObject{{u"terminationReason"_s, reason}}}});
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
        const QByteArray body = testsupport::readData(u"models/notifications/missing-comma.json"_s);
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
