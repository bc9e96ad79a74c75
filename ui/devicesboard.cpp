#include "ui/devicesboard.h"

#include "app/bulk/watchlist.h"
#include "app/fleet/fleetservice.h"
#include "models/countrytable.h"
#include "models/filterexpression.h"
#include "models/fleettablemodel.h"
#include "ui/fleetfilterproxy.h"
#include "ui/journeyview.h"
#include "ui/tableviews.h"
#include "ui/themecolors.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace roamdesk::ui {

namespace {

/// The dwell window choices: seconds back from now (0: the whole journey).
constexpr qint64 DaySeconds = 86400;
const qint64 WindowSeconds[] = {DaySeconds, 7 * DaySeconds, 30 * DaySeconds, 120 * DaySeconds, 0};

QString dwellText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    if (hours >= 48)
        return DevicesBoard::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    // A demo's journey lasts seconds: "0 h 0 min" would hide it.
    if (seconds < 60)
        return DevicesBoard::tr("%1 s").arg(seconds);
    return DevicesBoard::tr("%1 h %2 min").arg(hours).arg((seconds % 3600) / 60);
}

} // namespace

DevicesBoard::DevicesBoard(FleetService *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_proxy(new FleetFilterProxy(fleet->model(), this))
{
    setObjectName(QStringLiteral("devicesBoard"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setAccessibleName(tr("Devices"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::SinceColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    useOneLineRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(FleetTableModel::DeviceColumn, 200);
    m_table->setColumnWidth(FleetTableModel::StatusColumn, 110);
    m_table->setColumnWidth(FleetTableModel::CountryColumn, 170);
    // Times read in full: as wide as the longest local date-time the columns show.
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
        + 24;
    m_table->setColumnWidth(FleetTableModel::SinceColumn, timeWidth);
    m_table->setColumnWidth(FleetTableModel::LastEventColumn, 190);
    m_table->setColumnWidth(FleetTableModel::LastEventTimeColumn, timeWidth);
    // An imported list's label and group name the device as its owner knows it: shown next to it, not after
    // the times.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(FleetTableModel::LabelColumn), FleetTableModel::DeviceColumn + 1);
    header->moveSection(header->visualIndex(FleetTableModel::GroupColumn), FleetTableModel::DeviceColumn + 2);
    m_table->setColumnWidth(FleetTableModel::LabelColumn, 150);
    m_table->setColumnWidth(FleetTableModel::GroupColumn, 120);

    m_lookUp = new QPushButton(tr("Look up a&gain"), this);
    m_lookUp->setObjectName(QStringLiteral("boardLookUpButton"));
    m_subscribe = new QPushButton(tr("Su&bscribe…"), this);
    m_subscribe->setObjectName(QStringLiteral("boardSubscribeButton"));
    m_notifications = new QPushButton(tr("Show &notifications"), this);
    m_notifications->setObjectName(QStringLiteral("boardNotificationsButton"));
    m_copy = new QPushButton(tr("&Copy identifiers"), this);
    m_copy->setObjectName(QStringLiteral("boardCopyButton"));
    m_sweep = new QPushButton(tr("S&weep…"), this);
    m_sweep->setObjectName(QStringLiteral("boardSweepButton"));
    m_sweep->setToolTip(tr("Look up the selected devices, or every imported one when none is selected, within the "
                           "provider's quota"));
    m_import = new QPushButton(tr("&Import devices…"), this);
    m_import->setObjectName(QStringLiteral("boardImportButton"));
    m_import->setToolTip(tr("Add the devices of a CSV or JSON Lines file to the board, to watch and look up"));
    m_import->hide(); // until there is a watch list to keep them in
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_lookUp, m_subscribe, m_notifications, m_copy, m_sweep})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_import);
    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("boardImportMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importMessage->hide();

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(createFilterBar());
    upperLayout->addWidget(m_table, 1);
    upperLayout->addLayout(actions);
    upperLayout->addWidget(m_importMessage);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("devicesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(upper);
    splitter->addWidget(createJourneyPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_lookUp, &QPushButton::clicked, this, [this] {
        const QList<Device> devices = selectedDevices();
        if (!devices.isEmpty())
            Q_EMIT lookupRequested(devices.first());
    });
    connect(m_subscribe, &QPushButton::clicked, this, [this] {
        const QList<Device> devices = selectedDevices();
        if (!devices.isEmpty())
            Q_EMIT subscribeRequested(devices.first());
    });
    connect(m_notifications, &QPushButton::clicked, this, [this] {
        if (m_journeyDevice.isEmpty())
            return;
        // Quoted where the label is not one word (an IPv4 device with its private address).
        Q_EMIT notificationsRequested(QStringLiteral("device:") + FilterExpression::quoted(m_journeyDevice));
    });
    connect(m_copy, &QPushButton::clicked, this, &DevicesBoard::copyIdentifiers);
    connect(m_import, &QPushButton::clicked, this, &DevicesBoard::chooseImportFile);
    connect(m_sweep, &QPushButton::clicked, this, &DevicesBoard::requestSweep);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesBoard::onSelectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Device device = deviceOf(index.data(FleetTableModel::KeyRole).toString());
        if (!device.isEmpty())
            Q_EMIT lookupRequested(device);
    });
    connect(fleet, &FleetService::countsChanged, this, &DevicesBoard::updateCounts);
    connect(fleet, &FleetService::loaded, this, &DevicesBoard::updateCounts);
    connect(fleet, &FleetService::loaded, this, &DevicesBoard::showListColumns);
    connect(fleet, &FleetService::fleetChanged, this, [this](const QStringList &keys) {
        showListColumns();
        if (keys.contains(m_journeyDevice))
            requestJourney(m_journeyDevice);
    });
    connect(fleet, &FleetService::journeyReady, this,
        [this](quint64 id, const QString &label, const QList<JourneySegment> &segments) {
            if (id != m_journeyRequest || label != m_journeyDevice)
                return; // an older request, for a device no longer chosen
            m_journey->setJourney(segments, m_journeyNow);
            showDwell();
            m_exportCsv->setEnabled(!segments.isEmpty());
            m_savePicture->setEnabled(!segments.isEmpty());
        });
    updateCounts();
    showListColumns();
    onSelectionChanged();
}

QWidget *DevicesBoard::createFilterBar()
{
    // The buttons, the country and the filter on one row; under it, where a filter expression stops parsing.
    auto *box = new QWidget(this);
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QWidget(box);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *group = new QButtonGroup(bar);
    auto makeButton = [&](const char *name, FleetFilterProxy::State state) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        layout->addWidget(button);
        connect(button, &QToolButton::toggled, this, [this, state](bool on) {
            if (on)
                m_proxy->setState(state);
        });
        return button;
    };
    m_all = makeButton("boardAllButton", FleetFilterProxy::State::Any);
    m_roaming = makeButton("boardRoamingButton", FleetFilterProxy::State::Roaming);
    m_home = makeButton("boardHomeButton", FleetFilterProxy::State::Home);
    m_unknown = makeButton("boardUnknownButton", FleetFilterProxy::State::Unknown);
    m_all->setChecked(true);

    m_country = new QComboBox(bar);
    m_country->setObjectName(QStringLiteral("boardCountryCombo"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_country, &QComboBox::activated, this,
        [this](int index) { m_proxy->setCountry(m_country->itemData(index).toString()); });
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("boardSearchEdit"));
    m_search->setAccessibleName(tr("Find a device"));
    m_search->setPlaceholderText(tr("Find a device, or filter: roaming = true and age > 2h…"));
    m_search->setToolTip(
        tr("<p>A device's number or address, or a filter expression over the devices:</p>"
           "<p>Fields: <code>device roaming country mcc since lastEvent time status age ended reason</code><br>"
           "Compare: <code>= != &lt; &lt;= &gt; &gt;=</code>, <code>^=</code> (starts with), "
           "<code>in {DE, AT}</code>; combine with <code>and or not ( )</code></p>"
           "<p>Examples: <code>roaming = true and country in {DE, AT}</code>, <code>age &gt; 2h</code> (no status "
           "for two hours), <code>since &lt; -7d</code>, <code>lastEvent = roaming-on</code>, "
           "<code>ended = true</code></p><p>The full grammar: docs/filter-language.md</p>"));
    m_search->setClearButtonEnabled(true);
    m_searchError = new QLabel(box);
    m_searchError->setObjectName(QStringLiteral("boardFilterError"));
    m_searchError->setStyleSheet(theme::textStyle(theme::error()));
    m_searchError->hide();
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        FilterParseError error;
        const bool ok = m_proxy->setText(text, &error);
        m_searchError->setVisible(!ok);
        m_searchError->setText(ok ? QString() : tr("Filter: %1").arg(error.message()));
        m_search->setAccessibleDescription(ok ? QString() : error.message());
    });
    layout->addSpacing(12);
    layout->addWidget(m_country);
    layout->addWidget(m_search, 1);
    rows->addWidget(bar);
    rows->addWidget(m_searchError);
    return box;
}

