#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

struct http_parser;
struct http_parser_settings;

namespace netlab {

// Parses the bytes of one HTTP/1.x response as they arrive on a client's connection, with
// Node's http_parser (Debian's libhttp-parser) in HTTP_RESPONSE mode: status line, headers, and
// a body framed by Content-Length, chunked transfer coding, or the end of the connection
// (finish()). Interim 1xx responses are skipped and remembered. Plain C++, no event loop.
// Bounded: a response larger than maxBytes (status line, headers, framing and body) is an error.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(netlab::HttpResponseParser)

public:
    enum class State {
        Incomplete, // more bytes (or the end of the connection) are needed
        Complete, // a final response has been read; later bytes are not parsed
        Error, // malformed, truncated or too large: errorString() says why
    };

    struct Message
    {
        int versionMajor = 1;
        int versionMinor = 1;
        int statusCode = 0;
        QByteArray reasonPhrase;
        QList<std::pair<QByteArray, QByteArray>> headers; // names as sent, in order
        QByteArray body; // de-chunked
        qsizetype headerBytes = 0; // status line + header block, with the blank line
        bool chunked = false;
        int chunkCount = 0; // data chunks of a chunked body
        bool untilClose = false; // the body ended with the connection
        bool keepAlive = false; // the server keeps the connection open
        QList<int> interimStatusCodes; // 100 Continue, 103 Early Hints… before this one

        // The first header called name (case-insensitive), or a null QByteArray.
        QByteArray header(QByteArrayView name) const;
    };

    static constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

    explicit HttpResponseParser(qint64 maxBytes = kDefaultMaxBytes);
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    // The response answers a HEAD request: it has headers only, whatever Content-Length says.
    void setHeadRequest(bool head) { m_headRequest = head; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void reset();

    // Parses bytes that arrived. Bytes after a complete response are counted as extra.
    State feed(QByteArrayView bytes);
    // The server closed the connection: completes a body read until close, else an error
    // (the response was cut short).
    State finish();

    State state() const { return m_state; }
    bool headersComplete() const { return m_headersComplete; }
    const Message &message() const { return m_message; }
    QString errorString() const { return m_errorString; }
    qint64 bytesParsed() const { return m_bytesParsed; }
    qint64 extraBytes() const { return m_extraBytes; } // after the complete response
    qint64 maxBytes() const { return m_maxBytes; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onStatus(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onChunkHeader(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    State fail(const QString &message);

    qint64 m_maxBytes = kDefaultMaxBytes;
    std::unique_ptr<http_parser> m_parser;
    std::unique_ptr<http_parser_settings> m_settings;
    Message m_message;
    QList<int> m_interim;
    State m_state = State::Incomplete;
    QString m_errorString;
    qint64 m_bytesParsed = 0;
    qint64 m_extraBytes = 0;
    bool m_headRequest = false;
    bool m_headersComplete = false;
    bool m_lastWasValue = false;
    bool m_messageDone = false;
    bool m_sawBytes = false;
};

} // namespace netlab
