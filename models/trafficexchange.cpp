#include "models/trafficexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace roamdesk {

namespace traffic {

namespace {

constexpr int MinRevealableSecretLength = 4; // shorter "secrets" would mask ordinary text

// Stores `value` under `baseName` (or baseName_2, _3… when that name already holds another value).
QString remember(QHash<QString, QString> *secrets, const QString &baseName, const QString &value)
{
    if (!secrets)
        return baseName;
    QString name = baseName;
    for (int suffix = 2; secrets->contains(name) && secrets->value(name) != value; ++suffix)
        name = baseName + QLatin1Char('_') + QString::number(suffix);
    secrets->insert(name, value);
    return name;
}

// Already masked (a value recorded twice stays masked once).
bool isPlaceholder(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"));
    return pattern.match(value).hasMatch();
}

bool isSecretKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("accesstoken"), QStringLiteral("access_token"),
        QStringLiteral("refreshtoken"), QStringLiteral("refresh_token"), QStringLiteral("client_secret"),
        QStringLiteral("clientsecret"), QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("apikey"),
        QStringLiteral("api_key"), QStringLiteral("id_token")};
    return keys.contains(key.toLower());
}

// Collects (key, value) of every secret string member in a JSON value.
void collectJsonSecrets(const QJsonValue &value, QList<QPair<QString, QString>> *found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()) && it.value().isString()) {
                if (!isPlaceholder(it.value().toString()))
                    found->append({it.key(), it.value().toString()});
            } else {
                collectJsonSecrets(it.value(), found);
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collectJsonSecrets(element, found);
    }
}

// Replaces the secret members of a JSON value by placeholders (fallback when the raw text cannot be edited).
QJsonValue replaceJsonSecrets(const QJsonValue &value, QHash<QString, QString> *secrets)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()) && it.value().isString() && !isPlaceholder(it.value().toString()))
                it.value() = placeholder(remember(secrets, placeholderNameFor(it.key()), it.value().toString()));
            else
                it.value() = replaceJsonSecrets(it.value(), secrets);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = replaceJsonSecrets(*it, secrets);
        return array;
    }
    return value;
}

QByteArray jsonStringLiteral(const QString &value)
{
    // QJsonDocument only serializes containers: encode ["value"] and cut the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray maskJson(const QByteArray &body, const QJsonDocument &document, QHash<QString, QString> *secrets)
{
    QList<QPair<QString, QString>> found;
    collectJsonSecrets(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &found);
    QByteArray masked = body;
    for (const auto &[key, value] : found) {
        const QByteArray literal = jsonStringLiteral(value);
        if (!masked.contains(literal)) {
            // Unusual escaping: fall back to a re-serialized (compact, key-sorted) document.
            QHash<QString, QString> scratch;
            const QJsonValue replaced = replaceJsonSecrets(
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &scratch);
            if (secrets)
                secrets->insert(scratch);
            return replaced.isObject() ? QJsonDocument(replaced.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(replaced.toArray()).toJson(QJsonDocument::Compact);
        }
        const QString name = remember(secrets, placeholderNameFor(key), value);
        masked.replace(literal, jsonStringLiteral(placeholder(name)));
    }
    return masked;
}

QByteArray maskForm(const QByteArray &body, QHash<QString, QString> *secrets)
{
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const int equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals)));
        if (!isSecretKey(key))
            continue;
        QByteArray raw = pair.mid(equals + 1);
        raw.replace('+', ' ');
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        if (isPlaceholder(value))
            continue;
        pair = pair.left(equals + 1) + placeholder(remember(secrets, placeholderNameFor(key), value)).toUtf8();
    }
    return pairs.join('&');
}

} // namespace

QString placeholder(const QString &name)
{
    return QStringLiteral("${") + name + QLatin1Char('}');
}

