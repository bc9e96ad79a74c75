#pragma once

#include "models/notificationlogmodel.h"

#include <QObject>
#include <QThreadPool>

class QAbstractItemModel;
class QIdentityProxyModel;

namespace roamdesk {

/// The notification log as the window reads it: a model that exists from the start (it shows the store
/// once the receiver opened it), its filter, the raw CloudEvent of a row, and exports written on a worker
/// thread with their own store connection. Every store read happens off the GUI thread.
class NotificationLogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogService)

public:
    explicit NotificationLogService(QObject *parent = nullptr);
    ~NotificationLogService() override;

    /// Shows the store at `databasePath` (the receiver opened and migrated it).
    void open(const QString &databasePath);
    /// New notifications were committed: the model refreshes on its own thread.
    void refresh();

    QAbstractItemModel *model() const;
    /// Narrows the log to a filter bar expression (NotificationLogFilter::parse: the same syntax as
    /// `roamdesk-cli log --filter`); `type` (a short or full event type name) applies when the expression
    /// names none.
    void setFilter(const QString &expression, const QString &type = {});
    /// The raw CloudEvent JSON of a row if it has been read; otherwise empty, and it is asked for
    /// (rawJsonReady follows).
    QByteArray rowJson(int row) const;
    /// Asks for the raw CloudEvent JSON of the row with this seq (NotificationLogModel::SeqRole).
    void requestJson(qint64 seq);
    /// The first page after a filter change, or a further page, is being read.
    bool isLoading() const;
    /// Writes the log as filtered now to `path` (JSON Lines or CSV) on a worker thread; exported() answers.
    /// False when an export is already running or no store is open.
    bool exportTo(const QString &path, bool csv);

Q_SIGNALS:
    /// The first page for a new filter is being read (true), or is shown (false).
    void filtering(bool busy);
    /// A further page (scrolling down) is being read (true), or has been appended (false).
    void fetching(bool busy);
    void rawJsonReady(qint64 seq, const QByteArray &json);
    void exported(bool ok, qint64 written, const QString &path, const QString &error);

private:
    QThreadPool m_pool; // exports
    QString m_databasePath;
    NotificationLogModel *m_log = nullptr; // reads on its own thread with its own store connection
    QIdentityProxyModel *m_proxy;
    NotificationLogFilter m_filter;
    bool m_reloading = false;
    bool m_fetching = false;
    bool m_exporting = false;
};

} // namespace roamdesk
