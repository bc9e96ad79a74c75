#include "ui/settings/receiverpage.h"

#include "app/client/secretstore.h"
#include "app/session/receiverservice.h"
#include "app/store/storeconnectiontest.h"
#include "app/store/storecredentials.h"
#include "app/store/storelocation.h"
#include "ui/preferences.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roamdesk::ui {

ReceiverPage::ReceiverPage(const ReceiverService *receiver, api::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("receiverPage"));
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("receiverAddressEdit"));
    m_address->setAccessibleName(tr("Receiver address"));
    m_address->setToolTip(tr("127.0.0.1 keeps the receiver private to this computer; 0.0.0.0 listens on "
                             "every interface"));
    form->addRow(tr("Listen on &address:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("receiverPortSpin"));
    m_port->setAccessibleName(tr("Receiver port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    form->addRow(tr("&Port:"), m_port);
    m_publicSinkUrl = new QLineEdit(this);
    m_publicSinkUrl->setObjectName(QStringLiteral("publicSinkUrlEdit"));
    m_publicSinkUrl->setAccessibleName(tr("Public sink URL"));
    m_publicSinkUrl->setPlaceholderText(tr("empty: the local URL (use a tunnel or proxy URL for a real network)"));
    form->addRow(tr("Public si&nk URL:"), m_publicSinkUrl);
    m_tlsCertificate = new QLineEdit(this);
    m_tlsCertificate->setObjectName(QStringLiteral("tlsCertificateEdit"));
    form->addRow(tr("TLS certi&ficate (PEM):"), fileField(m_tlsCertificate, tr("TLS certificate"), false));
    m_tlsKey = new QLineEdit(this);
    m_tlsKey->setObjectName(QStringLiteral("tlsKeyEdit"));
    form->addRow(tr("TLS ke&y (PEM):"), fileField(m_tlsKey, tr("TLS private key"), false));
    m_storeKind = new QComboBox(this);
    m_storeKind->setObjectName(QStringLiteral("storeKindCombo"));
    m_storeKind->setAccessibleName(tr("Where notifications are stored"));
    m_storeKind->addItem(tr("This computer"));
    m_storeKind->addItem(tr("Shared (PostgreSQL)"));
    m_storeKind->setToolTip(tr("A shared store is written by the team's receivers and read by every desk"));
    form->addRow(tr("Store:"), m_storeKind);
    m_databasePath = new QLineEdit(this);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setPlaceholderText(tr("default location"));
    form->addRow(tr("Store &location:"), fileField(m_databasePath, tr("notification store"), true));
    form->addRow(tr("Store URL:"), sharedStoreField());
    form->addRow(tr("Store password:"), m_storePassword);
    form->addRow(QString(), m_storeTestResult);
    m_connectionTest = new StoreConnectionTest(this);
    connect(m_connectionTest, &StoreConnectionTest::finished, this, [this](bool ok, const QString &message) {
        m_storeTest->setEnabled(true);
        m_storeTestResult->setText(ok ? message : tr("Cannot connect: %1").arg(message));
    });
    showStoreRows();

    auto *now = new QLabel(this);
    now->setObjectName(QStringLiteral("receiverNow"));
    now->setWordWrap(true);
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    now->setText(receiver->isListening() ? tr("Now receiving at %1.").arg(receiver->sinkUrl().toString())
                                         : tr("The receiver is not running: %1").arg(receiver->errorString()));
    auto *note = new QLabel(tr("Changes on this page take effect the next time RoamDesk starts."), this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(now);
    layout->addWidget(note);
    layout->addStretch(1);

    for (QLineEdit *edit :
        {m_address, m_publicSinkUrl, m_tlsCertificate, m_tlsKey, m_databasePath, m_storeUrl, m_storePassword})
        connect(edit, &QLineEdit::textEdited, this, &ReceiverPage::changed);
    connect(m_storeKind, &QComboBox::currentIndexChanged, this, [this] {
        showStoreRows();
        Q_EMIT changed();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &ReceiverPage::changed);
}

ReceiverPage::~ReceiverPage() = default;

QWidget *ReceiverPage::fileField(QLineEdit *edit, const QString &caption, bool save)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    edit->setParent(box);
    auto *browse = new QPushButton(tr("Browse…"), box);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Browse for %1").arg(caption));
    connect(browse, &QPushButton::clicked, this, [this, edit, caption, save] {
        const QString file = save ? QFileDialog::getSaveFileName(this, caption, edit->text())
                                  : QFileDialog::getOpenFileName(this, caption, edit->text());
        if (!file.isEmpty()) {
            edit->setText(file);
            Q_EMIT changed();
        }
    });
    edit->setAccessibleName(caption);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return box;
}

QWidget *ReceiverPage::sharedStoreField()
{
    auto *box = new QWidget(this);
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_storeUrl = new QLineEdit(box);
    m_storeUrl->setObjectName(QStringLiteral("storeUrlEdit"));
    m_storeUrl->setAccessibleName(tr("Shared store URL"));
    m_storeUrl->setPlaceholderText(
        QStringLiteral("postgresql://alice@db.example.com:5432/roamdesk?sslmode=verify-full"));
    m_storeUrl->setToolTip(tr("No password here: it goes in the password field, PGPASSWORD or ~/.pgpass"));
    m_storeTest = new QPushButton(tr("Test the store"), box);
    m_storeTest->setObjectName(QStringLiteral("storeTestButton"));
    connect(m_storeTest, &QPushButton::clicked, this, [this] {
        QString error;
        if (!StoreLocation::parse(m_storeUrl->text().trimmed(), &error)) {
            m_storeTestResult->setText(error);
            return;
        }
        // The password typed here is what the test connects with (it is kept only once the settings are saved).
        storecredentials::setPassword(*StoreLocation::parse(m_storeUrl->text().trimmed()), m_storePassword->text());
        m_storeTest->setEnabled(false);
        m_storeTestResult->setText(tr("Connecting…"));
        m_connectionTest->start(m_storeUrl->text().trimmed());
    });
    row->addWidget(m_storeUrl, 1);
    row->addWidget(m_storeTest);
    rows->addLayout(row);
    m_storePassword = new QLineEdit(this);
    m_storePassword->setObjectName(QStringLiteral("storePasswordEdit"));
    m_storePassword->setAccessibleName(tr("Shared store password"));
    m_storePassword->setEchoMode(QLineEdit::Password);
    m_storePassword->setPlaceholderText(tr("password (kept with the other secrets; empty: PGPASSWORD or ~/.pgpass)"));
    m_storeTestResult = new QLabel(this);
    m_storeTestResult->setObjectName(QStringLiteral("storeTestResult"));
    m_storeTestResult->setWordWrap(true);
    m_storeTestResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return box;
}

bool ReceiverPage::isShared() const
{
    return m_storeKind->currentIndex() == 1;
}

void ReceiverPage::showStoreRows()
{
    m_form->setRowVisible(m_databasePath->parentWidget(), !isShared());
    m_form->setRowVisible(m_storeUrl->parentWidget(), isShared());
    m_form->setRowVisible(m_storePassword, isShared() && m_secrets);
    m_form->setRowVisible(m_storeTestResult, isShared());
}

QWidget *ReceiverPage::firstField() const
{
    return m_address;
}

void ReceiverPage::load(const ReceiverSettings &settings)
{
    m_loaded = settings;
    const QSignalBlocker blocker(m_port);
    m_address->setText(settings.address.toString());
    m_port->setValue(settings.port);
    m_publicSinkUrl->setText(settings.publicSinkUrl.toString());
    m_tlsCertificate->setText(settings.tlsCertificateFile);
    m_tlsKey->setText(settings.tlsKeyFile);
    const std::optional<StoreLocation> location = StoreLocation::parse(settings.databasePath);
    const bool shared = location && location->isShared();
    const QSignalBlocker kindBlocker(m_storeKind);
    m_storeKind->setCurrentIndex(shared ? 1 : 0);
    m_databasePath->setText(shared ? QString() : settings.databasePath);
    m_storeUrl->setText(shared ? settings.databasePath : QString());
    m_storePassword->setText(shared && m_secrets ? m_secrets->read(storecredentials::secretKey(*location)) : QString());
    m_storeTestResult->clear();
    showStoreRows();
}

ReceiverSettings ReceiverPage::settings() const
{
    ReceiverSettings settings = m_loaded;
    settings.address = QHostAddress(m_address->text().trimmed());
    settings.port = quint16(m_port->value());
    settings.publicSinkUrl = QUrl(m_publicSinkUrl->text().trimmed());
    settings.tlsCertificateFile = m_tlsCertificate->text().trimmed();
    settings.tlsKeyFile = m_tlsKey->text().trimmed();
    settings.databasePath = isShared() ? m_storeUrl->text().trimmed() : m_databasePath->text().trimmed();
    return settings;
}

void ReceiverPage::store()
{
    const std::optional<StoreLocation> location = StoreLocation::parse(m_storeUrl->text().trimmed());
    if (!m_secrets || !isShared() || !location || !location->isShared())
        return;
    const QString key = storecredentials::secretKey(*location);
    if (m_storePassword->text().isEmpty())
        m_secrets->remove(key);
    else
        m_secrets->write(key, m_storePassword->text());
    storecredentials::setPassword(*location, m_storePassword->text());
}

QString ReceiverPage::validate() const
{
    if (isShared()) {
        QString error;
        const std::optional<StoreLocation> location = StoreLocation::parse(m_storeUrl->text().trimmed(), &error);
        if (!location)
            return error;
        if (!location->isShared())
            return tr("A shared store is named by a postgresql:// URL.");
    }
    return Preferences::receiverProblem(settings());
}

} // namespace roamdesk::ui
