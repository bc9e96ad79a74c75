#include "ui/createsubscriptiondialog.h"
#include "ui/themecolors.h"

#include "app/session/apirequests.h"
#include "models/eventtype.h"
#include "ui/deviceeditor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
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

/// A date-time editor that Tab leaves in one press: QDateTimeEdit otherwise walks its sections with Tab
/// (year, month, day, hour, minute). The arrow keys still move between the sections, the calendar pops up.
class OneStopDateTimeEdit final : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

QDateTimeEdit *dateTimeEdit(const QDateTime &value, QWidget *parent)
{
    auto *edit = new OneStopDateTimeEdit(value, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
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
    m_device->setObjectName(QStringLiteral("subscriptionDeviceEditor"));
    deviceLayout->addWidget(m_device);
    layout->addWidget(deviceBox);

    auto *form = new QFormLayout;
    auto *typesColumn = new QVBoxLayout;
    for (EventType type : eventtype::subscribable()) {
        auto *check = new QCheckBox(describeType(type), this);
        check->setObjectName(QStringLiteral("eventTypeCheck_") + eventtype::shortName(type));
        check->setChecked(type == EventType::RoamingStatus);
        typesColumn->addWidget(check);
        m_types.append({type, check});
    }
    auto *typesNote = new QLabel(
        tr("The API takes one event type per subscription: one subscription is created for each type ticked."), this);
    typesNote->setObjectName(QStringLiteral("eventTypesNote"));
    typesNote->setWordWrap(true);
    typesColumn->addWidget(typesNote);
    form->addRow(buddyLabel(tr("&Event types:"), m_types.constFirst().second), typesColumn);

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
    regenerate->setObjectName(QStringLiteral("regenerateTokenButton"));
    regenerate->setText(tr("New"));
    regenerate->setAccessibleName(tr("Generate a new token"));
    regenerate->setToolTip(tr("Generate a new random token"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(regenerate);
    form->addRow(buddyLabel(tr("Access t&oken:"), m_token), tokenRow);

    m_tokenExpiry = dateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_tokenExpiry->setObjectName(QStringLiteral("tokenExpiryEdit"));
    m_tokenExpiry->setAccessibleName(tr("Token expires at"));
    form->addRow(tr("Token e&xpires:"), m_tokenExpiry);

    auto *initialColumn = new QVBoxLayout;
    m_initialEvent = new QCheckBox(tr("Send the current status at once (&initial event)"), this);
    m_initialEvent->setObjectName(QStringLiteral("initialEventCheck"));
    m_initialEvent->setChecked(true);
    m_initialEventHint = new QLabel(this);
    m_initialEventHint->setObjectName(QStringLiteral("initialEventHint"));
    m_initialEventHint->setWordWrap(true);
    initialColumn->addWidget(m_initialEvent);
    initialColumn->addWidget(m_initialEventHint);
    form->addRow(QString(), initialColumn);

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
    m_expire = dateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_expire->setObjectName(QStringLiteral("expireEdit"));
    m_expire->setAccessibleName(tr("Subscription expire time"));
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
    m_problems->hide();
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_showProblems = true;
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
    for (const auto &[type, check] : std::as_const(m_types)) {
        connect(check, &QCheckBox::toggled, this, &CreateSubscriptionDialog::updateInitialEventHint);
        connect(check, &QCheckBox::toggled, this, &CreateSubscriptionDialog::userEdited);
    }
    connect(m_initialEvent, &QCheckBox::toggled, this, &CreateSubscriptionDialog::updateInitialEventHint);
    for (QCheckBox *box : {m_useCredential, m_initialEvent, m_useMaxEvents, m_useExpire})
        connect(box, &QCheckBox::toggled, this, &CreateSubscriptionDialog::userEdited);
    connect(m_device, &DeviceEditor::changed, this, &CreateSubscriptionDialog::userEdited);
    connect(m_sink, &QLineEdit::textChanged, this, &CreateSubscriptionDialog::userEdited);
    connect(m_token, &QLineEdit::textChanged, this, &CreateSubscriptionDialog::userEdited);
    connect(m_maxEvents, &QSpinBox::valueChanged, this, &CreateSubscriptionDialog::userEdited);
    connect(m_expire, &QDateTimeEdit::dateTimeChanged, this, &CreateSubscriptionDialog::userEdited);
    connect(m_tokenExpiry, &QDateTimeEdit::dateTimeChanged, this, &CreateSubscriptionDialog::userEdited);
    updateInitialEventHint();
    revalidate();
    resize(540, sizeHint().height());
}

CreateSubscriptionDialog::~CreateSubscriptionDialog() = default;

void CreateSubscriptionDialog::setDevice(const Device &device)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_device->setDevice(device);
    revalidate();
    focusFirstDeviceField();
}

QList<EventType> CreateSubscriptionDialog::chosenTypes() const
{
    QList<EventType> types;
    for (const auto &[type, check] : m_types) {
        if (check->isChecked())
            types << type;
    }
    return types;
}

QList<SubscriptionRequest> CreateSubscriptionDialog::requests() const
{
    SubscriptionRequest request;
    request.sink = m_sink->text().trimmed();
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
    QList<SubscriptionRequest> requests;
    for (EventType type : chosenTypes()) {
        request.types = QStringList{eventtype::toWire(type)};
        requests << request;
    }
    return requests;
}

QStringList CreateSubscriptionDialog::problems() const
{
    return m_errors;
}

void CreateSubscriptionDialog::userEdited()
{
    if (!m_filling)
        m_showProblems = true;
    revalidate();
}

void CreateSubscriptionDialog::revalidate()
{
    // The requests differ only in their type: the other problems are the same for each, said once.
    QStringList errors;
    const QList<SubscriptionRequest> all = requests();
    if (all.isEmpty())
        errors << tr("Tick at least one event type.");
    for (const SubscriptionRequest &request : all) {
        for (const FieldError &error : request.validate(QDateTime::currentDateTimeUtc())) {
            if (!errors.contains(error.message))
                errors << error.message;
        }
    }
    m_errors = errors;
    QStringList lines;
    for (const QString &error : std::as_const(m_errors))
        lines << tr("✗ %1").arg(error);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(m_showProblems && !lines.isEmpty());
}

void CreateSubscriptionDialog::updateInitialEventHint()
{
    // The spec's table: an initial event goes out only when the device's state matches the type.
    QStringList lines;
    for (EventType type : chosenTypes()) {
        switch (type) {
        case EventType::RoamingStatus:
            lines << tr("roaming-status: always sent, roaming or not.");
            break;
        case EventType::RoamingOn:
            lines << tr("roaming-on: sent only if the device is roaming now.");
            break;
        case EventType::RoamingOff:
            lines << tr("roaming-off: sent only if the device is at home now.");
            break;
        case EventType::RoamingChangeCountry:
            lines << tr("roaming-change-country: never sent; it waits for the next country change.");
            break;
        default:
            break;
        }
    }
    m_initialEventHint->setText(lines.join(QLatin1Char('\n')));
    m_initialEventHint->setEnabled(m_initialEvent->isChecked());
    m_initialEventHint->setVisible(!lines.isEmpty());
}

void CreateSubscriptionDialog::focusFirstDeviceField()
{
    // Typing goes straight into the identifier, not onto the identifier-type radio buttons.
    const QList<QLineEdit *> edits = m_device->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->isVisibleTo(this) && edit->isEnabled()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void CreateSubscriptionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstDeviceField();
}

} // namespace roamdesk::ui
