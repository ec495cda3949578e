/*
 * HTTP/1.x requests (RFC 7230), as read by http_parser:
 *
 *   request       = request-line *( header-field CRLF ) CRLF [ message-body ]
 *   request-line  = method SP request-target SP "HTTP/" DIGIT "." DIGIT CRLF
 *   header-field  = field-name ":" OWS field-value OWS
 *   message-body  = Content-Length octets
 *                 | chunked: *( chunk-size [ ext ] CRLF chunk-data CRLF ) "0" CRLF
 *                            *( trailer-field CRLF ) CRLF
 *
 * Several requests may follow one another on a connection without waiting (pipelining);
 * empty lines before a request line are skipped. HTTP/1.1 keeps the connection open unless
 * "Connection: close"; HTTP/1.0 closes it unless "Connection: keep-alive". HTTP/1.1 needs a
 * Host header. This parser bounds the header block (bytes and count) and the body.
 */
#include "httprequestparser.h"

#include <QCoreApplication>

#include <http_parser.h>

namespace netlab {

namespace {

HttpRequestParser *self(http_parser *parser)
{
    return static_cast<HttpRequestParser *>(parser->data);
}

constexpr qsizetype kFramingAllowance = 64 * 1024; // chunk-size lines and trailers

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{ }

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
    , m_parser(std::make_unique<http_parser>())
    , m_settings(std::make_unique<http_parser_settings>())
{
    http_parser_settings_init(m_settings.get());
    m_settings->on_message_begin = &HttpRequestParser::onMessageBegin;
    m_settings->on_url = &HttpRequestParser::onUrl;
    m_settings->on_header_field = &HttpRequestParser::onHeaderField;
    m_settings->on_header_value = &HttpRequestParser::onHeaderValue;
    m_settings->on_headers_complete = &HttpRequestParser::onHeadersComplete;
    m_settings->on_body = &HttpRequestParser::onBody;
    m_settings->on_message_complete = &HttpRequestParser::onMessageComplete;
    reset();
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::reset()
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
    m_current = {};
    m_pendingRaw.clear();
    m_bodyBytesSeen = 0;
    m_bodyStart = nullptr;
    m_bodyStarted = false;
    m_error = Error::None;
    m_errorString.clear();
    m_inMessage = m_inHeaders = m_lastWasValue = m_messageComplete = m_finished = false;
}

int HttpRequestParser::statusForError(Error error)
{
    switch (error) {
    case Error::None:
        return 200;
    case Error::BadRequest:
        return 400;
    case Error::BodyTooLarge:
        return 413;
    case Error::HeaderTooLarge:
        return 431;
    case Error::VersionNotSupported:
        return 505;
    case Error::Refused:
        return 403;
    }
    return 400;
}

HttpRequestParser::Result HttpRequestParser::feed(QByteArrayView bytes)
{
    Result result;
    if (m_error != Error::None) {
        result.error = m_error;
        result.errorString = m_errorString;
        return result;
    }
    if (m_finished)
        return result;

    m_result = &result;
    const char *data = bytes.data();
    size_t remaining = size_t(bytes.size());
    while (remaining > 0 && m_error == Error::None && !m_finished) {
        m_chunkStart = data;
        const size_t used = http_parser_execute(m_parser.get(), m_settings.get(), data, remaining);
        const auto errorNumber = HTTP_PARSER_ERRNO(m_parser.get());
        if (m_error != Error::None)
            break;
        if (errorNumber != HPE_OK && errorNumber != HPE_PAUSED) {
            fail(Error::BadRequest,
                tr("malformed request: %1")
                    .arg(QString::fromLatin1(http_errno_description(errorNumber))));
            break;
        }
        if (m_inMessage || m_messageComplete || used > 0) {
            if (m_limits.keepRawBody || !m_bodyStarted) {
                m_pendingRaw.append(data, qsizetype(used));
            } else {
                // Only the head is kept: of this slice, the bytes before the body's first byte.
                const qsizetype kept = m_bodyStart ? qsizetype(m_bodyStart - data) : 0;
                m_pendingRaw.append(data, kept);
                m_bodyBytesSeen += qint64(used) - kept;
                m_bodyStart = nullptr;
            }
        }
        data += used;
        remaining -= used;
        if (m_messageComplete) {
            m_messageComplete = false;
            m_current.raw = std::exchange(m_pendingRaw, {});
            m_bodyBytesSeen = 0;
            m_bodyStarted = false;
            // Blank lines before a request line belong to no request.
            qsizetype blank = 0;
            while (blank < m_current.raw.size()
                && (m_current.raw.at(blank) == '\r' || m_current.raw.at(blank) == '\n'))
                ++blank;
            m_current.raw.remove(0, blank);
            if (m_parser->upgrade) // WebSocket or CONNECT: not spoken here; answer and close
                m_current.keepAlive = false;
            if (!m_current.keepAlive)
                m_finished = true;
            result.requests.append(std::exchange(m_current, {}));
            http_parser_pause(m_parser.get(), 0);
            continue;
        }
        if (m_inHeaders && m_pendingRaw.size() > m_limits.maxHeaderBytes) {
            fail(Error::HeaderTooLarge,
                tr("the request's header block is over %1 bytes").arg(m_limits.maxHeaderBytes));
            break;
        }
        if (m_pendingRaw.size() + m_bodyBytesSeen
            > m_limits.maxHeaderBytes + m_limits.maxBodyBytes + kFramingAllowance) {
            fail(Error::BodyTooLarge,
                tr("the request is over %1 bytes")
                    .arg(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + kFramingAllowance));
            break;
        }
        if (used == 0)
            break; // cannot happen without an error or a pause; never loop forever
    }
    if (!m_inMessage && !m_messageComplete) {
        // Only blank lines between requests: nothing worth keeping.
        m_pendingRaw.clear();
    }
    m_result = nullptr;
    m_chunkStart = nullptr;
    if (m_error != Error::None) {
        result.error = m_error;
        result.errorString = m_errorString;
    }
    return result;
}

int HttpRequestParser::fail(Error error, const QString &message)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorString = message;
    }
    return -1;
}

