#include "ui/trayalerts.h"

#include "app/alerts/alertservice.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace roamdesk::ui {

TrayAlerts::TrayAlerts(AlertService *alerts, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
{
    m_menu = new QMenu;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("RoamDesk"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastSeq > 0)
                Q_EMIT showEventRequested(m_lastSeq);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason != QSystemTrayIcon::Trigger)
                return;
            if (m_lastSeq > 0)
                Q_EMIT showEventRequested(m_lastSeq);
            else
                Q_EMIT showWindowRequested();
        });
    }
    connect(m_alerts, &AlertService::raised, this, &TrayAlerts::handle);
    connect(m_alerts, &AlertService::raisedElsewhere, this, &TrayAlerts::handle);
    setPreferences(Preferences::load());
}

TrayAlerts::~TrayAlerts()
{
    delete m_menu;
}

void TrayAlerts::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    if (m_tray)
        m_tray->setVisible(preferences.trayAlerts);
}

bool TrayAlerts::wants(const Alert &alert) const
{
    return m_preferences.trayAlerts && alert.severity >= AlertSeverity::Warning;
}

void TrayAlerts::handle(const QList<Alert> &alerts)
{
    QList<Alert> wanted;
    for (const Alert &alert : alerts) {
        if (wants(alert))
            wanted << alert;
    }
    if (wanted.isEmpty())
        return;
    // The most severe, then the newest, speaks for the batch.
    const Alert *lead = &wanted.constFirst();
    for (const Alert &alert : std::as_const(wanted)) {
        if (alert.severity > lead->severity || (alert.severity == lead->severity && alert.id > lead->id))
            lead = &alert;
    }
    m_lastSeq = lead->lastSeq;
    QString title = lead->severity == AlertSeverity::Critical ? tr("Critical alert: %1").arg(lead->ruleId)
                                                              : tr("Alert: %1").arg(lead->ruleId);
    QString message = lead->message;
    if (wanted.size() > 1) {
        title = tr("%n new alert(s)", nullptr, int(wanted.size()));
        message = tr("Most urgent: %1").arg(message);
    }
    if (m_tray && m_tray->isVisible()) {
        const auto icon =
            lead->severity == AlertSeverity::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
        m_tray->showMessage(title, message, icon, 8000);
    }
    Q_EMIT alertRaised(title, message, m_lastSeq);
}

} // namespace roamdesk::ui
