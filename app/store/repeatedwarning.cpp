#include "app/store/repeatedwarning.h"

namespace roamdesk {

RepeatedWarning::RepeatedWarning(Report report, QObject *parent)
    : QObject(parent)
    , m_report(std::move(report))
{
    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, this, &RepeatedWarning::reportSummary);
}

void RepeatedWarning::raise(const QString &message)
{
    if (!m_sinceReport.isValid() || (m_suppressed == 0 && m_sinceReport.elapsed() >= m_intervalMs)) {
        m_sinceReport.start();
        m_report(message);
        return;
    }
    ++m_suppressed;
    m_latest = message;
    if (!m_summaryTimer.isActive())
        m_summaryTimer.start(int(qMax<qint64>(0, m_intervalMs - m_sinceReport.elapsed())));
}

void RepeatedWarning::flush()
{
    m_summaryTimer.stop();
    reportSummary();
}

void RepeatedWarning::reportSummary()
{
    if (m_suppressed == 0)
        return;
    const int more = std::exchange(m_suppressed, 0);
    m_sinceReport.start();
    //: %1 is the latest warning, %2 how often it (or one like it) came since the last report, %3 seconds
    m_report(tr("%1 (%2\u00d7 in the last %3 s)")
                 .arg(std::exchange(m_latest, {}))
                 .arg(more)
                 .arg(QString::number(m_intervalMs / 1000.0, 'g', 3)));
}

} // namespace roamdesk
