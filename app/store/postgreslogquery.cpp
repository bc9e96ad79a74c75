#include "app/store/postgreslogquery.h"

#include "models/eventtype.h"
#include "models/filternode.h"

namespace roamdesk::postgreslog {

namespace {

/// Positions of the subscription id's words start here: far enough from the shown words for no phrase to
/// join them.
constexpr int SubscriptionPositions = 1000;

QString lexeme(const QString &token)
{
    // Tokens hold letters and digits only; quoting keeps them literal all the same.
    return QLatin1Char('\'') + token + QLatin1Char('\'');
}

/// One filter word as a tsquery: its tokens as a phrase, the last one a prefix ("aland-in" -> 'aland' <-> 'in':*).
QString prefixPhrase(const QStringList &tokens)
{
    QStringList parts;
    for (int i = 0; i < tokens.size(); ++i)
        parts << lexeme(tokens.at(i)) + (i + 1 == tokens.size() ? QStringLiteral(":*") : QString());
    return parts.size() == 1 ? parts.constFirst()
                             : QLatin1Char('(') + parts.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
}

QString startsWithPattern(const QString &prefix)
{
    QString escaped = prefix.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

QStringList searchTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue; // the accent of a decomposed letter
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString searchVector(const NotificationLogRecord &record)
{
    QStringList entries;
    int position = 0;
    for (const QString &token : searchTokens(record.searchText()))
        entries << lexeme(token) + QLatin1Char(':') + QString::number(qMin(++position, SubscriptionPositions - 1));
    position = SubscriptionPositions;
    for (const QString &token : searchTokens(record.subscriptionId))
        entries << lexeme(token) + QLatin1Char(':') + QString::number(qMin(++position, 16383));
    return entries.join(QLatin1Char(' '));
}

QString PostgresDialect::textSearch(const QStringList &phrases, QVariantList *values) const
{
    *values << tsquery(phrases);
    return QStringLiteral("search @@ CAST(%1 AS tsquery)").arg(placeholder(values->size() - 1));
}

QString PostgresDialect::tsquery(const QStringList &phrases)
{
    QStringList parts;
    for (const QString &phrase : phrases) {
        const QStringList tokens = searchTokens(phrase);
        if (!tokens.isEmpty())
            parts << prefixPhrase(tokens);
    }
    // No word left to look for (punctuation only) asks for nothing: every row matches.
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(" & "));
}

Where::Where(const NotificationLogFilter &filter, const QDateTime &now)
{
    // The expression's free words at its top level go to the index with the former filter's; what sits under
    // or/not is translated where it stands.
    const filtersql::TopLevelTerms terms = filtersql::splitTopLevel(filter.expression);
    const QStringList phrases = filter.words() + terms.words;
    const QString query = PostgresDialect::tsquery(phrases);
    if (!query.isEmpty()) {
        clauses << QStringLiteral("search @@ CAST(? AS tsquery)");
        values << query;
    }
    const PostgresDialect dialect;
    for (const FilterNode *term : terms.conditions)
        clauses << filtersql::condition(*term, dialect, now, &values);
    if (filter.type) {
        clauses << QStringLiteral("type = ?");
        values << eventtype::shortName(*filter.type);
    }
    if (!filter.device.isEmpty()) {
        clauses << QStringLiteral("device = ?");
        values << filter.device;
    }
    if (!filter.subscriptionId.isEmpty()) {
        // Exactly a prefix, in any case (ids are ASCII); the lower(subscription_id) pattern index serves it.
        clauses << QStringLiteral("lower(subscription_id) LIKE ? ESCAPE '\\'");
        values << startsWithPattern(filter.subscriptionId);
    }
    if (filter.receivedFrom.isValid()) {
        clauses << QStringLiteral("received_ms >= ?");
        values << filter.receivedFrom.toMSecsSinceEpoch();
    }
    if (filter.receivedTo.isValid()) {
        clauses << QStringLiteral("received_ms < ?");
        values << filter.receivedTo.toMSecsSinceEpoch();
    }
}

} // namespace roamdesk::postgreslog
