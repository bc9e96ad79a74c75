// The filter language in SQL: over a real SQLite file of varied notifications, the store returns exactly the
// rows FilterExpression::matches accepts, for every expression (fields, operators, sets, null, and/or/not,
// free words under or/not, legacy tokens).
#include "app/store/filtersql.h"
#include "app/store/sqlitenotificationstore.h"
#include "models/filterexpression.h"

#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

struct Spec
{
    const char *id;
    EventType type;
    const char *device;
    const char *subscription;
    std::optional<bool> roaming;
    std::optional<int> mcc;
    std::optional<QStringList> isos;
    const char *reason;
    qint64 ageMs; // received this long before the test runs
    bool eventTime;
};

/// Varied rows: every type, with and without countries, MCCs shared by several ISO codes, a roaming-on the
/// store gives a known country, reasons, no event time, punctuation and case in ids.
QList<NotificationLogRecord> fixture(qint64 nowMs)
{
    const QList<Spec> specs{
        {"fi-status", EventType::RoamingStatus, "+358401234567", "3f2a0001-aa", false, 244, QStringList{u"FI"_s}, "",
            10 * Minute, true},
        {"de-change", EventType::RoamingChangeCountry, "+358401234567", "3f2a0001-aa", true, 262, QStringList{u"DE"_s},
            "", 50 * Minute, true},
        {"known-on", EventType::RoamingOn, "+358401234567", "3f2a0001-aa", true, std::nullopt, std::nullopt, "",
            40 * Minute, true},
        {"off", EventType::RoamingOff, "+358401234567", "3f2a0001-aa", false, std::nullopt, std::nullopt, "",
            30 * Minute, true},
        {"pr", EventType::RoamingStatus, "+17875550100", "B7C1-0002_x", true, 330, QStringList{u"PR"_s}, "", 3 * Hour,
            true},
        {"caribbean", EventType::RoamingChangeCountry, "+17875550100", "B7C1-0002_x", true, 338,
            QStringList{u"JM"_s, u"TC"_s}, "", 5 * Hour, true},
        {"es-code-only", EventType::RoamingStatus, "+34600000001", "c9d0%0003", true, 214, std::nullopt, "", 26 * Hour,
            true},
        {"empty-countries", EventType::RoamingStatus, "+34600000001", "c9d0%0003", true, 901, QStringList{}, "",
            2 * 24 * Hour, true},
        {"ends", EventType::SubscriptionEnds, "+358401234567", "3f2a0001-aa", std::nullopt, std::nullopt, std::nullopt,
            "SUBSCRIPTION_EXPIRED", 20 * Minute, false},
        {"ended", EventType::SubscriptionEnded, "", "b7c1-0002_x", std::nullopt, std::nullopt, std::nullopt,
            "NETWORK_TERMINATED", 8 * 24 * Hour, true},
        {"started", EventType::SubscriptionStarted, "", "dd00-0004", std::nullopt, std::nullopt, std::nullopt, "",
            9 * 24 * Hour, true},
        {"updated", EventType::SubscriptionUpdated, "198.51.100.7", "dd00-0004", std::nullopt, std::nullopt,
            std::nullopt, "", 90 * Minute, true},
        {"ipv6", EventType::RoamingOn, "2001:db8::1", "dd00-0004", true, std::nullopt, std::nullopt, "", 7 * Hour,
            true},
        {"ipv6-status", EventType::RoamingStatus, "2001:db8::1", "dd00-0004", true, 234,
            QStringList{u"GB"_s, u"GG"_s, u"IM"_s, u"JE"_s}, "", 8 * Hour, true},
        {"fr", EventType::RoamingStatus, "+33612345678", "ee%_\\05", true, 208, QStringList{u"FR"_s}, "", 4 * Minute,
            true},
    };
    QList<NotificationLogRecord> records;
    for (const Spec &spec : specs) {
        NotificationLogRecord r;
        r.source = u"https://sim.example/roaming"_s;
        r.eventId = QLatin1String(spec.id);
        r.type = spec.type;
        r.device = QLatin1String(spec.device);
        r.subscriptionId = QLatin1String(spec.subscription);
        r.roaming = spec.roaming;
        r.countryCode = spec.mcc;
        r.countryNames = spec.isos;
        r.terminationReason = QLatin1String(spec.reason);
        r.receivedMs = nowMs - spec.ageMs;
        if (spec.eventTime)
            r.eventMs = r.receivedMs - 2 * Minute;
        r.validity = ReceiptValidity::SubscriptionToken;
        r.rawJson = R"({"id":")" + QByteArray(spec.id) + "\"}";
        records << r;
    }
    // Arrival order is receipt order, oldest first.
    std::sort(records.begin(), records.end(),
        [](const NotificationLogRecord &a, const NotificationLogRecord &b) { return a.receivedMs < b.receivedMs; });
    return records;
}

