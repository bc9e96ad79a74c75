#include "models/subscriptionplan.h"

#include "models/devicelist.h"
#include "models/jsonread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace roamdesk {

namespace {

constexpr qint64 MinLifetimeSeconds = 60;
constexpr qint64 MaxLifetimeSeconds = 366LL * 24 * 3600;

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

/// A whole number of seconds within [min, max]; errors name `path`.
std::optional<qint64> readSeconds(
    const JsonReader &reader, const QString &key, qint64 min, qint64 max, FieldErrors *errors)
{
    if (!reader.has(key))
        return std::nullopt;
    const QJsonValue value = reader.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min) || number > double(max)) {
        errors->append({reader.pathOf(key),
            SubscriptionPlan::tr("must be a whole number of seconds from %1 to %2").arg(min).arg(max)});
        return std::nullopt;
    }
    return qint64(number);
}

PlanSinkToken readSinkToken(const JsonReader &top, FieldErrors *errors)
{
    PlanSinkToken token;
    const std::optional<QJsonObject> object = top.object(QStringLiteral("sinkToken"));
    if (!object)
        return token;
    const JsonReader reader(*object, QStringLiteral("sinkToken"), errors);
    if (reader.has(QStringLiteral("value")) || reader.has(QStringLiteral("token"))
        || reader.has(QStringLiteral("accessToken"))) {
        errors->append({QStringLiteral("sinkToken"),
            SubscriptionPlan::tr("a token is never written in a plan: name an environment variable (\"env\") or "
                                 "let each subscription get its own (\"generate\": true)")});
        return token;
    }
    const std::optional<QString> variable = reader.string(QStringLiteral("env"));
    const bool generate = reader.boolean(QStringLiteral("generate")).value_or(false);
    if (variable && generate)
        errors->append({QStringLiteral("sinkToken"), SubscriptionPlan::tr("give either \"env\" or \"generate\"")});
    else if (variable) {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
        if (!pattern.match(*variable).hasMatch())
            errors->append(
                {QStringLiteral("sinkToken.env"), SubscriptionPlan::tr("is not an environment variable name")});
        token.source = PlanSinkToken::Source::Environment;
        token.variable = *variable;
    } else if (generate) {
        token.source = PlanSinkToken::Source::Generated;
    } else {
        errors->append({QStringLiteral("sinkToken"), SubscriptionPlan::tr("needs \"env\" or \"generate\": true")});
    }
    if (const auto seconds =
            readSeconds(reader, QStringLiteral("validForSeconds"), MinLifetimeSeconds, MaxLifetimeSeconds, errors))
        token.validForSeconds = *seconds;
    return token;
}

} // namespace

bool PlanSinkToken::operator==(const PlanSinkToken &other) const
{
    return source == other.source && variable == other.variable && validForSeconds == other.validForSeconds;
}

bool PlanRenewMargins::operator==(const PlanRenewMargins &other) const
{
    return beforeExpirySeconds == other.beforeExpirySeconds && eventsBeforeMax == other.eventsBeforeMax
        && beforeTokenExpirySeconds == other.beforeTokenExpirySeconds;
}

QString PlanSlot::key() const
{
    return keyOf(device, type);
}

QString PlanSlot::keyOf(const Device &device, EventType type)
{
    return QString::fromUtf8(QJsonDocument(device.toJson()).toJson(QJsonDocument::Compact)) + QLatin1Char(' ')
        + eventtype::shortName(type);
}

QList<PlanSlot> SubscriptionPlan::planSlots() const
{
    QList<PlanSlot> result;
    result.reserve(devices.size() * types.size());
    for (const Device &device : devices) {
        for (const EventType type : types)
            result.append({device, type});
    }
    return result;
}

