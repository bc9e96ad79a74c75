#pragma once

#include "notificationlogsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace roamdesk {

/// The notification log: stored CloudEvents, newest first, read lazily from a NotificationLogSource.
/// Rows arrive a page at a time through canFetchMore()/fetchMore(); each row is a small fixed-size
/// struct whose repeated strings (device, subscription, countries, reasons) are interned, so even a
/// million fetched rows cost a few tens of megabytes and no JSON is kept in memory. The raw CloudEvent
/// is read from the source on demand (RawJsonRole). New notifications are prepended by refresh(),
/// which a receiver's batchCommitted signal can drive through scheduleRefresh().
class NotificationLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogModel)

public:
    enum Column {
        ReceivedColumn,
        EventTimeColumn,
        TypeColumn,
        DeviceColumn,
        SubscriptionColumn,
        RoamingColumn,
        TerminationColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value: ms since epoch, type enum, bool, …
        RawJsonRole, // QByteArray: the CloudEvent as received
        SeqRole, // qint64: the store's arrival number
        EventTypeRole, // int(EventType)
        CountryCodeRole, // int, or invalid
    };

    static constexpr int DefaultPageSize = 256;

    explicit NotificationLogModel(NotificationLogSource *source, QObject *parent = nullptr);
    ~NotificationLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    NotificationLogFilter filter() const { return m_filter; }
    /// Replaces the filter and reloads the first page (a model reset).
    void setFilter(const NotificationLogFilter &filter);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// The full record of a row: its columns, the raw JSON read from the source, id and source from it.
    NotificationLogRecord record(int row) const;
    qint64 seqAt(int row) const;
    /// How many stored notifications match the filter (a COUNT; may scan for text filters).
    qint64 totalCount() const;
    QString lastError() const;

public Q_SLOTS:
    /// Prepends notifications stored since the last look (resets when too many arrived at once).
    void refresh();
    /// Coalesces bursts of batchCommitted into one refresh shortly after.
    void scheduleRefresh();
    /// Drops everything and reloads the first page.
    void reload();

Q_SIGNALS:
    void filterChanged();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        qint64 seq;
        qint64 receivedMs;
        qint64 eventMs; // NoTime when absent
        quint32 device;
        quint32 subscription;
        quint32 countryNames;
        quint32 termination;
        qint32 countryCode; // -1 when absent
        quint8 type;
        qint8 roaming; // -1 unknown, 0, 1
        quint8 flags; // bit 0: countryNames present
        quint8 validity;
    };
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    Row compact(const NotificationLogRecord &record);
    quint32 intern(const QString &text);
    const QString &string(quint32 id) const { return m_strings.at(int(id)); }
    QString roamingText(const Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    void loadFirstPage();
    void reportError();

    NotificationLogSource *m_source;
    NotificationLogFilter m_filter;
    QVector<Row> m_rows;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    qint64 m_newestSeen = 0; // everything up to here has been considered for the top of the list
    bool m_exhausted = false;
    bool m_busy = false; // views (and QAbstractItemModelTester) may call fetchMore from inside our signals
    int m_pageSize = DefaultPageSize;
    QTimer m_refreshTimer;
};

} // namespace roamdesk
