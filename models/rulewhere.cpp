#include "models/rulewhere.h"

#include "models/filterexpression.h"
#include "models/notificationlogsource.h"
#include "models/rule.h"

namespace roamdesk {

std::function<bool(const NotificationLogRecord &)> compileRuleWhere(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return {};
    FilterParseError parseError;
    const std::optional<FilterExpression> expression =
        FilterExpression::parse(text, &parseError, FilterTarget::Notifications);
    if (!expression) {
        if (error)
            *error = parseError.message();
        return {};
    }
    // Relative times (`time > -2h`) count back from the event's own time, so a replay decides as the live run did.
    return [expression = *expression](const NotificationLogRecord &record) {
        return expression.matches(record, ruleTime(record.eventMs.value_or(record.receivedMs)));
    };
}

} // namespace roamdesk
