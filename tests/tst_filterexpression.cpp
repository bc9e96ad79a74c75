#include "models/filterexpression.h"
#include "models/filternode.h"
#include "models/fleetstate.h"
#include "models/notificationlogsource.h"

#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

QString dumpValue(const FilterValue &value)
{
    switch (value.kind) {
    case FilterValue::Kind::Text:
        return value.text;
    case FilterValue::Kind::Bool:
        return value.flag ? u"true"_s : u"false"_s;
    case FilterValue::Kind::Null:
        return u"null"_s;
    case FilterValue::Kind::RelativeTime:
        return u"now-"_s + QString::number(value.number);
    default:
        return QString::number(value.number);
    }
}

/// The tree in prefix form: and(…), or(…), not(…), field op value, words[…]; shows precedence and grouping.
QString dump(const FilterNode *node)
{
    if (!node)
        return u"all"_s;
    QStringList parts;
    for (const auto &child : node->children)
        parts << dump(child.get());
    switch (node->kind) {
    case FilterNode::Kind::And:
        return u"and("_s + parts.join(u", "_s) + u')';
    case FilterNode::Kind::Or:
        return u"or("_s + parts.join(u", "_s) + u')';
    case FilterNode::Kind::Not:
        return u"not("_s + parts.join(u", "_s) + u')';
    case FilterNode::Kind::Words:
        return u"words["_s + node->words.join(u'|') + u']';
    case FilterNode::Kind::Compare:
        break;
    }
    static const char *const fields[] = {"type", "device", "country", "mcc", "roaming", "subscription", "reason",
        "time", "received", "source", "id", "since", "status", "age", "ended"};
    static const char *const ops[] = {"=", "!=", "<", "<=", ">", ">=", "^=", "in"};
    QStringList values;
    for (const FilterValue &value : node->values)
        values << dumpValue(value);
    const QString value = node->op == FilterOp::In ? u'{' + values.join(u',') + u'}' : values.join(u',');
    return QLatin1String(fields[int(node->field)]) + u' ' + QLatin1String(ops[int(node->op)]) + u' ' + value;
}

QString parsed(const QString &text, FilterTarget target = FilterTarget::Notifications)
{
    FilterParseError error;
    const std::optional<FilterExpression> expression = FilterExpression::parse(text, &error, target);
    return expression ? dump(expression->root()) : u"error: "_s + error.message();
}

const QDateTime Now = QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc());

NotificationLogRecord record(EventType type, const QString &device, const QString &subscription)
{
    NotificationLogRecord r;
    r.type = type;
    r.device = device;
    r.subscriptionId = subscription;
    r.receivedMs = Now.toMSecsSinceEpoch() - 60'000;
    r.eventMs = Now.toMSecsSinceEpoch() - 3 * 3600'000;
    r.source = u"https://sim.example/roaming"_s;
    r.eventId = u"ev-1"_s;
    return r;
}

bool accepts(const QString &text, const NotificationLogRecord &r)
{
    FilterParseError error;
    const std::optional<FilterExpression> expression = FilterExpression::parse(text, &error);
    if (!expression)
        qWarning().noquote() << text << error.message();
    return expression && expression->matches(r, Now);
}

} // namespace

