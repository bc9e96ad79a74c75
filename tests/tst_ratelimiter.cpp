// TokenBucket (pace, burst, hold) and AdaptivePacer (finding a provider's quota from its 429s), on explicit times.
#include "app/bulk/ratelimiter.h"

#include <QTest>

using namespace roamdesk::bulk;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedBucketNeverWaits()
    {
        TokenBucket bucket;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bucket.tryTake(0));
        QCOMPARE(bucket.msUntilToken(0), 0);
    }

    void bucketHandsOutItsRate()
    {
        TokenBucket bucket(100);
        int taken = 0;
        for (qint64 ms = 0; ms <= 10000; ++ms) {
            while (bucket.tryTake(ms))
                ++taken;
        }
        // 100 a second for 10 s, plus the first token and a burst of at most two.
        QVERIFY2(taken >= 1000 && taken <= 1003, qPrintable(QString::number(taken)));
    }

    void burstIsBounded()
    {
        TokenBucket bucket(1000);
        QVERIFY(bucket.tryTake(0));
        int taken = 0;
        while (bucket.tryTake(5000))
            ++taken;
        QCOMPARE(taken, 20); // a fiftieth of a second's worth, not five seconds'
        QVERIFY(bucket.msUntilToken(5000) >= 1);
    }

    void waitUntilNextToken()
    {
        TokenBucket bucket(4);
        QVERIFY(bucket.tryTake(0));
        QVERIFY(!bucket.tryTake(0));
        QCOMPARE(bucket.msUntilToken(0), 250);
        QVERIFY(!bucket.tryTake(249));
        QVERIFY(bucket.tryTake(250));
    }

    void holdKeepsTokensBack()
    {
        TokenBucket bucket(10);
        QVERIFY(bucket.tryTake(0));
        bucket.holdUntil(2000);
        QVERIFY(!bucket.tryTake(1999));
        QVERIFY(bucket.msUntilToken(1000) >= 1000);
        // Fills from empty once the hold is over, not with the two seconds it held.
        QVERIFY(!bucket.tryTake(2000));
        QVERIFY(bucket.tryTake(2100));
        QVERIFY(!bucket.tryTake(2100));
        bucket.holdUntil(1000); // shorter: nothing changes
        QCOMPARE(bucket.heldUntil(), 2000);

        TokenBucket unlimited;
        unlimited.holdUntil(500);
        QVERIFY(!unlimited.tryTake(499));
        QCOMPARE(unlimited.msUntilToken(0), 500);
        QVERIFY(unlimited.tryTake(500));
    }

    void pacerStartsAtItsCeiling()
    {
        QCOMPARE(AdaptivePacer().rate(), 0.0);
        QCOMPARE(AdaptivePacer(50).rate(), 50.0);
    }

    void pacerFindsTheQuotaFromWhatGotThrough()
    {
        AdaptivePacer pacer;
        // 200 accepted within the last second, then a 429.
        for (int i = 0; i < 200; ++i)
            pacer.onAccepted(500 + i);
        QVERIFY(pacer.onTooManyRequests(700, 710));
        QCOMPARE(pacer.rate(), 200 * AdaptivePacer::Margin);
        // 429s of requests sent before the cut are echoes.
        QVERIFY(!pacer.onTooManyRequests(705, 720));
        QCOMPARE(pacer.rate(), 200 * AdaptivePacer::Margin);
        // A later 429 at that pace trims it a little more, never up.
        for (int i = 0; i < 190; ++i)
            pacer.onAccepted(1000 + 5 * i);
        QVERIFY(pacer.onTooManyRequests(1900, 1950));
        QVERIFY(pacer.rate() < 200 * AdaptivePacer::Margin);
        QVERIFY(pacer.rate() > 180);
    }

    void oneLowCountDoesNotCollapseThePace()
    {
        AdaptivePacer pacer(0);
        for (int i = 0; i < 1000; ++i)
            pacer.onAccepted(i);
        pacer.onTooManyRequests(999, 999);
        const double found = pacer.rate();
        // Much later, a 429 while few answers were counted (a stalled client): a quarter off, not nine tenths.
        for (int i = 0; i < 100; ++i)
            pacer.onAccepted(5000 + i);
        QVERIFY(pacer.onTooManyRequests(5100, 5100));
        QCOMPARE(pacer.rate(), found * AdaptivePacer::MaxCut * AdaptivePacer::Margin);
    }

    void lateAnswersRaiseTheEstimate()
    {
        AdaptivePacer pacer;
        for (int i = 0; i < 190; ++i)
            pacer.onAccepted(500 + i, 400 + i);
        QVERIFY(pacer.onTooManyRequests(700, 710));
        QCOMPARE(pacer.rate(), 190 * AdaptivePacer::Margin);
        // Ten more answers to requests sent before the cut: that window took 200.
        for (int i = 0; i < 10; ++i)
            QVERIFY(pacer.onAccepted(720 + i, 690));
        QCOMPARE(pacer.rate(), 200 * AdaptivePacer::Margin);
        // Answers to requests sent after the cut, or long after it, are the new pace's own.
        QVERIFY(!pacer.onAccepted(800, 750));
        QVERIFY(!pacer.onAccepted(1800, 690));
        QCOMPARE(pacer.rate(), 200 * AdaptivePacer::Margin);
    }

    void windowFreesASecondAfterItsOldestAcceptedRequest()
    {
        AdaptivePacer pacer;
        QCOMPARE(pacer.windowFreesAt(5000), 6000); // nothing accepted: a whole second
        pacer.onAccepted(4200);
        pacer.onAccepted(4700);
        QCOMPARE(pacer.windowFreesAt(4900), 5200);
        QCOMPARE(pacer.windowFreesAt(5300), 5700); // 4200 has left the window
    }

    void pacerKeepsBelowItsCeilingAndAboveTheFloor()
    {
        AdaptivePacer capped(10);
        for (int i = 0; i < 100; ++i)
            capped.onAccepted(i);
        capped.onTooManyRequests(100, 100);
        QVERIFY(capped.rate() <= 10);

        // Nothing got through: no estimate, one request a second, then half of that, never below the floor.
        AdaptivePacer starved;
        starved.onTooManyRequests(0, 0);
        QCOMPARE(starved.rate(), 1.0);
        for (int i = 1; i < 10; ++i)
            starved.onTooManyRequests(i * 2000, i * 2000);
        QCOMPARE(starved.rate(), AdaptivePacer::MinRate);
        // ... and it may creep up again, there being no pace found to stay under.
        QVERIFY(starved.probe(18000 + AdaptivePacer::QuietMsBeforeProbe));
        QVERIFY(starved.rate() > AdaptivePacer::MinRate);
    }

    void pacerCreepsBackUpAfterAQuietSpell()
    {
        AdaptivePacer pacer;
        QVERIFY(!pacer.probe(100000)); // no limit yet: nothing to raise
        for (int i = 0; i < 100; ++i)
            pacer.onAccepted(i);
        pacer.onTooManyRequests(100, 100);
        const double found = pacer.rate();
        // At the best pace found: nothing to creep back to.
        QVERIFY(!pacer.probe(100 + AdaptivePacer::QuietMsBeforeProbe));
        // A second cut (a window's jitter) lowers it; a quiet spell brings it back, no higher than before.
        for (int i = 0; i < 90; ++i)
            pacer.onAccepted(500 + 5 * i);
        QVERIFY(pacer.onTooManyRequests(960, 960));
        const double lowered = pacer.rate();
        QVERIFY(lowered < found);
        QVERIFY(!pacer.probe(960 + AdaptivePacer::QuietMsBeforeProbe - 1));
        QVERIFY(pacer.probe(960 + AdaptivePacer::QuietMsBeforeProbe));
        QCOMPARE(pacer.rate(), qMin(found, lowered * AdaptivePacer::ProbeStep));
        QVERIFY(!pacer.probe(960 + AdaptivePacer::QuietMsBeforeProbe + 1)); // one step per quiet spell
        for (int spell = 2; spell < 10; ++spell)
            pacer.probe(960 + spell * AdaptivePacer::QuietMsBeforeProbe);
        QCOMPARE(pacer.rate(), found);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
