// Fuzz entry point for the receiver's HTTP/1.1 request parser, shared by the libFuzzer binary (ROAMDESK_FUZZ=ON,
// clang) and the standalone smoke driver every build runs. Besides "no crash, no sanitizer report" it checks
// the parser's contract: the same bytes give the same requests and the same refusal however they are split
// into reads, no request exceeds the limits, and a refusal always says why.
#include "app/receiver/httprequestparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using roamdesk::http::ParserLimits;
using roamdesk::http::Refusal;
using roamdesk::http::Request;
using roamdesk::http::RequestParser;

namespace {

struct Outcome
{
    QList<Request> requests;
    Refusal refusal;
    RequestParser::Progress last = RequestParser::Progress::Idle;
};

[[noreturn]] void violated(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "RequestParser contract violated: %s\ninput (%lld bytes): %s\n", what,
        static_cast<long long>(input.size()), input.toPercentEncoding(" :/").constData());
    std::abort();
}

/// Feeds `input` in pieces of `step` bytes (all at once when 0), taking every complete request.
Outcome run(const QByteArray &input, const ParserLimits &limits, qsizetype step)
{
    Outcome outcome;
    RequestParser parser(limits);
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype size = step > 0 ? qMin(step, input.size() - at) : input.size() - at;
        QByteArrayView piece = QByteArrayView(input).sliced(at, size);
        while (!piece.isEmpty()) {
            const qsizetype consumed = parser.feed(piece);
            piece = piece.sliced(consumed);
            if (parser.progress() == RequestParser::Progress::Complete)
                outcome.requests.append(parser.takeRequest());
            else if (parser.progress() == RequestParser::Progress::Refused)
                break;
            else if (consumed == 0 && !piece.isEmpty())
                violated("consumed nothing while waiting for more", input);
        }
        at += size;
        if (parser.progress() == RequestParser::Progress::Refused)
            break;
    }
    outcome.last = parser.progress();
    outcome.refusal = parser.refusal();
    return outcome;
}

bool same(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.minorVersion == b.minorVersion && a.fields == b.fields
        && a.body == b.body && a.keepAlive == b.keepAlive;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ParserLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeadBytes = 2048;
    limits.maxHeaderFields = 20;
    const Outcome whole = run(input, limits, 0);
    for (const Request &request : whole.requests) {
        if (request.body.size() > limits.maxBodyBytes)
            violated("a body over the cap", input);
        if (request.fields.size() > limits.maxHeaderFields)
            violated("more fields than the cap", input);
        if (request.method.isEmpty() || request.target.isEmpty())
            violated("a request without method or target", input);
    }
    if (whole.last == RequestParser::Progress::Refused
        && (whole.refusal.status < 400 || whole.refusal.code.isEmpty() || whole.refusal.message.isEmpty()))
        violated("a refusal that does not say why", input);
    const qsizetype step = input.isEmpty() ? 1 : 1 + qsizetype(static_cast<unsigned char>(input.back()) % 7);
    const Outcome split = run(input, limits, step);
    if (split.last != whole.last || split.requests.size() != whole.requests.size()
        || split.refusal.status != whole.refusal.status)
        violated("the outcome depends on how the bytes were split", input);
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        if (!same(whole.requests.at(i), split.requests.at(i)))
            violated("a request differs when its bytes come in pieces", input);
    }
    return 0;
}
