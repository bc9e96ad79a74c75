#include "app/store/sqliteapi.h"

#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace roamdesk {

namespace {

constexpr int SqliteOk = 0;
constexpr int SqliteDone = 101;
// SQLITE_STATIC: the bytes stay valid until the statement is reset (they do: run() resets before returning).
void (*const StaticBytes)(void *) = nullptr;

template <typename Function>
void lookUp(void *library, const char *name, Function *function)
{
#ifdef Q_OS_UNIX
    *function = reinterpret_cast<Function>(dlsym(library, name));
#else
    Q_UNUSED(library);
    Q_UNUSED(name);
    *function = nullptr;
#endif
}

} // namespace

const SqliteApi &SqliteApi::instance()
{
    static const SqliteApi api;
    return api;
}

SqliteApi::SqliteApi()
{
#ifdef Q_OS_UNIX
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return;
    const char *(*sourceIdFunction)() = nullptr;
    lookUp(library, "sqlite3_sourceid", &sourceIdFunction);
    lookUp(library, "sqlite3_interrupt", &interrupt);
    if (!sourceIdFunction || !interrupt) {
        interrupt = nullptr;
        return;
    }
    sourceId = QByteArray(sourceIdFunction());
    SqliteApi found = *this;
    lookUp(library, "sqlite3_prepare_v2", &found.prepare);
    lookUp(library, "sqlite3_bind_text", &found.bindText);
    lookUp(library, "sqlite3_bind_blob", &found.bindBlob);
    lookUp(library, "sqlite3_bind_int64", &found.bindInt64);
    lookUp(library, "sqlite3_bind_null", &found.bindNull);
    lookUp(library, "sqlite3_step", &found.step);
    lookUp(library, "sqlite3_reset", &found.reset);
    lookUp(library, "sqlite3_clear_bindings", &found.clearBindings);
    lookUp(library, "sqlite3_finalize", &found.finalize);
    lookUp(library, "sqlite3_changes", &found.changes);
    lookUp(library, "sqlite3_last_insert_rowid", &found.lastInsertRowId);
    lookUp(library, "sqlite3_errmsg", &found.errorMessage);
    lookUp(library, "sqlite3_extended_errcode", &found.errorCode);
    const bool complete = found.prepare && found.bindText && found.bindBlob && found.bindInt64 && found.bindNull
        && found.step && found.reset && found.clearBindings && found.finalize && found.changes && found.lastInsertRowId
        && found.errorMessage && found.errorCode;
    if (complete)
        *this = found;
#endif
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    if (m_statement)
        SqliteApi::instance().finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteStatement::prepare(void *connection, const char *sql)
{
    const SqliteApi &api = SqliteApi::instance();
    finalize();
    m_connection = connection;
    if (!api.hasStatements() || !connection) {
        m_error = QStringLiteral("SQLite's statement functions are not available");
        return false;
    }
    if (api.prepare(connection, sql, -1, &m_statement, nullptr) != SqliteOk) {
        m_error = QString::fromUtf8(api.errorMessage(connection));
        api.finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bindText(int column, QByteArrayView utf8)
{
    // A null pointer would bind NULL: an empty text is bound as "".
    SqliteApi::instance().bindText(m_statement, column, utf8.data() ? utf8.data() : "", int(utf8.size()), StaticBytes);
}

void SqliteStatement::bindBlob(int column, QByteArrayView bytes)
{
    SqliteApi::instance().bindBlob(
        m_statement, column, bytes.data() ? bytes.data() : "", int(bytes.size()), StaticBytes);
}

void SqliteStatement::bindInt64(int column, qint64 value)
{
    SqliteApi::instance().bindInt64(m_statement, column, value);
}

void SqliteStatement::bindNull(int column)
{
    SqliteApi::instance().bindNull(m_statement, column);
}

bool SqliteStatement::run()
{
    const SqliteApi &api = SqliteApi::instance();
    const bool done = api.step(m_statement) == SqliteDone;
    if (!done) {
        m_error = QString::fromUtf8(api.errorMessage(m_connection));
        m_errorCode = api.errorCode(m_connection);
    }
    api.reset(m_statement);
    api.clearBindings(m_statement);
    return done;
}

int SqliteStatement::changes() const
{
    return SqliteApi::instance().changes(m_connection);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return SqliteApi::instance().lastInsertRowId(m_connection);
}

QString SqliteStatement::error() const
{
    return m_error;
}

QSqlError SqliteStatement::sqlError() const
{
    return QSqlError(m_error, QString(), QSqlError::StatementError, QString::number(m_errorCode));
}

} // namespace roamdesk
