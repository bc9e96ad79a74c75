// AlertService on a real notification store and the real rules engine: what is stored raises alerts on open,
// commits raise them live (repeats counted on the standing alert), a restart neither loses nor double-counts
// them, bulk lifecycle changes, the open count.
#include "alerttestutil.h"
#include "app/alerts/alertservice.h"
#include "app/alerts/alertstore.h"
#include "app/store/sqlitenotificationstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

using alerttest::roamingOn;
using alerttest::rules;

Q_DECLARE_METATYPE(QList<roamdesk::Alert>)

class TestAlertService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<Alert>>(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"n%1.sqlite"_s.arg(++m_counter));
        QVERIFY(m_writer.open(m_path));
    }
    void cleanup() { m_writer.close(); }

    void storedEventsRaiseAlertsOnOpenThenLive()
    {
        QVERIFY(
            !m_writer.insert({roamingOn(u"e1"_s, u"dev-a"_s, 0), roamingOn(u"e2"_s, u"dev-b"_s, 1)}).seqs.isEmpty());
        AlertService service;
        service.setRules(rules());
        QSignalSpy loaded(&service, &AlertService::loaded);
        QSignalSpy raised(&service, &AlertService::raised);
        QSignalSpy changed(&service, &AlertService::alertsChanged);
        service.open(m_path);
        QVERIFY(loaded.wait(10000));
        QList<Alert> alerts = loaded.constFirst().at(0).value<QList<Alert>>();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.constFirst().device, u"dev-b"_s); // newest first
        QCOMPARE(service.openCount(), 2);
        QCOMPARE(raised.size(), 0); // history is shown, not announced

        // Live: dev-a again (a repeat of its standing alert) and dev-c in KP (two rules, two new alerts).
        m_writer.insert({roamingOn(u"e3"_s, u"dev-a"_s, 5), roamingOn(u"e4"_s, u"dev-c"_s, 6, u"KP"_s)});
        service.refresh();
        QVERIFY(changed.wait(10000));
        const QList<Alert> live = changed.constLast().at(0).value<QList<Alert>>();
        QCOMPARE(live.size(), 3);
        QCOMPARE(raised.size(), 1);
        const QList<Alert> opened = raised.constFirst().at(0).value<QList<Alert>>();
        QCOMPARE(opened.size(), 2);
        QStringList openedRules;
        for (const Alert &alert : opened) {
            QCOMPARE(alert.device, u"dev-c"_s);
            QCOMPARE(alert.lastSeq, 4);
            openedRules << alert.ruleId;
        }
        openedRules.sort();
        QCOMPARE(openedRules, (QStringList{u"no-kp"_s, u"roaming-on"_s}));
        const auto repeat =
            std::find_if(live.cbegin(), live.cend(), [](const Alert &a) { return a.device == u"dev-a"_s; });
        QVERIFY(repeat != live.cend());
        QCOMPARE(repeat->count, 2);
        QCOMPARE(repeat->lastSeq, 3);
        QTRY_COMPARE(service.openCount(), 4);
    }

    void restartDoesNotCountTwice()
    {
        m_writer.insert({roamingOn(u"e1"_s, u"dev-a"_s, 0), roamingOn(u"e2"_s, u"dev-a"_s, 1)});
        qint64 id = 0;
        {
            AlertService service;
            service.setRules(rules());
            QSignalSpy loaded(&service, &AlertService::loaded);
            service.open(m_path);
            QVERIFY(loaded.wait(10000));
            const QList<Alert> alerts = loaded.constFirst().at(0).value<QList<Alert>>();
            QCOMPARE(alerts.size(), 1);
            QCOMPARE(alerts.constFirst().count, 2);
            id = alerts.constFirst().id;
            QSignalSpy changed(&service, &AlertService::alertsChanged);
            service.acknowledge({id});
            QVERIFY(changed.wait(10000));
            QCOMPARE(changed.constFirst().at(0).value<QList<Alert>>().constFirst().state, AlertState::Acknowledged);
            QTRY_COMPARE(service.openCount(), 0);
        }
        // One more event while RoamDesk was closed.
        m_writer.insert({roamingOn(u"e3"_s, u"dev-a"_s, 2)});
        AlertService again;
        again.setRules(rules());
        QSignalSpy loaded(&again, &AlertService::loaded);
        again.open(m_path);
        QVERIFY(loaded.wait(10000));
        const QList<Alert> alerts = loaded.constFirst().at(0).value<QList<Alert>>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().id, id);
        QCOMPARE(alerts.constFirst().count, 3); // the two before, once each, and the new one
        QCOMPARE(alerts.constFirst().state, AlertState::Acknowledged);
        QCOMPARE(alerts.constFirst().stateBy, AlertService::currentOperator());
        QCOMPARE(again.openCount(), 0);
    }

    void bulkResolveAndIgnore()
    {
        m_writer.insert(
            {roamingOn(u"e1"_s, u"dev-a"_s, 0), roamingOn(u"e2"_s, u"dev-b"_s, 1), roamingOn(u"e3"_s, u"dev-c"_s, 2)});
        AlertService service;
        service.setRules(rules());
        QSignalSpy loaded(&service, &AlertService::loaded);
        service.open(m_path);
        QVERIFY(loaded.wait(10000));
        QList<qint64> ids;
        for (const Alert &alert : loaded.constFirst().at(0).value<QList<Alert>>())
            ids << alert.id;
        QCOMPARE(ids.size(), 3);
        QSignalSpy changed(&service, &AlertService::alertsChanged);
        service.setState(ids.mid(0, 2), AlertState::Resolved, u"alice"_s);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.constFirst().at(0).value<QList<Alert>>().size(), 2);
        QTRY_COMPARE(service.openCount(), 1);
        // Ignoring all three moves only the one still standing.
        service.setState(ids, AlertState::Ignored, u"bob"_s);
        QVERIFY(changed.wait(10000));
        const QList<Alert> moved = changed.constLast().at(0).value<QList<Alert>>();
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.constFirst().id, ids.at(2));
        QCOMPARE(moved.constFirst().stateBy, u"bob"_s);
        QTRY_COMPARE(service.openCount(), 0);
        // A new hit after resolve opens a new alert, announced.
        QSignalSpy raised(&service, &AlertService::raised);
        m_writer.insert({roamingOn(u"e4"_s, u"dev-a"_s, 5)});
        service.refresh();
        QVERIFY(raised.wait(10000));
        QVERIFY(!ids.contains(raised.constFirst().at(0).value<QList<Alert>>().constFirst().id));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    SqliteNotificationStore m_writer;
};

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
