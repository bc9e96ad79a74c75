#include "ui/planview.h"

#include "app/bulk/planevidence.h"
#include "app/bulk/plankeeper.h"
#include "app/session/receiverservice.h"
#include "models/eventtype.h"
#include "models/subscriptionplan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace roamdesk::ui {

namespace {

constexpr int KeepIntervalMs = 60 * 1000;
constexpr int SlotsRedrawMs = 100;

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PlanView::PlanView(bulk::PlanKeeper *keeper, QWidget *parent)
    : QDialog(parent)
    , m_keeper(keeper)
{
    setObjectName(QStringLiteral("planView"));
    setWindowTitle(tr("Subscription plan"));
    resize(980, 620);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("planFileEdit"));
    m_file->setPlaceholderText(tr("Plan file (JSON)"));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("planOpenButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Plan:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(open);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_dryRun = new QCheckBox(tr("&Dry run (only show what would be done)"), this);
    m_dryRun->setObjectName(QStringLiteral("planDryRunCheck"));
    m_apply = new QPushButton(tr("&Apply now"), this);
    m_apply->setObjectName(QStringLiteral("planApplyButton"));
    m_keep = new QPushButton(tr("&Keep running"), this);
    m_keep->setObjectName(QStringLiteral("planKeepButton"));
    m_keep->setCheckable(true);
    m_keep->setToolTip(tr("Apply the plan every minute while this window is open."));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_dryRun);
    actionRow->addStretch(1);
    actionRow->addWidget(m_apply);
    actionRow->addWidget(m_keep);

    m_slots = makeTable({tr("Device"), tr("Event type"), tr("Coverage"), tr("Subscription"), tr("Last action")},
        QStringLiteral("planSlotsTable"), this);
    m_log = makeTable({tr("Time"), tr("Action"), tr("Device"), tr("Event type"), tr("Subscription"), tr("Why")},
        QStringLiteral("planLogTable"), this);
    auto *slotsBox = new QWidget(this);
    auto *slotsLayout = new QVBoxLayout(slotsBox);
    slotsLayout->setContentsMargins(0, 0, 0, 0);
    slotsLayout->addWidget(new QLabel(tr("Devices and event types"), slotsBox));
    slotsLayout->addWidget(m_slots);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("Actions"), logBox));
    logLayout->addWidget(m_log);
    m_dropped = new QLabel(logBox);
    m_dropped->setObjectName(QStringLiteral("planLogDroppedLabel"));
    m_dropped->hide();
    logLayout->addWidget(m_dropped);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(slotsBox);
    splitter->addWidget(logBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addLayout(actionRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, &PlanView::choosePlan);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { loadPlan(m_file->text().trimmed()); });
    connect(m_apply, &QPushButton::clicked, this, &PlanView::apply);
    connect(m_keep, &QPushButton::toggled, this, &PlanView::setKeepRunning);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keeper, &bulk::PlanKeeper::actionLogged, this, &PlanView::appendLog);
    m_slotsLater = new QTimer(this);
    m_slotsLater->setSingleShot(true);
    m_slotsLater->setInterval(SlotsRedrawMs);
    connect(m_slotsLater, &QTimer::timeout, this, &PlanView::showSlots);
    connect(m_keeper, &bulk::PlanKeeper::slotsChanged, this, [this] {
        if (!m_slotsLater->isActive())
            m_slotsLater->start();
    });
    connect(m_keeper, &bulk::PlanKeeper::passFinished, this, &PlanView::onPassFinished);
    const QList<bulk::PlanLogEntry> earlier = m_keeper->log();
    // Only the newest rows fit: the older ones are counted, not added and taken out again.
    const qsizetype first = std::max<qsizetype>(0, earlier.size() - MaxLogRows);
    m_droppedCount = first;
    for (qsizetype index = first; index < earlier.size(); ++index)
        appendLog(earlier.at(index));
    showDropped();
    m_loaded = !m_keeper->plan().name.isEmpty();
    showSlots();
    updateActions();
}

PlanView::~PlanView()
{
    if (m_keeper)
        m_keeper->stop();
}

