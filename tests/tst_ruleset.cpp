// Rules files: what a valid file decodes to, every validation error (file, rule and field named), the default
// pack, and where the user's rules live.
#include "app/rules/rulesfile.h"
#include "models/rule.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestRuleSet : public QObject
{
    Q_OBJECT

private:
    static std::optional<RuleSet> parse(const QByteArray &json, QStringList *errors)
    {
        return RuleSet::fromJson(json, u"rules.json"_s, errors);
    }

private Q_SLOTS:
    void everyKindWithItsParameters()
    {
        QStringList errors;
        const std::optional<RuleSet> set = parse(R"({"rules": [
            {"id": "no-kp", "kind": "country-denied", "countries": ["KP"], "severity": "critical"},
            {"id": "fast", "kind": "impossible-travel"},
            {"id": "hop", "kind": "country-hopping", "changes": 2, "hours": 6},
            {"id": "office", "kind": "roaming-hours", "from": "08:00", "to": "18:30", "days": ["mon", "fri"],
             "timezone": "Europe/Helsinki"},
            {"id": "quiet", "kind": "stale-status", "hours": 12, "where": "type:roaming-on"},
            {"id": "ends", "kind": "subscription-ending", "hours": 48, "description": "heads-up"},
            {"id": "fair", "kind": "fair-use"},
            {"id": "on", "kind": "event-match", "where": "type:roaming-on"}
        ]})",
            &errors);
        QVERIFY2(set, qPrintable(errors.join(u'\n')));
        QCOMPARE(set->rules.size(), 8);
        const QList<Rule> &r = set->rules;
        QCOMPARE(r[0].kind, RuleKind::CountryDenied);
        QCOMPARE(r[0].countries, QStringList{u"KP"_s});
        QCOMPARE(r[0].severity, AlertSeverity::Critical);
        QCOMPARE(r[1].maxSpeedKmh, 1000.0); // default
        QCOMPARE(r[1].severity, rulekind::defaultSeverity(RuleKind::ImpossibleTravel));
        QCOMPARE(r[2].changes, 2);
        QCOMPARE(r[2].hours, 6.0);
        QCOMPARE(r[3].from, QTime(8, 0));
        QCOMPARE(r[3].to, QTime(18, 30));
        QCOMPARE(r[3].days, (QList<int>{1, 5}));
        QCOMPARE(r[3].timeZone.id(), QByteArray("Europe/Helsinki"));
        QCOMPARE(r[4].hours, 12.0);
        QVERIFY(r[4].whereMatches);
        QCOMPARE(r[5].hours, 48.0);
        QCOMPARE(r[6].windowDays, 120.0);
        QCOMPARE(r[6].ratio, 0.5);
        QVERIFY(!r[6].whereMatches);

        // What toJson() writes reads back the same.
        QStringList again;
        const std::optional<RuleSet> copy = parse(QJsonDocument(set->toJson()).toJson(), &again);
        QVERIFY2(copy, qPrintable(again.join(u'\n')));
        QCOMPARE(copy->toJson(), set->toJson());
    }

    void errorsNameFileRuleAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray(R"({"rules": [)") << u"rules.json: line 1"_s;
        QTest::newRow("no rules array") << QByteArray(R"({"rule": []})") << u"rules.json: rules: "_s;
        QTest::newRow("unknown kind") << QByteArray(R"({"rules": [{"id": "x", "kind": "teleport"}]})")
                                      << u"rules.json: rule 'x': kind: 'teleport' is not a kind of rule"_s;
        QTest::newRow("missing kind") << QByteArray(R"({"rules": [{"id": "x"}]})")
                                      << u"rules.json: rule 'x': kind: is required"_s;
        QTest::newRow("missing id, by index")
            << QByteArray(R"({"rules": [{"id": "a", "kind": "fair-use"}, {"kind": "fair-use"}]})")
            << u"rules.json: rule 2: id: is required"_s;
        QTest::newRow("missing parameter") << QByteArray(R"({"rules": [{"id": "x", "kind": "country-denied"}]})")
                                           << u"rules.json: rule 'x': countries: is required"_s;
        QTest::newRow("extra parameter") << QByteArray(R"({"rules": [{"id": "x", "kind": "fair-use", "hours": 3}]})")
                                         << u"rules.json: rule 'x': hours: is not a parameter of fair-use"_s;
        QTest::newRow("mistyped number") << QByteArray(
            R"({"rules": [{"id": "x", "kind": "impossible-travel", "maxSpeedKmh": "fast"}]})")
                                         << u"rules.json: rule 'x': maxSpeedKmh: must be a number"_s;
        QTest::newRow("zero hours") << QByteArray(R"({"rules": [{"id": "x", "kind": "stale-status", "hours": 0}]})")
                                    << u"rules.json: rule 'x': hours: must be greater than 0"_s;
        QTest::newRow("fractional changes")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "country-hopping", "changes": 2.5}]})")
            << u"rules.json: rule 'x': changes: must be a whole number"_s;
        QTest::newRow("mistyped countries")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "country-denied", "countries": "KP"}]})")
            << u"rules.json: rule 'x': countries: must be an array of strings"_s;
        QTest::newRow("bad ISO code") << QByteArray(
            R"({"rules": [{"id": "x", "kind": "country-denied", "countries": ["KP", "XX"]}]})")
                                      << u"rules.json: rule 'x': countries: 'XX' is not an ISO 3166 alpha-2 code"_s;
        QTest::newRow("lower-case ISO code")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "country-denied", "countries": ["kp"]}]})")
            << u"rules.json: rule 'x': countries: 'kp' is not an ISO 3166 alpha-2 code"_s;
        QTest::newRow("bad timezone")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "roaming-hours", "from": "08:00",
                                          "to": "18:00", "timezone": "Europe/Atlantis"}]})")
            << u"rules.json: rule 'x': timezone: 'Europe/Atlantis' is not a known time zone"_s;
        QTest::newRow("bad time") << QByteArray(R"({"rules": [{"id": "x", "kind": "roaming-hours", "from": "8am",
                                      "to": "18:00", "timezone": "UTC"}]})")
                                  << u"rules.json: rule 'x': from: must be a time of day"_s;
        QTest::newRow("bad day") << QByteArray(R"({"rules": [{"id": "x", "kind": "roaming-hours", "from": "08:00",
                                     "to": "18:00", "days": ["monday"], "timezone": "UTC"}]})")
                                 << u"rules.json: rule 'x': days: 'monday' is not a day"_s;
        QTest::newRow("bad severity") << QByteArray(
            R"({"rules": [{"id": "x", "kind": "fair-use", "severity": "huge"}]})")
                                      << u"rules.json: rule 'x': severity: must be"_s;
        QTest::newRow("ratio of one") << QByteArray(R"({"rules": [{"id": "x", "kind": "fair-use", "ratio": 1}]})")
                                      << u"rules.json: rule 'x': ratio: must be below 1"_s;
        QTest::newRow("duplicate id") << QByteArray(
            R"({"rules": [{"id": "x", "kind": "fair-use"}, {"id": "x", "kind": "stale-status"}]})")
                                      << u"rules.json: rule 'x': id: 'x' is used by another rule"_s;
        QTest::newRow("where that does not parse")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "event-match", "where": "type = roaming-on and"}]})")
            << u"rules.json: rule 'x': where: column "_s;
        QTest::newRow("where not a string")
            << QByteArray(R"({"rules": [{"id": "x", "kind": "event-match", "where": 3}]})")
            << u"rules.json: rule 'x': where: must be a string"_s;
    }
    void errorsNameFileRuleAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        QVERIFY(!parse(json, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.constFirst().startsWith(expected) || errors.join(u'\n').contains(expected),
            qPrintable(errors.join(u'\n')));
    }

    void everyErrorIsReported()
    {
        QStringList errors;
        QVERIFY(!parse(R"({"rules": [{"id": "a", "kind": "teleport"}, {"id": "b", "kind": "fair-use", "ratio": "x"},
                        {"id": "c", "kind": "country-denied", "countries": ["ZZ"]}]})",
            &errors));
        QCOMPARE(errors.size(), 3);
    }

    void defaultPackLoads()
    {
        const RuleSet pack = RulesFile::defaultPack();
        QVERIFY(pack.rules.size() >= 5);
        QStringList kinds;
        for (const Rule &rule : pack.rules)
            kinds << rulekind::toWire(rule.kind);
        QVERIFY(kinds.contains(u"event-match"_s));
        const auto on = std::find_if(
            pack.rules.begin(), pack.rules.end(), [](const Rule &rule) { return rule.id == u"roaming-on"_s; });
        QVERIFY(on != pack.rules.end());
        QCOMPARE(on->severity, AlertSeverity::Warning);
    }

    void userRulesOverrideTheDefaultPack()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(false);
        QVERIFY(RulesFile::userPath().startsWith(home.path()));
        QVERIFY(RulesFile::userPath().endsWith(u"/rules.json"_s));
        QStringList errors;
        std::optional<RuleSet> loaded = RulesFile::loadUserOrDefault(&errors);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), RulesFile::defaultPack().toJson());

        RuleSet mine;
        QVERIFY(parse(R"({"rules": [{"id": "only", "kind": "stale-status", "hours": 2}]})", &errors));
        mine = *parse(R"({"rules": [{"id": "only", "kind": "stale-status", "hours": 2}]})", &errors);
        QString error;
        QVERIFY2(RulesFile::save(mine, RulesFile::userPath(), &error), qPrintable(error));
        loaded = RulesFile::loadUserOrDefault(&errors);
        QVERIFY(loaded);
        QCOMPARE(loaded->rules.size(), 1);
        QCOMPARE(loaded->rules.constFirst().id, u"only"_s);

        QVERIFY(!RulesFile::load(home.filePath(u"missing.json"_s), &errors));
        QVERIFY(errors.constLast().startsWith(home.filePath(u"missing.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
