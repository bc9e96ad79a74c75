#include "ui/alertsmodel.h"

#include "ui/themecolors.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace roamdesk::ui {

namespace {
bool newerFirst(const Alert &a, const Alert &b)
{
    return a.id > b.id;
}
} // namespace

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AlertsModel::severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("Info");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertsModel::stateText(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return tr("Open");
    case AlertState::Acknowledged:
        return tr("Acknowledged");
    case AlertState::Resolved:
        return tr("Resolved");
    case AlertState::Ignored:
        return tr("Ignored");
    }
    return {};
}

void AlertsModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    std::sort(m_alerts.begin(), m_alerts.end(), newerFirst);
    reindex();
    endResetModel();
    noteOpenCount();
}

void AlertsModel::upsert(const QList<Alert> &alerts)
{
    QList<Alert> added;
    for (const Alert &alert : alerts) {
        const int row = rowOfId(alert.id);
        if (row < 0) {
            added << alert;
            continue;
        }
        m_alerts[row] = alert;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    std::sort(added.begin(), added.end(), newerFirst);
    for (const Alert &alert : std::as_const(added)) {
        // Usually the newest: row 0. A late, older id goes where its id says.
        const auto at = std::lower_bound(m_alerts.begin(), m_alerts.end(), alert, newerFirst);
        const int row = int(at - m_alerts.begin());
        beginInsertRows({}, row, row);
        m_alerts.insert(row, alert);
        reindex();
        endInsertRows();
    }
    noteOpenCount();
}

int AlertsModel::rowOfId(qint64 id) const
{
    return m_rows.value(id, -1);
}

int AlertsModel::openCount() const
{
    return m_openCount;
}

void AlertsModel::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_alerts.size(); ++row)
        m_rows.insert(m_alerts.at(row).id, row);
}

void AlertsModel::noteOpenCount()
{
    const int open = int(
        std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const Alert &a) { return a.state == AlertState::Open; }));
    if (open == m_openCount)
        return;
    m_openCount = open;
    Q_EMIT openCountChanged(open);
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case IdRole:
        return alert.id;
    case SeverityRole:
        return int(alert.severity);
    case StateRole:
        return int(alert.state);
    case SeqRole:
        return alert.lastSeq;
    case DeviceRole:
        return alert.device;
    case SearchRole:
        return QStringList{alert.ruleId, alert.kind, alert.device, alert.message, severityText(alert.severity),
            stateText(alert.state), alertseverity::toWire(alert.severity), alertstate::toWire(alert.state)}
            .join(QLatin1Char(' '));
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case SeverityColumn:
            return int(alert.severity);
        case StateColumn:
            return int(alert.state);
        case CountColumn:
            return alert.count;
        case LastColumn:
            return alert.lastTime;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeverityColumn:
            return severityText(alert.severity);
        case StateColumn:
            return alert.stateBy.isEmpty() ? stateText(alert.state)
                                           : tr("%1 by %2").arg(stateText(alert.state), alert.stateBy);
        case RuleColumn:
            return alert.ruleId;
        case DeviceColumn:
            return alert.device;
        case MessageColumn:
            return alert.message;
        case CountColumn:
            return alert.count;
        case LastColumn:
            return alert.lastTime.isValid() ? QLocale().toString(alert.lastTime.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == SeverityColumn) {
        const QStyle *style = QApplication::style();
        switch (alert.severity) {
        case AlertSeverity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case AlertSeverity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case AlertSeverity::Critical:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
    }
    if (role == Qt::ForegroundRole && column == SeverityColumn) {
        if (alert.severity == AlertSeverity::Critical)
            return theme::error();
        if (alert.severity == AlertSeverity::Warning)
            return theme::abroad();
    }
    if (role == Qt::ForegroundRole && !alertstate::isActive(alert.state))
        return theme::muted(); // what is settled reads quieter
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 (%2): %3").arg(alert.ruleId, alert.kind, alert.message);
        if (alert.firstTime.isValid())
            tip += QLatin1Char('\n')
                + tr("First: %1").arg(QLocale().toString(alert.firstTime.toLocalTime(), QLocale::LongFormat));
        if (alert.stateAt.isValid())
            tip += QLatin1Char('\n')
                + tr("%1 by %2 at %3")
                      .arg(stateText(alert.state), alert.stateBy,
                          QLocale().toString(alert.stateAt.toLocalTime(), QLocale::LongFormat));
        return tip;
    }
    if (role == Qt::TextAlignmentRole && column == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case RuleColumn:
        return tr("Rule");
    case DeviceColumn:
        return tr("Device");
    case MessageColumn:
        return tr("Message");
    case CountColumn:
        return tr("Count");
    case LastColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace roamdesk::ui
