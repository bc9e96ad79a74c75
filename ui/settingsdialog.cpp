#include "ui/settingsdialog.h"

#include "app/alerts/alertservice.h"
#include "app/session/environmentservice.h"
#include "app/session/session.h"
#include "ui/settings/alertspage.h"
#include "ui/settings/desktoppage.h"
#include "ui/settings/environmentspage.h"
#include "ui/settings/receiverpage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace roamdesk::ui {

SettingsDialog::SettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("RoamDesk Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_environments = new EnvironmentsPage(session->environments(), session->simulator(), session->traffic(), this);
    m_receiver = new ReceiverPage(session->receiver(), session->environments()->secretStore(), this);
    m_desktop = new DesktopPage(this);
    m_alerts = new AlertsPage(session->alerts()->forwarder(), session->environments()->secretStore(), this);
    connect(m_environments, &EnvironmentsPage::testFinished, this, &SettingsDialog::testFinished);

    // Alt+E, Alt+R and Alt+D switch pages: no field anywhere in the dialog takes these letters.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(m_environments, tr("&Environments"));
    m_pages->addTab(m_receiver, tr("&Receiver"));
    m_pages->addTab(m_desktop, tr("&Desktop"));
    m_pages->addTab(m_alerts, tr("Alerts"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (!m_pages->tabBar()->hasFocus()) // arrows on the tab bar keep the focus there
            focusFirstField();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));

    // Enter saves and Escape cancels; their texts get no mnemonic (some platform themes add &S and &C),
    // so that the letters stay with the fields.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_original = Preferences::load();
    m_environments->load();
    m_receiver->load(m_original.receiver);
    m_desktop->load(m_original);
    resize(820, 560);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstField();
}

void SettingsDialog::focusFirstField()
{
    QWidget *first = nullptr;
    switch (Page(m_pages->currentIndex())) {
    case EnvironmentsTab:
        first = m_environments->firstField();
        break;
    case ReceiverTab:
        first = m_receiver->firstField();
        break;
    case DesktopTab:
        first = m_desktop->firstField();
        break;
    case AlertsTab:
        first = m_alerts->firstField();
        break;
    }
    if (first)
        first->setFocus(Qt::TabFocusReason);
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

bool SettingsDialog::selectProfile(const QString &name)
{
    return m_environments->selectProfile(name);
}

bool SettingsDialog::addCustomProfile(const QString &name)
{
    return m_environments->addCustomProfile(name);
}

api::Environment SettingsDialog::editedEnvironment() const
{
    return m_environments->editedEnvironment();
}

Preferences SettingsDialog::editedPreferences() const
{
    Preferences preferences = m_original;
    preferences.receiver = m_receiver->settings();
    m_desktop->store(&preferences);
    return preferences;
}

void SettingsDialog::testConnection()
{
    m_environments->testConnection();
}

void SettingsDialog::showProblem(Page page, const QString &problem)
{
    m_error->setText(tr("⚠ %1").arg(problem));
    m_error->setVisible(true);
    m_pages->setCurrentIndex(int(page));
}

void SettingsDialog::accept()
{
    if (const QString problem = m_receiver->validate(); !problem.isEmpty())
        return showProblem(ReceiverTab, problem);
    if (const QString problem = m_environments->validate(); !problem.isEmpty())
        return showProblem(EnvironmentsTab, problem);
    if (const QString problem = m_desktop->validate(); !problem.isEmpty())
        return showProblem(DesktopTab, problem);
    if (const QString problem = m_alerts->validate(); !problem.isEmpty())
        return showProblem(AlertsTab, problem);

    m_environments->store();
    m_alerts->store();
    m_receiver->store();
    const Preferences preferences = editedPreferences();
    preferences.save();
    // The language and the secret backend apply at the next start too, as the receiver does.
    const bool receiverChanged = !Preferences::sameReceiver(preferences.receiver, m_original.receiver)
        || preferences.secretBackend != m_original.secretBackend || preferences.language != m_original.language;
    m_original = preferences;
    Q_EMIT preferencesSaved(preferences, receiverChanged);
    QDialog::accept();
}

} // namespace roamdesk::ui
