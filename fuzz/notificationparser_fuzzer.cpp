// Fuzz entry point for the CloudEvent parser, shared by the libFuzzer binary (ROAMDESK_FUZZ=ON, clang)
// and the standalone smoke driver every build runs. Besides "no crash, no sanitizer report" it checks
// the parser's contract: a result is either a notification or at least one error, and what it accepts
// survives a round trip through toJsonBytes().
#include "models/notification.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "NotificationParser contract violated: %s\ninput (%lld bytes): %s\n", what,
        static_cast<long long>(input.size()), input.toPercentEncoding(" {}[]\":,.-+").constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024) // the receiver never parses more than its body cap
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const roamdesk::NotificationParseResult result = roamdesk::NotificationParser::parse(input);
    if (!result.ok()) {
        if (result.errors.isEmpty())
            violated("rejected without an error", input);
        (void)roamdesk::formatFieldErrors(result.errors);
        return 0;
    }
    const roamdesk::Notification &notification = *result.notification;
    const roamdesk::NotificationParseResult again = roamdesk::NotificationParser::parse(notification.toJsonBytes());
    if (!again.ok())
        violated("its own output does not parse again", input);
    if (again.notification->id != notification.id || again.notification->type != notification.type
        || again.notification->source != notification.source)
        violated("the round trip changed id, type or source", input);
    return 0;
}
