#include "app/store/sqlitenotificationstore.h"

#include "app/store/sqliteapi.h"
#include "app/store/sqlitelogquery.h"
#include "app/store/storerecords.h"
#include "models/countrytable.h"

#include <QAtomicInteger>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "roamdesk.store", QtInfoMsg)

namespace roamdesk {

using namespace storerecord;

namespace {

// Each step takes the schema from version N-1 to N; never edit a released step, add one.
const char *const Migrations[] = {
    // 1: the notification log. seq is the rowid: arrival order, and the key every page is read by.
    // Indexes only where a filter is selective (device, subscription, time); a type matches a large share
    // of rows, so walking seq backwards finds a page quickly, and every index costs each commit.
    "CREATE TABLE notifications ("
    " seq INTEGER PRIMARY KEY,"
    " source TEXT NOT NULL,"
    " event_id TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " received_ms INTEGER NOT NULL,"
    " event_ms INTEGER,"
    " subscription_id TEXT NOT NULL DEFAULT '',"
    " device TEXT NOT NULL DEFAULT '',"
    " roaming INTEGER,"
    " country_code INTEGER,"
    " country_name TEXT,"
    " termination_reason TEXT NOT NULL DEFAULT '',"
    " validity TEXT NOT NULL,"
    " raw BLOB NOT NULL,"
    " UNIQUE (source, event_id));"
    "CREATE INDEX notifications_device ON notifications (device, seq);"
    "CREATE INDEX notifications_subscription ON notifications (subscription_id, seq);"
    "CREATE INDEX notifications_received ON notifications (received_ms);",
    // 2: subscriptions created from RoamDesk, with their sink tokens.
    "CREATE TABLE subscriptions ("
    " id TEXT PRIMARY KEY,"
    " sink_token TEXT NOT NULL DEFAULT '',"
    " device TEXT NOT NULL DEFAULT '',"
    " types TEXT NOT NULL DEFAULT '',"
    " sink TEXT NOT NULL DEFAULT '',"
    " created_ms INTEGER,"
    " expires_ms INTEGER,"
    " deleted_ms INTEGER);",
    // 3: sink tokens as SHA-256 digests only. The table is rebuilt by moveSinkTokensToDigests(), so no page
    // keeps an old token in clear (secure_delete zeroes the pages the old table leaves).
    "CREATE TABLE subscriptions_v3 ("
    " id TEXT PRIMARY KEY,"
    " sink_token_sha256 BLOB NOT NULL DEFAULT x'',"
    " device TEXT NOT NULL DEFAULT '',"
    " types TEXT NOT NULL DEFAULT '',"
    " sink TEXT NOT NULL DEFAULT '',"
    " created_ms INTEGER,"
    " expires_ms INTEGER,"
    " deleted_ms INTEGER);",
    // 4: what the log shows, searchable: a full-text index (contentless: it keeps the words' positions, not
    // the text) whose rowid is seq, filled by fillSearchIndex() for the rows already stored. roaming-on
    // rows keep the country the device was last seen roaming in (the event does not say).
    "ALTER TABLE notifications ADD COLUMN known_country_code INTEGER;"
    "ALTER TABLE notifications ADD COLUMN known_country_name TEXT;"
    // The subscription id has a column of its own, so that `sub:` can match its start (an initial-token
    // query) and still read newest first from the index.
    "CREATE VIRTUAL TABLE notifications_fts USING fts5(words, sub, content='', columnsize=0,"
    " tokenize='unicode61 remove_diacritics 2');",
    // 5: the full-text index is written after the acknowledgement, in large chunks (indexPending()): how far
    // it got. Every row with a larger seq is indexed by the next full-text read at the latest.
    "CREATE TABLE search_progress (indexed_seq INTEGER NOT NULL);"
    "INSERT INTO search_progress (indexed_seq) SELECT COALESCE(MAX(seq), 0) FROM notifications;",
};
static_assert(std::size(Migrations) == SqliteNotificationStore::SchemaVersion);
constexpr int DigestSchemaVersion = 3;
constexpr int SearchSchemaVersion = 4;

// SQLite's primary result codes for a damaged file.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
constexpr int SqliteInterrupt = 9;

const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The database file is created owner-only before SQLite opens it: SQLite gives its -wal and -shm the mode
/// of the database file. A file an older build created readable by others is narrowed (best effort: only
/// its owner may).
bool prepareOwnerOnlyFiles(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) && !QFileInfo::exists(path)) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    const QFileDevice::Permissions ownerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    for (const QString &name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile file(name);
        const QFileDevice::Permissions permissions = file.exists() ? file.permissions() : QFileDevice::Permissions();
        if ((permissions & ~ownerBits) && !file.setPermissions(permissions & ownerBits)) // never adds a right
            qCDebug(lcStore) << "cannot make" << name << "owner-only:" << file.errorString();
    }
    return true;
}

} // namespace

QByteArray sinkTokenDigestOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray KnownSubscription::tokenDigest() const
{
    if (!sinkTokenDigest.isEmpty() || sinkToken.isEmpty())
        return sinkTokenDigest;
    return sinkTokenDigestOf(sinkToken.toUtf8());
}

KnownSubscription KnownSubscription::withoutClearToken() const
{
    KnownSubscription kept = *this;
    kept.sinkTokenDigest = tokenDigest();
    kept.sinkToken.clear();
    return kept;
}

