#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace roamdesk::http {

/// What one request may make the server hold.
struct ParserLimits
{
    static constexpr qsizetype DefaultMaxHeadBytes = 16 * 1024;
    static constexpr int DefaultMaxHeaderFields = 100;

    qsizetype maxHeadBytes = DefaultMaxHeadBytes; // request line and fields (and, separately, the trailer)
    int maxHeaderFields = DefaultMaxHeaderFields;
    qint64 maxBodyBytes = 64 * 1024; // after chunked decoding
};

/// One complete HTTP/1.x request.
struct Request
{
    QByteArray method;
    QByteArray target; // as sent (origin-form, or absolute-form)
    int minorVersion = 1; // HTTP/1.minorVersion
    QList<std::pair<QByteArray, QByteArray>> fields; // names lower-cased, values without surrounding whitespace
    QByteArray body; // decoded
    bool keepAlive = true; // false: answer, then close

    /// The first value of a field; `lowerName` in lower case. Empty when absent.
    QByteArray field(QByteArrayView lowerName) const;
};

/// Why a request is refused before it reaches a handler. After a refusal the connection cannot be trusted
/// to be at a request boundary: it is answered and closed.
struct Refusal
{
    int status = 0;
    QByteArray code; // CAMARA error code
    QString message;
};

/// A strict, incremental HTTP/1.1 request parser (RFC 9112): one request at a time, fed as bytes arrive.
/// Strict where leniency lets a proxy and this server disagree on where a request ends: CRLF line ends only,
/// no folded fields, one Content-Length value, never both Content-Length and Transfer-Encoding, no codings
/// but chunked. Every size is capped as the bytes arrive, so an oversized head or body is refused as soon
/// as the cap is passed, not after it was buffered.
class RequestParser
{
public:
    enum class Progress {
        Idle, // between requests: nothing of the next one seen
        Head, // reading the request line and fields
        Body, // head accepted, reading the body
        Complete, // a request is ready: takeRequest()
        Refused, // refusal() says why; feed() consumes nothing more
    };

    explicit RequestParser(const ParserLimits &limits = {});

    /// Consumes bytes up to the end of one request (Complete) or a refusal; returns how many. Call again
    /// with the rest after takeRequest().
    qsizetype feed(QByteArrayView data);
    Progress progress() const { return m_progress; }
    /// The head asked for "Expect: 100-continue" and its body has not started.
    bool awaitsContinue() const;
    /// The complete request; the parser is Idle again.
    Request takeRequest();
    const Refusal &refusal() const { return m_refusal; }

private:
    enum class BodyState { Length, ChunkSize, ChunkData, ChunkDataEnd, Trailer };

    qsizetype feedHead(QByteArrayView data);
    qsizetype feedBody(QByteArrayView data);
    qsizetype feedChunked(QByteArrayView data);
    /// Collects one CRLF-terminated line of chunked framing; true with the line when complete.
    bool takeFramingLine(QByteArrayView data, qsizetype *at, QByteArray *line);
    bool parseHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseFields(QByteArrayView block);
    bool applyFraming();
    bool refuse(int status, const char *code, const QString &message);

    ParserLimits m_limits;
    Progress m_progress = Progress::Idle;
    BodyState m_bodyState = BodyState::Length;
    Request m_request;
    Refusal m_refusal;
    QByteArray m_head; // the head so far, CRLF CRLF included once complete
    QByteArray m_line; // a chunk-size or trailer line so far
    qint64 m_remaining = 0; // of the Content-Length body, or of the current chunk
    qsizetype m_trailerBytes = 0;
    int m_trailerFields = 0;
    int m_leadingEmptyLines = 0;
    bool m_expectContinue = false;
    bool m_chunked = false;
};

} // namespace roamdesk::http
