#pragma once

#include "app/receiver/receiversettings.h"

#include <QString>

class QSettings;

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::ui {

/// The desktop's own settings beside the environment profiles: how the receiver faces the network, where
/// the store lives and which tray alerts to show. Kept in QSettings groups "receiver" and "alerts"; the
/// receiver part applies when RoamDesk starts (Session::Options), the alerts at once.
struct Preferences
{
    /// Session::Options::receiver at start. Only the part a person sets is saved: address, port, public sink
    /// URL, TLS files and store location; the rest keeps ReceiverSettings' defaults.
    ReceiverSettings receiver;

    // Tray messages for new alerts of warning severity and above (which events raise them is up to the rules)
    bool trayAlerts = true;

    /// UI language ("en", "fi", "de"); empty: the system locale. Applies at the next start.
    QString language;

    /// Which secret backend to use: "auto", "keyring" or "file" (ROAMDESK_SECRET_BACKEND overrides). Not in the
    /// dialog on purpose: secrets in the keyring cannot be listed, so a switch to the file would lose them.
    QString secretBackend = QStringLiteral("auto");

    static Preferences load(QSettings &settings);
    static Preferences load(); // the application's QSettings
    void save(QSettings &settings) const;
    void save() const;

    /// Empty when usable; otherwise a translated sentence about the first problem (port, URL, TLS files).
    QString validationError() const { return receiverProblem(receiver); }
    /// The same check for the saved part of `receiver` alone (the settings dialog's receiver page).
    static QString receiverProblem(const ReceiverSettings &receiver);
    /// Whether the saved part of the receiver settings differs (a restart is needed to apply it).
    static bool sameReceiver(const ReceiverSettings &a, const ReceiverSettings &b);

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};

} // namespace roamdesk::ui