bool KnownSubscription::operator==(const KnownSubscription &other) const
{
    return id == other.id && tokenDigest() == other.tokenDigest() && device == other.device && types == other.types
        && sink == other.sink && createdAt == other.createdAt && expiresAt == other.expiresAt
        && deletedAt == other.deletedAt;
}

SqliteNotificationStore::SqliteNotificationStore()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("roamdesk.store.%1").arg(++counter);
}

SqliteNotificationStore::~SqliteNotificationStore()
{
    close();
}

QString SqliteNotificationStore::defaultPath()
{
    // One folder for the GUI and roamdesk-cli (their application names differ), so `roamdesk-cli log` reads
    // what the window received.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/RoamDesk/notifications.sqlite");
}

NotificationStoreFactory SqliteNotificationStore::factory(const QString &path, Durability durability)
{
    return [path, durability](QString *error) -> std::unique_ptr<NotificationStore> {
        auto store = std::make_unique<SqliteNotificationStore>();
        if (!store->open(path, durability)) {
            if (error)
                *error = store->lastError();
            return nullptr;
        }
        return store;
    };
}

NotificationLogSourceFactory SqliteNotificationStore::readerFactory(const QString &path)
{
    return [path](QString *error) -> std::unique_ptr<NotificationLogSource> {
        auto store = std::make_unique<SqliteNotificationStore>();
        if (!store->open(path, Durability::Normal, {})) {
            if (error)
                *error = store->lastError();
            return nullptr;
        }
        return store;
    };
}

bool SqliteNotificationStore::open(const QString &path, Durability durability, OpenChecks checks)
{
    close();
    m_lastError.clear();
    m_damaged = false;
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("create folder"), info.absolutePath());
    QString fileError;
    if (!prepareOwnerOnlyFiles(path, &fileError))
        return fail(tr("Cannot create the notification store %1").arg(path), fileError);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        close();
        return fail(QStringLiteral("open ") + path, error);
    }
    // WAL: readers never block the writer; NORMAL syncs at checkpoints only, which a process kill
    // cannot undo (the WAL is in the OS cache); FULL also survives a power cut. secure_delete: what is
    // deleted or replaced (a subscription's token digest) is overwritten, not left in free space.
    const bool ok = exec(QStringLiteral("PRAGMA busy_timeout = 5000"))
        && (!checks.testFlag(OpenCheck::Writable) || checkWritable())
        && exec(QStringLiteral("PRAGMA journal_mode = WAL")) && exec(QStringLiteral("PRAGMA cache_size = -16384"))
        && exec(QStringLiteral("PRAGMA wal_autocheckpoint = 8192")) && exec(QStringLiteral("PRAGMA secure_delete = ON"))
        && exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                               : QStringLiteral("PRAGMA synchronous = NORMAL"))
        && migrate() && (!checks.testFlag(OpenCheck::Integrity) || checkIntegrity());
    if (!ok) {
        const QString error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    watchForInterrupts();
    qCDebug(lcStore) << "opened" << path << "schema" << SchemaVersion;
    return true;
}

bool SqliteNotificationStore::checkWritable()
{
    // A write to the header page, given back: fails on a read-only file, folder or file system, and on a
    // write-ahead log that cannot be created, before anything is accepted for storing. (The write lock alone
    // is not enough: SQLite grants it on a read-only file in WAL mode.)
    QSqlQuery query(m_db);
    const bool locked = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const qint64 version = locked ? pragmaValue(QStringLiteral("user_version")) : -1;
    const bool wrote = version >= 0 && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    const QSqlError error = query.lastError();
    if (locked)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    if (!wrote)
        return fail(tr("The notification store %1 cannot be written").arg(m_path), error);
    return true;
}

bool SqliteNotificationStore::checkIntegrity()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        while (query.next())
            problems << query.value(0).toString();
    }
    if (query.lastError().isValid())
        return fail(tr("The notification store %1 is damaged").arg(m_path), query.lastError());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    m_damaged = true;
    return fail(tr("The notification store %1 is damaged").arg(m_path), problems.join(QStringLiteral("; ")));
}

void SqliteNotificationStore::watchForInterrupts()
{
    const SqliteApi &api = SqliteApi::instance();
    const QVariant handle = m_db.driver()->handle();
    if (!api.interrupt || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString().toLatin1() != api.sourceId) {
        qCDebug(lcStore) << "the SQL driver's SQLite is not the loaded libsqlite3: reads cannot be interrupted";
        return;
    }
    m_nativeHandle = *static_cast<void *const *>(handle.constData());
    const QMutexLocker lock(&m_handleMutex);
    m_handle = m_nativeHandle;
}

bool SqliteNotificationStore::isInterruptible() const
{
    const QMutexLocker lock(&m_handleMutex);
    return m_handle != nullptr;
}

void SqliteNotificationStore::interrupt()
{
    const QMutexLocker lock(&m_handleMutex);
    if (m_handle)
        SqliteApi::instance().interrupt(m_handle);
}

