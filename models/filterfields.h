#pragma once

#include "models/filterexpression.h"
#include "models/filternode.h"

#include <QList>
#include <QString>

#include <optional>

namespace roamdesk::filterfields {

/// What values a field takes, and so which operators apply.
enum class ValueKind : quint8 {
    Text, // = != ^= in (= exact, ^= starts with, ASCII case ignored)
    EventType, // = != ^= in; a wire name or short name (^= on the short name)
    Country, // = != in; ISO 3166 alpha-2, any of the row's countries
    Number, // = != < <= > >= in
    Bool, // = != in; true / false (and null where nullable)
    Time, // = != < <= > >=; RFC 3339 or relative (-2h)
    Duration, // = != < <= > >=; 90s, 30m, 2h, 7d
};

struct Field
{
    FilterField field;
    const char *name; // as documented (lower case except where camel case reads better)
    QList<const char *> aliases;
    ValueKind kind;
    bool nullable; // `= null` / `!= null` allowed
};

/// The fields `target` accepts, in documentation order.
const QList<Field> &fields(FilterTarget target);
/// The field called `name` (or an alias of it; case ignored) for `target`.
std::optional<Field> find(FilterTarget target, const QString &name);
/// The operators a kind of value takes, as written.
QList<FilterOp> operators(ValueKind kind);
QString opText(FilterOp op);

} // namespace roamdesk::filterfields
