#include "ui/simulatorpanel.h"

#include "ui/confirmation.h"
#include "ui/themecolors.h"

#include "app/session/simulatorcontrol.h"
#include "models/countrytable.h"
#include "models/simdevicemodel.h"
#include "ui/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
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
    useOneLineRows(m_table);
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
    m_home = new QPushButton(tr("H&ome"), this);
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
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(12);
    m_loadFile = new QPushButton(tr("Load…"), this);
    m_loadFile->setObjectName(QStringLiteral("loadScenarioButton"));
    m_loadFile->setToolTip(tr("Load a scenario JSON file"));
    m_loadFile->setAccessibleName(tr("Load a scenario file"));
    // Icons from the style: media glyphs such as U+23F8 are missing from common fonts.
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setAccessibleName(tr("Play or pause the scenario"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setAccessibleName(tr("Scenario speed"));
    m_speed->setToolTip(tr("How fast the scenario and the synthetic fleet run"));
    for (double factor : {1.0, 10.0, 60.0, 600.0})
        m_speed->addItem(tr("%1×").arg(factor), factor);
    scenarioRow->addWidget(new QLabel(tr("Scenario:"), this));
    scenarioRow->addWidget(m_scenario, 1);
    scenarioRow->addWidget(m_loadFile);
    scenarioRow->addWidget(m_play);
    scenarioRow->addWidget(m_speed);
    layout->addLayout(scenarioRow);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setAccessibleName(tr("Scenario description"));
    // One line, elided; the whole text is its tooltip and the list's. Ignored width: it never widens the panel.
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Italic, not grey: grey text reads as disabled.
    QFont italic = m_description->font();
    italic.setItalic(true);
    m_description->setFont(italic);
    layout->addWidget(m_description);

    auto *fleetRow = new QHBoxLayout;
    m_fleetSize = new QSpinBox(this);
    m_fleetSize->setObjectName(QStringLiteral("fleetSizeSpin"));
    m_fleetSize->setAccessibleName(tr("Number of synthetic fleet devices"));
    m_fleetSize->setRange(0, SimulatorControl::maxFleetSize());
    m_fleetSize->setSingleStep(1000);
    m_fleetSize->setGroupSeparatorShown(true);
    m_fleet = new QPushButton(tr("Add fleet"), this);
    m_fleet->setObjectName(QStringLiteral("fleetButton"));
    m_fleet->setToolTip(tr("Replaces the synthetic fleet by this many phone devices (+99999992000000 upwards, "
                           "homes all over Europe) that travel on their own at the scenario speed; 0 removes it"));
    auto *fleetLabel = new QLabel(tr("Synthetic fleet:"), this);
    fleetLabel->setBuddy(m_fleetSize);
    fleetRow->addWidget(fleetLabel);
    fleetRow->addWidget(m_fleetSize);
    fleetRow->addWidget(m_fleet);
    fleetRow->addStretch(1);
    layout->addLayout(fleetRow);

    layout->addLayout(createQuotaRow());

    auto *statusRow = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("scenarioProgress"));
    m_progress->setAccessibleName(tr("Scenario status"));
    m_progress->setWordWrap(true);
    m_reset = new QPushButton(tr("Rese&t simulator…"), this);
    m_reset->setObjectName(QStringLiteral("resetSimulatorButton"));
    m_reset->setToolTip(tr("Devices back to their start, no scenario, no fleet, speed 1×; live subscriptions end"));
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_reset);
    layout->addLayout(statusRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("simulatorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    for (QSpinBox *spin : {m_quotaPerSecond, m_quotaPerDay})
        connect(spin, &QSpinBox::valueChanged, this, &SimulatorPanel::applyQuota);
    connect(m_retryAfter, &QCheckBox::toggled, this, &SimulatorPanel::applyQuota);
    connect(m_move, &QPushButton::clicked, this, &SimulatorPanel::moveSelected);
    connect(m_home, &QPushButton::clicked, this, &SimulatorPanel::sendSelectedHome);
    connect(m_play, &QPushButton::clicked, this, &SimulatorPanel::togglePlay);
    connect(m_loadFile, &QPushButton::clicked, this, &SimulatorPanel::chooseScenarioFile);
    connect(m_reset, &QPushButton::clicked, this, &SimulatorPanel::resetSimulator);
    connect(m_fleet, &QPushButton::clicked, this, &SimulatorPanel::applyFleet);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this] { m_simulator->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &SimulatorPanel::updateState);
    // Picking a scenario loads it: its devices appear in the table and answer lookups before Play.
    connect(m_scenario, &QComboBox::activated, this, [this] { loadPicked(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SimulatorPanel::updateState);
    connect(m_simulator, &SimulatorControl::changed, this, &SimulatorPanel::updateState);
    connect(m_simulator, &SimulatorControl::scenarioProgress, this, &SimulatorPanel::updateStatus);
    refreshScenarios();
    syncFromSimulator();
}

SimulatorPanel::~SimulatorPanel() = default;

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
    const QString current = m_scenario->currentData().toString();
    // Files loaded earlier stay in the list.
    QList<SimulatorControl::ScenarioInfo> files;
    for (int i = 0; i < m_scenario->count(); ++i) {
        if (QFileInfo(m_scenario->itemData(i).toString()).isAbsolute())
            files.append(
                {m_scenario->itemData(i).toString(), QString(), m_scenario->itemData(i, Qt::ToolTipRole).toString()});
    }
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    for (const SimulatorControl::ScenarioInfo &info : m_simulator->builtInScenarios()) {
        m_scenario->addItem(info.id, info.id);
        m_scenario->setItemData(m_scenario->count() - 1, info.description, Qt::ToolTipRole);
    }
    for (const SimulatorControl::ScenarioInfo &file : files) {
        m_scenario->addItem(QFileInfo(file.id).fileName(), file.id);
        m_scenario->setItemData(m_scenario->count() - 1, file.description, Qt::ToolTipRole);
    }
    const int index = m_scenario->findData(current);
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
    updateState();
}

void SimulatorPanel::syncFromSimulator()
{
    // What a restored simulator already has: its scenario and speed.
    const SimulatorControl::ScenarioInfo loaded = m_simulator->loadedScenario();
    if (!loaded.id.isEmpty()) {
        int index = m_scenario->findData(loaded.id);
        if (index < 0) {
            m_scenario->addItem(QFileInfo(loaded.id).fileName(), loaded.id);
            index = m_scenario->count() - 1;
            m_scenario->setItemData(index, loaded.description, Qt::ToolTipRole);
        }
        m_scenario->setCurrentIndex(index);
        m_loadedScenario = loaded.id;
    }
    const double speed = m_simulator->speed();
    int speedIndex = m_speed->findData(speed);
    if (speedIndex < 0) {
        m_speed->addItem(tr("%1×").arg(speed), speed);
        speedIndex = m_speed->count() - 1;
    }
    const QSignalBlocker blocker(m_speed);
    m_speed->setCurrentIndex(speedIndex);
    m_fleetSize->setValue(m_simulator->fleetSize());
    updateState();
}

void SimulatorPanel::chooseScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load scenario"), QString(), tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadScenarioFile(path);
}

