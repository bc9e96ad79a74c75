#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace roamdesk {
class ReceiverService;
}

namespace roamdesk::api {
class RoamingClient;
}

namespace roamdesk::bulk {
class PlanKeeper;
struct PlanLogEntry;
} // namespace roamdesk::bulk

namespace roamdesk::ui {

/// A subscription plan at work: which file, each device and type with the subscription covering it, and every
/// action the keeper took (create, renew, delete, keep) with why. "Apply" runs one pass, "Keep running" one
/// every minute while the window stays open; "Dry run" shows what would be done without doing it.
class PlanView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    /// The action log keeps the newest this many rows: a plan kept running for days would otherwise grow the
    /// table without end.
    static constexpr int MaxLogRows = 5000;

    explicit PlanView(bulk::PlanKeeper *keeper, QWidget *parent = nullptr);
    ~PlanView() override;

    /// Raises the window's plan view, creating it (and its keeper, on `client`) the first time. The keeper lives
    /// as long as `window`, so closing the view does not forget the action log.
    /// The keeper reads events and ends from `receiver`'s store and tells it the sink tokens it hands out, so
    /// notifications to the local sink are recognised (`receiver` may be null).
    static PlanView *showFor(api::RoamingClient *client, ReceiverService *receiver, QWidget *window);

    /// Reads and checks a plan file; its problems are shown by field. True when the keeper got the plan.
    bool loadPlan(const QString &path);

private:
    void choosePlan();
    void apply();
    void setKeepRunning(bool on);
    void showSlots();
    void appendLog(const bulk::PlanLogEntry &entry);
    void showDropped();
    void onPassFinished(const QString &error);
    void updateActions();

    QPointer<bulk::PlanKeeper> m_keeper; // the window owns it and may delete it first
    bool m_loaded = false;
    QLineEdit *m_file;
    QLabel *m_summary;
    QLabel *m_message;
    QCheckBox *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_keep;
    QTableWidget *m_slots;
    QTableWidget *m_log;
    QLabel *m_dropped;
    QTimer *m_slotsLater; // one table rebuild for a burst of actions, not one per action
    qsizetype m_droppedCount = 0;
};

} // namespace roamdesk::ui
