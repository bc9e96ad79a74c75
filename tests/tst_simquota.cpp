// The simulator's quotas: per second (429 TOO_MANY_REQUESTS), per UTC day (429 QUOTA_EXCEEDED), per API key or
// token, Retry-After on request; over real loopback HTTP with a ManualClock, and the command line's flags.
#include "app/simulator/requestquota.h"
#include "app/simulator/simulatorserver.h"
#include "tst_simsupport.h"

#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using roamdesk::sim::QuotaSettings;
using roamdesk::sim::RequestQuota;

namespace {

QDateTime at(const char *utc)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

const QByteArray Body = R"({"device": {"phoneNumber": "+99999991000"}})";

} // namespace

class TestSimQuota : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefault()
    {
        RequestQuota quota;
        QVERIFY(quota.settings().isOff());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!quota.admit(QString(), at("2026-01-01T00:00:00.000")));
    }

    void perSecondWindow()
    {
        RequestQuota quota;
        quota.setSettings(QuotaSettings{3, 0, false});
        for (int i = 0; i < 3; ++i)
            QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T00:00:00.100")));
        const auto refused = quota.admit(u"k"_s, at("2026-01-01T00:00:00.900"));
        QVERIFY(refused);
        QCOMPARE(refused->code, u"TOO_MANY_REQUESTS"_s);
        QVERIFY(!refused->retryAfterSeconds);
        // Another key has its own quota; the next second starts afresh.
        QVERIFY(!quota.admit(u"other"_s, at("2026-01-01T00:00:00.900")));
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T00:00:01.000")));
    }

    void refusedRequestsUseUpNothing()
    {
        RequestQuota quota;
        quota.setSettings(QuotaSettings{1, 3, false});
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T00:00:00.000")));
        for (int i = 0; i < 10; ++i)
            QVERIFY(quota.admit(u"k"_s, at("2026-01-01T00:00:00.500")));
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T00:00:01.000")));
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T00:00:02.000")));
    }

    void dailyQuotaUntilTheNextUtcDay()
    {
        RequestQuota quota;
        quota.setSettings(QuotaSettings{0, 2, true});
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T10:00:00.000")));
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-01T11:00:00.000")));
        const auto refused = quota.admit(u"k"_s, at("2026-01-01T23:59:00.000"));
        QVERIFY(refused);
        QCOMPARE(refused->code, u"QUOTA_EXCEEDED"_s);
        QCOMPARE(refused->retryAfterSeconds, std::optional<qint64>(60));
        QVERIFY(!quota.admit(u"k"_s, at("2026-01-02T00:00:00.000")));
    }

    void overHttpWithRetryAfter()
    {
        ManualClock clock(at("2026-01-01T00:00:00.250"));
        sim::SimulatorServer server(&clock, nullptr);
        server.setQuota(QuotaSettings{2, 0, true});
        QVERIFY(server.listen());
        const QUrl url(server.apiRoot().toString() + u"/device-roaming-status/v1/retrieve"_s);
        simtest::HttpClient client;
        QCOMPARE(client.send("POST", url, Body).status, 200);
        QCOMPARE(client.send("POST", url, Body).status, 200);
        const simtest::HttpResult refused = client.send("POST", url, Body, {{"x-correlator", "abc-1"}});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.object().value(u"code"_s).toString(), u"TOO_MANY_REQUESTS"_s);
        QCOMPARE(refused.object().value(u"status"_s).toInt(), 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QCOMPARE(refused.header("x-correlator"), QByteArray("abc-1"));
        QCOMPARE(server.quotaRefusals(), 1);
        // Each token is a key of its own.
        QCOMPARE(client.send("POST", url, Body, {{"Authorization", "Bearer t1"}}).status, 200);
        clock.advance(1000);
        QCOMPARE(client.send("POST", url, Body).status, 200);
        // Unknown paths are not counted.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.send("GET", QUrl(server.apiRoot().toString() + u"/nowhere"_s)).status, 404);
        QCOMPARE(client.send("POST", url, Body).status, 200);
        QCOMPARE(client.send("POST", url, Body).status, 429);
    }

    void dailyQuotaOverHttpWithoutRetryAfter()
    {
        ManualClock clock(at("2026-01-01T12:00:00.000"));
        sim::SimulatorServer server(&clock, nullptr);
        server.setQuota(QuotaSettings{0, 1, false});
        QVERIFY(server.listen());
        const QUrl url(server.apiRoot().toString() + u"/device-roaming-status/v1/retrieve"_s);
        simtest::HttpClient client;
        QCOMPARE(client.send("POST", url, Body).status, 200);
        const simtest::HttpResult refused = client.send("POST", url, Body);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.object().value(u"code"_s).toString(), u"QUOTA_EXCEEDED"_s);
        QVERIFY(refused.header("Retry-After").isEmpty());
        clock.advance(12 * 3600 * 1000);
        QCOMPARE(client.send("POST", url, Body).status, 200);
    }

    void commandLineFlags()
    {
        QProcess process;
        process.start(QStringLiteral(ROAMDESK_CLI_PATH),
            {u"simulator"_s, u"--quota"_s, u"1"_s, u"--daily-quota"_s, u"100"_s, u"--retry-after"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QUrl apiRoot(QString::fromUtf8(process.readLine().trimmed()));
        const QUrl url(apiRoot.toString() + u"/device-roaming-status/v1/retrieve"_s);
        simtest::HttpClient client;
        // Two calls in a row: at most one fits a second, unless the second turned in between; three cannot.
        int refused = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 3; ++i) {
            const simtest::HttpResult result = client.send("POST", url, Body);
            if (result.status == 429) {
                ++refused;
                retryAfter = result.header("Retry-After");
            }
        }
        QVERIFY(refused >= 1);
        QCOMPARE(retryAfter, QByteArray("1"));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));

        for (const QStringList &bad : {QStringList{u"--quota"_s, u"0"_s}, QStringList{u"--daily-quota"_s, u"x"_s},
                 QStringList{u"--retry-after"_s}}) {
            QProcess refusedRun;
            refusedRun.start(QStringLiteral(ROAMDESK_CLI_PATH), QStringList{u"simulator"_s} + bad);
            QVERIFY(refusedRun.waitForFinished(10000));
            QCOMPARE(refusedRun.exitCode(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimQuota)
#include "tst_simquota.moc"
