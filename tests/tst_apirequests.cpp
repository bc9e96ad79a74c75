// ApiRequests against a real loopback server answering 503: every retry is announced with its number and
// the policy's ceiling, and cancel() stops the call while it waits to retry.
#include "app/client/roamingclient.h"
#include "app/session/apirequests.h"
#include "clienttestutil.h"
#include "models/subscriptiontablemodel.h"
#include "tst_client_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::api;
using namespace Qt::StringLiterals;

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<fixture::HttpFixture>();
        m_server->fallback = fixture::Response::camaraError(503, "UNAVAILABLE", "Network issue");
        m_client = std::make_unique<RoamingClient>();
        m_client->setEnvironment(Environment::customBearer(u"fixture"_s, m_server->root(u"/device-status"_s), u"t"_s));
        m_subscriptions = std::make_unique<SubscriptionTableModel>();
        m_requests = std::make_unique<ApiRequests>(m_client.get(), m_subscriptions.get(), nullptr);
    }

    void cleanup()
    {
        m_requests.reset();
        m_client.reset();
        m_server.reset();
    }

    void retriesAreAnnouncedWithTheirNumber()
    {
        RetryPolicy policy;
        policy.maxRetries = 2;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 20;
        m_client->setRetryPolicy(policy);
        QSignalSpy retrying(m_requests.get(), &ApiRequests::retrying);
        QSignalSpy failed(m_requests.get(), &ApiRequests::requestFailed);
        const quint64 id = m_requests->lookup(clienttest::phone(u"+99999990503"_s));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, clienttest::Wait);
        QCOMPARE(retrying.count(), 2);
        for (int i = 0; i < retrying.count(); ++i) {
            QCOMPARE(retrying.at(i).at(0).toULongLong(), id);
            QCOMPARE(retrying.at(i).at(1).toInt(), i + 2); // the next attempt: 2, then 3
            QCOMPARE(retrying.at(i).at(2).toInt(), 3); // of at most 3
            QVERIFY(retrying.at(i).at(3).toInt() <= 20);
        }
        QCOMPARE(failed.first().at(3).toInt(), 3);
        QCOMPARE(failed.first().at(2).value<ApiError>().httpStatus, 503);
        QCOMPARE(m_server->requests.size(), 3);
    }

    void cancelStopsTheCallWhileItWaitsToRetry()
    {
        RetryPolicy policy;
        policy.maxRetries = 3;
        policy.baseDelayMs = 60000; // the back-off would outlast the test
        policy.maxDelayMs = 60000;
        policy.jitter = 0;
        m_client->setRetryPolicy(policy);
        QSignalSpy retrying(m_requests.get(), &ApiRequests::retrying);
        QSignalSpy failed(m_requests.get(), &ApiRequests::requestFailed);
        const quint64 id = m_requests->lookup(clienttest::phone(u"+99999990503"_s));
        QTRY_COMPARE_WITH_TIMEOUT(retrying.count(), 1, clienttest::Wait);
        QCOMPARE(retrying.first().at(1).toInt(), 2);
        QCOMPARE(retrying.first().at(2).toInt(), 4);
        m_requests->cancel(id);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), id);
        QCOMPARE(failed.first().at(2).value<ApiError>().transport, ApiError::Transport::Cancelled);
        // Nothing more is sent, and a second cancel or an unknown id does nothing.
        m_requests->cancel(id);
        m_requests->cancel(id + 100);
        QTest::qWait(100);
        QCOMPARE(m_server->requests.size(), 1);
        QCOMPARE(failed.count(), 1);
    }

    void cancelAbortsAnAttemptInFlight()
    {
        m_client->setRetryPolicy(RetryPolicy::none());
        fixture::Response never;
        never.never = true;
        m_server->enqueue(never);
        QSignalSpy failed(m_requests.get(), &ApiRequests::requestFailed);
        const quint64 id = m_requests->lookup(clienttest::phone(u"+99999991000"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, clienttest::Wait);
        m_requests->cancel(id);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).value<ApiError>().transport, ApiError::Transport::Cancelled);
    }

private:
    std::unique_ptr<fixture::HttpFixture> m_server;
    std::unique_ptr<RoamingClient> m_client;
    std::unique_ptr<SubscriptionTableModel> m_subscriptions;
    std::unique_ptr<ApiRequests> m_requests;
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
