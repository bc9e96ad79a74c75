#include "simulatorpanel.h"
#include "themecolors.h"

#include "countrytable.h"
#include "session/simulatorcontrol.h"
#include "simdevicemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace roamdesk::ui {

SimulatorPanel::SimulatorPanel(SimulatorControl *simulator, QWidget *parent)
    : QWidget(parent)
    , m_simulator(simulator)
{
    setObjectName(QStringLiteral("simulatorPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("simDeviceTable"));
    m_table->setAccessibleName(tr("Simulated devices"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_simulator->deviceModel());
    m_proxy->setSortRole(SimDeviceModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the simulator's order until the user picks a column
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnHidden(SimDeviceModel::HomeColumn, false);
    layout->addWidget(m_table, 1);

    auto *moveRow = new QHBoxLayout;
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("moveCountryCombo"));
    m_country->setAccessibleName(tr("Country to move the device to"));
    m_country->setEditable(false);
    QList<QPair<QString, int>> countries;
    for (int mcc : CountryTable::instance().mccs()) {
        const QStringList iso = CountryTable::instance().isoCodes(mcc);
        if (iso.isEmpty())
            continue;
        countries.append({SimDeviceModel::describeMcc(mcc), mcc});
    }
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        // Sort by the country part, not the flag glyph.
        return a.first.section(QLatin1Char(' '), 1).localeAwareCompare(b.first.section(QLatin1Char(' '), 1)) < 0;
    });
    for (const auto &[label, mcc] : countries)
        m_country->addItem(label, mcc);
    // The first stop of most demos (and of the spec's own example).
    m_country->setCurrentIndex(qMax(0, m_country->findData(208)));
    m_move = new QPushButton(tr("&Move"), this);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_move->setAccessibleName(tr("Move the selected device to the country"));
    m_home = new QPushButton(tr("&Home"), this);
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_home->setAccessibleName(tr("Send the selected device home"));
    moveRow->addWidget(m_country, 1);
    moveRow->addWidget(m_move);
    moveRow->addWidget(m_home);
    layout->addLayout(moveRow);

    auto *scenarioRow = new QHBoxLayout;
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setAccessibleName(tr("Play or pause the scenario"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setAccessibleName(tr("Scenario speed"));
    for (double factor : {1.0, 10.0, 60.0, 600.0})
        m_speed->addItem(tr("%1×").arg(factor), factor);
    scenarioRow->addWidget(new QLabel(tr("Scenario:"), this));
    scenarioRow->addWidget(m_scenario, 1);
    scenarioRow->addWidget(m_play);
    scenarioRow->addWidget(m_speed);
    layout->addLayout(scenarioRow);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("scenarioProgress"));
    m_progress->setAccessibleName(tr("Scenario progress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("simulatorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_move, &QPushButton::clicked, this, &SimulatorPanel::moveSelected);
    connect(m_home, &QPushButton::clicked, this, &SimulatorPanel::sendSelectedHome);
    connect(m_play, &QPushButton::clicked, this, &SimulatorPanel::togglePlay);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this] { m_simulator->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SimulatorPanel::updateState);
    connect(m_simulator, &SimulatorControl::changed, this, &SimulatorPanel::updateState);
    connect(m_simulator, &SimulatorControl::scenarioProgress, this, [this](qint64 positionMs, qint64 durationMs) {
        m_progress->setText(tr("Scenario time %1 s of %2 s").arg(positionMs / 1000).arg(durationMs / 1000));
        m_progress->show();
    });
    refreshScenarios();
    updateState();
}

SimulatorPanel::~SimulatorPanel() = default;

QString SimulatorPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SimulatorPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? theme::textStyle(theme::error()) : QString());
    m_message->setVisible(!text.isEmpty());
}

bool SimulatorPanel::selectDevice(const QString &key)
{
    const int row = m_simulator->deviceModel()->rowOf(key);
    if (row < 0)
        return false;
    m_table->selectRow(m_proxy->mapFromSource(m_simulator->deviceModel()->index(row, 0)).row());
    return true;
}

QString SimulatorPanel::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SimDeviceModel::KeyRole).toString();
}

void SimulatorPanel::moveSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        showMessage(tr("Select a device first."), true);
        return;
    }
    const int mcc = m_country->currentData().toInt();
    m_simulator->moveDevice(key, mcc);
    showMessage(tr("Moved %1 to %2.").arg(key, m_country->currentText()), false);
}

void SimulatorPanel::sendSelectedHome()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        showMessage(tr("Select a device first."), true);
        return;
    }
    m_simulator->sendHome(key);
    showMessage(tr("Sent %1 home.").arg(key), false);
}

void SimulatorPanel::refreshScenarios()
{
    const QString current = m_scenario->currentText();
    m_scenario->clear();
    m_scenario->addItems(m_simulator->scenarioNames());
    const int index = m_scenario->findText(current);
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
    updateState();
}

void SimulatorPanel::togglePlay()
{
    if (m_simulator->isPlaying()) {
        m_simulator->pause();
    } else {
        QString error;
        // Resume a paused scenario; load it only when another one was picked.
        const QString name = m_scenario->currentText();
        if (!name.isEmpty() && name != m_loadedScenario) {
            if (!m_simulator->loadScenario(name, &error)) {
                showMessage(error, true);
                return;
            }
            m_loadedScenario = name;
        }
        m_simulator->setSpeed(m_speed->currentData().toDouble());
        m_simulator->play();
        showMessage(tr("Playing “%1”.").arg(m_scenario->currentText()), false);
    }
    updateState();
}

void SimulatorPanel::updateState()
{
    const bool available = m_simulator->isRunning();
    const bool selected = !selectedKey().isEmpty();
    m_move->setEnabled(available && selected);
    m_home->setEnabled(available && selected);
    m_country->setEnabled(available);
    m_scenario->setEnabled(available && m_scenario->count() > 0 && !m_simulator->isPlaying());
    m_play->setEnabled(available && m_scenario->count() > 0);
    m_play->setText(m_simulator->isPlaying() ? tr("⏸ Pause") : tr("▶ Play"));
}

} // namespace roamdesk::ui
