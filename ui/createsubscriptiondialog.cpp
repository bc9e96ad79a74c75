#include "createsubscriptiondialog.h"
#include "themecolors.h"

#include "deviceeditor.h"
#include "eventtype.h"
#include "session/apirequests.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
QString describeType(EventType type)
{
    switch (type) {
    case EventType::RoamingStatus:
        return QCoreApplication::translate("CreateSubscriptionDialog", "roaming-status — every change");
    case EventType::RoamingOn:
        return QCoreApplication::translate("CreateSubscriptionDialog", "roaming-on — device starts roaming");
    case EventType::RoamingOff:
        return QCoreApplication::translate("CreateSubscriptionDialog", "roaming-off — device comes home");
    case EventType::RoamingChangeCountry:
        return QCoreApplication::translate(
            "CreateSubscriptionDialog", "roaming-change-country — device roams into another country");
    default:
        return eventtype::shortName(type);
    }
}
/// A row label for a row that is a layout: QFormLayout only sets buddies for single widgets.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

CreateSubscriptionDialog::CreateSubscriptionDialog(const QString &defaultSink, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New subscription"));
    setObjectName(QStringLiteral("createSubscriptionDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *deviceBox = new QGroupBox(tr("Device"), this);
    auto *deviceLayout = new QVBoxLayout(deviceBox);
    m_device = new DeviceEditor(deviceBox);
    deviceLayout->addWidget(m_device);
    layout->addWidget(deviceBox);

    auto *form = new QFormLayout;
    m_eventType = new QComboBox(this);
    m_eventType->setObjectName(QStringLiteral("eventTypeCombo"));
    m_eventType->setAccessibleName(tr("Event type"));
    for (EventType type : eventtype::subscribable())
        m_eventType->addItem(describeType(type), eventtype::toWire(type));
    form->addRow(tr("&Event type:"), m_eventType);

    m_sink = new QLineEdit(defaultSink, this);
    m_sink->setObjectName(QStringLiteral("sinkEdit"));
    m_sink->setAccessibleName(tr("Sink URL"));
    m_sink->setToolTip(tr("Where the network POSTs the notifications; by default this RoamDesk's receiver"));
    form->addRow(tr("Sin&k:"), m_sink);

    m_useCredential = new QCheckBox(tr("Send a bearer &token with each notification"), this);
    m_useCredential->setObjectName(QStringLiteral("credentialCheck"));
    m_useCredential->setChecked(true);
    form->addRow(QString(), m_useCredential);

    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(ApiRequests::generateSinkToken(), this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Sink access token"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *regenerate = new QToolButton(this);
    regenerate->setText(tr("New"));
    regenerate->setAccessibleName(tr("Generate a new token"));
    regenerate->setToolTip(tr("Generate a new random token"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(regenerate);
    form->addRow(buddyLabel(tr("Access t&oken:"), m_token), tokenRow);

    m_tokenExpiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_tokenExpiry->setObjectName(QStringLiteral("tokenExpiryEdit"));
    m_tokenExpiry->setAccessibleName(tr("Token expires at"));
    m_tokenExpiry->setCalendarPopup(true);
    m_tokenExpiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Token e&xpires:"), m_tokenExpiry);

    m_initialEvent = new QCheckBox(tr("Send the current status at once (&initial event)"), this);
    m_initialEvent->setObjectName(QStringLiteral("initialEventCheck"));
    m_initialEvent->setChecked(true);
    form->addRow(QString(), m_initialEvent);

    auto *maxRow = new QHBoxLayout;
    m_useMaxEvents = new QCheckBox(tr("Limit to"), this);
    m_useMaxEvents->setObjectName(QStringLiteral("maxEventsCheck"));
    m_maxEvents = new QSpinBox(this);
    m_maxEvents->setObjectName(QStringLiteral("maxEventsSpin"));
    m_maxEvents->setAccessibleName(tr("Maximum number of events"));
    m_maxEvents->setRange(0, 1000000);
    m_maxEvents->setValue(10);
    m_maxEvents->setSuffix(tr(" events"));
    m_maxEvents->setEnabled(false);
    maxRow->addWidget(m_useMaxEvents);
    maxRow->addWidget(m_maxEvents, 1);
    form->addRow(buddyLabel(tr("&Max events:"), m_useMaxEvents), maxRow);

    auto *expireRow = new QHBoxLayout;
    m_useExpire = new QCheckBox(tr("Expire at"), this);
    m_useExpire->setObjectName(QStringLiteral("expireCheck"));
    m_expire = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_expire->setObjectName(QStringLiteral("expireEdit"));
    m_expire->setAccessibleName(tr("Subscription expire time"));
    m_expire->setCalendarPopup(true);
    m_expire->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expire->setEnabled(false);
    expireRow->addWidget(m_useExpire);
    expireRow->addWidget(m_expire, 1);
    form->addRow(buddyLabel(tr("Ex&pire time:"), m_useExpire), expireRow);
    layout->addLayout(form);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setAccessibleName(tr("Problems with this subscription"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(theme::textStyle(theme::error()));
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_errors.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(regenerate, &QToolButton::clicked, this, [this] { m_token->setText(ApiRequests::generateSinkToken()); });
    connect(m_useMaxEvents, &QCheckBox::toggled, m_maxEvents, &QWidget::setEnabled);
    connect(m_useExpire, &QCheckBox::toggled, m_expire, &QWidget::setEnabled);
    connect(m_useCredential, &QCheckBox::toggled, m_token, &QWidget::setEnabled);
    connect(m_useCredential, &QCheckBox::toggled, m_tokenExpiry, &QWidget::setEnabled);
    connect(m_useCredential, &QCheckBox::toggled, regenerate, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useCredential, m_initialEvent, m_useMaxEvents, m_useExpire})
        connect(box, &QCheckBox::toggled, this, &CreateSubscriptionDialog::revalidate);
    connect(m_device, &DeviceEditor::changed, this, &CreateSubscriptionDialog::revalidate);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &CreateSubscriptionDialog::revalidate);
    connect(m_sink, &QLineEdit::textChanged, this, &CreateSubscriptionDialog::revalidate);
    connect(m_token, &QLineEdit::textChanged, this, &CreateSubscriptionDialog::revalidate);
    connect(m_maxEvents, &QSpinBox::valueChanged, this, &CreateSubscriptionDialog::revalidate);
    connect(m_expire, &QDateTimeEdit::dateTimeChanged, this, &CreateSubscriptionDialog::revalidate);
    connect(m_tokenExpiry, &QDateTimeEdit::dateTimeChanged, this, &CreateSubscriptionDialog::revalidate);
    revalidate();
    resize(520, sizeHint().height());
}

CreateSubscriptionDialog::~CreateSubscriptionDialog() = default;

void CreateSubscriptionDialog::setDevice(const Device &device)
{
    m_device->setDevice(device);
}

SubscriptionRequest CreateSubscriptionDialog::request() const
{
    SubscriptionRequest request;
    request.sink = m_sink->text().trimmed();
    request.types = QStringList{m_eventType->currentData().toString()};
    if (m_useCredential->isChecked()) {
        SinkCredential credential;
        credential.accessToken = m_token->text().trimmed();
        credential.accessTokenExpiresUtc = m_tokenExpiry->dateTime().toUTC();
        request.sinkCredential = credential;
    }
    request.config.device = m_device->device();
    request.config.initialEvent = m_initialEvent->isChecked();
    if (m_useMaxEvents->isChecked())
        request.config.subscriptionMaxEvents = m_maxEvents->value();
    if (m_useExpire->isChecked())
        request.config.subscriptionExpireTime = m_expire->dateTime().toUTC();
    return request;
}

FieldErrors CreateSubscriptionDialog::problems() const
{
    return m_errors;
}

void CreateSubscriptionDialog::revalidate()
{
    m_errors = request().validate(QDateTime::currentDateTimeUtc());
    QStringList lines;
    for (const FieldError &error : std::as_const(m_errors))
        lines << (error.path.isEmpty() ? tr("✗ %1").arg(error.message) : tr("✗ %1: %2").arg(error.path, error.message));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}

} // namespace roamdesk::ui
