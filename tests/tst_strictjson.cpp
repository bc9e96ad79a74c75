// strictjson::findViolation: what RFC 8259 forbids or leaves open and QJsonDocument lets through.
#include "models/strictjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace roamdesk;

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsViolations_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // empty: no violation; else a part of the message
        QTest::newRow("plain") << QByteArray(R"({"a":"b","c":[1,{"d":null}]})") << QString();
        QTest::newRow("escapes") << QByteArray("{\"a\":\"\\u001b\\\"\\\\\\/\\b\\f\\n\\r\\t\"}") << QString();
        QTest::newRow("pair") << QByteArray(R"({"a":"\ud83d\ude00"})") << QString();
        QTest::newRow("utf-8") << QByteArray("{\"a\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}") << QString();
        QTest::newRow("same name, other objects") << QByteArray(R"({"a":{"x":1},"b":{"x":2}})") << QString();
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})") << QStringLiteral("\"a\" appears twice");
        QTest::newRow("duplicate, escaped spelling")
            << QByteArray(R"({"a":1,"\u0061":2})") << QStringLiteral("appears twice");
        QTest::newRow("nested duplicate")
            << QByteArray(R"({"d":[{"x":1,"y":2,"x":3}]})") << QStringLiteral("line 1, column 20");
        QTest::newRow("raw ESC") << QByteArray("{\"a\":\"x\x1by\"}") << QStringLiteral("U+001B");
        QTest::newRow("raw NUL") << QByteArray("{\"a\":\"x\0y\"}", 11) << QStringLiteral("U+0000");
        QTest::newRow("raw TAB") << QByteArray("{\"a\":\"x\ty\"}") << QStringLiteral("U+0009");
        QTest::newRow("lone high") << QByteArray(R"({"a":"x\ud800y"})") << QStringLiteral("high surrogate");
        QTest::newRow("high then high") << QByteArray(R"({"a":"\ud800\ud800"})") << QStringLiteral("high surrogate");
        QTest::newRow("lone low") << QByteArray(R"({"a":"\udc00"})") << QStringLiteral("low surrogate");
        QTest::newRow("bad byte") << QByteArray("{\"a\":\"\xc3\x28\"}") << QStringLiteral("UTF-8");
        QTest::newRow("overlong") << QByteArray("{\"a\":\"\xc0\xaf\"}") << QStringLiteral("UTF-8");
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << QStringLiteral("UTF-8");
        QTest::newRow("beyond U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << QStringLiteral("UTF-8");
        QTest::newRow("truncated sequence") << QByteArray("{\"a\":\"\xe2\x82\"}") << QStringLiteral("UTF-8");
        QTest::newRow("byte order mark, then a lone surrogate")
            << QByteArray("\xEF\xBB\xBF{\"a\":\"\\ud800\"}") << QStringLiteral("high surrogate");
        QTest::newRow("byte order mark, clean") << QByteArray("\xEF\xBB\xBF{\"a\":[1,-2.5e3,true,null]}") << QString();
        QTest::newRow("unknown escape") << QByteArray("{\"a\":\"x\\{y\"}") << QStringLiteral("well-formed");
        QTest::newRow("deep") << QByteArray(70, '[') + QByteArray(70, ']') << QStringLiteral("nesting");
    }

    void findsViolations()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const std::optional<QString> violation = strictjson::findViolation(text);
        if (expected.isEmpty()) {
            QVERIFY2(!violation, qPrintable(violation.value_or(QString())));
            QVERIFY(!QJsonDocument::fromJson(text).isNull());
        } else {
            QVERIFY2(violation, "no violation found");
            QVERIFY2(violation->contains(expected), qPrintable(*violation));
        }
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
