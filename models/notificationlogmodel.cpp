#include "models/notificationlogmodel.h"

#include "models/countrytable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLog, "roamdesk.log", QtInfoMsg)

namespace roamdesk {

namespace {

constexpr int RefreshCoalesceMs = 150;

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString formatTimeOfDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

NotificationLogModel::NotificationLogModel(NotificationLogSourceFactory factory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new NotificationLogReader(std::move(factory)))
{
    qRegisterMetaType<NotificationLogPage>();
    m_strings << QString();
    m_stringIds.insert(QString(), 0);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshCoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NotificationLogModel::refresh);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    // Queued: the reader emits on its thread, the answers are applied on ours.
    connect(m_reader, &NotificationLogReader::pageRead, this, &NotificationLogModel::onPageRead);
    connect(m_reader, &NotificationLogReader::rawJsonRead, this, &NotificationLogModel::onRawJsonRead);
    connect(m_reader, &NotificationLogReader::countRead, this,
        [this](quint64 generation, qint64 count, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                reportError(error);
                return;
            }
            m_totalCount = count;
            Q_EMIT totalCountReady(count);
        });
    m_thread.setObjectName(QStringLiteral("roamdesk.log-reader"));
    m_thread.start();
    reload();
}

NotificationLogModel::~NotificationLogModel()
{
    // Skip whatever is still queued, and stop a read in progress where the source can.
    m_reader->setLatestGeneration(std::numeric_limits<quint64>::max());
    m_reader->interruptStale();
    m_thread.quit();
    m_thread.wait();
}

int NotificationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RoamingColumn) {
            if (row.countryCode < 0 && !(row.flags & 1) && row.knownCountryNames != 0)
                return tr("%1: the country the device was last seen roaming in; the event names none.")
                    .arg(roamingText(row));
            return displayValue(row, RoamingColumn);
        }
        if (index.column() == ReceivedColumn)
            return timesText(row);
        if (index.column() == TerminationColumn || index.column() == SubscriptionColumn
            || index.column() == DeviceColumn)
            return displayValue(row, index.column());
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case RawJsonRole: {
        // Never read here: ask the reader, rawJsonReady and dataChanged follow.
        const auto it = m_rawCache.constFind(row.seq);
        if (it != m_rawCache.constEnd())
            return it.value();
        const_cast<NotificationLogModel *>(this)->requestRawJson(row.seq);
        return QByteArray();
    }
    case SeqRole:
        return row.seq;
    case EventTypeRole:
        return int(row.type);
    case CountryCodeRole:
        return row.countryCode >= 0 ? QVariant(row.countryCode) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant NotificationLogModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return formatTimeOfDay(row.receivedMs);
    case TypeColumn:
        return eventtype::shortName(EventType(row.type));
    case DeviceColumn:
        return string(row.device);
    case SubscriptionColumn:
        return string(row.subscription);
    case RoamingColumn:
        if (eventtype::isTermination(EventType(row.type)) && row.termination != 0)
            return tr("Ended: %1").arg(string(row.termination));
        return roamingText(row);
    case TerminationColumn:
        return string(row.termination);
    default:
        break;
    }
    return {};
}

QVariant NotificationLogModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return row.receivedMs;
    case TypeColumn:
        return int(row.type);
    case DeviceColumn:
        return string(row.device);
    case SubscriptionColumn:
        return string(row.subscription);
    case RoamingColumn:
        return row.roaming < 0 ? QVariant() : QVariant(row.roaming == 1);
    case TerminationColumn:
        return string(row.termination);
    default:
        break;
    }
    return {};
}

QString NotificationLogModel::roamingText(const Row &row) const
{
    if (row.roaming < 0)
        return {};
    if (row.roaming == 0)
        return tr("Not roaming");
    QStringList isoCodes;
    if (row.flags & 1)
        isoCodes = string(row.countryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (row.countryCode >= 0)
        isoCodes = CountryTable::instance().isoCodes(row.countryCode);
    if (row.countryCode < 0 && isoCodes.isEmpty()) {
        // roaming-on names no country: the one the store last saw the device roaming in, when it knows.
        const QStringList known = string(row.knownCountryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return known.isEmpty() ? tr("Roaming") : tr("Roaming in %1").arg(CountryTable::describe(known));
    }
    const QString where = CountryTable::describe(isoCodes);
    if (row.countryCode < 0)
        return tr("Roaming in %1").arg(where);
    return tr("Roaming in %1 (MCC %2)").arg(where).arg(row.countryCode);
}

QString NotificationLogModel::timesText(const Row &row) const
{
    const QString received = tr("Received %1").arg(formatTime(row.receivedMs));
    if (row.eventMs == NoTime)
        return received;
    return received + QLatin1Char('\n') + tr("Event time %1").arg(formatTime(row.eventMs));
}

QVariant NotificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case TypeColumn:
        return tr("Type");
    case DeviceColumn:
        return tr("Device");
    case SubscriptionColumn:
        return tr("Subscription");
    case RoamingColumn:
        return tr("Country / reason");
    case TerminationColumn:
        return tr("Termination reason");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> NotificationLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RawJsonRole, "rawJson");
    names.insert(SeqRole, "seq");
    names.insert(EventTypeRole, "eventType");
    names.insert(CountryCodeRole, "countryCode");
    return names;
}

