#pragma once

#include "models/notificationlogsource.h"
#include "ui/preferences.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace roamdesk {
class ReceiverService;
} // namespace roamdesk

namespace roamdesk::ui {

/// Desktop alerts when a device starts roaming or a roaming device changes country: a system-tray message
/// where the desktop has a tray (switchable in the settings), else alertRaised() alone, which the window
/// shows in its status bar. One message per receiver commit, so a fast scenario cannot flood the desktop.
/// Clicking the message asks the window to show the event (showEventRequested).
class TrayAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayAlerts)

public:
    explicit TrayAlerts(ReceiverService *receiver, QObject *parent = nullptr);
    ~TrayAlerts() override;

    void setPreferences(const Preferences &preferences);
    const Preferences &preferences() const { return m_preferences; }
    /// The tray icon (null when the desktop has no tray).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The tray icon's context menu (Show RoamDesk, Quit), for the window to fill.
    QMenu *trayMenu() const { return m_menu; }

    /// Whether a record raises an alert under the current preferences.
    bool wants(const NotificationLogRecord &record) const;
    /// "+99999991000 is roaming in DE Germany" / "… moved to FR France".
    static QString describe(const NotificationLogRecord &record);

    /// The seq of the event the last alert was about (0 when none yet).
    qint64 lastAlertSeq() const { return m_lastSeq; }

public Q_SLOTS:
    /// Alerts for these records (those the preferences want); used by the session signal and tests.
    void handle(const QList<roamdesk::NotificationLogRecord> &records);

Q_SIGNALS:
    void alertRaised(const QString &title, const QString &message, qint64 seq);
    void showEventRequested(qint64 seq);
    /// The tray icon was clicked with no alert to show.
    void showWindowRequested();

private:
    ReceiverService *m_receiver;
    Preferences m_preferences;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    qint64 m_lastSeq = 0;
};

} // namespace roamdesk::ui
