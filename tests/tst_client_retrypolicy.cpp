// RetryPolicy and AccessTokenCache: the pure decisions behind retries and OAuth2 token reuse.
#include "app/client/accesstokencache.h"
#include "app/client/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace roamdesk;
using namespace roamdesk::api;

class TestClientRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsWithJitterAndCeiling_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<int>("full");
        QTest::newRow("1st") << 1 << 500;
        QTest::newRow("2nd") << 2 << 1000;
        QTest::newRow("3rd") << 3 << 2000;
        QTest::newRow("5th") << 5 << 8000;
        QTest::newRow("10th capped") << 10 << 8000;
    }

    void backoffGrowsWithJitterAndCeiling()
    {
        QFETCH(int, retry);
        QFETCH(int, full);
        const RetryPolicy policy;
        QCOMPARE(policy.backoffDelayMs(retry, 0), full); // no jitter drawn
        QCOMPARE(policy.backoffDelayMs(retry, 0xFFFFFFFFu), full / 2 + (full % 2)); // maximal jitter: half
        const int middle = policy.backoffDelayMs(retry, 0x80000000u);
        QVERIFY(middle < full && middle > full / 2);
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: not parseable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("date ahead") << QByteArray("Thu, 01 Jan 2026 00:00:30 GMT") << qint64(30000);
        QTest::newRow("date past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void decisions_data()
    {
        QTest::addColumn<bool>("safe");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("transport");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expected"); // -1: no retry
        const int none = int(ApiError::Transport::None);
        QTest::newRow("503 safe") << true << 0 << 503 << none << QByteArray() << 500;
        QTest::newRow("502 safe 2nd") << true << 1 << 502 << none << QByteArray() << 1000;
        QTest::newRow("504 safe") << true << 0 << 504 << none << QByteArray() << 500;
        QTest::newRow("503 create") << false << 0 << 503 << none << QByteArray() << -1;
        QTest::newRow("500 safe") << true << 0 << 500 << none << QByteArray() << -1;
        QTest::newRow("404 safe") << true << 0 << 404 << none << QByteArray() << -1;
        QTest::newRow("exhausted") << true << 3 << 503 << none << QByteArray() << -1;
        QTest::newRow("refused safe") << true << 0 << 0 << int(ApiError::Transport::ConnectionRefused) << QByteArray()
                                      << 500;
        QTest::newRow("refused create") << false << 0 << 0 << int(ApiError::Transport::ConnectionRefused)
                                        << QByteArray() << -1;
        QTest::newRow("dns") << true << 0 << 0 << int(ApiError::Transport::HostNotFound) << QByteArray() << -1;
        QTest::newRow("tls") << true << 0 << 0 << int(ApiError::Transport::Tls) << QByteArray() << -1;
        QTest::newRow("429 header") << false << 0 << 429 << none << QByteArray("7") << 7000;
        QTest::newRow("429 no header") << true << 0 << 429 << none << QByteArray() << 1000;
        QTest::newRow("429 too long") << true << 0 << 429 << none << QByteArray("61") << -1;
        QTest::newRow("429 exhausted") << true << 3 << 429 << none << QByteArray("1") << -1;
    }

    void decisions()
    {
        QFETCH(bool, safe);
        QFETCH(int, done);
        QFETCH(int, status);
        QFETCH(int, transport);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expected);
        const RetryPolicy policy;
        const std::optional<int> delay = policy.retryDelay(
            safe, done, status, ApiError::Transport(transport), retryAfter, QDateTime::currentDateTimeUtc(), 0);
        QCOMPARE(delay.value_or(-1), expected);
        QCOMPARE(RetryPolicy::none().retryDelay(
                     safe, 0, status, ApiError::Transport(transport), retryAfter, QDateTime::currentDateTimeUtc(), 0),
            std::nullopt);
    }

    void tokenCacheFollowsTheClock()
    {
        ManualClock clock;
        AccessTokenCache cache(&clock);
        QVERIFY(!cache.isValid());
        cache.store(QStringLiteral("t1"), 120);
        QCOMPARE(cache.token(), QStringLiteral("t1"));
        clock.advance(89 * 1000);
        QCOMPARE(cache.token(), QStringLiteral("t1"));
        clock.advance(2 * 1000); // within the 30 s skew of expiry
        QVERIFY(cache.token().isEmpty());
        cache.store(QStringLiteral("t2"), -1); // no expires_in: the default lifetime
        QCOMPARE(cache.expiresAt(), clock.now().addSecs(AccessTokenCache::DefaultLifetimeSeconds));
        cache.clear();
        QVERIFY(cache.token().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientRetryPolicy)
#include "tst_client_retrypolicy.moc"
