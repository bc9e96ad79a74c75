#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace roamdesk {

struct NotificationLogRecord;
struct DeviceFleetEntry;
struct FilterNode;

/// What a filter expression is evaluated over: the fields differ (see docs/filter-language.md).
enum class FilterTarget : quint8 {
    Notifications, // NotificationLogRecord: the log, `roamdesk-cli log --filter`, rule conditions
    Fleet, // DeviceFleetEntry: the Devices board
};

/// Why an expression does not parse: where (1-based column, in characters), the token found there and what
/// the parser expected instead. message() reads "column 14: expected a value after '=' but found end of input".
struct FilterParseError
{
    int column = 0;
    QString found; // the offending token as typed, or "end of input"
    QString expected; // e.g. "a value after '='", "one of the fields type, device, …"
    QString message() const;
};

/// A parsed filter expression: fields, comparisons, `in {…}`, prefixes, and/or/not, parentheses and free
/// words (grammar in docs/filter-language.md). Immutable and cheap to copy (the tree is shared).
class FilterExpression
{
public:
    /// Null (with `error` set when given) when `text` is not an expression over `target`'s fields. An empty or
    /// blank text parses to the expression that matches everything.
    static std::optional<FilterExpression> parse(
        const QString &text, FilterParseError *error = nullptr, FilterTarget target = FilterTarget::Notifications);
    static std::optional<FilterExpression> parse(const QString &text, FilterTarget target, FilterParseError *error)
    {
        return parse(text, error, target);
    }
    /// The field names `target` accepts (lower case, in documentation order), aliases excluded.
    static QStringList fieldNames(FilterTarget target = FilterTarget::Notifications);

    FilterExpression(); // matches everything

    /// Relative times (`time > -2h`) count back from `now`; the overloads without it use the current time.
    bool matches(const NotificationLogRecord &record) const;
    bool matches(const NotificationLogRecord &record, const QDateTime &now) const;
    bool matches(const DeviceFleetEntry &entry) const;
    bool matches(const DeviceFleetEntry &entry, const QDateTime &now) const;

    bool isEmpty() const { return !m_root; }
    FilterTarget target() const { return m_target; }
    /// The text it was parsed from.
    QString text() const { return m_text; }
    /// The parsed tree (null when empty); read by the SQL translator.
    const FilterNode *root() const { return m_root.get(); }

    bool operator==(const FilterExpression &other) const
    {
        return m_target == other.m_target && m_text == other.m_text;
    }
    bool operator!=(const FilterExpression &other) const { return !(*this == other); }

private:
    std::shared_ptr<const FilterNode> m_root;
    FilterTarget m_target = FilterTarget::Notifications;
    QString m_text;
};

} // namespace roamdesk
