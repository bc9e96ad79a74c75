#pragma once

#include "models/alert.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace roamdesk::ui {

/// The alerts as a table, newest first (by id): what AlertService loaded, then kept current by its
/// alertsChanged(). Severity reads as an icon and a word as well as a colour.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column {
        SeverityColumn,
        StateColumn,
        RuleColumn,
        DeviceColumn,
        CountColumn,
        LastColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole, // int(AlertSeverity)
        StateRole, // int(AlertState)
        SeqRole, // the newest triggering notification (0: none)
        DeviceRole, // the device label
        SearchRole, // what the text filter matches: rule, kind, device, message, severity and state words
        SortRole, // sortable raw value of the column
    };

    explicit AlertsModel(QObject *parent = nullptr);

    /// Replaces everything (newest first or in any order).
    void setAlerts(const QList<Alert> &alerts);
    /// Updates alerts already shown and adds the others.
    void upsert(const QList<Alert> &alerts);

    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    int rowOfId(qint64 id) const;
    int openCount() const;

    static QString severityText(AlertSeverity severity);
    static QString stateText(AlertState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void openCountChanged(int count);

private:
    void reindex();
    void noteOpenCount();

    QList<Alert> m_alerts; // newest (highest id) first
    QHash<qint64, int> m_rows; // id -> row
    int m_openCount = 0;
};

} // namespace roamdesk::ui
