#include "models/filtertext.h"

#include "models/countrynames.h"
#include "models/countrytable.h"

#include <algorithm>

namespace roamdesk::filtertext {

namespace {

/// The words the search index holds for a country named in the UI language or in English, where they
/// differ from the name typed ("Saksa", "Deutschland" -> "DE Germany"): its code and QLocale's English name,
/// both required, so that the code's prefix alone ("de" in "Denmark") does not match. Empty otherwise.
QString indexWordsForCountry(const QString &name)
{
    const QString iso = CountryNames::instance().isoCode(name, CountryNames::currentLanguage());
    if (iso.isEmpty())
        return {};
    const QString english = CountryTable::englishName(iso);
    if (CountryNames::searchKey(english) == CountryNames::searchKey(name))
        return {}; // the index has the name as typed
    return english == iso ? iso : iso + QLatin1Char(' ') + english;
}

} // namespace

QStringList withCountriesAsIndexed(const QStringList &words)
{
    QStringList result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size()) {
            const QString pair = indexWordsForCountry(words.at(i) + QLatin1Char(' ') + words.at(i + 1));
            if (!pair.isEmpty()) {
                result << pair.split(QLatin1Char(' '));
                ++i;
                continue;
            }
        }
        const QString single = indexWordsForCountry(words.at(i));
        if (single.isEmpty())
            result << words.at(i);
        else
            result << single.split(QLatin1Char(' '));
    }
    return result;
}

bool hasWordCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QStringList tokens(const QString &text)
{
    QStringList result;
    QString current;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent of a decomposed letter
        if (c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse) {
            current += c.toCaseFolded();
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

bool containsPhrase(const QStringList &haystack, const QString &phrase)
{
    const QStringList needle = tokens(phrase);
    if (needle.isEmpty())
        return true;
    for (qsizetype start = 0; start + needle.size() <= haystack.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < needle.size() && all; ++k) {
            const QString &word = haystack.at(start + k);
            all = k + 1 == needle.size() ? word.startsWith(needle.at(k)) : word == needle.at(k);
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace roamdesk::filtertext
