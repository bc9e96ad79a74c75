#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>

namespace roamdesk {

/// Country names of ISO 3166-1 alpha-2 codes in a language, from Debian's iso-codes: the English list
/// (<data>/iso-codes/json/iso_3166-1.json) and its translations (<data>/locale/<lang>/LC_MESSAGES/
/// iso_3166-1.mo, keyed by the English name). Each language is loaded once, on first use; thread-safe.
class CountryNames
{
public:
    /// Reads from `dataDir` (normally /usr/share).
    explicit CountryNames(const QString &dataDir = defaultDataDir());
    ~CountryNames();
    CountryNames(const CountryNames &) = delete;
    CountryNames &operator=(const CountryNames &) = delete;

    static QString defaultDataDir();
    /// The names from the system's iso-codes.
    static CountryNames &instance();

    /// The UI language ("fi", "de", "en"; "de_AT" is read as "de"; empty or "C" as "en"). Set where the
    /// application installs its translation.
    static void setCurrentLanguage(const QString &language);
    static QString currentLanguage();

    /// False when the iso-codes list is absent or unreadable (then name() gives the code back).
    bool isAvailable() const;
    /// "Saksa" for ("DE", "fi"); the English name where the language has none, the code where iso-codes
    /// does not know it. Codes in any case.
    QString name(const QString &iso, const QString &language) const;
    /// The code of a country named in `language` or in English, case, accents and punctuation ignored
    /// ("deutschland", "Yhdistynyt kuningaskunta", "korea republic of"); empty when none is.
    QString isoCode(const QString &name, const QString &language) const;

    /// The form names are compared in: case-folded, without accents, punctuation as single spaces.
    static QString searchKey(const QString &name);

private:
    struct Language;
    struct Country;
    std::shared_ptr<const Language> language(const QString &code) const;

    QString m_dataDir;
    mutable QMutex m_mutex;
    mutable bool m_countriesLoaded = false;
    mutable QList<Country> m_countries;
    mutable std::map<QString, std::shared_ptr<const Language>> m_languages;
};

} // namespace roamdesk
