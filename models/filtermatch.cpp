// In-memory evaluation of a FilterExpression (the SQL translation in app/store must agree with it).
#include "models/countrytable.h"
#include "models/eventtype.h"
#include "models/filterexpression.h"
#include "models/filternode.h"
#include "models/filtertext.h"
#include "models/fleetstate.h"
#include "models/notificationlogsource.h"

#include <QHash>

namespace roamdesk {

namespace {

/// One value a row has for a field: text (compared exactly, or by its beginning) or a number (ms, MCC,
/// 0/1). A field without a value has none; a field with several (countries) has each.
struct Scalar
{
    QString text;
    qint64 number = 0;
    bool isText = false;
};

Scalar text(const QString &value)
{
    return {value, 0, true};
}
Scalar number(qint64 value)
{
    return {QString(), value, false};
}

using Values = QList<Scalar>;

/// What a row offers to the evaluator: its values per field and the words a free word searches.
class Row
{
public:
    virtual ~Row() = default;
    virtual Values values(FilterField field) const = 0;
    /// `field = null`: no value. A country is null only when the row names none at all (neither codes nor
    /// an MCC): an MCC without a territory (901) is not "no country".
    virtual bool isNull(FilterField field) const { return values(field).isEmpty(); }
    /// Whether a free word (a phrase) is found in the row.
    virtual bool containsPhrase(const QString &phrase, const QStringList &tokens) const = 0;
};

bool asciiStartsWith(const QString &value, const QString &prefix)
{
    // ASCII case ignored, as SQL's LOWER() does it everywhere.
    if (prefix.size() > value.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        QChar a = value.at(i), b = prefix.at(i);
        if (a.unicode() < 128)
            a = a.toLower();
        if (b.unicode() < 128)
            b = b.toLower();
        if (a != b)
            return false;
    }
    return true;
}

qint64 resolve(const FilterValue &value, qint64 nowMs)
{
    return value.kind == FilterValue::Kind::RelativeTime ? nowMs - value.number : value.number;
}

bool equals(const Scalar &have, const FilterValue &want, qint64 nowMs)
{
    if (have.isText)
        return want.kind == FilterValue::Kind::Text && have.text == want.text;
    switch (want.kind) {
    case FilterValue::Kind::Bool:
        return have.number == (want.flag ? 1 : 0);
    case FilterValue::Kind::Text:
    case FilterValue::Kind::Null:
        return false;
    default:
        return have.number == resolve(want, nowMs);
    }
}

bool compare(const Row &row, FilterField field, FilterOp op, const QList<FilterValue> &want, qint64 nowMs)
{
    if (op == FilterOp::Ne)
        return !compare(row, field, FilterOp::Eq, want, nowMs);
    if (op == FilterOp::In) {
        return std::any_of(want.cbegin(), want.cend(),
            [&](const FilterValue &value) { return compare(row, field, FilterOp::Eq, {value}, nowMs); });
    }
    if (want.front().kind == FilterValue::Kind::Null)
        return row.isNull(field);
    const Values have = row.values(field);
    switch (op) {
    case FilterOp::Eq:
        return std::any_of(have.cbegin(), have.cend(), [&](const Scalar &s) { return equals(s, want.front(), nowMs); });
    case FilterOp::Prefix:
        return std::any_of(have.cbegin(), have.cend(),
            [&](const Scalar &s) { return s.isText && asciiStartsWith(s.text, want.front().text); });
    default:
        break;
    }
    const qint64 bound = resolve(want.front(), nowMs);
    return std::any_of(have.cbegin(), have.cend(), [&](const Scalar &s) {
        if (s.isText)
            return false;
        switch (op) {
        case FilterOp::Lt:
            return s.number < bound;
        case FilterOp::Le:
            return s.number <= bound;
        case FilterOp::Gt:
            return s.number > bound;
        default:
            return s.number >= bound;
        }
    });
}

bool evaluate(const FilterNode &node, const Row &row, qint64 nowMs)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
            [&](const auto &child) { return evaluate(*child, row, nowMs); });
    case FilterNode::Kind::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
            [&](const auto &child) { return evaluate(*child, row, nowMs); });
    case FilterNode::Kind::Not:
        return !evaluate(*node.children.front(), row, nowMs);
    case FilterNode::Kind::Compare:
        if (node.op == FilterOp::In && node.values.isEmpty())
            return false;
        return compare(row, node.field, node.op, node.values, nowMs);
    case FilterNode::Kind::Words:
        break;
    }
    for (qsizetype i = 0; i < node.words.size(); ++i) {
        if (!row.containsPhrase(node.words.at(i), node.wordTokens.at(i)))
            return false;
    }
    return true;
}

