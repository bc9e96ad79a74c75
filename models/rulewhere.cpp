#include "models/rulewhere.h"

#include "models/notificationlogsource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace roamdesk {

// Until the filter language is in, `where` takes the log's filter bar syntax (type:NAME, device:LABEL, words).
std::function<bool(const NotificationLogRecord &)> compileRuleWhere(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return {};
    const NotificationLogFilter filter = NotificationLogFilter::parse(text);
    const QStringList words = filter.words();
    Q_UNUSED(error)
    return [filter, words](const NotificationLogRecord &record) {
        if (filter.type && record.type != *filter.type)
            return false;
        if (!filter.device.isEmpty() && record.device != filter.device)
            return false;
        if (!filter.subscriptionId.isEmpty() && !record.subscriptionId.startsWith(filter.subscriptionId))
            return false;
        if (words.isEmpty())
            return true;
        const QString haystack = record.searchText().toLower();
        for (const QString &word : words) {
            if (!haystack.contains(word))
                return false;
        }
        return true;
    };
}

} // namespace roamdesk
