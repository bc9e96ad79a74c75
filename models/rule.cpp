#include "models/rule.h"

#include "models/jsonread.h"
#include "models/notificationlogsource.h"
#include "models/rulewhere.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace roamdesk {

namespace rulekind {

QString toWire(RuleKind kind)
{
    switch (kind) {
    case RuleKind::CountryDenied:
        return u"country-denied"_s;
    case RuleKind::ImpossibleTravel:
        return u"impossible-travel"_s;
    case RuleKind::CountryHopping:
        return u"country-hopping"_s;
    case RuleKind::RoamingHours:
        return u"roaming-hours"_s;
    case RuleKind::StaleStatus:
        return u"stale-status"_s;
    case RuleKind::SubscriptionEnding:
        return u"subscription-ending"_s;
    case RuleKind::FairUse:
        return u"fair-use"_s;
    case RuleKind::EventMatch:
        return u"event-match"_s;
    }
    return u"event-match"_s;
}

QList<RuleKind> all()
{
    return {RuleKind::CountryDenied, RuleKind::ImpossibleTravel, RuleKind::CountryHopping, RuleKind::RoamingHours,
        RuleKind::StaleStatus, RuleKind::SubscriptionEnding, RuleKind::FairUse, RuleKind::EventMatch};
}

std::optional<RuleKind> fromWire(const QString &text)
{
    for (const RuleKind kind : all()) {
        if (toWire(kind) == text)
            return kind;
    }
    return std::nullopt;
}

AlertSeverity defaultSeverity(RuleKind kind)
{
    switch (kind) {
    case RuleKind::CountryDenied:
    case RuleKind::ImpossibleTravel:
        return AlertSeverity::Critical;
    case RuleKind::RoamingHours:
    case RuleKind::FairUse:
        return AlertSeverity::Info;
    case RuleKind::CountryHopping:
    case RuleKind::StaleStatus:
    case RuleKind::SubscriptionEnding:
    case RuleKind::EventMatch:
        return AlertSeverity::Warning;
    }
    return AlertSeverity::Warning;
}

} // namespace rulekind

namespace {

const QStringList &dayNames()
{
    static const QStringList names{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return names;
}

/// The parameters each kind takes (besides id, kind, severity, where, description).
QStringList parametersOf(RuleKind kind)
{
    switch (kind) {
    case RuleKind::CountryDenied:
        return {u"countries"_s};
    case RuleKind::ImpossibleTravel:
        return {u"maxSpeedKmh"_s};
    case RuleKind::CountryHopping:
        return {u"changes"_s, u"hours"_s};
    case RuleKind::RoamingHours:
        return {u"from"_s, u"to"_s, u"days"_s, u"timezone"_s};
    case RuleKind::StaleStatus:
    case RuleKind::SubscriptionEnding:
        return {u"hours"_s};
    case RuleKind::FairUse:
        return {u"days"_s, u"ratio"_s};
    case RuleKind::EventMatch:
        return {};
    }
    return {};
}

bool isIsoCountry(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper() || code.at(0).unicode() > 'Z'
        || code.at(1).unicode() > 'Z')
        return false;
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

/// Decodes and checks one rule; every error goes to `errors`, prefixed by the file and the rule.
class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::RuleSet)

public:
    RuleReader(const QJsonObject &object, QString prefix, QStringList *errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {
    }

    void error(const QString &field, const QString &message)
    {
        m_errors->append(u"%1: %2: %3"_s.arg(m_prefix, field, message));
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    /// A positive number; `fallback` when absent and not required.
    double number(const QString &key, double fallback, bool required, bool integral = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(key, tr("is required"));
            return fallback;
        }
        if (!value.isDouble()) {
            error(key, tr("must be a number"));
            return fallback;
        }
        const double number = value.toDouble();
        if (integral && number != std::floor(number)) {
            error(key, tr("must be a whole number"));
            return fallback;
        }
        if (!(number > 0)) {
            error(key, tr("must be greater than 0"));
            return fallback;
        }
        return number;
    }

    QTime time(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            error(key, tr("is required"));
            return {};
        }
        const QTime time = QTime::fromString(value.toString(), u"HH:mm"_s);
        if (!value.isString() || !time.isValid())
            error(key, tr("must be a time of day as HH:mm, such as \"08:00\""));
        return time;
    }

