#include "app/store/sqlitelogquery.h"

#include "models/eventtype.h"

#include <algorithm>

namespace roamdesk::sqlitelog {

namespace {

/// A word as an FTS5 phrase matched as a prefix: quoted, so that query syntax in it is just text.
QString prefixPhrase(QString word)
{
    return QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QStringLiteral("\"*");
}

/// The FTS5 query for a filter: each word matched at the start of a word anywhere ("belg" finds Belgium,
/// "+3361" finds +33612345678), all of them required; a subscription prefix at the start of the id.
QString matchExpression(const QStringList &words, const QString &subscriptionPrefix)
{
    QStringList parts;
    for (const QString &word : words)
        parts << prefixPhrase(word);
    if (!subscriptionPrefix.isEmpty())
        parts << QStringLiteral("sub : ^ ") + prefixPhrase(subscriptionPrefix);
    return parts.join(QLatin1Char(' '));
}

bool hasWordCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

/// A LIKE pattern for "starts with `prefix`" (case-insensitive for ASCII, as ids are).
QString startsWithPattern(const QString &prefix)
{
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

Where::Where(const NotificationLogFilter &filter)
{
    const QStringList words = filter.words();
    // The index answers a subscription prefix newest first; the id's own index would have to sort every
    // row of the subscription first.
    const bool subscriptionByIndex = hasWordCharacters(filter.subscriptionId);
    if (!words.isEmpty() || subscriptionByIndex) {
        // The full-text index drives the query (see from()).
        clauses << QStringLiteral("notifications_fts MATCH ?");
        values << matchExpression(words, subscriptionByIndex ? filter.subscriptionId : QString());
        fullText = true;
    }
    if (filter.type) {
        clauses << QStringLiteral("type = ?");
        values << eventtype::shortName(*filter.type);
    }
    if (!filter.device.isEmpty()) {
        clauses << QStringLiteral("device = ?");
        values << filter.device;
    }
    if (!filter.subscriptionId.isEmpty()) {
        // Exactly a prefix (the index's words ignore punctuation): checked on each row the index found.
        clauses << QStringLiteral("subscription_id LIKE ? ESCAPE '\\'");
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

} // namespace roamdesk::sqlitelog
