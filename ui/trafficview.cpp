#include "trafficview.h"

#include "trafficlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
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

    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("trafficTable"));
    m_table->setAccessibleName(tr("HTTP traffic"));
    m_table->setModel(m_traffic);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TrafficLogModel::UrlColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(
        TrafficLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 18);
    m_table->setColumnWidth(TrafficLogModel::MethodColumn, metrics.horizontalAdvance(QStringLiteral("DELETE")) + 18);
    m_table->setColumnWidth(TrafficLogModel::CorrelatorColumn, 150);
    m_table->setColumnWidth(
        TrafficLogModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("Status 000")) + 18);
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

QString TrafficView::detailText() const
{
    return m_detail->toPlainText();
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
        + row.siblingAtColumn(TrafficLogModel::UrlColumn).data().toString() + QLatin1Char('\n');
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
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_traffic->curlCommand(current.row()));
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
