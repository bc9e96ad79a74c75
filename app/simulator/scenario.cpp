#include "app/simulator/scenario.h"

#include "app/simulator/jsonlineindex.h"
#include "models/countrytable.h"
#include "models/jsonread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace roamdesk::sim {

namespace {
constexpr qint64 MaxScenarioBytes = 1024 * 1024;
constexpr int MaxSteps = 100000;

// Free functions here translate under the namespace, as lupdate files them; the classes in the header
// declare their own tr() (Q_DECLARE_TR_FUNCTIONS) for their members.
QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::sim", text);
}

/// Reads a position: an MCC number, an ISO 3166 alpha-2 code, or (when allowed) "home".
std::optional<int> readPosition(const QJsonValue &value, bool allowHome, QString *why)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != std::floor(number) || number < 200 || number > 999) {
            *why = tr("an MCC is a three-digit number from 200 to 999");
            return std::nullopt;
        }
        return int(number);
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (allowHome && text.compare(QLatin1String("home"), Qt::CaseInsensitive) == 0)
            return 0;
        const int mcc = CountryTable::instance().mccForIso(text.toUpper());
        if (text.size() == 2 && mcc > 0)
            return mcc;
        *why = allowHome ? tr("expected an MCC, a two-letter country code or \"home\", got \"%1\"").arg(text)
                         : tr("expected an MCC or a two-letter country code, got \"%1\"").arg(text);
        return std::nullopt;
    }
    *why = allowHome ? tr("expected an MCC, a two-letter country code or \"home\"")
                     : tr("expected an MCC or a two-letter country code");
    return std::nullopt;
}
} // namespace

QString ScenarioError::toString() const
{
    if (line <= 0)
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    if (field.isEmpty())
        return tr("line %1: %2").arg(line).arg(message);
    return tr("line %1, %2: %3").arg(line).arg(field, message);
}

