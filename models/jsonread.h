#pragma once

#include "models/fielderror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// Typed, error-collecting reads of one JSON object's members, shared by the model decoders.
/// Absent and null members read as nullopt; a required one that is absent or null, or any member of the
/// wrong JSON type, adds a FieldError named by its full path ("config.subscriptionMaxEvents").
class JsonReader
{
public:
    enum Requirement { Optional, Required };

    JsonReader(const QJsonObject &object, QString path, FieldErrors *errors);

    /// "path.key", or "key" at the top level.
    QString pathOf(const QString &key) const;
    /// Present and not null.
    bool has(const QString &key) const;
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    void addError(const QString &key, const QString &message) const;

    std::optional<QString> string(const QString &key, Requirement requirement = Optional) const;
    std::optional<bool> boolean(const QString &key, Requirement requirement = Optional) const;
    std::optional<int> integer(const QString &key, Requirement requirement = Optional) const;
    std::optional<QDateTime> dateTime(const QString &key, Requirement requirement = Optional) const;
    std::optional<QStringList> stringList(const QString &key, Requirement requirement = Optional) const;
    /// The member as an object, or nullopt (with an error when it is neither absent/null nor an object).
    std::optional<QJsonObject> object(const QString &key, Requirement requirement = Optional) const;

    static QString joinPath(const QString &path, const QString &key);

private:
    /// false (and an error when required) if absent or null.
    bool present(const QString &key, Requirement requirement) const;

    QJsonObject m_object;
    QString m_path;
    FieldErrors *m_errors; // may be null: errors are then dropped
};

/// Where a QJsonParseError points in a JSON text: the offending character itself, 1-based, its column counted in
/// characters (not UTF-8 bytes) so that an editor's cursor lands on it.
struct JsonTextPosition
{
    int line = 1;
    int column = 1;
};
/// The position of the error Qt reports at `offset`, which lies just past the offending character.
JsonTextPosition jsonErrorPosition(const QByteArray &text, int offset);
/// "line L, column C: <reason>" for a QJsonParseError at `offset` in `text`.
QString describeJsonSyntaxError(const QByteArray &text, int offset, const QString &reason);

/// An optional object given as a bare value (a nested decoder's input): nullopt when absent or null, and nullopt
/// with a "must be an object" error at `path` when it is something else. `errors` may be null.
std::optional<QJsonObject> optionalObject(const QJsonValue &value, const QString &path, FieldErrors *errors);

namespace jsonmsg {
QString required();
QString notNull();
QString mustBeString();
QString mustBeBoolean();
QString mustBeInteger();
QString mustBeObject();
QString mustBeArray();
QString mustBeStringArray();
QString mustBeDateTime();
} // namespace jsonmsg

} // namespace roamdesk
