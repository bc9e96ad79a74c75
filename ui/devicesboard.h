#pragma once

#include "models/device.h"
#include "models/devicelist.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace roamdesk {
class FleetService;
namespace bulk {
class WatchList;
}
} // namespace roamdesk

namespace roamdesk::ui {

class FleetFilterProxy;
class JourneyView;

/// The Devices board: every device ever seen, which are roaming, where, since when; counts per state and per
/// country as filters; the selected device's journey and dwell times. From a selection: look it up again,
/// subscribe, show its notifications, copy identifiers.
class DevicesBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesBoard)

public:
    explicit DevicesBoard(FleetService *fleet, QWidget *parent = nullptr);

    /// Shows only devices in this country (ISO alpha-2; empty: all), as the map's click asks.
    void setCountryFilter(const QString &isoCode);
    QString countryFilter() const;
    /// The devices selected now (all identifiers known for each).
    QList<Device> selectedDevices() const;
    /// Selects the device with this label (clearing the filters that hide it), which shows its journey.
    /// False when the fleet does not know it.
    bool showDevice(const QString &label);
    /// Where imported devices are kept; without one the board offers no import.
    void setWatchList(bulk::WatchList *watchList);
    /// Imports a CSV or JSON Lines device list into the watch list; what was read and what was not (by line and
    /// field) shows under the table. False when nothing could be imported.
    bool importFile(const QString &path);
    /// The label of the device whose journey is shown (empty: none).
    QString journeyDevice() const { return m_journeyDevice; }

Q_SIGNALS:
    void lookupRequested(const roamdesk::Device &device);
    void subscribeRequested(const roamdesk::Device &device);
    /// Look up these devices in one paced sweep (the selected ones, else every watched one).
    void sweepRequested(const QList<roamdesk::DeviceListEntry> &entries);
    /// Show this device's notifications: a log filter expression.
    void notificationsRequested(const QString &filterExpression);

private:
    QWidget *createFilterBar();
    QWidget *createJourneyPane();
    void updateCounts();
    void showListColumns();
    void updateCountryChoices();
    void onSelectionChanged();
    void requestJourney(const QString &label);
    void showDwell();
    void copyIdentifiers();
    void chooseImportFile();
    void requestSweep();
    Device deviceOf(const QString &label) const;
    void exportJourneyCsv();
    void saveJourneyPicture();

    FleetService *m_fleet;
    FleetFilterProxy *m_proxy;
    QToolButton *m_all;
    QToolButton *m_roaming;
    QToolButton *m_home;
    QToolButton *m_unknown;
    QComboBox *m_country;
    QLineEdit *m_search;
    QLabel *m_searchError;
    QTableView *m_table;
    QPushButton *m_lookUp;
    QPushButton *m_subscribe;
    QPushButton *m_notifications;
    QPushButton *m_copy;
    QPushButton *m_import = nullptr;
    QPushButton *m_sweep = nullptr;
    QLabel *m_importMessage = nullptr;
    bulk::WatchList *m_watchList = nullptr;
    QLabel *m_journeyTitle;
    QComboBox *m_window;
    JourneyView *m_journey;
    QTableWidget *m_dwell;
    QPushButton *m_exportCsv;
    QPushButton *m_savePicture;
    QString m_journeyDevice;
    quint64 m_journeyRequest = 0;
    QDateTime m_journeyNow;
};

} // namespace roamdesk::ui
