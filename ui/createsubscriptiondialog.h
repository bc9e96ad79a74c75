#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/subscription.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace roamdesk::ui {

class DeviceEditor;

/// Every parameter the seed's create call takes: device, event types, sink (defaulting to the embedded
/// receiver), a generated bearer token with its expiry, initial event, max events and expire time.
/// The API takes one event type per subscription, so choosing several types makes one request per type.
/// Problems are listed as sentences once the user has edited something or pressed Create, never on opening.
class CreateSubscriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSubscriptionDialog)

public:
    explicit CreateSubscriptionDialog(const QString &defaultSink, QWidget *parent = nullptr);
    ~CreateSubscriptionDialog() override;

    void setDevice(const Device &device);
    /// One request per chosen event type, as filled in (also when invalid).
    QList<SubscriptionRequest> requests() const;
    /// Problems found by validate(), as readable sentences; empty when the requests may be sent.
    QStringList problems() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void revalidate();
    void userEdited();
    void updateInitialEventHint();
    void focusFirstDeviceField();
    QList<EventType> chosenTypes() const;

    DeviceEditor *m_device;
    QList<QPair<EventType, QCheckBox *>> m_types;
    QLineEdit *m_sink;
    QCheckBox *m_useCredential;
    QLineEdit *m_token;
    QDateTimeEdit *m_tokenExpiry;
    QCheckBox *m_initialEvent;
    QLabel *m_initialEventHint;
    QCheckBox *m_useMaxEvents;
    QSpinBox *m_maxEvents;
    QCheckBox *m_useExpire;
    QDateTimeEdit *m_expire;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QStringList m_errors;
    bool m_showProblems = false; // set by the first edit or by Create
    bool m_filling = false; // setDevice() is not an edit
};

} // namespace roamdesk::ui
