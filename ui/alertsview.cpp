#include "ui/alertsview.h"

#include "app/alerts/alertservice.h"
#include "ui/alertsfilter.h"
#include "ui/alertsmodel.h"
#include "ui/ruleseditor.h"
#include "ui/tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace roamdesk::ui {

AlertsView::AlertsView(AlertService *alerts, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_model(new AlertsModel(this))
    , m_filter(new AlertsFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("alertsFilterEdit"));
    m_text->setPlaceholderText(tr("Filter: rule, device, words of the message"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter alerts"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("alertsStateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Standing (open or acknowledged)"), int(AlertsFilter::States::Active));
    m_state->addItem(tr("Open"), int(AlertsFilter::States::Open));
    m_state->addItem(tr("Acknowledged"), int(AlertsFilter::States::Acknowledged));
    m_state->addItem(tr("Resolved"), int(AlertsFilter::States::Resolved));
    m_state->addItem(tr("Ignored"), int(AlertsFilter::States::Ignored));
    m_state->addItem(tr("All states"), int(AlertsFilter::States::All));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("alertsSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Warning and critical"), int(AlertSeverity::Warning));
    m_severity->addItem(tr("Critical only"), int(AlertSeverity::Critical));
    auto *rules = new QPushButton(tr("&Rules…"), this);
    rules->setObjectName(QStringLiteral("editRulesButton"));
    rules->setToolTip(tr("View and edit the rules that raise alerts"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_severity);
    bar->addWidget(rules);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false); // newest first, as the model keeps them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    useOneLineRows(m_table);
    // The message last, taking what is left; the tooltip has it whole.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(AlertsModel::SeverityColumn, 90);
    m_table->setColumnWidth(AlertsModel::StateColumn, 105);
    m_table->setColumnWidth(AlertsModel::RuleColumn, 165);
    m_table->setColumnWidth(AlertsModel::DeviceColumn, 120);
    m_table->setColumnWidth(AlertsModel::CountColumn, 50);
    m_table->setColumnWidth(AlertsModel::LastColumn, 150);

    // The current alert's message whole, under the table: its column is what a narrow window cuts first.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message of the current alert"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(tr("Someone is on it: the alert stands, but no longer counts as open"));
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Dealt with: the next hit of the rule opens a new alert"));
    m_ignore = new QPushButton(tr("I&gnore"), this);
    m_ignore->setObjectName(QStringLiteral("ignoreButton"));
    m_ignore->setToolTip(tr("Not worth acting on: the next hit of the rule opens a new alert"));
    m_device = new QPushButton(tr("Show &device"), this);
    m_device->setObjectName(QStringLiteral("showDeviceButton"));
    m_device->setToolTip(tr("The device on the Devices board, with its journey"));
    m_notification = new QPushButton(tr("Show &notification"), this);
    m_notification->setObjectName(QStringLiteral("showNotificationButton"));
    m_notification->setToolTip(tr("The notification that raised the alert, in the log"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_resolve);
    actions->addWidget(m_ignore);
    actions->addSpacing(12);
    actions->addWidget(m_device);
    actions->addWidget(m_notification);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_text, &QLineEdit::textChanged, m_filter, &AlertsFilter::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setStates(AlertsFilter::States(m_state->currentData().toInt())); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int minimum = m_severity->currentData().toInt();
        m_filter->setMinimumSeverity(minimum < 0 ? std::nullopt : std::optional<AlertSeverity>(AlertSeverity(minimum)));
    });
    connect(rules, &QPushButton::clicked, this, &AlertsView::editRules);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsView::acknowledgeSelected);
    connect(m_resolve, &QPushButton::clicked, this, &AlertsView::resolveSelected);
    connect(m_ignore, &QPushButton::clicked, this, &AlertsView::ignoreSelected);
    connect(m_device, &QPushButton::clicked, this, &AlertsView::showDevice);
    connect(m_notification, &QPushButton::clicked, this, &AlertsView::showNotification);
    connect(m_table, &QTableView::doubleClicked, this, &AlertsView::showNotification);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertsView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlertsView::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AlertsView::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AlertsView::updateActions);

    connect(m_alerts, &AlertService::loaded, m_model, &AlertsModel::setAlerts);
    connect(m_alerts, &AlertService::alertsChanged, m_model, &AlertsModel::upsert);
    connect(m_model, &AlertsModel::openCountChanged, this, &AlertsView::openCountChanged);
    connect(m_model, &AlertsModel::openCountChanged, this, &AlertsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AlertsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AlertsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlertsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AlertsView::updateSummary);
    updateActions();
    updateSummary();
}

AlertsView::~AlertsView() = default;

int AlertsView::openCount() const
{
    return m_model->openCount();
}

QList<qint64> AlertsView::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(AlertsModel::IdRole).toLongLong();
    return ids;
}

void AlertsView::acknowledgeSelected()
{
    m_alerts->acknowledge(selectedIds());
}

void AlertsView::resolveSelected()
{
    m_alerts->resolve(selectedIds());
}

void AlertsView::ignoreSelected()
{
    m_alerts->ignore(selectedIds());
}

void AlertsView::showDevice()
{
    const QModelIndex current = m_table->currentIndex();
    const QString device = current.data(AlertsModel::DeviceRole).toString();
    if (current.isValid() && !device.isEmpty())
        Q_EMIT deviceRequested(device);
}

void AlertsView::showNotification()
{
    const qint64 seq = m_table->currentIndex().data(AlertsModel::SeqRole).toLongLong();
    if (seq > 0)
        Q_EMIT notificationRequested(seq);
}

void AlertsView::editRules()
{
    RulesEditor editor(m_alerts, this);
    editor.exec();
}

void AlertsView::updateActions()
{
    bool anyOpen = false;
    bool anyStanding = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const auto state = AlertState(row.data(AlertsModel::StateRole).toInt());
        anyOpen = anyOpen || state == AlertState::Open;
        anyStanding = anyStanding || alertstate::isActive(state);
    }
    m_acknowledge->setEnabled(anyOpen);
    m_resolve->setEnabled(anyStanding);
    m_ignore->setEnabled(anyStanding);
    const QModelIndex current = m_table->currentIndex();
    m_message->setText(
        current.isValid() ? current.siblingAtColumn(AlertsModel::MessageColumn).data().toString() : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    m_device->setEnabled(current.isValid() && !current.data(AlertsModel::DeviceRole).toString().isEmpty());
    m_notification->setEnabled(current.isValid() && current.data(AlertsModel::SeqRole).toLongLong() > 0);
}

void AlertsView::updateSummary()
{
    m_summary->setText(tr("%n open", nullptr, m_model->openCount()) + QStringLiteral(" · ")
        + tr("%n shown", nullptr, m_filter->rowCount()));
}

} // namespace roamdesk::ui