std::optional<Scenario> Scenario::parse(
    const QByteArray &text, const QStringList &knownDeviceKeys, ScenarioError *error)
{
    auto fail = [error](int line, const QString &field, const QString &message) {
        if (error)
            *error = ScenarioError{line, field, message};
        return std::nullopt;
    };
    if (text.size() > MaxScenarioBytes)
        return fail(0, QString(), tr("the file is larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonTextPosition position = jsonErrorPosition(text, parseError.offset);
        return fail(position.line, QString(), tr("column %1: %2").arg(position.column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(1, QString(), tr("a scenario is a JSON object"));
    const JsonLineIndex lines(text);
    auto failAt = [&](const QString &field, const QString &message) { return fail(lines.line(field), field, message); };

    const QJsonObject root = document.object();
    Scenario scenario;
    const QJsonValue name = root.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return failAt(QStringLiteral("name"), tr("a non-empty string is required"));
    scenario.name = name.toString();
    if (root.contains(QStringLiteral("description"))) {
        if (!root.value(QStringLiteral("description")).isString())
            return failAt(QStringLiteral("description"), tr("expected a string"));
        scenario.description = root.value(QStringLiteral("description")).toString();
    }
    if (root.contains(QStringLiteral("loop"))) {
        if (!root.value(QStringLiteral("loop")).isBool())
            return failAt(QStringLiteral("loop"), tr("expected true or false"));
        scenario.loop = root.value(QStringLiteral("loop")).toBool();
    }

    QStringList keys = knownDeviceKeys;
    const QJsonValue devices = root.value(QStringLiteral("devices"));
    if (!devices.isUndefined() && !devices.isArray())
        return failAt(QStringLiteral("devices"), tr("expected an array"));
    const QJsonArray deviceArray = devices.toArray();
    for (int i = 0; i < deviceArray.size(); ++i) {
        const QString base = QStringLiteral("devices[%1]").arg(i);
        if (!deviceArray.at(i).isObject())
            return failAt(base, tr("expected an object"));
        const QJsonObject object = deviceArray.at(i).toObject();
        FieldErrors fieldErrors;
        const auto identifiers = Device::fromJson(object, &fieldErrors, base);
        if (!fieldErrors.isEmpty())
            return failAt(fieldErrors.first().path, fieldErrors.first().message);
        SimDevice device;
        device.identifiers = identifiers.value_or(Device());
        if (device.identifiers.isEmpty())
            return failAt(base,
                tr("a device needs at least one of phoneNumber, networkAccessIdentifier, "
                   "ipv4Address, ipv6Address"));
        const FieldErrors invalid = device.identifiers.validate();
        if (!invalid.isEmpty()) {
            const QString field =
                invalid.first().path.isEmpty() ? base : base + QLatin1Char('.') + invalid.first().path;
            return failAt(field, invalid.first().message);
        }
        const QJsonValue key = object.value(QStringLiteral("key"));
        if (!key.isUndefined() && (!key.isString() || key.toString().isEmpty()))
            return failAt(base + QStringLiteral(".key"), tr("expected a non-empty string"));
        device.key = key.isString() ? key.toString() : device.identifiers.phoneNumber;
        if (device.key.isEmpty())
            return failAt(base + QStringLiteral(".key"), tr("required when the device has no phoneNumber"));
        if (keys.contains(device.key) && !knownDeviceKeys.contains(device.key))
            return failAt(base + QStringLiteral(".key"), tr("device \"%1\" is defined twice").arg(device.key));
        const QJsonValue label = object.value(QStringLiteral("label"));
        if (!label.isUndefined() && !label.isString())
            return failAt(base + QStringLiteral(".label"), tr("expected a string"));
        device.label = label.toString();
        QString why;
        const auto home = readPosition(object.value(QStringLiteral("home")), false, &why);
        if (!home)
            return failAt(
                base + QStringLiteral(".home"), object.contains(QStringLiteral("home")) ? why : tr("required"));
        device.homeMcc = *home;
        if (object.contains(QStringLiteral("start"))) {
            const auto start = readPosition(object.value(QStringLiteral("start")), true, &why);
            if (!start)
                return failAt(base + QStringLiteral(".start"), why);
            device.currentMcc = *start == device.homeMcc ? 0 : *start;
        }
        keys.append(device.key);
        scenario.devices.append(device);
    }

    const QJsonValue steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return failAt(QStringLiteral("steps"),
            steps.isUndefined() ? tr("required (an array of moves)") : tr("expected an array"));
    const QJsonArray stepArray = steps.toArray();
    if (stepArray.size() > MaxSteps)
        return failAt(QStringLiteral("steps"), tr("too many steps (at most %1)").arg(MaxSteps));
    for (int i = 0; i < stepArray.size(); ++i) {
        const QString base = QStringLiteral("steps[%1]").arg(i);
        if (!stepArray.at(i).isObject())
            return failAt(base, tr("expected an object"));
        const QJsonObject object = stepArray.at(i).toObject();
        ScenarioStep step;
        const QJsonValue at = object.value(QStringLiteral("at"));
        if (!at.isDouble() || at.toDouble() < 0 || !std::isfinite(at.toDouble()))
            return failAt(base + QStringLiteral(".at"),
                at.isUndefined() ? tr("required (seconds from the start)") : tr("expected a number of seconds >= 0"));
        step.atMs = qint64(std::llround(at.toDouble() * 1000.0));
        const QJsonValue device = object.value(QStringLiteral("device"));
        if (!device.isString())
            return failAt(
                base + QStringLiteral(".device"), device.isUndefined() ? tr("required") : tr("expected a device key"));
        if (!keys.contains(device.toString()))
            return failAt(base + QStringLiteral(".device"), tr("unknown device \"%1\"").arg(device.toString()));
        step.deviceKey = device.toString();
        QString why;
        if (!object.contains(QStringLiteral("to")))
            return failAt(base + QStringLiteral(".to"), tr("required"));
        const auto to = readPosition(object.value(QStringLiteral("to")), true, &why);
        if (!to)
            return failAt(base + QStringLiteral(".to"), why);
        step.mcc = *to;
        scenario.steps.append(step);
    }
    std::stable_sort(scenario.steps.begin(), scenario.steps.end(),
        [](const ScenarioStep &a, const ScenarioStep &b) { return a.atMs < b.atMs; });
    return scenario;
}

std::optional<Scenario> Scenario::load(const QString &path, const QStringList &knownDeviceKeys, ScenarioError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ScenarioError{0, path, file.errorString()};
        return std::nullopt;
    }
    if (file.size() > MaxScenarioBytes) {
        if (error)
            *error = ScenarioError{0, path, tr("the file is larger than 1 MiB")};
        return std::nullopt;
    }
    auto scenario = parse(file.readAll(), knownDeviceKeys, error);
    if (scenario)
        scenario->origin = path;
    return scenario;
}

QStringList Scenario::builtIn()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/roamdesk/scenarios"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace roamdesk::sim
