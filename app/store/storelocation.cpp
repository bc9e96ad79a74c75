#include "app/store/storelocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace roamdesk {

namespace {

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

/// The libpq keywords a store URL may carry. A password (or anything that could hold one) is not among them.
bool isAllowedOption(const QString &key)
{
    static const QStringList allowed = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("passfile"), QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("service")};
    return allowed.contains(key);
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.m_kind = Kind::Sqlite;
    location.m_path = path;
    location.m_text = path;
    return location;
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        setError(error, tr("The store location is empty."));
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        const QString path = text.mid(7);
        if (path.isEmpty()) {
            setError(error, tr("sqlite: names no file."));
            return std::nullopt;
        }
        return sqlite(path);
    }
    if (!isPostgresUrl(text))
        return sqlite(text);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        setError(error, tr("Not a PostgreSQL URL: %1").arg(url.errorString()));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        // Said without the URL: it holds the password.
        setError(error,
            tr("The URL holds a password. Put it in PGPASSWORD or a .pgpass file instead, so that it is neither on "
               "a command line nor in a settings file."));
        return std::nullopt;
    }
    StoreLocation location;
    location.m_kind = Kind::Postgres;
    location.m_text = text;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAllowedOption(key)) {
            setError(error, tr("Unknown or refused option in the PostgreSQL URL: %1").arg(key));
            return std::nullopt;
        }
        if (key == QLatin1String("host")) {
            location.m_host = value; // a Unix socket folder cannot be written in the URL's host part
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok || location.m_port <= 0 || location.m_port > 65535) {
                setError(error, tr("Not a port: %1").arg(value));
                return std::nullopt;
            }
        } else {
            location.m_options << qMakePair(key, value);
        }
    }
    return location;
}

QString StoreLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    return parts.join(QLatin1Char(';'));
}

QString StoreLocation::toString() const
{
    return m_text;
}

} // namespace roamdesk
