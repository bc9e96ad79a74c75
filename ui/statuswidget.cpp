#include "ui/statuswidget.h"
#include "ui/themecolors.h"

#include "app/session/environmentservice.h"
#include "app/session/receiverservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/subscriptiontablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace roamdesk::ui {

StatusWidget::StatusWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_environment = new QLabel(this);
    m_environment->setObjectName(QStringLiteral("statusEnvironment"));
    m_environment->setAccessibleName(tr("Environment"));
    m_receiver = new QLabel(this);
    m_receiver->setObjectName(QStringLiteral("statusReceiver"));
    m_receiver->setAccessibleName(tr("Receiver"));
    m_receiver->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    layout->addWidget(m_environment);
    layout->addWidget(new QLabel(QStringLiteral("·"), this));
    layout->addWidget(m_receiver);
    layout->addWidget(new QLabel(QStringLiteral("·"), this));
    layout->addWidget(m_counts);
    layout->addStretch(1);

    connect(m_session->environments(), &EnvironmentService::changed, this, &StatusWidget::refresh);
    connect(m_session->receiver(), &ReceiverService::stateChanged, this, &StatusWidget::refresh);
    connect(m_session->simulator(), &SimulatorControl::changed, this, &StatusWidget::refresh);
    // Counts change with every notification: coalesce them into at most a few repaints a second.
    auto *coalesce = new QTimer(this);
    coalesce->setSingleShot(true);
    coalesce->setInterval(250);
    connect(coalesce, &QTimer::timeout, this, &StatusWidget::refresh);
    connect(m_session->receiver(), &ReceiverService::notificationsArrived, coalesce, [coalesce] {
        if (!coalesce->isActive())
            coalesce->start();
    });
    auto *model = m_session->subscriptions();
    connect(model, &QAbstractItemModel::rowsInserted, this, &StatusWidget::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusWidget::refresh);
    connect(model, &QAbstractItemModel::dataChanged, coalesce, [coalesce] {
        if (!coalesce->isActive())
            coalesce->start();
    });
    refresh();
}

StatusWidget::~StatusWidget() = default;

void StatusWidget::setUnread(int unread)
{
    m_unread = unread;
    refresh();
}

void StatusWidget::refresh()
{
    const EnvironmentService::Entry env = m_session->environments()->current();
    if (env.isSimulator && m_session->simulator()->isRunning()) {
        const QUrl root = m_session->simulator()->apiRoot();
        m_environment->setText(tr("%1 %2:%3").arg(env.name, root.host()).arg(root.port()));
    } else {
        m_environment->setText(tr("%1 %2").arg(env.name, m_session->environments()->apiRoot().toString()));
    }
    if (m_session->receiver()->isListening()) {
        m_receiver->setText(tr("Receiver %1 ● listening").arg(m_session->receiver()->sinkUrl().toString()));
        m_receiver->setStyleSheet(QString());
    } else {
        const QString error = m_session->receiver()->errorString();
        m_receiver->setText(error.isEmpty() ? tr("Receiver ✗ stopped") : tr("Receiver ✗ stopped: %1").arg(error));
        m_receiver->setStyleSheet(theme::textStyle(theme::error()));
    }
    int active = 0;
    auto *model = m_session->subscriptions();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(SubscriptionTableModel::IsEndedRole).toBool())
            ++active;
    }
    QString counts = tr("Active subscriptions: %1").arg(active) + QStringLiteral(" · ")
        + tr("Notifications: %1").arg(QLocale().toString(m_session->receiver()->storedCount()));
    if (m_unread > 0)
        counts += QStringLiteral(" · ") + tr("%1 new").arg(m_unread);
    m_counts->setText(counts);
}

QString StatusWidget::environmentText() const
{
    return m_environment->text();
}
QString StatusWidget::receiverText() const
{
    return m_receiver->text();
}
QString StatusWidget::countsText() const
{
    return m_counts->text();
}

} // namespace roamdesk::ui
