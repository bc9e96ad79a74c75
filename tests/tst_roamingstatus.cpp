#include "modeltestutil.h"
#include "roamingstatus.h"

#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

/// RoamingStatus: the 200 body of POST …/device-roaming-status/v1/retrieve.
class TestRoamingStatus : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("roaming");
        QTest::addColumn<int>("countryCode"); // -1: absent
        QTest::addColumn<QStringList>("countryName"); // compared only when hasCountryName
        QTest::addColumn<bool>("hasCountryName");
        QTest::addColumn<bool>("hasTime");

        QTest::newRow("roaming in DE") << "status/roaming-de.json" << true << 262 << QStringList{"DE"} << true << true;
        QTest::newRow("901: countryName []")
            << "status/roaming-901.json" << true << 901 << QStringList{} << true << true;
        QTest::newRow("340: five codes") << "status/roaming-340.json" << true << 340
                                         << QStringList{"BL", "GF", "GP", "MF", "MQ"} << true << true;
        QTest::newRow("not roaming, freshness unknown")
            << "status/not-roaming.json" << false << -1 << QStringList{} << false << false;
        QTest::newRow("v1.1 device echo")
            << "status/with-device.json" << true << 244 << QStringList{"FI"} << true << true;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, roaming);
        QFETCH(int, countryCode);
        QFETCH(QStringList, countryName);
        QFETCH(bool, hasCountryName);
        QFETCH(bool, hasTime);

        const QJsonObject input = modeltest::readJsonObject(QStringLiteral("models/") + file);
        FieldErrors errors;
        const std::optional<RoamingStatus> status = RoamingStatus::fromJson(input, &errors);
        QVERIFY2(status, qPrintable(formatFieldErrors(errors)));
        QVERIFY(errors.isEmpty());
        QCOMPARE(status->roaming, roaming);
        QCOMPARE(status->countryCode.value_or(-1), countryCode);
        QCOMPARE(status->countryName.has_value(), hasCountryName);
        if (hasCountryName)
            QCOMPARE(*status->countryName, countryName);
        QCOMPARE(status->lastStatusTime.has_value(), hasTime);
        // Round trip: fromJson -> toJson gives the input back.
        QCOMPARE(status->toJson(), input);
        QCOMPARE(RoamingStatus::fromJson(status->toJson(), &errors), status);
    }

    void emptyCountryNameIsNotAbsent()
    {
        FieldErrors errors;
        const auto empty =
            RoamingStatus::fromJson(modeltest::readJsonObject("models/status/roaming-901.json"), &errors);
        QVERIFY(empty && empty->countryName && empty->countryName->isEmpty());
        QVERIFY(empty->toJson().value(QStringLiteral("countryName")).isArray());
        const auto absent =
            RoamingStatus::fromJson(modeltest::readJsonObject("models/status/not-roaming.json"), &errors);
        QVERIFY(absent && !absent->countryName);
        QVERIFY(!absent->toJson().contains(QStringLiteral("countryName")));
    }

    void nullsAreAbsent()
    {
        FieldErrors errors;
        const auto status = RoamingStatus::fromJson(modeltest::readJsonObject("models/status/nulls.json"), &errors);
        QVERIFY2(status, qPrintable(formatFieldErrors(errors)));
        QVERIFY(!status->countryCode && !status->countryName && !status->lastStatusTime && !status->device);
        QCOMPARE(status->toJson(), QJsonObject({{"roaming", false}}));
    }

    void lastStatusTimeKeepsInstant()
    {
        FieldErrors errors;
        const auto status = RoamingStatus::fromJson(
            QJsonObject{{"roaming", true}, {"lastStatusTime", "2023-07-03T14:27:08.312+02:00"}}, &errors);
        QVERIFY(status && status->lastStatusTime);
        QCOMPARE(*status->lastStatusTime, QDateTime(QDate(2023, 7, 3), QTime(12, 27, 8, 312), QTimeZone::utc()));
        QCOMPARE(status->toJson().value("lastStatusTime").toString(), QStringLiteral("2023-07-03T12:27:08.312Z"));
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorPaths");
        QTest::newRow("roaming missing") << QByteArray(R"({"countryCode":262})") << QStringList{"roaming"};
        QTest::newRow("roaming null") << QByteArray(R"({"roaming":null})") << QStringList{"roaming"};
        QTest::newRow("roaming as string") << QByteArray(R"({"roaming":"true"})") << QStringList{"roaming"};
        QTest::newRow("countryCode as string")
            << QByteArray(R"({"roaming":true,"countryCode":"262"})") << QStringList{"countryCode"};
        QTest::newRow("countryCode fractional")
            << QByteArray(R"({"roaming":true,"countryCode":262.5})") << QStringList{"countryCode"};
        QTest::newRow("countryName string")
            << QByteArray(R"({"roaming":true,"countryName":"DE"})") << QStringList{"countryName"};
        QTest::newRow("countryName numbers")
            << QByteArray(R"({"roaming":true,"countryName":[262]})") << QStringList{"countryName[0]"};
        QTest::newRow("time without offset") << QByteArray(R"({"roaming":true,"lastStatusTime":"2024-02-20T10:41:38"})")
                                             << QStringList{"lastStatusTime"};
        QTest::newRow("time as number") << QByteArray(R"({"roaming":true,"lastStatusTime":1708425698})")
                                        << QStringList{"lastStatusTime"};
        QTest::newRow("device not object")
            << QByteArray(R"({"roaming":true,"device":"+123456789"})") << QStringList{"device"};
        QTest::newRow("device member type")
            << QByteArray(R"({"roaming":true,"device":{"phoneNumber":1}})") << QStringList{"device.phoneNumber"};
        QTest::newRow("two at once") << QByteArray(R"({"countryCode":"x"})") << QStringList{"roaming", "countryCode"};
    }

    void decodeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errorPaths);
        FieldErrors errors;
        QVERIFY(!RoamingStatus::fromJson(QJsonDocument::fromJson(json).object(), &errors));
        QCOMPARE(modeltest::paths(errors), errorPaths);
        for (const FieldError &error : errors)
            QVERIFY(!error.message.isEmpty());
    }

    void unknownMembersIgnored()
    {
        FieldErrors errors;
        const auto status = RoamingStatus::fromJson(QJsonObject{{"roaming", false}, {"vendorExtra", 1}}, &errors);
        QVERIFY(status);
        QVERIFY(errors.isEmpty());
    }

    /// Every RoamingStatusResponse example of the official status API files (v1.0 and v1.1), round-tripped.
    void officialExamples()
    {
        REQUIRE_SHARED_SPEC();
        int seen = 0;
        QString error;
        const QList<testsupport::yaml::Example> examples = modeltest::allSpecExamples(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const testsupport::yaml::Example &example : examples) {
            const QJsonObject input = example.value.toObject();
            if (!input.contains(QStringLiteral("roaming")) || input.contains(QStringLiteral("specversion")))
                continue;
            ++seen;
            FieldErrors errors;
            const std::optional<RoamingStatus> status = RoamingStatus::fromJson(input, &errors);
            QVERIFY2(status, qPrintable(example.where + QStringLiteral(": ") + formatFieldErrors(errors)));
            QCOMPARE(modeltest::canonicalDates(status->toJson()), modeltest::canonicalDates(input));
            if (status->countryCode == 901)
                QCOMPARE(status->countryName, std::optional<QStringList>(QStringList{}));
        }
        // v1.0: 3 examples; v1.1: 5 (adds "Not Roaming" and the device disambiguation).
        QCOMPARE(seen, 8);
    }
};

QTEST_GUILESS_MAIN(TestRoamingStatus)
#include "tst_roamingstatus.moc"
