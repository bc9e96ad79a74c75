#pragma once

#include "models/notificationlogsource.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace roamdesk::sqlitelog {

/// How a NotificationLogFilter reads in SQLite: the WHERE clause and its bound values (positional '?'), with the
/// full-text index driving the query when the filter has words or a subscription prefix (at the top level of
/// its expression, or in its members). The expression is translated by filtersql (portable SQL).
struct Where
{
    QStringList clauses;
    QVariantList values;

    /// Relative times in the filter's expression count back from `now`.
    explicit Where(const NotificationLogFilter &filter, const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    /// The tables to read: with words, the index first (newest match first, streamed), each match joined to
    /// its row by seq. CROSS JOIN keeps that order: the planner must not start from the table.
    QString from() const
    {
        return fullText ? QStringLiteral(" FROM notifications_fts CROSS JOIN notifications "
                                         "ON notifications.seq = notifications_fts.rowid")
                        : QStringLiteral(" FROM notifications");
    }
    /// The arrival-order key: the index's rowid when it drives, so that its rowid range and order apply.
    QString seqKey() const { return fullText ? QStringLiteral("notifications_fts.rowid") : QStringLiteral("seq"); }

    bool fullText = false;
};

} // namespace roamdesk::sqlitelog
