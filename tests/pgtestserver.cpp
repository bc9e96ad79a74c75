#include "pgtestserver.h"

#include "app/store/storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgtest {

namespace {

constexpr char Superuser[] = "roamdesk";

bool isRoot()
{
    return geteuid() == 0;
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    if (m_running)
        stop(u"immediate"_s);
}

QString PgTestServer::binary(const QString &name)
{
    // Debian keeps the server's tools per major version, off PATH: the newest installed one.
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : std::as_const(entries)) {
        const QString path = versions.filePath(version + u"/bin/"_s + name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

QString PgTestServer::whyUnavailable()
{
    if (binary(u"initdb"_s).isEmpty())
        return u"no PostgreSQL server installed (initdb not found; scripts/common.sh installs postgresql)"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"_s;
    if (isRoot() && !getpwnam("postgres"))
        return u"running as root and there is no postgres user to run the server as"_s;
    return {};
}

QStringList PgTestServer::serverUserPrefix() const
{
    return isRoot() ? QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s} : QStringList{};
}

bool PgTestServer::runAsServerUser(const QStringList &command, int timeoutMs)
{
    QStringList full = serverUserPrefix() + command;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    process.start(full.takeFirst(), full);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = command.join(u' ') + u": "_s + QString::fromLocal8Bit(process.readAll()).trimmed();
        process.kill();
        process.waitForFinished();
        return false;
    }
    return true;
}

QString PgTestServer::socketFolder() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgTestServer::start()
{
    m_error = whyUnavailable();
    if (!m_error.isEmpty())
        return false;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/roamdesk-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    if (isRoot()) {
        const passwd *postgres = getpwnam("postgres");
        if (::chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = u"cannot give the temporary folder to postgres"_s;
            return false;
        }
    }
    m_dataDir = m_dir->filePath(u"data"_s);
    if (!runAsServerUser({binary(u"initdb"_s), u"-D"_s, m_dataDir, u"-U"_s, QString::fromLatin1(Superuser),
            u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
        return false;
    startWatchdog();
    // The port was free when probed; another test running beside this one may take it before the server binds
    // it. Then a new one.
    for (int attempt = 1;; ++attempt) {
        m_port = freePort();
        if (restart())
            return true;
        QFile log(m_dir->filePath(u"server.log"_s));
        const bool portTaken = log.open(QIODevice::ReadOnly) && log.readAll().contains("could not bind");
        if (!portTaken || attempt == 3)
            return false;
        m_error.clear();
    }
}

bool PgTestServer::restart()
{
    // fsync off: a test server needs no durability beyond a killed process (the data is in the OS cache).
    const QString options =
        u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"_s.arg(m_dir->path())
            .arg(m_port);
    if (!runAsServerUser({binary(u"pg_ctl"_s), u"-D"_s, m_dataDir, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-o"_s,
            options, u"-w"_s, u"start"_s}))
        return false;
    m_running = true;
    return true;
}

bool PgTestServer::stop(const QString &mode)
{
    if (!m_running)
        return true;
    m_running = false;
    return runAsServerUser({binary(u"pg_ctl"_s), u"-D"_s, m_dataDir, u"-m"_s, mode, u"-w"_s, u"stop"_s});
}

void PgTestServer::startWatchdog()
{
    // Stops the server and removes the folder once this process is gone, however it ended.
    const QString script =
        u"while kill -0 %1 2>/dev/null; do sleep 1; done; "
        "%2 -D '%3' -m immediate -w stop >/dev/null 2>&1; rm -rf '%4'"_s.arg(QCoreApplication::applicationPid())
            .arg((serverUserPrefix() << binary(u"pg_ctl"_s)).join(u' '), m_dataDir, m_dir->path());
    QProcess::startDetached(u"sh"_s, {u"-c"_s, script});
}

QString PgTestServer::url(const QString &database, const QString &user) const
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s
        .arg(user.isEmpty() ? QString::fromLatin1(Superuser) : user, database, m_dir->path())
        .arg(m_port);
}

bool PgTestServer::sql(const QString &database, const QStringList &statements, const QString &user)
{
    const QString name = u"pgtest.admin"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_dir->path());
        db.setPort(m_port);
        db.setUserName(user.isEmpty() ? QString::fromLatin1(Superuser) : user);
        db.setDatabaseName(database);
        if (!db.open()) {
            m_error = db.lastError().text();
            ok = false;
        }
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                m_error = statement + u": "_s + query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgTestServer::enableTls(const QString &certificateFile, const QString &keyFile)
{
    // The server reads them from its own folder, owner-only, as its own user.
    const QString certificate = m_dir->filePath(u"server.crt"_s);
    const QString key = m_dir->filePath(u"server.key"_s);
    QFile::remove(certificate);
    QFile::remove(key);
    if (!QFile::copy(certificateFile, certificate) || !QFile::copy(keyFile, key)
        || !QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = u"cannot copy the TLS files"_s;
        return false;
    }
    if (isRoot()) {
        const passwd *postgres = getpwnam("postgres");
        for (const QString &file : {certificate, key}) {
            if (::chown(QFile::encodeName(file).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                m_error = u"cannot give the TLS files to postgres"_s;
                return false;
            }
        }
    }
    return sql(u"postgres"_s,
        {u"ALTER SYSTEM SET ssl_cert_file = '%1'"_s.arg(certificate),
            u"ALTER SYSTEM SET ssl_key_file = '%1'"_s.arg(key), u"ALTER SYSTEM SET ssl = on"_s,
            u"SELECT pg_reload_conf()"_s});
}

QString PgTestServer::createDatabase()
{
    const QString name = u"store_%1"_s.arg(++m_databases);
    if (!sql(u"postgres"_s, {u"CREATE DATABASE %1"_s.arg(name)}))
        return {};
    return url(name);
}

QString PgTestServer::createDatabaseWith(const QList<roamdesk::NotificationLogRecord> &records)
{
    using namespace roamdesk;
    const QString created = createDatabase();
    if (created.isEmpty())
        return {};
    const std::unique_ptr<NotificationStore> store = storefactory::open(*StoreLocation::parse(created),
        NotificationStore::Durability::Normal, storefactory::Checks::Writable, &m_error);
    if (!store)
        return {};
    const InsertResult inserted = store->insert(records);
    if (!inserted.ok) {
        m_error = inserted.error;
        return {};
    }
    return created;
}

} // namespace pgtest
