#include "app/store/sqlitelogquery.h"

#include "app/store/filtersql.h"
#include "models/eventtype.h"
#include "models/filtertext.h"

#include <algorithm>

namespace roamdesk::sqlitelog {

namespace {

/// A top-level `sub:PREFIX` (or `subscription ^= PREFIX`) the index can narrow to, as the former filter's was.
bool isSubscriptionPrefix(const FilterNode &node)
{
    return node.kind == FilterNode::Kind::Compare && node.field == FilterField::Subscription
        && node.op == FilterOp::Prefix && filtertext::hasWordCharacters(node.values.front().text);
}

} // namespace

Where::Where(const NotificationLogFilter &filter, const QDateTime &now)
{
    QStringList words = filter.words();
    // The index answers a subscription prefix newest first; the id's own index would have to sort every
    // row of the subscription first.
    QString subscriptionByIndex =
        filtertext::hasWordCharacters(filter.subscriptionId) ? filter.subscriptionId : QString();
    // The expression's free words at its top level drive the query through the index like the former
    // filter's; what sits under or/not is a sub-select of the index.
    const filtersql::TopLevelTerms terms = filtersql::splitTopLevel(filter.expression);
    words << terms.words;
    for (const FilterNode *term : terms.conditions) {
        if (subscriptionByIndex.isEmpty() && isSubscriptionPrefix(*term))
            subscriptionByIndex = term->values.front().text; // and still checked exactly below
    }
    if (!words.isEmpty() || !subscriptionByIndex.isEmpty()) {
        // The full-text index drives the query (see from()).
        clauses << QStringLiteral("notifications_fts MATCH ?");
        values << filtersql::SqliteDialect::matchExpression(words, subscriptionByIndex);
        fullText = true;
    }
    const filtersql::SqliteDialect dialect;
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
        // Exactly a prefix (the index's words ignore punctuation): checked on each row the index found.
        clauses << QStringLiteral("subscription_id LIKE ? ESCAPE '\\'");
        values << filtersql::startsWithPattern(filter.subscriptionId);
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
