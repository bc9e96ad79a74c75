#include "models/filterexpression.h"

#include "models/eventtype.h"
#include "models/filterfields.h"
#include "models/filterlexer.h"
#include "models/filternode.h"
#include "models/filtertext.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace roamdesk {

using filterfields::Field;
using filterfields::ValueKind;

QString FilterParseError::message() const
{
    return QStringLiteral("column %1: expected %2 but found %3").arg(column).arg(expected, found);
}

namespace {

using NodePtr = std::shared_ptr<FilterNode>;

NodePtr makeNode(FilterNode::Kind kind)
{
    auto node = std::make_shared<FilterNode>();
    node->kind = kind;
    return node;
}

/// "-2h", "30m", "7d": the number and unit in ms; nullopt when `text` is not one.
std::optional<qint64> durationMs(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,9})([smhdw])$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    switch (match.captured(2).toLower().front().unicode()) {
    case 's':
        return count * 1000;
    case 'm':
        return count * 60 * 1000;
    case 'h':
        return count * 3600 * 1000;
    case 'd':
        return count * 86400 * 1000;
    default:
        break;
    }
    return count * 7 * 86400 * 1000;
}

/// RFC 3339 (an offset is required: a time without one would depend on the machine's zone) or a date, read
/// as midnight UTC.
std::optional<qint64> absoluteTimeMs(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withOffset(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return std::nullopt;
    }
    if (!withOffset.match(text).hasMatch())
        return std::nullopt;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(iso.toUpper(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString fieldList(FilterTarget target)
{
    return FilterExpression::fieldNames(target).join(QStringLiteral(", "));
}

class Parser
{
public:
    Parser(const QString &text, FilterTarget target)
        : m_tokens(tokenizeFilter(text))
        , m_target(target)
    {
    }

    NodePtr parse()
    {
        if (peek().kind == FilterToken::Kind::End)
            return nullptr;
        NodePtr root = parseOr();
        if (!root)
            return nullptr;
        if (peek().kind != FilterToken::Kind::End) {
            if (peek().kind == FilterToken::Kind::RParen)
                return fail(peek(), QStringLiteral("the end of the expression (no '(' is open)"));
            return fail(peek(), QStringLiteral("'and', 'or' or the end of the expression"));
        }
        return root;
    }

    bool failed() const { return m_failed; }
    FilterParseError error() const { return m_error; }

private:
    const FilterToken &peek(int ahead = 0) const
    {
        const qsizetype index = std::min<qsizetype>(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens.at(index);
    }
    const FilterToken &take() { return m_tokens.at(std::min<qsizetype>(m_pos++, m_tokens.size() - 1)); }

    NodePtr fail(const FilterToken &at, const QString &expected)
    {
        if (!m_failed) {
            m_failed = true;
            if (at.kind == FilterToken::Kind::Error) {
                // Unterminated string: what is missing is at the end, where the closing quote belongs.
                m_error = {int(m_tokens.back().column), QStringLiteral("end of input"),
                    QStringLiteral("a closing '\"' for the string at column %1").arg(at.column)};
            } else {
                m_error = {at.column, at.display(), expected};
            }
        }
        return nullptr;
    }

    bool startsTerm(const FilterToken &token) const
    {
        switch (token.kind) {
        case FilterToken::Kind::Word:
            return !token.isKeyword("or") && !token.isKeyword("and");
        case FilterToken::Kind::String:
        case FilterToken::Kind::LParen:
        case FilterToken::Kind::Error:
            return true;
        default:
            return false;
        }
    }

    NodePtr parseOr()
    {
        NodePtr first = parseAnd();
        if (!first)
            return nullptr;
        if (!peek().isKeyword("or"))
            return first;
        NodePtr node = makeNode(FilterNode::Kind::Or);
        node->children << first;
        while (peek().isKeyword("or")) {
            const FilterToken &op = take();
            if (!startsTerm(peek()))
                return fail(peek(), QStringLiteral("a term after '%1'").arg(op.text));
            NodePtr next = parseAnd();
            if (!next)
                return nullptr;
            node->children << next;
        }
        return node;
    }

    /// Terms joined by `and`, or just written one after the other.
    NodePtr parseAnd()
    {
        NodePtr first = parseUnary();
        if (!first)
            return nullptr;
        QList<NodePtr> terms{first};
        for (;;) {
            if (peek().isKeyword("and")) {
                const FilterToken &op = take();
                if (!startsTerm(peek()))
                    return fail(peek(), QStringLiteral("a term after '%1'").arg(op.text));
            } else if (!startsTerm(peek())) {
                break;
            }
            NodePtr next = parseUnary();
            if (!next)
                return nullptr;
            terms << next;
        }
        // Free words of one conjunction are searched together, so that "united kingdom" is one country.
        NodePtr words;
        QList<NodePtr> others;
        for (const NodePtr &term : std::as_const(terms)) {
            if (term->kind != FilterNode::Kind::Words) {
                others << term;
            } else if (!words) {
                words = term;
                others << term;
            } else {
                words->words << term->words;
            }
        }
        if (others.size() == 1)
            return others.front();
        NodePtr node = makeNode(FilterNode::Kind::And);
        for (const NodePtr &term : std::as_const(others))
            node->children << term;
        return node;
    }

    NodePtr parseUnary()
    {
        if (peek().isKeyword("not")) {
            const FilterToken &op = take();
            if (!startsTerm(peek()))
                return fail(peek(), QStringLiteral("a term after '%1'").arg(op.text));
            NodePtr operand = parseUnary();
            if (!operand)
                return nullptr;
            NodePtr node = makeNode(FilterNode::Kind::Not);
            node->children << operand;
            return node;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        const FilterToken &token = peek();
        switch (token.kind) {
        case FilterToken::Kind::LParen: {
            take();
            if (peek().kind == FilterToken::Kind::RParen)
                return fail(peek(), QStringLiteral("a term after '('"));
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().kind != FilterToken::Kind::RParen)
                return fail(peek(), QStringLiteral("')' to close the '(' at column %1").arg(token.column));
            take();
            return inner;
        }
        case FilterToken::Kind::String: {
            take();
            return wordsNode(token.text);
        }
        case FilterToken::Kind::Word:
            break;
        case FilterToken::Kind::Error:
            return fail(token, QString());
        default:
            return fail(token, QStringLiteral("a term"));
        }
        if (token.isKeyword("in") || token.isKeyword("or") || token.isKeyword("and"))
            return fail(token, QStringLiteral("a term"));
        const FilterToken &next = peek(1);
        if (next.kind == FilterToken::Kind::Colon)
            return parseLegacy();
        if (next.kind == FilterToken::Kind::Op || next.isKeyword("in"))
            return parseComparison();
        take();
        QString word = token.text;
        if (word.endsWith(QLatin1Char('*')))
            word.chop(1); // every word is matched as a prefix already
        return wordsNode(word);
    }

    /// A value: a word or a string; a bare keyword (and, or, not, in) only in quotes.
    static bool isValue(const FilterToken &token)
    {
        if (token.kind == FilterToken::Kind::String)
            return true;
        return token.kind == FilterToken::Kind::Word && !token.isKeyword("and") && !token.isKeyword("or")
            && !token.isKeyword("not") && !token.isKeyword("in");
    }

    NodePtr wordsNode(const QString &text)
    {
        NodePtr node = makeNode(FilterNode::Kind::Words);
        node->words << text;
        return node;
    }

    std::optional<Field> field(const FilterToken &name)
    {
        std::optional<Field> found = filterfields::find(m_target, name.text);
        if (!found)
            fail(name, QStringLiteral("a field (%1)").arg(fieldList(m_target)));
        return found;
    }

    /// `type:roaming-on`, `device:+3589*`, `sub:3f2a` as the filter bar always had them.
    NodePtr parseLegacy()
    {
        const FilterToken &name = take();
        const std::optional<Field> spec = field(name);
        if (!spec)
            return nullptr;
        const FilterToken &colon = take();
        const FilterToken &value = peek();
        if (value.spaceBefore || !isValue(value))
            return fail(value, QStringLiteral("a value after '%1%2'").arg(name.text, colon.text));
        // `sub:` always meant the id's beginning.
        const FilterOp op = spec->field == FilterField::Subscription ? FilterOp::Prefix : FilterOp::Eq;
        return comparison(*spec, name, op, colon);
    }

    NodePtr parseComparison()
    {
        const FilterToken &name = take();
        const std::optional<Field> spec = field(name);
        if (!spec)
            return nullptr;
        const FilterToken &opToken = take();
        const QList<FilterOp> allowed = filterfields::operators(spec->kind);
        std::optional<FilterOp> op;
        for (FilterOp candidate : allowed) {
            if (opToken.kind == FilterToken::Kind::Op ? filterfields::opText(candidate) == opToken.text
                                                      : candidate == FilterOp::In)
                op = candidate;
        }
        if (!op) {
            QStringList texts;
            for (FilterOp candidate : allowed)
                texts << filterfields::opText(candidate);
            return fail(opToken, QStringLiteral("one of %1 after '%2'").arg(texts.join(QLatin1Char(' ')), name.text));
        }
        if (*op != FilterOp::In)
            return comparison(*spec, name, *op, opToken);
        if (peek().kind != FilterToken::Kind::LBrace)
            return fail(peek(), QStringLiteral("'{' after '%1'").arg(opToken.text));
        take();
        NodePtr node = makeNode(FilterNode::Kind::Compare);
        node->field = spec->field;
        node->op = FilterOp::In;
        if (peek().kind == FilterToken::Kind::RBrace) {
            take();
            return node;
        }
        for (;;) {
            const FilterToken &valueToken = peek();
            if (!isValue(valueToken))
                return fail(valueToken, QStringLiteral("a value in the set"));
            take();
            const std::optional<FilterValue> value = convert(*spec, FilterOp::In, valueToken);
            if (!value)
                return nullptr;
            node->values << *value;
            const FilterToken &after = take();
            if (after.kind == FilterToken::Kind::RBrace)
                return node;
            if (after.kind != FilterToken::Kind::Comma)
                return fail(after, QStringLiteral("',' or '}' in the set"));
        }
    }

    /// A comparison with one value: the token after `opToken`.
    NodePtr comparison(const Field &spec, const FilterToken &name, FilterOp op, const FilterToken &opToken)
    {
        Q_UNUSED(name);
        const FilterToken &valueToken = peek();
        if (!isValue(valueToken))
            return fail(valueToken, QStringLiteral("a value after '%1'").arg(opToken.text));
        take();
        // A trailing * on a bare value asks for the beginning: `device:+3589*`, `device != +3589*`.
        bool negate = false;
        if (valueToken.kind == FilterToken::Kind::Word && valueToken.text.endsWith(QLatin1Char('*'))
            && (spec.kind == ValueKind::Text || spec.kind == ValueKind::EventType)
            && (op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::Prefix)) {
            negate = op == FilterOp::Ne;
            op = FilterOp::Prefix;
        }
        const std::optional<FilterValue> value = convert(spec, op, valueToken);
        if (!value)
            return nullptr;
        NodePtr node = makeNode(FilterNode::Kind::Compare);
        node->field = spec.field;
        node->op = op;
        node->values << *value;
        if (!negate)
            return node;
        NodePtr notNode = makeNode(FilterNode::Kind::Not);
        notNode->children << node;
        return notNode;
    }

    std::optional<FilterValue> convert(const Field &spec, FilterOp op, const FilterToken &token)
    {
        FilterValue value;
        const bool bare = token.kind == FilterToken::Kind::Word;
        QString text = token.text;
        if (bare && token.isKeyword("null") && op != FilterOp::Prefix) {
            if (!spec.nullable)
                return failValue(token, spec, op);
            value.kind = FilterValue::Kind::Null;
            return value;
        }
        switch (spec.kind) {
        case ValueKind::Text:
            if (op == FilterOp::Prefix && bare && text.endsWith(QLatin1Char('*')))
                text.chop(1);
            value.text = text;
            return value;
        case ValueKind::EventType:
            if (op == FilterOp::Prefix) {
                if (bare && text.endsWith(QLatin1Char('*')))
                    text.chop(1);
                value.text = text.toLower();
                return value;
            }
            if (const std::optional<EventType> type = eventtype::fromString(text.toLower())) {
                value.text = eventtype::shortName(*type);
                return value;
            }
            return failValue(token, spec, op);
        case ValueKind::Country:
            if (text.size() == 2 && text.at(0).isLetter() && text.at(0).unicode() < 128 && text.at(1).isLetter()
                && text.at(1).unicode() < 128) {
                value.text = text.toUpper();
                return value;
            }
            return failValue(token, spec, op);
        case ValueKind::Number: {
            bool ok = false;
            value.number = text.toLongLong(&ok);
            value.kind = FilterValue::Kind::Number;
            if (ok && bare)
                return value;
            return failValue(token, spec, op);
        }
        case ValueKind::Bool:
            value.kind = FilterValue::Kind::Bool;
            if (bare && (token.isKeyword("true") || token.isKeyword("false"))) {
                value.flag = token.isKeyword("true");
                return value;
            }
            return failValue(token, spec, op);
        case ValueKind::Time:
            if (text.startsWith(QLatin1Char('-'))) {
                if (const std::optional<qint64> ms = durationMs(text.mid(1))) {
                    value.kind = FilterValue::Kind::RelativeTime;
                    value.number = *ms;
                    return value;
                }
            } else if (text.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
                value.kind = FilterValue::Kind::RelativeTime;
                return value;
            } else if (const std::optional<qint64> ms = absoluteTimeMs(text)) {
                value.kind = FilterValue::Kind::Time;
                value.number = *ms;
                return value;
            }
            return failValue(token, spec, op);
        case ValueKind::Duration:
            if (const std::optional<qint64> ms = durationMs(text)) {
                value.kind = FilterValue::Kind::Duration;
                value.number = *ms;
                return value;
            }
            return failValue(token, spec, op);
        }
        return failValue(token, spec, op);
    }

    std::optional<FilterValue> failValue(const FilterToken &token, const Field &spec, FilterOp op)
    {
        QString what;
        switch (spec.kind) {
        case ValueKind::Text:
            what = QStringLiteral("a text");
            break;
        case ValueKind::EventType: {
            QStringList names;
            for (EventType type : {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff,
                     EventType::RoamingChangeCountry, EventType::SubscriptionEnds, EventType::SubscriptionStarted,
                     EventType::SubscriptionUpdated, EventType::SubscriptionEnded})
                names << eventtype::shortName(type);
            what = QStringLiteral("an event type (%1)").arg(names.join(QStringLiteral(", ")));
            break;
        }
        case ValueKind::Country:
            what = QStringLiteral("a two-letter country code (ISO 3166-1 alpha-2, like FI)");
            break;
        case ValueKind::Number:
            what = QStringLiteral("a whole number");
            break;
        case ValueKind::Bool:
            what = spec.nullable ? QStringLiteral("true, false or null") : QStringLiteral("true or false");
            break;
        case ValueKind::Time:
            what = QStringLiteral("a time (RFC 3339 like 2026-05-01T12:00:00Z, a date, now, or relative like -2h)");
            break;
        case ValueKind::Duration:
            what = QStringLiteral("a duration (like 90s, 30m, 2h, 7d)");
            break;
        }
        Q_UNUSED(op);
        fail(token, QStringLiteral("%1 for '%2'").arg(what, QLatin1String(spec.name)));
        return std::nullopt;
    }

    QList<FilterToken> m_tokens;
    qsizetype m_pos = 0;
    FilterTarget m_target;
    bool m_failed = false;
    FilterParseError m_error;
};

/// Rewrites free words the way the index holds them, and drops those that cannot narrow.
void prepareWords(FilterNode *node)
{
    if (node->kind == FilterNode::Kind::Words) {
        QStringList kept;
        const QStringList indexed = filtertext::withCountriesAsIndexed(node->words);
        for (const QString &word : indexed) {
            if (filtertext::hasWordCharacters(word))
                kept << word;
        }
        node->words = kept;
        return;
    }
    for (const std::shared_ptr<const FilterNode> &child : std::as_const(node->children))
        prepareWords(const_cast<FilterNode *>(child.get())); // still ours: the tree is not shared yet
}

} // namespace

std::optional<FilterExpression> FilterExpression::parse(
    const QString &text, FilterParseError *error, FilterTarget target)
{
    Parser parser(text, target);
    NodePtr root = parser.parse();
    if (parser.failed()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    if (root)
        prepareWords(root.get());
    FilterExpression expression;
    expression.m_root = root;
    expression.m_target = target;
    expression.m_text = text;
    return expression;
}

QStringList FilterExpression::fieldNames(FilterTarget target)
{
    QStringList names;
    for (const Field &field : filterfields::fields(target))
        names << QLatin1String(field.name);
    return names;
}

FilterExpression::FilterExpression() = default;

} // namespace roamdesk
