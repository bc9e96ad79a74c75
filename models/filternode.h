#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace roamdesk {

/// Every field a filter names; which ones a target accepts is in filterfields.h.
enum class FilterField : quint8 {
    // notifications
    Type,
    Device,
    Country,
    Mcc,
    Roaming,
    Subscription,
    Reason,
    Time,
    Received,
    Source,
    Id,
    // fleet entries (device, roaming, country, mcc, type and time are shared)
    Since,
    Status,
    Age,
    Ended,
    Label, // an imported device's label and group
    Group,
};

enum class FilterOp : quint8 { Eq, Ne, Lt, Le, Gt, Ge, Prefix, In };

/// One value as written, already checked against its field's kind.
struct FilterValue
{
    enum class Kind : quint8 {
        Text, // also event types (short name) and country codes (upper case)
        Number,
        Bool,
        Null,
        Time, // ms since the epoch, UTC
        RelativeTime, // ms before "now" (positive)
        Duration, // ms
    };
    Kind kind = Kind::Text;
    QString text;
    qint64 number = 0; // Number, Time, RelativeTime, Duration
    bool flag = false; // Bool
};

/// A node of a parsed filter expression. Leaves compare a field or search free words.
struct FilterNode
{
    enum class Kind : quint8 { And, Or, Not, Compare, Words };
    Kind kind = Kind::And;
    QList<std::shared_ptr<const FilterNode>> children; // And, Or (two or more), Not (one)
    FilterField field = FilterField::Type; // Compare
    FilterOp op = FilterOp::Eq; // Compare
    QList<FilterValue> values; // Compare: one, or the set of `in`
    /// Words: phrases as the full-text index holds them (country names in the UI language or English replaced
    /// by the index's words for them), all required. A phrase's words follow each other in the row's text,
    /// its last one matched at the start of a word ("roaming-on" is the phrase "roaming on").
    QStringList words;
    QList<QStringList> wordTokens; // Words: each phrase as filtertext::tokens() splits it, for matching in memory
};

} // namespace roamdesk
