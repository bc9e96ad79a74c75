#include "ui/deviceeditor.h"
#include "ui/themecolors.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
/// A stack page that keeps a single line edit at its natural height at the top.
QWidget *page(QWidget *edit)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addStretch(1);
    return container;
}
} // namespace

DeviceEditor::DeviceEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *kinds = new QGridLayout;
    m_kinds = new QButtonGroup(this);
    const QList<QPair<Kind, QString>> names = {
        {Kind::Phone, tr("&Phone")}, {Kind::Nai, tr("N&AI")}, {Kind::Ipv4, tr("IPv&4")}, {Kind::Ipv6, tr("IPv&6")}};
    int i = 0;
    for (const auto &[kind, name] : names) {
        auto *radio = new QRadioButton(name, this);
        radio->setObjectName(QStringLiteral("kind%1").arg(int(kind)));
        radio->setAccessibleName(tr("Identifier type: %1").arg(QString(name).remove(QLatin1Char('&'))));
        m_kinds->addButton(radio, int(kind));
        kinds->addWidget(radio, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(kinds);

    m_stack = new QStackedWidget(this);
    m_phone = addEdit(tr("+99999991000"), tr("Phone number"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setToolTip(tr("E.164 with a leading +, e.g. +99999991000"));
    m_stack->addWidget(page(m_phone));

    m_nai = addEdit(tr("user@domain.example"), tr("Network access identifier"));
    m_nai->setObjectName(QStringLiteral("naiEdit"));
    m_stack->addWidget(page(m_nai));

    auto *ipv4 = new QWidget(this);
    auto *ipv4Grid = new QGridLayout(ipv4);
    ipv4Grid->setContentsMargins(0, 0, 0, 0);
    m_ipv4Public = addEdit(tr("203.0.113.7"), tr("Public IPv4 address"));
    m_ipv4Public->setObjectName(QStringLiteral("ipv4PublicEdit"));
    m_ipv4Private = addEdit(tr("10.0.0.7"), tr("Private IPv4 address"));
    m_ipv4Private->setObjectName(QStringLiteral("ipv4PrivateEdit"));
    m_ipv4Port = addEdit(tr("port"), tr("Public port"));
    m_ipv4Port->setObjectName(QStringLiteral("ipv4PortEdit"));
    // Public on the first line; private address or public port (either completes it) on the second.
    m_ipv4Port->setMaximumWidth(m_ipv4Port->fontMetrics().horizontalAdvance(QStringLiteral("655350")) + 30);
    ipv4Grid->addWidget(new QLabel(tr("Public:"), ipv4), 0, 0);
    ipv4Grid->addWidget(m_ipv4Public, 0, 1, 1, 3);
    ipv4Grid->addWidget(new QLabel(tr("Private:"), ipv4), 1, 0);
    ipv4Grid->addWidget(m_ipv4Private, 1, 1);
    ipv4Grid->addWidget(new QLabel(tr("Port:"), ipv4), 1, 2);
    ipv4Grid->addWidget(m_ipv4Port, 1, 3);
    ipv4Grid->setRowStretch(2, 1);
    m_stack->addWidget(ipv4);

    m_ipv6 = addEdit(tr("2001:db8::7"), tr("IPv6 address"));
    m_ipv6->setObjectName(QStringLiteral("ipv6Edit"));
    m_stack->addWidget(page(m_ipv6));
    layout->addWidget(m_stack);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setAccessibleName(tr("Identifier validation"));
    layout->addWidget(m_validation);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_stack->setCurrentIndex(id);
        fitStackToPage();
        revalidate();
    });
    // Picked with the mouse or a mnemonic: what is typed next goes into the field.
    connect(m_kinds, &QButtonGroup::idClicked, this,
        [this](int) { QMetaObject::invokeMethod(this, &DeviceEditor::focusField, Qt::QueuedConnection); });
    m_kinds->button(int(Kind::Phone))->setChecked(true);
    revalidate();
}

void DeviceEditor::focusField()
{
    QLineEdit *first = nullptr;
    switch (kind()) {
    case Kind::Phone:
        first = m_phone;
        break;
    case Kind::Nai:
        first = m_nai;
        break;
    case Kind::Ipv4:
        first = m_ipv4Public;
        break;
    case Kind::Ipv6:
        first = m_ipv6;
        break;
    }
    first->setFocus(Qt::OtherFocusReason);
    first->selectAll();
}

DeviceEditor::~DeviceEditor() = default;

QLineEdit *DeviceEditor::addEdit(const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, &DeviceEditor::revalidate);
    connect(edit, &QLineEdit::returnPressed, this, &DeviceEditor::submitted);
    return edit;
}

