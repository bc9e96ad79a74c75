#pragma once

#include "models/rule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// Where rules come from: a file the user names, the user's saved rules, or the default pack compiled in.
class RulesFile
{
public:
    /// <AppConfigLocation>/rules.json: where the rules editor saves the user's rules.
    static QString userPath();
    /// The default pack (resources/rules/default.json, a resource): used when the user has no rules.
    static RuleSet defaultPack();
    /// Reads and validates a rules file; nullopt with every error (file, rule and field named) when it fails.
    static std::optional<RuleSet> load(const QString &path, QStringList *errors);
    /// The user's rules when userPath() exists, else the default pack. Errors as load().
    static std::optional<RuleSet> loadUserOrDefault(QStringList *errors);
    /// Writes `rules` to `path` (atomically); false with `error` set when it cannot.
    static bool save(const RuleSet &rules, const QString &path, QString *error);
};

} // namespace roamdesk