QWidget *DevicesBoard::createJourneyPane()
{
    auto *pane = new QWidget(this);
    m_journeyTitle = new QLabel(pane);
    m_journeyTitle->setObjectName(QStringLiteral("journeyTitle"));
    m_window = new QComboBox(pane);
    m_window->setObjectName(QStringLiteral("journeyWindowCombo"));
    m_window->setAccessibleName(tr("Dwell time over"));
    m_window->addItems(
        {tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 120 days"), tr("The whole journey")});
    m_window->setCurrentIndex(4);
    connect(m_window, &QComboBox::currentIndexChanged, this, &DevicesBoard::showDwell);
    m_exportCsv = new QPushButton(tr("E&xport CSV…"), pane);
    m_exportCsv->setObjectName(QStringLiteral("journeyCsvButton"));
    m_savePicture = new QPushButton(tr("Save &picture…"), pane);
    m_savePicture->setObjectName(QStringLiteral("journeyPictureButton"));
    connect(m_exportCsv, &QPushButton::clicked, this, &DevicesBoard::exportJourneyCsv);
    connect(m_savePicture, &QPushButton::clicked, this, &DevicesBoard::saveJourneyPicture);

    auto *header = new QHBoxLayout;
    header->addWidget(m_journeyTitle, 1);
    header->addWidget(new QLabel(tr("Dwell time over:"), pane));
    header->addWidget(m_window);
    header->addWidget(m_exportCsv);
    header->addWidget(m_savePicture);

    m_journey = new JourneyView(pane);
    m_dwell = new QTableWidget(0, 3, pane);
    m_dwell->setObjectName(QStringLiteral("dwellTable"));
    m_dwell->setAccessibleName(tr("Time per country"));
    m_dwell->setHorizontalHeaderLabels({tr("Country"), tr("Time"), tr("Share")});
    m_dwell->verticalHeader()->hide();
    m_dwell->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dwell->setTabKeyNavigation(false);
    m_dwell->horizontalHeader()->setStretchLastSection(true);
    m_dwell->setMaximumWidth(360);

    auto *body = new QHBoxLayout;
    body->addWidget(m_journey, 1);
    body->addWidget(m_dwell);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    return pane;
}

void DevicesBoard::showListColumns()
{
    // Only imported lists carry a label and a group: no empty columns for a fleet that only events built.
    const FleetState &state = m_fleet->state();
    m_table->setColumnHidden(FleetTableModel::LabelColumn, state.labelledCount() == 0);
    m_table->setColumnHidden(FleetTableModel::GroupColumn, state.groupedCount() == 0);
}

void DevicesBoard::updateCounts()
{
    const FleetCounts counts = m_fleet->counts();
    m_all->setText(tr("All (%1)").arg(counts.roaming + counts.home + counts.unknown));
    m_roaming->setText(tr("✈ Roaming (%1)").arg(counts.roaming));
    m_home->setText(tr("⌂ At home (%1)").arg(counts.home));
    m_unknown->setText(tr("? Not known (%1)").arg(counts.unknown));
    updateCountryChoices();
}

void DevicesBoard::updateCountryChoices()
{
    // Most devices first: the countries that matter now are at the top of the list.
    QList<std::pair<QString, CountryCounts>> countries;
    const QHash<QString, CountryCounts> &byCountry = m_fleet->countryCounts();
    for (auto it = byCountry.constBegin(); it != byCountry.constEnd(); ++it) {
        if (it->roaming + it->home > 0)
            countries.append({it.key(), *it});
    }
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        const int left = a.second.roaming + a.second.home, right = b.second.roaming + b.second.home;
        return left != right ? left > right : a.first < b.first;
    });
    const QString chosen = m_proxy->country();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    for (const auto &[code, count] : std::as_const(countries)) {
        m_country->addItem(
            tr("%1 — %2 roaming, %3 at home").arg(CountryTable::describe({code})).arg(count.roaming).arg(count.home),
            code);
    }
    if (!chosen.isEmpty() && m_country->findData(chosen) < 0)
        m_country->addItem(tr("%1 — no device now").arg(CountryTable::describe({chosen})), chosen);
    m_country->setCurrentIndex(std::max(0, m_country->findData(chosen)));
}

