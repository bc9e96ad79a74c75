#pragma once

// Helpers for the notification store tests: real damage to a real file, file modes that bind even root,
// and looking for bytes in what is on disk.

#include "app/store/sqlitenotificationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <functional>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace storetest {

/// A stored notification as the receiver makes it, with the parts a test varies.
inline roamdesk::NotificationLogRecord makeRecord(const QString &id,
    roamdesk::EventType type = roamdesk::EventType::RoamingOn, const QString &device = QStringLiteral("+33612345678"),
    const QString &subscription = QStringLiteral("sub-1"), qint64 receivedMs = 1700000000000)
{
    roamdesk::NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.com");
    record.eventId = id;
    record.type = type;
    record.device = device;
    record.subscriptionId = subscription;
    record.receivedMs = receivedMs;
    record.eventMs = receivedMs - 500;
    record.validity = roamdesk::ReceiptValidity::SubscriptionToken;
    record.rawJson = QStringLiteral(R"({"id":"%1","note":"raw %2"})").arg(id, device).toUtf8();
    return record;
}

/// Rows that show countries, reasons and ids the way the log does, oldest first.
inline QList<roamdesk::NotificationLogRecord> countryRecords()
{
    QList<roamdesk::NotificationLogRecord> records;
    const auto add = [&](const QString &id, roamdesk::EventType type, const QString &device,
                         std::optional<bool> roaming, std::optional<int> mcc, std::optional<QStringList> isos) {
        roamdesk::NotificationLogRecord record =
            makeRecord(id, type, device, QStringLiteral("sub-1"), 1000 + qint64(records.size()) * 1000);
        record.roaming = roaming;
        record.countryCode = mcc;
        record.countryNames = isos;
        records << record;
    };
    add(QStringLiteral("de-home"), roamdesk::EventType::RoamingOff, QStringLiteral("+4915112345678"), false,
        std::nullopt, std::nullopt);
    add(QStringLiteral("home-on"), roamdesk::EventType::RoamingOn, QStringLiteral("+4915112345678"), true, std::nullopt,
        std::nullopt);
    add(QStringLiteral("se"), roamdesk::EventType::RoamingStatus, QStringLiteral("+46701234567"), true, 240,
        QStringList{QStringLiteral("SE")});
    add(QStringLiteral("se-on"), roamdesk::EventType::RoamingOn, QStringLiteral("+46701234567"), true, std::nullopt,
        std::nullopt);
    add(QStringLiteral("es"), roamdesk::EventType::RoamingStatus, QStringLiteral("+34600000001"), true, 214,
        std::nullopt);
    add(QStringLiteral("be"), roamdesk::EventType::RoamingChangeCountry, QStringLiteral("+32470000001"), true, 206,
        QStringList{QStringLiteral("BE")});
    add(QStringLiteral("ax"), roamdesk::EventType::RoamingChangeCountry, QStringLiteral("+358457000001"), true, 244,
        QStringList{QStringLiteral("AX")});
    roamdesk::NotificationLogRecord ends = makeRecord(QStringLiteral("ends"), roamdesk::EventType::SubscriptionEnds,
        QStringLiteral("+33612345678"), QStringLiteral("577a1c2e-0b9d-4a51-9d4e-2f1f3c8b7a10"), 9000);
    ends.terminationReason = QStringLiteral("SUBSCRIPTION_DELETED");
    records << ends;
    return records;
}

/// Overwrites the pages between `fromFraction` and `toFraction` of a closed SQLite file with random bytes,
/// as a failing disk or a stray write would.
inline bool overwritePages(const QString &path, double fromFraction, double toFraction)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return false;
    int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = file.size() / pageSize;
    const qint64 first = qMax<qint64>(2, qint64(pages * fromFraction)); // page 1 holds the schema
    const qint64 last = qMin<qint64>(pages, qint64(pages * toFraction));
    QRandomGenerator random(20240301);
    QByteArray garbage(pageSize, Qt::Uninitialized);
    for (qint64 page = first; page <= last; ++page) {
        random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), pageSize / 4);
        if (!file.seek((page - 1) * pageSize) || file.write(garbage) != pageSize)
            return false;
    }
    return last >= first;
}

/// Whether `needle` appears anywhere in the file (false when the file does not exist).
inline bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}

#ifdef Q_OS_LINUX
/// The tests run as root, and root ignores file modes: no chmod makes a file read-only for it, and chattr or
/// a read-only mount are not available everywhere. While this lives, the calling thread (and the threads it
/// starts) acts as the user nobody, so a 0444 file or a 0555 folder binds it as it binds any user. Raw
/// syscalls change this thread's credentials only (libc would change the whole process). Dropping root's
/// file capabilities instead is not enough: access(2) gives a real uid 0 its capabilities back, and SQLite
/// decides from it. Nothing changes for a user other than root.
class ActAsNobody
{
public:
    static constexpr uid_t Uid = 65534;
    static constexpr gid_t Gid = 65534;

    ActAsNobody()
    {
        if (geteuid() != 0)
            return;
        m_groupCount = getgroups(int(std::size(m_groups)), m_groups);
        m_active = m_groupCount >= 0 && syscall(SYS_setgroups, 0, nullptr) == 0
            && syscall(SYS_setresgid, Gid, Gid, 0) == 0 && syscall(SYS_setresuid, Uid, Uid, 0) == 0;
    }
    ~ActAsNobody()
    {
        if (!m_active)
            return;
        syscall(SYS_setresuid, 0, 0, 0); // the saved uid 0 allows the way back
        syscall(SYS_setresgid, 0, 0, 0);
        syscall(SYS_setgroups, m_groupCount, m_groups);
    }
    ActAsNobody(const ActAsNobody &) = delete;
    ActAsNobody &operator=(const ActAsNobody &) = delete;

    /// Gives `path` to nobody when acting as nobody applies, so that the file is its own.
    static bool own(const QString &path)
    {
        return geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), Uid, Gid) == 0;
    }

    /// For QProcess::setChildProcessModifier: the child (single-threaded there) becomes nobody before exec.
    static void becomeNobodyInChild()
    {
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(Gid) != 0 || setuid(Uid) != 0))
            _exit(127);
    }

    /// The ways a store cannot be written, as rows of a data-driven test (column "what").
    static void addUnwritableStoreRows()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("0444 file") << QStringLiteral("file");
        QTest::newRow("existing store in a 0555 folder") << QStringLiteral("folder");
        QTest::newRow("new store in a 0555 folder") << QStringLiteral("new");
    }

    /// Lays out a store at `path` (an empty one, unless `what` is "new") that nobody cannot write, as `what`
    /// says. The files are nobody's own, as a user's store is the user's: only the modes stand in the way.
    /// `root`, the test's temporary folder, becomes traversable. Undo with restoreFolder().
    static bool makeUnwritable(const QString &root, const QString &path, const QString &what)
    {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return false;
        if (what != QLatin1String("new")) {
            roamdesk::SqliteNotificationStore store;
            if (!store.open(path))
                return false;
        }
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto execute = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        return QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | execute) && own(folder)
            && (what == QLatin1String("new") || own(path))
            && (what == QLatin1String("file") ? QFile::setPermissions(path, readOnly)
                                              : QFile::setPermissions(folder, readOnly | execute));
    }

    /// The folder writable again, so that the temporary folder can be removed.
    static bool restoreFolder(const QString &path)
    {
        return QFile::setPermissions(
            QFileInfo(path).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private:
    gid_t m_groups[64] = {};
    int m_groupCount = -1;
    bool m_active = false;
};
#endif

} // namespace storetest
