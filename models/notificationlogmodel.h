#pragma once

#include "models/notificationlogreader.h"
#include "models/notificationlogsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QVector>

namespace roamdesk {

/// The notification log: stored CloudEvents, newest first, read lazily and asynchronously from a
/// NotificationLogSource. Every read (first page, further pages, new rows, counts, raw JSON) runs on the
/// model's own reader thread with its own source, opened there through a NotificationLogSourceFactory; the
/// GUI thread only asks and applies the answers, which arrive as queued signals. fetchMore() only asks for
/// the next page; a filter change keeps the rows shown until the new first page replaces them (a model
/// reset), and answers for an older filter are dropped by generation. Each row is a small fixed-size struct
/// whose repeated strings are interned, so even a million fetched rows cost a few tens of megabytes and no
/// JSON is kept in memory; the raw CloudEvent is read on request (requestRawJson / RawJsonRole) into a small
/// cache. New notifications are prepended by refresh(), which a receiver's batchCommitted signal can drive
/// through scheduleRefresh().
class NotificationLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogModel)

public:
    /// Read at a glance from the left: when (time of day; the full timestamps and the event's own time in
    /// the tooltip), what, where (or, for a subscription's end, why: the reason in full), then who. The
    /// termination reason also has a column of its own, for sorting and views that want it apart.
    enum Column {
        ReceivedColumn,
        TypeColumn,
        RoamingColumn,
        DeviceColumn,
        SubscriptionColumn,
        TerminationColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value: ms since epoch, type enum, bool, …
        RawJsonRole, // QByteArray: the CloudEvent as received; empty until read (rawJsonReady, dataChanged follow)
        SeqRole, // qint64: the store's arrival number
        EventTypeRole, // int(EventType)
        CountryCodeRole, // int, or invalid
    };

    static constexpr int DefaultPageSize = 256;
    static constexpr int RawJsonCacheSize = 128;

    /// Starts the reader thread; the first page is asked for once control returns to the event loop, so a
    /// page size and filter set right after construction apply to it.
    explicit NotificationLogModel(NotificationLogSourceFactory factory, QObject *parent = nullptr);
    ~NotificationLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Never blocks: false while a page is on its way, after the last page, or before the first.
    bool canFetchMore(const QModelIndex &parent) const override;
    /// Never blocks: asks the reader for the next page, appended when it arrives.
    void fetchMore(const QModelIndex &parent) override;

    NotificationLogFilter filter() const { return m_filter; }
    /// Replaces the filter and asks for its first page; the current rows stay until it arrives.
    void setFilter(const NotificationLogFilter &filter);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// The first page for the current filter is on its way (the rows shown may belong to the previous one).
    bool isReloading() const { return m_reloadPending; }
    /// A further page (fetchMore) is on its way.
    bool isFetching() const { return m_fetchPending; }
    bool isLoading() const { return m_reloadPending || m_fetchPending; }

    /// The full record of a row: its columns, plus raw JSON, id and source when the raw JSON has been read.
    NotificationLogRecord record(int row) const;
    qint64 seqAt(int row) const;
    /// The row showing `seq`, or -1.
    int rowOfSeq(qint64 seq) const;

    /// Asks for the raw CloudEvent of `seq`; rawJsonReady answers (later, also when it is cached).
    void requestRawJson(qint64 seq);
    /// The raw CloudEvent of `seq` if it has been read and is still cached; empty otherwise.
    QByteArray cachedRawJson(qint64 seq) const { return m_rawCache.value(seq); }

    /// Asks how many stored notifications match the filter (a COUNT; may scan for text filters);
    /// totalCountReady answers unless the filter changes first.
    void requestTotalCount();
    /// The last count for the current filter, -1 until one has been read.
    qint64 totalCount() const { return m_totalCount; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Asks for notifications stored since the last look; they are prepended when they arrive (the model
    /// starts over when more than a page arrived at once).
    void refresh();
    /// Coalesces bursts of batchCommitted into one refresh shortly after.
    void scheduleRefresh();
    /// Asks for the first page again; the current rows stay until it arrives.
    void reload();

Q_SIGNALS:
    void filterChanged();
    /// isReloading() or isFetching() changed.
    void loadingChanged();
    void loadFailed(const QString &message);
    void rawJsonReady(qint64 seq, const QByteArray &json);
    void totalCountReady(qint64 count);

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
        quint32 knownCountryNames; // roaming-on: where the device was last seen roaming
        qint32 countryCode; // -1 when absent
        qint32 knownCountryCode; // -1 when absent
        quint8 type;
        qint8 roaming; // -1 unknown, 0, 1
        quint8 flags; // bit 0: countryNames present
        quint8 validity;
    };
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    Row compact(const NotificationLogRecord &record);
    quint32 intern(const QString &text);
    void clearStrings();
    const QString &string(quint32 id) const { return m_strings.at(int(id)); }
    QString roamingText(const Row &row) const;
    QString timesText(const Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    void sendReload();
    void onPageRead(const NotificationLogPage &page);
    void applyFirstPage(const NotificationLogPage &page);
    void applyOlderPage(const NotificationLogPage &page);
    void applyNewerPage(const NotificationLogPage &page);
    void onRawJsonRead(qint64 seq, const QByteArray &json, const QString &error);
    void setPending(bool reload, bool fetch);
    void reportError(const QString &error);

    QThread m_thread;
    NotificationLogReader *m_reader; // lives on m_thread, deleted there when it finishes
    NotificationLogFilter m_filter;
    QVector<Row> m_rows;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    quint64 m_generation = 0; // bumped by every reload: answers for older ones are dropped
    qint64 m_newestSeen = 0; // everything up to here has been considered for the top of the list
    qint64 m_totalCount = -1;
    bool m_exhausted = true; // nothing to fetch until the first page says otherwise
    bool m_reloadPending = false;
    bool m_reloadQueued = false; // sendReload() is queued for this event-loop turn
    bool m_fetchPending = false;
    bool m_refreshPending = false;
    bool m_refreshAgain = false; // a refresh was asked for while an answer that moves m_newestSeen was awaited
    bool m_busy = false; // views (and QAbstractItemModelTester) may call fetchMore from inside our signals
    int m_pageSize = DefaultPageSize;
    QTimer m_refreshTimer;
    QHash<qint64, QByteArray> m_rawCache;
    QList<qint64> m_rawOrder; // oldest cached first
    QSet<qint64> m_rawPending;
    QString m_lastError;
};

} // namespace roamdesk
