#pragma once

#include "models/device.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace roamdesk::ui {

/// Picks one identifier type (phone / NAI / IPv4 public+private+port / IPv6) and edits it, with a
/// validation message from Device::validate() under the fields as the user types.
class DeviceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceEditor)

public:
    enum class Kind { Phone, Nai, Ipv4, Ipv6 };
    Q_ENUM(Kind)

    explicit DeviceEditor(QWidget *parent = nullptr);
    ~DeviceEditor() override;

    Kind kind() const;
    void setKind(Kind kind);

    /// The device as typed (only the selected identifier type).
    Device device() const;
    /// Shows a device: picks the first identifier type it has.
    void setDevice(const Device &device);
    bool isValid() const;
    /// The current validation text ("✓ valid E.164 number" or "✗ …").
    QString validationText() const;

    /// Focuses the first field of the selected identifier type, its text selected.
    void focusField();

Q_SIGNALS:
    void changed();
    /// Return pressed in a field.
    void submitted();

private:
    void revalidate();
    void fitStackToPage();
    QLineEdit *addEdit(const QString &placeholder, const QString &accessibleName);

    QButtonGroup *m_kinds = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_nai = nullptr;
    QLineEdit *m_ipv4Public = nullptr;
    QLineEdit *m_ipv4Private = nullptr;
    QLineEdit *m_ipv4Port = nullptr;
    QLineEdit *m_ipv6 = nullptr;
    QLabel *m_validation = nullptr;
    bool m_valid = false;
};

} // namespace roamdesk::ui
