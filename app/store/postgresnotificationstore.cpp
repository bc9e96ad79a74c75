#include "app/store/postgresnotificationstore.h"

#include "app/store/postgreslogquery.h"
#include "app/store/storecredentials.h"
#include "app/store/storerecords.h"

#include <QAtomicInteger>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcPgStore, "roamdesk.store.postgres", QtInfoMsg)

namespace roamdesk {

using namespace storerecord;

namespace {

// Each step takes the schema from version N-1 to N; never edit a released step, add one. Statements are
// separated by ';' at the end of a line.
const char *const Migrations[] = {
    // 1: the log, keyed by seq (arrival order); `search` holds what the log shows as lexemes with positions
    // (built by the client, so that no text search configuration or locale changes the matching); the
    // subscriptions with their sink tokens as SHA-256 digests only.
    "CREATE TABLE notifications ("
    " seq bigserial PRIMARY KEY,"
    " source text NOT NULL,"
    " event_id text NOT NULL,"
    " type text NOT NULL,"
    " received_ms bigint NOT NULL,"
    " event_ms bigint,"
    " subscription_id text NOT NULL DEFAULT '',"
    " device text NOT NULL DEFAULT '',"
    " roaming boolean,"
    " country_code integer,"
    " country_name text,"
    " termination_reason text NOT NULL DEFAULT '',"
    " validity text NOT NULL,"
    " raw bytea NOT NULL,"
    " known_country_code integer,"
    " known_country_name text,"
    " search tsvector NOT NULL DEFAULT '',"
    " UNIQUE (source, event_id));\n"
    "CREATE INDEX notifications_device ON notifications (device, seq);\n"
    "CREATE INDEX notifications_subscription ON notifications (lower(subscription_id) text_pattern_ops, seq);\n"
    "CREATE INDEX notifications_received ON notifications (received_ms);\n"
    "CREATE INDEX notifications_search ON notifications USING gin (search);\n"
    "CREATE TABLE subscriptions ("
    " id text PRIMARY KEY,"
    " sink_token_sha256 bytea NOT NULL DEFAULT '',"
    " device text NOT NULL DEFAULT '',"
    " types text NOT NULL DEFAULT '',"
    " sink text NOT NULL DEFAULT '',"
    " created_ms bigint,"
    " expires_ms bigint,"
    " deleted_ms bigint);\n",
};
static_assert(std::size(Migrations) == PostgresNotificationStore::SchemaVersion);

// Advisory lock keys (any two constants that other applications are unlikely to use).
constexpr qint64 MigrationLock = 0x526f616d44657331; // "RoamDes1"
constexpr qint64 WriterLock = 0x526f616d44657332; // "RoamDes2"

/// Rows per INSERT statement: keeps each statement a few hundred kilobytes.
constexpr int RowsPerStatement = 500;
constexpr int FirstRetryDelayMs = 100;
constexpr int MaxRetryDelayMs = 5000;

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("NULL");
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("NULL");
}

QString bytea(const QByteArray &bytes)
{
    return QStringLiteral("'\\x") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('\'');
}

} // namespace

PostgresNotificationStore::PostgresNotificationStore()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("roamdesk.pgstore.%1").arg(++counter);
}

PostgresNotificationStore::~PostgresNotificationStore()
{
    close();
}

bool PostgresNotificationStore::isDriverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

bool PostgresNotificationStore::open(const StoreLocation &location)
{
    close();
    m_lastError.clear();
    m_location = location;
    if (!isDriverAvailable())
        return fail(
            tr("Cannot open the shared notification store"), tr("Qt's PostgreSQL driver (QPSQL) is not installed"));
    if (!connectNow())
        return false;
    if (!migrate()) {
        const QString error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    qCDebug(lcPgStore) << "opened" << location.toString() << "schema" << SchemaVersion;
    return true;
}

bool PostgresNotificationStore::connectNow()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_location.host().isEmpty())
        m_db.setHostName(m_location.host());
    if (m_location.port() > 0)
        m_db.setPort(m_location.port());
    if (!m_location.user().isEmpty())
        m_db.setUserName(m_location.user());
    if (!m_location.database().isEmpty())
        m_db.setDatabaseName(m_location.database());
    m_db.setConnectOptions(m_location.connectOptions());
    if (const QString password = storecredentials::password(m_location); !password.isEmpty())
        m_db.setPassword(password); // from the keyring; else libpq's PGPASSWORD or .pgpass
    m_sinceAttempt.start();
    if (!m_db.open()) {
        m_lost = true;
        return fail(tr("Cannot connect to %1").arg(m_location.toString()), m_db.lastError());
    }
    // Literals below rely on standard strings (a backslash is itself); UTC keeps times plain numbers anyway.
    if (!exec(QStringLiteral("SET standard_conforming_strings = on")))
        return false;
    m_lost = false;
    m_retryDelayMs = 0;
    return true;
}

