#include "app/alerts/alertstore.h"

#include "app/store/storefactory.h"
#include "models/alertbook.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAlertStore, "roamdesk.alerts.store")

namespace roamdesk {

namespace {

// Portable SQL: BIGINT, TEXT and INTEGER only; ids handed out by the store; a partial unique index (SQLite
// 3.8 and PostgreSQL both have them) so a second active alert for one (rule, device) cannot be written.
// The table is the alerts' own (CREATE IF NOT EXISTS here, not a step of the notification schema): a desk that
// never evaluates rules needs no alerts, and the notification schema version stays what older receivers accept.
const auto CreateTable =
    u"CREATE TABLE IF NOT EXISTS alerts ("
    "id BIGINT PRIMARY KEY NOT NULL, rule_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "severity TEXT NOT NULL, device TEXT NOT NULL, device_json TEXT NOT NULL, "
    "first_ms BIGINT, last_ms BIGINT, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL, "
    "hit_count INTEGER NOT NULL, message TEXT NOT NULL, state TEXT NOT NULL, "
    "active INTEGER NOT NULL, state_by TEXT NOT NULL, state_ms BIGINT, revision BIGINT NOT NULL DEFAULT 0)"_s;
// Tables written before revisions: every alert starts at revision 0 (seen by whoever reads them at open).
const auto AddRevision = u"ALTER TABLE alerts ADD COLUMN revision BIGINT NOT NULL DEFAULT 0"_s;
const auto CreateRevisionIndex = u"CREATE INDEX IF NOT EXISTS alerts_revision ON alerts (revision)"_s;
const auto CreateActiveIndex =
    u"CREATE INDEX IF NOT EXISTS alerts_rule_device_active ON alerts (rule_id, device, active)"_s;
const auto CreateOneActive =
    u"CREATE UNIQUE INDEX IF NOT EXISTS alerts_one_active ON alerts (rule_id, device) WHERE active = 1"_s;
const auto CreateProgress = u"CREATE TABLE IF NOT EXISTS alerts_progress (name TEXT PRIMARY KEY NOT NULL, "
                            "value BIGINT NOT NULL)"_s;
const auto CreateStateIndex = u"CREATE INDEX IF NOT EXISTS alerts_state_id ON alerts (state, id)"_s;

const auto Columns = u"id, rule_id, kind, severity, device, device_json, first_ms, last_ms, first_seq, last_seq, "
                     "hit_count, message, state, active, state_by, state_ms, revision"_s;

// Advisory lock keys on PostgreSQL (beside the notification store's "RoamDes1" and "RoamDes2").
constexpr qint64 AlertSchemaLock = 0x526f616d44657341; // "RoamDesA"
constexpr qint64 AlertWriterLock = 0x526f616d44657342; // "RoamDesB"

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as NULL: the text columns are NOT NULL, so empty goes in as ''.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

void bindAlert(QSqlQuery &query, const Alert &alert)
{
    const QVariantList values{alert.id, text(alert.ruleId), text(alert.kind), alertseverity::toWire(alert.severity),
        text(alert.device), QString::fromUtf8(QJsonDocument(alert.deviceObject).toJson(QJsonDocument::Compact)),
        msOf(alert.firstTime), msOf(alert.lastTime), alert.firstSeq, alert.lastSeq, alert.count, text(alert.message),
        alertstate::toWire(alert.state), alertstate::isActive(alert.state) ? 1 : 0, text(alert.stateBy),
        msOf(alert.stateAt)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

bool isDuplicateColumn(const QSqlQuery &query)
{
    return query.lastError().text().contains("duplicate column"_L1, Qt::CaseInsensitive);
}

} // namespace

AlertStore::AlertStore()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"roamdesk.alerts.%1"_s.arg(++counter);
}

AlertStore::~AlertStore()
{
    close();
}

bool AlertStore::open(const QString &path)
{
    return open(StoreLocation::sqlite(path));
}

bool AlertStore::open(const StoreLocation &location)
{
    close();
    m_lastError.clear();
    m_location = location;
    if (location.isShared()) {
        m_db = storefactory::addPostgresConnection(location, m_connectionName);
        if (!m_db.open()) {
            m_lastError = tr("Cannot open the alerts in %1: %2").arg(location.toString(), m_db.lastError().text());
            close();
            return false;
        }
        if (!createSchema()) {
            const QString error = m_lastError;
            close();
            m_lastError = error;
            return false;
        }
        qCDebug(lcAlertStore) << "alerts open in" << location.toString();
        return true;
    }
    const QString path = location.path();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_lastError = tr("Cannot create the folder of %1").arg(path);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_lastError = tr("Cannot open the alerts in %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    // The receiver put the file in WAL mode; this connection only waits its turn for the write lock.
    // NORMAL: as the receiver's connection (WAL): a commit is not synced to disk each time, a crash loses nothing.
    const bool ok = exec(u"PRAGMA busy_timeout = 5000"_s) && exec(u"PRAGMA synchronous = NORMAL"_s) && createSchema();
    if (!ok) {
        const QString error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    qCDebug(lcAlertStore) << "alerts open in" << path;
    return true;
}

bool AlertStore::createSchema()
{
    if (!isSqlite()) {
        // Nothing to create (so no CREATE right and no lock needed) when the table is there with its revisions.
        QSqlQuery probe(m_db);
        if (probe.exec(u"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                       "AND table_name = 'alerts' AND column_name = 'revision'"_s)
            && probe.next() && probe.value(0).toInt() == 1
            && probe.exec(u"SELECT to_regclass('alerts_progress') IS NOT NULL"_s) && probe.next()
            && probe.value(0).toBool())
            return true;
        // Two desks starting at once: one creates, the other waits and finds it done.
        if (!m_db.transaction())
            return fail(u"begin"_s, QSqlQuery(m_db));
        // SET LOCAL: no "already exists, skipping" notices on the desk's terminal.
        const bool ok = exec(u"SET LOCAL client_min_messages = warning"_s)
            && exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(AlertSchemaLock)) && exec(CreateTable)
            && exec(u"ALTER TABLE alerts ADD COLUMN IF NOT EXISTS revision BIGINT NOT NULL DEFAULT 0"_s)
            && exec(CreateActiveIndex) && exec(CreateOneActive) && exec(CreateStateIndex) && exec(CreateRevisionIndex)
            && exec(CreateProgress);
        if (!ok || !m_db.commit()) {
            if (m_lastError.isEmpty())
                m_lastError = tr("Alerts store: commit: %1").arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        return true;
    }
    if (!exec(CreateTable))
        return false;
    QSqlQuery alter(m_db);
    if (!alter.exec(AddRevision) && !isDuplicateColumn(alter))
        return fail(AddRevision, alter);
    return exec(CreateActiveIndex) && exec(CreateOneActive) && exec(CreateStateIndex) && exec(CreateRevisionIndex)
        && exec(CreateProgress);
}

bool AlertStore::isSqlite() const
{
    return m_location.kind() == StoreLocation::Kind::Sqlite;
}

void AlertStore::close()
{
    m_inTransaction = false;
    m_changed = false;
    m_ownRevisions.clear();
    m_pendingRevisions.clear();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool AlertStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool AlertStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(sql, query);
    return true;
}

QSqlQuery &AlertStore::prepared(const QString &sql)
{
    // Prepared once per connection: a hit costs a lookup and a write, not the parsing of both.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.try_emplace(sql, m_db).first;
        it->second.setForwardOnly(true);
        if (!it->second.prepare(sql))
            fail(u"prepare"_s, it->second);
    }
    return it->second;
}

bool AlertStore::fail(const QString &what, const QSqlQuery &query)
{
    m_lastError = tr("Alerts store: %1: %2").arg(what, query.lastError().text());
    qCWarning(lcAlertStore).noquote() << m_lastError;
    return false;
}

qint64 AlertStore::nextId()
{
    // MAX over the primary key reads one index page; computed per insert so a second writer cannot collide.
    QSqlQuery &query = prepared(u"SELECT MAX(id) FROM alerts"_s);
    if (!query.exec() || !query.next()) {
        fail(u"next id"_s, query);
        return 0;
    }
    const qint64 id = query.value(0).toLongLong() + 1;
    query.finish(); // no read transaction left open
    return id;
}

qint64 AlertStore::nextRevision()
{
    // Under the writers' lock: revisions grow in commit order, so "above the last one seen" misses nothing.
    QSqlQuery &query = prepared(u"SELECT MAX(revision) FROM alerts"_s);
    if (!query.exec() || !query.next()) {
        fail(u"next revision"_s, query);
        return 0;
    }
    const qint64 revision = query.value(0).toLongLong() + 1;
    query.finish();
    return revision;
}

template <typename T>
T AlertStore::writing(T failed, const std::function<T()> &write)
{
    if (m_inTransaction)
        return write();
    if (!begin())
        return failed;
    T result = write();
    if (!commit())
        return failed;
    return result;
}

QList<Alert> AlertStore::readAll(QSqlQuery &query, QList<qint64> *revisions)
{
    QList<Alert> alerts;
    while (query.next()) {
        Alert alert;
        alert.id = query.value(0).toLongLong();
        alert.ruleId = query.value(1).toString();
        alert.kind = query.value(2).toString();
        alert.severity = alertseverity::fromWire(query.value(3).toString()).value_or(AlertSeverity::Warning);
        alert.device = query.value(4).toString();
        alert.deviceObject = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        alert.firstTime = timeOf(query.value(6));
        alert.lastTime = timeOf(query.value(7));
        alert.firstSeq = query.value(8).toLongLong();
        alert.lastSeq = query.value(9).toLongLong();
        alert.count = query.value(10).toInt();
        alert.message = query.value(11).toString();
        alert.state = alertstate::fromWire(query.value(12).toString()).value_or(AlertState::Open);
        alert.stateBy = query.value(14).toString();
        alert.stateAt = timeOf(query.value(15));
        if (revisions)
            *revisions << query.value(16).toLongLong();
        alerts << alert;
    }
    query.finish(); // no read transaction left open
    return alerts;
}

std::optional<AlertStore::Applied> AlertStore::applyHit(const RuleHit &hit)
{
    if (!isOpen())
        return std::nullopt;
    if (!m_inTransaction) // the standing alert is read and written under the writers' lock
        return writing<std::optional<Applied>>(std::nullopt, [this, &hit] { return applyHit(hit); });
    // The lifecycle is AlertBook's; the store holds the standing alert it starts from.
    m_lastError.clear();
    AlertBook book;
    if (std::optional<Alert> standing = activeFor(hit.ruleId, hit.device)) {
        if (hit.fromTimer && standing->message == hit.message)
            return Applied{*standing, false, true};
        book.restore({*standing});
    } else if (!m_lastError.isEmpty()) {
        return std::nullopt;
    }
    const Alert &alert = book.at(book.add(hit));
    std::optional<Alert> saved = save(alert);
    if (!saved)
        return std::nullopt;
    return Applied{*saved, alert.id == 0};
}

std::optional<Alert> AlertStore::save(const Alert &alert)
{
    if (!isOpen())
        return std::nullopt;
    if (!m_inTransaction)
        return writing<std::optional<Alert>>(std::nullopt, [this, &alert] { return save(alert); });
    Alert stored = alert;
    const QString insertSql =
        u"INSERT INTO alerts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(Columns);
    const qint64 revision = nextRevision();
    if (revision == 0)
        return std::nullopt;
    bool inserted = false;
    if (stored.id == 0) {
        stored.id = nextId();
        if (stored.id == 0)
            return std::nullopt;
    } else {
        QSqlQuery &update =
            prepared(u"UPDATE alerts SET id = ?, rule_id = ?, kind = ?, severity = ?, device = ?, device_json = ?, "
                     "first_ms = ?, last_ms = ?, first_seq = ?, last_seq = ?, hit_count = ?, message = ?, state = ?, "
                     "active = ?, state_by = ?, state_ms = ?, revision = ? WHERE id = ?"_s);
        bindAlert(update, stored);
        update.bindValue(16, revision);
        update.bindValue(17, stored.id);
        if (!update.exec()) {
            fail(u"save alert"_s, update);
            return std::nullopt;
        }
        inserted = update.numRowsAffected() > 0; // else an id that is not stored: kept as given
    }
    if (!inserted) {
        QSqlQuery &insert = prepared(insertSql);
        bindAlert(insert, stored);
        insert.bindValue(16, revision);
        if (!insert.exec()) {
            fail(u"save alert"_s, insert);
            return std::nullopt;
        }
    }
    m_changed = true;
    m_pendingRevisions << revision;
    return stored;
}

QList<Alert> AlertStore::setState(const QList<qint64> &ids, AlertState state, const QString &by, const QDateTime &at)
{
    QList<Alert> moved;
    if (!isOpen() || ids.isEmpty() || !begin()) // one commit for a bulk change
        return moved;
    for (const qint64 id : ids) {
        std::optional<Alert> alert = byId(id);
        if (!alert)
            continue;
        AlertBook book; // what the lifecycle allows: acknowledge an open one, resolve or ignore a standing one
        book.restore({*alert});
        const bool allowed = state == AlertState::Acknowledged ? book.acknowledge(0, by, at)
            : state == AlertState::Resolved                    ? book.resolve(0, by, at)
            : state == AlertState::Ignored                     ? book.ignore(0, by, at)
                                                               : false;
        if (!allowed)
            continue;
        if (std::optional<Alert> saved = save(book.at(0)))
            moved << *saved;
    }
    if (!commit())
        return {};
    return moved;
}

QList<Alert> AlertStore::olderThan(qint64 beforeId, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM alerts WHERE id < ? ORDER BY id DESC LIMIT ?"_s.arg(Columns));
    query.addBindValue(beforeId);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(u"read alerts"_s, query);
        return {};
    }
    return readAll(query);
}

std::optional<Alert> AlertStore::byId(qint64 id)
{
    QSqlQuery &query = prepared(u"SELECT %1 FROM alerts WHERE id = ?"_s.arg(Columns));
    query.bindValue(0, id);
    if (!query.exec()) {
        fail(u"read alert"_s, query);
        return std::nullopt;
    }
    const QList<Alert> alerts = readAll(query);
    return alerts.isEmpty() ? std::nullopt : std::optional<Alert>(alerts.constFirst());
}

std::optional<Alert> AlertStore::activeFor(const QString &ruleId, const QString &device)
{
    QSqlQuery &query =
        prepared(u"SELECT %1 FROM alerts WHERE rule_id = ? AND device = ? AND active = 1"_s.arg(Columns));
    query.bindValue(0, ruleId);
    query.bindValue(1, device);
    if (!query.exec()) {
        fail(u"read active alert"_s, query);
        return std::nullopt;
    }
    const QList<Alert> alerts = readAll(query);
    return alerts.isEmpty() ? std::nullopt : std::optional<Alert>(alerts.constFirst());
}

QList<Alert> AlertStore::active()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM alerts WHERE active = 1 ORDER BY id"_s.arg(Columns))) {
        fail(u"read active alerts"_s, query);
        return {};
    }
    return readAll(query);
}

QList<Alert> AlertStore::changedSince(qint64 afterRevision, qint64 *newest)
{
    m_lastError.clear();
    QSqlQuery &query = prepared(u"SELECT %1 FROM alerts WHERE revision > ? ORDER BY revision"_s.arg(Columns));
    query.bindValue(0, afterRevision);
    if (!query.exec()) {
        fail(u"read changed alerts"_s, query);
        return {};
    }
    QList<qint64> revisions;
    const QList<Alert> alerts = readAll(query, &revisions);
    QList<Alert> changed;
    for (int i = 0; i < alerts.size(); ++i) {
        if (!m_ownRevisions.removeOne(revisions.at(i)))
            changed << alerts.at(i);
    }
    if (!revisions.isEmpty() && newest)
        *newest = qMax(*newest, revisions.constLast());
    return changed;
}

bool AlertStore::isAlive()
{
    QSqlQuery probe(m_db);
    return isOpen() && probe.exec(u"SELECT 1"_s);
}

qint64 AlertStore::newestRevision()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT MAX(revision) FROM alerts"_s) || !query.next()) {
        fail(u"read revision"_s, query);
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 AlertStore::count(AlertState state)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM alerts WHERE state = ?"_s);
    query.addBindValue(alertstate::toWire(state));
    if (!query.exec() || !query.next()) {
        fail(u"count alerts"_s, query);
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 AlertStore::evaluatedSeq()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT value FROM alerts_progress WHERE name = 'evaluated_seq'"_s)) {
        fail(u"read progress"_s, query);
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool AlertStore::setEvaluatedSeq(qint64 seq)
{
    // UPDATE then INSERT: portable where an upsert's syntax is not.
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE alerts_progress SET value = ? WHERE name = 'evaluated_seq'"_s);
    update.addBindValue(seq);
    if (!update.exec())
        return fail(u"write progress"_s, update);
    if (update.numRowsAffected() > 0)
        return true;
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO alerts_progress (name, value) VALUES ('evaluated_seq', ?)"_s);
    insert.addBindValue(seq);
    return insert.exec() || fail(u"write progress"_s, insert);
}

bool AlertStore::begin()
{
    if (!isOpen() || m_inTransaction)
        return false;
    m_changed = false;
    // SQLite: take the write lock at once (waiting out the receiver's commits through busy_timeout). A plain
    // BEGIN reads first and then cannot upgrade when the receiver committed meanwhile: "database is locked".
    // PostgreSQL: the alert writers' own lock, held to the end of the transaction (the receivers never wait).
    bool ok = false;
    if (isSqlite()) {
        ok = exec(u"BEGIN IMMEDIATE"_s);
    } else {
        ok = m_db.transaction();
        if (ok && !exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(AlertWriterLock))) {
            m_db.rollback();
            ok = false;
        }
    }
    if (!ok && m_lastError.isEmpty())
        m_lastError = tr("Alerts store: begin: %1").arg(m_db.lastError().text());
    m_inTransaction = ok;
    return ok;
}

bool AlertStore::commit()
{
    if (!m_inTransaction)
        return false;
    m_inTransaction = false;
    const bool sqlite = isSqlite();
    // The doorbell rings when the transaction commits (and not at all when it rolls back).
    if (!sqlite && m_changed)
        exec(u"NOTIFY %1"_s.arg(QLatin1String(DoorbellChannel)));
    m_changed = false;
    const QList<qint64> written = std::exchange(m_pendingRevisions, {});
    if (sqlite ? exec(u"COMMIT"_s) : m_db.commit()) {
        m_ownRevisions << written; // a revision rolled back may be another writer's next one: only committed ones
        return true;
    }
    m_lastError = tr("Alerts store: commit: %1").arg(m_db.lastError().text());
    if (sqlite)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    else
        m_db.rollback();
    return false;
}

} // namespace roamdesk
