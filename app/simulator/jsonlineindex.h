#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace roamdesk::sim {

/// Where each value of a JSON text starts, by path ("steps[2].to" -> line 14), so that a semantic error
/// found after QJsonDocument parsed the text can still name its line. Only meant for well-formed JSON: a syntax
/// error's place comes from jsonErrorPosition() (models/jsonread.h).
class JsonLineIndex
{
public:
    explicit JsonLineIndex(const QByteArray &text);
    /// 1-based line of the value at `path`, or of its nearest existing parent; 1 for "".
    int line(const QString &path) const;

private:
    void parseValue(const QString &path);
    void parseString(QString *out);
    void skipWhitespace();

    const QByteArray &m_text;
    int m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace roamdesk::sim
