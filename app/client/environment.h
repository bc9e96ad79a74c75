#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace roamdesk::api {

/// Where a profile sends its calls.
enum class EnvironmentKind {
    Simulator, // the embedded simulator (apiRoot filled in when it is started)
    NacProd, // Network as Code production (RapidAPI)
    NacStaging, // Network as Code staging
    NacDev, // Network as Code development
    Custom, // any CAMARA endpoint
};

/// How a profile authenticates.
enum class AuthMode {
    None,
    RapidApiKey, // X-RapidAPI-Key + X-RapidAPI-Host (Network as Code)
    Bearer, // Authorization: Bearer <token>
    OAuth2ClientCredentials, // token URL + client id/secret -> access token, cached until it expires
};

/// One environment profile: endpoint, authentication and API versions. Secrets (apiKey, bearerToken,
/// clientSecret) live in memory here; EnvironmentStore persists them through a SecretStore, never in
/// the settings file, and nothing logs them.
struct Environment
{
    QString name; // unique profile name, e.g. "simulator", "nac", "my-operator"
    EnvironmentKind kind = EnvironmentKind::Simulator;
    QUrl apiRoot; // e.g. https://network-as-code.p-eu.rapidapi.com/device-status
    AuthMode auth = AuthMode::None;
    QString rapidApiHost; // X-RapidAPI-Host

    // OAuth2 client credentials
    QUrl tokenUrl;
    QString clientId;
    QString scope; // optional, space separated
    /// Send the client secret over plain http to a host other than this machine (the command line's
    /// --insecure; never saved with the profile).
    bool allowInsecureTokenUrl = false;

    // Secrets
    QString apiKey;
    QString bearerToken;
    QString clientSecret;

    QString statusVersion = QStringLiteral("v1");
    QString subscriptionsVersion = QStringLiteral("v0.7"); // or "v0.8"
    int timeoutMs = DefaultTimeoutMs;

    static constexpr int DefaultTimeoutMs = 30000; // as the Network as Code SDKs

    bool operator==(const Environment &other) const;
    bool operator!=(const Environment &other) const { return !(*this == other); }

    // Endpoints
    QUrl retrieveUrl() const; // {apiRoot}/device-roaming-status/{v1}/retrieve
    QUrl subscriptionsUrl() const; // {apiRoot}/device-roaming-status-subscriptions/{v0.7}/subscriptions
    QUrl subscriptionUrl(const QString &id) const; // …/subscriptions/{id}, id percent-encoded
    bool hasSecret() const; // the secret its auth mode needs is set
    /// OAuth2 whose token URL is plain http to a host other than this machine: the client secret would
    /// cross the network unencrypted. validationError() refuses it unless allowInsecureTokenUrl.
    bool sendsSecretInClear() const;
    /// Empty when usable; otherwise a translated sentence naming what is missing.
    QString validationError() const;
    /// What people see wherever the profile is listed (the environment switcher, the settings): its name for
    /// a custom endpoint, "Simulator" / "Network as Code (staging)"… (translated) for the built-in ones.
    QString displayName() const;
    /// The kind of endpoint in words ("Embedded simulator", "Custom CAMARA endpoint"…, translated).
    static QString kindDisplayName(EnvironmentKind kind);

    // Factories for the built-in profiles
    static Environment simulator(const QUrl &apiRoot = {}, const QString &bearerToken = {});
    static Environment networkAsCode(EnvironmentKind kind, const QString &apiKey = {});
    static Environment customBearer(const QString &name, const QUrl &apiRoot, const QString &bearerToken);
    static Environment customOAuth2(const QString &name, const QUrl &apiRoot, const QUrl &tokenUrl,
        const QString &clientId, const QString &clientSecret, const QString &scope = {});
    /// simulator, nac, nac-staging, nac-dev (without secrets).
    static QList<Environment> builtIns();

    static QString nacBaseUrl(EnvironmentKind kind); // https://network-as-code.p-eu.rapidapi.com, …
    static QString nacRapidApiHost(EnvironmentKind kind); // network-as-code.nokia.rapidapi.com, …

    /// "simulator", "nac", "nac-staging", "nac-dev", "custom" (the CLI's --env values).
    static QString kindToString(EnvironmentKind kind);
    static std::optional<EnvironmentKind> kindFromString(const QString &text);
    static QString authToString(AuthMode mode); // "none", "rapidapi-key", "bearer", "oauth2-client-credentials"
    static std::optional<AuthMode> authFromString(const QString &text);
    static QStringList supportedSubscriptionsVersions(); // v0.7, v0.8
};

} // namespace roamdesk::api

Q_DECLARE_METATYPE(roamdesk::api::Environment)