void SqliteNotificationStore::close()
{
    {
        const QMutexLocker lock(&m_handleMutex);
        m_handle = nullptr;
    }
    m_insert.reset();
    m_nativeInsert.finalize();
    m_nativeHandle = nullptr;
    m_lastRoaming.reset();
    m_newestInserted = 0;
    m_indexedSeq = -1;
    m_unindexed.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteNotificationStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool SqliteNotificationStore::fail(const QString &what, const QString &detail)
{
    m_lastError = QStringLiteral("%1: %2").arg(what, detail);
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

bool SqliteNotificationStore::fail(const QString &what, const QSqlError &error)
{
    noteError(what, error);
    if ((error.nativeErrorCode().toInt() & 0xff) == SqliteInterrupt)
        qCDebug(lcStore).noquote() << m_lastError; // asked for: a newer read replaced this one
    else
        qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

void SqliteNotificationStore::noteError(const QString &what, const QSqlError &error)
{
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode) & 0xff; // the primary code of an extended one
    if (isCode && (code == SqliteCorrupt || code == SqliteNotADatabase))
        m_damaged = true;
    m_lastError = QStringLiteral("%1: %2").arg(what, error.text());
}

bool SqliteNotificationStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(sql.left(60), query.lastError());
    return true;
}

qint64 SqliteNotificationStore::pragmaValue(const QString &pragma)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int SqliteNotificationStore::schemaVersion()
{
    if (!isOpen())
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SqliteNotificationStore::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(QStringLiteral("read schema version"), m_db.lastError());
    if (current > SchemaVersion)
        return fail(QStringLiteral("open ") + m_path,
            QStringLiteral("schema version %1 is newer than this build understands (%2)")
                .arg(current)
                .arg(SchemaVersion));
    // Pages freed before the tokens move may still hold tokens an older build deleted.
    const qint64 freePagesBefore = current < DigestSchemaVersion ? pragmaValue(QStringLiteral("freelist_count")) : 0;
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        if (!m_db.transaction())
            return fail(QStringLiteral("begin migration"), m_db.lastError());
        bool ok = true;
        const QStringList statements =
            QString::fromLatin1(Migrations[version - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty() && !exec(statement)) {
                ok = false;
                break;
            }
        }
        if (ok && version == DigestSchemaVersion)
            ok = moveSinkTokensToDigests();
        if (ok && version == SearchSchemaVersion)
            ok = fillSearchIndex();
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!ok) {
            m_db.rollback();
            return false;
        }
        if (!m_db.commit())
            return fail(QStringLiteral("commit migration"), m_db.lastError());
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << version;
    }
    if (current > 0 && current < DigestSchemaVersion)
        return compactIfFreePagesMayHoldTokens(freePagesBefore);
    return true;
}

bool SqliteNotificationStore::moveSinkTokensToDigests()
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, sink_token, device, types, sink, created_ms, expires_ms, deleted_ms "
                                  "FROM subscriptions")))
        return fail(QStringLiteral("read subscriptions"), read.lastError());
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("INSERT INTO subscriptions_v3 (id, sink_token_sha256, device, types, sink, "
                                 "created_ms, expires_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int moved = 0;
    while (read.next()) {
        const QString token = read.value(1).toString();
        write.addBindValue(read.value(0));
        write.addBindValue(token.isEmpty() ? QByteArray("") : sinkTokenDigestOf(token.toUtf8()));
        for (int column = 2; column <= 7; ++column)
            write.addBindValue(read.value(column));
        if (!write.exec())
            return fail(QStringLiteral("move subscription"), write.lastError());
        ++moved;
    }
    if (read.lastError().isValid())
        return fail(QStringLiteral("read subscriptions"), read.lastError());
    read.finish();
    qCDebug(lcStore) << "kept digests only for the sink tokens of" << moved << "subscriptions";
    return exec(QStringLiteral("DROP TABLE subscriptions"))
        && exec(QStringLiteral("ALTER TABLE subscriptions_v3 RENAME TO subscriptions"));
}

bool SqliteNotificationStore::fillSearchIndex()
{
    // One pass in arrival order: each device's last roaming state is known when its roaming-on rows come.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM notifications ORDER BY seq").arg(QLatin1String(RecordColumns))))
        return fail(QStringLiteral("read notifications"), read.lastError());
    QSqlQuery index(m_db);
    QSqlQuery known(m_db);
    if (!index.prepare(QStringLiteral("INSERT INTO notifications_fts (rowid, words, sub) VALUES (?, ?, ?)"))
        || !known.prepare(
            QStringLiteral("UPDATE notifications SET known_country_code = ?, known_country_name = ? WHERE seq = ?")))
        return fail(QStringLiteral("prepare search index"), index.lastError());
    QHash<QString, NotificationLogRecord> lastRoaming; // device -> its newest record with a roaming state
    qint64 indexed = 0;
    while (read.next()) {
        NotificationLogRecord record = recordFrom(read, false);
        if (storerecord::needsKnownCountry(record)) {
            const auto it = lastRoaming.constFind(record.device);
            if (it != lastRoaming.constEnd() && storerecord::setKnownCountry(&record, *it)) {
                known.addBindValue(record.knownCountryCode ? QVariant(*record.knownCountryCode)
                                                           : QVariant(QMetaType::fromType<int>()));
                known.addBindValue(record.knownCountryNames.join(QLatin1Char(',')));
                known.addBindValue(record.seq);
                if (!known.exec())
                    return fail(QStringLiteral("keep known country"), known.lastError());
            }
        }
        if (record.roaming && !record.device.isEmpty())
            lastRoaming.insert(record.device, record);
        index.addBindValue(record.seq);
        index.addBindValue(record.searchText());
        index.addBindValue(record.subscriptionId);
        if (!index.exec())
            return fail(QStringLiteral("fill search index"), index.lastError());
        ++indexed;
    }
    if (read.lastError().isValid())
        return fail(QStringLiteral("read notifications"), read.lastError());
    if (indexed > 0)
        qCInfo(lcStore) << "indexed" << indexed << "stored notifications for searching";
    return true;
}