Values optionalNumber(std::optional<qint64> value)
{
    return value ? Values{number(*value)} : Values{};
}

Values time(const QDateTime &value)
{
    return value.isValid() ? Values{number(value.toMSecsSinceEpoch())} : Values{};
}

class RecordRow : public Row
{
public:
    explicit RecordRow(const NotificationLogRecord &record)
        : m_record(record)
    {
    }

    Values values(FilterField field) const override
    {
        const NotificationLogRecord &r = m_record;
        switch (field) {
        case FilterField::Type:
            return {text(eventtype::shortName(r.type))};
        case FilterField::Device:
            return {text(r.device)};
        case FilterField::Country: {
            // The event's codes, or its MCC's territories when it sent none; the same for the known country.
            Values result;
            const auto add = [&result](QStringList isos, std::optional<int> mcc) {
                if (isos.isEmpty() && mcc)
                    isos = CountryTable::instance().isoCodes(*mcc);
                for (const QString &iso : std::as_const(isos))
                    result << text(iso.toUpper());
            };
            add(r.countryNames.value_or(QStringList()), r.countryCode);
            add(r.knownCountryNames, r.knownCountryCode);
            return result;
        }
        case FilterField::Mcc: {
            Values result;
            if (r.countryCode)
                result << number(*r.countryCode);
            if (r.knownCountryCode)
                result << number(*r.knownCountryCode);
            return result;
        }
        case FilterField::Roaming:
            return r.roaming ? Values{number(*r.roaming ? 1 : 0)} : Values{};
        case FilterField::Subscription:
            return {text(r.subscriptionId)};
        case FilterField::Reason:
            return {text(r.terminationReason)};
        case FilterField::Time:
            return optionalNumber(r.eventMs);
        case FilterField::Received:
            return {number(r.receivedMs)};
        case FilterField::Source:
            return {text(r.source)};
        case FilterField::Id:
            return {text(r.eventId)};
        default:
            break;
        }
        return {};
    }

    bool isNull(FilterField field) const override
    {
        if (field != FilterField::Country)
            return Row::isNull(field);
        return m_record.countryNames.value_or(QStringList()).isEmpty() && !m_record.countryCode
            && m_record.knownCountryNames.isEmpty() && !m_record.knownCountryCode;
    }

    /// As the index finds it: at the start of a word of the row's words or of its subscription id (columns
    /// the index keeps apart: a phrase does not run from one into the other).
    bool containsPhrase(const QString &, const QStringList &needle) const override
    {
        if (m_words.isEmpty())
            m_words = {filtertext::tokens(m_record.searchText()), filtertext::tokens(m_record.subscriptionId)};
        return std::any_of(m_words.cbegin(), m_words.cend(),
            [&](const QStringList &tokens) { return filtertext::containsTokens(tokens, needle); });
    }

private:
    const NotificationLogRecord &m_record;
    mutable QList<QStringList> m_words; // tokenized on the first free word
};

/// CountryTable::englishName() asks QLocale each time: the board's search asks it for every device.
QString englishName(const QString &iso)
{
    thread_local QHash<QString, QString> cache;
    auto it = cache.constFind(iso);
    if (it == cache.cend())
        it = cache.insert(iso, CountryTable::englishName(iso));
    return *it;
}

class FleetRow : public Row
{
public:
    FleetRow(const DeviceFleetEntry &entry, qint64 nowMs)
        : m_entry(entry)
        , m_nowMs(nowMs)
    {
    }

