#include "models/countrytable.h"

#include "models/countrynames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCountries, "roamdesk.models.countries")

namespace roamdesk {

const CountryTable &CountryTable::instance()
{
    static const CountryTable table;
    return table;
}

CountryTable::CountryTable()
{
    QFile file(QStringLiteral(":/roamdesk/mcc.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCountries) << "country table resource missing:" << file.fileName();
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, int> soleMcc; // lowest MCC that names the country alone
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int mcc = it.key().toInt(&ok);
        if (!ok)
            continue;
        QStringList isos;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array)
            isos << value.toString();
        m_byMcc.insert(mcc, isos);
        for (const QString &iso : std::as_const(isos)) {
            if (!m_mccByIso.contains(iso) || mcc < m_mccByIso.value(iso))
                m_mccByIso.insert(iso, mcc);
            if (isos.size() == 1 && (!soleMcc.contains(iso) || mcc < soleMcc.value(iso)))
                soleMcc.insert(iso, mcc);
        }
    }
    // A country's own code (742 for GF) is its primary MCC rather than a shared one (340).
    for (auto it = soleMcc.cbegin(); it != soleMcc.cend(); ++it)
        m_mccByIso.insert(it.key(), it.value());
}

bool CountryTable::contains(int mcc) const
{
    return m_byMcc.contains(mcc);
}

QStringList CountryTable::isoCodes(int mcc) const
{
    return m_byMcc.value(mcc);
}

int CountryTable::mccForIso(const QString &iso) const
{
    return m_mccByIso.value(iso.toUpper(), -1);
}

QList<int> CountryTable::mccs() const
{
    QList<int> list = m_byMcc.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QString CountryTable::countryName(const QString &iso)
{
    const QString language = CountryNames::currentLanguage();
    if (language != QLatin1String("en")) {
        const QString name = CountryNames::instance().name(iso, language);
        if (name.compare(iso, Qt::CaseInsensitive) != 0)
            return name;
    }
    return englishName(iso);
}

QString CountryTable::englishName(const QString &iso)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(iso.toUpper());
    if (territory == QLocale::AnyTerritory)
        return iso;
    return QLocale::territoryToString(territory);
}

QString CountryTable::flag(const QString &iso)
{
    if (iso.size() != 2)
        return {};
    const QString upper = iso.toUpper();
    QString result;
    for (QChar c : upper) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return {};
        const char32_t indicator = U'\U0001F1E6' + char32_t(c.unicode() - 'A');
        result += QString::fromUcs4(&indicator, 1);
    }
    return result;
}

QString CountryTable::describe(const QStringList &isoCodes)
{
    if (isoCodes.isEmpty())
        return QStringLiteral("—");
    if (isoCodes.size() == 1)
        return isoCodes.first() + QLatin1Char(' ') + countryName(isoCodes.first());
    return isoCodes.join(QStringLiteral(", "));
}

} // namespace roamdesk