void DevicesBoard::setCountryFilter(const QString &isoCode)
{
    m_proxy->setCountry(isoCode);
    updateCountryChoices();
}

bool DevicesBoard::showDevice(const QString &label)
{
    m_all->setChecked(true);
    m_search->clear();
    setCountryFilter(QString());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, FleetTableModel::DeviceColumn);
        if (index.data(FleetTableModel::KeyRole).toString() == label) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString DevicesBoard::countryFilter() const
{
    return m_proxy->country();
}

Device DevicesBoard::deviceOf(const QString &label) const
{
    const DeviceFleetEntry *entry = m_fleet->state().find(label);
    return entry ? entry->device : FleetState::deviceFromLabel(label);
}

QList<Device> DevicesBoard::selectedDevices() const
{
    QList<Device> devices;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(FleetTableModel::DeviceColumn);
    for (const QModelIndex &index : rows)
        devices << deviceOf(index.data(FleetTableModel::KeyRole).toString());
    return devices;
}

void DevicesBoard::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(FleetTableModel::DeviceColumn);
    m_lookUp->setEnabled(rows.size() == 1);
    m_subscribe->setEnabled(rows.size() == 1);
    m_notifications->setEnabled(rows.size() == 1);
    m_copy->setEnabled(!rows.isEmpty());
    m_sweep->setEnabled(!rows.isEmpty() || (m_watchList && !m_watchList->entries().isEmpty()));
    requestJourney(rows.size() == 1 ? rows.first().data(FleetTableModel::KeyRole).toString() : QString());
}

