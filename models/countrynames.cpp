#include "models/countrynames.h"

#include "models/gettextcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcCountryNames, "roamdesk.models.countrynames")

namespace roamdesk {

namespace {

QString baseLanguage(const QString &language)
{
    QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    if (base.isEmpty() || base == QLatin1String("c") || base == QLatin1String("posix"))
        base = QStringLiteral("en");
    return base;
}

QMutex s_currentMutex;
QString s_current = QStringLiteral("en");

} // namespace

struct CountryNames::Country
{
    QString iso;
    QString name; // iso-codes' `name`, the catalogues' key
    QString commonName; // the shorter name people use, where iso-codes gives one
    QString officialName;
};

struct CountryNames::Language
{
    QHash<QString, QString> names; // ISO -> display name
    QHash<QString, QString> codes; // searchKey(any name in this language or English) -> ISO
};

CountryNames::CountryNames(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

CountryNames::~CountryNames() = default;

QString CountryNames::defaultDataDir()
{
    return QStringLiteral("/usr/share");
}

CountryNames &CountryNames::instance()
{
    static CountryNames names;
    return names;
}

void CountryNames::setCurrentLanguage(const QString &language)
{
    const QMutexLocker locker(&s_currentMutex);
    s_current = baseLanguage(language);
    qCDebug(lcCountryNames) << "country names in" << s_current;
}

QString CountryNames::currentLanguage()
{
    const QMutexLocker locker(&s_currentMutex);
    return s_current;
}

bool CountryNames::isAvailable() const
{
    return !language(QStringLiteral("en"))->names.isEmpty();
}

QString CountryNames::name(const QString &iso, const QString &languageCode) const
{
    const QString upper = iso.toUpper();
    const QString found = language(languageCode)->names.value(upper);
    return found.isEmpty() ? upper : found;
}

QString CountryNames::isoCode(const QString &name, const QString &languageCode) const
{
    return language(languageCode)->codes.value(searchKey(name));
}

QString CountryNames::searchKey(const QString &name)
{
    // Qt folds simply; "ß" is the one full folding a country name needs ("Weißrussland").
    const QString decomposed =
        name.normalized(QString::NormalizationForm_KD).toCaseFolded().replace(u'\u00DF', QLatin1String("ss"));
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key += c;
        else if (c.category() != QChar::Mark_NonSpacing && !key.isEmpty() && !key.endsWith(QLatin1Char(' ')))
            key += QLatin1Char(' ');
    }
    if (key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    return key;
}

std::shared_ptr<const CountryNames::Language> CountryNames::language(const QString &code) const
{
    const QString base = baseLanguage(code);
    const QMutexLocker locker(&m_mutex);
    if (const auto it = m_languages.find(base); it != m_languages.end())
        return it->second;

    if (!m_countriesLoaded) {
        m_countriesLoaded = true;
        QFile file(m_dataDir + QStringLiteral("/iso-codes/json/iso_3166-1.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
            for (const QJsonValue &value : array) {
                const QJsonObject object = value.toObject();
                Country country{object.value(u"alpha_2").toString().toUpper(), object.value(u"name").toString(),
                    object.value(u"common_name").toString(), object.value(u"official_name").toString()};
                if (country.iso.size() == 2 && !country.name.isEmpty())
                    m_countries << country;
            }
            if (m_countries.isEmpty())
                qCWarning(lcCountryNames) << "no countries in" << file.fileName();
        } else {
            // QLocale's English names stand in (CountryTable).
            qCInfo(lcCountryNames) << "iso-codes not installed:" << file.fileName() << file.errorString();
        }
    }

    auto loaded = std::make_shared<Language>();
    const bool english = base == QLatin1String("en");
    const GettextCatalog catalog = english
        ? GettextCatalog()
        : GettextCatalog::fromFile(m_dataDir + QStringLiteral("/locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(base));
    const auto addCode = [&loaded](const QString &name, const QString &iso) {
        const QString key = searchKey(name);
        if (!key.isEmpty() && !loaded->codes.contains(key))
            loaded->codes.insert(key, iso);
    };
    for (const Country &country : std::as_const(m_countries)) {
        // The common name where there is one ("South Korea", "Südkorea"), else the ISO name.
        const QString englishName = country.commonName.isEmpty() ? country.name : country.commonName;
        QString display = catalog.translate(country.commonName);
        if (display.isEmpty())
            display = catalog.translate(country.name);
        if (display.isEmpty())
            display = englishName;
        loaded->names.insert(country.iso, display);
        addCode(display, country.iso);
        addCode(catalog.translate(country.name), country.iso);
        addCode(catalog.translate(country.officialName), country.iso);
    }
    // English after the language's own names: a name both use for different countries means the language's.
    for (const Country &country : std::as_const(m_countries)) {
        addCode(country.commonName, country.iso);
        addCode(country.name, country.iso);
        addCode(country.officialName, country.iso);
    }
    if (!english && catalog.isEmpty() && !m_countries.isEmpty())
        qCInfo(lcCountryNames) << "no country names in" << base << "- English instead";
    m_languages.emplace(base, loaded);
    return loaded;
}

} // namespace roamdesk