bool SqliteNotificationStore::compactIfFreePagesMayHoldTokens(qint64 freePagesBefore)
{
    // Free pages are not zeroed when they are freed without secure_delete (older builds): only a rewrite of
    // the file clears them. Rare (the log never deletes) and once, but it rewrites the whole file.
    if (freePagesBefore != 0) {
        qCInfo(lcStore) << "rewriting" << m_path << "once: free pages may hold sink tokens in clear";
        if (!exec(QStringLiteral("VACUUM")))
            return false;
    }
    // The old pages also live in the write-ahead log until it is checkpointed and emptied.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next() || query.value(0).toInt() != 0)
        qCWarning(lcStore) << "the write-ahead log of" << m_path
                           << "could not be emptied after moving sink tokens to digests (another connection reads)";
    return true;
}

// Failures are not logged here: the writer reports them, rate-limited (a full disk fails every commit).
InsertResult SqliteNotificationStore::insert(const QList<NotificationLogRecord> &records)
{
    InsertResult result;
    m_lastError.clear();
    if (!isOpen()) {
        result.error = QStringLiteral("the notification store is not open");
        return result;
    }
    if (!prepareInsert()) {
        result.error = m_lastError;
        return result;
    }
    if (!m_db.transaction()) {
        noteError(QStringLiteral("begin"), m_db.lastError());
        result.error = m_lastError;
        return result;
    }
    result.seqs.reserve(records.size());
    const auto failInsert = [&](const QString &what, const QSqlError &error) {
        noteError(what, error);
        m_db.rollback();
        result.seqs.clear();
        result.error = m_lastError;
        return result;
    };
    qint64 newest = 0;
    std::optional<NotificationLogRecord> withCountry;
    QList<NotificationLogRecord> fresh; // stored now, to be indexed
    for (const NotificationLogRecord &given : records) {
        // Copied only when it gains a country: most records are bound as given.
        const NotificationLogRecord *bound = &given;
        if (storerecord::needsKnownCountry(given)) {
            withCountry = given;
            bound = &*withCountry;
            // In the same transaction: an earlier record of this batch counts too.
            m_lastRoaming->addBindValue(given.device);
            if (!m_lastRoaming->exec())
                return failInsert(QStringLiteral("read last country"), m_lastRoaming->lastError());
            while (m_lastRoaming->next()) {
                const NotificationLogRecord previous = recordFrom(*m_lastRoaming, false);
                if (previous.roaming) {
                    storerecord::setKnownCountry(&*withCountry, previous);
                    break;
                }
            }
            m_lastRoaming->finish();
        }
        const NotificationLogRecord &record = *bound;
        QSqlError error;
        const std::optional<qint64> seq =
            m_nativeInsert.isPrepared() ? insertNative(record, &error) : insertPortable(record, &error);
        if (!seq)
            return failInsert(QStringLiteral("insert"), error);
        newest = qMax(newest, *seq);
        if (*seq > 0) {
            fresh << record; // shares the strings: no copy of the text
            fresh.last().seq = *seq;
            fresh.last().rawJson = QByteArray(); // not indexed: not kept
        }
        result.seqs << *seq;
    }
    if (!m_db.commit()) {
        noteError(QStringLiteral("commit"), m_db.lastError());
        m_db.rollback();
        result.seqs.clear();
        result.error = m_lastError;
        return result;
    }
    result.ok = true;
    m_newestInserted = qMax(m_newestInserted, newest);
    // Kept for indexing without reading them back; bounded, as indexing may fail for long (then it reads).
    if (m_unindexed.size() + fresh.size() > MaxUnindexedKept)
        m_unindexed.clear();
    m_unindexed.append(std::move(fresh));
    return result;
}

namespace {

// One column list for both ways of inserting; the native statement numbers its values in this order.
constexpr char InsertSql[] =
    "INSERT INTO notifications (source, event_id, type, received_ms, event_ms, subscription_id, device, "
    "roaming, country_code, country_name, termination_reason, validity, raw, known_country_code, "
    "known_country_name) "
    "VALUES (:source, :event_id, :type, :received_ms, :event_ms, :subscription_id, :device, :roaming, "
    ":country_code, :country_name, :termination_reason, :validity, :raw, :known_country_code, "
    ":known_country_name) "
    "ON CONFLICT (source, event_id) DO NOTHING";

const QByteArray &eventTypeUtf8(EventType type)
{
    static const auto names = [] {
        std::array<QByteArray, size_t(EventType::SubscriptionEnded) + 1> utf8;
        for (size_t i = 0; i < utf8.size(); ++i)
            utf8[i] = eventtype::shortName(EventType(i)).toUtf8();
        return utf8;
    }();
    return names.at(size_t(type));
}

/// What a row's search words come from: rows of one device in one country share them, so they are worked out
/// once per chunk. Built without allocating (the strings are shared, not copied).
struct WordsKey
{
    EventType type;
    QString device;
    QString terminationReason;
    std::optional<int> countryCode;
    std::optional<QStringList> countryNames;
    std::optional<int> knownCountryCode;
    QStringList knownCountryNames;

