#pragma once

#include <netlab/httprequest.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

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
    };

    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + headers
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
    };

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
    bool m_lastWasValue = false;
    bool m_messageComplete = false;
    bool m_finished = false;
};

} // namespace netlab