bool SimulatorPanel::loadScenarioFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString error;
    if (m_simulator->isPlaying())
        m_simulator->pause();
    if (!m_simulator->loadScenario(absolute, &error)) {
        showMessage(error, true);
        return false;
    }
    m_loadedScenario = absolute;
    int index = m_scenario->findData(absolute);
    if (index < 0) {
        m_scenario->addItem(QFileInfo(absolute).fileName(), absolute);
        index = m_scenario->count() - 1;
    }
    m_scenario->setItemData(index, m_simulator->loadedScenario().description, Qt::ToolTipRole);
    m_scenario->setCurrentIndex(index);
    showMessage(
        tr("Loaded “%1” from %2.").arg(m_simulator->loadedScenario().name, QFileInfo(absolute).fileName()), false);
    updateState();
    return true;
}

void SimulatorPanel::applyFleet()
{
    const int count = m_fleetSize->value();
    QString error;
    if (!m_simulator->setFleet(count, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(count == 0 ? tr("No synthetic fleet.")
                           : tr("A synthetic fleet of %n device(s) travels over Europe.", nullptr, count),
        false);
}

void SimulatorPanel::resetSimulator()
{
    const int live = m_simulator->subscriptionCount();
    if (live > 0) {
        const QString question = tr("Reset the simulator? %n live subscription(s) end, devices go back to their "
                                    "start and the scenario is unloaded.",
            nullptr, live);
        if (!confirmDestructive(this, tr("Reset simulator"), question, tr("Reset")))
            return;
    }
    m_simulator->resetToDefaults();
    m_loadedScenario.clear();
    syncFromSimulator();
    showMessage(tr("The simulator is back to its defaults."), false);
}

bool SimulatorPanel::loadPicked()
{
    // A paused scenario resumes; another one is loaded only when it was picked.
    const QString id = m_scenario->currentData().toString();
    if (id.isEmpty() || id == m_loadedScenario)
        return true;
    QString error;
    if (!m_simulator->loadScenario(id, &error)) {
        showMessage(error, true);
        return false;
    }
    m_loadedScenario = id;
    showMessage(QString(), false);
    updateState();
    return true;
}

void SimulatorPanel::togglePlay()
{
    if (m_simulator->isPlaying()) {
        m_simulator->pause();
    } else {
        if (!loadPicked())
            return;
        m_simulator->setSpeed(m_speed->currentData().toDouble());
        m_simulator->play();
        showMessage(QString(), false);
    }
    updateState();
}

void SimulatorPanel::updateState()
{
    const bool available = m_simulator->isRunning();
    const bool selected = !selectedKey().isEmpty();
    const bool playing = m_simulator->isPlaying();
    m_move->setEnabled(available && selected);
    m_home->setEnabled(available && selected);
    m_country->setEnabled(available);
    m_scenario->setEnabled(available && m_scenario->count() > 0 && !playing);
    m_loadFile->setEnabled(available && !playing);
    m_reset->setEnabled(available);
    m_fleetSize->setEnabled(available);
    m_fleet->setEnabled(available);
    m_play->setEnabled(available && m_scenario->count() > 0);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString description = m_scenario->currentData(Qt::ToolTipRole).toString();
    m_scenario->setToolTip(description);
    m_description->setToolTip(description);
    m_description->setVisible(!description.isEmpty());
    elideDescription();
    updateStatus();
}

void SimulatorPanel::elideDescription()
{
    m_description->setText(m_description->fontMetrics().elidedText(
        m_description->toolTip(), Qt::ElideRight, qMax(0, m_description->contentsRect().width())));
}

void SimulatorPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideDescription();
}

void SimulatorPanel::updateStatus()
{
    const SimulatorControl::ScenarioInfo loaded = m_simulator->loadedScenario();
    const qint64 position = m_simulator->positionMs() / 1000;
    const qint64 duration = m_simulator->durationMs() / 1000;
    QString text;
    switch (m_simulator->playState()) {
    case SimulatorControl::PlayState::NoScenario:
        text = tr("No scenario loaded: pick one and press Play.");
        break;
    case SimulatorControl::PlayState::Ready:
        text = tr("Ready: “%1”, %2 s.").arg(loaded.name).arg(duration);
        break;
    case SimulatorControl::PlayState::Playing:
        text = tr("Playing “%1”: %2 s of %3 s.").arg(loaded.name).arg(position).arg(duration);
        break;
    case SimulatorControl::PlayState::Paused:
        text = tr("Paused “%1” at %2 s of %3 s.").arg(loaded.name).arg(position).arg(duration);
        break;
    case SimulatorControl::PlayState::Finished:
        text = tr("Finished “%1”: %2 s of %3 s. Play starts it again.").arg(loaded.name).arg(position).arg(duration);
        break;
    }
    m_progress->setText(text);
}

QLayout *SimulatorPanel::createQuotaRow()
{
    // Off by default: 0 in either box means no such limit.
    auto *row = new QHBoxLayout;
    m_quotaPerSecond = new QSpinBox(this);
    m_quotaPerSecond->setObjectName(QStringLiteral("quotaPerSecondSpin"));
    m_quotaPerSecond->setAccessibleName(tr("Requests per second per API key"));
    m_quotaPerSecond->setRange(0, 100000);
    m_quotaPerSecond->setSpecialValueText(tr("no limit"));
    m_quotaPerSecond->setSuffix(tr(" /s"));
    m_quotaPerSecond->setToolTip(tr("Beyond this many requests per second per API key or token the simulator "
                                    "answers 429 TOO_MANY_REQUESTS"));
    m_quotaPerDay = new QSpinBox(this);
    m_quotaPerDay->setObjectName(QStringLiteral("quotaPerDaySpin"));
    m_quotaPerDay->setAccessibleName(tr("Requests per day per API key"));
    m_quotaPerDay->setRange(0, 100000000);
    m_quotaPerDay->setGroupSeparatorShown(true);
    m_quotaPerDay->setSpecialValueText(tr("no limit"));
    m_quotaPerDay->setSuffix(tr(" /day"));
    m_quotaPerDay->setToolTip(tr("Beyond this many requests per UTC day per API key or token the simulator answers "
                                 "429 QUOTA_EXCEEDED until the next day"));
    m_retryAfter = new QCheckBox(tr("Send Retr&y-After"), this);
    m_retryAfter->setObjectName(QStringLiteral("quotaRetryAfterCheck"));
    m_retryAfter->setToolTip(tr("Tell callers refused with 429 how many seconds to wait"));
    const sim::QuotaSettings quota = m_simulator->quota();
    m_quotaPerSecond->setValue(quota.perSecond);
    m_quotaPerDay->setValue(quota.perDay);
    m_retryAfter->setChecked(quota.sendRetryAfter);
    auto *label = new QLabel(tr("Quota:"), this);
    label->setBuddy(m_quotaPerSecond);
    row->addWidget(label);
    row->addWidget(m_quotaPerSecond);
    row->addWidget(m_quotaPerDay);
    row->addWidget(m_retryAfter);
    row->addStretch(1);
    return row;
}

void SimulatorPanel::applyQuota()
{
    m_simulator->setQuota(
        sim::QuotaSettings{m_quotaPerSecond->value(), m_quotaPerDay->value(), m_retryAfter->isChecked()});
}

} // namespace roamdesk::ui
