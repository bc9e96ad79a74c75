// Fuzz entry point for the filter language's parser, shared by the libFuzzer binary (ROAMDESK_FUZZ=ON, clang)
// and the standalone smoke driver every build runs. Besides "no crash, no sanitizer report" it checks the
// parser's contract: a refusal names a column inside the text (or just past its end), what was found and what
// was expected; parsing is deterministic; what parses evaluates over notifications and fleet entries.
#include "models/filterexpression.h"
#include "models/fleetstate.h"
#include "models/notificationlogsource.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace roamdesk;

namespace {

[[noreturn]] void violated(const char *what, const QString &input)
{
    std::fprintf(stderr, "FilterExpression contract violated: %s\ninput: %s\n", what, input.toUtf8().constData());
    std::abort();
}

NotificationLogRecord sampleRecord(bool full)
{
    NotificationLogRecord record;
    record.type = full ? EventType::RoamingChangeCountry : EventType::SubscriptionEnds;
    record.device = QStringLiteral("+3581234567");
    record.subscriptionId = QStringLiteral("3f2a-0001");
    record.receivedMs = 1777636800000;
    if (full) {
        record.eventMs = record.receivedMs - 1000;
        record.roaming = true;
        record.countryCode = 262;
        record.countryNames = QStringList{QStringLiteral("DE")};
    } else {
        record.terminationReason = QStringLiteral("SUBSCRIPTION_EXPIRED");
        record.knownCountryNames = {QStringLiteral("FR")};
    }
    return record;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) // a filter bar's text
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc());
    for (FilterTarget target : {FilterTarget::Notifications, FilterTarget::Fleet}) {
        FilterParseError error;
        const std::optional<FilterExpression> expression = FilterExpression::parse(input, &error, target);
        FilterParseError again;
        const std::optional<FilterExpression> second = FilterExpression::parse(input, &again, target);
        if (bool(expression) != bool(second) || error.column != again.column || error.expected != again.expected)
            violated("parsing the same text twice differs", input);
        if (!expression) {
            if (error.column < 1 || error.column > input.size() + 1)
                violated("a refusal's column is outside the text", input);
            if (error.found.isEmpty() || error.expected.isEmpty())
                violated("a refusal does not say what it found and expected", input);
            continue;
        }
        if (expression->text() != input)
            violated("the expression does not keep its text", input);
        if (target == FilterTarget::Notifications) {
            (void)expression->matches(sampleRecord(true), now);
            (void)expression->matches(sampleRecord(false), now);
        } else {
            DeviceFleetEntry entry;
            entry.key = QStringLiteral("+3581234567");
            entry.roaming = true;
            entry.countryNames = {QStringLiteral("DE")};
            entry.lastStatusTime = now.addSecs(-3600);
            (void)expression->matches(entry, now);
            (void)expression->matches(DeviceFleetEntry(), now);
        }
    }
    return 0;
}
