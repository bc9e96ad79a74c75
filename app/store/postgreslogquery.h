#pragma once

#include "app/store/filtersql.h"
#include "models/notificationlogsource.h"

#include <QDateTime>

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

/// PostgreSQL for the filter language's SQL: free words through the GIN index on the tsvector column
/// `search`, each phrase's words in sequence, the last one a prefix.
class PostgresDialect : public filtersql::Dialect
{
public:
    QString textSearch(const QStringList &phrases, QVariantList *values) const override;
    /// The tsquery for phrases (all required); empty when none holds a word.
    static QString tsquery(const QStringList &phrases);
};

/// How a NotificationLogFilter reads in PostgreSQL: the WHERE clause and its bound values (positional '?'),
/// the same shape as SQLite's, so that a filter language's SQL translator can add clauses to either.
/// Words match through the GIN index on the tsvector column `search`, each one as a prefix phrase.
struct Where
{
    QStringList clauses;
    QVariantList values;

    explicit Where(const NotificationLogFilter &filter, const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

} // namespace roamdesk::postgreslog