PlanView *PlanView::showFor(api::RoamingClient *client, ReceiverService *receiver, QWidget *window)
{
    auto *view = window->findChild<PlanView *>(QStringLiteral("planView"), Qt::FindDirectChildrenOnly);
    if (!view) {
        auto *keeper = new bulk::PlanKeeper(client, nullptr, window);
        if (receiver) {
            const QPointer<ReceiverService> guarded(receiver);
            keeper->setEvidenceSource([guarded](const QStringList &ids) {
                QString error;
                return guarded ? bulk::StorePlanEvidence::read(guarded->databasePath(), ids, &error)
                               : bulk::PlanEvidence{};
            });
            bulk::PlanKeeper::SinkTokenHooks hooks;
            hooks.pending = [guarded](const QString &token, const QString &sink, const QStringList &types) {
                return guarded ? guarded->rememberPending(token, sink, types) : QString();
            };
            hooks.created = [guarded](const Subscription &subscription, const QString &token) {
                if (guarded)
                    guarded->remember(subscription, token);
            };
            hooks.settled = [guarded](const QString &provisionalId) {
                if (guarded)
                    guarded->forget(provisionalId);
            };
            keeper->setSinkTokenHooks(hooks);
        }
        view = new PlanView(keeper, window);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

bool PlanView::loadPlan(const QString &path)
{
    m_file->setText(path);
    if (m_keeper->isBusy()) {
        m_message->setText(tr("The plan is being applied; open another one when it is done."));
        return false;
    }
    FieldErrors errors;
    const std::optional<SubscriptionPlan> plan = SubscriptionPlan::loadFile(path, &errors);
    if (!plan) {
        QStringList lines;
        for (const FieldError &error : std::as_const(errors))
            lines << (error.path.isEmpty() ? error.message : tr("%1: %2").arg(error.path, error.message));
        m_message->setText(tr("The plan has problems:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    m_keep->setChecked(false);
    m_keeper->setPlan(*plan);
    showSlots();
    m_keeper->setJournalPath(bulk::PlanKeeper::defaultJournalPath(plan->name));
    m_loaded = true;
    QStringList types;
    for (const EventType type : plan->types)
        types << eventtype::shortName(type);
    m_summary->setText(tr("“%1”: %n device(s), event types %2, sink %3", nullptr, int(plan->devices.size()))
                           .arg(plan->name, types.join(QStringLiteral(", ")), plan->sink.toDisplayString()));
    m_message->setText(tr("Loaded. Apply to create what is missing."));
    updateActions();
    return true;
}

void PlanView::choosePlan()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a subscription plan"), QString(), tr("JSON plans (*.json)"));
    if (!path.isEmpty())
        loadPlan(path);
}

void PlanView::apply()
{
    if (!m_loaded)
        return;
    m_keeper->setDryRun(m_dryRun->isChecked());
    if (m_keeper->runOnce())
        m_message->setText(tr("Applying…"));
    updateActions();
}

void PlanView::setKeepRunning(bool on)
{
    if (on) {
        m_dryRun->setChecked(false);
        m_keeper->setDryRun(false);
        m_keeper->start(KeepIntervalMs);
        m_message->setText(tr("Kept: applied every minute while this window is open."));
    } else {
        m_keeper->stop();
    }
    updateActions();
}

void PlanView::showSlots()
{
    m_slotsLater->stop();
    const QList<bulk::PlanSlotState> states = m_keeper->slotStates();
    m_slots->setRowCount(int(states.size()));
    for (int row = 0; row < int(states.size()); ++row) {
        const bulk::PlanSlotState &state = states.at(row);
        const QStringList cells = {state.slot.device.displayLabel(), eventtype::shortName(state.slot.type),
            state.covered ? tr("Covered") : tr("Not covered"), state.subscriptionId,
            state.lastAction.isEmpty() ? QString() : state.lastAction + QStringLiteral(" (") + state.reason + u')'};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setForeground(state.covered ? palette().color(QPalette::Text) : QColor(Qt::red));
            m_slots->setItem(row, column, item);
        }
    }
    m_slots->resizeColumnsToContents();
}

void PlanView::appendLog(const bulk::PlanLogEntry &entry)
{
    const bulk::PlanAction &action = entry.action;
    QString why = action.reason;
    if (!action.detail.isEmpty())
        why += QStringLiteral(" (") + action.detail + u')';
    if (!entry.ok)
        why += QStringLiteral(": ") + entry.error;
    QString kind = bulk::PlanAction::kindName(action.kind);
    if (entry.dryRun)
        kind = tr("%1 (dry run)").arg(kind);
    const QStringList cells = {QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat), kind,
        action.device ? action.device->displayLabel() : QString(),
        action.type ? eventtype::shortName(*action.type) : QString(),
        entry.resultId.isEmpty() ? action.subscriptionId : entry.resultId, why};
    const int row = m_log->rowCount();
    m_log->insertRow(row);
    for (int column = 0; column < int(cells.size()); ++column)
        m_log->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    if (m_log->rowCount() > MaxLogRows) {
        m_log->removeRow(0);
        ++m_droppedCount;
        showDropped();
    }
    m_log->scrollToBottom();
}

void PlanView::showDropped()
{
    m_dropped->setVisible(m_droppedCount > 0);
    m_dropped->setText(tr("%n older action(s) not shown: the list keeps the newest %1.", nullptr, int(m_droppedCount))
                           .arg(QLocale().toString(MaxLogRows)));
}

void PlanView::onPassFinished(const QString &error)
{
    showSlots();
    m_message->setText(error.isEmpty() ? tr("Done: the plan holds.") : tr("Not everything worked: %1").arg(error));
    updateActions();
    m_log->resizeColumnsToContents();
}

void PlanView::updateActions()
{
    m_apply->setEnabled(m_loaded && !m_keeper->isBusy());
    m_keep->setEnabled(m_loaded);
}

} // namespace roamdesk::ui