    std::optional<QStringList> strings(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(key, tr("is required"));
            return std::nullopt;
        }
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    break;
                list << item.toString();
            }
        }
        if (!value.isArray() || list.size() != value.toArray().size()) {
            error(key, tr("must be an array of strings"));
            return std::nullopt;
        }
        return list;
    }

    void read(Rule &rule)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            static const QStringList common{u"id"_s, u"kind"_s, u"severity"_s, u"where"_s, u"description"_s};
            if (!common.contains(it.key()) && !parametersOf(rule.kind).contains(it.key()))
                error(it.key(), tr("is not a parameter of %1").arg(rulekind::toWire(rule.kind)));
        }
        rule.severity = rulekind::defaultSeverity(rule.kind);
        if (const QJsonValue severity = m_object.value(u"severity"_s); !severity.isUndefined()) {
            if (const auto parsed = alertseverity::fromWire(severity.toString()))
                rule.severity = *parsed;
            else
                error(u"severity"_s, tr("must be \"info\", \"warning\" or \"critical\""));
        }
        if (const QJsonValue description = m_object.value(u"description"_s);
            !description.isUndefined() && !description.isString())
            error(u"description"_s, tr("must be a string"));
        if (const QJsonValue where = m_object.value(u"where"_s); !where.isUndefined()) {
            if (!where.isString()) {
                error(u"where"_s, tr("must be a string"));
            } else {
                rule.where = where.toString();
                QString whereError;
                rule.whereMatches = compileRuleWhere(rule.where, &whereError);
                if (!whereError.isEmpty())
                    error(u"where"_s, whereError);
            }
        }
        switch (rule.kind) {
        case RuleKind::CountryDenied:
            if (const auto countries = strings(u"countries"_s, true)) {
                if (countries->isEmpty())
                    error(u"countries"_s, tr("must name at least one country"));
                for (const QString &code : *countries) {
                    if (!isIsoCountry(code))
                        error(u"countries"_s, tr("'%1' is not an ISO 3166 alpha-2 code").arg(code));
                }
                rule.countries = *countries;
            }
            break;
        case RuleKind::ImpossibleTravel:
            rule.maxSpeedKmh = number(u"maxSpeedKmh"_s, 1000, false);
            break;
        case RuleKind::CountryHopping:
            rule.changes = int(number(u"changes"_s, 3, false, true));
            rule.hours = number(u"hours"_s, 24, false);
            break;
        case RuleKind::RoamingHours: {
            rule.from = time(u"from"_s);
            rule.to = time(u"to"_s);
            rule.days = {1, 2, 3, 4, 5, 6, 7};
            if (const auto days = strings(u"days"_s, false)) {
                rule.days.clear();
                for (const QString &day : *days) {
                    const int index = int(dayNames().indexOf(day));
                    if (index < 0)
                        error(u"days"_s, tr("'%1' is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(day));
                    else if (!rule.days.contains(index + 1))
                        rule.days << index + 1;
                }
                std::sort(rule.days.begin(), rule.days.end());
            }
            const QJsonValue zone = m_object.value(u"timezone"_s);
            if (zone.isUndefined()) {
                error(u"timezone"_s, tr("is required"));
            } else {
                rule.timeZone = QTimeZone(zone.toString().toUtf8());
                if (!zone.isString() || !rule.timeZone.isValid())
                    error(u"timezone"_s,
                        tr("'%1' is not a known time zone (IANA id such as \"Europe/Helsinki\")")
                            .arg(zone.toVariant().toString()));
            }
            break;
        }
        case RuleKind::StaleStatus:
        case RuleKind::SubscriptionEnding:
            rule.hours = number(u"hours"_s, 24, false);
            break;
        case RuleKind::FairUse:
            rule.windowDays = number(u"days"_s, 120, false);
            rule.ratio = number(u"ratio"_s, 0.5, false);
            if (rule.ratio >= 1)
                error(u"ratio"_s, tr("must be below 1"));
            break;
        case RuleKind::EventMatch:
            break;
        }
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QStringList *m_errors;
    bool m_ok = true;
};

} // namespace

