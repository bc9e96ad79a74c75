// AlertForwarder against a real QHttpServer on loopback: the JSON body and bearer token, failures then
// success, a give-up after the bound, no retry of what the receiver refuses for good, off by default.
#include "app/alerts/alertforwarder.h"
#include "app/common/logmasking.h"
#include "tst_simsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

Alert makeAlert(qint64 id)
{
    Alert alert;
    alert.id = id;
    alert.ruleId = u"no-kp"_s;
    alert.kind = u"country-denied"_s;
    alert.severity = AlertSeverity::Critical;
    alert.device = u"+99999991000"_s;
    alert.deviceObject = QJsonObject{{u"phoneNumber"_s, u"+99999991000"_s}};
    alert.firstTime = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    alert.lastTime = alert.firstTime;
    alert.firstSeq = alert.lastSeq = 42;
    alert.message = u"+99999991000 is in KP North Korea"_s;
    return alert;
}

AlertForwarding forwardingTo(const QUrl &url, int maxAttempts)
{
    AlertForwarding forwarding;
    forwarding.enabled = true;
    forwarding.url = url;
    forwarding.token = u"s3cret-token"_s;
    forwarding.maxAttempts = maxAttempts;
    forwarding.baseDelayMs = 5; // milliseconds, not seconds: the test waits for the outcome, not the clock
    forwarding.maxDelayMs = 40;
    return forwarding;
}

} // namespace

class TestAlertForwarder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefault()
    {
        const AlertForwarding defaults;
        QVERIFY(!defaults.enabled);
        simtest::Sink sink;
        AlertForwarder forwarder;
        AlertForwarding configuration = forwardingTo(sink.url(u"/alerts"_s), 3);
        configuration.enabled = false;
        forwarder.setConfiguration(configuration);
        QVERIFY(!forwarder.isActive());
        forwarder.forward(makeAlert(1));
        QCOMPARE(forwarder.pending(), 0);
        QTest::qWait(50);
        QCOMPARE(sink.requests, 0);
    }

    void failuresThenSuccess()
    {
        simtest::Sink sink;
        sink.statuses = {503, 500}; // then 204
        AlertForwarder forwarder;
        forwarder.setConfiguration(forwardingTo(sink.url(u"/alerts"_s), 5));
        QSignalSpy delivered(&forwarder, &AlertForwarder::delivered);
        QSignalSpy retrying(&forwarder, &AlertForwarder::retrying);
        QSignalSpy gaveUp(&forwarder, &AlertForwarder::gaveUp);
        forwarder.forward(makeAlert(7));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.constFirst().at(0).toLongLong(), 7);
        QCOMPARE(delivered.constFirst().at(1).toInt(), 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(gaveUp.size(), 0);
        QCOMPARE(sink.requests, 3);
        QCOMPARE(forwarder.pending(), 0);

        QCOMPARE(sink.received.size(), 1);
        const simtest::Sink::Received &got = sink.received.constFirst();
        QCOMPARE(got.path, QByteArray("/alerts"));
        QCOMPARE(got.authorization, QByteArray("Bearer s3cret-token"));
        QVERIFY(got.contentType.startsWith("application/json"));
        QCOMPARE(got.json.value(u"rule"_s).toString(), u"no-kp"_s);
        QCOMPARE(got.json.value(u"kind"_s).toString(), u"country-denied"_s);
        QCOMPARE(got.json.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(got.json.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(got.json.value(u"count"_s).toInt(), 1);
        QCOMPARE(got.json.value(u"seq"_s).toInteger(), 42);
        QCOMPARE(got.json.value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), u"+99999991000"_s);
        QCOMPARE(got.json.value(u"time"_s).toString(), u"2026-03-01T12:00:00.000Z"_s);
    }

    void givesUpAfterTheBound()
    {
        simtest::Sink sink;
        sink.statuses = {503, 502, 504, 503, 500, 500, 500}; // more failures than attempts allowed
        AlertForwarder forwarder;
        forwarder.setConfiguration(forwardingTo(sink.url(), 4));
        QSignalSpy delivered(&forwarder, &AlertForwarder::delivered);
        QSignalSpy gaveUp(&forwarder, &AlertForwarder::gaveUp);
        forwarder.forward(makeAlert(9));
        QVERIFY(gaveUp.wait(10000));
        QCOMPARE(gaveUp.constFirst().at(0).toLongLong(), 9);
        QCOMPARE(gaveUp.constFirst().at(1).toInt(), 4);
        QVERIFY(gaveUp.constFirst().at(2).toString().contains(u"503"_s));
        QCOMPARE(sink.requests, 4);
        QTest::qWait(100); // nothing more is sent after giving up
        QCOMPARE(sink.requests, 4);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(forwarder.pending(), 0);
    }

    void refusedForGoodIsNotRepeated()
    {
        simtest::Sink sink;
        sink.statuses = {401};
        AlertForwarder forwarder;
        forwarder.setConfiguration(forwardingTo(sink.url(), 5));
        QSignalSpy gaveUp(&forwarder, &AlertForwarder::gaveUp);
        forwarder.forward(makeAlert(3));
        QVERIFY(gaveUp.wait(10000));
        QCOMPARE(gaveUp.constFirst().at(1).toInt(), 1);
        QCOMPARE(sink.requests, 1);
    }

    void unreachableIsRetriedThenGivenUp()
    {
        QTcpServer closed; // a port that was free a moment ago: connections are refused
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        AlertForwarder forwarder;
        forwarder.setConfiguration(forwardingTo(QUrl(u"http://127.0.0.1:%1/alerts"_s.arg(port)), 3));
        QSignalSpy retrying(&forwarder, &AlertForwarder::retrying);
        QSignalSpy gaveUp(&forwarder, &AlertForwarder::gaveUp);
        forwarder.forward(makeAlert(5));
        QVERIFY(gaveUp.wait(10000));
        QCOMPARE(gaveUp.constFirst().at(1).toInt(), 3);
        QCOMPARE(retrying.size(), 2);
    }

    void tokenNeverReachesALog()
    {
        AlertForwarder forwarder;
        forwarder.setConfiguration(forwardingTo(QUrl(u"https://alerts.example.com/"_s), 3));
        const QString line = logmasking::mask(u"posting with token s3cret-token to alerts.example.com"_s);
        QVERIFY2(!line.contains(u"s3cret-token"_s), qPrintable(line));
    }

    void backoffDoublesUpToTheCeiling()
    {
        AlertForwarder forwarder;
        AlertForwarding configuration = forwardingTo(QUrl(u"http://127.0.0.1:1/"_s), 10);
        configuration.baseDelayMs = 1000;
        configuration.maxDelayMs = 5000;
        forwarder.setConfiguration(configuration);
        QCOMPARE(forwarder.backoffMs(2), 1000);
        QCOMPARE(forwarder.backoffMs(3), 2000);
        QCOMPARE(forwarder.backoffMs(4), 4000);
        QCOMPARE(forwarder.backoffMs(5), 5000);
        QCOMPARE(forwarder.backoffMs(9), 5000);
    }
};

QTEST_GUILESS_MAIN(TestAlertForwarder)
#include "tst_alertforwarder.moc"
