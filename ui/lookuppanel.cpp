#include "ui/lookuppanel.h"
#include "ui/themecolors.h"

#include "app/session/apirequests.h"
#include "models/countrytable.h"
#include "models/lookuphistorymodel.h"
#include "models/simdevicemodel.h"
#include "ui/deviceeditor.h"
#include "ui/errortext.h"
#include "ui/relativetime.h"
#include "ui/tableviews.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
const char *const HistoryKey = "lookup/history";
} // namespace

LookupPanel::LookupPanel(ApiRequests *requests, QWidget *parent)
    : QWidget(parent)
    , m_requests(requests)
{
    setObjectName(QStringLiteral("lookupPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the group boxes frame it

    auto *deviceBox = new QGroupBox(tr("Device"), this);
    auto *deviceLayout = new QVBoxLayout(deviceBox);
    m_editor = new DeviceEditor(deviceBox);
    m_editor->setObjectName(QStringLiteral("deviceEditor"));
    deviceLayout->addWidget(m_editor);
    auto *buttons = new QHBoxLayout;
    m_lookup = new QPushButton(tr("&Look up"), deviceBox);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setAccessibleName(tr("Look up roaming status"));
    m_lookup->setDefault(true);
    m_subscribe = new QPushButton(tr("S&ubscribe…"), deviceBox);
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribe->setAccessibleName(tr("Subscribe to this device"));
    buttons->addWidget(m_lookup);
    buttons->addWidget(m_subscribe);
    deviceLayout->addLayout(buttons);
    layout->addWidget(deviceBox);

    auto *resultBox = new QGroupBox(tr("Roaming"), this);
    m_form = new QFormLayout(resultBox);
    // The device the result is about: typing another identifier clears what no longer matches.
    m_device = valueLabel(QStringLiteral("resultDeviceValue"), tr("Result for device"), resultBox);
    m_roaming = valueLabel(QStringLiteral("roamingValue"), tr("Roaming"), resultBox);
    QFont big = m_roaming->font();
    big.setBold(true);
    m_roaming->setFont(big);
    m_country = valueLabel(QStringLiteral("countryValue"), tr("Country"), resultBox);
    m_mcc = valueLabel(QStringLiteral("mccValue"), tr("Mobile country code"), resultBox);
    m_updated = valueLabel(QStringLiteral("updatedValue"), tr("Last status time"), resultBox);
    m_form->addRow(tr("Device:"), m_device);
    m_form->addRow(tr("Roaming:"), m_roaming);
    m_form->addRow(tr("Country:"), m_country);
    m_form->addRow(tr("MCC:"), m_mcc);
    m_form->addRow(tr("Updated:"), m_updated);

    // Retries in progress, with a way out.
    auto *progressRow = new QHBoxLayout;
    m_progress = new QLabel(resultBox);
    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_progress->setAccessibleName(tr("Lookup progress"));
    m_progress->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), resultBox);
    m_cancel->setObjectName(QStringLiteral("lookupCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the lookup"));
    m_cancel->setToolTip(tr("Stop this lookup, also while it waits to retry"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_form->addRow(progressRow);

    // The error replaces the country, MCC and time rows (so the panel keeps its height), wraps, and
    // scrolls when it is longer than the space there: a sentence is never cut mid-line.
    m_error = new QLabel(resultBox);
    m_error->setObjectName(QStringLiteral("lookupError"));
    m_error->setAccessibleName(tr("Lookup error"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(theme::errorPanelStyle());
    m_errorBox = new QScrollArea(resultBox);
    m_errorBox->setObjectName(QStringLiteral("lookupErrorBox"));
    m_errorBox->setWidget(m_error);
    m_errorBox->setWidgetResizable(true);
    m_errorBox->setFrameShape(QFrame::NoFrame);
    m_errorBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // About the height of the rows it replaces, so nothing else moves; a longer sentence scrolls.
    m_errorBox->setFixedHeight(4 * fontMetrics().lineSpacing() + 12); // + the panel's padding and border
    m_form->addRow(m_errorBox);
    layout->addWidget(resultBox);

    auto *historyBox = new QGroupBox(tr("Recent lookups"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new LookupHistoryModel(this);
    m_historyView = new QTableView(historyBox);
    m_historyView->setObjectName(QStringLiteral("lookupHistoryView"));
    m_historyView->setAccessibleName(tr("Recent lookups"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setTabKeyNavigation(false);
    useOneLineRows(m_historyView);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(LookupHistoryModel::TimeColumn,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    m_historyView->setColumnWidth(LookupHistoryModel::DeviceColumn,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("+99999991000")) + 16);
    m_historyView->setToolTip(tr("Double-click to look the device up again"));
    // A few rows stay visible; when the column is short the table gives way first, not the fields above.
    m_historyView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_historyView->setMinimumHeight(m_historyView->horizontalHeader()->sizeHint().height()
        + m_historyView->verticalHeader()->defaultSectionSize() + 4);
    historyLayout->addWidget(m_historyView);
    layout->addWidget(historyBox, 1);

    m_history->fromVariant(QSettings().value(QLatin1String(HistoryKey)).toList());

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &LookupPanel::refreshRelativeTime);
    m_tick->start();
    m_retryTick = new QTimer(this);
    m_retryTick->setInterval(250);
    connect(m_retryTick, &QTimer::timeout, this, &LookupPanel::refreshRetryCountdown);

    connect(m_lookup, &QPushButton::clicked, this, &LookupPanel::lookUp);
    connect(m_cancel, &QPushButton::clicked, this, &LookupPanel::cancelLookup);
    connect(m_editor, &DeviceEditor::submitted, this, &LookupPanel::lookUp);
    connect(m_editor, &DeviceEditor::changed, this, &LookupPanel::onIdentifierChanged);
    connect(m_subscribe, &QPushButton::clicked, this, [this] { Q_EMIT subscribeRequested(m_editor->device()); });
    connect(m_historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto *entry = m_history->entryAt(index.row())) {
            setDevice(entry->device);
            lookUp();
        }
    });

    connect(m_requests, &ApiRequests::lookupFinished, this,
        [this](quint64 id, const Device &device, const RoamingStatus &status) {
            if (id != m_pending)
                return;
            m_pending = 0;
            showStatus(device, status);
            m_history->add({QDateTime::currentDateTimeUtc(), device, status, std::nullopt});
            QSettings().setValue(QLatin1String(HistoryKey), m_history->toVariant());
            updateButtons();
        });
    connect(m_requests, &ApiRequests::requestFailed, this,
        [this](quint64 id, api::ApiCall::Operation, const ApiError &error, int attempts) {
            if (id != m_pending)
                return;
            m_pending = 0;
            if (error.transport == ApiError::Transport::Cancelled) {
                // The user stopped it: nothing to report, nothing to remember.
                clearResult();
                m_roaming->setText(tr("Lookup cancelled"));
                updateButtons();
                return;
            }
            showError(error, attempts);
            m_history->add({QDateTime::currentDateTimeUtc(), m_pendingDevice, std::nullopt, error});
            QSettings().setValue(QLatin1String(HistoryKey), m_history->toVariant());
            updateButtons();
        });
    connect(
        m_requests, &ApiRequests::retrying, this, [this](quint64 id, int nextAttempt, int maxAttempts, int delayMs) {
            if (id == m_pending)
                showRetry(nextAttempt, maxAttempts, delayMs);
        });
    clearResult();
    updateButtons();
}

LookupPanel::~LookupPanel() = default;

void LookupPanel::setDevice(const Device &device)
{
    m_editor->setDevice(device);
}

Device LookupPanel::validDevice() const
{
    return m_editor->isValid() ? m_editor->device() : Device();
}

void LookupPanel::focusIdentifier()
{
    m_editor->focusField();
}

void LookupPanel::reset()
{
    cancelLookup();
    clearResult();
    updateButtons();
}

void LookupPanel::lookUp()
{
    if (!m_editor->isValid() || m_pending)
        return;
    clearResult();
    m_pendingDevice = m_editor->device();
    m_shownDevice = m_pendingDevice;
    m_device->setText(m_pendingDevice.displayLabel());
    m_roaming->setText(tr("Looking up…"));
    m_pending = m_requests->lookup(m_pendingDevice);
    updateButtons();
}

void LookupPanel::cancelLookup()
{
    if (m_pending)
        m_requests->cancel(m_pending); // answers through requestFailed (cancelled), synchronously
    m_pending = 0;
    m_retryTick->stop();
}

void LookupPanel::onIdentifierChanged()
{
    // A result about another device than the one typed now would read as if it were about this one.
    if (!m_pending && m_shownDevice && !(*m_shownDevice == m_editor->device()))
        clearResult();
    updateButtons();
}

void LookupPanel::updateButtons()
{
    m_lookup->setEnabled(m_editor->isValid() && m_pending == 0);
    m_subscribe->setEnabled(m_editor->isValid());
    const bool busy = m_pending != 0;
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy && !m_progress->text().isEmpty());
}

void LookupPanel::setErrorShown(bool shown)
{
    m_form->setRowVisible(m_country, !shown);
    m_form->setRowVisible(m_mcc, !shown);
    m_form->setRowVisible(m_updated, !shown);
    m_form->setRowVisible(m_errorBox, shown);
}

void LookupPanel::clearResult()
{
    for (QLabel *label : {m_device, m_roaming, m_country, m_mcc, m_updated}) {
        label->setText(QStringLiteral("—"));
        label->setStyleSheet(QString());
    }
    m_error->clear();
    m_errorBox->setToolTip(QString());
    setErrorShown(false);
    m_progress->clear();
    m_progress->hide();
    m_retryTick->stop();
    m_lastStatusTime.reset();
    m_shownDevice.reset();
}

void LookupPanel::showRetry(int nextAttempt, int maxAttempts, int delayMs)
{
    m_retry = nextAttempt - 1;
    m_maxRetries = maxAttempts - 1;
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    refreshRetryCountdown();
    m_retryTick->start();
    updateButtons();
}

void LookupPanel::refreshRetryCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    if (left <= 0) {
        m_retryTick->stop();
        m_progress->setText(tr("Retrying (%1 of %2)…").arg(m_retry).arg(m_maxRetries));
    } else {
        m_progress->setText(tr("Retrying (%1 of %2) in %3 s…").arg(m_retry).arg(m_maxRetries).arg((left + 999) / 1000));
    }
}

void LookupPanel::showStatus(const Device &device, const RoamingStatus &status)
{
    clearResult();
    m_shownDevice = device;
    m_device->setText(device.displayLabel());
    // Text and symbol carry the meaning; colour only repeats it.
    if (status.roaming) {
        m_roaming->setText(tr("▲ Yes, roaming"));
        m_roaming->setStyleSheet(theme::textStyle(theme::abroad()));
    } else {
        m_roaming->setText(tr("● No, at home"));
        m_roaming->setStyleSheet(theme::textStyle(theme::home()));
    }
    if (status.countryName) {
        QStringList parts;
        for (const QString &iso : *status.countryName) {
            const QString flag = SimDeviceModel::flagsEnabled() ? CountryTable::flag(iso) : QString();
            parts << QStringLiteral("%1 %2 %3").arg(flag, iso, CountryTable::countryName(iso)).trimmed();
        }
        m_country->setText(parts.isEmpty() ? tr("none (international code)") : parts.join(QStringLiteral(", ")));
    } else {
        m_country->setText(status.roaming ? tr("not reported") : tr("home network"));
    }
    m_mcc->setText(status.countryCode ? QString::number(*status.countryCode) : tr("not reported"));
    m_lastStatusTime = status.lastStatusTime;
    refreshRelativeTime();
}

void LookupPanel::refreshRelativeTime()
{
    if (!m_lastStatusTime) {
        if (m_shownDevice && m_errorBox->isHidden() && !m_pending)
            m_updated->setText(tr("unknown (not reported)"));
        return;
    }
    m_updated->setText(relativeAndExact(*m_lastStatusTime, QDateTime::currentDateTimeUtc()));
}

void LookupPanel::showError(const ApiError &error, int attempts)
{
    clearResult();
    m_shownDevice = m_pendingDevice;
    m_device->setText(m_pendingDevice.displayLabel());
    m_roaming->setText(tr("✗ Lookup failed"));
    const QString sentence = errorSentence(error, attempts);
    m_error->setText(sentence);
    m_errorBox->setToolTip(sentence);
    setErrorShown(true);
}

void LookupPanel::addToHistory(
    const Device &device, const std::optional<RoamingStatus> &status, const std::optional<ApiError> &error)
{
    m_history->add({QDateTime::currentDateTimeUtc(), device, status, error});
    QSettings().setValue(QLatin1String(HistoryKey), m_history->toVariant());
}

} // namespace roamdesk::ui
