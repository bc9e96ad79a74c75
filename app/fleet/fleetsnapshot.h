#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace roamdesk {

class NotificationLogSource;

/// The stored notification a snapshot was taken at: the highest seq applied and that record's (source, id),
/// read back on load, so a store that was replaced, restored from an older copy or cut short is noticed.
struct FleetSnapshotAnchor
{
    qint64 seq = 0;
    QString source;
    QString eventId;

    bool operator==(const FleetSnapshotAnchor &other) const
    {
        return seq == other.seq && source == other.source && eventId == other.eventId;
    }
    bool operator!=(const FleetSnapshotAnchor &other) const { return !(*this == other); }

    /// The record at `seq` in `source`; nullopt when there is none (or it cannot be read).
    static std::optional<FleetSnapshotAnchor> read(NotificationLogSource *source, qint64 seq);
};

/// One fleet snapshot file: FleetState::toSnapshot() bytes framed with a magic, a format version, the
/// identity of the store it came from, its anchor and a checksum of the state, so a load from a damaged,
/// older-format or foreign file fails instead of showing a wrong fleet.
///
/// Where: the cache location (QStandardPaths::CacheLocation)/fleet, named by a hash of the store identity
/// (for SQLite the canonical file path, for a server its connection's name). It is derived data that a full
/// read rebuilds, which is what a cache folder is for; a folder beside the store would not exist for a
/// server backend, and would put personal data next to a file the user may copy elsewhere.
class FleetSnapshot
{
public:
    /// Bumped whenever the bytes change meaning: an older file is then read fully again.
    static constexpr quint32 FormatVersion = 1;

    /// The file for a store identity (in `directory`, else in the cache location).
    static QString pathFor(const QString &storeIdentity, const QString &directory = QString());

    /// Writes atomically (QSaveFile) and owner-only: the state is personal data.
    static bool write(const QString &path, const QString &storeIdentity, const FleetSnapshotAnchor &anchor,
        const QByteArray &state, QString *error = nullptr);

    struct Loaded
    {
        FleetSnapshotAnchor anchor;
        QByteArray state; // for FleetState::fromSnapshot()
    };
    /// The snapshot at `path` when it is whole, of this format and of this store; nullopt with `why` else.
    static std::optional<Loaded> read(const QString &path, const QString &storeIdentity, QString *why = nullptr);
};

} // namespace roamdesk
