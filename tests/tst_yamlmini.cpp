#include "modeltestutil.h"

#include <QTest>

using namespace testsupport;

/// The test-only YAML reader that extracts the official CAMARA examples: checked on inputs whose JSON is known.
// (No "//" inside raw string literals here: moc 6.4 reads it as a comment start and skips the class.)
class TestYamlMini : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json");

        QTest::newRow("scalars")
            << QByteArray("a: 1\nb: true\nc: null\nd: \"1.0\"\ne: plain text\nf: '+123'\ng: 2.5\nh: ~\n")
            << QByteArray(R"({"a":1,"b":true,"c":null,"d":"1.0","e":"plain text","f":"+123","g":2.5,"h":null})");
        QTest::newRow("nested") << QByteArray("a:\n  b:\n    c: x\n  d: y\n")
                                << QByteArray(R"({"a":{"b":{"c":"x"},"d":"y"}})");
        QTest::newRow("sequence of scalars")
            << QByteArray("types:\n  - \"a\"\n  - b\n") << QByteArray(R"({"types":["a","b"]})");
        QTest::newRow("sequence at key indent")
            << QByteArray("types:\n- a\n- b\nnext: 1\n") << QByteArray(R"({"types":["a","b"],"next":1})");
        QTest::newRow("sequence of mappings")
            << QByteArray("- id: 1\n  sink: s\n- id: 2\n") << QByteArray(R"([{"id":1,"sink":"s"},{"id":2}])");
        QTest::newRow("flow") << QByteArray("a: [\"DE\", FR]\nb: {}\nc: []\nd: {x: 1, \"y\": [true]}\n")
                              << QByteArray(R"({"a":["DE","FR"],"b":{},"c":[],"d":{"x":1,"y":[true]}})");
        QTest::newRow("multi-line flow with trailing comma")
            << QByteArray("config: {\n  \"detail\": {\n    \"phone\": \"+1\",\n  }\n}\nnext: [\n  a\n]\n")
            << QByteArray(R"({"config":{"detail":{"phone":"+1"}},"next":["a"]})");
        QTest::newRow("comments") << QByteArray("\x23 top\na: 1 \x23 trailing\nb: \"\x23 not a comment\"\n")
                                  << QByteArray("{\"a\":1,\"b\":\"\x23 not a comment\"}");
        QTest::newRow("literal block") << QByteArray("d: |\n  line 1\n  \x23 heading\n\n  line 3\ne: 1\n")
                                       << QByteArray("{\"d\":\"line 1\\n\x23 heading\\n\\nline 3\\n\",\"e\":1}");
        QTest::newRow("literal block strip")
            << QByteArray("d: |-\n  one\n  two\ne: 1\n") << QByteArray(R"({"d":"one\ntwo","e":1})");
        QTest::newRow("folded plain continuation")
            << QByteArray("d: first\n  second\ne: 1\n") << QByteArray(R"({"d":"first second","e":1})");
        QTest::newRow("quoted keys and colons")
            << QByteArray("\"400\":\n  x: 'it''s: ok'\nurl: https://a.b/c\n")
            << QByteArray("{\"400\":{\"x\":\"it\x27s: ok\"},\"url\":\"https://a.b/c\"}");
        QTest::newRow("uuid stays a string") << QByteArray("id: 550e8400-e29b-41d4-a716-446655440000\n")
                                             << QByteArray(R"({"id":"550e8400-e29b-41d4-a716-446655440000"})");
    }

    void parse()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        QString error;
        const QJsonValue value = yaml::parse(yaml, &error);
        QVERIFY2(!value.isUndefined(), qPrintable(error));
        const QJsonDocument expected = QJsonDocument::fromJson(json);
        QCOMPARE(value, expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object()));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad indentation") << QByteArray("a: 1\n   b: 2\n") << "line 2: unexpected indentation";
        QTest::newRow("unterminated flow") << QByteArray("a: [1, 2\n") << "line 1: unterminated flow collection";
        QTest::newRow("not a mapping line") << QByteArray("a: 1\njust text\n") << "line 2: expected 'key: value'";
        QTest::newRow("anchor") << QByteArray("a: &x 1\n") << "line 1: anchors, aliases and tags are not supported";
        QTest::newRow("duplicate key") << QByteArray("a: 1\na: 2\n") << "line 2: duplicate key 'a'";
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(yaml::parse(yaml, &actual).isUndefined());
        QCOMPARE(actual, error);
    }

    void collectsExamples()
    {
        const QByteArray doc =
            "paths:\n  /r:\n    post:\n      examples:\n        ONE:\n          value:\n            a: 1\n"
            "components:\n  examples:\n    TWO:\n      description: d\n      value: []\n"
            "    NO_VALUE:\n      summary: s\n";
        QString error;
        const QList<yaml::Example> examples = yaml::collectExamples(yaml::parse(doc, &error));
        QCOMPARE(examples.size(), 2);
        QCOMPARE(examples.at(0).name, QStringLiteral("TWO"));
        QCOMPARE(examples.at(0).where, QStringLiteral("/components/examples/TWO"));
        QCOMPARE(examples.at(0).value, QJsonValue(QJsonArray()));
        QCOMPARE(examples.at(1).where, QStringLiteral("/paths//r/post/examples/ONE"));
    }

    /// The official files parse completely (when ../shared is present).
    void officialFilesParse()
    {
        REQUIRE_SHARED_SPEC();
        for (const QString &file : modeltest::specFiles()) {
            QString error;
            const QList<yaml::Example> examples = modeltest::specExamples(file, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!examples.isEmpty(), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlMini)
#include "tst_yamlmini.moc"
