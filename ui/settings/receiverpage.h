#pragma once

#include "app/receiver/receiversettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace roamdesk {
namespace api {
class SecretStore;
}
class ReceiverService;
class StoreConnectionTest;
} // namespace roamdesk

namespace roamdesk::ui {

/// The settings page of the webhook receiver: listen address and port, the public sink URL, TLS files and
/// the store (a file on this computer, or a PostgreSQL store shared by a team, with a connection test), beside
/// where it receives now. Works on a ReceiverSettings, which applies at the next
/// start. The shared store's password goes to the secret store (store()), never into the settings.
class ReceiverPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverPage)

public:
    /// `receiver` (not owned) tells where it receives now; `secrets` (not owned, may be null: no password
    /// field) keeps the shared store's password.
    explicit ReceiverPage(
        const ReceiverService *receiver, api::SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~ReceiverPage() override;

    void load(const ReceiverSettings &settings);
    /// The settings loaded, with the fields of this page as edited now.
    ReceiverSettings settings() const;
    /// Empty when usable; otherwise a sentence about the first problem.
    QString validate() const;
    /// Keeps the shared store's password in the secret store (removes it when cleared) and hands it to this
    /// process's connections.
    void store();
    /// Where keyboard focus goes when the page opens.
    QWidget *firstField() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *fileField(QLineEdit *edit, const QString &caption, bool save);
    QWidget *sharedStoreField();
    bool isShared() const;
    /// Shows the file or the URL row, as the store choice says.
    void showStoreRows();

    ReceiverSettings m_loaded;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_publicSinkUrl;
    QLineEdit *m_tlsCertificate;
    QLineEdit *m_tlsKey;
    QLineEdit *m_databasePath;
    QFormLayout *m_form;
    QComboBox *m_storeKind;
    QLineEdit *m_storeUrl;
    QLineEdit *m_storePassword;
    api::SecretStore *m_secrets;
    QPushButton *m_storeTest;
    QLabel *m_storeTestResult;
    StoreConnectionTest *m_connectionTest; // a child
};

} // namespace roamdesk::ui
