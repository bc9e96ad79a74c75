#pragma once

// A real PostgreSQL server for the tests: initdb in a temporary folder, started with pg_ctl on a free port with
// its Unix socket in that folder, stopped and removed afterwards (also when the test process dies: a watchdog
// shell outlives it). Runs the server as the postgres user when the tests run as root (initdb refuses root).

#include "models/notificationlogsource.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pgtest {

class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer(); // stops the server and removes its folder
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    /// initdb of the newest installed PostgreSQL (/usr/lib/postgresql/*/bin, then PATH); empty when none.
    static QString binary(const QString &name);
    /// Why the PostgreSQL tests skip: empty when a server can be made here.
    static QString whyUnavailable();

    /// initdb and start; false with error() set.
    bool start();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString socketFolder() const;

    /// Creates a new empty database and returns its store URL (postgresql://…?host=<socket folder>&port=…).
    QString createDatabase();
    /// Same, holding `records` as a receiver stores them; empty on failure (error() says why).
    QString createDatabaseWith(const QList<roamdesk::NotificationLogRecord> &records);
    /// The store URL of `database`, connecting as `user` (the superuser when empty).
    QString url(const QString &database, const QString &user = QString()) const;
    /// Runs SQL statements on `database` as `user` (the superuser when empty); false with error() set on the
    /// first failure.
    bool sql(const QString &database, const QStringList &statements, const QString &user = QString());

    /// Serves TLS with this certificate and key (PEM files), for connections over TCP to localhost.
    bool enableTls(const QString &certificateFile, const QString &keyFile);

    /// Stops the server: "fast" (clean) or "immediate" (as a crash would). Starts it again on the same port.
    bool stop(const QString &mode = QStringLiteral("fast"));
    bool restart();

private:
    bool runAsServerUser(const QStringList &command, int timeoutMs = 60000);
    QStringList serverUserPrefix() const;
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace pgtest