QStringList ids(const QList<NotificationLogRecord> &records)
{
    QStringList result;
    for (const NotificationLogRecord &r : records)
        result << r.eventId;
    result.sort();
    return result;
}

/// A PostgreSQL-like dialect: numbered placeholders and a different full-text condition.
class NumberedDialect : public filtersql::Dialect
{
public:
    QString textSearch(const QStringList &phrases, QVariantList *values) const override
    {
        const QString sql = u"words @@ "_s + placeholder(values->size());
        *values << phrases.join(u' ');
        return sql;
    }
    QString placeholder(qsizetype count) const override { return u'$' + QString::number(count + 1); }
    QString column(const QString &name) const override { return name; }
};

} // namespace

class TestFilterSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(u"log.sqlite"_s)), qPrintable(m_store.lastError()));
        const InsertResult result = m_store.insert(fixture(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(result.ok, qPrintable(result.error));
        // The rows as stored (with the known country the store adds): what the in-memory side evaluates.
        m_stored = m_store.olderThan(NotificationLogFilter(), NotificationLogSource::NoSeq, 1000);
        QCOMPARE(m_stored.size(), 15);
        const auto knownOn = std::find_if(m_stored.cbegin(), m_stored.cend(),
            [](const NotificationLogRecord &r) { return r.eventId == u"known-on"_s; });
        QCOMPARE(knownOn->knownCountryNames, QStringList{u"DE"_s}); // so `country` has a known country to find
    }

    void sameRowsAsInMemory_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("expectedCount"); // guards against both sides agreeing on nothing

        QTest::newRow("type") << u"type = roaming-status"_s << 6;
        QTest::newRow("type wire name")
            << u"type = org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on"_s << 2;
        QTest::newRow("type prefix") << u"type ^= subscription"_s << 4;
        QTest::newRow("type set") << u"type in {roaming-on, roaming-off}"_s << 3;
        QTest::newRow("type not") << u"type != roaming-status"_s << 9;
        QTest::newRow("legacy type") << u"type:roaming-change-country"_s << 2;
        QTest::newRow("device") << u"device = \"+358401234567\""_s << 5;
        QTest::newRow("device prefix") << u"device ^= +358"_s << 5;
        QTest::newRow("device star") << u"dev:2001:db8*"_s << 2;
        QTest::newRow("device empty") << u"device = \"\""_s << 2;
        QTest::newRow("country") << u"country = FI"_s << 1;
        QTest::newRow("country known") << u"country = de"_s << 2;
        QTest::newRow("country shared mcc") << u"country = TC"_s << 1;
        QTest::newRow("country from the mcc") << u"country = es"_s << 1;
        QTest::newRow("country set") << u"country in {JE, PR, ES}"_s << 4;
        QTest::newRow("country not") << u"country != DE"_s << 13;
        QTest::newRow("country null") << u"country = null"_s << 5;
        QTest::newRow("country not null") << u"country != null"_s << 10;
        QTest::newRow("mcc") << u"mcc = 244"_s << 1;
        QTest::newRow("mcc known") << u"mcc = 262"_s << 2;
        QTest::newRow("mcc range") << u"mcc >= 300 and mcc < 340"_s << 2;
        QTest::newRow("mcc set") << u"mcc in {214, 901}"_s << 2;
        QTest::newRow("mcc null") << u"mcc = null"_s << 5;
        QTest::newRow("mcc not") << u"mcc != 244"_s << 14;
        QTest::newRow("mcc below") << u"mcc <= 214"_s << 2;
        QTest::newRow("roaming true") << u"roaming = true"_s << 9;
        QTest::newRow("roaming false") << u"roaming:false"_s << 2;
        QTest::newRow("roaming null") << u"roaming = null"_s << 4;
        QTest::newRow("roaming not true") << u"roaming != true"_s << 6;
        QTest::newRow("roaming set") << u"roaming in {false, null}"_s << 6;
        QTest::newRow("subscription exact") << u"subscription = dd00-0004"_s << 4;
        QTest::newRow("subscription case") << u"sub:b7c1"_s << 3;
        QTest::newRow("subscription with like characters") << u"sub:c9d0%"_s << 2;
        QTest::newRow("subscription underscore") << u"subscription ^= \"ee%_\\\\\""_s << 1;
        QTest::newRow("subscription punctuation only") << u"sub:%"_s << 0;
        QTest::newRow("reason") << u"reason = SUBSCRIPTION_EXPIRED"_s << 1;
        QTest::newRow("reason prefix") << u"reason ^= network"_s << 1;
        QTest::newRow("reason empty") << u"reason != \"\""_s << 2;
        QTest::newRow("time relative") << u"time > -2h"_s << 6;
        QTest::newRow("time null") << u"time = null"_s << 1;
        QTest::newRow("time between") << u"time <= -1h and time >= -1d"_s << 5;
        QTest::newRow("received relative") << u"received < -7d"_s << 2;
        QTest::newRow("received absolute") << u"received > 2001-01-01T00:00:00Z"_s << 15;
        QTest::newRow("source and id") << u"source ^= \"https://sim\" and id in {fr, ends, nosuch}"_s << 2;
        QTest::newRow("words") << u"+358"_s << 5;
        QTest::newRow("words country name") << u"jamaica"_s << 1;
        QTest::newRow("words subscription") << u"dd00"_s << 4;
        QTest::newRow("words under or") << u"jamaica or roaming = false"_s << 3;
        QTest::newRow("words under not") << u"not +358"_s << 10;
        QTest::newRow("words and fields") << u"type:roaming-status +358 or mcc = 901"_s << 2;
        QTest::newRow("legacy mix") << u"type:roaming-on dev:2001:db8::1 sub:dd00"_s << 1;
        QTest::newRow("words at the top and nested") << u"+358 (expired or roaming = false)"_s << 3;
        QTest::newRow("precedence") << u"roaming = false or type = roaming-on and country = DE"_s << 3;
        QTest::newRow("parentheses") << u"(roaming = false or type = roaming-on) and country = DE"_s << 1;
        QTest::newRow("not group") << u"not (type ^= roaming or reason != \"\")"_s << 2;
        QTest::newRow("empty set") << u"mcc in {}"_s << 0;
        QTest::newRow("not empty set") << u"not mcc in {}"_s << 15;
        QTest::newRow("everything") << u""_s << 15;
    }
    void sameRowsAsInMemory()
    {
        QFETCH(QString, expression);
        QFETCH(int, expectedCount);

        FilterParseError error;
        const NotificationLogFilter filter = NotificationLogFilter::parse(expression, &error);
        QVERIFY2(error.column == 0, qPrintable(error.message()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NotificationLogRecord> accepted;
        for (const NotificationLogRecord &record : std::as_const(m_stored)) {
            if (filter.expression.matches(record, now))
                accepted << record;
        }
        const QList<NotificationLogRecord> selected = m_store.olderThan(filter, NotificationLogSource::NoSeq, 1000);
        QVERIFY2(m_store.lastError().isEmpty(), qPrintable(m_store.lastError()));
        QCOMPARE(ids(selected), ids(accepted));
        QCOMPARE(selected.size(), expectedCount);
        QCOMPARE(m_store.count(filter), qint64(expectedCount));
        // The activity chart reads the same rows (by event time, else receipt time), per type and bucket.
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const QList<ActivityBucket> buckets = m_store.activity(filter, nowMs - 30 * 24 * Hour, nowMs + Hour, Hour);
        QVERIFY2(m_store.lastError().isEmpty(), qPrintable(m_store.lastError()));
        qint64 charted = 0;
        for (const ActivityBucket &bucket : buckets)
            charted += bucket.count;
        QCOMPARE(charted, qint64(expectedCount));
    }

    void otherDialect()
    {
        const std::optional<FilterExpression> expression =
            FilterExpression::parse(u"device ^= \"+35_\" and (foo or mcc in {244, 262}) and not roaming = null"_s);
        QVERIFY(expression);
        const filtersql::Condition condition = filtersql::translate(*expression, NumberedDialect());
        QCOMPARE(condition.sql,
            u"(LOWER(device) LIKE $1 ESCAPE '\\' AND ((words @@ $2) OR (((country_code IS NOT NULL AND country_code = "
            u"$3)"
            " OR (known_country_code IS NOT NULL AND known_country_code = $4)) OR ((country_code IS NOT NULL AND "
            "country_code = $5) OR (known_country_code IS NOT NULL AND known_country_code = $6)))) AND NOT roaming IS "
            "NULL)"_s);
        QCOMPARE(condition.values,
            (QVariantList{u"+35\\_%"_s, u"foo"_s, qint64(244), qint64(244), qint64(262), qint64(262)}));
    }

private:
    QTemporaryDir m_dir;
    SqliteNotificationStore m_store;
    QList<NotificationLogRecord> m_stored;
};

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
