#include "ui/subscriptionsview.h"
#include "ui/themecolors.h"

#include "app/session/apirequests.h"
#include "app/session/receiverservice.h"
#include "models/subscriptiontablemodel.h"
#include "ui/createsubscriptiondialog.h"
#include "ui/errortext.h"
#include "ui/tableviews.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
/// Ended subscriptions greyed out (their status text says so too).
class EndedGreyProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(SubscriptionTableModel::IsEndedRole).toBool())
            return QBrush(theme::muted());
        return QSortFilterProxyModel::data(index, role);
    }
};

class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

SubscriptionsView::SubscriptionsView(
    ApiRequests *requests, SubscriptionTableModel *subscriptions, ReceiverService *receiver, QWidget *parent)
    : QWidget(parent)
    , m_requests(requests)
    , m_subscriptions(subscriptions)
    , m_receiver(receiver)
{
    setObjectName(QStringLiteral("subscriptionsView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New…"), this);
    create->setObjectName(QStringLiteral("newSubscriptionButton"));
    create->setAccessibleName(tr("Create a subscription"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setAccessibleName(tr("Refresh the subscription list"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete the selected subscriptions"));
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("subscriptionIdEdit"));
    m_idEdit->setPlaceholderText(tr("Subscription id"));
    m_idEdit->setAccessibleName(tr("Subscription id to get"));
    m_idEdit->setClearButtonEnabled(true);
    auto *get = new QPushButton(tr("&Get"), this);
    get->setObjectName(QStringLiteral("getButton"));
    get->setAccessibleName(tr("Get the subscription by id"));
    bar->addWidget(create);
    bar->addWidget(refresh);
    bar->addWidget(m_deleteButton);
    bar->addSpacing(16);
    bar->addWidget(m_idEdit, 1);
    bar->addWidget(get);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("subscriptionsMessage"));
    m_message->setAccessibleName(tr("Subscription manager message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy = new EndedGreyProxy(this);
    m_proxy->setSourceModel(m_subscriptions);
    m_proxy->setSortRole(SubscriptionTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setAccessibleName(tr("Subscriptions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubscriptionTableModel::StartsAtColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    useOneLineRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line per row: wrapping at the hyphens of ids and event types left a clipped second line.
    m_table->setWordWrap(false);
    // Long URLs keep both ends readable; the sink takes what is left.
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Ids all keep their start (the part people compare and type), cut at the same width on every row.
    m_table->setItemDelegateForColumn(SubscriptionTableModel::IdColumn, new ElideRightDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubscriptionTableModel::IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SubscriptionTableModel::SinkColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(SubscriptionTableModel::IdColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0123abcd-0123…")) + 16);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &SubscriptionsView::copySelection);
    m_table->addAction(copy);
    auto *del = new QAction(tr("&Delete…"), m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &SubscriptionsView::deleteSelected);
    m_table->addAction(del);
    layout->addWidget(m_table, 1);

    connect(create, &QPushButton::clicked, this, [this] { createSubscription(); });
    connect(refresh, &QPushButton::clicked, this, &SubscriptionsView::refresh);
    connect(m_deleteButton, &QPushButton::clicked, this, &SubscriptionsView::deleteSelected);
    connect(get, &QPushButton::clicked, this, [this] { fetchById(m_idEdit->text().trimmed()); });
    connect(m_idEdit, &QLineEdit::returnPressed, this, [this] { fetchById(m_idEdit->text().trimmed()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubscriptionsView::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_idEdit->setText(index.siblingAtColumn(SubscriptionTableModel::IdColumn).data().toString());
    });

    connect(m_requests, &ApiRequests::subscriptionCreated, this, [this](quint64, const Subscription &sub) {
        --m_pending;
        showMessage(tr("Created subscription %1 (%2).").arg(sub.id, sub.sink), false);
    });
    connect(m_requests, &ApiRequests::subscriptionsRefreshed, this, [this](quint64 id, int count) {
        --m_pending;
        const bool stale = m_stale.remove(id);
        if (m_quiet.remove(id) || stale) {
            // The list works now: an earlier "could not list" no longer holds.
            if (m_listErrorShown && !stale)
                clearMessage();
            return;
        }
        showMessage(count == 1 ? tr("Refreshed: the API lists one subscription.")
                               : tr("Refreshed: the API lists %1 subscriptions.").arg(count),
            false);
    });
    connect(m_requests, &ApiRequests::subscriptionFetched, this, [this](quint64, const Subscription &sub) {
        --m_pending;
        const int row = m_subscriptions->rowOf(sub.id);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_subscriptions->index(row, 0)).row());
        showMessage(tr("Subscription %1 is %2.")
                        .arg(sub.id, sub.status ? subscriptionstatus::toWire(*sub.status) : tr("in an unknown state")),
            false);
    });
    connect(m_requests, &ApiRequests::subscriptionDeleted, this, [this](quint64, const QString &id) {
        --m_pending;
        showMessage(tr("Deleted subscription %1.").arg(id), false);
    });
    connect(m_requests, &ApiRequests::requestFailed, this,
        [this](quint64 id, api::ApiCall::Operation operation, const ApiError &error, int attempts) {
            if (operation == api::ApiCall::Operation::RetrieveStatus)
                return;
            --m_pending;
            if (m_stale.remove(id))
                return; // the previous network's failure, not this one's
            m_quiet.remove(id); // errors are shown even for a refresh nobody asked for
            QString what;
            switch (operation) {
            case api::ApiCall::Operation::CreateSubscription:
                what = tr("Could not create the subscription.");
                break;
            case api::ApiCall::Operation::ListSubscriptions:
                what = tr("Could not list the subscriptions.");
                break;
            case api::ApiCall::Operation::GetSubscription:
                what = tr("Could not get the subscription.");
                break;
            case api::ApiCall::Operation::DeleteSubscription:
                what = tr("Could not delete the subscription.");
                break;
            default:
                break;
            }
            showMessage(QStringLiteral("%1 %2").arg(what, errorSentence(error, attempts)), true);
            m_listErrorShown = operation == api::ApiCall::Operation::ListSubscriptions;
        });

    m_confirm = [this](const QStringList &ids) {
        const auto answer = QMessageBox::question(this, tr("Delete subscriptions"),
            tr("Delete %n subscription(s)? The network stops sending their notifications.", nullptr, int(ids.size()))
                + QStringLiteral("\n\n") + ids.join(QLatin1Char('\n')),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Yes;
    };
    updateActions();
}

SubscriptionsView::~SubscriptionsView() = default;

void SubscriptionsView::setDeleteConfirmer(std::function<bool(const QStringList &)> confirmer)
{
    m_confirm = std::move(confirmer);
}

void SubscriptionsView::setDialogHook(std::function<bool(CreateSubscriptionDialog *)> hook)
{
    m_dialogHook = std::move(hook);
}

QString SubscriptionsView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SubscriptionsView::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("⚠ %1").arg(text) : text);
    m_message->setStyleSheet(error ? theme::textStyle(theme::error()) : QString());
    m_message->show();
    m_listErrorShown = false;
}

void SubscriptionsView::clearMessage()
{
    m_message->clear();
    m_message->hide();
    m_listErrorShown = false;
}

void SubscriptionsView::networkChanged()
{
    clearMessage();
    m_stale.unite(m_quiet);
    m_quiet.clear();
}

void SubscriptionsView::updateActions()
{
    m_deleteButton->setEnabled(!selectedIds().isEmpty());
}

QStringList SubscriptionsView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(SubscriptionTableModel::IdColumn))
        ids << index.data().toString();
    return ids;
}

void SubscriptionsView::refresh()
{
    ++m_pending;
    m_requests->refreshSubscriptions();
}

void SubscriptionsView::refreshQuietly()
{
    ++m_pending;
    m_quiet.insert(m_requests->refreshSubscriptions());
}

void SubscriptionsView::setDeviceSource(std::function<Device()> source)
{
    m_deviceSource = std::move(source);
}

void SubscriptionsView::createSubscription(const Device &device)
{
    CreateSubscriptionDialog dialog(m_receiver->sinkUrl().toString(), this);
    // However the dialog is opened, it starts from the device the user is working with.
    const Device start = device.isEmpty() && m_deviceSource ? m_deviceSource() : device;
    if (!start.isEmpty())
        dialog.setDevice(start);
    if (m_dialogHook) {
        if (!m_dialogHook(&dialog))
            return;
    } else if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<SubscriptionRequest> requests = dialog.requests();
    if (!dialog.problems().isEmpty() || requests.isEmpty())
        return;
    // One event type per subscription in the API: one create call per chosen type.
    for (const SubscriptionRequest &request : requests) {
        ++m_pending;
        m_requests->createSubscription(request);
    }
    showMessage(tr("Creating %n subscription(s)…", nullptr, int(requests.size())), false);
}

void SubscriptionsView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || (m_confirm && !m_confirm(ids)))
        return;
    for (const QString &id : ids) {
        ++m_pending;
        m_requests->deleteSubscription(id);
    }
}

void SubscriptionsView::fetchById(const QString &id)
{
    if (id.isEmpty()) {
        showMessage(tr("Enter a subscription id to get it."), true);
        return;
    }
    ++m_pending;
    m_requests->fetchSubscription(id);
}

void SubscriptionsView::copySelection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QStringList lines;
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells << row.siblingAtColumn(column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace roamdesk::ui
