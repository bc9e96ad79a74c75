#include "app/store/storecredentials.h"

#include <QHash>
#include <QMutex>

namespace roamdesk::storecredentials {

namespace {

QMutex mutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byStore;
    return byStore;
}

/// Who connects where: the URL's options (sslmode, …) do not change whose password it is.
QString identity(const StoreLocation &location)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user(), location.host(), QString::number(location.port()), location.database());
}

} // namespace

void setPassword(const StoreLocation &location, const QString &password)
{
    if (!location.isShared())
        return;
    const QMutexLocker locker(&mutex);
    if (password.isEmpty())
        passwords().remove(identity(location));
    else
        passwords().insert(identity(location), password);
}

QString password(const StoreLocation &location)
{
    if (!location.isShared())
        return {};
    const QMutexLocker locker(&mutex);
    return passwords().value(identity(location));
}

QString secretKey(const StoreLocation &location)
{
    return QStringLiteral("store/postgresql/") + identity(location);
}

} // namespace roamdesk::storecredentials
