#pragma once

#include "models/notificationlogsource.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace roamdesk::postgreslog {

/// The words of `text` as the search index keeps them: split at every character that is not a letter or a
/// digit, lower-cased, accents removed ("Åland-Inseln" -> "aland", "inseln"). SQLite's FTS5 (unicode61,
/// remove_diacritics) reads text the same way, so both stores find the same rows.
QStringList searchTokens(const QString &text);

/// The tsvector (in PostgreSQL's literal syntax) for a record: what the log shows, then the subscription id
/// with a gap in positions, so that a phrase never spans the two.
QString searchVector(const NotificationLogRecord &record);

/// How a NotificationLogFilter reads in PostgreSQL: the WHERE clause and its bound values (positional '?'),
/// the same shape as SQLite's, so that a filter language's SQL translator can add clauses to either.
/// Words match through the GIN index on the tsvector column `search`, each one as a prefix phrase.
struct Where
{
    QStringList clauses;
    QVariantList values;

    explicit Where(const NotificationLogFilter &filter);

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

} // namespace roamdesk::postgreslog
