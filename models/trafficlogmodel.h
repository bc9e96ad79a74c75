#pragma once

#include "models/trafficexchange.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace roamdesk {

/// The traffic inspector's table: one row per HTTP exchange, oldest first, bounded to maxRows()
/// (the oldest rows are dropped first). Everything it holds is already masked; curlCommand() can put
/// the secrets back only when explicitly asked.
class TrafficLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLogModel)

public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, LatencyColumn, CorrelatorColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable raw value of the column (QDateTime, int, …)
        ExchangeIdRole,
        RequestHeadersRole, // QString, "Name: value" lines, masked
        RequestBodyRole, // QByteArray, masked
        ResponseHeadersRole, // QString, masked
        ResponseBodyRole, // QByteArray, masked
        ErrorRole, // QString, transport failure or empty
        IsFailureRole, // bool: no HTTP answer, or status >= 400
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxRows = 5000;

    explicit TrafficLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Appends (masking again defensively) and returns the id given to the exchange.
    quint64 append(TrafficExchange exchange);
    void clear();

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int maxRows);

    /// The exchange at `row` (a default one when out of range).
    TrafficExchange exchange(int row) const;
    /// The row of an exchange id, or -1 (dropped or unknown).
    int rowOf(quint64 id) const;
    /// "copy as curl" of the row's request; secrets as ${NAME} placeholders unless `revealSecrets`.
    QString curlCommand(int row, bool revealSecrets = false) const;

private:
    void dropOldest(int count);

    std::deque<TrafficExchange> m_rows;
    quint64 m_nextId = 1;
    int m_maxRows = DefaultMaxRows;
};

} // namespace roamdesk
