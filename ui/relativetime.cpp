#include "ui/relativetime.h"

#include <QCoreApplication>

namespace roamdesk::ui {

namespace {
QString tr(const char *text, int n = -1)
{
    // The context lupdate gives calls from this namespace.
    return QCoreApplication::translate("roamdesk::ui", text, nullptr, n);
}
} // namespace

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return tr("unknown");
    const qint64 secs = then.secsTo(now);
    const bool future = secs < 0;
    const qint64 abs = future ? -secs : secs;
    if (abs < 45)
        return future ? tr("in a moment") : tr("just now");
    if (abs < 3600) {
        const int mins = int(qMax<qint64>(1, (abs + 30) / 60));
        return future ? tr("in %n min", mins) : tr("%n min ago", mins);
    }
    if (abs < 86400) {
        const int hours = int(abs / 3600);
        return future ? tr("in %n h", hours) : tr("%n h ago", hours);
    }
    const int days = int(abs / 86400);
    return future ? tr("in %n day(s)", days) : tr("%n day(s) ago", days);
}

QString relativeAndExact(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("unknown");
    return QStringLiteral("%1 (%2)").arg(
        relativeTime(then, now), then.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace roamdesk::ui
