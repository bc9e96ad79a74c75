#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace roamdesk {

/// Keeps a warning that repeats (a full disk fails every commit) from flooding the log: the first one is
/// reported at once; those within the interval after a report are only counted, and when the interval
/// ends one summary reports the latest with how many there were ("… (2431× in the last 10 s)"). Lives on
/// one thread (its timer's).
class RepeatedWarning final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepeatedWarning)

public:
    using Report = std::function<void(const QString &message)>;
    static constexpr int DefaultIntervalMs = 10'000;

    explicit RepeatedWarning(Report report, QObject *parent = nullptr);
    ~RepeatedWarning() override = default; // what is still counted is dropped: flush() first

    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }
    /// The warning happened: reported now, or counted for the next summary.
    void raise(const QString &message);
    /// Reports the summary of what was counted, if anything, without waiting for the interval to end.
    void flush();

private:
    void reportSummary();

    Report m_report;
    int m_intervalMs = DefaultIntervalMs;
    QElapsedTimer m_sinceReport; // invalid: nothing reported yet
    QTimer m_summaryTimer;
    int m_suppressed = 0;
    QString m_latest;
};

} // namespace roamdesk
