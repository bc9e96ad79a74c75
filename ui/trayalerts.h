#pragma once

#include "models/alert.h"
#include "ui/preferences.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace roamdesk {
class AlertService;
} // namespace roamdesk

namespace roamdesk::ui {

/// Desktop messages for new alerts of warning severity and above (the default rules raise them when a device
/// starts roaming or changes country): a system-tray message where the desktop has a tray (switchable in the
/// settings), else alertRaised() alone, which the window shows in its status bar. One message per batch of
/// new alerts, so a fast scenario cannot flood the desktop. Clicking the message asks the window to show the
/// event that raised it (showEventRequested).
class TrayAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayAlerts)

public:
    explicit TrayAlerts(AlertService *alerts, QObject *parent = nullptr);
    ~TrayAlerts() override;

    void setPreferences(const Preferences &preferences);
    const Preferences &preferences() const { return m_preferences; }
    /// The tray icon (null when the desktop has no tray).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The tray icon's context menu (Show RoamDesk, Quit), for the window to fill.
    QMenu *trayMenu() const { return m_menu; }

    /// Whether a new alert makes a desktop message under the current preferences: warning and above.
    bool wants(const Alert &alert) const;

    /// The seq of the event the last alert was about (0 when none yet).
    qint64 lastAlertSeq() const { return m_lastSeq; }

public Q_SLOTS:
    /// A message for these new alerts (those the preferences want).
    void handle(const QList<roamdesk::Alert> &alerts);

Q_SIGNALS:
    void alertRaised(const QString &title, const QString &message, qint64 seq);
    void showEventRequested(qint64 seq);
    /// The tray icon was clicked with no alert to show.
    void showWindowRequested();

private:
    AlertService *m_alerts;
    Preferences m_preferences;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    qint64 m_lastSeq = 0;
};

} // namespace roamdesk::ui
