#include "app/receiver/httprequestparser.h"

#include <QCoreApplication>

#include <optional>

namespace roamdesk::http {

namespace {

// A chunk-size line: hex digits and an extension nobody here uses; bounded so it cannot grow without end.
constexpr qsizetype MaxFramingLineBytes = 1024;
// Empty lines a client may send before a request line (RFC 9112 §2.2); beyond that it is not HTTP.
constexpr int MaxLeadingEmptyLines = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::http::RequestParser", text);
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

/// Field values: visible characters, spaces, tabs and obs-text; no other control characters.
bool isFieldValue(QByteArrayView text)
{
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedWhitespace(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text = text.chopped(1);
    return text;
}

/// 1*DIGIT, at most 18 of them (no sign, no spaces, no exponent).
bool parseDecimal(QByteArrayView text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

/// A comma-separated field value contains `token` (case-insensitive).
bool listContains(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmedWhitespace(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

} // namespace

QByteArray Request::field(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : fields) {
        if (name == lowerName)
            return value;
    }
    return {};
}

RequestParser::RequestParser(const ParserLimits &limits)
    : m_limits(limits)
{
}

bool RequestParser::awaitsContinue() const
{
    return m_progress == Progress::Body && m_expectContinue;
}

Request RequestParser::takeRequest()
{
    Request request = std::move(m_request);
    m_request = Request();
    m_head.clear();
    m_line.clear();
    m_remaining = 0;
    m_trailerBytes = 0;
    m_trailerFields = 0;
    m_expectContinue = false;
    m_chunked = false;
    m_progress = Progress::Idle;
    return request;
}

bool RequestParser::refuse(int status, const char *code, const QString &message)
{
    m_progress = Progress::Refused;
    m_refusal = Refusal{status, QByteArray(code), message};
    return false;
}

qsizetype RequestParser::feed(QByteArrayView data)
{
    qsizetype consumed = 0;
    while (consumed < data.size()) {
        const QByteArrayView rest = data.sliced(consumed);
        switch (m_progress) {
        case Progress::Idle:
        case Progress::Head:
            consumed += feedHead(rest);
            break;
        case Progress::Body:
            consumed += feedBody(rest);
            break;
        case Progress::Complete:
        case Progress::Refused:
            return consumed;
        }
    }
    return consumed;
}

qsizetype RequestParser::feedHead(QByteArrayView data)
{
    m_progress = Progress::Head;
    // Scan only what is new, so a head dripped byte by byte costs linear time. Runs of bytes between line
    // ends are copied at once; CR and LF are looked at one by one.
    qsizetype i = 0;
    while (i < data.size()) {
        qsizetype runEnd = i;
        if (!m_head.endsWith('\r')) { // after a CR only its LF may follow: that byte is looked at below
            while (runEnd < data.size() && data[runEnd] != '\r' && data[runEnd] != '\n')
                ++runEnd;
        }
        if (runEnd > i) {
            const qsizetype room = m_limits.maxHeadBytes - m_head.size();
            if (runEnd - i > room) {
                m_head.append(data.sliced(i, room + 1));
                refuse(431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                    tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
                return i + room + 1;
            }
            m_head.append(data.sliced(i, runEnd - i));
            i = runEnd;
            if (i == data.size())
                break;
        }
        const char c = data[i++];
        if ((c == '\n') != m_head.endsWith('\r')) { // a bare LF, or a CR not followed by LF
            refuse(400, "INVALID_ARGUMENT", tr("Request lines must end with CRLF."));
            return i;
        }
        m_head.append(c);
        if (m_head.size() > m_limits.maxHeadBytes) {
            refuse(431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
            return i;
        }
        if (c != '\n')
            continue;
        if (m_head.size() == 2) { // an empty line before the request line
            m_head.clear();
            if (++m_leadingEmptyLines > MaxLeadingEmptyLines) {
                refuse(400, "INVALID_ARGUMENT", tr("The request does not start with a request line."));
                return i;
            }
            continue;
        }
        if (m_head.endsWith("\r\n\r\n")) {
            m_leadingEmptyLines = 0;
            if (!parseHead())
                return i;
            m_progress = (m_chunked || m_remaining > 0) ? Progress::Body : Progress::Complete;
            return i;
        }
    }
    return data.size();
}

bool RequestParser::parseHead()
{
    const QByteArrayView head(m_head.constData(), m_head.size() - 2); // the last field line keeps its CRLF
    // feedHead() let no CR through without its LF: the first CR ends the line.
    const qsizetype lineEnd = head.indexOf('\r');
    if (!parseRequestLine(head.first(lineEnd)))
        return false;
    if (!parseFields(head.sliced(lineEnd + 2)))
        return false;
    return applyFraming();
}

bool RequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return refuse(400, "INVALID_ARGUMENT", tr("The request line is not METHOD TARGET HTTP-VERSION."));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method))
        return refuse(400, "INVALID_ARGUMENT", tr("The request method is not a token."));
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return refuse(400, "INVALID_ARGUMENT", tr("The request target holds spaces or control characters."));
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' || version[5] > '9'
        || version[7] < '0' || version[7] > '9')
        return refuse(400, "INVALID_ARGUMENT", tr("The request line does not end with an HTTP version."));
    if (version[5] != '1')
        return refuse(505, "HTTP_VERSION_NOT_SUPPORTED", tr("Only HTTP/1.0 and HTTP/1.1 are served here."));
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] - '0';
    return true;
}

bool RequestParser::parseFields(QByteArrayView block)
{
    int count = 0;
    qsizetype at = 0;
    while (at < block.size()) {
        const qsizetype end = block.indexOf('\r', at); // always followed by its LF (feedHead())
        const QByteArrayView line = block.sliced(at, end - at);
        at = end + 2;
        if (++count > m_limits.maxHeaderFields) {
            return refuse(431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                tr("The request has more than %1 header fields.").arg(m_limits.maxHeaderFields));
        }
        if (line.front() == ' ' || line.front() == '\t')
            return refuse(400, "INVALID_ARGUMENT", tr("Folded header fields are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refuse(400, "INVALID_ARGUMENT", tr("A header field is not NAME: VALUE."));
        const QByteArrayView value = trimmedWhitespace(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return refuse(400, "INVALID_ARGUMENT", tr("A header field value holds control characters."));
        m_request.fields.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    }
    return true;
}

bool RequestParser::applyFraming()
{
    std::optional<qint64> contentLength;
    QByteArray transferEncoding;
    int hosts = 0;
    QByteArray connection;
    for (const auto &[name, value] : m_request.fields) {
        if (name == "content-length") {
            qint64 length = 0;
            if (!parseDecimal(value, &length))
                return refuse(400, "INVALID_ARGUMENT", tr("Content-Length must be a decimal number of bytes."));
            if (contentLength && *contentLength != length)
                return refuse(400, "INVALID_ARGUMENT", tr("The request has conflicting Content-Length fields."));
            contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            connection += (connection.isEmpty() ? "" : ",") + value;
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return refuse(417, "EXPECTATION_FAILED", tr("Only \"Expect: 100-continue\" is understood."));
            m_expectContinue = true;
        }
    }
    if (m_request.minorVersion >= 1 && hosts != 1)
        return refuse(400, "INVALID_ARGUMENT", tr("An HTTP/1.1 request needs exactly one Host field."));
    if (!transferEncoding.isEmpty()) {
        // Both framings at once is how requests are smuggled past a proxy that picks the other one.
        if (contentLength)
            return refuse(400, "INVALID_ARGUMENT", tr("The request has both Content-Length and Transfer-Encoding."));
        if (m_request.minorVersion == 0)
            return refuse(400, "INVALID_ARGUMENT", tr("Transfer-Encoding is not defined for HTTP/1.0."));
        if (trimmedWhitespace(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0)
            return refuse(501, "NOT_IMPLEMENTED", tr("Only the chunked transfer coding is supported."));
        m_chunked = true;
        m_bodyState = BodyState::ChunkSize;
    } else {
        m_remaining = contentLength.value_or(0);
        m_bodyState = BodyState::Length;
        if (m_remaining > m_limits.maxBodyBytes) {
            return refuse(413, "PAYLOAD_TOO_LARGE",
                tr("The body (%1 bytes) is larger than %2 bytes.").arg(m_remaining).arg(m_limits.maxBodyBytes));
        }
        m_request.body.reserve(m_remaining);
    }
    m_request.keepAlive =
        m_request.minorVersion >= 1 ? !listContains(connection, "close") : listContains(connection, "keep-alive");
    return true;
}

qsizetype RequestParser::feedBody(QByteArrayView data)
{
    if (m_chunked)
        return feedChunked(data);
    const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size()));
    m_request.body.append(data.first(take));
    m_remaining -= take;
    m_expectContinue = false;
    if (m_remaining == 0)
        m_progress = Progress::Complete;
    return take;
}

bool RequestParser::takeFramingLine(QByteArrayView data, qsizetype *at, QByteArray *line)
{
    const qsizetype newline = data.indexOf('\n', *at);
    const qsizetype end = newline < 0 ? data.size() : newline + 1;
    line->append(data.sliced(*at, end - *at));
    *at = end;
    if (line->size() > MaxFramingLineBytes) {
        refuse(400, "INVALID_ARGUMENT", tr("A chunk-size or trailer line is too long."));
        return false;
    }
    if (newline < 0)
        return false;
    if (!line->endsWith("\r\n")) {
        refuse(400, "INVALID_ARGUMENT", tr("Request lines must end with CRLF."));
        return false;
    }
    line->chop(2);
    return true;
}

qsizetype RequestParser::feedChunked(QByteArrayView data)
{
    m_expectContinue = false;
    qsizetype at = 0;
    while (at < data.size() && m_progress == Progress::Body) {
        switch (m_bodyState) {
        case BodyState::ChunkSize: {
            if (!takeFramingLine(data, &at, &m_line))
                break;
            const qsizetype semicolon = m_line.indexOf(';');
            const QByteArrayView digits =
                trimmedWhitespace(QByteArrayView(m_line).first(semicolon < 0 ? m_line.size() : semicolon));
            // At most 15 hex digits: any size that fits is far over every cap, and the sum cannot overflow.
            bool ok = !digits.isEmpty() && digits.size() <= 15;
            qint64 size = 0;
            for (qsizetype i = 0; ok && i < digits.size(); ++i) {
                const char c = digits[i];
                const int digit = (c >= '0' && c <= '9') ? c - '0'
                    : (c >= 'a' && c <= 'f')             ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')             ? c - 'A' + 10
                                                         : -1;
                ok = digit >= 0;
                size = size * 16 + qMax(digit, 0);
            }
            m_line.clear();
            if (!ok) {
                refuse(400, "INVALID_ARGUMENT", tr("A chunk size is not a hexadecimal number."));
                break;
            }
            if (m_request.body.size() + size > m_limits.maxBodyBytes) {
                refuse(413, "PAYLOAD_TOO_LARGE", tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
                break;
            }
            m_remaining = size;
            m_bodyState = size == 0 ? BodyState::Trailer : BodyState::ChunkData;
            break;
        }
        case BodyState::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size() - at));
            m_request.body.append(data.sliced(at, take));
            at += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_bodyState = BodyState::ChunkDataEnd;
            break;
        }
        case BodyState::ChunkDataEnd:
            if (!takeFramingLine(data, &at, &m_line))
                break;
            if (!m_line.isEmpty()) {
                refuse(400, "INVALID_ARGUMENT", tr("A chunk is longer than its announced size."));
                break;
            }
            m_bodyState = BodyState::ChunkSize;
            break;
        case BodyState::Trailer: {
            if (!takeFramingLine(data, &at, &m_line))
                break;
            // Trailer fields are read and dropped: nothing here depends on them.
            const bool last = m_line.isEmpty();
            m_trailerBytes += m_line.size() + 2;
            m_line.clear();
            if (last) {
                m_progress = Progress::Complete;
                break;
            }
            if (++m_trailerFields > m_limits.maxHeaderFields || m_trailerBytes > m_limits.maxHeadBytes) {
                refuse(431, "REQUEST_HEADER_FIELDS_TOO_LARGE", tr("The chunked trailer is too large."));
                break;
            }
            break;
        }
        case BodyState::Length:
            Q_UNREACHABLE();
        }
    }
    return at;
}

} // namespace roamdesk::http