DeviceEditor::Kind DeviceEditor::kind() const
{
    return Kind(qMax(0, m_kinds->checkedId()));
}

void DeviceEditor::fitStackToPage()
{
    // A stack is as tall as its tallest page; let only the current page count, so one line stays one line.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        page->setSizePolicy(i == m_stack->currentIndex() ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum)
                                                         : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_stack->adjustSize();
    updateGeometry();
}

void DeviceEditor::setKind(Kind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
}

Device DeviceEditor::device() const
{
    Device device;
    switch (kind()) {
    case Kind::Phone:
        device.phoneNumber = m_phone->text().trimmed().remove(QLatin1Char(' '));
        break;
    case Kind::Nai:
        device.networkAccessIdentifier = m_nai->text().trimmed();
        break;
    case Kind::Ipv4: {
        Ipv4Address address;
        address.publicAddress = m_ipv4Public->text().trimmed();
        address.privateAddress = m_ipv4Private->text().trimmed();
        const QString port = m_ipv4Port->text().trimmed();
        if (!port.isEmpty()) {
            bool ok = false;
            const int value = port.toInt(&ok);
            // A non-number is kept out of range so validate() names the port field.
            address.publicPort = ok ? value : -1;
        }
        if (!address.publicAddress.isEmpty() || !address.privateAddress.isEmpty() || address.publicPort)
            device.ipv4Address = address;
        break;
    }
    case Kind::Ipv6:
        device.ipv6Address = m_ipv6->text().trimmed();
        break;
    }
    return device;
}

void DeviceEditor::setDevice(const Device &device)
{
    if (!device.phoneNumber.isEmpty()) {
        m_phone->setText(device.phoneNumber);
        setKind(Kind::Phone);
    } else if (!device.networkAccessIdentifier.isEmpty()) {
        m_nai->setText(device.networkAccessIdentifier);
        setKind(Kind::Nai);
    } else if (device.ipv4Address) {
        m_ipv4Public->setText(device.ipv4Address->publicAddress);
        m_ipv4Private->setText(device.ipv4Address->privateAddress);
        m_ipv4Port->setText(
            device.ipv4Address->publicPort ? QString::number(*device.ipv4Address->publicPort) : QString());
        setKind(Kind::Ipv4);
    } else if (!device.ipv6Address.isEmpty()) {
        m_ipv6->setText(device.ipv6Address);
        setKind(Kind::Ipv6);
    }
    revalidate();
}

bool DeviceEditor::isValid() const
{
    return m_valid;
}

QString DeviceEditor::validationText() const
{
    return m_validation->text();
}

void DeviceEditor::revalidate()
{
    const Device current = device();
    QString text;
    if (current.isEmpty()) {
        m_valid = false;
        text = tr("Enter an identifier.");
        m_validation->setStyleSheet(QString());
    } else {
        const FieldErrors errors = current.validateInput();
        m_valid = errors.isEmpty();
        if (m_valid) {
            switch (kind()) {
            case Kind::Phone:
                text = tr("✓ valid E.164 number");
                break;
            case Kind::Nai:
                text = tr("✓ network access identifier");
                break;
            case Kind::Ipv4:
                text = tr("✓ valid IPv4 identifier");
                break;
            case Kind::Ipv6:
                text = tr("✓ valid IPv6 address");
                break;
            }
            m_validation->setStyleSheet(QStringLiteral("color: palette(text);"));
        } else {
            QStringList lines;
            for (const FieldError &error : errors)
                lines << tr("✗ %1").arg(error.message);
            text = lines.join(QLatin1Char('\n'));
            m_validation->setStyleSheet(theme::textStyle(theme::error()));
        }
    }
    m_validation->setText(text);
    Q_EMIT changed();
}

} // namespace roamdesk::ui
