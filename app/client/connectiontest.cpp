#include "app/client/connectiontest.h"

#include "app/client/apicall.h"
#include "app/client/roamingclient.h"

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
    ++m_generation;
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
    const quint64 generation = ++m_generation;
    m_client->cancelAll();
    m_client->clearAccessToken();
    m_client->setEnvironment(environment);
    m_running = true;
    ApiCall *call = m_client->listSubscriptions();
    call->setAutoDelete(true);
    const QUrl url = environment.subscriptionsUrl();
    connect(call, &ApiCall::finished, this, [this, call, url, generation] {
        if (generation != m_generation)
            return;
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
        if (!result.ok && !result.error.isTransport() && result.httpStatus == 404)
            result.advice = notFoundAdvice(url);
        Q_EMIT finished(result);
    });
    return true;
}

QString ConnectionTest::notFoundAdvice(const QUrl &url)
{
    return tr("HTTP 404: there is no subscriptions API at %1. The API root is probably wrong: it is the address "
              "that the API paths follow, such as https://api.example.com/camara. Or the server offers another "
              "version of the subscriptions API.")
        .arg(url.toString());
}

} // namespace roamdesk::api
