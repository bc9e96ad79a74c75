#include "app/session/environmentservice.h"

#include "app/client/environmentstore.h"
#include "app/client/roamingclient.h"
#include "app/client/secretstore.h"
#include "app/session/simulatorcontrol.h"

namespace roamdesk {

EnvironmentService::EnvironmentService(
    api::SecretStore *secrets, api::RoamingClient *client, SimulatorControl *simulator, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_client(client)
    , m_simulator(simulator)
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<api::FileSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_store = std::make_unique<api::EnvironmentStore>(&m_settings, m_secrets);
}

EnvironmentService::~EnvironmentService() = default;

QList<EnvironmentService::Entry> EnvironmentService::environments() const
{
    QList<Entry> out;
    for (const api::Environment &env : m_store->environments()) {
        Entry item;
        item.id = env.name;
        item.isSimulator = env.kind == api::EnvironmentKind::Simulator;
        item.name = env.displayName();
        out << item;
    }
    return out;
}

QString EnvironmentService::currentId() const
{
    return m_store->currentName();
}

EnvironmentService::Entry EnvironmentService::current() const
{
    const QString id = currentId();
    for (const Entry &env : environments()) {
        if (env.id == id)
            return env;
    }
    return {id, id, false};
}

bool EnvironmentService::isSimulator() const
{
    return m_store->current().kind == api::EnvironmentKind::Simulator;
}

void EnvironmentService::setCurrent(const QString &id)
{
    if (id == currentId() || !m_store->setCurrent(id))
        return;
    apply();
    Q_EMIT changed(true);
}

void EnvironmentService::apply()
{
    api::Environment env = m_store->current();
    if (env.kind == api::EnvironmentKind::Simulator && m_simulator && m_simulator->isRunning())
        env.apiRoot = m_simulator->apiRoot();
    m_client->setEnvironment(env);
}

QUrl EnvironmentService::apiRoot() const
{
    return m_client->environment().apiRoot;
}

void EnvironmentService::reload()
{
    const api::Environment before = m_client->environment();
    m_client->clearAccessToken();
    apply();
    const api::Environment after = m_client->environment();
    Q_EMIT changed(after.name != before.name || after.apiRoot != before.apiRoot);
}

} // namespace roamdesk
