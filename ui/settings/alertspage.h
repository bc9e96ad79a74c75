#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace roamdesk {
class AlertForwarder;
struct AlertForwarding;
} // namespace roamdesk

namespace roamdesk::api {
class SecretStore;
} // namespace roamdesk::api

namespace roamdesk::ui {

/// The settings page of alert forwarding: each new alert POSTed as JSON to a URL with a bearer token, off
/// by default. The token goes to the secret store (masked here), the rest to the settings file; Save applies
/// it to the forwarder at once.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    AlertsPage(AlertForwarder *forwarder, api::SecretStore *secrets, QWidget *parent = nullptr);
    ~AlertsPage() override;

    void load();
    /// The forwarding as edited (token included).
    AlertForwarding edited() const;
    /// Empty when it can be saved; else the problem in one sentence.
    QString validate() const;
    /// Saves the settings and the token, and applies them.
    void store();
    QWidget *firstField() const;

private:
    void updateEnabled();

    AlertForwarder *m_forwarder;
    api::SecretStore *m_secrets;
    QCheckBox *m_enabled;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QSpinBox *m_attempts;
};

} // namespace roamdesk::ui
