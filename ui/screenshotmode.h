#pragma once

#include <QString>

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::ui {

class MainWindow;

/// Documentation screenshots (roamdesk --screenshots <folder>, run by scripts/screenshots under xvfb-run):
/// drives the real window against the embedded simulator and receiver — lookups, subscriptions, simulator
/// moves, a scenario playing while the map is shot, the alerts the default rules raise, the traffic they cause,
/// the settings dialog — and writes
/// one PNG per view. Returns the exit code
/// (0 when every PNG was written).
int runScreenshots(MainWindow *window, Session *session, const QString &folder);

} // namespace roamdesk::ui
