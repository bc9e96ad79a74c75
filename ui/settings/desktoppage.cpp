#include "ui/settings/desktoppage.h"

#include "ui/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace roamdesk::ui {

DesktopPage::DesktopPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("desktopPage"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("Lan&guage (from the next start):"), m_language);
    m_trayAlerts = new QCheckBox(tr("Sho&w tray notifications"), this);
    m_trayAlerts->setObjectName(QStringLiteral("trayAlertsCheck"));
    m_trayAlerts->setToolTip(tr("New alerts of warning severity and above; the rules decide which events raise them"));
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Clicking a notification shows the event in the log.")
            : tr("This desktop has no system tray: alerts appear in the status bar instead."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageForm);
    layout->addSpacing(12);
    layout->addWidget(m_trayAlerts);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, &DesktopPage::changed);
    connect(m_trayAlerts, &QCheckBox::clicked, this, &DesktopPage::changed);
}

DesktopPage::~DesktopPage() = default;

QWidget *DesktopPage::firstField() const
{
    return m_language;
}

void DesktopPage::load(const Preferences &preferences)
{
    m_trayAlerts->setChecked(preferences.trayAlerts);
    const int language = m_language->findData(preferences.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

void DesktopPage::store(Preferences *preferences) const
{
    preferences->trayAlerts = m_trayAlerts->isChecked();
    preferences->language = m_language->currentData().toString();
}

} // namespace roamdesk::ui