bool HttpRequestParser::headerBytesExceeded(const char *end)
{
    const qsizetype used = m_pendingRaw.size() + (end - m_chunkStart);
    if (used <= m_limits.maxHeaderBytes)
        return false;
    fail(Error::HeaderTooLarge,
        tr("the request's header block is over %1 bytes").arg(m_limits.maxHeaderBytes));
    return true;
}

int HttpRequestParser::onMessageBegin(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    p->m_current = {};
    p->m_inMessage = true;
    p->m_inHeaders = true;
    p->m_lastWasValue = false;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (p->headerBytesExceeded(at + length))
        return -1;
    p->m_current.target.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (p->headerBytesExceeded(at + length))
        return -1;
    if (p->m_lastWasValue || p->m_current.headers.isEmpty()) {
        if (p->m_current.headers.size() >= p->m_limits.maxHeaderCount) {
            return p->fail(Error::HeaderTooLarge,
                tr("the request has more than %1 header fields").arg(p->m_limits.maxHeaderCount));
        }
        p->m_current.headers.append(std::pair<QByteArray, QByteArray>());
    }
    p->m_current.headers.last().first.append(at, qsizetype(length));
    p->m_lastWasValue = false;
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (p->headerBytesExceeded(at + length))
        return -1;
    if (p->m_current.headers.isEmpty())
        p->m_current.headers.append(std::pair<QByteArray, QByteArray>());
    p->m_current.headers.last().second.append(at, qsizetype(length));
    p->m_lastWasValue = true;
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    HttpRequest &request = p->m_current;
    p->m_inHeaders = false;
    request.method = http_method_str(static_cast<http_method>(parser->method));
    request.versionMajor = parser->http_major;
    request.versionMinor = parser->http_minor;
    request.keepAlive = http_should_keep_alive(parser) != 0;
    request.chunked = (parser->flags & F_CHUNKED) != 0;
    for (auto &header : request.headers) {
        // http_parser lets spaces into field names; RFC 7230 does not (request smuggling).
        if (header.first.isEmpty() || header.first.contains(' ') || header.first.contains('\t'))
            return p->fail(Error::BadRequest, tr("a header field name contains a space"));
        header.second = header.second.trimmed();
    }

    QByteArrayView target = request.target;
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target = target.first(hash);
    const qsizetype question = target.indexOf('?');
    request.path = (question >= 0 ? target.first(question) : target).toByteArray();
    request.query = question >= 0 ? target.sliced(question + 1).toByteArray() : QByteArray();

    if (request.versionMajor != 1) {
        return p->fail(Error::VersionNotSupported,
            tr("HTTP version %1.%2 is not supported")
                .arg(request.versionMajor)
                .arg(request.versionMinor));
    }
    int hostCount = 0;
    for (const auto &header : std::as_const(request.headers)) {
        if (header.first.compare("host", Qt::CaseInsensitive) == 0)
            ++hostCount;
    }
    if (hostCount > 1)
        return p->fail(Error::BadRequest, tr("the request has more than one Host header"));
    if (hostCount == 0 && request.versionMinor >= 1)
        return p->fail(Error::BadRequest, tr("an HTTP/1.1 request needs a Host header"));

    const bool hasLength = (parser->flags & F_CONTENTLENGTH) != 0;
    if (hasLength && parser->content_length != ULLONG_MAX
        && parser->content_length > quint64(p->m_limits.maxBodyBytes)) {
        return p->fail(Error::BodyTooLarge,
            tr("the request body (%1 bytes) is over the limit of %2 bytes")
                .arg(parser->content_length)
                .arg(p->m_limits.maxBodyBytes));
    }
    const bool bodyExpected = request.chunked || (hasLength && parser->content_length > 0);
    if (bodyExpected && p->m_headCheck && !p->m_headCheck(request))
        return p->fail(Error::Refused, tr("the request was refused before its body was read"));
    if (bodyExpected
        && request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
        request.expectContinue = true;
        if (p->m_result)
            p->m_result->continueExpected = true;
    }
    return 0;
}

int HttpRequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (!p->m_bodyStarted) {
        p->m_bodyStarted = true;
        p->m_bodyStart = at;
    }
    if (p->m_current.body.size() + qint64(length) > p->m_limits.maxBodyBytes) {
        return p->fail(Error::BodyTooLarge,
            tr("the request body is over the limit of %1 bytes").arg(p->m_limits.maxBodyBytes));
    }
    p->m_current.body.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    p->m_inMessage = false;
    p->m_inHeaders = false;
    p->m_messageComplete = true;
    // Stop here so that feed() knows exactly which bytes belong to this request.
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace netlab