    explicit WordsKey(const NotificationLogRecord &record)
        : type(record.type)
        , device(record.device)
        , terminationReason(record.terminationReason)
        , countryCode(record.countryCode)
        , countryNames(record.countryNames)
        , knownCountryCode(record.knownCountryCode)
        , knownCountryNames(record.knownCountryNames)
    {
    }
    bool operator==(const WordsKey &other) const
    {
        return type == other.type && device == other.device && terminationReason == other.terminationReason
            && countryCode == other.countryCode && countryNames == other.countryNames
            && knownCountryCode == other.knownCountryCode && knownCountryNames == other.knownCountryNames;
    }
};

size_t qHash(const WordsKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.type), key.device, key.countryCode.value_or(-1), key.knownCountryCode.value_or(-1));
}

const QByteArray &validityUtf8(ReceiptValidity validity)
{
    static const auto names = [] {
        std::array<QByteArray, size_t(ReceiptValidity::Unauthenticated) + 1> utf8;
        for (size_t i = 0; i < utf8.size(); ++i)
            utf8[i] = receiptvalidity::toWire(ReceiptValidity(i)).toUtf8();
        return utf8;
    }();
    return names.at(size_t(validity));
}

} // namespace

bool SqliteNotificationStore::prepareInsert()
{
    if (m_lastRoaming)
        return true;
    // Through SQLite's own statement when the driver's library is the loaded libsqlite3 (Debian's Qt): binding
    // through QVariant, and SQLite converting the UTF-16 Qt hands it back to UTF-8, cost more than the insert.
    if (m_nativeHandle && !m_driverInsertsOnly && !m_nativeInsert.prepare(m_nativeHandle, InsertSql))
        qCDebug(lcStore) << "inserting through the SQL driver:" << m_nativeInsert.error();
    if (!m_nativeInsert.isPrepared()) {
        m_insert.emplace(m_db);
        if (!m_insert->prepare(QString::fromLatin1(InsertSql))) {
            noteError(QStringLiteral("prepare insert"), m_insert->lastError());
            m_insert.reset();
            return false;
        }
    }
    m_lastRoaming.emplace(m_db);
    // The device's newest few rows (its index, no scan): the roaming state is in one of them unless
    // the device sent nothing but subscription ends lately, and then nothing is known.
    if (!m_lastRoaming->prepare(
            QStringLiteral("SELECT %1 FROM notifications WHERE device = ? ORDER BY seq DESC LIMIT 8")
                .arg(QLatin1String(RecordColumns)))) {
        noteError(QStringLiteral("prepare insert"), m_lastRoaming->lastError());
        m_insert.reset();
        m_lastRoaming.reset();
        return false;
    }
    return true;
}

std::optional<qint64> SqliteNotificationStore::insertNative(const NotificationLogRecord &record, QSqlError *error)
{
    // UTF-8 copies live until run(): the statement reads them in place.
    const QByteArray source = record.source.toUtf8();
    const QByteArray eventId = record.eventId.toUtf8();
    const QByteArray subscriptionId = record.subscriptionId.toUtf8();
    const QByteArray device = record.device.toUtf8();
    const QByteArray countryName =
        record.countryNames ? record.countryNames->join(QLatin1Char(',')).toUtf8() : QByteArray();
    const QByteArray terminationReason = record.terminationReason.toUtf8();
    const QByteArray knownCountryName = record.knownCountryNames.join(QLatin1Char(',')).toUtf8();
    SqliteStatement &insert = m_nativeInsert;
    insert.bindText(1, source);
    insert.bindText(2, eventId);
    insert.bindText(3, eventTypeUtf8(record.type));
    insert.bindInt64(4, record.receivedMs);
    record.eventMs ? insert.bindInt64(5, *record.eventMs) : insert.bindNull(5);
    insert.bindText(6, subscriptionId);
    insert.bindText(7, device);
    record.roaming ? insert.bindInt64(8, *record.roaming ? 1 : 0) : insert.bindNull(8);
    record.countryCode ? insert.bindInt64(9, *record.countryCode) : insert.bindNull(9);
    record.countryNames ? insert.bindText(10, countryName) : insert.bindNull(10);
    insert.bindText(11, terminationReason);
    insert.bindText(12, validityUtf8(record.validity));
    insert.bindBlob(13, record.rawJson);
    record.knownCountryCode ? insert.bindInt64(14, *record.knownCountryCode) : insert.bindNull(14);
    record.knownCountryNames.isEmpty() ? insert.bindNull(15) : insert.bindText(15, knownCountryName);
    if (!insert.run()) {
        *error = insert.sqlError();
        return std::nullopt;
    }
    return insert.changes() > 0 ? insert.lastInsertRowId() : 0;
}

