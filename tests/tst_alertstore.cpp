// AlertStore on real SQLite files beside a real notification store: the lifecycle across a reopen, one active
// alert per (rule, device) with repeats counted, newest-first pages.
#include "app/alerts/alertstore.h"
#include "app/store/sqlitenotificationstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(minute * 60);
}

RuleHit hit(
    const QString &rule, const QString &device, int minute, qint64 seq, AlertSeverity severity = AlertSeverity::Warning)
{
    RuleHit h;
    h.ruleId = rule;
    h.kind = u"country-denied"_s;
    h.severity = severity;
    h.device = device;
    h.deviceObject = QJsonObject{{u"phoneNumber"_s, device}};
    h.time = at(minute);
    h.seq = seq;
    h.message = u"%1 hit at minute %2"_s.arg(device).arg(minute);
    return h;
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"notifications-%1.sqlite"_s.arg(++m_counter));
        // The receiver creates and migrates the file first; the alerts live beside its tables.
        SqliteNotificationStore notifications;
        QVERIFY2(notifications.open(m_path), qPrintable(notifications.lastError()));
    }

    void repeatsCountOnTheActiveAlert()
    {
        AlertStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        const auto first = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, 0, 10));
        QVERIFY(first && first->isNew);
        QCOMPARE(first->alert.count, 1);
        const auto repeat = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, 5, 14, AlertSeverity::Critical));
        QVERIFY(repeat);
        QVERIFY(!repeat->isNew);
        QCOMPARE(repeat->alert.id, first->alert.id);
        QCOMPARE(repeat->alert.count, 2);
        QCOMPARE(repeat->alert.lastSeq, 14);
        QCOMPARE(repeat->alert.firstSeq, 10);
        QCOMPARE(repeat->alert.lastTime, at(5));
        QCOMPARE(repeat->alert.firstTime, at(0));
        QCOMPARE(repeat->alert.message, u"+99999991000 hit at minute 5"_s);
        // An older hit arriving late counts, but does not become the newest.
        const auto late = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, -3, 8));
        QVERIFY(late);
        QCOMPARE(late->alert.count, 3);
        QCOMPARE(late->alert.lastSeq, 14);
        QCOMPARE(late->alert.firstTime, at(-3));
        QCOMPARE(late->alert.firstSeq, 8);
        // Another device, another rule: alerts of their own.
        QVERIFY(store.applyHit(hit(u"no-kp"_s, u"+99999991001"_s, 1, 11))->isNew);
        QVERIFY(store.applyHit(hit(u"hopping"_s, u"+99999991000"_s, 1, 12))->isNew);
        QCOMPARE(store.active().size(), 3);
        QCOMPARE(store.count(AlertState::Open), 3);

        // Acknowledged still stands: a hit repeats it. Resolved does not: the next hit opens a new alert.
        QCOMPARE(store.setState({first->alert.id}, AlertState::Acknowledged, u"ops"_s, at(6)).size(), 1);
        const auto afterAck = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, 7, 15));
        QCOMPARE(afterAck->alert.id, first->alert.id);
        QCOMPARE(afterAck->alert.state, AlertState::Acknowledged);
        QCOMPARE(afterAck->alert.count, 4);
        QCOMPARE(store.setState({first->alert.id}, AlertState::Resolved, u"ops"_s, at(8)).size(), 1);
        const auto reopened = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, 9, 16));
        QVERIFY(reopened->isNew);
        QVERIFY(reopened->alert.id > first->alert.id);
        QCOMPARE(reopened->alert.count, 1);
        QCOMPARE(store.byId(first->alert.id)->state, AlertState::Resolved);
    }

    void oneActivePerRuleAndDeviceIsEnforced()
    {
        AlertStore store;
        QVERIFY(store.open(m_path));
        const auto first = store.applyHit(hit(u"no-kp"_s, u"+99999991000"_s, 0, 1));
        QVERIFY(first);
        // A second active alert written around applyHit (a stale copy saved as new) is refused by the index.
        Alert stale = first->alert;
        stale.id = 0;
        QVERIFY(!store.save(stale));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.active().size(), 1);
    }

    void lifecycleSurvivesAReopen()
    {
        qint64 acknowledged = 0;
        qint64 ignored = 0;
        qint64 open = 0;
        {
            AlertStore store;
            QVERIFY(store.open(m_path));
            acknowledged = store.applyHit(hit(u"r1"_s, u"dev-a"_s, 0, 1))->alert.id;
            ignored = store.applyHit(hit(u"r1"_s, u"dev-b"_s, 1, 2))->alert.id;
            open = store.applyHit(hit(u"r2"_s, u"dev-a"_s, 2, 3))->alert.id;
            store.applyHit(hit(u"r2"_s, u"dev-a"_s, 3, 4));
            QCOMPARE(store.setState({acknowledged}, AlertState::Acknowledged, u"alice"_s, at(10)).size(), 1);
            QCOMPARE(store.setState({ignored}, AlertState::Ignored, u"bob"_s, at(11)).size(), 1);
            // What the lifecycle does not allow is left as it is: an ignored alert is not acknowledged.
            QVERIFY(store.setState({ignored}, AlertState::Acknowledged, u"carol"_s, at(12)).isEmpty());
        }
        AlertStore reopened; // a restart: a new connection to the same file
        QVERIFY(reopened.open(m_path));
        const Alert a = *reopened.byId(acknowledged);
        QCOMPARE(a.state, AlertState::Acknowledged);
        QCOMPARE(a.stateBy, u"alice"_s);
        QCOMPARE(a.stateAt, at(10));
        QCOMPARE(a.deviceObject.value(u"phoneNumber"_s).toString(), u"dev-a"_s);
        const Alert b = *reopened.byId(ignored);
        QCOMPARE(b.state, AlertState::Ignored);
        QCOMPARE(b.stateBy, u"bob"_s);
        const Alert c = *reopened.byId(open);
        QCOMPARE(c.state, AlertState::Open);
        QCOMPARE(c.count, 2);
        QCOMPARE(c.lastSeq, 4);
        QVERIFY(c.stateBy.isEmpty());
        QVERIFY(!c.stateAt.isValid());
        QCOMPARE(reopened.active().size(), 2);
        // The standing alert of (r2, dev-a) is repeated after the restart, not opened again.
        const auto repeat = reopened.applyHit(hit(u"r2"_s, u"dev-a"_s, 20, 9));
        QVERIFY(!repeat->isNew);
        QCOMPARE(repeat->alert.id, open);
        QCOMPARE(repeat->alert.count, 3);
        // New ids go on after the highest stored one.
        QVERIFY(reopened.applyHit(hit(u"r1"_s, u"dev-b"_s, 21, 10))->alert.id > open);
    }

    void pagesNewestFirst()
    {
        AlertStore store;
        QVERIFY(store.open(m_path));
        for (int i = 0; i < 25; ++i)
            store.applyHit(hit(u"rule"_s, u"dev-%1"_s.arg(i), i, i + 1));
        QList<qint64> ids;
        for (qint64 before = AlertStore::NoId;;) {
            const QList<Alert> page = store.olderThan(before, 10);
            if (page.isEmpty())
                break;
            for (const Alert &alert : page)
                ids << alert.id;
            before = page.constLast().id;
        }
        QCOMPARE(ids.size(), 25);
        QCOMPARE(ids.constFirst(), 25);
        QCOMPARE(ids.constLast(), 1);
        QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
    }

    void tableAndIndexesBesideTheNotifications()
    {
        {
            AlertStore store;
            QVERIFY(store.open(m_path));
            AlertStore again; // a second connection, creating nothing twice
            QVERIFY2(again.open(m_path), qPrintable(again.lastError()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QStringList names;
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE tbl_name IN ('alerts', 'notifications') "
                               "AND type IN ('table', 'index') ORDER BY name"_s));
            while (query.next())
                names << query.value(0).toString();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
        QVERIFY2(names.contains(u"alerts"_s), qPrintable(names.join(u' ')));
        QVERIFY(names.contains(u"notifications"_s));
        QVERIFY(names.contains(u"alerts_rule_device_active"_s));
        QVERIFY(names.contains(u"alerts_one_active"_s));
    }

    void opensATableWrittenBeforeRevisions()
    {
        // The alerts table as earlier builds wrote it, with one open alert in it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE alerts (id BIGINT PRIMARY KEY NOT NULL, rule_id TEXT NOT NULL, "
                               "kind TEXT NOT NULL, severity TEXT NOT NULL, device TEXT NOT NULL, device_json TEXT NOT "
                               "NULL, first_ms BIGINT, last_ms BIGINT, first_seq BIGINT NOT NULL, last_seq BIGINT NOT "
                               "NULL, hit_count INTEGER NOT NULL, message TEXT NOT NULL, state TEXT NOT NULL, active "
                               "INTEGER NOT NULL, state_by TEXT NOT NULL, state_ms BIGINT)"_s));
            QVERIFY(query.exec(u"INSERT INTO alerts VALUES (7, 'no-kp', 'country-denied', 'critical', '+1', '{}', 0, "
                               "0, 1, 1, 1, 'm', 'open', 1, '', NULL)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);

        AlertStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.active().size(), 1);
        QCOMPARE(store.newestRevision(), qint64(0));
        AlertStore other;
        QVERIFY2(other.open(m_path), qPrintable(other.lastError()));
        qint64 seen = other.newestRevision();
        const std::optional<AlertStore::Applied> repeat = store.applyHit(hit(u"no-kp"_s, u"+1"_s, 5, 2));
        QVERIFY(repeat);
        QCOMPARE(repeat->alert.id, qint64(7));
        QCOMPARE(repeat->alert.count, 2);
        const QList<Alert> changed = other.changedSince(seen, &seen);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().count, 2);
        QCOMPARE(seen, qint64(1));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
