#pragma once

#include "models/alert.h"
#include "models/notificationlogsource.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

namespace roamdesk {

struct Device;
struct RoamingStatus;

/// What AlertService asks for hits: the rules engine as the service sees it. One instance lives on the
/// service's worker thread and keeps its own history there.
class AlertRules
{
public:
    virtual ~AlertRules() = default;
    /// Committed notifications, oldest first.
    virtual QList<RuleHit> onRecords(const QList<NotificationLogRecord> &records) = 0;
    /// A lookup answered.
    virtual QList<RuleHit> onLookup(const Device &device, const RoamingStatus &status, const QDateTime &time) = 0;
    /// The clock moved on: the rules about silence look again.
    virtual QList<RuleHit> tick(const QDateTime &now) = 0;
};

/// Makes the rules on the worker thread (null: no rules, no hits).
using AlertRulesFactory = std::function<std::unique_ptr<AlertRules>()>;

} // namespace roamdesk
