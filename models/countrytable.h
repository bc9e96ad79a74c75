#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roamdesk {

/// ITU-T E.212 mobile country codes -> ISO 3166-1 alpha-2 lists, loaded once from the
/// resource :/roamdesk/mcc.json (written by the project in resources/). 901 -> [],
/// 340 -> [BL, GF, GP, MF, MQ], 310..316 -> [US].
class CountryTable
{
public:
    static const CountryTable &instance();

    bool contains(int mcc) const;
    /// ISO codes for an MCC; empty for international codes (901) and unknown MCCs.
    QStringList isoCodes(int mcc) const;
    /// The first (primary) MCC of a country, or -1.
    int mccForIso(const QString &iso) const;
    QList<int> mccs() const; // ascending

    /// The name of "DE" in the UI language (CountryNames::currentLanguage()): "Saksa", "Deutschland",
    /// "Germany". English names, and every name where iso-codes is not installed, come from QLocale; an
    /// unknown code stays the code itself.
    static QString countryName(const QString &iso);
    /// QLocale's English name ("Germany"; the code where QLocale has none): what the notification log's
    /// search index holds, whatever the UI language.
    static QString englishName(const QString &iso);
    /// Regional-indicator flag "🇩🇪" for "DE"; empty for anything that is not two letters.
    static QString flag(const QString &iso);
    /// "DE Germany", "BL, GF, GP, MF, MQ", "—" for an empty list.
    static QString describe(const QStringList &isoCodes);

private:
    CountryTable();
    QHash<int, QStringList> m_byMcc;
    QHash<QString, int> m_mccByIso;
};

} // namespace roamdesk