QString placeholderNameFor(const QString &key)
{
    const QString lower = key.toLower();
    if (lower == QLatin1String("accesstoken"))
        return QStringLiteral("SINK_ACCESS_TOKEN");
    if (lower == QLatin1String("x-rapidapi-key") || lower == QLatin1String("apikey")
        || lower == QLatin1String("api_key"))
        return QStringLiteral("ROAMDESK_API_KEY");
    if (lower == QLatin1String("client_secret") || lower == QLatin1String("clientsecret"))
        return QStringLiteral("ROAMDESK_CLIENT_SECRET");
    if (lower == QLatin1String("authorization"))
        return QStringLiteral("ROAMDESK_BEARER");
    QString name = key.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

HttpHeaderList maskHeaders(const HttpHeaderList &headers, QHash<QString, QString> *secrets)
{
    HttpHeaderList masked;
    masked.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization") {
            // Keep the scheme visible ("Bearer ${ROAMDESK_BEARER}"), mask the credentials.
            const int space = value.indexOf(' ');
            const QByteArray scheme = space > 0 ? value.left(space) : QByteArray();
            const QString credentials = QString::fromUtf8(space > 0 ? value.mid(space + 1) : value);
            if (isPlaceholder(credentials)) {
                masked.append({name, value});
                continue;
            }
            QString base = lower == "authorization" ? placeholderNameFor(QStringLiteral("authorization"))
                                                    : QStringLiteral("PROXY_AUTHORIZATION");
            if (lower == "authorization" && !scheme.isEmpty() && scheme.toLower() != "bearer")
                base = QStringLiteral("ROAMDESK_") + QString::fromLatin1(scheme.toUpper())
                    + QStringLiteral("_CREDENTIALS");
            const QString masks = placeholder(remember(secrets, base, credentials));
            masked.append({name, scheme.isEmpty() ? masks.toUtf8() : scheme + ' ' + masks.toUtf8()});
        } else if ((lower == "x-rapidapi-key" || lower == "cookie" || lower == "set-cookie" || lower == "x-api-key")
            && !isPlaceholder(QString::fromUtf8(value))) {
            masked.append({name,
                placeholder(remember(secrets, placeholderNameFor(QString::fromLatin1(name)), QString::fromUtf8(value)))
                    .toUtf8()});
        } else {
            masked.append({name, value});
        }
    }
    return masked;
}

QByteArray maskBody(const QByteArray &body, QHash<QString, QString> *secrets)
{
    if (body.isEmpty())
        return body;
    QByteArray masked = body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        masked = maskJson(body, document, secrets);
    else if (!body.contains('{') && body.contains('='))
        masked = maskForm(body, secrets);
    // Whatever could not be parsed (a truncated body, say) still loses every secret we already know.
    if (secrets) {
        for (auto it = secrets->cbegin(); it != secrets->cend(); ++it) {
            if (it.value().size() >= MinRevealableSecretLength)
                masked.replace(it.value().toUtf8(), placeholder(it.key()).toUtf8());
        }
    }
    return masked;
}

QString shellQuote(const QString &text, const QHash<QString, QString> &secrets, bool reveal)
{
    static const QRegularExpression placeholderPattern(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    auto quoteLiteral = [](const QString &literal) {
        QString quoted = literal;
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    };
    QString result;
    QString literal;
    qsizetype position = 0;
    auto it = placeholderPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!secrets.contains(name))
            continue; // not ours: keep literally
        literal += text.mid(position, match.capturedStart() - position);
        position = match.capturedEnd();
        if (reveal) {
            literal += secrets.value(name);
        } else {
            if (!literal.isEmpty())
                result += quoteLiteral(literal);
            literal.clear();
            result += QStringLiteral("\"${") + name + QStringLiteral("}\"");
        }
    }
    literal += text.mid(position);
    if (!literal.isEmpty() || result.isEmpty())
        result += quoteLiteral(literal);
    return result;
}

} // namespace traffic

namespace {

// Headers curl must work out itself: the body's length changes once a placeholder expands, and the
// connection-level ones belong to curl's own connection.
bool isConnectionHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "host" || lower == "transfer-encoding" || lower == "connection";
}

// The placeholders of `secrets` that `text` refers to, in the order given.
void collectPlaceholders(const QString &text, const QHash<QString, QString> &secrets, QStringList *names)
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (secrets.contains(name) && !names->contains(name))
            names->append(name);
    }
}

} // namespace

QString TrafficExchange::toCurl(bool revealSecrets) const
{
    QStringList parts;
    QStringList used;
    parts << QStringLiteral("curl -sS");
    if (method != "GET" || !requestBody.isEmpty())
        parts << QStringLiteral("-X ") + QString::fromLatin1(method);
    const QString target = url.toString(QUrl::FullyEncoded);
    collectPlaceholders(target, secrets, &used);
    parts << traffic::shellQuote(target, secrets, revealSecrets);
    for (const auto &[name, value] : requestHeaders) {
        if (isConnectionHeader(name))
            continue;
        const QString line = QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        collectPlaceholders(line, secrets, &used);
        parts << QStringLiteral("-H ") + traffic::shellQuote(line, secrets, revealSecrets);
    }
    if (!requestBody.isEmpty()) {
        // --data-raw sends the text as it is (no @file, no stripped newlines); curl counts the expanded length.
        const QString body = QString::fromUtf8(requestBody);
        collectPlaceholders(body, secrets, &used);
        parts << QStringLiteral("--data-raw ") + traffic::shellQuote(body, secrets, revealSecrets);
    }
    QString command = parts.join(QStringLiteral(" \\\n  "));
    if (revealSecrets || used.isEmpty())
        return command;
    // A shell comment first, naming what to export (the names roamdesk-cli reads where it reads any).
    used.sort();
    return QStringLiteral("# export ") + used.join(QStringLiteral("=\u2026 ")) + QStringLiteral("=\u2026\n") + command;
}

} // namespace roamdesk
