#include "ui/notificationlogview.h"

#include "app/session/activityservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "models/eventtype.h"
#include "models/filterexpression.h"
#include "models/notificationlogmodel.h"
#include "ui/activitychart.h"
#include "ui/eventkindproxy.h"
#include "ui/tableviews.h"
#include "ui/themecolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
const char *const FilterKey = "log/filter";
const char *const SaveFolderKey = "log/saveFolder";
const char *const ActivityShownKey = "log/activityShown";
// The index answers a text filter in milliseconds, and a newer keystroke interrupts an older query: a short
// pause only saves queries while the user types fast.
constexpr int FilterDelayMs = 150;
} // namespace

QString NotificationLogView::saveStartPath(const QString &fileName)
{
    QString folder = QSettings().value(QLatin1String(SaveFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileName);
}

void NotificationLogView::rememberSaveFolder(const QString &path)
{
    QSettings().setValue(QLatin1String(SaveFolderKey), QFileInfo(path).absolutePath());
}

NotificationLogView::NotificationLogView(
    NotificationLogService *log, ReceiverService *receiver, ActivityService *activity, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_receiver(receiver)
    , m_activity(activity)
{
    setObjectName(QStringLiteral("notificationLogView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Filte&r:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilterEdit"));
    m_filter->setAccessibleName(tr("Notification filter"));
    m_filter->setPlaceholderText(tr("roaming = true and country in {DE, FR}, type:roaming-on, sub:3f2… or any text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(filterHelp());
    filterLabel->setBuddy(m_filter);
    auto *help = new QToolButton(this);
    help->setObjectName(QStringLiteral("logFilterHelpButton"));
    help->setText(QStringLiteral("?"));
    help->setAccessibleName(tr("Filter language help"));
    help->setToolTip(filterHelp());
    // A click shows the same help at once, for those who do not wait for tooltips.
    connect(help, &QToolButton::clicked, this,
        [help] { QToolTip::showText(help->mapToGlobal(QPoint(0, help->height())), help->toolTip(), help); });
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
    bar->addWidget(help);
    bar->addWidget(m_typeCombo);
    layout->addLayout(bar);
    // Where an expression stops parsing, under the bar; the table keeps the last filter that parsed.
    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("logFilterError"));
    m_filterError->setStyleSheet(theme::textStyle(theme::error()));
    m_filterError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterError->hide();
    layout->addWidget(m_filterError);

    auto *statusRow = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("logCountLabel"));
    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_follow->setAccessibleName(tr("Jump to the newest notification"));
    m_follow->setFlat(true);
    m_follow->setFocusPolicy(Qt::TabFocus);
    statusRow->addWidget(m_countLabel, 1);
    statusRow->addWidget(m_follow);
    layout->addLayout(statusRow);
    addActivityStrip(bar, layout);

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
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->viewport()->installEventFilter(this);
    useOneLineRows(m_table);
    // Fixed row heights: the view never measures rows, which keeps 1,000,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    auto *copyRow = new QAction(tr("&Copy JSON"), m_table);
    copyRow->setShortcut(QKeySequence::Copy);
    copyRow->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRow, &QAction::triggered, this, &NotificationLogView::copyJson);
    m_table->addAction(copyRow);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *detailBox = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTimes = new QLabel(detailBox);
    m_detailTimes->setObjectName(QStringLiteral("logDetailTimes"));
    m_detailTimes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailTimes);
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
    // Not "Export…": File → Export notifications… writes the whole filtered log, this one notification.
    m_export = new QPushButton(tr("Save this &notification…"), detailBox);
    m_export->setObjectName(QStringLiteral("exportJsonButton"));
    m_export->setAccessibleName(tr("Save the selected notification's JSON to a file"));
    m_saveStatus = new QLabel(detailBox);
    m_saveStatus->setObjectName(QStringLiteral("logSaveStatus"));
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailButtons->addWidget(m_copy);
    detailButtons->addWidget(m_export);
    detailButtons->addWidget(m_saveStatus, 1);
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
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotificationLogView::keepSelectionOrClear);
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
        updateFollowLabel(); // the stored total grows even when the filter hides what arrived
    });

    setFilterText(QSettings().value(QLatin1String(FilterKey)).toString());
    showDetail();
    updateFollowLabel();
    sizeColumns();
}

NotificationLogView::~NotificationLogView() = default;

/// The activity chart as a strip above the table, shown or hidden by an "Activity" button on the filter bar
/// (remembered across restarts).
void NotificationLogView::addActivityStrip(QHBoxLayout *bar, QVBoxLayout *layout)
{
    if (!m_activity)
        return;
    auto *chart = new ActivityChart(m_activity, this);
    chart->setFixedHeight(chart->fontMetrics().height() * 12);
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("activityToggle"));
    toggle->setText(tr("Activity"));
    toggle->setToolTip(tr("Show or hide the events per minute over the last hour"));
    toggle->setCheckable(true);
    toggle->setChecked(QSettings().value(QLatin1String(ActivityShownKey), true).toBool());
    chart->setVisible(toggle->isChecked());
    connect(toggle, &QToolButton::toggled, chart, [chart](bool shown) {
        chart->setVisible(shown);
        QSettings().setValue(QLatin1String(ActivityShownKey), shown);
    });
    bar->addWidget(toggle);
    layout->addWidget(chart);
}

