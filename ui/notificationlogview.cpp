#include "notificationlogview.h"

#include "eventkindproxy.h"
#include "eventtype.h"
#include "notificationlogmodel.h"
#include "session/notificationlogservice.h"
#include "session/receiverservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
const char *const FilterKey = "log/filter";
constexpr int FilterDelayMs = 300;
} // namespace

NotificationLogView::Filter NotificationLogView::parseFilter(const QString &expression)
{
    Filter filter;
    QStringList words;
    const QStringList tokens = expression.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const int colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : token;
        if (key == QLatin1String("type"))
            filter.type = value;
        else if (key == QLatin1String("device") || key == QLatin1String("dev"))
            filter.device = value;
        else if (key == QLatin1String("sub") || key == QLatin1String("subscription"))
            filter.subscription = value;
        else
            words << token;
    }
    filter.text = words.join(QLatin1Char(' '));
    return filter;
}

NotificationLogView::NotificationLogView(NotificationLogService *log, ReceiverService *receiver, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_receiver(receiver)
{
    setObjectName(QStringLiteral("notificationLogView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilterEdit"));
    m_filter->setAccessibleName(tr("Notification filter"));
    m_filter->setPlaceholderText(tr("type:roaming-on device:+99999991000 sub:3f2… or any text"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("logTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Event type filter"));
    m_typeCombo->addItem(tr("All types"), QString());
    for (EventType type : {EventType::RoamingStatus, EventType::RoamingOn, EventType::RoamingOff,
             EventType::RoamingChangeCountry, EventType::SubscriptionEnds}) {
        const QString name = eventtype::shortName(type);
        m_typeCombo->addItem(QStringLiteral("%1 %2").arg(EventKindProxy::symbolFor(name), name), name);
    }
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_typeCombo);
    layout->addLayout(bar);

    auto *statusRow = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("logCountLabel"));
    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_follow->setAccessibleName(tr("Jump to the newest notification"));
    m_follow->setFlat(true);
    statusRow->addWidget(m_countLabel, 1);
    statusRow->addWidget(m_follow);
    layout->addLayout(statusRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_proxy = new EventKindProxy(this);
    m_proxy->setSourceModel(m_log->model());
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Notifications, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps 1,000,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    auto *copyRow = new QAction(tr("&Copy JSON"), m_table);
    copyRow->setShortcut(QKeySequence::Copy);
    copyRow->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRow, &QAction::triggered, this, &NotificationLogView::copyJson);
    m_table->addAction(copyRow);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *detailBox = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(detailBox);
    m_detail->setObjectName(QStringLiteral("logDetail"));
    m_detail->setAccessibleName(tr("Selected notification as JSON"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a notification to see its CloudEvent."));
    detailLayout->addWidget(m_detail, 1);
    auto *detailButtons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy JSON"), detailBox);
    m_copy->setObjectName(QStringLiteral("copyJsonButton"));
    m_copy->setAccessibleName(tr("Copy the notification JSON"));
    m_export = new QPushButton(tr("E&xport…"), detailBox);
    m_export->setObjectName(QStringLiteral("exportJsonButton"));
    m_export->setAccessibleName(tr("Export the notification JSON to a file"));
    detailButtons->addWidget(m_copy);
    detailButtons->addWidget(m_export);
    detailButtons->addStretch(1);
    detailLayout->addLayout(detailButtons);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    // Typing runs one query when the user pauses, not one per keystroke: a free-text filter scans the store.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &NotificationLogView::applyFilter);
    connect(m_filter, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &NotificationLogView::applyFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &NotificationLogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NotificationLogView::showDetail);
    connect(m_copy, &QPushButton::clicked, this, &NotificationLogView::copyJson);
    connect(m_export, &QPushButton::clicked, this, &NotificationLogView::exportSelected);
    connect(m_follow, &QPushButton::clicked, this, &NotificationLogView::jumpToNewest);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NotificationLogView::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotificationLogView::updateFollowLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotificationLogView::sizeColumns);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NotificationLogView::updateFollowLabel);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &NotificationLogView::onScrolled);
    connect(m_log, &NotificationLogService::filtering, this, [this](bool busy) {
        m_filtering = busy;
        updateFollowLabel();
    });
    connect(m_log, &NotificationLogService::fetching, this, [this](bool busy) {
        m_fetching = busy;
        updateFollowLabel();
    });
    connect(m_log, &NotificationLogService::rawJsonReady, this, &NotificationLogView::onJsonReady);
    connect(m_receiver, &ReceiverService::notificationsArrived, this, [this](int count) {
        if (!m_onScreen || !m_following) {
            m_unread += count;
            Q_EMIT unreadCountChanged(m_unread);
        }
    });

    setFilterText(QSettings().value(QLatin1String(FilterKey)).toString());
    showDetail();
    updateFollowLabel();
    sizeColumns();
}

NotificationLogView::~NotificationLogView() = default;

