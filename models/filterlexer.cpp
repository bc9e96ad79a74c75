#include "models/filterlexer.h"

namespace roamdesk {

namespace {

bool isSpecial(QChar c)
{
    switch (c.unicode()) {
    case '(':
    case ')':
    case '{':
    case '}':
    case ',':
    case '"':
    case '=':
    case '!':
    case '<':
    case '>':
    case '^':
        return true;
    default:
        return false;
    }
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}

bool isName(const QString &text)
{
    if (text.isEmpty() || !isNameStart(text.front()))
        return false;
    for (QChar c : text) {
        if (!isNameStart(c) && !c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QString FilterToken::display() const
{
    switch (kind) {
    case Kind::End:
        return QStringLiteral("end of input");
    case Kind::String:
        return QLatin1Char('"') + text + QLatin1Char('"');
    default:
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
}

bool FilterToken::isKeyword(const char *keyword) const
{
    return kind == Kind::Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

QList<FilterToken> tokenizeFilter(const QString &text)
{
    QList<FilterToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool space = false;
    auto add = [&](FilterToken::Kind kind, qsizetype start, qsizetype end) {
        tokens.append({kind, text.mid(start, end - start), int(start) + 1, space});
        space = false;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        switch (c.unicode()) {
        case '(':
            add(FilterToken::Kind::LParen, i, i + 1);
            ++i;
            continue;
        case ')':
            add(FilterToken::Kind::RParen, i, i + 1);
            ++i;
            continue;
        case '{':
            add(FilterToken::Kind::LBrace, i, i + 1);
            ++i;
            continue;
        case '}':
            add(FilterToken::Kind::RBrace, i, i + 1);
            ++i;
            continue;
        case ',':
            add(FilterToken::Kind::Comma, i, i + 1);
            ++i;
            continue;
        case '=':
            add(FilterToken::Kind::Op, i, i + 1);
            ++i;
            continue;
        case '!':
        case '<':
        case '>':
        case '^': {
            const bool withEquals = i + 1 < n && text.at(i + 1) == QLatin1Char('=');
            // '!' and '^' alone are no operator: the parser says what it expected.
            add(FilterToken::Kind::Op, i, i + (withEquals ? 2 : 1));
            i += withEquals ? 2 : 1;
            continue;
        }
        case '"': {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    value += text.at(i + 1);
                    i += 2;
                    continue;
                }
                ++i;
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                value += d;
            }
            if (!closed) {
                tokens.append({FilterToken::Kind::Error, QStringLiteral("\""), int(start) + 1, space});
                tokens.append({FilterToken::Kind::End, QString(), int(n) + 1, false});
                return tokens;
            }
            tokens.append({FilterToken::Kind::String, value, int(start) + 1, space});
            space = false;
            continue;
        }
        default:
            break;
        }
        while (i < n && !text.at(i).isSpace() && !isSpecial(text.at(i))) {
            if (text.at(i) == QLatin1Char(':') && isName(text.mid(start, i - start)))
                break;
            ++i;
        }
        add(FilterToken::Kind::Word, start, i);
        if (i < n && text.at(i) == QLatin1Char(':')) {
            add(FilterToken::Kind::Colon, i, i + 1);
            ++i;
        }
    }
    tokens.append({FilterToken::Kind::End, QString(), int(n) + 1, space});
    return tokens;
}

} // namespace roamdesk
