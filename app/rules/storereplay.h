#pragma once

#include "app/store/storelocation.h"
#include "models/alert.h"

#include <QString>

#include <functional>

namespace roamdesk {

class RulesEngine;

/// Feeds every notification of a store to a rules engine from the first, as `roamdesk-cli alerts` does: pages in
/// arrival order, each ordered by event time. A reader thread with its own connection reads the next page while
/// the engine evaluates this one, so a replay costs about the larger of the two rather than their sum.
class StoreReplay
{
public:
    struct Result
    {
        bool ok = true;
        bool damaged = false; // the store's file is corrupt
        QString error;
        qint64 records = 0;
    };

    static constexpr int PageSize = 20000;

    /// Reads `path` (already checked by the caller) and hands each hit to `onHit`, in evaluation order.
    static Result run(const QString &path, RulesEngine &engine, const std::function<void(const RuleHit &)> &onHit);
    /// Same for any store (a SQLite file or a shared PostgreSQL one).
    static Result run(
        const StoreLocation &location, RulesEngine &engine, const std::function<void(const RuleHit &)> &onHit);
};

} // namespace roamdesk
