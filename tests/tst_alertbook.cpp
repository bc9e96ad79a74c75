// The alert lifecycle in memory: one standing alert per (rule, device), repeats, acknowledge / resolve / ignore.
#include "models/alertbook.h"

#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

RuleHit hit(const QString &rule, const QString &device, int minute, qint64 seq, const QString &message = {})
{
    RuleHit h;
    h.ruleId = rule;
    h.kind = u"country-denied"_s;
    h.severity = AlertSeverity::Critical;
    h.device = device;
    h.deviceObject = {{u"phoneNumber"_s, device}};
    h.time = T0.addSecs(minute * 60);
    h.seq = seq;
    h.message = message.isEmpty() ? u"hit %1"_s.arg(seq) : message;
    return h;
}

} // namespace

class TestAlertBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatCountsOnTheStandingAlert()
    {
        AlertBook book;
        QCOMPARE(book.add(hit(u"no-kp"_s, u"+3581"_s, 0, 1)), 0);
        QCOMPARE(book.add(hit(u"no-kp"_s, u"+3581"_s, 5, 2, u"newest"_s)), 0);
        QCOMPARE(book.add(hit(u"no-kp"_s, u"+3582"_s, 6, 3)), 1); // another device
        QCOMPARE(book.add(hit(u"other"_s, u"+3581"_s, 7, 4)), 2); // another rule
        QCOMPARE(book.size(), 3);
        const Alert &alert = book.at(0);
        QCOMPARE(alert.count, 2);
        QCOMPARE(alert.firstTime, T0);
        QCOMPARE(alert.lastTime, T0.addSecs(300));
        QCOMPARE(alert.firstSeq, 1);
        QCOMPARE(alert.lastSeq, 2);
        QCOMPARE(alert.message, u"newest"_s);
        QCOMPARE(alert.state, AlertState::Open);
        QCOMPARE(alert.severity, AlertSeverity::Critical);
        QCOMPARE(book.activeIndex(u"no-kp"_s, u"+3581"_s), 0);
        QCOMPARE(book.activeIndex(u"no-kp"_s, u"+3589"_s), -1);
    }

    void lateOlderHitCountsButDoesNotSpeak()
    {
        AlertBook book;
        book.add(hit(u"r"_s, u"d"_s, 10, 5, u"ten"_s));
        book.add(hit(u"r"_s, u"d"_s, 2, 6, u"two"_s));
        const Alert &alert = book.at(0);
        QCOMPARE(alert.count, 2);
        QCOMPARE(alert.lastTime, T0.addSecs(600));
        QCOMPARE(alert.message, u"ten"_s);
        QCOMPARE(alert.firstTime, T0.addSecs(120));
        QCOMPARE(alert.firstSeq, 6);
    }

    void acknowledgedStillStands()
    {
        AlertBook book;
        book.add(hit(u"r"_s, u"d"_s, 0, 1));
        const QDateTime when = T0.addSecs(3600);
        QVERIFY(book.acknowledge(0, u"ops"_s, when));
        QVERIFY(!book.acknowledge(0, u"ops"_s, when)); // only an open alert
        QCOMPARE(book.at(0).state, AlertState::Acknowledged);
        QCOMPARE(book.at(0).stateBy, u"ops"_s);
        QCOMPARE(book.at(0).stateAt, when);
        QCOMPARE(book.add(hit(u"r"_s, u"d"_s, 70, 2)), 0);
        QCOMPARE(book.at(0).count, 2);
        QCOMPARE(book.at(0).state, AlertState::Acknowledged);
    }

    void hitAfterResolveOrIgnoreOpensANewAlert_data()
    {
        QTest::addColumn<bool>("resolve");
        QTest::newRow("resolved") << true;
        QTest::newRow("ignored") << false;
    }
    void hitAfterResolveOrIgnoreOpensANewAlert()
    {
        QFETCH(bool, resolve);
        AlertBook book;
        book.add(hit(u"r"_s, u"d"_s, 0, 1));
        QVERIFY(book.acknowledge(0, u"ann"_s, T0));
        QVERIFY(resolve ? book.resolve(0, u"bob"_s, T0.addSecs(60)) : book.ignore(0, u"bob"_s, T0.addSecs(60)));
        QCOMPARE(book.at(0).state, resolve ? AlertState::Resolved : AlertState::Ignored);
        QCOMPARE(book.at(0).stateBy, u"bob"_s);
        QCOMPARE(book.activeIndex(u"r"_s, u"d"_s), -1);
        // No way back from a closed alert.
        QVERIFY(!book.resolve(0, u"bob"_s, T0));
        QVERIFY(!book.ignore(0, u"bob"_s, T0));
        QVERIFY(!book.acknowledge(0, u"bob"_s, T0));
        QCOMPARE(book.add(hit(u"r"_s, u"d"_s, 5, 2)), 1);
        QCOMPARE(book.at(1).state, AlertState::Open);
        QCOMPARE(book.at(1).count, 1);
        QCOMPARE(book.at(0).count, 1);
        QVERIFY(!book.acknowledge(7, u"x"_s, T0)); // no such alert
    }

    void sameHitsSameAlerts()
    {
        const QList<RuleHit> hits{
            hit(u"a"_s, u"1"_s, 0, 1), hit(u"b"_s, u"1"_s, 1, 2), hit(u"a"_s, u"1"_s, 2, 3), hit(u"a"_s, u"2"_s, 3, 4)};
        AlertBook first, second;
        for (const RuleHit &h : hits) {
            first.add(h);
            second.add(h);
        }
        QCOMPARE(first.size(), second.size());
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).ruleId, second.at(i).ruleId);
            QCOMPARE(first.at(i).count, second.at(i).count);
            QCOMPARE(first.at(i).lastSeq, second.at(i).lastSeq);
        }
    }

    void restoreKeepsTheStandingOnes()
    {
        AlertBook book;
        book.add(hit(u"r"_s, u"d"_s, 0, 1));
        book.add(hit(u"r"_s, u"e"_s, 0, 2));
        QVERIFY(book.resolve(1, u"ops"_s, T0));
        book.setId(0, 41);
        book.setId(1, 42);
        AlertBook restored;
        restored.restore(book.alerts());
        QCOMPARE(restored.indexOfId(42), 1);
        QCOMPARE(restored.activeIndex(u"r"_s, u"d"_s), 0);
        QCOMPARE(restored.add(hit(u"r"_s, u"d"_s, 1, 3)), 0);
        QCOMPARE(restored.add(hit(u"r"_s, u"e"_s, 1, 4)), 2);
        QCOMPARE(restored.at(2).id, 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertBook)
#include "tst_alertbook.moc"
