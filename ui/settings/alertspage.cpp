#include "ui/settings/alertspage.h"

#include "app/alerts/alertforwarder.h"
#include "app/client/secretstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roamdesk::ui {

AlertsPage::AlertsPage(AlertForwarder *forwarder, api::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_forwarder(forwarder)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("alertsPage"));
    // No mnemonics: the dialog's letters are taken by the other pages.
    m_enabled = new QCheckBox(tr("Forward each new alert to a web service"), this);
    m_enabled->setObjectName(QStringLiteral("forwardAlertsCheck"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("forwardUrlEdit"));
    m_url->setAccessibleName(tr("Forwarding URL"));
    m_url->setPlaceholderText(QStringLiteral("https://alerts.example.com/roamdesk"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("forwardTokenEdit"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("sent as Authorization: Bearer …"));
    m_attempts = new QSpinBox(this);
    m_attempts->setObjectName(QStringLiteral("forwardAttemptsSpin"));
    m_attempts->setAccessibleName(tr("Attempts per alert"));
    m_attempts->setRange(1, 20);

    auto *form = new QFormLayout;
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Bearer token:"), m_token);
    form->addRow(tr("Attempts per alert:"), m_attempts);
    auto *note = new QLabel(tr("Each new alert is sent once as JSON (rule, kind, severity, device, time, count, "
                               "state, message). A failed delivery is tried again after 1 s, 2 s, 4 s and so on, "
                               "up to the number of attempts; then it is given up and logged. The token is kept "
                               "with the other secrets, never in the settings file."),
        this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_enabled, &QCheckBox::toggled, this, &AlertsPage::updateEnabled);
    load();
}

AlertsPage::~AlertsPage() = default;

QWidget *AlertsPage::firstField() const
{
    return m_enabled;
}

void AlertsPage::load()
{
    const AlertForwarding forwarding = AlertForwarding::load();
    m_enabled->setChecked(forwarding.enabled);
    m_url->setText(forwarding.url.toString());
    m_token->setText(m_secrets ? m_secrets->read(AlertForwarding::tokenKey()) : QString());
    m_attempts->setValue(forwarding.maxAttempts);
    updateEnabled();
}

AlertForwarding AlertsPage::edited() const
{
    AlertForwarding forwarding;
    forwarding.enabled = m_enabled->isChecked();
    forwarding.url = QUrl(m_url->text().trimmed());
    forwarding.token = m_token->text().trimmed();
    forwarding.maxAttempts = m_attempts->value();
    return forwarding;
}

QString AlertsPage::validate() const
{
    const AlertForwarding forwarding = edited();
    if (!forwarding.enabled)
        return {};
    const QString scheme = forwarding.url.scheme();
    if (!forwarding.url.isValid() || forwarding.url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("Alert forwarding needs an http or https URL.");
    // The token would cross the network in clear: http only to this computer (a local relay).
    const QString host = forwarding.url.host();
    const bool local = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (scheme == QLatin1String("http") && !local)
        return tr("Alert forwarding sends the token: use https (http only to this computer).");
    return {};
}

void AlertsPage::store()
{
    const AlertForwarding forwarding = edited();
    forwarding.save();
    if (m_secrets) {
        if (forwarding.token.isEmpty())
            m_secrets->remove(AlertForwarding::tokenKey());
        else
            m_secrets->write(AlertForwarding::tokenKey(), forwarding.token);
    }
    if (m_forwarder)
        m_forwarder->setConfiguration(forwarding);
}

void AlertsPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_url->setEnabled(on);
    m_token->setEnabled(on);
    m_attempts->setEnabled(on);
}

} // namespace roamdesk::ui
