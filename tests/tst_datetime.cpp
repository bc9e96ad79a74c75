#include "models/datetime.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace roamdesk;

/// rfc3339::parse / format: the date-time form of every timestamp on the wire.
class TestDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedUtc"); // ISO with milliseconds, UTC

        QTest::newRow("Z with millis") << "2024-02-20T10:41:38.657Z"
                                       << "2024-02-20T10:41:38.657";
        QTest::newRow("no fraction") << "2018-04-05T17:31:00Z"
                                     << "2018-04-05T17:31:00.000";
        QTest::newRow("positive offset") << "2023-07-03T14:27:08.312+02:00"
                                         << "2023-07-03T12:27:08.312";
        QTest::newRow("negative half-hour offset") << "2023-07-03T08:57:08.312-03:30"
                                                   << "2023-07-03T12:27:08.312";
        QTest::newRow("offset crosses midnight") << "2024-01-01T01:00:00+05:00"
                                                 << "2023-12-31T20:00:00.000";
        QTest::newRow("zero offset") << "2024-02-20T10:41:38+00:00"
                                     << "2024-02-20T10:41:38.000";
        QTest::newRow("microseconds truncated") << "2026-04-17T07:31:01.416474Z"
                                                << "2026-04-17T07:31:01.416";
        QTest::newRow("one fraction digit") << "2024-02-20T10:41:38.5Z"
                                            << "2024-02-20T10:41:38.500";
        QTest::newRow("nine fraction digits") << "2024-02-20T10:41:38.123456789Z"
                                              << "2024-02-20T10:41:38.123";
        QTest::newRow("lower-case t and z") << "2024-02-20t10:41:38.657z"
                                            << "2024-02-20T10:41:38.657";
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z"
                                  << "2024-02-29T00:00:00.000";
        QTest::newRow("leap second clamps") << "2016-12-31T23:59:60Z"
                                            << "2016-12-31T23:59:59.999";
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedUtc);
        const std::optional<QDateTime> parsed = rfc3339::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QVERIFY(parsed->isValid());
        QCOMPARE(parsed->toUTC().toString(Qt::ISODateWithMs), expectedUtc + QLatin1Char('Z'));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2024-02-20";
        QTest::newRow("no offset") << "2024-02-20T10:41:38.657";
        QTest::newRow("space separator") << "2024-02-20 10:41:38Z";
        QTest::newRow("no seconds") << "2024-02-20T10:41Z";
        QTest::newRow("month 13") << "2024-13-20T10:41:38Z";
        QTest::newRow("february 30") << "2023-02-30T10:41:38Z";
        QTest::newRow("not a leap year") << "2023-02-29T10:41:38Z";
        QTest::newRow("hour 24") << "2024-02-20T24:00:00Z";
        QTest::newRow("minute 60") << "2024-02-20T10:60:00Z";
        QTest::newRow("offset hours 24") << "2024-02-20T10:41:38+24:00";
        QTest::newRow("offset without colon") << "2024-02-20T10:41:38+0200";
        QTest::newRow("empty fraction") << "2024-02-20T10:41:38.Z";
        QTest::newRow("trailing text") << "2024-02-20T10:41:38Z now";
        QTest::newRow("leading space") << " 2024-02-20T10:41:38Z";
        QTest::newRow("two-digit year") << "24-02-20T10:41:38Z";
        QTest::newRow("unix time") << "1708425698";
        QTest::newRow("trailing newline") << "2024-02-20T10:41:38Z\n";
        QTest::newRow("non-ascii digits") << QString::fromUtf8("٢٠٢٤-02-20T10:41:38Z");
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QVERIFY2(!rfc3339::parse(text).has_value(), qPrintable(text));
    }

    void format_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2024, 2, 20), QTime(10, 41, 38, 657), QTimeZone::utc())
                             << "2024-02-20T10:41:38.657Z";
        QTest::newRow("whole second keeps .000")
            << QDateTime(QDate(2018, 4, 5), QTime(17, 31, 0), QTimeZone::utc()) << "2018-04-05T17:31:00.000Z";
        QTest::newRow("offset converted to UTC")
            << QDateTime(QDate(2023, 7, 3), QTime(14, 27, 8, 312), QTimeZone(2 * 3600)) << "2023-07-03T12:27:08.312Z";
        QTest::newRow("invalid is empty") << QDateTime() << "";
    }

    void format()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QString, expected);
        QCOMPARE(rfc3339::format(dateTime), expected);
    }

    void roundTrip()
    {
        const QStringList texts{
            u"2024-02-20T10:41:38.657Z"_s, u"1999-12-31T23:59:59.999Z"_s, u"2038-01-19T03:14:08.000Z"_s};
        for (const QString &text : texts) {
            const std::optional<QDateTime> parsed = rfc3339::parse(text);
            QVERIFY(parsed);
            QCOMPARE(rfc3339::format(*parsed), text);
            QCOMPARE(rfc3339::parse(rfc3339::format(*parsed)), parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