void NotificationLogView::sizeColumns()
{
    // Once, when the log's columns first appear: wide enough for their usual content, never measured per row.
    if (m_columnsSized || m_proxy->columnCount() == 0)
        return;
    m_columnsSized = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 18;
    const QAbstractItemModel *model = m_proxy;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        QString sample = QStringLiteral("+99999991000");
        if (header.contains(QLatin1String("time"), Qt::CaseInsensitive) || header.contains(QLatin1String("Received")))
            sample = QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        else if (header == QLatin1String("Type"))
            sample = QStringLiteral("⇄ roaming-change-country");
        else if (header.startsWith(QLatin1String("Subscription")))
            sample = QStringLiteral("a212ddb5-338b-4…");
        else if (header.startsWith(QLatin1String("Roaming")))
            sample = QStringLiteral("Roaming in CH Switzerland (228)");
        const int width = qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + pad;
        m_table->setColumnWidth(column, width);
    }
}

NotificationLogView::FilterState NotificationLogView::filterState() const
{
    return {m_filter->text(), m_typeCombo->currentData().toString()};
}

void NotificationLogView::setFilterState(const FilterState &state)
{
    const int index = m_typeCombo->findData(state.type);
    {
        const QSignalBlocker blocker(m_typeCombo);
        m_typeCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    setFilterText(state.text);
}

void NotificationLogView::setFilterText(const QString &expression)
{
    m_filter->setText(expression);
    applyFilter();
}

void NotificationLogView::applyFilter()
{
    m_filterDelay->stop();
    Filter filter = parseFilter(m_filter->text());
    const QString comboType = m_typeCombo->currentData().toString();
    if (filter.type.isEmpty() && !comboType.isEmpty())
        filter.type = comboType;
    m_log->setFilter(filter.text, filter.type, filter.device, filter.subscription);
    QSettings().setValue(QLatin1String(FilterKey), m_filter->text());
    updateFollowLabel();
}

int NotificationLogView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void NotificationLogView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    QScrollBar *bar = m_table->verticalScrollBar();
    if (first == 0 && !m_following) {
        // The user is reading: keep the rows they look at where they are.
        // The bar's range catches up lazily; widen it first so the new value is not clamped.
        bar->setMaximum(bar->maximum() + count);
        bar->setValue(bar->value() + count);
        m_newWhileReading += count;
    } else if (m_following) {
        bar->setValue(0);
    }
    updateFollowLabel();
}

void NotificationLogView::onScrolled(int value)
{
    const bool following = value == 0;
    if (following == m_following)
        return;
    m_following = following;
    if (m_following) {
        m_newWhileReading = 0;
        if (m_onScreen)
            markAllRead();
    }
    updateFollowLabel();
}

void NotificationLogView::jumpToNewest()
{
    m_table->verticalScrollBar()->setValue(0);
    m_following = true;
    m_newWhileReading = 0;
    markAllRead();
    updateFollowLabel();
}

void NotificationLogView::updateFollowLabel()
{
    const qint64 total = m_receiver->storedCount();
    const int shown = m_proxy->rowCount();
    if (m_filtering)
        m_countLabel->setText(tr("Filtering %1 stored notifications…").arg(QLocale().toString(total)));
    else if (m_fetching)
        m_countLabel->setText(
            tr("%1 shown of %2 stored — loading…").arg(QLocale().toString(shown), QLocale().toString(total)));
    else
        m_countLabel->setText(tr("%1 shown of %2 stored").arg(QLocale().toString(shown), QLocale().toString(total)));
    if (m_following) {
        m_follow->setText(tr("● Following new events"));
        m_follow->setEnabled(false);
    } else {
        m_follow->setText(m_newWhileReading > 0
                ? tr("⏸ Paused — %n new, jump to newest", nullptr, m_newWhileReading)
                : tr("⏸ Paused — jump to newest"));
        m_follow->setEnabled(true);
    }
}

void NotificationLogView::markAllRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    Q_EMIT unreadCountChanged(0);
}

void NotificationLogView::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_following)
        markAllRead();
}

QByteArray NotificationLogView::selectedJson() const
{
    return m_detailJson;
}

void NotificationLogView::showDetail()
{
    // The JSON is read on the log's thread: show "Loading…" until onJsonReady() brings it.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detailSeq = current.isValid() ? current.siblingAtColumn(0).data(NotificationLogModel::SeqRole).toLongLong() : 0;
    m_detailJson.clear();
    m_detail->setPlainText(m_detailSeq > 0 ? tr("Loading…") : QString());
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    if (m_detailSeq > 0)
        m_log->requestJson(m_detailSeq);
}

void NotificationLogView::onJsonReady(qint64 seq, const QByteArray &raw)
{
    if (seq != m_detailSeq || seq == 0)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    m_detailJson = document.isNull() ? raw : document.toJson(QJsonDocument::Indented);
    m_detail->setPlainText(QString::fromUtf8(m_detailJson));
    m_copy->setEnabled(!m_detailJson.isEmpty());
    m_export->setEnabled(!m_detailJson.isEmpty());
}

QString NotificationLogView::detailText() const
{
    return m_detail->toPlainText();
}

void NotificationLogView::copyJson()
{
    const QByteArray json = selectedJson();
    if (!json.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(json));
}

void NotificationLogView::exportSelected()
{
    const QByteArray json = selectedJson();
    if (json.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export notification"), QStringLiteral("notification.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        m_countLabel->setText(tr("⚠ Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace roamdesk::ui