bool NotificationLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy && !m_fetchPending && !m_reloadPending;
}

void NotificationLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? m_newestSeen + 1 : m_rows.constLast().seq;
    setPending(m_reloadPending, true);
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation = m_generation, filter = m_filter, before, limit = m_pageSize] {
            reader->readOlder(generation, filter, before, limit);
        },
        Qt::QueuedConnection);
}

void NotificationLogModel::setFilter(const NotificationLogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void NotificationLogModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void NotificationLogModel::reload()
{
    ++m_generation;
    m_reader->setLatestGeneration(m_generation);
    m_reader->interruptStale(); // a text filter still running for the previous keystroke stops now
    // Answers still on their way belong to the old generation and will be dropped.
    m_refreshPending = false;
    m_totalCount = -1;
    setPending(true, false);
    if (!m_reloadQueued) {
        // One request per event-loop turn, with the filter and page size as they are by then.
        m_reloadQueued = true;
        QMetaObject::invokeMethod(this, &NotificationLogModel::sendReload, Qt::QueuedConnection);
    }
}

void NotificationLogModel::sendReload()
{
    m_reloadQueued = false;
    if (!m_reloadPending)
        return;
    m_refreshAgain = false; // the first page reads the newest seq itself
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation = m_generation, filter = m_filter, limit = m_pageSize] {
            reader->readFirst(generation, filter, limit);
        },
        Qt::QueuedConnection);
}

void NotificationLogModel::refresh()
{
    m_refreshTimer.stop();
    if (m_reloadPending || m_refreshPending) {
        // An answer that moves m_newestSeen is on its way: look again once it is here.
        m_refreshAgain = true;
        return;
    }
    m_refreshPending = true;
    // One more than a page tells "fits above the current rows" from "too many: start over".
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation = m_generation, filter = m_filter, after = m_newestSeen,
            limit = m_pageSize + 1] { reader->readNewer(generation, filter, after, limit); },
        Qt::QueuedConnection);
}

void NotificationLogModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void NotificationLogModel::onPageRead(const NotificationLogPage &page)
{
    if (page.generation != m_generation)
        return; // asked for under an older filter
    switch (page.kind) {
    case NotificationLogPage::Kind::First:
        applyFirstPage(page);
        break;
    case NotificationLogPage::Kind::Older:
        applyOlderPage(page);
        break;
    case NotificationLogPage::Kind::Newer:
        applyNewerPage(page);
        break;
    }
    if (m_refreshAgain && !m_reloadPending && !m_refreshPending) {
        m_refreshAgain = false;
        refresh();
    }
}

void NotificationLogModel::applyFirstPage(const NotificationLogPage &page)
{
    m_busy = true;
    if (m_rows.isEmpty()) {
        // Nothing shown yet: the page simply arrives.
        clearStrings();
        if (!page.records.isEmpty()) {
            beginInsertRows({}, 0, int(page.records.size()) - 1);
            m_rows.reserve(page.records.size());
            for (const NotificationLogRecord &record : page.records)
                m_rows.append(compact(record));
            endInsertRows();
        }
    } else {
        beginResetModel();
        QVector<Row> old;
        old.swap(m_rows);
        clearStrings();
        m_rows.reserve(page.records.size());
        for (const NotificationLogRecord &record : page.records)
            m_rows.append(compact(record));
        endResetModel();
        // Handing back a million rows' memory is milliseconds of page unmapping: the reader thread does it.
        QMetaObject::invokeMethod(
            m_reader, [old = std::move(old)] { Q_UNUSED(old) }, Qt::QueuedConnection);
    }
    m_busy = false;
    m_newestSeen = page.newestSeq;
    m_exhausted = page.records.size() < page.limit;
    setPending(false, false);
    if (!page.error.isEmpty())
        reportError(page.error);
}

void NotificationLogModel::applyOlderPage(const NotificationLogPage &page)
{
    m_exhausted = page.records.size() < page.limit;
    if (!page.records.isEmpty()) {
        m_busy = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.records.size() - 1));
        for (const NotificationLogRecord &record : page.records) // no reserve(): let the vector grow geometrically
            m_rows.append(compact(record));
        endInsertRows();
        m_busy = false;
    }
    // After the rows are in: a view may ask for the next page from loadingChanged.
    setPending(m_reloadPending, false);
    if (!page.error.isEmpty())
        reportError(page.error);
}

void NotificationLogModel::applyNewerPage(const NotificationLogPage &page)
{
    m_refreshPending = false;
    if (!page.error.isEmpty()) {
        reportError(page.error);
        return;
    }
    if (page.records.size() >= page.limit) {
        reload(); // more than a page arrived at once: start over rather than leave a gap
        return;
    }
    m_newestSeen = qMax(m_newestSeen, page.newestSeq);
    if (page.records.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, 0, int(page.records.size()) - 1);
    // Qt 6's QList keeps room at the front: prepending is amortized O(1) per row, not a copy of the log.
    for (auto it = page.records.crbegin(); it != page.records.crend(); ++it)
        m_rows.prepend(compact(*it));
    endInsertRows();
    m_busy = false;
}

