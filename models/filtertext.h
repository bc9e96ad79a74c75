#pragma once

#include <QString>
#include <QStringList>

namespace roamdesk::filtertext {

/// `words` with each country name (one word or two) in the UI language or English replaced by the words the
/// full-text index holds for it ("Saksa" -> "DE Germany").
QStringList withCountriesAsIndexed(const QStringList &words);

/// Whether `text` has a letter or digit: a word of punctuation only ("+", "—") names nothing to search for.
bool hasWordCharacters(const QString &text);

/// The words of `text` as the index's tokenizer (unicode61, diacritics removed) sees them: letters and digits,
/// case folded, accents dropped; everything else separates.
QStringList tokens(const QString &text);

/// Whether `phrase`'s tokens follow each other in `haystack` (tokens()), the last one matched at the start
/// of a word: the in-memory twin of the index's `"phrase"*`.
bool containsPhrase(const QStringList &haystack, const QString &phrase);

} // namespace roamdesk::filtertext