    Values values(FilterField field) const override
    {
        const DeviceFleetEntry &e = m_entry;
        switch (field) {
        case FilterField::Device:
            return {text(e.key)};
        case FilterField::Roaming:
            return e.roaming ? Values{number(*e.roaming ? 1 : 0)} : Values{};
        case FilterField::Country: {
            Values result;
            for (const QString &iso : e.countryNames)
                result << text(iso.toUpper());
            return result;
        }
        case FilterField::Mcc:
            return e.countryCode ? Values{number(*e.countryCode)} : Values{};
        case FilterField::Since:
            return time(e.since);
        case FilterField::Type:
            return e.lastEventType ? Values{text(eventtype::shortName(*e.lastEventType))} : Values{};
        case FilterField::Time:
            return time(e.lastEventTime);
        case FilterField::Status:
            return time(e.lastStatusTime);
        case FilterField::Age:
            return e.lastStatusTime.isValid() ? Values{number(m_nowMs - e.lastStatusTime.toMSecsSinceEpoch())}
                                              : Values{};
        case FilterField::Ended:
            return {number(e.subscriptionEnded ? 1 : 0)};
        case FilterField::Reason:
            return {text(e.endReason)};
        case FilterField::Label:
            return e.label.isEmpty() ? Values{} : Values{text(e.label)};
        case FilterField::Group:
            return e.group.isEmpty() ? Values{} : Values{text(e.group)};
        default:
            break;
        }
        return {};
    }

    bool isNull(FilterField field) const override
    {
        if (field != FilterField::Country)
            return Row::isNull(field);
        return m_entry.countryNames.isEmpty() && !m_entry.countryCode;
    }

    /// Anywhere in the device's label, as the board's search always found it ("1002" in "+99999991002"), or
    /// at the start of a word the row shows (country codes and names, MCC, last event type, end reason, the
    /// label and group of an imported device).
    bool containsPhrase(const QString &phrase, const QStringList &needle) const override
    {
        if (m_entry.key.contains(phrase, Qt::CaseInsensitive))
            return true;
        if (needle.isEmpty())
            return true;
        // Most rows fail on a plain search of each word already (ASCII has no accents to fold): only the rest
        // is tokenized.
        const QString &first = needle.front();
        const auto mayHave = [&first](const QString &part) {
            const bool ascii = std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() < 128; });
            return !ascii || part.contains(first, Qt::CaseInsensitive);
        };
        const QString type = m_entry.lastEventType ? eventtype::shortName(*m_entry.lastEventType) : QString();
        const QString mcc = m_entry.countryCode ? QString::number(*m_entry.countryCode) : QString();
        bool candidate = mayHave(m_entry.endReason) || mayHave(type) || mayHave(mcc) || mayHave(m_entry.label)
            || mayHave(m_entry.group);
        for (const QString &iso : m_entry.countryNames)
            candidate = candidate || mayHave(iso) || mayHave(englishName(iso));
        if (!candidate)
            return false;
        QStringList parts{m_entry.endReason, type, m_entry.label, m_entry.group};
        for (const QString &iso : m_entry.countryNames)
            parts << iso << englishName(iso);
        parts << mcc;
        return filtertext::containsTokens(filtertext::tokens(parts.join(QLatin1Char(' '))), needle);
    }

private:
    const DeviceFleetEntry &m_entry;
    qint64 m_nowMs;
};

} // namespace

bool FilterExpression::matches(const NotificationLogRecord &record) const
{
    return matches(record, QDateTime::currentDateTimeUtc());
}

bool FilterExpression::matches(const NotificationLogRecord &record, const QDateTime &now) const
{
    return !m_root || evaluate(*m_root, RecordRow(record), now.toMSecsSinceEpoch());
}

bool FilterExpression::matches(const DeviceFleetEntry &entry) const
{
    return matches(entry, QDateTime::currentDateTimeUtc());
}

bool FilterExpression::matches(const DeviceFleetEntry &entry, const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    return !m_root || evaluate(*m_root, FleetRow(entry, nowMs), nowMs);
}

} // namespace roamdesk
