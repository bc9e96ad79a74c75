#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace roamdesk {
class SimulatorControl;
} // namespace roamdesk

namespace roamdesk::ui {

/// Controls for the embedded simulator: the simulated devices and where each is now, move the selected
/// device to a country or home, and play / pause / speed up a scenario — enough to show every event type
/// within a minute.
class SimulatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorPanel)

public:
    explicit SimulatorPanel(SimulatorControl *simulator, QWidget *parent = nullptr);
    ~SimulatorPanel() override;

    QTableView *table() const { return m_table; }
    QComboBox *countryCombo() const { return m_country; }
    QComboBox *scenarioCombo() const { return m_scenario; }

    /// Selects a device row by key; false when unknown.
    bool selectDevice(const QString &key);
    QString selectedKey() const;

public Q_SLOTS:
    void moveSelected();
    void sendSelectedHome();
    void togglePlay();
    void refreshScenarios();
    /// Asks for a scenario JSON file and loads it.
    void chooseScenarioFile();
    /// Loads a scenario file and adds it to the list; a bad file is explained (line, field, reason).
    bool loadScenarioFile(const QString &path);
    /// Back to the seed devices, no scenario, no fleet, speed 1; asks first when live subscriptions would end.
    void resetSimulator();
    /// Replaces the synthetic fleet by the spin box's number of devices (0 removes it).
    void applyFleet();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Quota per second, per day and Retry-After: applied to the simulator as they change.
    QLayout *createQuotaRow();
    void applyQuota();
    /// Loads the scenario picked in the list unless the simulator has it already; false when refused.
    bool loadPicked();
    void updateState();
    /// The description as fits on its one line.
    void elideDescription();
    void updateStatus();
    void syncFromSimulator();
    void showMessage(const QString &text, bool error);

    SimulatorControl *m_simulator;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_country;
    QPushButton *m_move;
    QPushButton *m_home;
    QComboBox *m_scenario;
    QPushButton *m_loadFile;
    QPushButton *m_play;
    QComboBox *m_speed;
    QLabel *m_description;
    QLabel *m_message;
    QLabel *m_progress;
    QPushButton *m_reset;
    QSpinBox *m_fleetSize;
    QSpinBox *m_quotaPerSecond = nullptr;
    QSpinBox *m_quotaPerDay = nullptr;
    QCheckBox *m_retryAfter = nullptr;
    QPushButton *m_fleet;
    QString m_loadedScenario; // id of the scenario the simulator has (a built-in name or a file path)
};

} // namespace roamdesk::ui
