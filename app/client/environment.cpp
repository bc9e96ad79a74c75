#include "app/client/environment.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace roamdesk::api {

namespace {

QUrl joinPath(const QUrl &root, const QString &suffix)
{
    QUrl url = root;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix, QUrl::TolerantMode);
    return url;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::api::Environment", text);
}

} // namespace

bool Environment::operator==(const Environment &other) const
{
    return name == other.name && kind == other.kind && apiRoot == other.apiRoot && auth == other.auth
        && rapidApiHost == other.rapidApiHost && tokenUrl == other.tokenUrl && clientId == other.clientId
        && scope == other.scope && apiKey == other.apiKey && bearerToken == other.bearerToken
        && clientSecret == other.clientSecret && allowInsecureTokenUrl == other.allowInsecureTokenUrl
        && statusVersion == other.statusVersion && subscriptionsVersion == other.subscriptionsVersion
        && timeoutMs == other.timeoutMs;
}

QUrl Environment::retrieveUrl() const
{
    return joinPath(apiRoot, QStringLiteral("/device-roaming-status/") + statusVersion + QStringLiteral("/retrieve"));
}

QUrl Environment::subscriptionsUrl() const
{
    return joinPath(apiRoot,
        QStringLiteral("/device-roaming-status-subscriptions/") + subscriptionsVersion
            + QStringLiteral("/subscriptions"));
}

QUrl Environment::subscriptionUrl(const QString &id) const
{
    QUrl url = subscriptionsUrl();
    // Encode everything outside the unreserved set so an id can never add a path segment or a query.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
    url.setPath(url.path(QUrl::FullyEncoded) + QLatin1Char('/') + encoded, QUrl::StrictMode);
    return url;
}

bool Environment::hasSecret() const
{
    switch (auth) {
    case AuthMode::None:
        return true;
    case AuthMode::RapidApiKey:
        return !apiKey.isEmpty();
    case AuthMode::Bearer:
        return !bearerToken.isEmpty();
    case AuthMode::OAuth2ClientCredentials:
        return !clientSecret.isEmpty();
    }
    return false;
}

bool Environment::sendsSecretInClear() const
{
    if (auth != AuthMode::OAuth2ClientCredentials
        || tokenUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive))
        return false;
    const QString host = tokenUrl.host();
    const bool loopback =
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    return !loopback;
}

QString Environment::validationError() const
{
    if (!apiRoot.isValid() || apiRoot.isRelative() || apiRoot.host().isEmpty())
        return kind == EnvironmentKind::Simulator ? tr("The simulator is not running.")
                                                  : tr("The API root must be an absolute http(s) URL.");
    if (apiRoot.scheme() != QLatin1String("http") && apiRoot.scheme() != QLatin1String("https"))
        return tr("The API root must be an absolute http(s) URL.");
    if (!supportedSubscriptionsVersions().contains(subscriptionsVersion))
        return tr("Unsupported subscriptions API version %1.").arg(subscriptionsVersion);
    if (statusVersion.isEmpty())
        return tr("The roaming status API version is missing.");
    switch (auth) {
    case AuthMode::None:
        break;
    case AuthMode::RapidApiKey:
        if (apiKey.isEmpty())
            return tr("Network as Code needs an application key (X-RapidAPI-Key).");
        if (rapidApiHost.isEmpty())
            return tr("The X-RapidAPI-Host is missing.");
        break;
    case AuthMode::Bearer:
        if (bearerToken.isEmpty())
            return tr("A bearer access token is needed.");
        break;
    case AuthMode::OAuth2ClientCredentials:
        if (!tokenUrl.isValid() || tokenUrl.isRelative() || tokenUrl.host().isEmpty()
            || (tokenUrl.scheme() != QLatin1String("https") && tokenUrl.scheme() != QLatin1String("http")))
            return tr("The OAuth2 token URL must be an absolute URL.");
        if (sendsSecretInClear() && !allowInsecureTokenUrl)
            return tr("The OAuth2 token URL must use https: over plain http the client secret would cross the "
                      "network unencrypted (http is accepted for this machine only).");
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return tr("OAuth2 needs a client id and a client secret.");
        break;
    }
    if (timeoutMs <= 0)
        return tr("The timeout must be positive.");
    return {};
}

Environment Environment::simulator(const QUrl &apiRoot, const QString &bearerToken)
{
    Environment environment;
    environment.name = QStringLiteral("simulator");
    environment.kind = EnvironmentKind::Simulator;
    environment.apiRoot = apiRoot;
    environment.auth = bearerToken.isEmpty() ? AuthMode::None : AuthMode::Bearer;
    environment.bearerToken = bearerToken;
    return environment;
}

