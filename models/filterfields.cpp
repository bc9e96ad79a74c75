#include "models/filterfields.h"

namespace roamdesk::filterfields {

const QList<Field> &fields(FilterTarget target)
{
    static const QList<Field> notifications{
        {FilterField::Type, "type", {}, ValueKind::EventType, false},
        {FilterField::Device, "device", {"dev"}, ValueKind::Text, false},
        {FilterField::Country, "country", {}, ValueKind::Country, true},
        {FilterField::Mcc, "mcc", {}, ValueKind::Number, true},
        {FilterField::Roaming, "roaming", {}, ValueKind::Bool, true},
        {FilterField::Subscription, "subscription", {"sub"}, ValueKind::Text, false},
        {FilterField::Reason, "reason", {}, ValueKind::Text, false},
        {FilterField::Time, "time", {}, ValueKind::Time, true},
        {FilterField::Received, "received", {}, ValueKind::Time, false},
        {FilterField::Source, "source", {}, ValueKind::Text, false},
        {FilterField::Id, "id", {}, ValueKind::Text, false},
    };
    static const QList<Field> fleet{
        {FilterField::Device, "device", {"dev"}, ValueKind::Text, false},
        {FilterField::Roaming, "roaming", {}, ValueKind::Bool, true},
        {FilterField::Country, "country", {}, ValueKind::Country, true},
        {FilterField::Mcc, "mcc", {}, ValueKind::Number, true},
        {FilterField::Since, "since", {}, ValueKind::Time, true},
        {FilterField::Type, "lastEvent", {"type"}, ValueKind::EventType, true},
        {FilterField::Time, "time", {}, ValueKind::Time, true},
        {FilterField::Status, "status", {}, ValueKind::Time, true},
        {FilterField::Age, "age", {}, ValueKind::Duration, true},
        {FilterField::Ended, "ended", {}, ValueKind::Bool, false},
        {FilterField::Reason, "reason", {}, ValueKind::Text, false},
        {FilterField::Label, "label", {}, ValueKind::Text, true},
        {FilterField::Group, "group", {}, ValueKind::Text, true},
    };
    return target == FilterTarget::Fleet ? fleet : notifications;
}

std::optional<Field> find(FilterTarget target, const QString &name)
{
    for (const Field &field : fields(target)) {
        if (name.compare(QLatin1String(field.name), Qt::CaseInsensitive) == 0)
            return field;
        for (const char *alias : field.aliases) {
            if (name.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0)
                return field;
        }
    }
    return std::nullopt;
}

QList<FilterOp> operators(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::EventType:
        return {FilterOp::Eq, FilterOp::Ne, FilterOp::Prefix, FilterOp::In};
    case ValueKind::Country:
    case ValueKind::Bool:
        return {FilterOp::Eq, FilterOp::Ne, FilterOp::In};
    case ValueKind::Number:
        return {FilterOp::Eq, FilterOp::Ne, FilterOp::Lt, FilterOp::Le, FilterOp::Gt, FilterOp::Ge, FilterOp::In};
    case ValueKind::Time:
    case ValueKind::Duration:
        break;
    }
    return {FilterOp::Eq, FilterOp::Ne, FilterOp::Lt, FilterOp::Le, FilterOp::Gt, FilterOp::Ge};
}

QString opText(FilterOp op)
{
    switch (op) {
    case FilterOp::Eq:
        return QStringLiteral("=");
    case FilterOp::Ne:
        return QStringLiteral("!=");
    case FilterOp::Lt:
        return QStringLiteral("<");
    case FilterOp::Le:
        return QStringLiteral("<=");
    case FilterOp::Gt:
        return QStringLiteral(">");
    case FilterOp::Ge:
        return QStringLiteral(">=");
    case FilterOp::Prefix:
        return QStringLiteral("^=");
    case FilterOp::In:
        break;
    }
    return QStringLiteral("in");
}

} // namespace roamdesk::filterfields