std::optional<qint64> SqliteNotificationStore::insertPortable(const NotificationLogRecord &record, QSqlError *error)
{
    QSqlQuery &query = *m_insert;
    // Named placeholders: Qt 6.4's positional bindValue(int) formats ":<n>" with QString::arg for every value,
    // which was a fifth of the writer's time.
    static const struct
    {
        QString source = QStringLiteral(":source"), eventId = QStringLiteral(":event_id"),
                type = QStringLiteral(":type"), receivedMs = QStringLiteral(":received_ms"),
                eventMs = QStringLiteral(":event_ms"), subscriptionId = QStringLiteral(":subscription_id"),
                device = QStringLiteral(":device"), roaming = QStringLiteral(":roaming"),
                countryCode = QStringLiteral(":country_code"), countryName = QStringLiteral(":country_name"),
                terminationReason = QStringLiteral(":termination_reason"), validity = QStringLiteral(":validity"),
                raw = QStringLiteral(":raw"), knownCountryCode = QStringLiteral(":known_country_code"),
                knownCountryName = QStringLiteral(":known_country_name");
    } P;
    query.bindValue(P.source, nonNull(record.source));
    query.bindValue(P.eventId, nonNull(record.eventId));
    query.bindValue(P.type, eventtype::shortName(record.type));
    query.bindValue(P.receivedMs, record.receivedMs);
    query.bindValue(P.eventMs, optionalValue(record.eventMs));
    query.bindValue(P.subscriptionId, nonNull(record.subscriptionId));
    query.bindValue(P.device, nonNull(record.device));
    query.bindValue(P.roaming, record.roaming ? QVariant(int(*record.roaming)) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(
        P.countryCode, record.countryCode ? QVariant(*record.countryCode) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(P.countryName,
        record.countryNames ? QVariant(nonNull(record.countryNames->join(QLatin1Char(','))))
                            : QVariant(QMetaType::fromType<QString>()));
    query.bindValue(P.terminationReason, nonNull(record.terminationReason));
    query.bindValue(P.validity, receiptvalidity::toWire(record.validity));
    query.bindValue(P.raw, record.rawJson.isNull() ? QByteArray("") : record.rawJson);
    query.bindValue(P.knownCountryCode,
        record.knownCountryCode ? QVariant(*record.knownCountryCode) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(P.knownCountryName,
        record.knownCountryNames.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(record.knownCountryNames.join(QLatin1Char(','))));
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
}

int SqliteNotificationStore::indexPending(int maxRows, int minPending)
{
    if (!isOpen() || maxRows <= 0)
        return 0;
    if (m_indexedSeq >= 0 && m_newestInserted - m_indexedSeq < qMax(1, minPending))
        return 0; // by this connection's count, too little waits to be worth a transaction
    // One writer at a time: the progress read and the rows indexed belong to the same write transaction, so two
    // connections never index a row twice.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        noteError(QStringLiteral("begin indexing"), begin.lastError());
        return -1;
    }
    const auto failIndexing = [this](const QString &what, const QSqlError &error) {
        noteError(what, error);
        m_indexingInterrupted = (error.nativeErrorCode().toInt() & 0xff) == SqliteInterrupt;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return -1;
    };
    QSqlQuery progress(m_db);
    if (!progress.exec(QStringLiteral("SELECT indexed_seq FROM search_progress")) || !progress.next())
        return failIndexing(QStringLiteral("read search progress"), progress.lastError());
    const qint64 from = progress.value(0).toLongLong();
    progress.finish();
    // SQLite's own statement where it can be reached (see prepareInsert()), else the driver's.
    constexpr char IndexSql[] = "INSERT INTO notifications_fts (rowid, words, sub) VALUES (?, ?, ?)";
    SqliteStatement nativeIndex;
    QSqlQuery index(m_db);
    if (!m_nativeHandle || m_driverInsertsOnly || !nativeIndex.prepare(m_nativeHandle, IndexSql))
        index.prepare(QString::fromLatin1(IndexSql));
    QSqlError indexError;
    QHash<WordsKey, QByteArray> wordsOf; // the words as UTF-8
    const auto indexRow = [&](const NotificationLogRecord &record) {
        const WordsKey key(record);
        auto words = wordsOf.constFind(key);
        if (words == wordsOf.constEnd()) {
            if (wordsOf.size() >= 4096)
                wordsOf.clear();
            words = wordsOf.insert(key, record.searchText().toUtf8());
        }
        if (nativeIndex.isPrepared()) {
            const QByteArray subscription = record.subscriptionId.toUtf8();
            nativeIndex.bindInt64(1, record.seq);
            nativeIndex.bindText(2, *words);
            nativeIndex.bindText(3, subscription);
            if (nativeIndex.run())
                return true;
            indexError = nativeIndex.sqlError();
            return false;
        }
        index.addBindValue(record.seq);
        index.addBindValue(QString::fromUtf8(*words));
        index.addBindValue(nonNull(record.subscriptionId));
        if (index.exec())
            return true;
        indexError = index.lastError();
        return false;
    };
    qint64 last = from;
    int indexed = 0;

    // The rows this connection stored, as it stored them, when they are exactly the rows waiting (no other
    // connection stored rows in between and none was indexed elsewhere).
    while (!m_unindexed.isEmpty() && m_unindexed.first().seq <= from)
        m_unindexed.removeFirst();
    const qsizetype kept = qMin(qsizetype(maxRows), m_unindexed.size());
    bool fromMemory = false;
    if (kept > 0) {
        QSqlQuery waiting(m_db);
        waiting.prepare(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE seq > ? AND seq <= ?"));
        waiting.addBindValue(from);
        waiting.addBindValue(m_unindexed.at(kept - 1).seq);
        if (!waiting.exec() || !waiting.next())
            return failIndexing(QStringLiteral("count rows to index"), waiting.lastError());
        fromMemory = waiting.value(0).toLongLong() == kept;
    }
    if (fromMemory) {
        for (qsizetype i = 0; i < kept; ++i) {
            const NotificationLogRecord &record = m_unindexed.at(i);
            if (!indexRow(record))
                return failIndexing(QStringLiteral("index"), indexError);
            last = record.seq;
            ++indexed;
        }
    } else {
        // Read back: only the columns the words come from.
        m_unindexed.clear();
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT seq, subscription_id, type, device, termination_reason, country_code, "
                                    "country_name, known_country_code, known_country_name FROM notifications "
                                    "WHERE seq > ? ORDER BY seq LIMIT ?"));
        read.addBindValue(from);
        read.addBindValue(maxRows);
        if (!read.exec())
            return failIndexing(QStringLiteral("read rows to index"), read.lastError());
        while (read.next()) {
            NotificationLogRecord record;
            record.seq = read.value(0).toLongLong();
            record.subscriptionId = read.value(1).toString();
            record.type = eventtype::fromString(read.value(2).toString()).value_or(EventType::RoamingStatus);
            record.device = read.value(3).toString();
            record.terminationReason = read.value(4).toString();
            if (!read.value(5).isNull())
                record.countryCode = read.value(5).toInt();
            if (!read.value(6).isNull())
                record.countryNames = read.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!read.value(7).isNull())
                record.knownCountryCode = read.value(7).toInt();
            record.knownCountryNames = read.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!indexRow(record))
                return failIndexing(QStringLiteral("index"), indexError);
            last = record.seq;
            ++indexed;
        }
        if (read.lastError().isValid())
            return failIndexing(QStringLiteral("read rows to index"), read.lastError());
    }
    if (indexed > 0) {
        QSqlQuery advance(m_db);
        advance.prepare(QStringLiteral("UPDATE search_progress SET indexed_seq = ?"));
        advance.addBindValue(last);
        if (!advance.exec())
            return failIndexing(QStringLiteral("keep search progress"), advance.lastError());
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return failIndexing(QStringLiteral("commit indexing"), commit.lastError());
    m_indexedSeq = last;
    if (fromMemory)
        m_unindexed.remove(0, indexed);
    // Rows other connections committed count as waiting too.
    m_newestInserted = qMax(m_newestInserted, indexed == maxRows ? last + 1 : last);
    return indexed;
}

