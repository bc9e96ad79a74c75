#include "app/common/logmasking.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <atomic>

namespace roamdesk::logmasking {

namespace {

constexpr qsizetype MinimumSecretLength = 4;
const QString Mask = QStringLiteral("***");

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> values;
    return values;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void maskingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QtMessageHandler next = previousHandler())
        next(type, context, mask(message));
}

} // namespace

void install()
{
    static std::atomic_bool installed{false};
    if (installed.exchange(true))
        return;
    previousHandler() = qInstallMessageHandler(maskingHandler);
}

void registerSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(secret);
}

QString mask(const QString &message)
{
    // An authentication scheme and its credential: "Bearer abc123", "Basic dXNlcjpw", wherever they stand.
    // Credentials are at least six characters, so prose such as "the bearer token" stays readable.
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|Basic|Digest|Token|ApiKey)(\\s+)[^\\s\"',;)\\]}]{6,}"),
        QRegularExpression::CaseInsensitiveOption);
    // name: value, name=value, "name":"value", ("name", "value") for names that say they hold a secret.
    static const QRegularExpression named(
        QStringLiteral("((?:authorization|[\\w-]*api[_-]?key|[\\w-]*token|[\\w-]*secret|password|passwd|"
                       "credentials?)[\"']?\\s*(?:[:=]|\"\\s*,|'\\s*,|,)\\s*(?:QByteArray\\()?[\"']?)"
                       "(?!\\*\\*\\*)[^\\s\"',;&)\\]}]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString masked = message;
    masked.replace(scheme, QStringLiteral("\\1\\2") + Mask);
    masked.replace(named, QStringLiteral("\\1") + Mask);
    QMutexLocker lock(&secretsMutex());
    for (const QString &secret : std::as_const(secrets()))
        masked.replace(secret, Mask);
    return masked;
}

} // namespace roamdesk::logmasking
