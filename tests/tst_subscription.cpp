#include "models/subscription.h"
#include "modeltestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::SubscriptionStatus)

namespace {

/// A fixture of tests/data with an RFC 7396 patch (JSON text) applied.
QJsonObject patchedFixture(const char *fixture, const QByteArray &patch)
{
    return modeltest::mergePatch(
        modeltest::readJsonObject(QString::fromUtf8(fixture)), QJsonDocument::fromJson(patch).object());
}

/// {"sink": url} (built, not written as a raw literal: moc 6.4 reads "//" inside raw strings as a comment).
QByteArray sinkPatch(const char *url)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sink"), QString::fromUtf8(url)}}).toJson(QJsonDocument::Compact);
}

const QDateTime Now(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc());
const QString Prefix = QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.");

} // namespace

/// SubscriptionRequest / Subscription / SinkCredential / SubscriptionConfig codecs and client-side validation.
class TestSubscription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestFixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("SDK request, everything set") << "models/subscriptions/request-sdk.json";
        QTest::newRow("minimal request, 3-legged") << "models/subscriptions/request-minimal.json";
    }

    void requestFixturesRoundTrip()
    {
        QFETCH(QString, file);
        const QJsonObject input = modeltest::readJsonObject(file);
        FieldErrors errors;
        const std::optional<SubscriptionRequest> request = SubscriptionRequest::fromJson(input, &errors);
        QVERIFY2(request, qPrintable(formatFieldErrors(errors)));
        QCOMPARE(request->toJson(), input);
        QCOMPARE(modeltest::paths(request->validate(Now)), QStringList{});
    }

    /// Built in code, the request has the shape the Network as Code SDK sends.
    void requestAsTheSdkSendsIt()
    {
        SubscriptionRequest request;
        request.sink = QStringLiteral("https://example.com/notify");
        request.types = QStringList{Prefix + QStringLiteral("roaming-status")};
        Device device;
        device.phoneNumber = QStringLiteral("+99999991000");
        request.config.device = device;
        const QDateTime expiry(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
        request.config.subscriptionExpireTime = expiry;
        request.config.subscriptionMaxEvents = 5;
        request.config.initialEvent = true;
        SinkCredential credential;
        credential.accessToken = QStringLiteral("some-access-token");
        credential.accessTokenExpiresUtc = expiry;
        request.sinkCredential = credential;
        QCOMPARE(request.toJson(), modeltest::readJsonObject(u"models/subscriptions/request-sdk.json"_s));

        // Unset optional members are left out, initialEvent false is still sent.
        request.sinkCredential.reset();
        request.config.subscriptionExpireTime.reset();
        request.config.subscriptionMaxEvents.reset();
        request.config.initialEvent = false;
        const QJsonObject config = request.toJson().value(u"config"_s).toObject();
        QCOMPARE(config.keys(), (QStringList{u"initialEvent"_s, u"subscriptionDetail"_s}));
        QVERIFY(!request.toJson().contains(QStringLiteral("sinkCredential")));
    }

    // Each validation rule with a passing and a failing row, as a merge patch on request-sdk.json.
    void validate_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QStringList>("errorPaths");

        QTest::newRow("valid as is") << QByteArray("{}") << QStringList{};
        QTest::newRow("protocol HTTP ok") << QByteArray(R"({"protocol":"HTTP"})") << QStringList{};
        QTest::newRow("protocol MQTT3") << QByteArray(R"({"protocol":"MQTT3"})") << QStringList{u"protocol"_s};
        QTest::newRow("protocol lower-case http") << QByteArray(R"({"protocol":"http"})") << QStringList{u"protocol"_s};
        QTest::newRow("sink http ok") << sinkPatch("http://127.0.0.1:9000/n") << QStringList{};
        QTest::newRow("sink relative") << sinkPatch("/notify") << QStringList{u"sink"_s};
        QTest::newRow("sink ftp") << sinkPatch("ftp://example.com/n") << QStringList{u"sink"_s};
        QTest::newRow("sink no host") << sinkPatch("https://") << QStringList{u"sink"_s};
        QTest::newRow("sink empty") << sinkPatch("") << QStringList{u"sink"_s};
        QTest::newRow("sink with space") << sinkPatch("https://exa mple.com/") << QStringList{u"sink"_s};
        QTest::newRow("short type name ok") << QByteArray(R"({"types":["roaming-change-country"]})") << QStringList{};
        QTest::newRow("two types") << QByteArray(R"({"types":["roaming-on","roaming-off"]})")
                                   << QStringList{u"types"_s};
        QTest::newRow("no type") << QByteArray(R"({"types":[]})") << QStringList{u"types"_s};
        QTest::newRow("unknown type") << QByteArray(R"({"types":["roaming-maybe"]})") << QStringList{u"types[0]"_s};
        QTest::newRow("lifecycle type not subscribable")
            << QByteArray(R"({"types":["org.camaraproject.device-roaming-status-subscriptions.v0.subscription-ends"]})")
            << QStringList{u"types[0]"_s};
        QTest::newRow("no device ok (3-legged)")
            << QByteArray(R"({"config":{"subscriptionDetail":{"device":null}}})") << QStringList{};
        QTest::newRow("device invalid phone")
            << QByteArray(R"({"config":{"subscriptionDetail":{"device":{"phoneNumber":"12345"}}}})")
            << QStringList{u"config.subscriptionDetail.device.phoneNumber"_s};
        QTest::newRow("device without identifier")
            << QByteArray(R"({"config":{"subscriptionDetail":{"device":{"phoneNumber":null}}}})")
            << QStringList{u"config.subscriptionDetail.device"_s};
        QTest::newRow("max events 1 ok") << QByteArray(R"({"config":{"subscriptionMaxEvents":1}})") << QStringList{};
        QTest::newRow("max events 0") << QByteArray(R"({"config":{"subscriptionMaxEvents":0}})")
                                      << QStringList{u"config.subscriptionMaxEvents"_s};
        QTest::newRow("max events negative") << QByteArray(R"({"config":{"subscriptionMaxEvents":-3}})")
                                             << QStringList{u"config.subscriptionMaxEvents"_s};
        QTest::newRow("expire just after now ok")
            << QByteArray(R"({"config":{"subscriptionExpireTime":"2025-01-01T12:00:00.001Z"}})") << QStringList{};
        QTest::newRow("expire equal to now")
            << QByteArray(R"({"config":{"subscriptionExpireTime":"2025-01-01T12:00:00Z"}})")
            << QStringList{u"config.subscriptionExpireTime"_s};
        QTest::newRow("expire in the past")
            << QByteArray(R"({"config":{"subscriptionExpireTime":"2024-07-17T13:18:23.682Z"}})")
            << QStringList{u"config.subscriptionExpireTime"_s};
        QTest::newRow("no credential ok") << QByteArray(R"({"sinkCredential":null})") << QStringList{};
        QTest::newRow("credential PLAIN") << QByteArray(R"({"sinkCredential":{"credentialType":"PLAIN"}})")
                                          << QStringList{u"sinkCredential.credentialType"_s};
        QTest::newRow("token type not bearer") << QByteArray(R"({"sinkCredential":{"accessTokenType":"mac"}})")
                                               << QStringList{u"sinkCredential.accessTokenType"_s};
        QTest::newRow("empty token") << QByteArray(R"({"sinkCredential":{"accessToken":""}})")
                                     << QStringList{u"sinkCredential.accessToken"_s};
        QTest::newRow("token with CR LF") << QByteArray(R"({"sinkCredential":{"accessToken":"abc\r\nX-Evil: 1"}})")
                                          << QStringList{u"sinkCredential.accessToken"_s};
        QTest::newRow("token with padding ok")
            << QByteArray(R"({"sinkCredential":{"accessToken":"a-b.c_d~e+f/g=="}})") << QStringList{};
        QTest::newRow("token with a space") << QByteArray(R"({"sinkCredential":{"accessToken":"two words"}})")
                                            << QStringList{u"sinkCredential.accessToken"_s};
        QTest::newRow("token longer than the cap") << (R"({"sinkCredential":{"accessToken":")"
            + QByteArray(SinkCredential::MaxAccessTokenLength + 1, 'a') + R"("}})")
                                                   << QStringList{u"sinkCredential.accessToken"_s};
        QTest::newRow("token already expired")
            << QByteArray(R"({"sinkCredential":{"accessTokenExpiresUtc":"2024-02-17T16:23:45Z"}})")
            << QStringList{u"sinkCredential.accessTokenExpiresUtc"_s};
        QTest::newRow("several at once") << QByteArray(R"({"protocol":"KAFKA","sink":"x","types":[]})")
                                         << QStringList{u"protocol"_s, u"sink"_s, u"types"_s};
    }

    void validate()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QStringList, errorPaths);
        const QJsonObject input = patchedFixture("models/subscriptions/request-sdk.json", patch);
        FieldErrors errors;
        const std::optional<SubscriptionRequest> request = SubscriptionRequest::fromJson(input, &errors);
        QVERIFY2(request, qPrintable(formatFieldErrors(errors)));
        const FieldErrors problems = request->validate(Now);
        QCOMPARE(modeltest::paths(problems), errorPaths);
        for (const FieldError &problem : problems)
            QVERIFY2(problem.message.size() > 10, qPrintable(problem.message));
    }

    /// The token goes into "Authorization: Bearer <token>": only RFC 6750 b64token characters may pass.
    void accessTokenSyntax_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("generated (base64url)") << QStringLiteral("q2Zx-7_Ab9") << true;
        QTest::newRow("JWT") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl") << true;
        QTest::newRow("base64 with padding") << QStringLiteral("YWJj+/de==") << true;
        QTest::newRow("every allowed character") << QStringLiteral("azAZ09-._~+/=") << true;
        QTest::newRow("exactly the cap") << QString(SinkCredential::MaxAccessTokenLength, QLatin1Char('x')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only padding") << QStringLiteral("==") << false;
        QTest::newRow("padding in the middle") << QStringLiteral("ab=cd") << false;
        QTest::newRow("CR LF header injection") << QStringLiteral("abc\r\nX-Evil: 1") << false;
        QTest::newRow("LF alone") << QStringLiteral("abc\ndef") << false;
        QTest::newRow("NUL") << QString::fromUtf16(u"abc\u0000def", 7) << false;
        QTest::newRow("tab") << QStringLiteral("abc\tdef") << false;
        QTest::newRow("DEL") << QStringLiteral("abc\x7f") << false;
        QTest::newRow("space") << QStringLiteral("abc def") << false;
        QTest::newRow("quote and comma") << QStringLiteral("a\",b") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("tok\u00e9n") << false;
        QTest::newRow("one over the cap")
            << QString(SinkCredential::MaxAccessTokenLength + 1, QLatin1Char('x')) << false;
    }

    void accessTokenSyntax()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QCOMPARE(SinkCredential::isValidAccessToken(token), valid);
    }

    void validateCredentialWithoutExpiry()
    {
        FieldErrors errors;
        SubscriptionRequest request = *SubscriptionRequest::fromJson(
            modeltest::readJsonObject(u"models/subscriptions/request-sdk.json"_s), &errors);
        request.sinkCredential->accessTokenExpiresUtc.reset();
        QCOMPARE(modeltest::paths(request.validate(Now)), QStringList{u"sinkCredential.accessTokenExpiresUtc"_s});
    }

    void requestDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QStringList>("errorPaths");
        QTest::newRow("sink missing") << QByteArray(R"({"sink":null})") << QStringList{u"sink"_s};
        QTest::newRow("protocol missing") << QByteArray(R"({"protocol":null})") << QStringList{u"protocol"_s};
        QTest::newRow("types a string") << QByteArray(R"({"types":"roaming-on"})") << QStringList{u"types"_s};
        QTest::newRow("types of numbers") << QByteArray(R"({"types":[1]})") << QStringList{u"types[0]"_s};
        QTest::newRow("config missing") << QByteArray(R"({"config":null})") << QStringList{u"config"_s};
        QTest::newRow("config an array") << QByteArray(R"({"config":[]})") << QStringList{u"config"_s};
        QTest::newRow("subscriptionDetail missing")
            << QByteArray(R"({"config":{"subscriptionDetail":null}})") << QStringList{u"config.subscriptionDetail"_s};
        QTest::newRow("device a string") << QByteArray(R"({"config":{"subscriptionDetail":{"device":"+358"}}})")
                                         << QStringList{u"config.subscriptionDetail.device"_s};
        QTest::newRow("max events a string") << QByteArray(R"({"config":{"subscriptionMaxEvents":"5"}})")
                                             << QStringList{u"config.subscriptionMaxEvents"_s};
        QTest::newRow("initialEvent a string")
            << QByteArray(R"({"config":{"initialEvent":"yes"}})") << QStringList{u"config.initialEvent"_s};
        QTest::newRow("expire not RFC 3339") << QByteArray(R"({"config":{"subscriptionExpireTime":"tomorrow"}})")
                                             << QStringList{u"config.subscriptionExpireTime"_s};
        QTest::newRow("credential not an object")
            << QByteArray(R"({"sinkCredential":"token"})") << QStringList{u"sinkCredential"_s};
        QTest::newRow("ACCESSTOKEN without token")
            << QByteArray(R"({"sinkCredential":{"accessToken":null}})") << QStringList{u"sinkCredential.accessToken"_s};
        QTest::newRow("credentialType missing") << QByteArray(R"({"sinkCredential":{"credentialType":null}})")
                                                << QStringList{u"sinkCredential.credentialType"_s};
    }

    void requestDecodeErrors()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QStringList, errorPaths);
        const QJsonObject input = patchedFixture("models/subscriptions/request-sdk.json", patch);
        FieldErrors errors;
        QVERIFY(!SubscriptionRequest::fromJson(input, &errors));
        QCOMPARE(modeltest::paths(errors), errorPaths);
    }

    void plainCredentialKeptForTheServer()
    {
        // A server must be able to answer INVALID_CREDENTIAL, so a PLAIN credential decodes.
        FieldErrors errors;
        const auto credential = SinkCredential::fromJson(
            QJsonObject{{u"credentialType"_s, u"PLAIN"_s}, {u"identifier"_s, u"a"_s}, {u"secret"_s, u"b"_s}}, &errors);
        QVERIFY2(credential, qPrintable(formatFieldErrors(errors)));
        QCOMPARE(credential->credentialType, QStringLiteral("PLAIN"));
        QVERIFY(credential->accessToken.isEmpty());
    }

    void subscriptionFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<SubscriptionStatus>("status");
        QTest::addColumn<bool>("hasDevice");
        QTest::newRow("active, python SDK sample")
            << "models/subscriptions/subscription-active.json"
            << "550e8400-e29b-41d4-a716-446655440000" << SubscriptionStatus::Active << true;
        QTest::newRow("TypeScript SDK nulls") << "models/subscriptions/subscription-ts-nulls.json"
                                              << "sub-ts-1" << SubscriptionStatus::ActivationRequested << true;
    }

    void subscriptionFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(SubscriptionStatus, status);
        QFETCH(bool, hasDevice);
        const QJsonObject input = modeltest::readJsonObject(file);
        FieldErrors errors;
        const std::optional<Subscription> subscription = Subscription::fromJson(input, &errors);
        QVERIFY2(subscription, qPrintable(formatFieldErrors(errors)));
        QCOMPARE(subscription->id, id);
        QCOMPARE(subscription->status, std::optional<SubscriptionStatus>(status));
        QCOMPARE(subscription->config.device.has_value(), hasDevice);
        // Round trip; nulls come back as absent members.
        QCOMPARE(QJsonValue(subscription->toJson()), modeltest::stripNulls(input));
        QCOMPARE(Subscription::fromJson(subscription->toJson(), &errors), subscription);
    }

    void tsNullsAreAbsent()
    {
        FieldErrors errors;
        const auto subscription = Subscription::fromJson(
            modeltest::readJsonObject(u"models/subscriptions/subscription-ts-nulls.json"_s), &errors);
        QVERIFY(subscription);
        QVERIFY(!subscription->config.subscriptionExpireTime);
        QVERIFY(!subscription->config.subscriptionMaxEvents);
        QVERIFY(!subscription->config.initialEvent);
        QVERIFY(!subscription->sinkCredential && !subscription->startsAt && !subscription->expiresAt);
        QCOMPARE(subscription->config.device->phoneNumber, QStringLiteral("+99999991000"));
        QVERIFY(!subscription->config.device->ipv4Address);
    }

    void list()
    {
        const QJsonArray input = modeltest::readJson(u"models/subscriptions/list.json"_s).array();
        FieldErrors errors;
        const auto list = Subscription::listFromJson(input, &errors);
        QVERIFY2(list, qPrintable(formatFieldErrors(errors)));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).status, std::optional<SubscriptionStatus>(SubscriptionStatus::Inactive));
        QCOMPARE(list->at(1).status, std::optional<SubscriptionStatus>(SubscriptionStatus::Expired));
        QCOMPARE(list->at(2).status, std::optional<SubscriptionStatus>(SubscriptionStatus::Deleted));
        QCOMPARE(list->at(1).config.subscriptionMaxEvents, std::optional<int>(1));
        QJsonArray output;
        for (const Subscription &subscription : *list)
            output.append(subscription.toJson());
        QCOMPARE(output, input);

        QVERIFY(Subscription::listFromJson(QJsonArray(), &errors)->isEmpty());
    }

    void listErrorsNameTheElement()
    {
        QJsonArray input = modeltest::readJson(u"models/subscriptions/list.json"_s).array();
        QJsonObject second = input.at(1).toObject();
        second.remove(QStringLiteral("id"));
        input.replace(1, second);
        input.append(QStringLiteral("not an object"));
        FieldErrors errors;
        QVERIFY(!Subscription::listFromJson(input, &errors));
        QCOMPARE(modeltest::paths(errors), (QStringList{u"[1].id"_s, u"[3]"_s}));
    }

    void subscriptionDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QStringList>("errorPaths");
        QTest::newRow("id missing") << QByteArray(R"({"id":null})") << QStringList{u"id"_s};
        QTest::newRow("id a number") << QByteArray(R"({"id":42})") << QStringList{u"id"_s};
        QTest::newRow("unknown status") << QByteArray(R"({"status":"RUNNING"})") << QStringList{u"status"_s};
        QTest::newRow("startsAt bad") << QByteArray(R"({"startsAt":"2024-07-03"})") << QStringList{u"startsAt"_s};
        QTest::newRow("types missing") << QByteArray(R"({"types":null})") << QStringList{u"types"_s};
    }

    void subscriptionDecodeErrors()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QStringList, errorPaths);
        const QJsonObject input = patchedFixture("models/subscriptions/subscription-active.json", patch);
        FieldErrors errors;
        QVERIFY(!Subscription::fromJson(input, &errors));
        QCOMPARE(modeltest::paths(errors), errorPaths);
    }

    void status_data()
    {
        QTest::addColumn<SubscriptionStatus>("status");
        QTest::addColumn<QString>("wire");
        QTest::newRow("ACTIVATION_REQUESTED") << SubscriptionStatus::ActivationRequested << "ACTIVATION_REQUESTED";
        QTest::newRow("ACTIVE") << SubscriptionStatus::Active << "ACTIVE";
        QTest::newRow("EXPIRED") << SubscriptionStatus::Expired << "EXPIRED";
        QTest::newRow("INACTIVE") << SubscriptionStatus::Inactive << "INACTIVE";
        QTest::newRow("DELETED") << SubscriptionStatus::Deleted << "DELETED";
    }

    void status()
    {
        QFETCH(SubscriptionStatus, status);
        QFETCH(QString, wire);
        QCOMPARE(subscriptionstatus::toWire(status), wire);
        QCOMPARE(subscriptionstatus::fromWire(wire), std::optional<SubscriptionStatus>(status));
        QVERIFY(!subscriptionstatus::fromWire(wire.toLower()));
    }

    /// The official Subscription, subscription list and CREATE_SUBSCRIPTION examples (v0.7 and v0.8).
    void officialExamples()
    {
        REQUIRE_SHARED_SPEC();
        int subscriptions = 0;
        int lists = 0;
        int requests = 0;
        QString error;
        const QList<testsupport::yaml::Example> examples = modeltest::allSpecExamples(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const testsupport::yaml::Example &example : examples) {
            const QByteArray where = example.where.toUtf8();
            FieldErrors errors;
            if (example.value.isArray()) {
                ++lists;
                const auto list = Subscription::listFromJson(example.value.toArray(), &errors);
                QVERIFY2(list, where + ": " + formatFieldErrors(errors).toUtf8());
                QJsonArray output;
                for (const Subscription &subscription : *list)
                    output.append(subscription.toJson());
                QCOMPARE(modeltest::canonicalDates(output), modeltest::canonicalDates(example.value));
                continue;
            }
            const QJsonObject input = example.value.toObject();
            if (!input.contains(QStringLiteral("sink")))
                continue;
            if (input.contains(QStringLiteral("id"))) {
                ++subscriptions;
                const auto subscription = Subscription::fromJson(input, &errors);
                QVERIFY2(subscription, where + ": " + formatFieldErrors(errors).toUtf8());
                QCOMPARE(modeltest::canonicalDates(subscription->toJson()), modeltest::canonicalDates(input));
            } else {
                ++requests;
                const auto request = SubscriptionRequest::fromJson(input, &errors);
                QVERIFY2(request, where + ": " + formatFieldErrors(errors).toUtf8());
                QCOMPARE(modeltest::canonicalDates(request->toJson()), modeltest::canonicalDates(input));
                // Valid at a time before its expiry dates.
                const QDateTime before(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
                QCOMPARE(formatFieldErrors(request->validate(before)), QString());
            }
        }
        QCOMPARE(subscriptions, 3 + 4); // v0.7: active, activation requested, deleted; v0.8 adds the disambiguation
        QCOMPARE(lists, 2); // v0.8: SUBSCRIPTION_LIST and EMPTY_SUBSCRIPTION_LIST
        QCOMPARE(requests, 2); // CREATE_SUBSCRIPTION in both
    }
};

QTEST_GUILESS_MAIN(TestSubscription)
#include "tst_subscription.moc"
