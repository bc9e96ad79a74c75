#pragma once

#include "app/bulk/planreconciler.h"

#include <QString>
#include <QStringList>

namespace roamdesk::bulk {

/// What the notification store knows about a plan's subscriptions: the events received per subscription (toward
/// subscriptionMaxEvents) and why the ones that sent a subscription-ends / -ended notification ended. Read through
/// its own read-only connection, one indexed query per subscription, so a large store costs nothing more.
class StorePlanEvidence
{
public:
    /// Nothing (and no error) when the store does not exist yet. `databasePath`: a file or a shared store's URL.
    static PlanEvidence read(const QString &databasePath, const QStringList &subscriptionIds, QString *error);
};

} // namespace roamdesk::bulk