void DevicesBoard::requestJourney(const QString &label)
{
    m_journeyDevice = label;
    m_journeyTitle->setText(label.isEmpty() ? tr("Journey: choose one device") : tr("Journey of %1").arg(label));
    if (label.isEmpty()) {
        m_journey->clear();
        m_dwell->setRowCount(0);
        m_exportCsv->setEnabled(false);
        m_savePicture->setEnabled(false);
        return;
    }
    m_journeyNow = QDateTime::currentDateTimeUtc();
    m_journeyRequest = m_fleet->journeyFor(label);
}

void DevicesBoard::showDwell()
{
    const qint64 window = WindowSeconds[std::clamp(m_window->currentIndex(), 0, int(std::size(WindowSeconds)) - 1)];
    const QList<JourneySegment> &segments = m_journey->segments();
    const QDateTime to = m_journeyNow;
    const QDateTime from = window > 0 ? to.addSecs(-window) : (segments.isEmpty() ? to : segments.first().start);
    const QList<CountryDwell> dwell = journey::dwell(segments, from, to);
    qint64 total = 0;
    for (const CountryDwell &entry : dwell)
        total += entry.seconds;
    m_dwell->setRowCount(int(dwell.size()));
    for (int row = 0; row < dwell.size(); ++row) {
        const CountryDwell &entry = dwell.at(row);
        const QString country = entry.countryCode ? CountryTable::describe(entry.countryNames)
            : entry.atHome                        ? tr("At home (not roaming)")
                                                  : tr("Unknown country");
        m_dwell->setItem(row, 0, new QTableWidgetItem(country));
        m_dwell->setItem(row, 1, new QTableWidgetItem(dwellText(entry.seconds)));
        m_dwell->setItem(row, 2,
            new QTableWidgetItem(
                total > 0 ? QStringLiteral("%1 %").arg(100.0 * entry.seconds / total, 0, 'f', 1) : QString()));
    }
    m_dwell->resizeColumnsToContents();
}