QJsonObject Rule::toJson() const
{
    QJsonObject object{
        {u"id"_s, id}, {u"kind"_s, rulekind::toWire(kind)}, {u"severity"_s, alertseverity::toWire(severity)}};
    if (!where.isEmpty())
        object.insert(u"where"_s, where);
    switch (kind) {
    case RuleKind::CountryDenied:
        object.insert(u"countries"_s, QJsonArray::fromStringList(countries));
        break;
    case RuleKind::ImpossibleTravel:
        object.insert(u"maxSpeedKmh"_s, maxSpeedKmh);
        break;
    case RuleKind::CountryHopping:
        object.insert(u"changes"_s, changes);
        object.insert(u"hours"_s, hours);
        break;
    case RuleKind::RoamingHours: {
        QStringList names;
        for (const int day : days)
            names << dayNames().at(day - 1);
        object.insert(u"from"_s, from.toString(u"HH:mm"_s));
        object.insert(u"to"_s, to.toString(u"HH:mm"_s));
        object.insert(u"days"_s, QJsonArray::fromStringList(names));
        object.insert(u"timezone"_s, QString::fromUtf8(timeZone.id()));
        break;
    }
    case RuleKind::StaleStatus:
    case RuleKind::SubscriptionEnding:
        object.insert(u"hours"_s, hours);
        break;
    case RuleKind::FairUse:
        object.insert(u"days"_s, windowDays);
        object.insert(u"ratio"_s, ratio);
        break;
    case RuleKind::EventMatch:
        break;
    }
    return object;
}

bool Rule::passes(const NotificationLogRecord &record) const
{
    return !whereMatches || whereMatches(record);
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : rules)
        array.append(rule.toJson());
    return {{u"rules"_s, array}};
}

std::optional<RuleSet> RuleSet::fromJson(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    QStringList found;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        found << u"%1: %2"_s.arg(fileName, describeJsonSyntaxError(json, parseError.offset, parseError.errorString()));
    } else if (!document.isObject() || !document.object().value(u"rules"_s).isArray()) {
        found << u"%1: rules: %2"_s.arg(fileName,
            QCoreApplication::translate("roamdesk::RuleSet", "the file must be an object with a \"rules\" array"));
    } else {
        const QJsonObject top = document.object();
        for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
            if (it.key() != u"rules"_s)
                found << u"%1: %2: %3"_s.arg(fileName, it.key(),
                    QCoreApplication::translate("roamdesk::RuleSet", "is not a member of a rules file"));
        }
    }
    RuleSet set;
    QSet<QString> ids;
    const QJsonArray array = found.isEmpty() ? document.object().value(u"rules"_s).toArray() : QJsonArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue value = array.at(index);
        const QString id = value.toObject().value(u"id"_s).toString();
        const QString prefix =
            id.isEmpty() ? u"%1: rule %2"_s.arg(fileName).arg(index + 1) : u"%1: rule '%2'"_s.arg(fileName, id);
        RuleReader reader(value.toObject(), prefix, &found);
        if (!value.isObject()) {
            reader.error(u"rule"_s, QCoreApplication::translate("roamdesk::RuleSet", "must be an object"));
            continue;
        }
        Rule rule;
        rule.id = id;
        if (id.isEmpty())
            reader.error(u"id"_s, QCoreApplication::translate("roamdesk::RuleSet", "is required (a non-empty string)"));
        else if (ids.contains(id))
            reader.error(
                u"id"_s, QCoreApplication::translate("roamdesk::RuleSet", "'%1' is used by another rule").arg(id));
        ids.insert(id);
        const QJsonValue kind = value.toObject().value(u"kind"_s);
        const std::optional<RuleKind> parsed = rulekind::fromWire(kind.toString());
        if (kind.isUndefined()) {
            reader.error(u"kind"_s, QCoreApplication::translate("roamdesk::RuleSet", "is required"));
            continue;
        }
        if (!parsed) {
            reader.error(u"kind"_s,
                QCoreApplication::translate("roamdesk::RuleSet", "'%1' is not a kind of rule")
                    .arg(kind.toVariant().toString()));
            continue;
        }
        rule.kind = *parsed;
        reader.read(rule);
        if (reader.ok())
            set.rules << rule;
    }
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return std::nullopt;
    }
    return set;
}

} // namespace roamdesk
