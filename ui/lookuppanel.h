#pragma once

#include "models/apierror.h"
#include "models/device.h"
#include "models/roamingstatus.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
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

    bool isBusy() const { return m_pending != 0; }
    /// The identifier as typed when it is valid, an empty device otherwise.
    Device validDevice() const;

public Q_SLOTS:
    void lookUp();
    void setDevice(const roamdesk::Device &device);
    /// Puts the cursor in the identifier field, its text selected.
    void focusIdentifier();
    /// A lookup made elsewhere (a sweep): into the recent lookups, as if made here.
    void addToHistory(const roamdesk::Device &device, const std::optional<roamdesk::RoamingStatus> &status,
        const std::optional<roamdesk::ApiError> &error);
    /// Forgets the result and any lookup in flight (the environment changed: they describe another network).
    void reset();

Q_SIGNALS:
    void subscribeRequested(const roamdesk::Device &device);

private:
    void showStatus(const Device &device, const RoamingStatus &status);
    void showError(const ApiError &error, int attempts);
    void showRetry(int nextAttempt, int maxAttempts, int delayMs);
    void refreshRetryCountdown();
    void cancelLookup();
    void clearResult();
    void setErrorShown(bool shown);
    void onIdentifierChanged();
    void refreshRelativeTime();
    void updateButtons();

    ApiRequests *m_requests;
    DeviceEditor *m_editor;
    QPushButton *m_lookup;
    QPushButton *m_subscribe;
    QPushButton *m_cancel;
    QFormLayout *m_form;
    QLabel *m_device;
    QLabel *m_progress;
    QLabel *m_roaming;
    QLabel *m_country;
    QLabel *m_mcc;
    QLabel *m_updated;
    QLabel *m_error;
    QScrollArea *m_errorBox;
    QTableView *m_historyView;
    LookupHistoryModel *m_history;
    QTimer *m_tick;
    QTimer *m_retryTick;
    quint64 m_pending = 0;
    Device m_pendingDevice;
    std::optional<Device> m_shownDevice; // the device the result area describes
    QDateTime m_retryAt; // when the announced retry goes out
    int m_retry = 0;
    int m_maxRetries = 0;
    std::optional<QDateTime> m_lastStatusTime;
};

} // namespace roamdesk::ui