/// FilterExpression: the grammar (valid forms, errors with their column, precedence, the legacy tokens) and
/// evaluation over notifications and fleet entries.
class TestFilterExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");

        QTest::newRow("empty") << u""_s << u"all"_s;
        QTest::newRow("blank") << u"   "_s << u"all"_s;
        QTest::newRow("equals") << u"roaming = true"_s << u"roaming = true"_s;
        QTest::newRow("no spaces") << u"mcc>=244"_s << u"mcc >= 244"_s;
        QTest::newRow("not equal") << u"country != FI"_s << u"country != FI"_s;
        QTest::newRow("case-insensitive names and keywords")
            << u"TYPE = Roaming-On AND Device ^= \"+3589\""_s << u"and(type = roaming-on, device ^= +3589)"_s;
        QTest::newRow("wire type") << u"type = org.camaraproject.device-roaming-status-subscriptions.v0.roaming-off"_s
                                   << u"type = roaming-off"_s;
        QTest::newRow("set") << u"country in {fi, SE,de}"_s << u"country in {FI,SE,DE}"_s;
        QTest::newRow("empty set") << u"mcc in {}"_s << u"mcc in {}"_s;
        QTest::newRow("null") << u"roaming = null"_s << u"roaming = null"_s;
        QTest::newRow("relative time") << u"time > -2h"_s << u"time > now-7200000"_s;
        QTest::newRow("relative days") << u"received >= -7d"_s << u"received >= now-604800000"_s;
        QTest::newRow("rfc 3339") << u"time < 2026-05-01T10:00:00+02:00"_s << u"time < 1777622400000"_s;
        QTest::newRow("date") << u"received >= 2026-05-01"_s << u"received >= 1777593600000"_s;
        QTest::newRow("trailing star") << u"device = +3589*"_s << u"device ^= +3589"_s;
        QTest::newRow("not with star") << u"device != +3589*"_s << u"not(device ^= +3589)"_s;
        QTest::newRow("quoted keeps star") << u"device = \"+3589*\""_s << u"device = +3589*"_s;
        QTest::newRow("quoted keyword as value") << u"reason = \"and\""_s << u"reason = and"_s;
        QTest::newRow("quoted escapes") << u"reason = \"say \\\"hi\\\"\""_s << u"reason = say \"hi\""_s;
        QTest::newRow("words") << u"foo bar*"_s << u"words[foo|bar]"_s;
        QTest::newRow("quoted phrase") << u"\"roaming on\""_s << u"words[roaming on]"_s;
        QTest::newRow("punctuation only does not narrow") << u"+ foo"_s << u"words[foo]"_s;
        QTest::newRow("time with colons is a word") << u"12:30"_s << u"words[12:30]"_s;
        // Legacy tokens of the former filter bar.
        QTest::newRow("legacy type") << u"type:roaming-on"_s << u"type = roaming-on"_s;
        QTest::newRow("legacy device") << u"device:+99999991000"_s << u"device = +99999991000"_s;
        QTest::newRow("legacy dev prefix") << u"dev:+3589*"_s << u"device ^= +3589"_s;
        QTest::newRow("legacy sub") << u"sub:3f2a"_s << u"subscription ^= 3f2a"_s;
        QTest::newRow("legacy subscription") << u"subscription:3f2a"_s << u"subscription ^= 3f2a"_s;
        QTest::newRow("legacy mixed with words")
            << u"type:roaming-on +3581234 foo"_s << u"and(type = roaming-on, words[+3581234|foo])"_s;
        QTest::newRow("legacy other field") << u"roaming:false"_s << u"roaming = false"_s;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(parsed(text), tree);
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");

        QTest::newRow("and binds tighter than or") << u"roaming = true or mcc = 244 and country = FI"_s
                                                   << u"or(roaming = true, and(mcc = 244, country = FI))"_s;
        QTest::newRow("or then and") << u"mcc = 1 and mcc = 2 or mcc = 3"_s << u"or(and(mcc = 1, mcc = 2), mcc = 3)"_s;
        QTest::newRow("not binds tightest")
            << u"not roaming = true and mcc = 244"_s << u"and(not(roaming = true), mcc = 244)"_s;
        QTest::newRow("parentheses") << u"not (roaming = true or mcc = 244)"_s
                                     << u"not(or(roaming = true, mcc = 244))"_s;
        QTest::newRow("juxtaposition is and")
            << u"mcc = 1 mcc = 2 or mcc = 3"_s << u"or(and(mcc = 1, mcc = 2), mcc = 3)"_s;
        QTest::newRow("double not") << u"not not roaming = false"_s << u"not(not(roaming = false))"_s;
        QTest::newRow("or is left to right")
            << u"mcc = 1 or mcc = 2 or mcc = 3"_s << u"or(mcc = 1, mcc = 2, mcc = 3)"_s;
        QTest::newRow("nested parentheses")
            << u"((mcc = 1) or (mcc = 2)) and reason = x"_s << u"and(or(mcc = 1, mcc = 2), reason = x)"_s;
        QTest::newRow("words of one conjunction searched together")
            << u"foo mcc = 1 bar"_s << u"and(words[foo|bar], mcc = 1)"_s;
    }
    void precedence()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(parsed(text), tree);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("message");

        QTest::newRow("value missing") << u"roaming = true and mcc ="_s << 25 << u"end of input"_s
                                       << u"column 25: expected a value after '=' but found end of input"_s;
        QTest::newRow("value missing mid-way")
            << u"device = and x"_s << 10 << u"'and'"_s << u"column 10: expected a value after '=' but found 'and'"_s;
        QTest::newRow("unknown field") << u"colour = red"_s << 1 << u"'colour'"_s
                                       << u"column 1: expected a field (type, device, country, mcc, roaming, "
                                          "subscription, reason, time, received, source, id) but found 'colour'"_s;
        QTest::newRow("unknown legacy field") << u"foo:bar"_s << 1 << u"'foo'"_s << QString();
        QTest::newRow("operator not for the field")
            << u"device < 5"_s << 8 << u"'<'"_s
            << u"column 8: expected one of = != ^= in after 'device' but found '<'"_s;
        QTest::newRow("lone bang") << u"mcc ! 5"_s << 5 << u"'!'"_s << QString();
        QTest::newRow("bad number") << u"mcc = abc"_s << 7 << u"'abc'"_s
                                    << u"column 7: expected a whole number for 'mcc' but found 'abc'"_s;
        QTest::newRow("bad type") << u"type:roam"_s << 6 << u"'roam'"_s << QString();
        QTest::newRow("bad country") << u"country = Finland"_s << 11 << u"'Finland'"_s << QString();
        QTest::newRow("bad bool") << u"roaming = yes"_s << 11 << u"'yes'"_s << QString();
        QTest::newRow("null not allowed") << u"device = null"_s << 10 << u"'null'"_s << QString();
        QTest::newRow("bad time") << u"time > yesterday"_s << 8 << u"'yesterday'"_s << QString();
        QTest::newRow("time without offset")
            << u"time > 2026-05-01T10:00:00"_s << 8 << u"'2026-05-01T10:00:00'"_s << QString();
        QTest::newRow("unclosed parenthesis") << u"(mcc = 1 or mcc = 2"_s << 20 << u"end of input"_s
                                              << u"column 20: expected ')' to close the '(' at column 1 but found "
                                                 "end of input"_s;
        QTest::newRow("stray parenthesis") << u"mcc = 1)"_s << 8 << u"')'"_s << QString();
        QTest::newRow("empty parentheses") << u"()"_s << 2 << u"')'"_s << QString();
        QTest::newRow("dangling or") << u"mcc = 1 or"_s << 11 << u"end of input"_s
                                     << u"column 11: expected a term after 'or' but found end of input"_s;
        QTest::newRow("leading and") << u"and mcc = 1"_s << 1 << u"'and'"_s << QString();
        QTest::newRow("dangling not") << u"not"_s << 4 << u"end of input"_s << QString();
        QTest::newRow("set without brace")
            << u"mcc in 244"_s << 8 << u"'244'"_s << u"column 8: expected '{' after 'in' but found '244'"_s;
        QTest::newRow("set without comma") << u"mcc in {244 245}"_s << 13 << u"'245'"_s
                                           << u"column 13: expected ',' or '}' in the set but found '245'"_s;
        QTest::newRow("set unclosed") << u"mcc in {244,"_s << 13 << u"end of input"_s << QString();
        QTest::newRow("unterminated string") << u"reason = \"abc"_s << 14 << u"end of input"_s
                                             << u"column 14: expected a closing '\"' for the string at column 10 "
                                                "but found end of input"_s;
        QTest::newRow("legacy without value")
            << u"type: foo"_s << 7 << u"'foo'"_s << u"column 7: expected a value after 'type:' but found 'foo'"_s;
        QTest::newRow("operator as term") << u"= 5"_s << 1 << u"'='"_s << QString();
        QTest::newRow("fleet field on notifications") << u"age > 2h"_s << 1 << u"'age'"_s << QString();
        QTest::newRow("nesting too deep") << QString(300, u'(') << 257 << u"'('"_s
                                          << u"column 257: expected at most 256 levels of parentheses and 'not' "
                                             "but found '('"_s;
        QTest::newRow("columns count characters") << u"device = \"ÄÖ\" and mcc = x"_s << 25 << u"'x'"_s << QString();
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, found);
        QFETCH(QString, message);

        FilterParseError error;
        QVERIFY(!FilterExpression::parse(text, &error));
        QCOMPARE(error.column, column);
        QCOMPARE(error.found, found);
        QVERIFY(!error.expected.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(error.message(), message);
    }

    void fleetFields()
    {
        QCOMPARE(parsed(u"age > 2h and lastEvent = roaming-on"_s, FilterTarget::Fleet),
            u"and(age > 7200000, type = roaming-on)"_s);
        QCOMPARE(
            parsed(u"ended = true or since < -1d"_s, FilterTarget::Fleet), u"or(ended = true, since < now-86400000)"_s);
        FilterParseError error;
        QVERIFY(!FilterExpression::parse(u"received > -1h"_s, &error, FilterTarget::Fleet));
        QVERIFY(error.expected.contains(u"lastEvent"_s));
        QCOMPARE(FilterExpression::fieldNames(FilterTarget::Fleet).first(), u"device"_s);
    }

    void evaluateRecords()
    {
        NotificationLogRecord on = record(EventType::RoamingOn, u"+3581234567"_s, u"3f2a0001-aa"_s);
        on.roaming = true;
        on.knownCountryNames = {u"DE"_s};
        on.knownCountryCode = 262;
        NotificationLogRecord change = record(EventType::RoamingChangeCountry, u"+4915000001"_s, u"b7c10002-bb"_s);
        change.roaming = true;
        change.countryCode = 244;
        change.countryNames = QStringList{u"FI"_s};
        NotificationLogRecord ends = record(EventType::SubscriptionEnds, u"+3581234567"_s, u"3f2a0001-aa"_s);
        ends.terminationReason = u"SUBSCRIPTION_EXPIRED"_s;
        ends.eventMs.reset();

        QVERIFY(accepts(u"type:roaming-on"_s, on));
        QVERIFY(!accepts(u"type:roaming-on"_s, change));
        QVERIFY(accepts(u"type ^= roaming"_s, change));
        QVERIFY(!accepts(u"type ^= roaming"_s, ends));
        QVERIFY(accepts(u"type in {roaming-on, subscription-ends}"_s, ends));
        QVERIFY(accepts(u"country = de"_s, on)); // the known country of a roaming-on
        QVERIFY(accepts(u"country = FI"_s, change));
        QVERIFY(!accepts(u"country = FI"_s, on));
        QVERIFY(accepts(u"country != FI"_s, on));
        QVERIFY(accepts(u"country = null"_s, ends));
        QVERIFY(accepts(u"mcc >= 244 and mcc < 245"_s, change));
        QVERIFY(accepts(u"mcc = 262"_s, on));
        QVERIFY(!accepts(u"mcc > 0"_s, ends));
        QVERIFY(accepts(u"mcc = null"_s, ends));
        QVERIFY(accepts(u"roaming = true"_s, on));
        QVERIFY(accepts(u"roaming = null"_s, ends));
        QVERIFY(!accepts(u"roaming = false"_s, ends));
        QVERIFY(accepts(u"roaming != false"_s, ends));
        QVERIFY(accepts(u"sub:3F2A"_s, on)); // the id's beginning, ASCII case ignored
        QVERIFY(!accepts(u"subscription = 3f2a"_s, on));
        QVERIFY(accepts(u"reason = SUBSCRIPTION_EXPIRED"_s, ends));
        QVERIFY(accepts(u"reason ^= subscription_"_s, ends));
        QVERIFY(accepts(u"time > -4h and time < -2h"_s, on));
        QVERIFY(!accepts(u"time > -2h"_s, on));
        QVERIFY(accepts(u"time = null"_s, ends));
        QVERIFY(accepts(u"received > -2m"_s, on));
        QVERIFY(accepts(u"received < 2026-05-01T12:00:00Z"_s, on));
        QVERIFY(!accepts(u"received < 2026-05-01T11:00:00Z"_s, on));
        QVERIFY(accepts(u"source ^= \"https://sim\" and id = ev-1"_s, on));
        QVERIFY(accepts(u"device:+3581234567"_s, on));
        QVERIFY(!accepts(u"device:+358123"_s, on)); // exact label
        QVERIFY(accepts(u"device:+358123*"_s, on));
        // Free words: at the start of a word, in the row's words or its subscription id.
        QVERIFY(accepts(u"+358123"_s, on));
        QVERIFY(accepts(u"germ"_s, on)); // the known country's English name
        QVERIFY(accepts(u"finland change"_s, change));
        QVERIFY(!accepts(u"inland"_s, change));
        QVERIFY(accepts(u"b7c1"_s, change));
        QVERIFY(accepts(u"expired"_s, ends));
        QVERIFY(accepts(u"\"roaming change\""_s, change));
        QVERIFY(!accepts(u"\"change roaming\""_s, change));
        // Combinations.
        QVERIFY(accepts(u"not (type = roaming-on or roaming = null)"_s, change));
        QVERIFY(!accepts(u"not (type = roaming-on or roaming = null)"_s, on));
        QVERIFY(accepts(u"type:roaming-on +358 foo or country = FI"_s, change));
        QVERIFY(!accepts(u"type:roaming-on +358 foo"_s, on));
        QVERIFY(accepts(u"mcc in {}"_s, on) == false);
    }

    void evaluateFleet()
    {
        DeviceFleetEntry entry;
        entry.key = u"+3581234567"_s;
        entry.roaming = true;
        entry.countryCode = 262;
        entry.countryNames = {u"DE"_s};
        entry.since = Now.addSecs(-86400 * 2);
        entry.lastEventType = EventType::RoamingChangeCountry;
        entry.lastEventTime = Now.addSecs(-3600);
        entry.lastStatusTime = Now.addSecs(-3 * 3600);

        auto fleet = [&](const QString &text) {
            const std::optional<FilterExpression> e = FilterExpression::parse(text, nullptr, FilterTarget::Fleet);
            return e && e->matches(entry, Now);
        };
        QVERIFY(fleet(u"roaming = true and country = DE"_s));
        QVERIFY(fleet(u"age > 2h"_s));
        QVERIFY(!fleet(u"age > 4h"_s));
        QVERIFY(fleet(u"since < -1d"_s));
        QVERIFY(fleet(u"lastEvent = roaming-change-country and time > -2h"_s));
        QVERIFY(fleet(u"type:roaming-change-country"_s));
        QVERIFY(fleet(u"ended = false"_s));
        QVERIFY(fleet(u"germany"_s));
        QVERIFY(fleet(u"mcc = 262 +358"_s));
        QVERIFY(!fleet(u"status > -1h"_s));
        entry.lastStatusTime = QDateTime();
        QVERIFY(!fleet(u"age > 0s"_s));
        QVERIFY(fleet(u"status = null"_s));

        // An imported device's label and group: fields, and words of the free search.
        QVERIFY(fleet(u"label = null and group = null"_s));
        entry.label = u"Truck 7"_s;
        entry.group = u"Nordics"_s;
        QVERIFY(fleet(u"label = \"Truck 7\" and group = Nordics and label != \"truck 7\""_s));
        QVERIFY(fleet(u"label ^= Tru and group in {Baltics, Nordics}"_s));
        QVERIFY(!fleet(u"group = Baltics"_s));
        QVERIFY(!fleet(u"label = null"_s));
        QVERIFY(fleet(u"nordics"_s));
        QVERIFY(fleet(u"truck"_s));
        QVERIFY(!fleet(u"baltics"_s));
    }

    void quotedValuesReadBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("phone") << u"+3581234567"_s << u"+3581234567"_s;
        QTest::newRow("ipv6") << u"2001:db8::1"_s << u"2001:db8::1"_s;
        QTest::newRow("ipv4 with private address") << u"203.0.113.7 (10.0.0.7)"_s << u"\"203.0.113.7 (10.0.0.7)\""_s;
        QTest::newRow("keyword") << u"and"_s << u"\"and\""_s;
        QTest::newRow("star") << u"a*"_s << u"\"a*\""_s;
        QTest::newRow("operator") << u"a=b"_s << u"\"a=b\""_s;
        QTest::newRow("quote and backslash") << u"say \"hi\" \\o/"_s << u"\"say \\\"hi\\\" \\\\o/\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
    }
    void quotedValuesReadBack()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(FilterExpression::quoted(value), written);
        // What it writes reads back as exactly that device.
        const std::optional<FilterExpression> e = FilterExpression::parse(u"device:"_s + written);
        QVERIFY(e);
        NotificationLogRecord r;
        r.device = value;
        QVERIFY(e->matches(r, Now));
        r.device = value + u'x';
        QVERIFY(!e->matches(r, Now));
    }

    void logFilterCarriesExpression()
    {
        FilterParseError error;
        const NotificationLogFilter filter = NotificationLogFilter::parse(u"type:roaming-on foo"_s, &error);
        QCOMPARE(error.column, 0);
        QVERIFY(!filter.isEmpty());
        QCOMPARE(filter.expression.text(), u"type:roaming-on foo"_s);
        QVERIFY(filter.text.isEmpty());
        // What does not parse reports where, and still narrows by its words.
        const NotificationLogFilter fallback = NotificationLogFilter::parse(u"mcc = abc"_s, &error);
        QCOMPARE(error.column, 7);
        QVERIFY(fallback.expression.isEmpty());
        QCOMPARE(fallback.text, u"mcc = abc"_s);
    }
};

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
