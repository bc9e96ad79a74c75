#pragma once

#include "device.h"
#include "subscription.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace roamdesk::ui {

class DeviceEditor;

/// Every parameter the seed's create call takes: device, event type, sink (defaulting to the embedded
/// receiver), a generated bearer token with its expiry, initial event, max events and expire time.
/// The request is checked with SubscriptionRequest::validate before OK is enabled; problems are listed
/// in the dialog, next to nothing else, as sentences.
class CreateSubscriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSubscriptionDialog)

public:
    explicit CreateSubscriptionDialog(const QString &defaultSink, QWidget *parent = nullptr);
    ~CreateSubscriptionDialog() override;

    void setDevice(const Device &device);
    /// The request as filled in (also when invalid).
    SubscriptionRequest request() const;
    /// Problems found by validate(); empty when the request may be sent.
    FieldErrors problems() const;

    DeviceEditor *deviceEditor() const { return m_device; }
    QComboBox *eventTypeCombo() const { return m_eventType; }
    QLineEdit *sinkEdit() const { return m_sink; }
    QCheckBox *credentialCheck() const { return m_useCredential; }
    QLineEdit *tokenEdit() const { return m_token; }
    QCheckBox *initialEventCheck() const { return m_initialEvent; }
    QCheckBox *maxEventsCheck() const { return m_useMaxEvents; }
    QSpinBox *maxEventsSpin() const { return m_maxEvents; }
    QCheckBox *expireCheck() const { return m_useExpire; }
    QDateTimeEdit *expireEdit() const { return m_expire; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    DeviceEditor *m_device;
    QComboBox *m_eventType;
    QLineEdit *m_sink;
    QCheckBox *m_useCredential;
    QLineEdit *m_token;
    QDateTimeEdit *m_tokenExpiry;
    QCheckBox *m_initialEvent;
    QCheckBox *m_useMaxEvents;
    QSpinBox *m_maxEvents;
    QCheckBox *m_useExpire;
    QDateTimeEdit *m_expire;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    FieldErrors m_errors;
};

} // namespace roamdesk::ui
