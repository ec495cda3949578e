#pragma once

#include <netlab/httprequest.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct http_parser;
struct http_parser_settings;

namespace netlab {

// Splits the bytes of one HTTP/1.x connection into requests, using Node's http_parser
// (Debian's libhttp-parser). Plain C++: feed() bytes as they arrive, get the complete requests
// back. Handles pipelining, chunked bodies, keep-alive, and bounds what a client can make it
// hold. After an error (or a request that closes the connection) no further request is parsed.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(netlab::HttpRequestParser)

public:
    enum class Error {
        None,
        BadRequest, // 400: malformed request line, header, framing, missing Host
        BodyTooLarge, // 413
        HeaderTooLarge, // 431: header bytes or header count over the limit
        VersionNotSupported, // 505: not HTTP/1.x
        Refused, // the head check refused the request before its body was read
    };

    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + headers
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        // false: HttpRequest::raw holds only the request line and headers, so a body is kept
        // once (in HttpRequest::body), not twice.
        bool keepRawBody = true;
    };

    // Called when a request's header block is complete and a body follows, before any byte of
    // the body is read; false refuses the request (Error::Refused) and no body byte is kept.
    using HeadCheck = std::function<bool(const HttpRequest &head)>;

    struct Result
    {
        QList<HttpRequest> requests; // complete requests, in the order received
        Error error = Error::None; // set once; the connection should answer and close
        QString errorString;
        bool continueExpected = false; // a request's headers asked for 100-continue
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    Result feed(QByteArrayView bytes);
    void reset();
    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }

    const Limits &limits() const { return m_limits; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // No bytes of an unfinished request are held.
    bool isIdle() const { return m_pendingRaw.isEmpty() && !m_inMessage; }
    // Bytes of a request have arrived but its header block is not complete yet.
    bool isReadingHeaders() const { return m_inMessage && m_inHeaders; }
    // A request asked to close the connection (or upgrade): later bytes are ignored.
    bool isFinished() const { return m_finished; }

    // The status code a server answers for an error.
    static int statusForError(Error error);

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    bool headerBytesExceeded(const char *end);
    int fail(Error error, const QString &message);

    Limits m_limits;
    HeadCheck m_headCheck;
    std::unique_ptr<http_parser> m_parser;
    std::unique_ptr<http_parser_settings> m_settings;
    HttpRequest m_current;
    QByteArray m_pendingRaw; // bytes of the current request consumed by earlier execute calls
    const char *m_chunkStart = nullptr; // start of the slice being executed
    Result *m_result = nullptr;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_inMessage = false;
    bool m_inHeaders = false;
    qint64 m_bodyBytesSeen = 0; // body and framing bytes not kept in m_pendingRaw
    const char *m_bodyStart = nullptr; // first body byte in the slice being executed
    bool m_bodyStarted = false; // the current request's body has begun
    bool m_lastWasValue = false;
    bool m_messageComplete = false;
    bool m_finished = false;
};

} // namespace netlab
