#include "ui/trayalerts.h"

#include "app/session/receiverservice.h"
#include "models/countrytable.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace roamdesk::ui {

TrayAlerts::TrayAlerts(ReceiverService *receiver, QObject *parent)
    : QObject(parent)
    , m_receiver(receiver)
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
    connect(m_receiver, &ReceiverService::alertsArrived, this, &TrayAlerts::handle);
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

bool TrayAlerts::wants(const NotificationLogRecord &record) const
{
    if (!m_preferences.trayAlerts)
        return false;
    switch (record.type) {
    case EventType::RoamingOn:
        return m_preferences.alertRoamingOn;
    case EventType::RoamingChangeCountry:
        return m_preferences.alertCountryChange;
    default:
        return false;
    }
}

QString TrayAlerts::describe(const NotificationLogRecord &record)
{
    QStringList codes = record.countryNames.value_or(QStringList());
    if (codes.isEmpty() && record.countryCode)
        codes = CountryTable::instance().isoCodes(*record.countryCode);
    const QString device = record.device.isEmpty() ? tr("A device") : record.device;
    // roaming-on carries no country (CAMARA): then the sentence says only that roaming began.
    if (codes.isEmpty() && !record.countryCode)
        return record.type == EventType::RoamingChangeCountry ? tr("%1 changed country").arg(device)
                                                              : tr("%1 started roaming").arg(device);
    QString where = CountryTable::describe(codes);
    if (record.countryCode)
        where += QLatin1Char(' ') + tr("(MCC %1)").arg(*record.countryCode);
    if (record.type == EventType::RoamingChangeCountry)
        return tr("%1 moved to %2").arg(device, where);
    return tr("%1 is roaming in %2").arg(device, where);
}

void TrayAlerts::handle(const QList<NotificationLogRecord> &records)
{
    QList<NotificationLogRecord> wanted;
    for (const NotificationLogRecord &record : records) {
        if (wants(record))
            wanted << record;
    }
    if (wanted.isEmpty())
        return;
    const NotificationLogRecord &latest = wanted.constLast();
    m_lastSeq = latest.seq;
    QString title = latest.type == EventType::RoamingOn ? tr("Roaming started") : tr("Country changed");
    QString message = describe(latest);
    if (wanted.size() > 1) {
        title = tr("%1 roaming alerts").arg(wanted.size());
        message = tr("Latest: %1").arg(message);
    }
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    Q_EMIT alertRaised(title, message, m_lastSeq);
}

} // namespace roamdesk::ui
