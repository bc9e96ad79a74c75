#pragma once

#include <QString>

#include <functional>

namespace roamdesk {

struct NotificationLogRecord;

/// A rule's `where` expression compiled to a predicate over stored notifications. Empty text: null (every event
/// passes). On a syntax error: null, with `error` set to a sentence naming the column.
std::function<bool(const NotificationLogRecord &)> compileRuleWhere(const QString &text, QString *error);

} // namespace roamdesk
