#include "environmentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace roamdesk::ui {

EnvironmentDialog::EnvironmentDialog(Session *session, const QString &environmentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(session->environmentSettings(environmentId))
{
    setObjectName(QStringLiteral("environmentDialog"));
    QString name = environmentId;
    for (const Session::Environment &env : session->environments()) {
        if (env.id == environmentId)
            name = env.name;
    }
    setWindowTitle(tr("Environment: %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_apiRoot = new QLineEdit(m_settings.apiRoot.toString(), this);
    m_apiRoot->setObjectName(QStringLiteral("apiRootEdit"));
    m_apiRoot->setAccessibleName(tr("API root"));
    m_apiRoot->setReadOnly(!m_settings.apiRootEditable);
    m_apiRoot->setToolTip(m_settings.apiRootEditable ? tr("e.g. https://operator.example/device-status")
                                                     : tr("Fixed for this environment"));
    form->addRow(tr("API &root:"), m_apiRoot);

    m_secret = new QLineEdit(m_settings.secret, this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_secret->setAccessibleName(m_settings.secretLabel);
    m_secret->setPlaceholderText(tr("kept in RoamDesk's secret store, never in logs"));
    if (!m_settings.secretLabel.isEmpty())
        form->addRow(m_settings.secretLabel + QLatin1Char(':'), m_secret);
    else
        m_secret->hide();

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->setAccessibleName(tr("Subscriptions API version"));
    m_version->addItems(Session::subscriptionsVersions());
    m_version->setCurrentText(m_settings.subscriptionsVersion);
    form->addRow(tr("&Subscriptions API:"), m_version);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("environmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

EnvironmentDialog::~EnvironmentDialog() = default;

QString EnvironmentDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void EnvironmentDialog::save()
{
    Session::EnvironmentSettings settings = m_settings;
    settings.apiRoot = QUrl(m_apiRoot->text().trimmed());
    settings.secret = m_secret->text().trimmed();
    settings.subscriptionsVersion = m_version->currentText();
    QString error;
    if (!m_session->saveEnvironmentSettings(settings, &error)) {
        m_problem->setText(tr("✗ %1").arg(error));
        m_problem->show();
        return;
    }
    accept();
}

} // namespace roamdesk::ui