bool SqliteNotificationStore::catchUpSearchIndex()
{
    // Cheap when nothing waits (one read of two values): the usual case once the writer caught up.
    QSqlQuery waiting(m_db);
    if (!waiting.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(seq), 0) FROM notifications) - "
                                     "(SELECT indexed_seq FROM search_progress)"))
        || !waiting.next()) {
        noteError(QStringLiteral("read search progress"), waiting.lastError());
        return false;
    }
    const bool behind = waiting.value(0).toLongLong() > 0;
    waiting.finish();
    if (!behind)
        return true;
    constexpr int Chunk = 20000;
    m_indexedSeq = -1; // ask the file, not this connection's count
    for (;;) {
        const int indexed = indexPending(Chunk);
        if (indexed < 0)
            return false;
        if (indexed < Chunk)
            return true;
    }
}

bool SqliteNotificationStore::rememberSubscription(const KnownSubscription &subscription)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO subscriptions (id, sink_token_sha256, device, types, sink, created_ms, "
                       "expires_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nonNull(subscription.id));
    const QByteArray digest = subscription.tokenDigest(); // never the token itself
    query.addBindValue(digest.isEmpty() ? QByteArray("") : digest);
    query.addBindValue(nonNull(subscription.device));
    query.addBindValue(nonNull(subscription.types.join(QLatin1Char(' '))));
    query.addBindValue(nonNull(subscription.sink));
    query.addBindValue(timeValue(subscription.createdAt));
    query.addBindValue(timeValue(subscription.expiresAt));
    query.addBindValue(timeValue(subscription.deletedAt));
    if (!query.exec())
        return fail(QStringLiteral("remember subscription"), query.lastError());
    return true;
}

bool SqliteNotificationStore::forgetSubscription(const QString &id)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM subscriptions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("forget subscription"), query.lastError());
    return true;
}

bool SqliteNotificationStore::markSubscriptionDeleted(const QString &id, const QDateTime &when)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE subscriptions SET deleted_ms = ? WHERE id = ?"));
    query.addBindValue(when.toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("mark subscription deleted"), query.lastError());
    if (query.numRowsAffected() == 0) {
        // Deleted here without having been remembered (created elsewhere): remember the tombstone.
        KnownSubscription tombstone;
        tombstone.id = id;
        tombstone.deletedAt = when;
        return rememberSubscription(tombstone);
    }
    return true;
}

QList<KnownSubscription> SqliteNotificationStore::subscriptions()
{
    m_lastError.clear();
    QList<KnownSubscription> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, sink_token_sha256, device, types, sink, created_ms, expires_ms, "
                                   "deleted_ms FROM subscriptions ORDER BY created_ms, id"))) {
        fail(QStringLiteral("read subscriptions"), query.lastError());
        return result;
    }
    while (query.next()) {
        KnownSubscription subscription;
        subscription.id = query.value(0).toString();
        subscription.sinkTokenDigest = query.value(1).toByteArray();
        subscription.device = query.value(2).toString();
        subscription.types = query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        subscription.sink = query.value(4).toString();
        subscription.createdAt = timeFrom(query.value(5));
        subscription.expiresAt = timeFrom(query.value(6));
        subscription.deletedAt = timeFrom(query.value(7));
        result << subscription;
    }
    if (query.lastError().isValid()) {
        fail(QStringLiteral("read subscriptions"), query.lastError());
        return {};
    }
    return result;
}

