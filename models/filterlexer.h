#pragma once

#include <QList>
#include <QString>

namespace roamdesk {

/// One token of a filter expression, with the 1-based column it starts at.
struct FilterToken
{
    enum class Kind : quint8 {
        Word, // a bare word: field names, keywords, values and free words
        String, // "a quoted string" (text holds it unquoted)
        Colon, // directly after a field name: `type:roaming-on`
        Op, // = != < <= > >= ^=
        LParen,
        RParen,
        LBrace,
        RBrace,
        Comma,
        End,
        Error, // an unterminated string; text says what is missing
    };
    Kind kind = Kind::End;
    QString text;
    int column = 0;
    bool spaceBefore = false; // whitespace separates it from the previous token

    /// The token as an error message shows it: 'type', '=', "end of input".
    QString display() const;
    bool isKeyword(const char *keyword) const; // a bare word, case ignored
};

/// Splits a filter expression into tokens. A bare word runs to whitespace or one of ( ) { } , " = ! < > ^;
/// a ':' ends it only after a field-like name (letters), so times (12:30) and ids with colons stay whole.
QList<FilterToken> tokenizeFilter(const QString &text);

} // namespace roamdesk
