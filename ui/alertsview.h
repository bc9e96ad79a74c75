#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace roamdesk {
class AlertService;
} // namespace roamdesk

namespace roamdesk::ui {

class AlertsFilter;
class AlertsModel;

/// The alerts, newest first: filtered by state (standing ones at first), severity and words; acknowledged,
/// resolved or ignored in bulk (the whole selection); from an alert to its device's journey or to the
/// notification that raised it; the rules behind them edited (RulesEditor).
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    explicit AlertsView(AlertService *alerts, QWidget *parent = nullptr);
    ~AlertsView() override;

    /// Alerts in state open (the tab's badge).
    int openCount() const;

public Q_SLOTS:
    void acknowledgeSelected();
    void resolveSelected();
    void ignoreSelected();
    void showDevice();
    void showNotification();
    void editRules();

Q_SIGNALS:
    void openCountChanged(int count);
    /// Show this device (its label) on the Devices board, with its journey.
    void deviceRequested(const QString &deviceLabel);
    /// Select the notification with this seq in the log.
    void notificationRequested(qint64 seq);

private:
    QList<qint64> selectedIds() const;
    void updateActions();
    void updateSummary();

    AlertService *m_alerts;
    AlertsModel *m_model;
    AlertsFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_state;
    QComboBox *m_severity;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_acknowledge;
    QPushButton *m_resolve;
    QPushButton *m_ignore;
    QPushButton *m_device;
    QPushButton *m_notification;
};

} // namespace roamdesk::ui
