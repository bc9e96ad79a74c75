#include "yamlmini.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <stdexcept>

namespace testsupport::yaml {

namespace {

struct ParseFailure : std::runtime_error
{
    ParseFailure(int atLine, const QString &why)
        : std::runtime_error("yaml")
        , line(atLine)
        , reason(why)
    {
    }
    int line;
    QString reason;
};

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

/// Removes a trailing " # comment" that is outside quotes.
QString stripComment(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || QStringLiteral(" [{,:-").contains(line.at(i - 1)))) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

QJsonValue typedPlain(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
        return QJsonValue::Null;
    if (integer.match(text).hasMatch() || decimal.match(text).hasMatch())
        return text.toDouble();
    return text;
}

class Parser
{
public:
    explicit Parser(const QByteArray &text)
    {
        m_raw = QString::fromUtf8(text).split(QLatin1Char('\n'));
        for (QString &line : m_raw) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const int indent = indentOf(line);
            if (indent < line.size() && line.at(indent) == QLatin1Char('\t'))
                throw ParseFailure(int(&line - m_raw.data()) + 1, QStringLiteral("tab indentation"));
        }
        m_lines = m_raw;
        for (QString &line : m_lines) {
            line = stripComment(line);
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
            if (line.trimmed() == QLatin1String("---"))
                line.clear();
        }
    }

    QJsonValue document()
    {
        skipBlank();
        if (m_pos >= m_lines.size())
            return QJsonValue::Null;
        const QJsonValue value = block(indentOf(m_lines.at(m_pos)));
        skipBlank();
        if (m_pos < m_lines.size())
            throw ParseFailure(m_pos + 1, QStringLiteral("unexpected indentation"));
        return value;
    }

private:
    void skipBlank()
    {
        while (m_pos < m_lines.size() && m_lines.at(m_pos).trimmed().isEmpty())
            ++m_pos;
    }

    static bool isSequenceItem(const QString &content)
    {
        return content == QLatin1String("-") || content.startsWith(QLatin1String("- "));
    }

    QJsonValue block(int indent)
    {
        skipBlank();
        const QString content = m_lines.at(m_pos).mid(indent);
        if (isSequenceItem(content))
            return sequence(indent);
        return mapping(indent);
    }

    /// Position of the ':' that ends a mapping key in `content`, or -1.
    static int keyColon(const QString &content)
    {
        int i = 0;
        if (content.startsWith(QLatin1Char('"')) || content.startsWith(QLatin1Char('\''))) {
            const QChar quote = content.at(0);
            i = 1;
            while (i < content.size() && content.at(i) != quote) {
                if (content.at(i) == QLatin1Char('\\') && quote == QLatin1Char('"'))
                    ++i;
                ++i;
            }
            ++i;
            if (i < content.size() && content.at(i) == QLatin1Char(':')
                && (i + 1 == content.size() || content.at(i + 1) == QLatin1Char(' ')))
                return i;
            return -1;
        }
        if (content.startsWith(QLatin1Char('{')) || content.startsWith(QLatin1Char('[')))
            return -1;
        for (; i < content.size(); ++i) {
            if (content.at(i) == QLatin1Char(':') && (i + 1 == content.size() || content.at(i + 1) == QLatin1Char(' ')))
                return i;
        }
        return -1;
    }

