#pragma once

// Helpers shared by the model tests: JSON normalisation for round-trip comparisons, and readers for the
// optional ../shared files (official CAMARA YAML examples and the seed's JSON samples).

#include "models/datetime.h"
#include "models/fielderror.h"
#include "specyaml.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace modeltest {

/// Every string that is an RFC 3339 date-time rewritten in RoamDesk's canonical form (UTC, milliseconds, 'Z'),
/// so "2018-04-05T17:31:00Z" and "2018-04-05T17:31:00.000Z" compare equal in round trips.
inline QJsonValue canonicalDates(const QJsonValue &value)
{
    if (value.isString()) {
        if (const std::optional<QDateTime> parsed = roamdesk::rfc3339::parse(value.toString()))
            return roamdesk::rfc3339::format(*parsed);
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(canonicalDates(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), canonicalDates(it.value()));
        return out;
    }
    return value;
}

/// The same document without members whose value is null (absent and null mean the same for optional fields).
inline QJsonValue stripNulls(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(stripNulls(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isNull())
                out.insert(it.key(), stripNulls(it.value()));
        }
        return out;
    }
    return value;
}

/// The paths of `errors`, in order: what the tests compare (the messages are checked separately).
inline QStringList paths(const roamdesk::FieldErrors &errors)
{
    QStringList list;
    for (const roamdesk::FieldError &error : errors)
        list << error.path;
    return list;
}

/// RFC 7396 merge patch: objects merge recursively, null removes a member, anything else replaces.
inline QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else if (it.value().isObject() && target.value(it.key()).isObject())
            target.insert(it.key(), mergePatch(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

inline QJsonDocument readJson(const QString &relative)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(testsupport::readData(relative), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON: %s", qPrintable(relative), qPrintable(error.errorString()));
    return document;
}

inline QJsonObject readJsonObject(const QString &relative)
{
    return readJson(relative).object();
}

/// The examples of one official YAML file (relative to ../shared/spec/camara); `error` is set on failure.
inline QList<testsupport::yaml::Example> specExamples(const QString &relative, QString *error)
{
    QFile file(testsupport::sharedSpecDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return {};
    }
    const QJsonValue document = testsupport::yaml::parse(file.readAll(), error);
    if (document.isUndefined()) {
        *error = relative + QStringLiteral(": ") + *error;
        return {};
    }
    return testsupport::yaml::collectExamples(document);
}

/// The four YAML files of the roaming APIs: status v1.0 / v1.1 and subscriptions v0.7 / v0.8.
inline QStringList specFiles()
{
    return {QStringLiteral("device-roaming-status.yaml"), QStringLiteral("device-roaming-status-subscriptions.yaml"),
        QStringLiteral("DeviceRoamingStatus-r1.2/device-roaming-status.yaml"),
        QStringLiteral("DeviceRoamingStatus-r1.2/device-roaming-status-subscriptions.yaml")};
}

/// The examples of all four official files (specFiles()), in order; on the first unreadable file, none and `error` set.
inline QList<testsupport::yaml::Example> allSpecExamples(QString *error)
{
    QList<testsupport::yaml::Example> all;
    for (const QString &file : specFiles()) {
        const QList<testsupport::yaml::Example> examples = specExamples(file, error);
        if (!error->isEmpty())
            return {};
        all << examples;
    }
    return all;
}

/// The JSON samples of the seed text: blocks from a line "{" to a line "}" at column 0, verbatim.
inline QList<QByteArray> seedJsonSamples()
{
    QFile file(testsupport::sharedSeedDir() + QStringLiteral("/device-roaming-status-sdk.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> samples;
    QByteArray current;
    bool inside = false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!inside && line.trimmed() == "{" && line.startsWith('{')) {
            inside = true;
            current = line + '\n';
        } else if (inside) {
            current += line + '\n';
            if (line.startsWith('}')) {
                samples << current;
                inside = false;
            }
        }
    }
    return samples;
}

inline bool haveSeed()
{
    return QFile::exists(testsupport::sharedSeedDir() + QStringLiteral("/device-roaming-status-sdk.txt"));
}

} // namespace modeltest

#define REQUIRE_SHARED_SEED()                                                                                          \
    do {                                                                                                               \
        if (!modeltest::haveSeed())                                                                                    \
            QSKIP("../shared/seed is not beside this clone; the seed-sample checks are skipped");                      \
    } while (false)