Environment Environment::networkAsCode(EnvironmentKind kind, const QString &apiKey)
{
    if (kind != EnvironmentKind::NacStaging && kind != EnvironmentKind::NacDev)
        kind = EnvironmentKind::NacProd;
    Environment environment;
    environment.name = kindToString(kind);
    environment.kind = kind;
    environment.apiRoot = QUrl(nacBaseUrl(kind) + QStringLiteral("/device-status"));
    environment.auth = AuthMode::RapidApiKey;
    environment.rapidApiHost = nacRapidApiHost(kind);
    environment.apiKey = apiKey;
    return environment;
}

Environment Environment::customBearer(const QString &name, const QUrl &apiRoot, const QString &bearerToken)
{
    Environment environment;
    environment.name = name;
    environment.kind = EnvironmentKind::Custom;
    environment.apiRoot = apiRoot;
    environment.auth = AuthMode::Bearer;
    environment.bearerToken = bearerToken;
    return environment;
}

Environment Environment::customOAuth2(const QString &name, const QUrl &apiRoot, const QUrl &tokenUrl,
    const QString &clientId, const QString &clientSecret, const QString &scope)
{
    Environment environment;
    environment.name = name;
    environment.kind = EnvironmentKind::Custom;
    environment.apiRoot = apiRoot;
    environment.auth = AuthMode::OAuth2ClientCredentials;
    environment.tokenUrl = tokenUrl;
    environment.clientId = clientId;
    environment.clientSecret = clientSecret;
    environment.scope = scope;
    return environment;
}

QList<Environment> Environment::builtIns()
{
    return {simulator(), networkAsCode(EnvironmentKind::NacProd), networkAsCode(EnvironmentKind::NacStaging),
        networkAsCode(EnvironmentKind::NacDev)};
}

QString Environment::nacBaseUrl(EnvironmentKind kind)
{
    // network_as_code/api/client.py: staging shares the production gateway, dev has its own.
    return kind == EnvironmentKind::NacDev ? QStringLiteral("https://network-as-code1.p-eu.rapidapi.com")
                                           : QStringLiteral("https://network-as-code.p-eu.rapidapi.com");
}

QString Environment::nacRapidApiHost(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::NacStaging:
        return QStringLiteral("network-as-code.nokia-stage.rapidapi.com");
    case EnvironmentKind::NacDev:
        return QStringLiteral("network-as-code1.nokia-dev.rapidapi.com");
    default:
        return QStringLiteral("network-as-code.nokia.rapidapi.com");
    }
}

QString Environment::displayName() const
{
    switch (kind) {
    case EnvironmentKind::Simulator:
        return tr("Simulator");
    case EnvironmentKind::NacProd:
        return tr("Network as Code");
    case EnvironmentKind::NacStaging:
        return tr("Network as Code (staging)");
    case EnvironmentKind::NacDev:
        return tr("Network as Code (development)");
    case EnvironmentKind::Custom:
        break;
    }
    return name;
}

QString Environment::kindDisplayName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Simulator:
        return tr("Embedded simulator");
    case EnvironmentKind::NacProd:
        return tr("Network as Code, production");
    case EnvironmentKind::NacStaging:
        return tr("Network as Code, staging");
    case EnvironmentKind::NacDev:
        return tr("Network as Code, development");
    case EnvironmentKind::Custom:
        return tr("Custom CAMARA endpoint");
    }
    return {};
}

QString Environment::kindToString(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Simulator:
        return QStringLiteral("simulator");
    case EnvironmentKind::NacProd:
        return QStringLiteral("nac");
    case EnvironmentKind::NacStaging:
        return QStringLiteral("nac-staging");
    case EnvironmentKind::NacDev:
        return QStringLiteral("nac-dev");
    case EnvironmentKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<EnvironmentKind> Environment::kindFromString(const QString &text)
{
    for (EnvironmentKind kind : {EnvironmentKind::Simulator, EnvironmentKind::NacProd, EnvironmentKind::NacStaging,
             EnvironmentKind::NacDev, EnvironmentKind::Custom}) {
        if (kindToString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString Environment::authToString(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None:
        return QStringLiteral("none");
    case AuthMode::RapidApiKey:
        return QStringLiteral("rapidapi-key");
    case AuthMode::Bearer:
        return QStringLiteral("bearer");
    case AuthMode::OAuth2ClientCredentials:
        return QStringLiteral("oauth2-client-credentials");
    }
    return {};
}

std::optional<AuthMode> Environment::authFromString(const QString &text)
{
    for (AuthMode mode : {AuthMode::None, AuthMode::RapidApiKey, AuthMode::Bearer, AuthMode::OAuth2ClientCredentials}) {
        if (authToString(mode) == text)
            return mode;
    }
    return std::nullopt;
}

QStringList Environment::supportedSubscriptionsVersions()
{
    return {QStringLiteral("v0.7"), QStringLiteral("v0.8")};
}

} // namespace roamdesk::api
