#include "ui/settings/receiverpage.h"

#include "app/session/receiverservice.h"
#include "ui/preferences.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roamdesk::ui {

ReceiverPage::ReceiverPage(const ReceiverService *receiver, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("receiverPage"));
    auto *form = new QFormLayout;
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
    m_databasePath = new QLineEdit(this);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setPlaceholderText(tr("default location"));
    form->addRow(tr("Store &location:"), fileField(m_databasePath, tr("notification store"), true));

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

    for (QLineEdit *edit : {m_address, m_publicSinkUrl, m_tlsCertificate, m_tlsKey, m_databasePath})
        connect(edit, &QLineEdit::textEdited, this, &ReceiverPage::changed);
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
    m_databasePath->setText(settings.databasePath);
}

ReceiverSettings ReceiverPage::settings() const
{
    ReceiverSettings settings = m_loaded;
    settings.address = QHostAddress(m_address->text().trimmed());
    settings.port = quint16(m_port->value());
    settings.publicSinkUrl = QUrl(m_publicSinkUrl->text().trimmed());
    settings.tlsCertificateFile = m_tlsCertificate->text().trimmed();
    settings.tlsKeyFile = m_tlsKey->text().trimmed();
    settings.databasePath = m_databasePath->text().trimmed();
    return settings;
}

QString ReceiverPage::validate() const
{
    return Preferences::receiverProblem(settings());
}

} // namespace roamdesk::ui
