#include "app/client/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace roamdesk::api {

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("roamdesk::api::SecretStore", "kept in memory only");
}

FileSecretStore::FileSecretStore(const QString &path)
{
    QString file = path;
    if (file.isEmpty())
        file = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/secrets.ini");
    QDir().mkpath(QFileInfo(file).absolutePath());
    // Create the file owner-only before anything is written, and have QSettings write in place: its default
    // atomic sync writes a new file with the umask's permissions and renames it over the old one, which
    // would leave every secret world-readable until restrictPermissions() ran.
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        if (created.open(QIODevice::WriteOnly))
            created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_settings->setAtomicSyncRequired(false);
}

FileSecretStore::~FileSecretStore() = default;

QString FileSecretStore::read(const QString &key) const
{
    return m_settings->value(key).toString();
}

void FileSecretStore::write(const QString &key, const QString &value)
{
    m_settings->setValue(key, value);
    m_settings->sync();
    restrictPermissions();
}

void FileSecretStore::remove(const QString &key)
{
    m_settings->remove(key);
    m_settings->sync();
}

QString FileSecretStore::description() const
{
    return QCoreApplication::translate("roamdesk::api::SecretStore", "stored in %1 (owner-only file)").arg(path());
}

QString FileSecretStore::path() const
{
    return m_settings->fileName();
}

void FileSecretStore::restrictPermissions() const
{
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace roamdesk::api
