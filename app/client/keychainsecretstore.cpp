#include "app/client/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <functional>

#ifdef ROAMDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcSecrets, "roamdesk.secrets")

namespace roamdesk::api {

namespace {

// Free functions here translate under the namespace, as lupdate files them; the classes in the header
// declare their own tr() (Q_DECLARE_TR_FUNCTIONS) for their members.
QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::api", text);
}

#ifdef ROAMDESK_HAVE_QTKEYCHAIN
/// Runs one keyring job to its end (or the timeout) and returns its error. `done` sees the job only when it
/// finished in time; the job deletes itself either way.
QKeychain::Error runJob(
    QKeychain::Job *job, int timeoutMs, QString *errorString, const std::function<void(QKeychain::Job *)> &done = {})
{
    job->setAutoDelete(false);
    // Never quietly store in plain text behind the user's back: the file fallback is chosen explicitly.
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        // Let it finish (and go) on its own; its answer no longer matters.
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        if (errorString)
            *errorString = tr("the keyring did not answer within %1 s").arg(timeoutMs / 1000.0);
        return QKeychain::OtherError;
    }
    const QKeychain::Error error = job->error();
    if (errorString)
        *errorString = error == QKeychain::NoError ? QString() : job->errorString();
    if (done)
        done(job);
    job->deleteLater();
    return error;
}
#endif

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

bool KeychainSecretStore::isCompiledIn()
{
#ifdef ROAMDESK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeychainSecretStore::read(const QString &key) const
{
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
#ifdef ROAMDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QString error;
    QString value;
    const QKeychain::Error code = runJob(job, m_timeoutMs, &error, [&value](QKeychain::Job *finished) {
        value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        m_lastError.clear();
        m_cache.insert(key, value);
        return value;
    }
    m_lastError = error;
    qCWarning(lcSecrets) << "keyring read failed for" << key << ":" << error; // never the value
#endif
    return {};
}

void KeychainSecretStore::write(const QString &key, const QString &value)
{
#ifdef ROAMDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    QString error;
    if (runJob(job, m_timeoutMs, &error) == QKeychain::NoError) {
        m_lastError.clear();
        m_cache.insert(key, value);
        return;
    }
    m_lastError = error;
    qCWarning(lcSecrets) << "keyring write failed for" << key << ":" << error;
#else
    Q_UNUSED(value)
    m_lastError = tr("this build has no keyring support");
#endif
    m_cache.remove(key);
}

void KeychainSecretStore::remove(const QString &key)
{
    m_cache.insert(key, QString());
#ifdef ROAMDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QString error;
    const QKeychain::Error code = runJob(job, m_timeoutMs, &error);
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        m_lastError.clear();
        return;
    }
    m_lastError = error;
    m_cache.remove(key);
    qCWarning(lcSecrets) << "keyring delete failed for" << key << ":" << error;
#endif
}

QString KeychainSecretStore::description() const
{
    return tr("stored in the desktop keyring (service \"%1\")").arg(m_service);
}

bool KeychainSecretStore::probe(const QString &service, QString *reason, int timeoutMs)
{
#ifdef ROAMDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(QStringLiteral("roamdesk-probe"));
    QString error;
    const QKeychain::Error code = runJob(job, timeoutMs, &error);
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound)
        return true;
    if (reason) {
        *reason = error.isEmpty() || error == QLatin1String("Unknown error")
            ? tr("no keyring service (Secret Service or KWallet) answered on the session bus")
            : tr("no keyring is reachable (%1)").arg(error);
    }
    qCInfo(lcSecrets) << "no usable keyring:" << error;
    return false;
#else
    Q_UNUSED(service)
    Q_UNUSED(timeoutMs)
    if (reason)
        *reason = tr("this build has no keyring support (qtkeychain was not found)");
    return false;
#endif
}

QString SecretStoreChoice::backendName() const
{
    switch (backend) {
    case Backend::Keyring:
        return tr("Desktop keyring");
    case Backend::File:
        return tr("Owner-only file");
    case Backend::Memory:
        return tr("Memory only");
    }
    return {};
}

namespace {

/// Moves every secret of the owner-only file into `keyring`; the file goes once all of them moved.
int moveFileSecrets(const QString &filePath, KeychainSecretStore *keyring)
{
    const QString path = filePath.isEmpty() ? FileSecretStore().path() : filePath;
    if (!QFileInfo::exists(path))
        return 0;
    QSettings file(path, QSettings::IniFormat);
    const QStringList keys = file.allKeys();
    int moved = 0;
    for (const QString &key : keys) {
        keyring->write(key, file.value(key).toString());
        if (!keyring->lastError().isEmpty())
            continue;
        file.remove(key);
        ++moved;
    }
    file.sync();
    if (moved == keys.size())
        QFile::remove(path);
    if (moved > 0)
        qCInfo(lcSecrets) << "moved" << moved << "secret(s) from" << path << "into the keyring";
    return moved;
}

} // namespace

SecretStoreChoice chooseSecretStore(const QString &policy, const QString &filePath)
{
    QString wanted = policy.isEmpty() ? qEnvironmentVariable("ROAMDESK_SECRET_BACKEND") : policy;
    wanted = wanted.trimmed().toLower();
    if (wanted.isEmpty())
        wanted = QStringLiteral("auto");

    SecretStoreChoice choice;
    if (wanted == QLatin1String("memory")) {
        choice.store = std::make_unique<MemorySecretStore>();
        choice.backend = SecretStoreChoice::Backend::Memory;
        choice.fallbackReason = tr("secrets are kept only until RoamDesk quits (ROAMDESK_SECRET_BACKEND=memory)");
        return choice;
    }
    if (wanted != QLatin1String("file")) {
        QString reason;
        if (KeychainSecretStore::probe(QStringLiteral("RoamDesk"), &reason)) {
            auto keyring = std::make_unique<KeychainSecretStore>();
            choice.migrated = moveFileSecrets(filePath, keyring.get());
            choice.store = std::move(keyring);
            choice.backend = SecretStoreChoice::Backend::Keyring;
            return choice;
        }
        choice.fallbackReason = reason;
    } else {
        choice.fallbackReason = tr("the file backend was asked for (ROAMDESK_SECRET_BACKEND=file)");
    }
    choice.store = std::make_unique<FileSecretStore>(filePath);
    choice.backend = SecretStoreChoice::Backend::File;
    return choice;
}

} // namespace roamdesk::api
