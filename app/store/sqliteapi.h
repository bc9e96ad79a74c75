#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlError>
#include <QString>

namespace roamdesk {

/// The few C functions of the SQLite library the Qt driver loaded, or nulls. Looked up at run time rather than
/// linked: a driver built with its own copy of SQLite has a connection this process's libsqlite3 must never
/// touch, so the library is taken only if it is already loaded, and the caller compares its source id with
/// the one the connection reports.
struct SqliteApi
{
    using Interrupt = void (*)(void *);
    using Prepare = int (*)(void *, const char *, int, void **, const char **);
    using BindText = int (*)(void *, int, const char *, int, void (*)(void *));
    using BindBlob = int (*)(void *, int, const void *, int, void (*)(void *));
    using BindInt64 = int (*)(void *, int, qint64);
    using BindNull = int (*)(void *, int);
    using Statement = int (*)(void *);
    using Changes = int (*)(void *);
    using LastRowId = qint64 (*)(void *);
    using ErrorMessage = const char *(*)(void *);
    using ErrorCode = int (*)(void *);

    Interrupt interrupt = nullptr;
    QByteArray sourceId;

    // Prepared statements, for the write path where QSqlQuery's QVariant binding costs more than the insert.
    Prepare prepare = nullptr;
    BindText bindText = nullptr;
    BindBlob bindBlob = nullptr;
    BindInt64 bindInt64 = nullptr;
    BindNull bindNull = nullptr;
    Statement step = nullptr;
    Statement reset = nullptr;
    Statement clearBindings = nullptr;
    Statement finalize = nullptr;
    Changes changes = nullptr;
    LastRowId lastInsertRowId = nullptr;
    ErrorMessage errorMessage = nullptr;
    ErrorCode errorCode = nullptr;

    bool hasStatements() const { return prepare != nullptr; }

    static const SqliteApi &instance();

private:
    SqliteApi();
};

/// A prepared statement on a connection of the driver's SQLite, bound and stepped without QVariant: texts
/// go in as UTF-8 that the caller keeps alive until step().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    /// False with `error()` set when the statement does not compile.
    bool prepare(void *connection, const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }
    void finalize();

    void bindText(int column, QByteArrayView utf8);
    void bindBlob(int column, QByteArrayView bytes);
    void bindInt64(int column, qint64 value);
    void bindNull(int column);
    /// Runs a statement that returns no rows; true when it completed. Ready to be bound again either way.
    bool run();
    /// Rows the last run() inserted, and the rowid of the last one.
    int changes() const;
    qint64 lastInsertRowId() const;
    QString error() const;
    /// The error as QSqlError, with SQLite's extended result code as the native code (as the Qt driver gives it).
    QSqlError sqlError() const;

private:
    void *m_connection = nullptr;
    void *m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace roamdesk
