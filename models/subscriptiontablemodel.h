#pragma once

#include "models/subscription.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace roamdesk {

/// The subscription manager's table: the API's list merged with what this RoamDesk remembers locally
/// (subscriptions it created, events counted by the receiver, ends seen on the sink). A subscription the
/// API no longer lists but that ended here stays visible with the reason it ended.
class SubscriptionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionTableModel)

public:
    enum Column {
        IdColumn,
        DeviceColumn,
        EventTypeColumn,
        SinkColumn,
        StatusColumn,
        StartsAtColumn,
        ExpiresAtColumn,
        MaxEventsColumn,
        EventsReceivedColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value: QDateTime, int, QString
        IdRole,
        IsEndedRole,
    };

    /// One row: the subscription as last seen plus local knowledge.
    struct Row
    {
        Subscription subscription;
        int eventsReceived = 0;
        bool listedByApi = false; // present in the last GET list
        bool createdHere = false; // created by this RoamDesk (its sink token is known)
        QString endReason; // terminationReason once subscription-ends arrived, or "DELETED"
    };

    /// The end "reason" of a subscription created here that the API no longer lists (another network, a
    /// simulator restarted without its state, or deleted elsewhere): honest about what is known.
    static constexpr char NotListed[] = "NOT_LISTED";

    explicit SubscriptionTableModel(QObject *parent = nullptr);
    ~SubscriptionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Merges a fresh GET list: rows it names are updated or added; rows it no longer names stay only
    /// when they are known locally (created here or ended), and are marked as not listed.
    void mergeApiList(const QList<Subscription> &subscriptions);
    /// Adds or updates one subscription (create, get by id). `createdHere` is sticky.
    void upsert(const Subscription &subscription, bool createdHere = false);
    /// Records the end of a subscription (subscription-ends / -ended, or a delete done here).
    void markEnded(const QString &id, const QString &reason);
    /// Removes a row entirely (e.g. unknown to the API and never created here).
    void remove(const QString &id);
    /// Sets the number of notifications received for a subscription (from the store).
    void setEventsReceived(const QString &id, int count);
    void addEventsReceived(const QString &id, int delta);
    void clear();

    int rowOf(const QString &id) const;
    const Row *rowAt(int row) const;
    QString idAt(int row) const;
    QStringList ids() const;

private:
    QString statusText(const Row &row) const;
    /// "max events" for MAX_EVENTS_REACHED, … (the code itself in the tooltip).
    static QString reasonText(const QString &reason);
    void emitRowChanged(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_indexById;
    void reindex();
};

} // namespace roamdesk
