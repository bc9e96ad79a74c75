#include "app/rules/rulesfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcRules)

namespace roamdesk {

QString RulesFile::userPath()
{
    // The window's AppConfigLocation (organization and application both "RoamDesk"), also from roamdesk-cli,
    // whose own application name differs: both read the rules the window's editor saved.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/RoamDesk/RoamDesk/rules.json"_s;
}

RuleSet RulesFile::defaultPack()
{
    QFile file(u":/roamdesk/rules/default.json"_s);
    QStringList errors;
    std::optional<RuleSet> rules;
    if (file.open(QIODevice::ReadOnly))
        rules = RuleSet::fromJson(file.readAll(), u"default.json"_s, &errors);
    // The pack is compiled in and tested; a failure here is a build fault, not the user's.
    if (!rules) {
        qCCritical(lcRules) << "default rules pack does not load:" << errors;
        return {};
    }
    return *rules;
}

std::optional<RuleSet> RulesFile::load(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors << u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return RuleSet::fromJson(file.readAll(), path, errors);
}

std::optional<RuleSet> RulesFile::loadUserOrDefault(QStringList *errors)
{
    const QString path = userPath();
    if (QFileInfo::exists(path))
        return load(path, errors);
    return defaultPack();
}

bool RulesFile::save(const RuleSet &rules, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error =
            QCoreApplication::translate("roamdesk::RulesFile", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace roamdesk
