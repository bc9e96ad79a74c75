#pragma once

#include "client/connectiontest.h"
#include "client/environment.h"
#include "preferences.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::ui {

/// Settings: the environment profiles (simulator, Network as Code prod/staging/dev, custom CAMARA endpoints
/// with a bearer token or OAuth2 client credentials) with masked secrets and a "Test connection" that makes
/// a real call; the receiver (address, port, public sink URL, TLS files, store location); the desktop
/// (language, tray alerts).
/// Edits are kept in the dialog until Save; profiles go to the session's EnvironmentStore (secrets to its
/// SecretStore, never the settings file), the rest to Preferences.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page { EnvironmentsPage, ReceiverPage, DesktopPage };

    explicit SettingsDialog(Session *session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Why secrets are not in the keyring (empty when they are), shown on the environments page.
    static void setSecretsFallbackReason(const QString &reason);
    static QString secretsFallbackReason();

    void showPage(Page page);
    /// Selects a profile by name; false when there is none.
    bool selectProfile(const QString &name);
    /// Adds a custom profile (bearer authentication) and selects it; false when the name is empty or taken.
    bool addCustomProfile(const QString &name);
    /// The selected profile as edited now (secrets included).
    api::Environment editedEnvironment() const;
    /// The receiver and alert settings as edited now.
    Preferences editedPreferences() const;

    // For tests and accessibility checks.
    QTabWidget *pages() const { return m_pages; }
    QListWidget *profileList() const { return m_profiles; }
    QLineEdit *apiRootEdit() const { return m_apiRoot; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *bearerTokenEdit() const { return m_bearerToken; }
    QLineEdit *tokenUrlEdit() const { return m_tokenUrl; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QComboBox *subscriptionsVersionCombo() const { return m_subscriptionsVersion; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *secretsLabel() const { return m_secretsLabel; }
    QLineEdit *receiverAddressEdit() const { return m_receiverAddress; }
    QSpinBox *receiverPortSpin() const { return m_receiverPort; }
    QLineEdit *publicSinkUrlEdit() const { return m_publicSinkUrl; }
    QLineEdit *tlsCertificateEdit() const { return m_tlsCertificate; }
    QLineEdit *tlsKeyEdit() const { return m_tlsKey; }
    QLineEdit *databasePathEdit() const { return m_databasePath; }
    QCheckBox *trayAlertsCheck() const { return m_trayAlerts; }
    QCheckBox *roamingOnCheck() const { return m_alertRoamingOn; }
    QCheckBox *countryChangeCheck() const { return m_alertCountryChange; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    /// Lists the subscriptions of the selected profile as edited (a real call, api::ConnectionTest) and
    /// shows the outcome under the button; answers with testFinished().
    void testConnection();
    /// Validates, then saves profiles and preferences; stays open with the problem shown when invalid.
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    /// After Save: the preferences as saved; `receiverChanged` when they need a restart to apply.
    void preferencesSaved(const roamdesk::ui::Preferences &preferences, bool receiverChanged);

private:
    void showTestResult(const api::ConnectionTest::Result &result);
    QWidget *createEnvironmentsPage();
    QWidget *createReceiverPage();
    QWidget *createDesktopPage();
    QWidget *secretField(QLineEdit *edit, const QString &what);
    QWidget *fileField(QLineEdit *edit, const QString &caption, bool save);
    void loadProfiles();
    void onProfileSelected(int row);
    void storeForm();
    void loadForm(const api::Environment &environment);
    void updateAuthRows();
    void updateProfileHint();
    void removeOrReset();
    void askNewProfile();
    void loadPreferences(const Preferences &preferences);

    Session *m_session;
    api::ConnectionTest *m_connectionTest;
    QList<api::Environment> m_edited;
    QStringList m_removed;
    int m_row = -1;
    bool m_loading = false;
    Preferences m_original;

    QTabWidget *m_pages;
    QListWidget *m_profiles;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLabel *m_name;
    QLabel *m_kind;
    QLineEdit *m_apiRoot;
    QComboBox *m_auth;
    QLineEdit *m_rapidApiHost;
    QLineEdit *m_apiKey;
    QLineEdit *m_bearerToken;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scope;
    QComboBox *m_subscriptionsVersion;
    QSpinBox *m_timeout;
    QLabel *m_profileHint;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_secretsLabel;

    QLineEdit *m_receiverAddress;
    QSpinBox *m_receiverPort;
    QLineEdit *m_publicSinkUrl;
    QLineEdit *m_tlsCertificate;
    QLineEdit *m_tlsKey;
    QLineEdit *m_databasePath;

    QCheckBox *m_trayAlerts;
    QCheckBox *m_alertRoamingOn;
    QCheckBox *m_alertCountryChange;
    QComboBox *m_language;

    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace roamdesk::ui