void DevicesBoard::copyIdentifiers()
{
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(FleetTableModel::DeviceColumn);
    for (const QModelIndex &index : rows)
        lines << index.data(FleetTableModel::KeyRole).toString();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void DevicesBoard::exportJourneyCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the journey"), QDir::home().filePath(QStringLiteral("journey.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !journey::writeCsv(m_journey->segments(), &file))
        QMessageBox::warning(this, tr("Export the journey"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void DevicesBoard::saveJourneyPicture()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the journey as a picture"),
        QDir::home().filePath(QStringLiteral("journey.png")), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_journey->grab().save(path, "PNG"))
        QMessageBox::warning(
            this, tr("Save the journey as a picture"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void DevicesBoard::setWatchList(bulk::WatchList *watchList)
{
    m_watchList = watchList;
    m_import->setVisible(watchList != nullptr);
    if (watchList)
        connect(watchList, &bulk::WatchList::changed, this, &DevicesBoard::onSelectionChanged);
    onSelectionChanged();
}

void DevicesBoard::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import devices"), QString(), tr("Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool DevicesBoard::importFile(const QString &path)
{
    if (!m_watchList)
        return false;
    const DeviceList list = DeviceListParser::parseFile(path);
    const int added = m_watchList->add(list.entries);
    QStringList lines;
    lines << tr("Imported %n device(s) from %1, %2 new.", nullptr, int(list.entries.size()))
                 .arg(QFileInfo(path).fileName())
                 .arg(added);
    if (!list.errors.isEmpty()) {
        lines << tr("%n line(s) left out:", nullptr, int(list.errors.size()));
        constexpr int Shown = 8;
        for (const DeviceListError &error : list.errors.mid(0, Shown))
            lines << error.toString();
        if (list.errors.size() > Shown)
            lines << tr("… and %n more", nullptr, int(list.errors.size() - Shown));
    }
    m_importMessage->setText(lines.join(QLatin1Char('\n')));
    m_importMessage->show();
    return !list.entries.isEmpty();
}

void DevicesBoard::requestSweep()
{
    QList<DeviceListEntry> entries;
    const QList<Device> devices = selectedDevices();
    if (devices.isEmpty() && m_watchList) {
        entries = m_watchList->entries();
    } else {
        for (const Device &device : devices) {
            DeviceListEntry entry = m_watchList ? m_watchList->entryFor(device) : DeviceListEntry();
            entry.device = device;
            entry.row = int(entries.size()) + 1;
            entries << entry;
        }
    }
    for (int i = 0; i < entries.size(); ++i)
        entries[i].row = i + 1;
    if (!entries.isEmpty())
        Q_EMIT sweepRequested(entries);
}

} // namespace roamdesk::ui
