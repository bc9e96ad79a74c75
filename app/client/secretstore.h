#pragma once

#include <QHash>
#include <QString>

#include <memory>

class QSettings;

namespace roamdesk::api {

/// Where profile secrets (API keys, tokens, client secrets) are kept, apart from the profile settings,
/// so that an OS keyring backend can replace the file one without touching anything else.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QString read(const QString &key) const = 0; // empty when absent
    virtual void write(const QString &key, const QString &value) = 0;
    virtual void remove(const QString &key) = 0;
    /// Where the secrets end up, for the settings dialog ("file …", "memory", "keyring").
    virtual QString description() const = 0;
};

/// Secrets held only for the life of the process (CLI, tests, "don't remember" in the GUI).
class MemorySecretStore final : public SecretStore
{
public:
    QString read(const QString &key) const override { return m_values.value(key); }
    void write(const QString &key, const QString &value) override { m_values.insert(key, value); }
    void remove(const QString &key) override { m_values.remove(key); }
    QString description() const override;

private:
    QHash<QString, QString> m_values;
};

/// Secrets in their own INI file, readable by the owner only (0600), never in the main settings file.
/// Not encrypted: the interim backend until a keyring one plugs in.
class FileSecretStore final : public SecretStore
{
public:
    /// `path` defaults to <AppConfigLocation>/secrets.ini.
    explicit FileSecretStore(const QString &path = {});
    ~FileSecretStore() override;

    QString read(const QString &key) const override;
    void write(const QString &key, const QString &value) override;
    void remove(const QString &key) override;
    QString description() const override;
    QString path() const;

private:
    void restrictPermissions() const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace roamdesk::api
