#include "app/client/environmentstore.h"

#include "app/client/secretstore.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace roamdesk::api {

namespace {

const QString ProfilesGroup = QStringLiteral("environments/profiles");
const QString CurrentKey = QStringLiteral("environments/current");

} // namespace

EnvironmentStore::EnvironmentStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
}

bool EnvironmentStore::isBuiltIn(const QString &name)
{
    const QList<Environment> builtIns = Environment::builtIns();
    return std::any_of(
        builtIns.begin(), builtIns.end(), [&](const Environment &environment) { return environment.name == name; });
}

QString EnvironmentStore::groupFor(const QString &name) const
{
    // Profile names are free text: keep '/' and friends out of the settings key.
    return ProfilesGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex());
}

QString EnvironmentStore::secretKey(const QString &name, const char *field) const
{
    return groupFor(name) + QLatin1Char('/') + QLatin1String(field);
}

QStringList EnvironmentStore::savedNames() const
{
    QStringList names;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups)
        names << QString::fromUtf8(QByteArray::fromHex(group.toLatin1()));
    m_settings->endGroup();
    return names;
}

Environment EnvironmentStore::load(const QString &name, const Environment &defaults) const
{
    Environment environment = defaults;
    environment.name = name;
    m_settings->beginGroup(groupFor(name));
    if (const auto kind = Environment::kindFromString(m_settings->value(QStringLiteral("kind")).toString()))
        environment.kind = *kind;
    if (m_settings->contains(QStringLiteral("apiRoot")))
        environment.apiRoot = QUrl(m_settings->value(QStringLiteral("apiRoot")).toString());
    if (const auto auth = Environment::authFromString(m_settings->value(QStringLiteral("auth")).toString()))
        environment.auth = *auth;
    environment.rapidApiHost = m_settings->value(QStringLiteral("rapidApiHost"), environment.rapidApiHost).toString();
    environment.tokenUrl =
        QUrl(m_settings->value(QStringLiteral("tokenUrl"), environment.tokenUrl.toString()).toString());
    environment.clientId = m_settings->value(QStringLiteral("clientId"), environment.clientId).toString();
    environment.scope = m_settings->value(QStringLiteral("scope"), environment.scope).toString();
    environment.statusVersion =
        m_settings->value(QStringLiteral("statusVersion"), environment.statusVersion).toString();
    environment.subscriptionsVersion =
        m_settings->value(QStringLiteral("subscriptionsVersion"), environment.subscriptionsVersion).toString();
    environment.timeoutMs = m_settings->value(QStringLiteral("timeoutMs"), environment.timeoutMs).toInt();
    m_settings->endGroup();

    environment.apiKey = m_secrets->read(secretKey(name, "apiKey"));
    environment.bearerToken = m_secrets->read(secretKey(name, "bearerToken"));
    environment.clientSecret = m_secrets->read(secretKey(name, "clientSecret"));
    return environment;
}

QList<Environment> EnvironmentStore::environments() const
{
    QList<Environment> result;
    const QStringList saved = savedNames();
    for (const Environment &builtIn : Environment::builtIns())
        result << (saved.contains(builtIn.name) ? load(builtIn.name, builtIn) : builtIn);
    QStringList custom;
    for (const QString &name : saved) {
        if (!isBuiltIn(name))
            custom << name;
    }
    std::sort(custom.begin(), custom.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    for (const QString &name : custom) {
        Environment defaults;
        defaults.kind = EnvironmentKind::Custom;
        result << load(name, defaults);
    }
    return result;
}

std::optional<Environment> EnvironmentStore::environment(const QString &name) const
{
    for (const Environment &environment : environments()) {
        if (environment.name == name)
            return environment;
    }
    return std::nullopt;
}

bool EnvironmentStore::contains(const QString &name) const
{
    return environment(name).has_value();
}

bool EnvironmentStore::save(const Environment &environment)
{
    if (environment.name.trimmed().isEmpty())
        return false;
    const QString name = environment.name;
    m_settings->beginGroup(groupFor(name));
    m_settings->setValue(QStringLiteral("name"), name);
    m_settings->setValue(QStringLiteral("kind"), Environment::kindToString(environment.kind));
    // The simulator's port changes on every start: its apiRoot is not a setting.
    if (environment.kind == EnvironmentKind::Simulator)
        m_settings->remove(QStringLiteral("apiRoot"));
    else
        m_settings->setValue(QStringLiteral("apiRoot"), environment.apiRoot.toString());
    m_settings->setValue(QStringLiteral("auth"), Environment::authToString(environment.auth));
    m_settings->setValue(QStringLiteral("rapidApiHost"), environment.rapidApiHost);
    m_settings->setValue(QStringLiteral("tokenUrl"), environment.tokenUrl.toString());
    m_settings->setValue(QStringLiteral("clientId"), environment.clientId);
    m_settings->setValue(QStringLiteral("scope"), environment.scope);
    m_settings->setValue(QStringLiteral("statusVersion"), environment.statusVersion);
    m_settings->setValue(QStringLiteral("subscriptionsVersion"), environment.subscriptionsVersion);
    m_settings->setValue(QStringLiteral("timeoutMs"), environment.timeoutMs);
    m_settings->endGroup();
    m_settings->sync();

    const auto storeSecret = [&](const char *field, const QString &value) {
        if (value.isEmpty())
            m_secrets->remove(secretKey(name, field));
        else
            m_secrets->write(secretKey(name, field), value);
    };
    storeSecret("apiKey", environment.apiKey);
    storeSecret("bearerToken", environment.bearerToken);
    storeSecret("clientSecret", environment.clientSecret);
    Q_EMIT environmentsChanged();
    return true;
}

void EnvironmentStore::remove(const QString &name)
{
    m_settings->remove(groupFor(name));
    m_settings->sync();
    for (const char *field : {"apiKey", "bearerToken", "clientSecret"})
        m_secrets->remove(secretKey(name, field));
    if (currentName() == name && !isBuiltIn(name)) {
        m_settings->remove(CurrentKey);
        Q_EMIT currentChanged(currentName());
    }
    Q_EMIT environmentsChanged();
}

QString EnvironmentStore::currentName() const
{
    const QString name = m_settings->value(CurrentKey).toString();
    return name.isEmpty() || !contains(name) ? QStringLiteral("simulator") : name;
}

Environment EnvironmentStore::current() const
{
    return environment(currentName()).value_or(Environment::simulator());
}

bool EnvironmentStore::setCurrent(const QString &name)
{
    if (!contains(name))
        return false;
    if (name == currentName())
        return true;
    m_settings->setValue(CurrentKey, name);
    m_settings->sync();
    Q_EMIT currentChanged(name);
    return true;
}

} // namespace roamdesk::api
