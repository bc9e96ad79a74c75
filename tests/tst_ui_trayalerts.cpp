// TrayAlerts' policy on alerts from a real AlertService: a desktop message for new alerts of warning and
// above only, one per batch (the most urgent speaks), nothing when switched off, the click goes to the
// notification that raised it.
#include "app/alerts/alertservice.h"
#include "ui/preferences.h"
#include "ui/trayalerts.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

Alert alert(qint64 id, AlertSeverity severity, const QString &rule, qint64 seq)
{
    Alert a;
    a.id = id;
    a.ruleId = rule;
    a.kind = u"event-match"_s;
    a.severity = severity;
    a.device = u"+99999991001"_s;
    a.lastSeq = seq;
    a.message = u"%1 for +99999991001 (seq %2)"_s.arg(rule).arg(seq);
    return a;
}

} // namespace

class TestTrayAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void warningAndAboveOnly_data()
    {
        QTest::addColumn<bool>("tray");
        QTest::addColumn<QList<int>>("severities"); // AlertSeverity of each new alert, ids 1, 2, …
        QTest::addColumn<int>("messages");
        QTest::addColumn<QString>("title");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("info alone") << true << QList<int>{int(AlertSeverity::Info)} << 0 << QString() << qint64(0);
        QTest::newRow("warning") << true << QList<int>{int(AlertSeverity::Warning)} << 1 << u"Alert: rule-1"_s
                                 << qint64(11);
        QTest::newRow("critical") << true << QList<int>{int(AlertSeverity::Critical)} << 1
                                  << u"Critical alert: rule-1"_s << qint64(11);
        QTest::newRow("info and warning") << true << QList<int>{int(AlertSeverity::Info), int(AlertSeverity::Warning)}
                                          << 1 << u"Alert: rule-2"_s << qint64(12);
        QTest::newRow("batch: the critical one leads")
            << true
            << QList<int>{int(AlertSeverity::Warning), int(AlertSeverity::Critical), int(AlertSeverity::Warning)} << 1
            << u"3 new alert"_s << qint64(12); // "alert(s)" untranslated, "alerts" in English
        QTest::newRow("switched off") << false << QList<int>{int(AlertSeverity::Critical)} << 0 << QString()
                                      << qint64(0);
    }

    void warningAndAboveOnly()
    {
        QFETCH(bool, tray);
        QFETCH(QList<int>, severities);
        QFETCH(int, messages);
        QFETCH(QString, title);
        QFETCH(qint64, seq);
        AlertService service;
        TrayAlerts trayAlerts(&service);
        Preferences preferences;
        preferences.trayAlerts = tray;
        trayAlerts.setPreferences(preferences);
        QList<Alert> alerts;
        for (int i = 0; i < severities.size(); ++i)
            alerts << alert(i + 1, AlertSeverity(severities.at(i)), u"rule-%1"_s.arg(i + 1), 11 + i);
        QSignalSpy raised(&trayAlerts, &TrayAlerts::alertRaised);
        Q_EMIT service.raised(alerts); // as the service announces alerts opened by live events
        QCOMPARE(raised.size(), messages);
        if (messages == 0) {
            QCOMPARE(trayAlerts.lastAlertSeq(), 0);
            return;
        }
        QVERIFY2(
            raised.constFirst().at(0).toString().startsWith(title), qPrintable(raised.constFirst().at(0).toString()));
        QCOMPARE(raised.constFirst().at(2).toLongLong(), seq);
        QVERIFY(raised.constFirst().at(1).toString().contains(u"(seq %1)"_s.arg(seq)));
        QCOMPARE(trayAlerts.lastAlertSeq(), seq);
    }

    void repeatsAndHistoryMakeNoMessage()
    {
        // Only raised() makes messages: a repeat or a lifecycle change is alertsChanged() alone.
        AlertService service;
        TrayAlerts trayAlerts(&service);
        Preferences preferences;
        preferences.trayAlerts = true;
        trayAlerts.setPreferences(preferences);
        QSignalSpy raised(&trayAlerts, &TrayAlerts::alertRaised);
        Q_EMIT service.alertsChanged({alert(1, AlertSeverity::Critical, u"no-kp"_s, 5)});
        Q_EMIT service.loaded({alert(2, AlertSeverity::Critical, u"no-kp"_s, 6)});
        QCOMPARE(raised.size(), 0);
    }

    void alertsOpenedAtAnotherDeskMakeAMessageToo()
    {
        AlertService service;
        TrayAlerts trayAlerts(&service);
        Preferences preferences;
        preferences.trayAlerts = true;
        trayAlerts.setPreferences(preferences);
        QSignalSpy raised(&trayAlerts, &TrayAlerts::alertRaised);
        Q_EMIT service.raisedElsewhere({alert(3, AlertSeverity::Critical, u"no-kp"_s, 7)});
        QCOMPARE(raised.size(), 1);
        QCOMPARE(trayAlerts.lastAlertSeq(), 7);
    }
};

QTEST_MAIN(TestTrayAlerts)
#include "tst_ui_trayalerts.moc"