QList<NotificationLogRecord> SqliteNotificationStore::select(
    const NotificationLogFilter &filter, const QString &seqCondition, qint64 seq, int limit, bool withRaw)
{
    m_lastError.clear();
    QList<NotificationLogRecord> result;
    if (!isOpen()) {
        m_lastError = QStringLiteral("the notification store is not open");
        return result;
    }
    sqlitelog::Where where(filter);
    where.clauses << where.seqKey() + QLatin1Char(' ') + seqCondition;
    where.values << seq;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1%2%3%4 ORDER BY %5 DESC LIMIT %6")
                            .arg(QLatin1String(RecordColumns), withRaw ? QStringLiteral(", raw") : QString(),
                                where.from(), where.sql(), where.seqKey())
                            .arg(qMax(0, limit));
    if (!runFiltered(query, sql, where.values, QStringLiteral("select")))
        return result;
    result.reserve(limit);
    while (query.next())
        result << recordFrom(query, withRaw);
    // next() also stops at a damaged page: a short page must not pass for the end of the log.
    if (query.lastError().isValid()) {
        fail(QStringLiteral("select"), query.lastError());
        return {};
    }
    return result;
}

QList<ActivityBucket> activityBucketsFrom(QSqlQuery &query, qint64 fromMs, qint64 bucketMs)
{
    QList<ActivityBucket> buckets;
    while (query.next()) {
        ActivityBucket bucket;
        bucket.bucketStartMs = fromMs + query.value(0).toLongLong() * bucketMs;
        bucket.type = eventtype::fromString(query.value(1).toString()).value_or(EventType::RoamingStatus);
        bucket.count = query.value(2).toLongLong();
        buckets << bucket;
    }
    return buckets;
}

QList<NotificationLogRecord> SqliteNotificationStore::olderThan(
    const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw)
{
    return select(filter, QStringLiteral("< ?"), beforeSeq, limit, withRaw);
}

QList<NotificationLogRecord> SqliteNotificationStore::newerThan(
    const NotificationLogFilter &filter, qint64 afterSeq, int limit)
{
    // Newest first like every page; with a limit this is the newest `limit` of them.
    return select(filter, QStringLiteral("> ?"), afterSeq, limit, false);
}

qint64 SqliteNotificationStore::newestSeq()
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM notifications")) || !query.next()) {
        fail(QStringLiteral("newest seq"), query.lastError());
        return 0;
    }
    return query.value(0).toLongLong();
}

QByteArray SqliteNotificationStore::rawJson(qint64 seq)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT raw FROM notifications WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec()) {
        fail(QStringLiteral("read raw"), query.lastError());
        return {};
    }
    if (query.next())
        return query.value(0).toByteArray();
    if (query.lastError().isValid())
        fail(QStringLiteral("read raw"), query.lastError());
    return {};
}

bool SqliteNotificationStore::runFiltered(
    QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    // Rows committed since the full-text index was last written are indexed before the index is read.
    m_indexingInterrupted = false;
    if (sql.contains(QLatin1String("notifications_fts")) && !catchUpSearchIndex()) {
        if (m_indexingInterrupted) // a newer read replaces this one
            qCDebug(lcStore).noquote() << "searching without the newest rows:" << m_lastError;
        else
            qCWarning(lcStore).noquote() << "searching without the newest rows:" << m_lastError;
    }
    if (!query.prepare(sql))
        return fail(QStringLiteral("prepare ") + what, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(what, query.lastError());
    return true;
}

qint64 SqliteNotificationStore::count(const NotificationLogFilter &filter)
{
    m_lastError.clear();
    const sqlitelog::Where where(filter);
    QSqlQuery query(m_db);
    if (!runFiltered(query, QStringLiteral("SELECT COUNT(*)") + where.from() + where.sql(), where.values,
            QStringLiteral("count")))
        return 0;
    if (!query.next()) {
        fail(QStringLiteral("count"), query.lastError());
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<ActivityBucket> SqliteNotificationStore::activity(
    const NotificationLogFilter &filter, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    m_lastError.clear();
    QList<ActivityBucket> result;
    if (bucketMs <= 0 || toMs <= fromMs)
        return result;
    if (!isOpen()) {
        m_lastError = QStringLiteral("the notification store is not open");
        return result;
    }
    // Senders stamp events before they arrive: bounding the receipt time lets its index drive the scan.
    constexpr qint64 AheadSlackMs = 60 * 60 * 1000;
    sqlitelog::Where where(filter);
    const QString when = QStringLiteral("COALESCE(notifications.event_ms, notifications.received_ms)");
    where.clauses << QStringLiteral("notifications.received_ms >= ?") << when + QStringLiteral(" >= ?")
                  << when + QStringLiteral(" < ?");
    where.values << fromMs - AheadSlackMs << fromMs << toMs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT (%1 - %2) / %3 AS bucket, notifications.type, COUNT(*)%4%5"
                                       " GROUP BY bucket, notifications.type ORDER BY bucket, notifications.type")
                            .arg(when)
                            .arg(fromMs)
                            .arg(bucketMs)
                            .arg(where.from(), where.sql());
    if (!runFiltered(query, sql, where.values, QStringLiteral("activity")))
        return result;
    result = activityBucketsFrom(query, fromMs, bucketMs);
    if (query.lastError().isValid()) {
        fail(QStringLiteral("activity"), query.lastError());
        return {};
    }
    return result;
}

} // namespace roamdesk