void NotificationLogView::sizeColumns()
{
    // Once, when the log's columns first appear: wide enough for their usual content, never measured per row.
    // The reason is shown in full in the country column of a subscription's end, so its own column stays
    // hidden; the subscription, last, takes the rest of the width.
    if (m_columnsSized || m_proxy->columnCount() != NotificationLogModel::ColumnCount)
        return;
    m_columnsSized = true;
    m_table->setColumnHidden(NotificationLogModel::TerminationColumn, true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 18;
    const auto sample = [](int column) -> QString {
        switch (column) {
        case NotificationLogModel::ReceivedColumn:
            return QStringLiteral("00:00:00");
        case NotificationLogModel::TypeColumn:
            return QStringLiteral("⇄ roaming-change-country");
        case NotificationLogModel::RoamingColumn:
            return QStringLiteral("Roaming in CH Switzerland (MCC 228)");
        default:
            return QStringLiteral("+99999991000");
        }
    };
    for (int column = 0; column < NotificationLogModel::SubscriptionColumn; ++column) {
        const QString header = m_proxy->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(sample(column)), metrics.horizontalAdvance(header)) + pad);
    }
    fitColumns();
}

void NotificationLogView::fitColumns()
{
    // Everything fits: no horizontal offset may stay from a narrower window (the header would show "ice"
    // for "Device" and leave a gap on the right).
    QScrollBar *bar = m_table->horizontalScrollBar();
    if (m_table->horizontalHeader()->length() <= m_table->viewport()->width() + 1 && bar->value() != 0)
        bar->setValue(0);
}

bool NotificationLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &NotificationLogView::fitColumns); // after the header stretched
    return QWidget::eventFilter(watched, event);
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

QString NotificationLogView::filterHelp()
{
    return tr("<p><b>Filter language</b></p>"
              "<p>Fields: <code>type device country mcc roaming subscription reason time received source id</code><br>"
              "Compare: <code>= != &lt; &lt;= &gt; &gt;=</code>, starts with: <code>^=</code> or a trailing "
              "<code>*</code>, sets: <code>in {FI, SE}</code><br>"
              "Combine: <code>and</code> (or just a space), <code>or</code>, <code>not</code>, "
              "<code>( )</code><br>"
              "Values: words, <code>\"quoted text\"</code>, numbers, <code>true false null</code>, times "
              "(<code>2026-05-01T12:00:00Z</code>, <code>-2h</code>, <code>-30m</code>, <code>-7d</code>)<br>"
              "Short forms: <code>type:roaming-on device:+3581234 sub:3f2a</code>; other words match "
              "the start of any word a row shows.</p>"
              "<p>Examples: <code>roaming = true and country in {DE, AT}</code>, "
              "<code>type ^= roaming and time &gt; -2h</code>, <code>not reason = \"\"</code></p>"
              "<p>The full grammar: docs/filter-language.md</p>");
}

void NotificationLogView::applyFilter()
{
    m_filterDelay->stop();
    QSettings().setValue(QLatin1String(FilterKey), m_filter->text());
    FilterParseError error;
    if (!FilterExpression::parse(m_filter->text(), &error)) {
        m_filterError->setText(tr("Filter: %1").arg(error.message()));
        m_filterError->show();
        m_filter->setAccessibleDescription(error.message());
        return;
    }
    m_filterError->hide();
    m_filterError->clear();
    m_filter->setAccessibleDescription(QString());
    m_log->setFilter(m_filter->text(), m_typeCombo->currentData().toString());
    if (m_activity)
        m_activity->setFilter(m_filter->text(), m_typeCombo->currentData().toString());
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
    // Never disabled: following is a state, not an unavailable action (a greyed button looked switched off).
    // Icons rather than ⏸ / ●, which the default fonts may lack.
    if (m_following) {
        m_follow->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_follow->setText(tr("Following new events"));
        m_follow->setToolTip(tr("The newest notifications appear at the top. Scroll down to pause."));
    } else {
        m_follow->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_follow->setText(m_newWhileReading > 0 ? tr("Paused — %n new, jump to newest", nullptr, m_newWhileReading)
                                                : tr("Paused — jump to newest"));
        m_follow->setToolTip(tr("Jump to the newest notification and follow new ones."));
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
    m_detailTimes->setText(m_detailSeq > 0 ? current.siblingAtColumn(NotificationLogModel::ReceivedColumn)
                                                 .data(Qt::ToolTipRole)
                                                 .toString()
                                                 .replace(QLatin1Char('\n'), QStringLiteral(" · "))
                                           : QString());
    m_saveStatus->clear();
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    if (m_detailSeq > 0)
        m_log->requestJson(m_detailSeq);
}

void NotificationLogView::keepSelectionOrClear()
{
    // A reset (new filter, or starting over) drops the selection without a signal: select the same
    // notification again if it is still shown, otherwise empty the pane rather than show a hidden row.
    if (m_detailSeq > 0) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), NotificationLogModel::SeqRole, m_detailSeq, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            m_table->selectionModel()->setCurrentIndex(
                found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_table->selectionModel()->clear();
    showDetail();
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
    if (json.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(json));
    // Copying shows nothing by itself: say that it happened, where the save message appears too.
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(tr("Copied the JSON to the clipboard."));
}

void NotificationLogView::exportSelected()
{
    const QByteArray json = selectedJson();
    if (json.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save this notification"), saveStartPath(QStringLiteral("notification.json")), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    rememberSaveFolder(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_saveStatus->setStyleSheet(theme::textStyle(theme::error()));
        m_saveStatus->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace roamdesk::ui
