#pragma once

#include "apierror.h"
#include "device.h"
#include "roamingstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace roamdesk {
class LookupHistoryModel;
class ApiRequests;
} // namespace roamdesk

namespace roamdesk::ui {

class DeviceEditor;

/// Device lookup: an identifier with validation as you type, Look up → roaming yes/no, country and
/// freshness (or the API error as a sentence, right here), a history of recent lookups, and "Subscribe…".
class LookupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupPanel)

public:
    explicit LookupPanel(ApiRequests *requests, QWidget *parent = nullptr);
    ~LookupPanel() override;

    DeviceEditor *editor() const { return m_editor; }
    LookupHistoryModel *history() const { return m_history; }
    QPushButton *lookupButton() const { return m_lookup; }

    /// What the result area shows, for tests and copy.
    QString roamingText() const;
    QString countryText() const;
    QString mccText() const;
    QString updatedText() const;
    QString errorText() const;
    bool isBusy() const { return m_pending != 0; }

public Q_SLOTS:
    void lookUp();
    void setDevice(const roamdesk::Device &device);

Q_SIGNALS:
    void subscribeRequested(const roamdesk::Device &device);

private:
    void showStatus(const Device &device, const RoamingStatus &status);
    void showError(const ApiError &error, int attempts);
    void clearResult();
    void refreshRelativeTime();
    void updateButtons();

    ApiRequests *m_requests;
    DeviceEditor *m_editor;
    QPushButton *m_lookup;
    QPushButton *m_subscribe;
    QLabel *m_roaming;
    QLabel *m_country;
    QLabel *m_mcc;
    QLabel *m_updated;
    QLabel *m_error;
    QTableView *m_historyView;
    LookupHistoryModel *m_history;
    QTimer *m_tick;
    quint64 m_pending = 0;
    Device m_pendingDevice;
    std::optional<QDateTime> m_lastStatusTime;
};

} // namespace roamdesk::ui
