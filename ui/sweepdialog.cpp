#include "ui/sweepdialog.h"

#include "app/bulk/sweep.h"
#include "app/bulk/sweepexport.h"
#include "app/client/roamingclient.h"
#include "models/trafficlogmodel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds >= 3600)
        return SweepDialog::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return SweepDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return SweepDialog::tr("%1 s").arg(seconds);
}

} // namespace

SweepDialog::SweepDialog(const api::Environment &environment, TrafficLogModel *traffic,
    const QList<DeviceListEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_traffic(traffic)
{
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Look up devices"));

    m_devices = new QLabel(this);
    m_devices->setObjectName(QStringLiteral("sweepDevicesLabel"));
    m_loadFile = new QPushButton(tr("&Load file…"), this);
    m_loadFile->setObjectName(QStringLiteral("sweepLoadFileButton"));
    m_loadFile->setToolTip(tr("Look up the devices of a CSV or JSON Lines file instead"));
    auto *devicesRow = new QHBoxLayout;
    devicesRow->addWidget(m_devices, 1);
    devicesRow->addWidget(m_loadFile);

    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("sweepRateSpin"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSpecialValueText(tr("as fast as the provider allows"));
    m_rate->setToolTip(tr("At most this many requests per second on this environment; with no rate of its own the "
                          "sweep finds the provider's quota from its 429 answers"));
    m_rate->setValue(QSettings().value(rateKey(environment.name), 0.0).toDouble());

    auto *form = new QFormLayout;
    form->addRow(tr("Environment:"), new QLabel(environment.displayName(), this));
    form->addRow(tr("Devices:"), devicesRow);
    form->addRow(tr("&Rate:"), m_rate);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setAccessibleName(tr("Rows answered"));
    m_progress->setFormat(tr("%v of %m"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("sweepStartButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel sweep"), this);
    m_cancel->setObjectName(QStringLiteral("sweepCancelButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("sweepExportCsvButton"));
    m_exportJsonl = new QPushButton(tr("Export &JSON Lines…"), this);
    m_exportJsonl->setObjectName(QStringLiteral("sweepExportJsonlButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("sweepCloseButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_start, m_cancel, m_exportCsv, m_exportJsonl})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_loadFile, &QPushButton::clicked, this, &SweepDialog::chooseFile);
    connect(m_start, &QPushButton::clicked, this, &SweepDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &SweepDialog::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_exportJsonl, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(m_close, &QPushButton::clicked, this, &SweepDialog::reject);
    setEntries(entries);
}

SweepDialog::~SweepDialog()
{
    // The sweep goes before the client it uses.
    m_sweep.reset();
}

QString SweepDialog::rateKey(const QString &environmentName)
{
    return QStringLiteral("sweep/rate/") + (environmentName.isEmpty() ? QStringLiteral("default") : environmentName);
}

void SweepDialog::setEntries(const QList<DeviceListEntry> &entries)
{
    if (m_sweep && m_sweep->isRunning())
        return;
    m_entries = entries;
    m_sweep.reset();
    m_devices->setText(tr("%n device(s)", nullptr, int(entries.size())));
    m_progress->setRange(0, qMax(1, int(entries.size())));
    m_progress->setValue(0);
    m_status->clear();
    updateButtons();
}

void SweepDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Devices to look up"), QString(), tr("Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const DeviceList list = DeviceListParser::parseFile(path);
    if (!list.errors.isEmpty()) {
        QStringList lines;
        for (const DeviceListError &error : list.errors.mid(0, 10))
            lines << error.toString();
        if (list.errors.size() > 10)
            lines << tr("… and %n more", nullptr, int(list.errors.size() - 10));
        QMessageBox::warning(this, tr("Devices to look up"),
            tr("%n line(s) could not be read and are left out:", nullptr, int(list.errors.size())) + u'\n'
                + lines.join(u'\n'));
    }
    setEntries(list.entries);
}

void SweepDialog::start()
{
    if (m_entries.isEmpty() || (m_sweep && m_sweep->isRunning()))
        return;
    QSettings().setValue(rateKey(m_environment.name), m_rate->value());
    m_sweep.reset();
    m_client = std::make_unique<api::RoamingClient>();
    m_client->setEnvironment(m_environment);
    m_client->setTrafficLog(m_traffic);
    bulk::SweepOptions options;
    options.rate = m_rate->value();
    m_sweep = std::make_unique<bulk::Sweep>(m_client.get(), m_entries, options);
    connect(m_sweep.get(), &bulk::Sweep::rowFinished, this, &SweepDialog::onRow);
    connect(m_sweep.get(), &bulk::Sweep::progressChanged, this, &SweepDialog::showProgress);
    connect(m_sweep.get(), &bulk::Sweep::finished, this, [this] {
        showProgress();
        updateButtons();
        Q_EMIT sweepFinished();
    });
    m_sweep->start();
    updateButtons();
}

void SweepDialog::cancel()
{
    if (m_sweep)
        m_sweep->cancel();
}

void SweepDialog::reject()
{
    cancel();
    QDialog::reject();
}

void SweepDialog::onRow(int index)
{
    const bulk::SweepRow &row = m_sweep->rows().at(index);
    if (row.status)
        Q_EMIT lookupAnswered(row.entry.device, *row.status);
    else if (row.error)
        Q_EMIT lookupFailed(row.entry.device, *row.error);
}

void SweepDialog::showProgress()
{
    if (!m_sweep)
        return;
    const bulk::Sweep &sweep = *m_sweep;
    const QLocale locale;
    m_progress->setValue(sweep.answered());
    QStringList parts;
    if (sweep.isRunning()) {
        parts << tr("%1 per second").arg(locale.toString(sweep.answersPerSecond(), 'f', 1));
        const qint64 eta = sweep.etaMs();
        parts << (eta < 0 ? tr("time left unknown") : tr("about %1 left").arg(durationText(eta)));
    } else {
        int failed = 0;
        for (const bulk::SweepRow &row : sweep.rows())
            failed += row.done && row.error;
        parts << (sweep.isCancelled() ? tr("Cancelled after %1").arg(durationText(sweep.elapsedMs()))
                                      : tr("Done in %1").arg(durationText(sweep.elapsedMs())));
        parts << tr("%n answer(s) with an error", nullptr, failed);
    }
    if (sweep.tooManyRequests() > 0)
        parts << tr("%n answered 429 and sent again", nullptr, sweep.tooManyRequests());
    if (sweep.pace() > 0 && m_rate->value() <= 0)
        parts << tr("provider's pace found: %1/s").arg(locale.toString(sweep.pace(), 'f', 1));
    if (const std::optional<ApiError> quota = sweep.quotaExceeded())
        parts << tr("quota spent (%1): the rest were not sent").arg(quota->code);
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void SweepDialog::updateButtons()
{
    const bool running = m_sweep && m_sweep->isRunning();
    const bool answers = m_sweep && m_sweep->answered() > 0 && !running;
    m_start->setEnabled(!running && !m_entries.isEmpty());
    m_loadFile->setEnabled(!running);
    m_rate->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_exportCsv->setEnabled(answers);
    m_exportJsonl->setEnabled(answers);
}

void SweepDialog::exportTo(bool csv)
{
    if (!m_sweep)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export answers"),
        csv ? QStringLiteral("roaming-sweep.csv") : QStringLiteral("roaming-sweep.jsonl"),
        csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes =
        csv ? bulk::SweepExport::toCsv(m_sweep->rows()) : bulk::SweepExport::toJsonLines(m_sweep->rows());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::warning(
            this, tr("Export answers"), tr("%1 could not be written: %2").arg(path, file.errorString()));
}

} // namespace roamdesk::ui
