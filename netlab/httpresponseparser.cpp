/*
 * HTTP/1.x responses (RFC 7230), as read by http_parser in HTTP_RESPONSE mode:
 *
 *   response      = status-line *( header-field CRLF ) CRLF [ message-body ]
 *   status-line   = "HTTP/" DIGIT "." DIGIT SP 3DIGIT SP reason-phrase CRLF
 *   header-field  = field-name ":" OWS field-value OWS
 *   message-body  = Content-Length octets
 *                 | chunked: *( chunk-size [ ext ] CRLF chunk-data CRLF ) "0" CRLF
 *                            *( trailer-field CRLF ) CRLF
 *                 | every octet until the server closes the connection
 *
 * A response to HEAD, and a 1xx, 204 or 304 response, has no body. 1xx responses (except 101)
 * are interim: the final response follows on the same connection.
 */
#include "httpresponseparser.h"

#include <QCoreApplication>

#include <http_parser.h>

namespace netlab {

namespace {

HttpResponseParser *self(http_parser *parser)
{
    return static_cast<HttpResponseParser *>(parser->data);
}

} // namespace

QByteArray HttpResponseParser::Message::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponseParser::HttpResponseParser(qint64 maxBytes)
    : m_maxBytes(maxBytes)
    , m_parser(std::make_unique<http_parser>())
    , m_settings(std::make_unique<http_parser_settings>())
{
    http_parser_settings_init(m_settings.get());
    m_settings->on_message_begin = &HttpResponseParser::onMessageBegin;
    m_settings->on_status = &HttpResponseParser::onStatus;
    m_settings->on_header_field = &HttpResponseParser::onHeaderField;
    m_settings->on_header_value = &HttpResponseParser::onHeaderValue;
    m_settings->on_headers_complete = &HttpResponseParser::onHeadersComplete;
    m_settings->on_chunk_header = &HttpResponseParser::onChunkHeader;
    m_settings->on_body = &HttpResponseParser::onBody;
    m_settings->on_message_complete = &HttpResponseParser::onMessageComplete;
    reset();
}

HttpResponseParser::~HttpResponseParser() = default;

void HttpResponseParser::reset()
{
    http_parser_init(m_parser.get(), HTTP_RESPONSE);
    m_parser->data = this;
    m_message = {};
    m_interim.clear();
    m_state = State::Incomplete;
    m_errorString.clear();
    m_bytesParsed = m_extraBytes = 0;
    m_headersComplete = m_lastWasValue = m_messageDone = m_sawBytes = false;
}

HttpResponseParser::State HttpResponseParser::fail(const QString &message)
{
    m_state = State::Error;
    m_errorString = message;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete) {
        m_extraBytes += bytes.size();
        return m_state;
    }
    if (m_state == State::Error || bytes.isEmpty())
        return m_state;
    m_sawBytes = true;
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0 && m_state == State::Incomplete) {
        // Never more than the bound allows, so an oversized response stops at the bound.
        const qint64 room = m_maxBytes - m_bytesParsed;
        if (room <= 0)
            return fail(
                tr("the response is larger than %1 bytes: stopped reading").arg(m_maxBytes));
        const qsizetype slice = qsizetype(qMin<qint64>(left, room));
        const bool headersBefore = m_headersComplete;
        const size_t parsed = http_parser_execute(m_parser.get(), m_settings.get(), data, slice);
        const auto error = HTTP_PARSER_ERRNO(m_parser.get());
        m_bytesParsed += qint64(parsed);
        if (!headersBefore && m_headersComplete)
            // Paused on the header block's final LF, which the parser reads again on resuming.
            m_message.headerBytes = qsizetype(m_bytesParsed) + 1;
        data += parsed;
        left -= qsizetype(parsed);
        if (error == HPE_PAUSED) {
            http_parser_pause(m_parser.get(), 0);
            if (m_messageDone) {
                m_state = State::Complete;
                m_extraBytes += left;
                return m_state;
            }
            continue;
        }
        if (error != HPE_OK)
            return fail(tr("not a valid HTTP response: %1")
                            .arg(QString::fromLatin1(http_errno_description(error))));
        if (parsed == 0)
            break;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (!m_sawBytes)
        return fail(tr("the server closed the connection without answering"));
    const bool headersBefore = m_headersComplete;
    http_parser_execute(m_parser.get(), m_settings.get(), nullptr, 0);
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    if (m_messageDone) {
        m_message.untilClose = m_headersComplete && !m_message.chunked
            && m_message.header("Content-Length").isNull() && !m_headRequest;
        m_state = State::Complete;
        return m_state;
    }
    if (error != HPE_OK && error != HPE_PAUSED && !headersBefore && !m_headersComplete)
        return fail(tr("the server closed the connection in the middle of the headers"));
    if (!m_headersComplete)
        return fail(tr("the server closed the connection in the middle of the headers"));
    return fail(tr("the server closed the connection before the end of the body (%1 bytes "
                   "received)")
                    .arg(m_message.body.size()));
}

int HttpResponseParser::onMessageBegin(http_parser *parser)
{
    HttpResponseParser *p = self(parser);
    p->m_message = {};
    p->m_message.interimStatusCodes = p->m_interim;
    p->m_headersComplete = false;
    p->m_lastWasValue = false;
    return 0;
}

int HttpResponseParser::onStatus(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_message.reasonPhrase.append(at, qsizetype(length));
    return 0;
}

int HttpResponseParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpResponseParser *p = self(parser);
    if (p->m_lastWasValue || p->m_message.headers.isEmpty())
        p->m_message.headers.append({QByteArray(), QByteArray()});
    p->m_message.headers.last().first.append(at, qsizetype(length));
    p->m_lastWasValue = false;
    return 0;
}

int HttpResponseParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpResponseParser *p = self(parser);
    if (p->m_message.headers.isEmpty())
        p->m_message.headers.append({QByteArray(), QByteArray()});
    p->m_message.headers.last().second.append(at, qsizetype(length));
    p->m_lastWasValue = true;
    return 0;
}

int HttpResponseParser::onHeadersComplete(http_parser *parser)
{
    HttpResponseParser *p = self(parser);
    Message &m = p->m_message;
    m.versionMajor = parser->http_major;
    m.versionMinor = parser->http_minor;
    m.statusCode = int(parser->status_code);
    m.chunked = (parser->flags & F_CHUNKED) != 0;
    m.keepAlive = http_should_keep_alive(parser) != 0;
    p->m_headersComplete = true;
    // Stop here so feed() can measure the header block; the parser resumes where it left.
    http_parser_pause(parser, 1);
    const bool interim = m.statusCode >= 100 && m.statusCode < 200 && m.statusCode != 101;
    // 1: the response has no body (HEAD, or an interim response).
    return (p->m_headRequest || interim) ? 1 : 0;
}

int HttpResponseParser::onChunkHeader(http_parser *parser)
{
    if (parser->content_length > 0)
        ++self(parser)->m_message.chunkCount;
    return 0;
}

int HttpResponseParser::onBody(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_message.body.append(at, qsizetype(length));
    return 0;
}

int HttpResponseParser::onMessageComplete(http_parser *parser)
{
    HttpResponseParser *p = self(parser);
    const int status = p->m_message.statusCode;
    if (status >= 100 && status < 200 && status != 101) {
        // Interim: the final response follows.
        p->m_interim.append(status);
        p->m_headersComplete = false;
        return 0;
    }
    p->m_messageDone = true;
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace netlab