QString SubscriptionPlan::sinkFor(qint64 generation) const
{
    QUrl url = sink;
    QUrlQuery query(url);
    query.addQueryItem(planParameter(), name);
    query.addQueryItem(generationParameter(), QString::number(generation));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<qint64> SubscriptionPlan::generationOf(const QString &sinkText) const
{
    const QUrl url(sinkText);
    const QUrlQuery query(url);
    if (query.queryItemValue(planParameter(), QUrl::FullyDecoded) != name)
        return std::nullopt;
    bool ok = false;
    const qint64 generation = query.queryItemValue(generationParameter()).toLongLong(&ok);
    if (!ok || generation < 0)
        return std::nullopt;
    return generation;
}

std::optional<SubscriptionPlan> SubscriptionPlan::fromJsonBytes(const QByteArray &bytes, FieldErrors *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append({QString(), describeJsonSyntaxError(bytes, parseError.offset, parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append({QString(), tr("a plan is a JSON object")});
        return std::nullopt;
    }
    return fromJson(document.object(), errors);
}

std::optional<SubscriptionPlan> SubscriptionPlan::loadFile(const QString &path, FieldErrors *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({QString(), file.errorString()});
        return std::nullopt;
    }
    std::optional<SubscriptionPlan> plan = fromJsonBytes(file.readAll(), errors);
    if (!plan || plan->devicesCsv.isEmpty())
        return plan;
    const QString listPath = QFileInfo(path).dir().absoluteFilePath(plan->devicesCsv);
    const DeviceList list = DeviceListParser::parseFile(listPath);
    for (const DeviceListError &error : list.errors)
        errors->append({QStringLiteral("devicesCsv"), error.toString()});
    QSet<QString> seen;
    for (const DeviceListEntry &entry : list.entries) {
        const QString key = PlanSlot::keyOf(entry.device, EventType::RoamingStatus);
        if (seen.contains(key))
            errors->append(
                {QStringLiteral("devicesCsv"), tr("line %1: names a device already in the plan").arg(entry.line)});
        seen.insert(key);
        plan->devices.append(entry.device);
    }
    if (list.errors.isEmpty() && list.entries.isEmpty())
        errors->append({QStringLiteral("devicesCsv"), tr("%1 lists no device").arg(listPath)});
    if (!errors->isEmpty())
        return std::nullopt;
    return plan;
}

std::optional<SubscriptionPlan> SubscriptionPlan::fromJson(const QJsonObject &object, FieldErrors *errors)
{
    const qsizetype before = errors->size();
    const JsonReader reader(object, QString(), errors);
    SubscriptionPlan plan;

    static const QStringList known = {QStringLiteral("name"), QStringLiteral("devices"), QStringLiteral("devicesCsv"),
        QStringLiteral("types"), QStringLiteral("sink"), QStringLiteral("sinkToken"), QStringLiteral("subscription"),
        QStringLiteral("renew")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append({it.key(), tr("is not a plan field")});
    }

    plan.name = reader.string(QStringLiteral("name"), JsonReader::Required).value_or(QString());
    if (reader.has(QStringLiteral("name")) && !isValidName(plan.name))
        errors->append({QStringLiteral("name"), tr("must be 1 to 64 letters, digits, '.', '_' or '-'")});

    // Devices: inline CAMARA device objects, or a CSV file of them; one of the two.
    plan.devicesCsv = reader.string(QStringLiteral("devicesCsv")).value_or(QString());
    const QJsonValue devicesValue = object.value(QStringLiteral("devices"));
    if (reader.has(QStringLiteral("devices")) && !plan.devicesCsv.isEmpty()) {
        errors->append({QStringLiteral("devices"), tr("give either \"devices\" or \"devicesCsv\"")});
    } else if (reader.has(QStringLiteral("devices"))) {
        if (!devicesValue.isArray() || devicesValue.toArray().isEmpty()) {
            errors->append({QStringLiteral("devices"), tr("must be a non-empty array of devices")});
        } else {
            const QJsonArray array = devicesValue.toArray();
            QSet<QString> seen;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = QStringLiteral("devices[%1]").arg(i);
                const std::optional<Device> device = Device::fromJson(array.at(i), errors, path);
                if (!device) {
                    errors->append({path, tr("must be a device object")});
                    continue;
                }
                const FieldErrors problems = device->validate();
                if (!problems.isEmpty()) {
                    errors->append(prefixFieldErrors(problems, path));
                    continue;
                }
                const QString key = PlanSlot::keyOf(*device, EventType::RoamingStatus);
                if (seen.contains(key))
                    errors->append({path, tr("names a device already in the plan")});
                seen.insert(key);
                plan.devices.append(*device);
            }
        }
    } else if (plan.devicesCsv.isEmpty()) {
        errors->append({QStringLiteral("devices"), tr("is required (or \"devicesCsv\")")});
    }

    if (const auto names = reader.stringList(QStringLiteral("types"), JsonReader::Required)) {
        if (names->isEmpty())
            errors->append({QStringLiteral("types"), tr("must name at least one event type")});
        for (qsizetype i = 0; i < names->size(); ++i) {
            const std::optional<EventType> type = eventtype::fromString(names->at(i));
            const QString path = QStringLiteral("types[%1]").arg(i);
            if (!type || !eventtype::isSubscribable(*type))
                errors->append({path, tr("'%1' is not an event type one can subscribe to").arg(names->at(i))});
            else if (plan.types.contains(*type))
                errors->append({path, tr("'%1' is listed twice").arg(names->at(i))});
            else
                plan.types.append(*type);
        }
    }

    if (const auto sink = reader.string(QStringLiteral("sink"), JsonReader::Required)) {
        plan.sink = QUrl(*sink, QUrl::StrictMode);
        const QUrlQuery query(plan.sink);
        if (!plan.sink.isValid() || plan.sink.host().isEmpty()
            || (plan.sink.scheme() != QLatin1String("http") && plan.sink.scheme() != QLatin1String("https")))
            errors->append({QStringLiteral("sink"), tr("must be an absolute http(s) URL")});
        else if (query.hasQueryItem(planParameter()) || query.hasQueryItem(generationParameter()))
            errors->append({QStringLiteral("sink"),
                tr("must not carry %1 or %2: the plan adds them").arg(planParameter(), generationParameter())});
    }

    plan.sinkToken = readSinkToken(reader, errors);

    if (const auto subscription = reader.object(QStringLiteral("subscription"))) {
        const JsonReader sub(*subscription, QStringLiteral("subscription"), errors);
        plan.expireAfterSeconds =
            readSeconds(sub, QStringLiteral("expireAfterSeconds"), MinLifetimeSeconds, MaxLifetimeSeconds, errors);
        plan.maxEvents = sub.integer(QStringLiteral("maxEvents"));
        if (plan.maxEvents && *plan.maxEvents < 1)
            errors->append({QStringLiteral("subscription.maxEvents"), tr("must be at least 1")});
    }

    if (const auto renew = reader.object(QStringLiteral("renew"))) {
        const JsonReader margins(*renew, QStringLiteral("renew"), errors);
        if (const auto s = readSeconds(margins, QStringLiteral("beforeExpirySeconds"), 0, MaxLifetimeSeconds, errors))
            plan.renew.beforeExpirySeconds = *s;
        if (const auto s =
                readSeconds(margins, QStringLiteral("beforeTokenExpirySeconds"), 0, MaxLifetimeSeconds, errors))
            plan.renew.beforeTokenExpirySeconds = *s;
        if (const auto events = margins.integer(QStringLiteral("eventsBeforeMax"))) {
            if (*events < 0)
                errors->append({QStringLiteral("renew.eventsBeforeMax"), tr("must not be negative")});
            else
                plan.renew.eventsBeforeMax = *events;
        }
    }
    // A margin as long as the lifetime would renew a subscription the moment it is created.
    if (plan.expireAfterSeconds && plan.renew.beforeExpirySeconds >= *plan.expireAfterSeconds)
        errors->append({QStringLiteral("renew.beforeExpirySeconds"),
            tr("must be shorter than subscription.expireAfterSeconds (%1)").arg(*plan.expireAfterSeconds)});
    if (plan.maxEvents && *plan.maxEvents >= 1 && plan.renew.eventsBeforeMax >= *plan.maxEvents)
        errors->append({QStringLiteral("renew.eventsBeforeMax"),
            tr("must be smaller than subscription.maxEvents (%1)").arg(*plan.maxEvents)});
    if (plan.sinkToken.source != PlanSinkToken::Source::None
        && plan.renew.beforeTokenExpirySeconds >= plan.sinkToken.validForSeconds)
        errors->append({QStringLiteral("renew.beforeTokenExpirySeconds"),
            tr("must be shorter than sinkToken.validForSeconds (%1)").arg(plan.sinkToken.validForSeconds)});

    if (errors->size() != before)
        return std::nullopt;
    return plan;
}

QJsonObject SubscriptionPlan::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    if (!devicesCsv.isEmpty()) {
        object.insert(QStringLiteral("devicesCsv"), devicesCsv);
    } else {
        QJsonArray array;
        for (const Device &device : devices)
            array.append(device.toJson());
        object.insert(QStringLiteral("devices"), array);
    }
    QJsonArray typeArray;
    for (const EventType type : types)
        typeArray.append(eventtype::toWire(type));
    object.insert(QStringLiteral("types"), typeArray);
    object.insert(QStringLiteral("sink"), sink.toString(QUrl::FullyEncoded));
    if (sinkToken.source != PlanSinkToken::Source::None) {
        QJsonObject token;
        if (sinkToken.source == PlanSinkToken::Source::Environment)
            token.insert(QStringLiteral("env"), sinkToken.variable);
        else
            token.insert(QStringLiteral("generate"), true);
        token.insert(QStringLiteral("validForSeconds"), double(sinkToken.validForSeconds));
        object.insert(QStringLiteral("sinkToken"), token);
    }
    QJsonObject subscription;
    if (expireAfterSeconds)
        subscription.insert(QStringLiteral("expireAfterSeconds"), double(*expireAfterSeconds));
    if (maxEvents)
        subscription.insert(QStringLiteral("maxEvents"), *maxEvents);
    if (!subscription.isEmpty())
        object.insert(QStringLiteral("subscription"), subscription);
    object.insert(QStringLiteral("renew"),
        QJsonObject{{QStringLiteral("beforeExpirySeconds"), double(renew.beforeExpirySeconds)},
            {QStringLiteral("eventsBeforeMax"), renew.eventsBeforeMax},
            {QStringLiteral("beforeTokenExpirySeconds"), double(renew.beforeTokenExpirySeconds)}});
    return object;
}

} // namespace roamdesk
