#pragma once

#include "app/client/environment.h"
#include "ui/preferences.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::ui {

class AlertsPage;
class DesktopPage;
class EnvironmentsPage;
class ReceiverPage;

/// Settings: a shell of tabs over one page per subject (ui/settings/): the environment profiles, the
/// receiver, the desktop, alert forwarding. Edits stay in the pages until Save, which validates every page (showing the
/// first problem on its page) and then has each store its part: profiles to the session's EnvironmentStore (secrets to
/// its SecretStore, never the settings file), the receiver and desktop parts to Preferences.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page { EnvironmentsTab, ReceiverTab, DesktopTab, AlertsTab };

    explicit SettingsDialog(Session *session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    /// Selects a profile by name; false when there is none.
    bool selectProfile(const QString &name);
    /// Adds a custom profile (bearer authentication) and selects it; false when the name is empty or taken.
    bool addCustomProfile(const QString &name);
    /// The selected profile as edited now (secrets included).
    api::Environment editedEnvironment() const;
    /// The receiver and desktop settings as edited now.
    Preferences editedPreferences() const;

public Q_SLOTS:
    /// Tests the selected profile as edited (see EnvironmentsPage::testConnection); answers with testFinished().
    void testConnection();
    /// Validates, then saves every page; stays open with the problem shown when invalid.
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    /// After Save: the preferences as saved; `receiverChanged` when they need a restart to apply.
    void preferencesSaved(const roamdesk::ui::Preferences &preferences, bool receiverChanged);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showProblem(Page page, const QString &problem);
    void focusFirstField();

    Preferences m_original;
    QTabWidget *m_pages;
    EnvironmentsPage *m_environments;
    ReceiverPage *m_receiver;
    DesktopPage *m_desktop;
    AlertsPage *m_alerts;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace roamdesk::ui
