#pragma once

#include "models/apierror.h"
#include "models/device.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roamdesk {
class ApiRequests;
class ReceiverService;
class SubscriptionTableModel;
} // namespace roamdesk

namespace roamdesk::ui {

class CreateSubscriptionDialog;

/// The subscription manager: the API's list merged with the local store in a sortable table,
/// create / refresh / get by id / delete (with confirmation, several at once). Results and errors are
/// shown in a line above the table, where the action was taken.
class SubscriptionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsView)

public:
    SubscriptionsView(ApiRequests *requests, SubscriptionTableModel *subscriptions, ReceiverService *receiver,
        QWidget *parent = nullptr);
    ~SubscriptionsView() override;

    QTableView *table() const { return m_table; }
    QString messageText() const;
    /// Asked before deleting: receives the ids, returns true to go ahead. Defaults to a question box.
    void setDeleteConfirmer(std::function<bool(const QStringList &)> confirmer);
    /// Lets the dialog be inspected and filled before it runs (tests); returning false cancels.
    void setDialogHook(std::function<bool(CreateSubscriptionDialog *)> hook);

    /// Where the create dialog takes its device from when it is opened without one (the device being
    /// looked up); an empty device leaves the dialog empty.
    void setDeviceSource(std::function<roamdesk::Device()> source);

    QStringList selectedIds() const;
    int pendingRequests() const { return m_pending; }

public Q_SLOTS:
    void refresh();
    /// A refresh that says nothing unless it fails (at start, after switching environments).
    void refreshQuietly();
    void createSubscription(const roamdesk::Device &device = {});
    void deleteSelected();
    void fetchById(const QString &id);
    void copySelection() const;
    /// Another network: the message about the previous one goes, and answers still due from it say nothing.
    void networkChanged();

private:
    void showMessage(const QString &text, bool error);
    void clearMessage();
    void updateActions();

    ApiRequests *m_requests;
    SubscriptionTableModel *m_subscriptions;
    ReceiverService *m_receiver;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_message;
    QLineEdit *m_idEdit;
    QPushButton *m_deleteButton;
    std::function<bool(const QStringList &)> m_confirm;
    std::function<bool(CreateSubscriptionDialog *)> m_dialogHook;
    std::function<Device()> m_deviceSource;
    int m_pending = 0;
    QSet<quint64> m_quiet;
    QSet<quint64> m_stale; // quiet lists sent to the previous network
    bool m_listErrorShown = false;
};

} // namespace roamdesk::ui
