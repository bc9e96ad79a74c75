#pragma once

#include "models/notificationlogsource.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace roamdesk {

/// Writes stored notifications as JSON Lines or CSV, streaming page by page from a source so a
/// million rows never sit in memory at once. JSON Lines: one object per notification, the receipt
/// metadata beside the CloudEvent under "event". CSV: RFC 4180 with a header row. What senders wrote never
/// reaches a terminal or a spreadsheet as something it would act on: control characters are escaped in both
/// formats, and a CSV field that would run as a formula starts with a quote.
class NotificationLogExporter
{
public:
    enum class Format { JsonLines, Csv };

    static constexpr int PageSize = 1000;

    /// Newest first, as the log shows them. Returns false with `error` set when reading or writing fails.
    static bool write(NotificationLogSource &source, const NotificationLogFilter &filter, Format format, QIODevice *out,
        QString *error = nullptr, qint64 *written = nullptr);

    /// {"seq", "receivedAt", "subscriptionId", "validity", "event": {…}} on one line, with a '\n'.
    static QByteArray jsonLine(const NotificationLogRecord &record);
    static QByteArray csvHeader();
    static QByteArray csvLine(const NotificationLogRecord &record);
    /// C0 and C1 control characters and DEL as \u001b-style escapes: text from a sender, safe to print.
    static QString escapeControls(const QString &text);
};

} // namespace roamdesk
