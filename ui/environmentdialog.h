#pragma once

#include "session/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace roamdesk::ui {

/// The few settings of one environment the window needs to be usable against a real network: the API
/// root of a custom endpoint, its key or token (stored in the secret store, shown masked) and the
/// subscriptions API version. Problems are shown in the dialog; nothing is saved until they are fixed.
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDialog)

public:
    EnvironmentDialog(Session *session, const QString &environmentId, QWidget *parent = nullptr);
    ~EnvironmentDialog() override;

    QLineEdit *apiRootEdit() const { return m_apiRoot; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *versionCombo() const { return m_version; }
    QString problemText() const;

public Q_SLOTS:
    /// Saves and closes, or shows why not.
    void save();

private:
    Session *m_session;
    Session::EnvironmentSettings m_settings;
    QLineEdit *m_apiRoot;
    QLineEdit *m_secret;
    QComboBox *m_version;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace roamdesk::ui
