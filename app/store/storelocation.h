#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace roamdesk {

/// Where the notification store lives, as `--store` names it: a file path or `sqlite:PATH` (SQLite, one
/// user), or `postgresql://user@host:port/db?sslmode=…` (PostgreSQL, shared by a team). The password is never
/// part of it: libpq finds it in PGPASSWORD or a .pgpass file, so it is neither on a command line nor in a
/// settings file.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::StoreLocation)

public:
    enum class Kind { Sqlite, Postgres };

    /// Reads `text`; nullopt with `error` set when it cannot name a store.
    static std::optional<StoreLocation> parse(const QString &text, QString *error = nullptr);
    static StoreLocation sqlite(const QString &path);

    Kind kind() const { return m_kind; }
    bool isShared() const { return m_kind == Kind::Postgres; }
    /// The SQLite file (Kind::Sqlite).
    QString path() const { return m_path; }

    // PostgreSQL (Kind::Postgres); empty parts are left to libpq's defaults (PGHOST, PGPORT, PGUSER, …).
    QString host() const { return m_host; } // a name, an address, or a Unix socket folder (starts with '/')
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    /// libpq keywords from the URL's query (sslmode, sslrootcert, connect_timeout, …).
    QList<QPair<QString, QString>> options() const { return m_options; }
    /// The options as QPSQL's connect options ("key=value;key=value"), values quoted for libpq.
    QString connectOptions() const;

    /// What to show the user (a path, or the URL as given: it holds no secret).
    QString toString() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
    QString m_text;
};

} // namespace roamdesk
