#include "models/roamingstatus.h"
#include "modeltestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace roamdesk;

/// RoamingStatus: the 200 body of POST …/device-roaming-status/v1/retrieve.
class TestRoamingStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("roaming");
        QTest::addColumn<int>("countryCode"); // -1: absent
        QTest::addColumn<QStringList>("countryName"); // compared only when hasCountryName
        QTest::addColumn<bool>("hasCountryName");
        QTest::addColumn<bool>("hasTime");

        QTest::newRow("roaming in DE") << u"status/roaming-de.json"_s << true << 262 << QStringList{u"DE"_s} << true
                                       << true;
        QTest::newRow("901: countryName []")
            << "status/roaming-901.json" << true << 901 << QStringList{} << true << true;
        QTest::newRow("340: five codes") << u"status/roaming-340.json"_s << true << 340
                                         << QStringList{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s} << true << true;
        QTest::newRow("not roaming, freshness unknown")
            << "status/not-roaming.json" << false << -1 << QStringList{} << false << false;
        QTest::newRow("v1.1 device echo")
            << u"status/with-device.json"_s << true << 244 << QStringList{u"FI"_s} << true << true;
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
            RoamingStatus::fromJson(modeltest::readJsonObject(u"models/status/roaming-901.json"_s), &errors);
        QVERIFY(empty && empty->countryName && empty->countryName->isEmpty());
        QVERIFY(empty->toJson().value(QStringLiteral("countryName")).isArray());
        const auto absent =
            RoamingStatus::fromJson(modeltest::readJsonObject(u"models/status/not-roaming.json"_s), &errors);
        QVERIFY(absent && !absent->countryName);
        QVERIFY(!absent->toJson().contains(QStringLiteral("countryName")));
    }

    void nullsAreAbsent()
    {
        FieldErrors errors;
        const auto status = RoamingStatus::fromJson(modeltest::readJsonObject(u"models/status/nulls.json"_s), &errors);
        QVERIFY2(status, qPrintable(formatFieldErrors(errors)));
        QVERIFY(!status->countryCode && !status->countryName && !status->lastStatusTime && !status->device);
        QCOMPARE(status->toJson(), QJsonObject({{u"roaming"_s, false}}));
    }

    void lastStatusTimeKeepsInstant()
    {
        FieldErrors errors;
        const auto status = RoamingStatus::fromJson(
            QJsonObject{{u"roaming"_s, true}, {u"lastStatusTime"_s, u"2023-07-03T14:27:08.312+02:00"_s}}, &errors);
        QVERIFY(status && status->lastStatusTime);
        QCOMPARE(*status->lastStatusTime, QDateTime(QDate(2023, 7, 3), QTime(12, 27, 8, 312), QTimeZone::utc()));
        QCOMPARE(status->toJson().value(u"lastStatusTime"_s).toString(), QStringLiteral("2023-07-03T12:27:08.312Z"));
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorPaths");
        QTest::newRow("roaming missing") << QByteArray(R"({"countryCode":262})") << QStringList{u"roaming"_s};
        QTest::newRow("roaming null") << QByteArray(R"({"roaming":null})") << QStringList{u"roaming"_s};
        QTest::newRow("roaming as string") << QByteArray(R"({"roaming":"true"})") << QStringList{u"roaming"_s};
        QTest::newRow("countryCode as string")
            << QByteArray(R"({"roaming":true,"countryCode":"262"})") << QStringList{u"countryCode"_s};
        QTest::newRow("countryCode fractional")
            << QByteArray(R"({"roaming":true,"countryCode":262.5})") << QStringList{u"countryCode"_s};
        QTest::newRow("countryName string")
            << QByteArray(R"({"roaming":true,"countryName":"DE"})") << QStringList{u"countryName"_s};
        QTest::newRow("countryName numbers")
            << QByteArray(R"({"roaming":true,"countryName":[262]})") << QStringList{u"countryName[0]"_s};
        QTest::newRow("time without offset") << QByteArray(R"({"roaming":true,"lastStatusTime":"2024-02-20T10:41:38"})")
                                             << QStringList{u"lastStatusTime"_s};
        QTest::newRow("time as number") << QByteArray(R"({"roaming":true,"lastStatusTime":1708425698})")
                                        << QStringList{u"lastStatusTime"_s};
        QTest::newRow("device not object")
            << QByteArray(R"({"roaming":true,"device":"+123456789"})") << QStringList{u"device"_s};
        QTest::newRow("device member type")
            << QByteArray(R"({"roaming":true,"device":{"phoneNumber":1}})") << QStringList{u"device.phoneNumber"_s};
        QTest::newRow("two at once") << QByteArray(R"({"countryCode":"x"})")
                                     << QStringList{u"roaming"_s, u"countryCode"_s};
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
        const auto status = RoamingStatus::fromJson(QJsonObject{{u"roaming"_s, false}, {u"vendorExtra"_s, 1}}, &errors);
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
