#pragma once

#include "models/filterexpression.h"
#include "models/filternode.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace roamdesk::filtersql {

/// What differs between SQL backends. The translator writes portable SQL (=, <, LIKE … ESCAPE, LOWER, UPPER,
/// COALESCE, ||, IS NULL) over the notification log's columns; a backend says how its full-text index is
/// asked, how a bound value is written, and what the table is called.
class Dialect
{
public:
    virtual ~Dialect() = default;
    /// The condition that every phrase occurs in the row's indexed words: each a sequence of words, the last
    /// matched at the start of a word (FilterNode::words). Appends its bound values to `values`.
    virtual QString textSearch(const QStringList &phrases, QVariantList *values) const = 0;
    /// The placeholder of the value about to be appended to a list of `count` values: "?" (positional, the
    /// default) or "$<count + 1>" for PostgreSQL's native syntax.
    virtual QString placeholder(qsizetype count) const
    {
        Q_UNUSED(count);
        return QStringLiteral("?");
    }
    /// The qualified name of a notification column, e.g. "notifications.device".
    virtual QString column(const QString &name) const { return QStringLiteral("notifications.") + name; }
};

/// SQLite: the FTS5 table notifications_fts (rowid = seq), as a sub-select so that it can sit under OR/NOT.
class SqliteDialect : public Dialect
{
public:
    QString textSearch(const QStringList &phrases, QVariantList *values) const override;
    /// The FTS5 query for phrases (each quoted, matched as a prefix), plus a subscription id's beginning.
    static QString matchExpression(const QStringList &phrases, const QString &subscriptionPrefix = QString());
};

/// A WHERE condition (without "WHERE") and its bound values, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

/// The condition for `node` (a FilterExpression's tree over notifications), appending to `values`. Relative
/// times count back from `now`. Two-valued: a row whose column is NULL gives true or false, never NULL, so
/// that NOT means what it does in memory (FilterExpression::matches accepts exactly the rows this selects).
QString condition(const FilterNode &node, const Dialect &dialect, const QDateTime &now, QVariantList *values);
/// The same for a whole expression ("1 = 1" when empty).
Condition translate(
    const FilterExpression &expression, const Dialect &dialect, const QDateTime &now = QDateTime::currentDateTimeUtc());

/// An expression's top-level terms as a backend's query takes them: the free words of its top-level `and`, which
/// the full-text index can drive, and every other term, translated where it stands (words under or/not too).
struct TopLevelTerms
{
    QStringList words;
    QList<const FilterNode *> conditions; // owned by the expression
};
TopLevelTerms splitTopLevel(const FilterExpression &expression);

/// A LIKE pattern (ESCAPE '\') for "starts with `prefix`".
QString startsWithPattern(const QString &prefix);

} // namespace roamdesk::filtersql