bool PostgresNotificationStore::ensureConnected()
{
    if (!m_db.isValid()) {
        m_lastError = QStringLiteral("the notification store is not open");
        return false;
    }
    if (!m_lost && m_db.isOpen())
        return true;
    m_lost = true; // the driver found the connection gone and closed it
    if (m_retryDelayMs > 0 && m_sinceAttempt.isValid() && m_sinceAttempt.elapsed() < m_retryDelayMs) {
        m_lastError = tr("The connection to %1 was lost; retrying in a moment").arg(m_location.toString());
        return false;
    }
    if (!connectNow()) {
        m_retryDelayMs = qBound(FirstRetryDelayMs, m_retryDelayMs * 2, MaxRetryDelayMs);
        return false;
    }
    qCInfo(lcPgStore).noquote() << "reconnected to" << m_location.toString();
    return true;
}

void PostgresNotificationStore::checkConnection()
{
    QSqlQuery probe(m_db);
    if (m_db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return;
    if (!m_lost)
        qCWarning(lcPgStore).noquote() << "lost the connection to" << m_location.toString();
    m_lost = true; // the next call reconnects at once; if that fails, the pause grows
}

void PostgresNotificationStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lost = false;
}

bool PostgresNotificationStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool PostgresNotificationStore::fail(const QString &what, const QString &detail)
{
    m_lastError = QStringLiteral("%1: %2").arg(what, detail);
    qCWarning(lcPgStore).noquote() << m_lastError;
    return false;
}

bool PostgresNotificationStore::fail(const QString &what, const QSqlError &error)
{
    m_lastError = QStringLiteral("%1: %2").arg(what, error.text());
    qCDebug(lcPgStore).noquote() << m_lastError;
    return false;
}

bool PostgresNotificationStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(sql.left(60), query.lastError());
    return true;
}

bool PostgresNotificationStore::run(
    QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    // A statement that fails because the connection went away (a server restart) is tried once more on a new
    // connection: every statement run here is a read or can be repeated (the writes are upserts and deletes).
    for (int attempt = 0; attempt < 2; ++attempt) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (ok)
            return true;
        fail(what, query.lastError());
        checkConnection();
        if (!m_lost || attempt > 0 || !ensureConnected())
            return false;
    }
    return false;
}

int PostgresNotificationStore::schemaVersion()
{
    if (!isOpen())
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('roamdesk_schema') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM roamdesk_schema")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool PostgresNotificationStore::migrate()
{
    int current = schemaVersion();
    if (current < 0)
        return fail(QStringLiteral("read schema version"), m_db.lastError());
    if (current == SchemaVersion)
        return true; // no lock and no CREATE right needed: a receiver's role may lack it
    if (current < SchemaVersion) {
        // Several receivers may start at once: one migrates, the others wait and then find it done.
        if (!m_db.transaction())
            return fail(QStringLiteral("begin migration"), m_db.lastError());
        const auto rollback = [this] {
            m_db.rollback();
            return false;
        };
        if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock))
            || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS roamdesk_schema (version integer NOT NULL)")))
            return rollback();
        current = schemaVersion();
        for (int version = current + 1; version <= SchemaVersion; ++version) {
            const QStringList statements =
                QString::fromLatin1(Migrations[version - 1]).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (!statement.trimmed().isEmpty() && !exec(statement))
                    return rollback();
            }
            if (!exec(QStringLiteral("DELETE FROM roamdesk_schema"))
                || !exec(QStringLiteral("INSERT INTO roamdesk_schema (version) VALUES (%1)").arg(version)))
                return rollback();
            qCInfo(lcPgStore).noquote() << "migrated" << m_location.toString() << "to schema" << version;
        }
        if (!m_db.commit())
            return fail(QStringLiteral("commit migration"), m_db.lastError());
        current = schemaVersion();
    }
    if (current > SchemaVersion)
        return fail(tr("Cannot open %1").arg(m_location.toString()),
            tr("its schema version %1 is newer than this build understands (%2); update RoamDesk")
                .arg(current)
                .arg(SchemaVersion));
    return true;
}

