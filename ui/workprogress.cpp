#include "ui/workprogress.h"

#include "app/session/apirequests.h"
#include "app/session/notificationlogservice.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace roamdesk::ui {

WorkProgress::WorkProgress(ApiRequests *requests, NotificationLogService *log, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workProgress"));
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("workProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);

    connect(requests, &ApiRequests::subscriptionDeleted, this, [this] { deleteAnswered(); });
    connect(requests, &ApiRequests::requestFailed, this,
        [this](quint64, api::ApiCall::Operation operation, const ApiError &, int) {
            if (operation == api::ApiCall::Operation::DeleteSubscription) {
                ++m_deleteFailed;
                deleteAnswered();
            }
        });
    connect(log, &NotificationLogService::exported, this, [this] {
        m_exporting = false;
        update();
    });
    update();
}

WorkProgress::~WorkProgress() = default;

void WorkProgress::startDeletes(int total)
{
    if (total <= 1)
        return; // one call answers quickly; the view says what happened
    m_deleteTotal += total;
    update();
}

void WorkProgress::startExport(const QString &path)
{
    m_exporting = true;
    m_exportPath = path;
    update();
}

void WorkProgress::deleteAnswered()
{
    if (m_deleteTotal == 0)
        return;
    if (++m_deleteDone >= m_deleteTotal)
        m_deleteTotal = m_deleteDone = m_deleteFailed = 0;
    update();
}

QString WorkProgress::text() const
{
    return m_label->text();
}

void WorkProgress::update()
{
    QStringList parts;
    if (m_deleteTotal > 0) {
        QString part = tr("Deleting subscriptions: %1 of %2").arg(m_deleteDone).arg(m_deleteTotal);
        if (m_deleteFailed > 0)
            part += QStringLiteral(" ") + tr("(%1 failed)").arg(m_deleteFailed);
        parts << part;
        m_bar->setRange(0, m_deleteTotal);
        m_bar->setValue(m_deleteDone);
    }
    if (m_exporting) {
        parts << tr("Exporting to %1…").arg(QFileInfo(m_exportPath).fileName());
        if (m_deleteTotal == 0)
            m_bar->setRange(0, 0); // busy: the worker does not report a count
    }
    m_label->setText(parts.join(QStringLiteral(" · ")));
    setVisible(isBusy());
}

} // namespace roamdesk::ui
