#pragma once

#include "app/client/connectiontest.h"
#include "app/client/environment.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace roamdesk {
class EnvironmentService;
class SimulatorControl;
class TrafficLogModel;
} // namespace roamdesk

namespace roamdesk::ui {

/// The settings page of the environment profiles: the list (simulator, Network as Code, custom CAMARA
/// endpoints), the form of the selected one with masked secrets, "Test connection" (a real call through
/// api::ConnectionTest) and where the secrets are kept. Edits stay here until store(), which writes them to
/// the EnvironmentService's EnvironmentStore (secrets to its SecretStore) and reapplies the current profile.
class EnvironmentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPage)

public:
    /// `simulator` gives the running simulator's API root; `traffic` (may be null) records the test's calls.
    EnvironmentsPage(EnvironmentService *environments, const SimulatorControl *simulator, TrafficLogModel *traffic,
        QWidget *parent = nullptr);
    ~EnvironmentsPage() override;

    /// Takes the saved profiles and selects the current one; earlier edits go.
    void load();
    /// Empty when every profile can be saved; otherwise the first problem, with that profile selected.
    QString validate();
    /// Saves what was edited and removed; the current profile is applied again when it was touched.
    void store();

    /// Selects a profile by name; false when there is none.
    bool selectProfile(const QString &name);
    /// Adds a custom profile (bearer authentication) and selects it; false when the name is empty or taken.
    bool addCustomProfile(const QString &name);
    /// The selected profile as edited now (secrets included).
    api::Environment editedEnvironment() const;
    /// Where keyboard focus goes when the page opens.
    QWidget *firstField() const;

public Q_SLOTS:
    /// Lists the subscriptions of the selected profile as edited and shows the outcome under the button;
    /// answers with testFinished().
    void testConnection();

Q_SIGNALS:
    /// Something on the page was edited.
    void changed();
    void testFinished(bool ok, const QString &message);

private:
    QWidget *secretField(QLineEdit *edit, const QString &what);
    void onProfileSelected(int row);
    void storeForm();
    void loadForm(const api::Environment &environment);
    void updateAuthRows();
    void updateProfileHint();
    void clearTestResult();
    void showTestResult(const api::ConnectionTest::Result &result);
    void removeOrRevert();
    void askNewProfile();
    /// The profile as the connection test and the hint see it: the simulator's at its running address.
    api::Environment reachableEnvironment() const;

    EnvironmentService *m_environments;
    const SimulatorControl *m_simulator;
    api::ConnectionTest *m_connectionTest;
    QList<api::Environment> m_edited;
    QStringList m_removed;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_profiles;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLabel *m_name;
    QLabel *m_kind;
    QLineEdit *m_apiRoot;
    QLabel *m_apiRootNote;
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
};

} // namespace roamdesk::ui
