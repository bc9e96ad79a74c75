#include "client/connectiontest.h"

#include "client/apicall.h"
#include "client/roamingclient.h"

namespace roamdesk::api {

ConnectionTest::ConnectionTest(roamdesk::TrafficLogModel *traffic, QObject *parent)
    : QObject(parent)
    , m_client(new RoamingClient(this))
{
    // A test shows its answer quickly: one retry at most, short backoff.
    RetryPolicy policy = m_client->retryPolicy();
    policy.maxRetries = 1;
    policy.baseDelayMs = 200;
    policy.maxDelayMs = 500;
    m_client->setRetryPolicy(policy);
    if (traffic)
        m_client->setTrafficLog(traffic);
}

ConnectionTest::~ConnectionTest()
{
    m_client->cancelAll();
}

void ConnectionTest::cancel()
{
    m_client->cancelAll();
    m_running = false;
}

bool ConnectionTest::run(const Environment &environment, QString *problem)
{
    const QString invalid = environment.validationError();
    if (!invalid.isEmpty()) {
        if (problem)
            *problem = invalid;
        return false;
    }
    m_client->cancelAll();
    m_client->clearAccessToken();
    m_client->setEnvironment(environment);
    m_running = true;
    ApiCall *call = m_client->listSubscriptions();
    call->setAutoDelete(true);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_running = false;
        Result result;
        result.ok = call->ok();
        result.httpStatus = call->httpStatus();
        result.elapsedMs = call->elapsedMs();
        result.attempts = call->attempts();
        if (result.ok)
            result.subscriptions = call->subscriptions() ? int(call->subscriptions()->size()) : 0;
        else
            result.error = call->error();
        Q_EMIT finished(result);
    });
    return true;
}

} // namespace roamdesk::api
