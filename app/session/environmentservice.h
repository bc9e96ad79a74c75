#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace roamdesk {

class SimulatorControl;

namespace api {
class EnvironmentStore;
class RoamingClient;
class SecretStore;
} // namespace api

/// Which network RoamDesk talks to: the environment profiles (the embedded simulator, Network as Code,
/// custom CAMARA endpoints) with their display names, the current one, and applying it to the API client.
/// Secrets stay in the secret store, never in the settings file.
class EnvironmentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentService)

public:
    struct Entry
    {
        QString id;
        QString name; // for people: "Network as Code (staging)"
        bool isSimulator = false;
    };

    /// `secrets` null: an owner-only file next to the settings. `client` and `simulator` are not owned.
    EnvironmentService(
        api::SecretStore *secrets, api::RoamingClient *client, SimulatorControl *simulator, QObject *parent = nullptr);
    ~EnvironmentService() override;

    QList<Entry> environments() const;
    QString currentId() const;
    Entry current() const;
    bool isSimulator() const;
    void setCurrent(const QString &id);
    /// The API root the client uses now (the running simulator's for the simulator profile).
    QUrl apiRoot() const;
    /// Applies the current profile again after it was edited (settings dialog) and announces it.
    void reload();
    /// Applies the current profile to the client (after the simulator started, say).
    void apply();

    /// The profiles and the secret store they use (for the settings dialog).
    api::EnvironmentStore *store() const { return m_store.get(); }
    api::SecretStore *secretStore() const { return m_secrets; }
    /// Why the secrets are not in the desktop keyring (empty when they are, or when nobody said): a sentence
    /// from the secret store choice, shown beside the profiles.
    QString secretsFallbackReason() const { return m_secretsFallbackReason; }
    void setSecretsFallbackReason(const QString &reason) { m_secretsFallbackReason = reason; }

Q_SIGNALS:
    /// The current profile changed or was edited. `otherNetwork`: another profile or another endpoint,
    /// whose subscriptions are another list.
    void changed(bool otherNetwork);

private:
    QSettings m_settings;
    std::unique_ptr<api::SecretStore> m_ownSecrets;
    api::SecretStore *m_secrets;
    QString m_secretsFallbackReason;
    std::unique_ptr<api::EnvironmentStore> m_store;
    api::RoamingClient *m_client;
    SimulatorControl *m_simulator;
};

} // namespace roamdesk
