#include "app/simulator/jsonlineindex.h"

namespace roamdesk::sim {

JsonLineIndex::JsonLineIndex(const QByteArray &text)
    : m_text(text)
{
    skipWhitespace();
    if (m_pos < m_text.size())
        parseValue(QString());
}

int JsonLineIndex::line(const QString &path) const
{
    QString current = path;
    while (!current.isEmpty()) {
        const auto it = m_lines.constFind(current);
        if (it != m_lines.cend())
            return *it;
        const int cut = qMax(current.lastIndexOf(QLatin1Char('.')), current.lastIndexOf(QLatin1Char('[')));
        current = cut > 0 ? current.left(cut) : QString();
    }
    return m_lines.value(QString(), 1);
}

void JsonLineIndex::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLineIndex::parseString(QString *out)
{
    // m_pos is at the opening quote.
    const int start = ++m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
        if (m_text.at(m_pos) == '\\')
            ++m_pos;
        ++m_pos;
    }
    if (out)
        *out = QString::fromUtf8(m_text.mid(start, m_pos - start));
    ++m_pos;
}

void JsonLineIndex::parseValue(const QString &path)
{
    skipWhitespace();
    if (m_pos >= m_text.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        while (m_pos < m_text.size()) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (m_text.at(m_pos) != '"')
                return; // malformed: give up quietly
            QString key;
            const int keyLine = m_line;
            parseString(&key);
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ':')
                ++m_pos;
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            parseValue(child);
            // A value on the next line still belongs to its key's line for people reading the file.
            m_lines.insert(child, qMin(m_lines.value(child, keyLine), keyLine));
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (m_pos < m_text.size()) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            parseValue(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'));
        }
    } else if (c == '"') {
        parseString(nullptr);
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_pos;
        }
    }
}

} // namespace roamdesk::sim
