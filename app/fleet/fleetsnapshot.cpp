#include "app/fleet/fleetsnapshot.h"

#include "models/notificationlogsource.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace roamdesk {

namespace {

constexpr quint32 Magic = 0x52444653; // "RDFS"
const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray checksum(const QByteArray &bytes)
{
    // Damage detection, not authentication: the folder is the user's own.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
}

template <typename Result>
Result failWith(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return Result();
}

} // namespace

std::optional<FleetSnapshotAnchor> FleetSnapshotAnchor::read(NotificationLogSource *source, qint64 seq)
{
    if (!source || seq <= 0)
        return std::nullopt;
    const QList<NotificationLogRecord> records = source->olderThan({}, seq + 1, 1);
    if (records.isEmpty() || records.constFirst().seq != seq)
        return std::nullopt;
    return FleetSnapshotAnchor{seq, records.constFirst().source, records.constFirst().eventId};
}

QString FleetSnapshot::pathFor(const QString &storeIdentity, const QString &directory)
{
    const QString folder = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/fleet")
        : directory;
    const QByteArray name = QCryptographicHash::hash(storeIdentity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return folder + QLatin1Char('/') + QString::fromLatin1(name.left(32)) + QStringLiteral(".fleet");
}

bool FleetSnapshot::write(const QString &path, const QString &storeIdentity, const FleetSnapshotAnchor &anchor,
    const QByteArray &state, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return failWith<bool>(error, QStringLiteral("cannot create %1").arg(folder));
    QFile::setPermissions(folder, OwnerOnly | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith<bool>(error, file.errorString());
    file.setPermissions(OwnerOnly); // before any byte is written
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << Magic << FormatVersion << storeIdentity << anchor.seq << anchor.source << anchor.eventId << state
        << checksum(state);
    if (out.status() != QDataStream::Ok || !file.commit())
        return failWith<bool>(error, file.errorString());
    return true;
}

std::optional<FleetSnapshot::Loaded> FleetSnapshot::read(
    const QString &path, const QString &storeIdentity, QString *why)
{
    using Result = std::optional<Loaded>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith<Result>(why, QStringLiteral("no snapshot"));
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return failWith<Result>(why, QStringLiteral("not a fleet snapshot"));
    if (version != FormatVersion)
        return failWith<Result>(
            why, QStringLiteral("snapshot format %1, this build reads %2").arg(version).arg(FormatVersion));
    QString identity;
    in >> identity;
    if (in.status() == QDataStream::Ok && identity != storeIdentity)
        return failWith<Result>(why, QStringLiteral("snapshot of another store")); // before reading its state
    Loaded loaded;
    QByteArray sum;
    in >> loaded.anchor.seq >> loaded.anchor.source >> loaded.anchor.eventId >> loaded.state >> sum;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return failWith<Result>(why, QStringLiteral("truncated snapshot"));
    if (sum != checksum(loaded.state))
        return failWith<Result>(why, QStringLiteral("damaged snapshot"));
    return loaded;
}

} // namespace roamdesk
