#pragma once

#include <QDateTime>
#include <QString>

namespace roamdesk::ui {

/// "just now", "3 min ago", "2 h ago", "5 days ago" (or "in 3 min" for the future), translated.
QString relativeTime(const QDateTime &then, const QDateTime &now);
/// "3 min ago (2026-11-26 12:01:03)": relative first, then the exact local time.
QString relativeAndExact(const QDateTime &then, const QDateTime &now);

} // namespace roamdesk::ui
