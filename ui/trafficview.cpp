#include "ui/trafficview.h"

#include "models/trafficlogmodel.h"
#include "ui/tableviews.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
QString prettyBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return QString::fromUtf8(document.isNull() ? body : document.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

TrafficView::TrafficView(TrafficLogModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_traffic(traffic)
{
    setObjectName(QStringLiteral("trafficView"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("trafficSplitter"));

    // Newest first, as in the notification log: the exchange ids grow with time.
    m_newestFirst = new QSortFilterProxyModel(this);
    m_newestFirst->setSourceModel(m_traffic);
    m_newestFirst->setSortRole(TrafficLogModel::ExchangeIdRole);
    m_newestFirst->sort(0, Qt::DescendingOrder);

    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("trafficTable"));
    m_table->setAccessibleName(tr("HTTP traffic"));
    m_table->setModel(m_newestFirst);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per row, cut at the end: wrapping at the slashes would hide the id behind a clipped line.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    useOneLineRows(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TrafficLogModel::UrlColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    const QFontMetrics metrics = m_table->fontMetrics();
    // Compact fixed columns, so that the URL keeps the room even in a 1024-pixel window.
    const int padding = 12;
    auto fit = [&](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + padding);
    };
    fit(TrafficLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(TrafficLogModel::MethodColumn, QStringLiteral("DELETE"));
    // Wide enough for the usual transport failures ("host not found", "timeout"); the tooltip has the rest.
    fit(TrafficLogModel::StatusColumn, QStringLiteral("host not found"));
    fit(TrafficLogModel::LatencyColumn, QStringLiteral("9999 ms"));
    // The first block of a correlator tells them apart; the whole one is in the detail pane.
    fit(TrafficLogModel::CorrelatorColumn, QStringLiteral("b4333c46-…"));
    m_urlRoom = metrics.horizontalAdvance(QStringLiteral("…/v0.8/subscriptions/3f2a6c1e-0b1d…")) + padding;
    for (int column = 0; column < TrafficLogModel::ColumnCount; ++column) {
        if (column != TrafficLogModel::UrlColumn)
            m_fixedColumnsWidth += m_table->columnWidth(column);
    }
    auto *copy = new QAction(tr("Copy as &curl"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TrafficView::copyCurl);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *detailBox = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(detailBox);
    m_detail->setObjectName(QStringLiteral("trafficDetail"));
    m_detail->setAccessibleName(tr("Selected exchange, secrets masked"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an exchange to see its request and response (secrets masked)."));
    detailLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    m_curl = new QPushButton(tr("Copy as &curl"), detailBox);
    m_curl->setObjectName(QStringLiteral("copyCurlButton"));
    m_curl->setAccessibleName(tr("Copy the request as a curl command"));
    m_curl->setToolTip(tr("Secrets stay ${PLACEHOLDERS}: set them as environment variables before running it."));
    buttons->addWidget(m_curl);
    buttons->addStretch(1);
    m_detailButtons = buttons;
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrafficView::showDetail);
    connect(m_curl, &QPushButton::clicked, this, &TrafficView::copyCurl);
    showDetail();
}

TrafficView::~TrafficView() = default;

int TrafficView::currentExchangeRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_newestFirst->mapToSource(current).row() : -1;
}

void TrafficView::selectExchangeRow(int row)
{
    const QModelIndex index = m_newestFirst->mapFromSource(m_traffic->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void TrafficView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumnsToWidth();
}

void TrafficView::fitColumnsToWidth()
{
    // In a narrow window the correlator gives way to the URL (the detail pane still shows it).
    m_table->setColumnHidden(
        TrafficLogModel::CorrelatorColumn, m_table->viewport()->width() - m_fixedColumnsWidth < m_urlRoom);
}

void TrafficView::showDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_curl->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex row = current.siblingAtColumn(0);
    QString text;
    text += row.siblingAtColumn(TrafficLogModel::MethodColumn).data().toString() + QLatin1Char(' ')
        + row.siblingAtColumn(TrafficLogModel::UrlColumn).data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
    text += row.data(TrafficLogModel::RequestHeadersRole).toString().trimmed() + QStringLiteral("\n\n");
    text += prettyBody(row.data(TrafficLogModel::RequestBodyRole).toByteArray()) + QStringLiteral("\n\n");
    const QString error = row.data(TrafficLogModel::ErrorRole).toString();
    text += QStringLiteral("── ")
        + (error.isEmpty() ? tr("response %1").arg(row.siblingAtColumn(TrafficLogModel::StatusColumn).data().toString())
                           : tr("no response: %1").arg(error))
        + QStringLiteral(" ──\n");
    text += row.data(TrafficLogModel::ResponseHeadersRole).toString().trimmed() + QStringLiteral("\n\n");
    text += prettyBody(row.data(TrafficLogModel::ResponseBodyRole).toByteArray());
    m_detail->setPlainText(text);
}

void TrafficView::copyCurl()
{
    const int row = currentExchangeRow();
    if (row >= 0)
        QApplication::clipboard()->setText(m_traffic->curlCommand(row));
}

void TrafficView::addDetailAction(QAction *action, const QString &objectName)
{
    // A button beside "Copy as curl" that follows the action (text, tooltip, enabled state).
    auto *button = new QPushButton(action->text(), m_curl->parentWidget());
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setAccessibleName(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    m_detailButtons->insertWidget(m_detailButtons->count() - 1, button);
    m_table->addAction(action);
}

} // namespace roamdesk::ui
