#include "app/receiver/requestworker.h"

namespace roamdesk {

RequestWorker::RequestWorker(Steps steps)
    : m_steps(std::move(steps))
{
    setObjectName(QStringLiteral("roamdesk-receiver-worker"));
}

void RequestWorker::run()
{
    for (;;) {
        std::vector<ReceivedRequest> work = m_queue.takeAll();
        if (work.empty())
            break; // stopped, nothing left
        QList<RequestVerdict> accepted;
        QList<RequestVerdict> refused;
        accepted.reserve(qsizetype(work.size()));
        for (const ReceivedRequest &request : work) {
            RequestVerdict verdict = m_steps.check(request);
            (verdict.status == 0 ? accepted : refused).append(std::move(verdict));
        }
        if (!accepted.isEmpty())
            m_steps.store(std::move(accepted));
        if (!refused.isEmpty())
            m_steps.refuse(std::move(refused));
    }
}

} // namespace roamdesk
