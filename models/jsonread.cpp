#include "models/jsonread.h"

#include "models/datetime.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace roamdesk {

namespace jsonmsg {
QString required()
{
    return QCoreApplication::translate("roamdesk::Json", "is required");
}
QString notNull()
{
    return QCoreApplication::translate("roamdesk::Json", "must not be null");
}
QString mustBeString()
{
    return QCoreApplication::translate("roamdesk::Json", "must be a string");
}
QString mustBeBoolean()
{
    return QCoreApplication::translate("roamdesk::Json", "must be a boolean");
}
QString mustBeInteger()
{
    return QCoreApplication::translate("roamdesk::Json", "must be an integer");
}
QString mustBeObject()
{
    return QCoreApplication::translate("roamdesk::Json", "must be an object");
}
QString mustBeArray()
{
    return QCoreApplication::translate("roamdesk::Json", "must be an array");
}
QString mustBeStringArray()
{
    return QCoreApplication::translate("roamdesk::Json", "must be an array of strings");
}
QString mustBeDateTime()
{
    return QCoreApplication::translate(
        "roamdesk::Json", "must be an RFC 3339 date-time with a time zone, e.g. 2024-02-20T10:41:38.657Z");
}
} // namespace jsonmsg

JsonReader::JsonReader(const QJsonObject &object, QString path, FieldErrors *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{
}

QString JsonReader::joinPath(const QString &path, const QString &key)
{
    if (path.isEmpty())
        return key;
    if (key.isEmpty())
        return path;
    return path + QLatin1Char('.') + key;
}

QString JsonReader::pathOf(const QString &key) const
{
    return joinPath(m_path, key);
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::addError(const QString &key, const QString &message) const
{
    if (m_errors)
        m_errors->append(FieldError{pathOf(key), message});
}

bool JsonReader::present(const QString &key, Requirement requirement) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (requirement == Required)
            addError(key, jsonmsg::required());
        return false;
    }
    if (v.isNull()) {
        if (requirement == Required)
            addError(key, jsonmsg::notNull());
        return false;
    }
    return true;
}

std::optional<QString> JsonReader::string(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        addError(key, jsonmsg::mustBeString());
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> JsonReader::boolean(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        addError(key, jsonmsg::mustBeBoolean());
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<int> JsonReader::integer(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        addError(key, jsonmsg::mustBeInteger());
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(std::numeric_limits<int>::min())
        || d > double(std::numeric_limits<int>::max())) {
        addError(key, jsonmsg::mustBeInteger());
        return std::nullopt;
    }
    return int(d);
}

std::optional<QDateTime> JsonReader::dateTime(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        addError(key, jsonmsg::mustBeDateTime());
        return std::nullopt;
    }
    const std::optional<QDateTime> parsed = rfc3339::parse(v.toString());
    if (!parsed)
        addError(key, jsonmsg::mustBeDateTime());
    return parsed;
}

std::optional<QStringList> JsonReader::stringList(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        addError(key, jsonmsg::mustBeStringArray());
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(key + QStringLiteral("[%1]").arg(i), jsonmsg::mustBeString());
            return std::nullopt;
        }
        list << array.at(i).toString();
    }
    return list;
}

std::optional<QJsonObject> JsonReader::object(const QString &key, Requirement requirement) const
{
    if (!present(key, requirement))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        addError(key, jsonmsg::mustBeObject());
        return std::nullopt;
    }
    return v.toObject();
}

JsonTextPosition jsonErrorPosition(const QByteArray &text, int offset)
{
    const int end = qBound(0, offset - 1, int(text.size()));
    JsonTextPosition position;
    int lineStart = 0;
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = int(QString::fromUtf8(text.mid(lineStart, end - lineStart)).size()) + 1;
    return position;
}

QString describeJsonSyntaxError(const QByteArray &text, int offset, const QString &reason)
{
    const JsonTextPosition position = jsonErrorPosition(text, offset);
    // The context of the notification parser, where this sentence began: its translations are filed there.
    return QCoreApplication::translate("roamdesk::Notification", "line %1, column %2: %3")
        .arg(position.line)
        .arg(position.column)
        .arg(reason);
}

std::optional<QJsonObject> optionalObject(const QJsonValue &value, const QString &path, FieldErrors *errors)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        if (errors)
            errors->append(FieldError{path, jsonmsg::mustBeObject()});
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace roamdesk
