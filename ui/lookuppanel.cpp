#include "lookuppanel.h"
#include "themecolors.h"

#include "countrytable.h"
#include "deviceeditor.h"
#include "errortext.h"
#include "lookuphistorymodel.h"
#include "relativetime.h"
#include "session/apirequests.h"
#include "simdevicemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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

    auto *deviceBox = new QGroupBox(tr("Device"), this);
    auto *deviceLayout = new QVBoxLayout(deviceBox);
    m_editor = new DeviceEditor(deviceBox);
    deviceLayout->addWidget(m_editor);
    auto *buttons = new QHBoxLayout;
    m_lookup = new QPushButton(tr("&Look up"), deviceBox);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setAccessibleName(tr("Look up roaming status"));
    m_lookup->setDefault(true);
    m_subscribe = new QPushButton(tr("&Subscribe…"), deviceBox);
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribe->setAccessibleName(tr("Subscribe to this device"));
    buttons->addWidget(m_lookup);
    buttons->addWidget(m_subscribe);
    deviceLayout->addLayout(buttons);
    layout->addWidget(deviceBox);

    auto *resultBox = new QGroupBox(tr("Roaming"), this);
    auto *form = new QFormLayout(resultBox);
    m_roaming = valueLabel(QStringLiteral("roamingValue"), tr("Roaming"), resultBox);
    QFont big = m_roaming->font();
    big.setBold(true);
    m_roaming->setFont(big);
    m_country = valueLabel(QStringLiteral("countryValue"), tr("Country"), resultBox);
    m_mcc = valueLabel(QStringLiteral("mccValue"), tr("Mobile country code"), resultBox);
    m_updated = valueLabel(QStringLiteral("updatedValue"), tr("Last status time"), resultBox);
    form->addRow(tr("Roaming:"), m_roaming);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("MCC:"), m_mcc);
    form->addRow(tr("Updated:"), m_updated);
    m_error = new QLabel(resultBox);
    m_error->setObjectName(QStringLiteral("lookupError"));
    m_error->setAccessibleName(tr("Lookup error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(theme::errorPanelStyle());
    m_error->hide();
    form->addRow(m_error);
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
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 6);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(LookupHistoryModel::TimeColumn,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    m_historyView->setColumnWidth(LookupHistoryModel::DeviceColumn,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("+99999991000")) + 16);
    m_historyView->setToolTip(tr("Double-click to look the device up again"));
    historyLayout->addWidget(m_historyView);
    layout->addWidget(historyBox, 1);

    m_history->fromVariant(QSettings().value(QLatin1String(HistoryKey)).toList());

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &LookupPanel::refreshRelativeTime);
    m_tick->start();

    connect(m_lookup, &QPushButton::clicked, this, &LookupPanel::lookUp);
    connect(m_editor, &DeviceEditor::submitted, this, &LookupPanel::lookUp);
    connect(m_editor, &DeviceEditor::changed, this, &LookupPanel::updateButtons);
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
            showError(error, attempts);
            m_history->add({QDateTime::currentDateTimeUtc(), m_pendingDevice, std::nullopt, error});
            QSettings().setValue(QLatin1String(HistoryKey), m_history->toVariant());
            updateButtons();
        });
    updateButtons();
}

LookupPanel::~LookupPanel() = default;

void LookupPanel::setDevice(const Device &device)
{
    m_editor->setDevice(device);
}

void LookupPanel::lookUp()
{
    if (!m_editor->isValid() || m_pending)
        return;
    clearResult();
    m_pendingDevice = m_editor->device();
    m_roaming->setText(tr("Looking up…"));
    m_pending = m_requests->lookup(m_pendingDevice);
    updateButtons();
}

void LookupPanel::updateButtons()
{
    m_lookup->setEnabled(m_editor->isValid() && m_pending == 0);
    m_subscribe->setEnabled(m_editor->isValid());
}

void LookupPanel::clearResult()
{
    for (QLabel *label : {m_roaming, m_country, m_mcc, m_updated}) {
        label->setText(QStringLiteral("—"));
        label->setStyleSheet(QString());
    }
    m_error->clear();
    m_error->hide();
    m_lastStatusTime.reset();
}

void LookupPanel::showStatus(const Device &, const RoamingStatus &status)
{
    clearResult();
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
        if (m_roaming->text() != QStringLiteral("—") && m_error->isHidden() && !m_pending)
            m_updated->setText(tr("unknown (not reported)"));
        return;
    }
    m_updated->setText(relativeAndExact(*m_lastStatusTime, QDateTime::currentDateTimeUtc()));
}

void LookupPanel::showError(const ApiError &error, int attempts)
{
    clearResult();
    m_roaming->setText(tr("✗ Lookup failed"));
    m_error->setText(errorSentence(error, attempts));
    m_error->show();
}

QString LookupPanel::roamingText() const
{
    return m_roaming->text();
}
QString LookupPanel::countryText() const
{
    return m_country->text();
}
QString LookupPanel::mccText() const
{
    return m_mcc->text();
}
QString LookupPanel::updatedText() const
{
    return m_updated->text();
}
QString LookupPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace roamdesk::ui