    QJsonObject mapping(int indent)
    {
        QJsonObject object;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            const QString &line = m_lines.at(m_pos);
            const int lineIndent = indentOf(line);
            if (lineIndent < indent)
                break;
            if (lineIndent > indent)
                throw ParseFailure(m_pos + 1, QStringLiteral("unexpected indentation"));
            const QString content = line.mid(indent);
            if (isSequenceItem(content))
                break;
            const int colon = keyColon(content);
            if (colon < 0)
                throw ParseFailure(m_pos + 1, QStringLiteral("expected 'key: value'"));
            const QString key = unquoteKey(content.left(colon).trimmed());
            const QString rest = content.mid(colon + 1).trimmed();
            const int keyLine = m_pos;
            ++m_pos;
            if (object.contains(key))
                throw ParseFailure(keyLine + 1, QStringLiteral("duplicate key '%1'").arg(key));
            object.insert(key, valueAfterIndicator(rest, indent, keyLine, true));
        }
        return object;
    }

    QJsonArray sequence(int indent)
    {
        QJsonArray array;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            const QString line = m_lines.at(m_pos);
            const int lineIndent = indentOf(line);
            if (lineIndent != indent || !isSequenceItem(line.mid(indent)))
                break;
            const QString rest = line.mid(indent + 1).trimmed();
            if (!rest.isEmpty() && keyColon(rest) >= 0) {
                // "- key: value": the item is a mapping that starts on this line at the column of "key".
                const int column = indent + 1 + indentOf(line.mid(indent + 1));
                m_lines[m_pos] = QString(column, QLatin1Char(' ')) + rest;
                array.append(mapping(column));
            } else {
                const int itemLine = m_pos;
                ++m_pos;
                array.append(valueAfterIndicator(rest, indent, itemLine, false));
            }
        }
        return array;
    }

    /// The value that follows "key:" or "-": nested block, block scalar, flow collection or scalar.
    QJsonValue valueAfterIndicator(const QString &rest, int parentIndent, int line, bool inMapping)
    {
        if (rest.isEmpty()) {
            skipBlank();
            if (m_pos >= m_lines.size())
                return QJsonValue::Null;
            const int nextIndent = indentOf(m_lines.at(m_pos));
            if (nextIndent > parentIndent)
                return block(nextIndent);
            // A sequence may sit at its key's own indentation.
            if (inMapping && nextIndent == parentIndent && isSequenceItem(m_lines.at(m_pos).mid(nextIndent)))
                return sequence(nextIndent);
            return QJsonValue::Null;
        }
        if (rest.startsWith(QLatin1Char('|')) || rest.startsWith(QLatin1Char('>')))
            return blockScalar(rest, parentIndent, line);
        if (rest.startsWith(QLatin1Char('&')) || rest.startsWith(QLatin1Char('*')) || rest.startsWith(QLatin1Char('!')))
            throw ParseFailure(line + 1, QStringLiteral("anchors, aliases and tags are not supported"));
        if (rest.startsWith(QLatin1Char('{')) || rest.startsWith(QLatin1Char('['))) {
            QString text = rest;
            int startLine = line;
            while (!balanced(text)) {
                if (m_pos >= m_lines.size())
                    throw ParseFailure(startLine + 1, QStringLiteral("unterminated flow collection"));
                text += QLatin1Char(' ') + m_lines.at(m_pos).trimmed();
                ++m_pos;
            }
            int index = 0;
            const QJsonValue value = flowValue(text, index, line);
            skipSpaces(text, index);
            if (index != text.size())
                throw ParseFailure(line + 1, QStringLiteral("trailing text after flow collection"));
            return value;
        }
        if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\''))) {
            int index = 0;
            const QString value = quoted(rest, index, line);
            if (!rest.mid(index).trimmed().isEmpty())
                throw ParseFailure(line + 1, QStringLiteral("text after a quoted scalar"));
            return value;
        }
        // Plain scalar, possibly continued on more-indented lines (folded with spaces).
        QString text = rest;
        while (m_pos < m_lines.size() && !m_lines.at(m_pos).trimmed().isEmpty()
            && indentOf(m_lines.at(m_pos)) > parentIndent) {
            // "key: value" cannot continue a plain scalar: it is a mis-indented mapping entry.
            if (keyColon(m_lines.at(m_pos).trimmed()) >= 0)
                throw ParseFailure(m_pos + 1, QStringLiteral("unexpected indentation"));
            text += QLatin1Char(' ') + m_lines.at(m_pos).trimmed();
            ++m_pos;
        }
        return typedPlain(text);
    }

    QString blockScalar(const QString &header, int parentIndent, int line)
    {
        const bool literal = header.startsWith(QLatin1Char('|'));
        const QString indicators = header.mid(1).trimmed();
        if (indicators.size() > 1
            || (!indicators.isEmpty() && indicators != QLatin1String("-") && indicators != QLatin1String("+")))
            throw ParseFailure(line + 1, QStringLiteral("unsupported block scalar header '%1'").arg(header));
        QStringList body;
        int blockIndent = -1;
        while (m_pos < m_raw.size()) {
            const QString raw = m_raw.at(m_pos);
            if (raw.trimmed().isEmpty()) {
                body << QString();
                ++m_pos;
                continue;
            }
            const int rawIndent = indentOf(raw);
            if (rawIndent <= parentIndent)
                break;
            if (blockIndent < 0)
                blockIndent = rawIndent;
            if (rawIndent < blockIndent)
                break;
            body << raw.mid(blockIndent);
            ++m_pos;
        }
        int trailingBlank = 0;
        while (!body.isEmpty() && body.last().isEmpty()) {
            body.removeLast();
            ++trailingBlank;
        }
        QString text = literal ? body.join(QLatin1Char('\n')) : body.join(QLatin1Char(' '));
        if (indicators == QLatin1String("+"))
            text += QString(trailingBlank + 1, QLatin1Char('\n'));
        else if (indicators.isEmpty() && !text.isEmpty())
            text += QLatin1Char('\n');
        return text;
    }

    static bool balanced(const QString &text)
    {
        int depth = 0;
        QChar quote;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                    ++i;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            else if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char('}') || c == QLatin1Char(']'))
                --depth;
        }
        return depth <= 0 && quote.isNull();
    }

    static void skipSpaces(const QString &text, int &index)
    {
        while (index < text.size() && text.at(index).isSpace())
            ++index;
    }

    QString quoted(const QString &text, int &index, int line)
    {
        const QChar quote = text.at(index++);
        QString out;
        while (index < text.size()) {
            const QChar c = text.at(index++);
            if (quote == QLatin1Char('\'')) {
                if (c == QLatin1Char('\'')) {
                    if (index < text.size() && text.at(index) == QLatin1Char('\'')) {
                        out += c;
                        ++index;
                        continue;
                    }
                    return out;
                }
                out += c;
                continue;
            }
            if (c == QLatin1Char('"'))
                return out;
            if (c == QLatin1Char('\\') && index < text.size()) {
                const QChar e = text.at(index++);
                switch (e.unicode()) {
                case 'n':
                    out += QLatin1Char('\n');
                    break;
                case 't':
                    out += QLatin1Char('\t');
                    break;
                case '"':
                    out += QLatin1Char('"');
                    break;
                case '\\':
                    out += QLatin1Char('\\');
                    break;
                case '/':
                    out += QLatin1Char('/');
                    break;
                case 'u':
                    out += QChar(text.mid(index, 4).toUShort(nullptr, 16));
                    index += 4;
                    break;
                default:
                    throw ParseFailure(line + 1, QStringLiteral("unsupported escape \\%1").arg(e));
                }
                continue;
            }
            out += c;
        }
        throw ParseFailure(line + 1, QStringLiteral("unterminated quoted scalar"));
    }

    QJsonValue flowValue(const QString &text, int &index, int line)
    {
        skipSpaces(text, index);
        if (index >= text.size())
            throw ParseFailure(line + 1, QStringLiteral("flow collection ends early"));
        const QChar c = text.at(index);
        if (c == QLatin1Char('{')) {
            ++index;
            QJsonObject object;
            while (true) {
                skipSpaces(text, index);
                if (index < text.size() && text.at(index) == QLatin1Char('}')) {
                    ++index;
                    return object;
                }
                const QJsonValue key = flowScalar(text, index, line, true);
                skipSpaces(text, index);
                if (index >= text.size() || text.at(index) != QLatin1Char(':'))
                    throw ParseFailure(line + 1, QStringLiteral("expected ':' in flow mapping"));
                ++index;
                object.insert(key.toVariant().toString(), flowValue(text, index, line));
                skipSpaces(text, index);
                if (index < text.size() && text.at(index) == QLatin1Char(',')) {
                    ++index;
                } else if (index >= text.size() || text.at(index) != QLatin1Char('}')) {
                    throw ParseFailure(line + 1, QStringLiteral("expected ',' or '}' in flow mapping"));
                }
            }
        }
        if (c == QLatin1Char('[')) {
            ++index;
            QJsonArray array;
            while (true) {
                skipSpaces(text, index);
                if (index < text.size() && text.at(index) == QLatin1Char(']')) {
                    ++index;
                    return array;
                }
                array.append(flowValue(text, index, line));
                skipSpaces(text, index);
                if (index < text.size() && text.at(index) == QLatin1Char(',')) {
                    ++index;
                } else if (index >= text.size() || text.at(index) != QLatin1Char(']')) {
                    throw ParseFailure(line + 1, QStringLiteral("expected ',' or ']' in flow sequence"));
                }
            }
        }
        return flowScalar(text, index, line, false);
    }

    QJsonValue flowScalar(const QString &text, int &index, int line, bool isKey)
    {
        skipSpaces(text, index);
        if (index < text.size() && (text.at(index) == QLatin1Char('"') || text.at(index) == QLatin1Char('\'')))
            return quoted(text, index, line);
        const int start = index;
        while (index < text.size()) {
            const QChar c = text.at(index);
            if (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}'))
                break;
            if (isKey && c == QLatin1Char(':'))
                break;
            if (c == QLatin1Char('{') || c == QLatin1Char('['))
                throw ParseFailure(line + 1, QStringLiteral("nested collection as a flow key or scalar"));
            ++index;
        }
        const QString plain = text.mid(start, index - start).trimmed();
        return isKey ? QJsonValue(plain) : typedPlain(plain);
    }

    static QString unquoteKey(const QString &key)
    {
        if (key.size() >= 2 && (key.startsWith(QLatin1Char('"')) || key.startsWith(QLatin1Char('\'')))
            && key.endsWith(key.at(0)))
            return key.mid(1, key.size() - 2);
        return key;
    }

    QStringList m_raw; // as read (block scalars keep '#' and blank lines)
    QStringList m_lines; // comments stripped
    int m_pos = 0;
};

void collect(const QJsonValue &value, const QString &where, QList<Example> *out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), where + QStringLiteral("/%1").arg(i), out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = where + QLatin1Char('/') + it.key();
        if (it.key() == QLatin1String("examples") && it.value().isObject()) {
            const QJsonObject examples = it.value().toObject();
            for (auto ex = examples.begin(); ex != examples.end(); ++ex) {
                if (ex.value().isObject() && ex.value().toObject().contains(QStringLiteral("value")))
                    out->append(Example{ex.key(), here + QLatin1Char('/') + ex.key(),
                        ex.value().toObject().value(QStringLiteral("value"))});
            }
            continue;
        }
        collect(it.value(), here, out);
    }
}

} // namespace

QJsonValue parse(const QByteArray &text, QString *error)
{
    try {
        Parser parser(text);
        return parser.document();
    } catch (const ParseFailure &failure) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(failure.line).arg(failure.reason);
        return QJsonValue(QJsonValue::Undefined);
    }
}

QList<Example> collectExamples(const QJsonValue &document)
{
    QList<Example> examples;
    collect(document, QString(), &examples);
    return examples;
}

} // namespace testsupport::yaml
