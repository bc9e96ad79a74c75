#include "models/strictjson.h"

#include "models/jsonread.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>

namespace roamdesk::strictjson {

namespace {

// lupdate files the messages under the class whose members call tr().
QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::strictjson::Checker", text);
}

/// Walks text QJsonDocument already parsed, so the grammar is known to hold; looks only for what it lets by.
class Checker
{
public:
    Checker(const QByteArray &text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {
    }

    std::optional<QString> run()
    {
        // A byte order mark may lead (RFC 8259 lets a parser ignore it; QJsonDocument does).
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
        if (value(0))
            return std::nullopt;
        // A walk that stops without naming a problem met something RFC 8259 does not allow but QJsonDocument
        // took (an unknown escape, say): refused all the same.
        if (m_problem.isEmpty())
            return describeJsonSyntaxError(m_text, int(qMin(m_at, m_text.size())) + 1, tr("not well-formed JSON"));
        return describeJsonSyntaxError(m_text, int(m_problemAt) + 1, m_problem);
    }

private:
    bool fail(qsizetype at, const QString &problem)
    {
        if (m_problem.isEmpty()) {
            m_problemAt = at;
            m_problem = problem;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }

    bool value(int depth)
    {
        skipSpace();
        if (m_at >= m_text.size())
            return false;
        const char c = m_text.at(m_at);
        if (c == '{' || c == '[') {
            if (depth >= m_maxDepth)
                return fail(m_at, tr("nesting deeper than %1 levels").arg(m_maxDepth));
            return c == '{' ? object(depth + 1) : array(depth + 1);
        }
        if (c == '"') {
            QString ignored;
            return string(&ignored);
        }
        // Numbers and literals: QJsonDocument checked their grammar; anything else here means this walk and
        // QJsonDocument disagree on where a value starts, so it is refused rather than trusted.
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const char d = m_text.at(m_at);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            if (!((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || d == '-' || d == '+' || d == '.' || d == 'E'))
                return fail(m_at, tr("unexpected character"));
            ++m_at;
        }
        return m_at > start || fail(m_at, tr("a value was expected"));
    }

    bool object(int depth)
    {
        ++m_at; // {
        QSet<QString> names;
        skipSpace();
        if (m_at < m_text.size() && m_text.at(m_at) == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            const qsizetype nameAt = m_at;
            QString name;
            if (!string(&name))
                return false;
            if (names.contains(name))
                return fail(nameAt, tr("the member \"%1\" appears twice").arg(name.left(64)));
            names.insert(name);
            skipSpace();
            ++m_at; // :
            if (!value(depth))
                return false;
            skipSpace();
            if (m_at >= m_text.size())
                return false;
            if (m_text.at(m_at++) == '}')
                return true;
        }
    }

    bool array(int depth)
    {
        ++m_at; // [
        skipSpace();
        if (m_at < m_text.size() && m_text.at(m_at) == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (m_at >= m_text.size())
                return false;
            if (m_text.at(m_at++) == ']')
                return true;
        }
    }

    /// Reads the four hex digits of a \u escape at m_at.
    bool hex4(char16_t *unit)
    {
        if (m_at + 4 > m_text.size())
            return false;
        char16_t result = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text.at(m_at + i);
            const int digit = (c >= '0' && c <= '9') ? c - '0'
                : (c >= 'a' && c <= 'f')             ? c - 'a' + 10
                : (c >= 'A' && c <= 'F')             ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return false;
            result = char16_t(result * 16 + digit);
        }
        m_at += 4;
        *unit = result;
        return true;
    }

    /// A string at m_at (its opening quote), decoded into `out` (names are compared decoded).
    bool string(QString *out)
    {
        ++m_at; // "
        while (m_at < m_text.size()) {
            const qsizetype at = m_at;
            const auto c = static_cast<unsigned char>(m_text.at(m_at));
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return fail(at,
                    tr("a control character (U+%1) must be escaped inside a string")
                        .arg(int(c), 4, 16, QLatin1Char('0'))
                        .toUpper());
            if (c == '\\') {
                ++m_at;
                if (m_at >= m_text.size())
                    return false;
                const char escape = m_text.at(m_at++);
                if (escape != 'u') {
                    static const char Simple[] = "\"\\/bfnrt";
                    static const char Decoded[] = "\"\\/\b\f\n\r\t";
                    const char *found = escape ? std::strchr(Simple, escape) : nullptr;
                    if (!found)
                        return false;
                    out->append(QLatin1Char(Decoded[found - Simple]));
                    continue;
                }
                char16_t unit = 0;
                if (!hex4(&unit))
                    return false;
                if (QChar::isLowSurrogate(unit))
                    return fail(at,
                        tr("\\u%1 is a low surrogate without a high one before it")
                            .arg(int(unit), 4, 16, QLatin1Char('0')));
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_at + 1 >= m_text.size() || m_text.at(m_at) != '\\' || m_text.at(m_at + 1) != 'u')
                        return fail(at,
                            tr("\\u%1 is a high surrogate without a low one after it")
                                .arg(int(unit), 4, 16, QLatin1Char('0')));
                    m_at += 2;
                    if (!hex4(&low) || !QChar::isLowSurrogate(low))
                        return fail(at,
                            tr("\\u%1 is a high surrogate without a low one after it")
                                .arg(int(unit), 4, 16, QLatin1Char('0')));
                    out->append(QChar(unit));
                    out->append(QChar(low));
                    continue;
                }
                out->append(QChar(unit));
                continue;
            }
            if (c < 0x80) {
                out->append(QLatin1Char(char(c)));
                ++m_at;
                continue;
            }
            char32_t codePoint = 0;
            if (!utf8Sequence(&codePoint))
                return fail(at, tr("the text is not well-formed UTF-8"));
            out->append(QString::fromUcs4(&codePoint, 1));
        }
        return false;
    }

    /// One multi-byte UTF-8 sequence at m_at (RFC 3629: shortest form, no surrogates, at most U+10FFFF).
    bool utf8Sequence(char32_t *codePoint)
    {
        const auto byte = [this](qsizetype i) { return static_cast<unsigned char>(m_text.at(i)); };
        const unsigned char lead = byte(m_at);
        int length = 0;
        char32_t value = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, value = lead & 0x1F, minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, value = lead & 0x0F, minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, value = lead & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (m_at + length > m_text.size())
            return false;
        for (int i = 1; i < length; ++i) {
            const unsigned char next = byte(m_at + i);
            if ((next & 0xC0) != 0x80)
                return false;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        m_at += length;
        *codePoint = value;
        return true;
    }

    const QByteArray &m_text;
    const int m_maxDepth;
    qsizetype m_at = 0;
    qsizetype m_problemAt = 0;
    QString m_problem;
};

} // namespace

std::optional<QString> findViolation(const QByteArray &text, int maxDepth)
{
    return Checker(text, maxDepth).run();
}

} // namespace roamdesk::strictjson
