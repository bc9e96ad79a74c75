#pragma once

#include "app/client/environment.h"

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace roamdesk::api {

class SecretStore;

/// The user's environment profiles in QSettings (group "environments"), their secrets in a SecretStore,
/// and which one is current. The built-in profiles (simulator, nac, nac-staging, nac-dev) always exist;
/// saving one of them stores the user's edits (e.g. the API key) over the defaults.
class EnvironmentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStore)

public:
    /// Neither pointer is owned; both must outlive the store.
    EnvironmentStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    /// Built-ins first (with saved edits), then the custom profiles sorted by name.
    QList<Environment> environments() const;
    std::optional<Environment> environment(const QString &name) const;
    bool contains(const QString &name) const;

    /// Adds or replaces a profile (by name). Returns false for an empty name.
    bool save(const Environment &environment);
    /// Removes a custom profile with its secrets; a built-in one goes back to its defaults.
    void remove(const QString &name);

    QString currentName() const; // "simulator" unless set
    Environment current() const;
    bool setCurrent(const QString &name);

    static bool isBuiltIn(const QString &name);

Q_SIGNALS:
    void environmentsChanged();
    void currentChanged(const QString &name);

private:
    QString groupFor(const QString &name) const;
    QString secretKey(const QString &name, const char *field) const;
    Environment load(const QString &name, const Environment &defaults) const;
    QStringList savedNames() const;

    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace roamdesk::api
