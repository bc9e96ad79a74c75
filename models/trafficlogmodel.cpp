#include "models/trafficlogmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace roamdesk {

namespace {

QString headerLines(const HttpHeaderList &headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    return lines.join(QLatin1Char('\n'));
}

QString statusText(const TrafficExchange &exchange)
{
    if (exchange.httpStatus > 0)
        return QString::number(exchange.httpStatus);
    return exchange.error.isEmpty() ? QStringLiteral("…") : exchange.error;
}

// What tells the calls apart: the path from the API version on ("…/v0.8/subscriptions/3f2a…", "…/v1/retrieve").
// Scheme, host and API name are the same on most rows; the tooltip has the whole URL.
QString urlTail(const QUrl &url)
{
    static const QRegularExpression version(QStringLiteral("/v\\d+(\\.\\d+)*(/|$)"));
    const QString path = url.path(QUrl::FullyDecoded);
    const QRegularExpressionMatch match = version.match(path);
    QString tail = match.hasMatch() && match.capturedStart() > 0
        ? QStringLiteral("\u2026") + path.mid(match.capturedStart())
        : path;
    if (url.hasQuery())
        tail += QLatin1Char('?') + url.query(QUrl::FullyDecoded);
    return tail;
}

} // namespace

TrafficLogModel::TrafficLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TrafficExchange &exchange = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return exchange.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(exchange.method);
        case UrlColumn:
            return urlTail(exchange.url);
        case StatusColumn:
            return statusText(exchange);
        case LatencyColumn:
            return exchange.latencyMs < 0
                ? QString()
                : QCoreApplication::translate("roamdesk::TrafficLogModel", "%1 ms").arg(exchange.latencyMs);
        case CorrelatorColumn:
            return exchange.correlator;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return exchange.startedAt;
        case MethodColumn:
            return QString::fromLatin1(exchange.method);
        case UrlColumn:
            return exchange.url;
        case StatusColumn:
            return exchange.httpStatus;
        case LatencyColumn:
            return exchange.latencyMs;
        case CorrelatorColumn:
            return exchange.correlator;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !exchange.error.isEmpty())
            return exchange.error;
        if (index.column() == UrlColumn)
            return exchange.url.toDisplayString();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ExchangeIdRole:
        return exchange.id;
    case RequestHeadersRole:
        return headerLines(exchange.requestHeaders);
    case RequestBodyRole:
        return exchange.requestBody;
    case ResponseHeadersRole:
        return headerLines(exchange.responseHeaders);
    case ResponseBodyRole:
        return exchange.responseBody;
    case ErrorRole:
        return exchange.error;
    case IsFailureRole:
        return exchange.httpStatus == 0 || exchange.httpStatus >= 400;
    }
    return {};
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "Time");
    case MethodColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "Method");
    case UrlColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "URL");
    case StatusColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "Status");
    case LatencyColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "Latency");
    case CorrelatorColumn:
        return QCoreApplication::translate("roamdesk::TrafficLogModel", "Correlator");
    }
    return {};
}

QHash<int, QByteArray> TrafficLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(ExchangeIdRole, "exchangeId");
    names.insert(RequestHeadersRole, "requestHeaders");
    names.insert(RequestBodyRole, "requestBody");
    names.insert(ResponseHeadersRole, "responseHeaders");
    names.insert(ResponseBodyRole, "responseBody");
    names.insert(ErrorRole, "error");
    names.insert(IsFailureRole, "isFailure");
    return names;
}

quint64 TrafficLogModel::append(TrafficExchange exchange)
{
    // Defence in depth: whoever records, nothing unmasked reaches the table.
    exchange.requestHeaders = traffic::maskHeaders(exchange.requestHeaders, &exchange.secrets);
    exchange.responseHeaders = traffic::maskHeaders(exchange.responseHeaders, &exchange.secrets);
    exchange.requestBody = traffic::maskBody(exchange.requestBody, &exchange.secrets);
    exchange.responseBody = traffic::maskBody(exchange.responseBody, &exchange.secrets);
    exchange.id = m_nextId++;

    if (int(m_rows.size()) >= m_maxRows)
        dropOldest(int(m_rows.size()) - m_maxRows + 1);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(exchange));
    endInsertRows();
    return m_rows.back().id;
}

void TrafficLogModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrafficLogModel::setMaxRows(int maxRows)
{
    m_maxRows = qMax(1, maxRows);
    if (int(m_rows.size()) > m_maxRows)
        dropOldest(int(m_rows.size()) - m_maxRows);
}

TrafficExchange TrafficLogModel::exchange(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[std::size_t(row)];
}

int TrafficLogModel::rowOf(quint64 id) const
{
    if (m_rows.empty() || id < m_rows.front().id || id > m_rows.back().id)
        return -1;
    // Ids are consecutive from the front row on.
    const int row = int(id - m_rows.front().id);
    return row < rowCount() && m_rows[std::size_t(row)].id == id ? row : -1;
}

QString TrafficLogModel::curlCommand(int row, bool revealSecrets) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[std::size_t(row)].toCurl(revealSecrets);
}

void TrafficLogModel::dropOldest(int count)
{
    count = qMin(count, rowCount());
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

} // namespace roamdesk