void NotificationLogModel::setPending(bool reload, bool fetch)
{
    if (reload == m_reloadPending && fetch == m_fetchPending)
        return;
    m_reloadPending = reload;
    m_fetchPending = fetch;
    Q_EMIT loadingChanged();
}

void NotificationLogModel::requestRawJson(qint64 seq)
{
    if (m_rawCache.contains(seq)) {
        // Answer like a read would: later, never from inside the caller.
        QMetaObject::invokeMethod(
            this,
            [this, seq] {
                const auto it = m_rawCache.constFind(seq);
                if (it != m_rawCache.constEnd())
                    Q_EMIT rawJsonReady(seq, it.value());
                else
                    requestRawJson(seq); // evicted meanwhile
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_rawPending.contains(seq))
        return;
    m_rawPending.insert(seq);
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, seq] { reader->readRawJson(seq); }, Qt::QueuedConnection);
}

void NotificationLogModel::onRawJsonRead(qint64 seq, const QByteArray &json, const QString &error)
{
    m_rawPending.remove(seq);
    if (!error.isEmpty())
        reportError(error);
    if (!json.isEmpty()) {
        if (!m_rawCache.contains(seq)) {
            m_rawOrder.append(seq);
            while (m_rawOrder.size() > RawJsonCacheSize)
                m_rawCache.remove(m_rawOrder.takeFirst());
        }
        m_rawCache.insert(seq, json);
    }
    Q_EMIT rawJsonReady(seq, json);
    const int row = rowOfSeq(seq);
    if (row >= 0 && !json.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {RawJsonRole});
}

void NotificationLogModel::requestTotalCount()
{
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation = m_generation, filter = m_filter] { reader->readCount(generation, filter); },
        Qt::QueuedConnection);
}

NotificationLogRecord NotificationLogModel::record(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    NotificationLogRecord record;
    record.seq = r.seq;
    record.receivedMs = r.receivedMs;
    if (r.eventMs != NoTime)
        record.eventMs = r.eventMs;
    record.type = EventType(r.type);
    record.device = string(r.device);
    record.subscriptionId = string(r.subscription);
    if (r.roaming >= 0)
        record.roaming = r.roaming == 1;
    if (r.countryCode >= 0)
        record.countryCode = r.countryCode;
    if (r.flags & 1)
        record.countryNames = string(r.countryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.terminationReason = string(r.termination);
    record.validity = ReceiptValidity(r.validity);
    record.knownCountryNames = string(r.knownCountryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (r.knownCountryCode >= 0)
        record.knownCountryCode = r.knownCountryCode;
    record.rawJson = cachedRawJson(r.seq);
    if (!record.rawJson.isEmpty()) {
        // id and source are unique per row, so the compact row leaves them to the raw event.
        const QJsonObject event = QJsonDocument::fromJson(record.rawJson).object();
        record.eventId = event.value(QStringLiteral("id")).toString();
        record.source = event.value(QStringLiteral("source")).toString();
    }
    return record;
}

qint64 NotificationLogModel::seqAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : 0;
}

int NotificationLogModel::rowOfSeq(qint64 seq) const
{
    // Rows are in strictly falling seq order.
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), seq, [](const Row &row, qint64 wanted) { return row.seq > wanted; });
    return it != m_rows.cend() && it->seq == seq ? int(it - m_rows.cbegin()) : -1;
}

NotificationLogModel::Row NotificationLogModel::compact(const NotificationLogRecord &record)
{
    Row row{};
    row.seq = record.seq;
    row.receivedMs = record.receivedMs;
    row.eventMs = record.eventMs ? *record.eventMs : NoTime;
    row.device = intern(record.device);
    row.subscription = intern(record.subscriptionId);
    row.countryNames = record.countryNames ? intern(record.countryNames->join(QLatin1Char(','))) : 0;
    row.termination = intern(record.terminationReason);
    row.knownCountryNames = intern(record.knownCountryNames.join(QLatin1Char(',')));
    row.countryCode = record.countryCode ? *record.countryCode : -1;
    row.knownCountryCode = record.knownCountryCode ? *record.knownCountryCode : -1;
    row.type = quint8(record.type);
    row.roaming = record.roaming ? qint8(*record.roaming ? 1 : 0) : qint8(-1);
    row.flags = record.countryNames ? 1 : 0;
    row.validity = quint8(record.validity);
    return row;
}

quint32 NotificationLogModel::intern(const QString &text)
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

void NotificationLogModel::clearStrings()
{
    m_strings.erase(m_strings.begin() + 1, m_strings.end());
    m_stringIds.clear();
    m_stringIds.insert(QString(), 0);
}

void NotificationLogModel::reportError(const QString &error)
{
    if (error.isEmpty())
        return;
    m_lastError = error;
    qCWarning(lcLog) << "reading the notification store failed:" << error;
    Q_EMIT loadFailed(error);
}

} // namespace roamdesk
