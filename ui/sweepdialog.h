#pragma once

#include "app/client/environment.h"
#include "models/apierror.h"
#include "models/devicelist.h"
#include "models/roamingstatus.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace roamdesk {
class TrafficLogModel;
namespace api {
class RoamingClient;
}
namespace bulk {
class Sweep;
}
} // namespace roamdesk

namespace roamdesk::ui {

/// Looks up a list of devices on one environment within a rate (requests per second, kept per environment; 0
/// finds the provider's quota from its 429 answers): a progress bar with the rate and the time left, Cancel, and
/// the answers exported as CSV or JSON Lines. Each answer is announced for the board and the lookup history.
class SweepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepDialog)

public:
    /// `traffic` (may be null) records the exchanges for the inspector.
    SweepDialog(const api::Environment &environment, TrafficLogModel *traffic, const QList<DeviceListEntry> &entries,
        QWidget *parent = nullptr);
    ~SweepDialog() override;

    /// The devices to look up (replaces the list; not while a sweep runs).
    void setEntries(const QList<DeviceListEntry> &entries);
    /// The sweep of the last start (null before).
    bulk::Sweep *sweep() const { return m_sweep.get(); }
    /// The settings key of an environment's rate.
    static QString rateKey(const QString &environmentName);

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void lookupAnswered(const roamdesk::Device &device, const roamdesk::RoamingStatus &status);
    void lookupFailed(const roamdesk::Device &device, const roamdesk::ApiError &error);
    void sweepFinished();

protected:
    void reject() override;

private:
    void chooseFile();
    void onRow(int index);
    void showProgress();
    void updateButtons();
    void exportTo(bool csv);

    api::Environment m_environment;
    QPointer<TrafficLogModel> m_traffic;
    QList<DeviceListEntry> m_entries;
    std::unique_ptr<api::RoamingClient> m_client;
    std::unique_ptr<bulk::Sweep> m_sweep;
    QLabel *m_devices;
    QPushButton *m_loadFile;
    QDoubleSpinBox *m_rate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJsonl;
    QPushButton *m_close;
};

} // namespace roamdesk::ui