QString PostgresNotificationStore::quoted(const QString &text) const
{
    // PostgreSQL text cannot hold NUL: a sender's U+0000 is kept as U+FFFD, in the key as everywhere else.
    QString value = text;
    value.replace(QChar(0), QChar(0xfffd));
    value.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool PostgresNotificationStore::addKnownCountries(QList<NotificationLogRecord> *records)
{
    QHash<QString, NotificationLogRecord> lastRoaming; // device -> its newest record of this batch with a state
    QSqlQuery previous(m_db);
    for (NotificationLogRecord &record : *records) {
        if (needsKnownCountry(record)) {
            const auto it = lastRoaming.constFind(record.device);
            if (it != lastRoaming.constEnd()) {
                setKnownCountry(&record, *it);
            } else {
                // The device's newest few rows (its index): the roaming state is in one of them unless it sent
                // nothing but subscription ends lately.
                if (!run(previous,
                        QStringLiteral("SELECT %1 FROM notifications WHERE device = ? ORDER BY seq DESC LIMIT 8")
                            .arg(QLatin1String(RecordColumns)),
                        {record.device}, QStringLiteral("read last country")))
                    return false;
                while (previous.next()) {
                    const NotificationLogRecord stored = recordFrom(previous, false);
                    if (stored.roaming) {
                        setKnownCountry(&record, stored);
                        break;
                    }
                }
                previous.finish();
            }
        }
        if (record.roaming && !record.device.isEmpty())
            lastRoaming.insert(record.device, record);
    }
    return true;
}

// Failures are not logged here: the writer reports them, rate-limited.
InsertResult PostgresNotificationStore::insert(const QList<NotificationLogRecord> &given)
{
    m_lastError.clear();
    InsertResult result;
    if (!ensureConnected()) {
        result.error = m_lastError;
        return result;
    }
    const auto failInsert = [&](const QString &what, const QSqlError &error) {
        fail(what, error);
        m_db.rollback();
        checkConnection();
        result.seqs.clear();
        result.error = m_lastError;
        return result;
    };
    if (!m_db.transaction())
        return failInsert(QStringLiteral("begin"), m_db.lastError());
    QSqlQuery query(m_db);
    // Writers take turns: seqs are then given out in commit order, so a reader's "seq > last seen" misses
    // nothing. The lock is held for one group commit, not per notification.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock)))
        return failInsert(QStringLiteral("lock"), query.lastError());
    QList<NotificationLogRecord> records = given;
    if (!addKnownCountries(&records)) {
        m_db.rollback();
        result.error = m_lastError;
        return result;
    }
    QHash<QPair<QString, QString>, qint64> stored; // (source, id) -> seq, of this transaction
    qint64 newest = 0;
    for (qsizetype first = 0; first < records.size(); first += RowsPerStatement) {
        QStringList rows;
        for (qsizetype i = first; i < qMin(records.size(), first + RowsPerStatement); ++i) {
            const NotificationLogRecord &record = records.at(i);
            // Joined, not QString::arg()ed: a sender's text may hold "%1".
            const QStringList values = {quoted(record.source), quoted(record.eventId),
                quoted(eventtype::shortName(record.type)), QString::number(record.receivedMs), number(record.eventMs),
                quoted(record.subscriptionId), quoted(record.device),
                record.roaming ? (*record.roaming ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                               : QStringLiteral("NULL"),
                number(record.countryCode),
                record.countryNames ? quoted(record.countryNames->join(QLatin1Char(','))) : QStringLiteral("NULL"),
                quoted(record.terminationReason), quoted(receiptvalidity::toWire(record.validity)),
                bytea(record.rawJson), number(record.knownCountryCode),
                record.knownCountryNames.isEmpty() ? QStringLiteral("NULL")
                                                   : quoted(record.knownCountryNames.join(QLatin1Char(','))),
                QStringLiteral("CAST(") + quoted(postgreslog::searchVector(record)) + QStringLiteral(" AS tsvector)")};
            rows << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        const QString sql =
            QStringLiteral(
                "INSERT INTO notifications (source, event_id, type, received_ms, event_ms, subscription_id, device, "
                "roaming, country_code, country_name, termination_reason, validity, raw, known_country_code, "
                "known_country_name, search) VALUES ")
            + rows.join(QLatin1Char(','))
            + QStringLiteral(" ON CONFLICT (source, event_id) DO NOTHING RETURNING seq, source, event_id");
        if (!query.exec(sql))
            return failInsert(QStringLiteral("insert"), query.lastError());
        while (query.next()) {
            const qint64 seq = query.value(0).toLongLong();
            stored.insert(qMakePair(query.value(1).toString(), query.value(2).toString()), seq);
            newest = qMax(newest, seq);
        }
    }
    // The doorbell rings at the commit, with the newest seq: desks then read what is newer than they saw.
    if (newest > 0
        && !query.exec(QStringLiteral("SELECT pg_notify('%1', '%2')").arg(QLatin1String(DoorbellChannel)).arg(newest)))
        return failInsert(QStringLiteral("notify"), query.lastError());
    if (!m_db.commit())
        return failInsert(QStringLiteral("commit"), m_db.lastError());
    result.seqs.reserve(records.size());
    for (const NotificationLogRecord &record : std::as_const(records)) {
        QString source = record.source, eventId = record.eventId;
        source.replace(QChar(0), QChar(0xfffd));
        eventId.replace(QChar(0), QChar(0xfffd));
        // take(): a second copy of a key inside the batch is a duplicate of the first.
        result.seqs << stored.take(qMakePair(source, eventId));
    }
    result.ok = true;
    return result;
}

bool PostgresNotificationStore::rememberSubscription(const KnownSubscription &subscription)
{
    m_lastError.clear();
    if (!ensureConnected())
        return false;
    QSqlQuery query(m_db);
    const QByteArray digest = subscription.tokenDigest(); // never the token itself
    return run(query,
        QStringLiteral("INSERT INTO subscriptions (id, sink_token_sha256, device, types, sink, created_ms, expires_ms, "
                       "deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "sink_token_sha256 = EXCLUDED.sink_token_sha256, device = EXCLUDED.device, types = "
                       "EXCLUDED.types, sink = EXCLUDED.sink, created_ms = EXCLUDED.created_ms, expires_ms = "
                       "EXCLUDED.expires_ms, deleted_ms = EXCLUDED.deleted_ms"),
        {nonNull(subscription.id), digest.isEmpty() ? QByteArray("") : digest, nonNull(subscription.device),
            nonNull(subscription.types.join(QLatin1Char(' '))), nonNull(subscription.sink),
            timeValue(subscription.createdAt), timeValue(subscription.expiresAt), timeValue(subscription.deletedAt)},
        QStringLiteral("remember subscription"));
}

bool PostgresNotificationStore::forgetSubscription(const QString &id)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    return ensureConnected()
        && run(query, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), {id},
            QStringLiteral("forget subscription"));
}

bool PostgresNotificationStore::markSubscriptionDeleted(const QString &id, const QDateTime &when)
{
    m_lastError.clear();
    if (!ensureConnected())
        return false;
    QSqlQuery query(m_db);
    // Deleted here without having been remembered (created elsewhere): the tombstone is remembered.
    return run(query,
        QStringLiteral("INSERT INTO subscriptions (id, deleted_ms) VALUES (?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET deleted_ms = EXCLUDED.deleted_ms"),
        {id, when.toMSecsSinceEpoch()}, QStringLiteral("mark subscription deleted"));
}

QList<KnownSubscription> PostgresNotificationStore::subscriptions()
{
    m_lastError.clear();
    QList<KnownSubscription> result;
    QSqlQuery query(m_db);
    if (!ensureConnected()
        || !run(query,
            QStringLiteral("SELECT id, sink_token_sha256, device, types, sink, created_ms, expires_ms, deleted_ms "
                           "FROM subscriptions ORDER BY created_ms NULLS FIRST, id"),
            {}, QStringLiteral("read subscriptions")))
        return result;
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
    return result;
}

QList<NotificationLogRecord> PostgresNotificationStore::select(
    const NotificationLogFilter &filter, const QString &seqCondition, qint64 seq, int limit, bool withRaw)
{
    m_lastError.clear();
    QList<NotificationLogRecord> result;
    if (!ensureConnected())
        return result;
    postgreslog::Where where(filter);
    where.clauses << QStringLiteral("seq ") + seqCondition;
    where.values << seq;
    QSqlQuery query(m_db);
    const QString sql =
        QStringLiteral("SELECT %1%2 FROM notifications%3 ORDER BY seq DESC LIMIT %4")
            .arg(QLatin1String(RecordColumns), withRaw ? QStringLiteral(", raw") : QString(), where.sql())
            .arg(qMax(0, limit));
    if (!run(query, sql, where.values, QStringLiteral("select")))
        return result;
    result.reserve(limit);
    while (query.next())
        result << recordFrom(query, withRaw);
    return result;
}

QList<NotificationLogRecord> PostgresNotificationStore::olderThan(
    const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw)
{
    return select(filter, QStringLiteral("< ?"), beforeSeq, limit, withRaw);
}

QList<NotificationLogRecord> PostgresNotificationStore::newerThan(
    const NotificationLogFilter &filter, qint64 afterSeq, int limit)
{
    return select(filter, QStringLiteral("> ?"), afterSeq, limit, false);
}

qint64 PostgresNotificationStore::newestSeq()
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    if (!ensureConnected()
        || !run(
            query, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM notifications"), {}, QStringLiteral("newest seq"))
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QByteArray PostgresNotificationStore::rawJson(qint64 seq)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    if (!ensureConnected()
        || !run(query, QStringLiteral("SELECT raw FROM notifications WHERE seq = ?"), {seq}, QStringLiteral("read raw"))
        || !query.next())
        return {};
    return query.value(0).toByteArray();
}

qint64 PostgresNotificationStore::count(const NotificationLogFilter &filter)
{
    m_lastError.clear();
    const postgreslog::Where where(filter);
    QSqlQuery query(m_db);
    if (!ensureConnected()
        || !run(query, QStringLiteral("SELECT COUNT(*) FROM notifications") + where.sql(), where.values,
            QStringLiteral("count"))
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace roamdesk
