#pragma once

#include "app/client/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace roamdesk::api {

/// Secrets in the desktop's keyring (Secret Service or KWallet, through qtkeychain). Each key is one
/// keyring entry under the service "RoamDesk". Reads are cached so that listing profiles does not ask the
/// keyring again and again; a keyring round-trip is waited for in a local event loop that ignores user input
/// (the SecretStore interface is synchronous) and at most DefaultTimeoutMs, so a hung keyring cannot freeze
/// the window for good. Secret values never reach the log.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::api::KeychainSecretStore)

public:
    /// Long enough for the desktop to ask for the keyring password (a locked keyring prompts on first use).
    static constexpr int DefaultTimeoutMs = 30000;
    /// The start-up check: a keyring that needs longer than this is treated as absent.
    static constexpr int ProbeTimeoutMs = 10000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("RoamDesk"), int timeoutMs = DefaultTimeoutMs);
    ~KeychainSecretStore() override;

    QString read(const QString &key) const override;
    void write(const QString &key, const QString &value) override;
    void remove(const QString &key) override;
    QString description() const override;

    /// The last keyring error (empty after a successful operation).
    QString lastError() const { return m_lastError; }

    /// Whether this build has qtkeychain at all.
    static bool isCompiledIn();
    /// Whether a keyring service answers: reads a probe entry (absent is fine). False with `reason` set when
    /// there is no backend (e.g. no Secret Service on the session bus) or it does not answer in time.
    static bool probe(
        const QString &service = QStringLiteral("RoamDesk"), QString *reason = nullptr, int timeoutMs = ProbeTimeoutMs);

private:
    QString m_service;
    int m_timeoutMs;
    mutable QHash<QString, QString> m_cache; // also remembers absent keys (as empty strings)
    mutable QString m_lastError;
};

/// Which SecretStore the GUI uses and why: the keyring when one answers, otherwise the owner-only file.
struct SecretStoreChoice
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::api::SecretStoreChoice)

public:
    enum class Backend { Keyring, File, Memory };

    std::unique_ptr<SecretStore> store;
    Backend backend = Backend::File;
    /// Why the keyring is not used (empty when it is): a sentence for the settings dialog.
    QString fallbackReason;
    /// Secrets moved from the owner-only file into the keyring on this start (the file goes when all moved).
    int migrated = 0;

    /// "Desktop keyring" / "Owner-only file" / "Memory only" (translated).
    QString backendName() const;
};

/// Picks the backend. `policy` is "auto" (keyring if it answers, else file), "keyring" (keyring or, when
/// none answers, still the file, with the reason), "file" or "memory"; empty means the environment variable
/// ROAMDESK_SECRET_BACKEND, else "auto". `filePath` is the FileSecretStore's file (empty: its default).
/// When the keyring is chosen and that file still holds secrets (saved while no keyring ran), they move
/// into the keyring, so that nothing the user entered goes missing.
SecretStoreChoice chooseSecretStore(const QString &policy = {}, const QString &filePath = {});

} // namespace roamdesk::api
