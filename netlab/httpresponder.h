#pragma once

#include <netlab/httprequest.h>
#include <netlab/httpresponse.h>

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace netlab {

class HttpConnection;

// The answer to one request, handed to a route handler. A handler may answer at once or keep a
// QPointer to the responder and answer later: the responder lives until its response is
// finished or the connection goes away (closed() is emitted, then it is deleted). Responses
// to pipelined requests leave in request order whatever order the handlers answer in.
//
// Three ways to answer: send() a complete response; sendFile() (head now, body read from a
// device as the client takes it); or a stream — startStream()/write()/finish(), with
// Server-Sent Events helpers on top. For a HEAD request only the headers are sent.
class HttpResponder : public QObject
{
    Q_OBJECT
public:
    ~HttpResponder() override;

    const HttpRequest &request() const { return m_request; }
    // The response has not been finished and the connection is still there.
    bool isOpen() const { return !m_finished && !m_connectionGone; }
    bool hasStarted() const { return m_started; }

    void send(const HttpResponse &response);
    void send(int statusCode, const QByteArray &body, const QByteArray &contentType);
    // Sends head's status and headers with Content-Length size, then size bytes from device.
    void sendFile(const HttpResponse &head, std::unique_ptr<QIODevice> device, qint64 size);

    // Streams: chunked to an HTTP/1.1 client, until-close to an HTTP/1.0 one. write() returns
    // false when the stream is over or the client is not reading (more than the connection's
    // pending-bytes limit queued): the connection is then dropped.
    bool startStream(const HttpResponse &head);
    bool write(const QByteArray &data);
    void finish();

    // Server-Sent Events (text/event-stream).
    bool startEventStream();
    // "id: <id>\nevent: <event>\ndata: <line>\n…\n\n"; event and id optional.
    bool sendEvent(const QByteArray &event, const QByteArray &data, const QByteArray &id = {});
    // ": <text>\n\n", a keep-alive ping that clients ignore.
    bool sendComment(const QByteArray &text);

signals:
    // The connection closed before or after the response finished; the responder is deleted
    // right after this signal.
    void closed();

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, const HttpRequest &request, bool keepAlive);

    HttpResponse::Framing framing() const;
    void append(const QByteArray &bytes);

    HttpConnection *m_connection = nullptr;
    HttpRequest m_request;
    QByteArray m_buffer; // bytes not yet given to the connection
    std::unique_ptr<QIODevice> m_file; // sendFile(): body still to read
    qint64 m_fileOffset = 0; // where the next file bytes are read
    qint64 m_fileRemaining = 0;
    qint64 m_bytesSent = 0;
    int m_statusCode = 0;
    bool m_keepAlive = true;
    bool m_started = false;
    bool m_streaming = false;
    bool m_chunked = false;
    bool m_finished = false;
    bool m_connectionGone = false;
    bool m_kernelCopy = true; // try sendfile() for m_file
};

} // namespace netlab
