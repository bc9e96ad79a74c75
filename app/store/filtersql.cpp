#include "app/store/filtersql.h"

#include "models/filtertext.h"

namespace roamdesk::filtersql {

namespace {

/// ASCII letters lowered, as LOWER() does in every backend; other letters are kept as typed.
QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return text;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

QString sqlOp(FilterOp op)
{
    switch (op) {
    case FilterOp::Ne:
        return QStringLiteral("<>");
    case FilterOp::Lt:
        return QStringLiteral("<");
    case FilterOp::Le:
        return QStringLiteral("<=");
    case FilterOp::Gt:
        return QStringLiteral(">");
    case FilterOp::Ge:
        return QStringLiteral(">=");
    default:
        break;
    }
    return QStringLiteral("=");
}

class Translator
{
public:
    Translator(const Dialect &dialect, const QDateTime &now, QVariantList *values)
        : m_dialect(dialect)
        , m_nowMs(now.toMSecsSinceEpoch())
        , m_values(values)
    {
    }

    QString node(const FilterNode &node)
    {
        switch (node.kind) {
        case FilterNode::Kind::And:
        case FilterNode::Kind::Or: {
            if (node.children.isEmpty())
                return node.kind == FilterNode::Kind::And ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0");
            QStringList parts;
            for (const auto &child : node.children)
                parts << this->node(*child);
            return QLatin1Char('(')
                + parts.join(node.kind == FilterNode::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
                + QLatin1Char(')');
        }
        case FilterNode::Kind::Not:
            return QStringLiteral("NOT ") + this->node(*node.children.front());
        case FilterNode::Kind::Words:
            if (node.words.isEmpty())
                return QStringLiteral("1 = 1");
            return QLatin1Char('(') + m_dialect.textSearch(node.words, m_values) + QLatin1Char(')');
        case FilterNode::Kind::Compare:
            break;
        }
        switch (node.op) {
        case FilterOp::Ne:
            return QStringLiteral("NOT ") + equals(node.field, node.values.front());
        case FilterOp::In: {
            if (node.values.isEmpty())
                return QStringLiteral("1 = 0");
            QStringList parts;
            for (const FilterValue &value : node.values)
                parts << equals(node.field, value);
            return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        case FilterOp::Eq:
            return equals(node.field, node.values.front());
        case FilterOp::Prefix:
            return prefix(node.field, node.values.front().text);
        default:
            break;
        }
        return ordered(node.field, node.op, node.values.front());
    }

private:
    QString bind(const QVariant &value)
    {
        const QString placeholder = m_dialect.placeholder(m_values->size());
        *m_values << value;
        return placeholder;
    }

    QString column(const char *name) const { return m_dialect.column(QLatin1String(name)); }

    /// The columns a field reads; several where a row has several values (the event's and the known country).
    QStringList columns(FilterField field) const
    {
        switch (field) {
        case FilterField::Type:
            return {column("type")};
        case FilterField::Device:
            return {column("device")};
        case FilterField::Country:
            return {column("country_name"), column("known_country_name")};
        case FilterField::Mcc:
            return {column("country_code"), column("known_country_code")};
        case FilterField::Roaming:
            return {column("roaming")};
        case FilterField::Subscription:
            return {column("subscription_id")};
        case FilterField::Reason:
            return {column("termination_reason")};
        case FilterField::Time:
            return {column("event_ms")};
        case FilterField::Received:
            return {column("received_ms")};
        case FilterField::Source:
            return {column("source")};
        case FilterField::Id:
            return {column("event_id")};
        default:
            break;
        }
        return {}; // a fleet field: never in the log's expressions (the parser keeps them apart)
    }

    QVariant scalar(const FilterValue &value) const
    {
        switch (value.kind) {
        case FilterValue::Kind::Text:
            // A null QString binds as SQL NULL: "" must stay the empty text.
            return value.text.isNull() ? QStringLiteral("") : value.text;
        case FilterValue::Kind::Bool:
            return value.flag;
        case FilterValue::Kind::RelativeTime:
            return m_nowMs - value.number;
        default:
            return value.number;
        }
    }

    QString equals(FilterField field, const FilterValue &value)
    {
        const QStringList cols = columns(field);
        if (cols.isEmpty())
            return QStringLiteral("1 = 0");
        if (field == FilterField::Country)
            return country(value);
        return ordered(field, FilterOp::Eq, value);
    }

    /// A row's countries are its codes (comma-separated), or its MCC's territories where it stored no codes;
    /// the same for the known country of a roaming-on.
    QString country(const FilterValue &value)
    {
        const QString names = column("country_name"), code = column("country_code");
        const QString knownNames = column("known_country_name"), knownCode = column("known_country_code");
        if (value.kind == FilterValue::Kind::Null) {
            return QStringLiteral("(COALESCE(%1, '') = '' AND %2 IS NULL AND COALESCE(%3, '') = '' AND %4 IS NULL)")
                .arg(names, code, knownNames, knownCode);
        }
        // Look for ",FI," in ",<event's>,<known>,".
        QStringList parts{
            QStringLiteral("UPPER(',' || COALESCE(%1, '') || ',' || COALESCE(%2, '') || ',') LIKE %3 "
                           "ESCAPE '\\'")
                .arg(names, knownNames, bind(QStringLiteral("%,") + escapeLike(value.text) + QStringLiteral(",%")))};
        const QList<int> mccs = filtertext::mccsOf(value.text);
        if (!mccs.isEmpty()) {
            for (const auto &[namesColumn, codeColumn] : {std::pair{names, code}, std::pair{knownNames, knownCode}}) {
                QStringList placeholders;
                for (int mcc : mccs)
                    placeholders << bind(qint64(mcc));
                parts << QStringLiteral("(COALESCE(%1, '') = '' AND %2 IS NOT NULL AND %2 IN (%3))")
                             .arg(namesColumn, codeColumn, placeholders.join(QStringLiteral(", ")));
            }
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    QString ordered(FilterField field, FilterOp op, const FilterValue &value)
    {
        const QStringList cols = columns(field);
        if (cols.isEmpty())
            return QStringLiteral("1 = 0");
        QStringList parts;
        for (const QString &col : cols) {
            if (value.kind == FilterValue::Kind::Null)
                parts << col + QStringLiteral(" IS NULL");
            else
                parts << QStringLiteral("(%1 IS NOT NULL AND %1 %2 %3)").arg(col, sqlOp(op), bind(scalar(value)));
        }
        if (parts.size() == 1)
            return parts.front();
        return QLatin1Char('(')
            + parts.join(value.kind == FilterValue::Kind::Null ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + QLatin1Char(')');
    }

    QString prefix(FilterField field, const QString &text)
    {
        const QStringList cols = columns(field);
        if (cols.isEmpty())
            return QStringLiteral("1 = 0");
        return QStringLiteral("LOWER(%1) LIKE %2 ESCAPE '\\'")
            .arg(cols.front(), bind(startsWithPattern(asciiLower(text))));
    }

    const Dialect &m_dialect;
    qint64 m_nowMs;
    QVariantList *m_values;
};

/// A phrase as an FTS5 string matched as a prefix: quoted, so that query syntax in it is just text.
QString prefixPhrase(QString phrase)
{
    return QLatin1Char('"') + phrase.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QStringLiteral("\"*");
}

} // namespace

TopLevelTerms splitTopLevel(const FilterExpression &expression)
{
    TopLevelTerms split;
    const FilterNode *root = expression.root();
    if (!root)
        return split;
    QList<const FilterNode *> terms;
    if (root->kind == FilterNode::Kind::And) {
        for (const auto &child : root->children)
            terms << child.get();
    } else {
        terms << root;
    }
    for (const FilterNode *term : std::as_const(terms)) {
        if (term->kind == FilterNode::Kind::Words)
            split.words << term->words;
        else
            split.conditions << term;
    }
    return split;
}

QString startsWithPattern(const QString &prefix)
{
    return escapeLike(prefix) + QLatin1Char('%');
}

QString SqliteDialect::matchExpression(const QStringList &phrases, const QString &subscriptionPrefix)
{
    QStringList parts;
    for (const QString &phrase : phrases)
        parts << prefixPhrase(phrase);
    if (!subscriptionPrefix.isEmpty())
        parts << QStringLiteral("sub : ^ ") + prefixPhrase(subscriptionPrefix);
    return parts.join(QLatin1Char(' '));
}

QString SqliteDialect::textSearch(const QStringList &phrases, QVariantList *values) const
{
    const QString sql = QStringLiteral("%1 IN (SELECT rowid FROM notifications_fts WHERE notifications_fts MATCH %2)")
                            .arg(column(QStringLiteral("seq")), placeholder(values->size()));
    *values << matchExpression(phrases);
    return sql;
}

QString condition(const FilterNode &node, const Dialect &dialect, const QDateTime &now, QVariantList *values)
{
    return Translator(dialect, now, values).node(node);
}

Condition translate(const FilterExpression &expression, const Dialect &dialect, const QDateTime &now)
{
    Condition result;
    result.sql =
        expression.root() ? condition(*expression.root(), dialect, now, &result.values) : QStringLiteral("1 = 1");
    return result;
}

} // namespace roamdesk::filtersql
