#pragma once

#include <netlab/httprequestparser.h>
#include <netlab/httpresponse.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSocket;
class QIODevice;
QT_END_NAMESPACE

namespace netlab {

class HttpResponder;
class HttpServer;

// One client connection of HttpServer: reads bytes from its device (a QTcpSocket, or any
// QIODevice in tests and the fuzzer), parses them into requests, hands each to the server's
// routes, writes the responses back in request order and enforces the server's limits and
// timeouts. Everything runs on the event loop of the thread that owns it.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of device, which must be open for reading and writing.
    HttpConnection(QIODevice *device, HttpServer *server, const QHostAddress &peerAddress,
        quint16 peerPort, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts reading from the device and arms the header timeout.
    void start();
    // Processes bytes as if they had been read from the device (used by start()'s reads; public
    // so the fuzzer can drive a connection without sockets).
    void handleBytes(QByteArrayView bytes);
    // Drops the connection at once; pending responses are discarded.
    void abort();

    bool isClosed() const { return m_closed; }
    int pendingResponses() const { return int(m_queue.size()); }
    // Bytes written but not yet taken by the client, plus responses queued behind them.
    qint64 unsentBytes() const;
    // Reading is paused until the client takes its responses.
    bool isWaitingForClient() const { return m_readPaused && !m_closed; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }

signals:
    // The connection is over (either side closed it, or a limit dropped it).
    void closed();

private:
    friend class HttpResponder;
    void responderChanged(HttpResponder *responder);
    bool canQueue(const HttpResponder *responder, qsizetype bytes) const;
    void dropSlowClient();

    void readFromDevice();
    bool outputFull() const;
    void dispatchWaiting();
    void resume();
    void dispatch(HttpRequest request);
    void reject(int statusCode, const QString &reason);
    void flush();
    void writeOut(const QByteArray &bytes);
    bool sendFileBody(HttpResponder *front); // false: the file ended early or failed
    void closeAfterWrite();
    void lingerThenClose(QAbstractSocket *socket);
    void finishClose();
    void checkTimeouts();
    void armTimer();

    static constexpr int kLingerMs = 3000;
    static constexpr qint64 kMaxLingerBytes = 16 * 1024 * 1024;

    QIODevice *m_device = nullptr;
    QAbstractSocket *m_socket = nullptr; // m_device when it is a TCP socket: written directly
    HttpServer *m_server = nullptr;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    HttpRequestParser m_parser;
    QList<HttpResponder *> m_queue; // responses not fully written yet, in request order
    QList<HttpRequest> m_waiting; // parsed, not handed to a route until the output drains
    std::optional<HttpResponse> m_refusal; // the head check's answer, sent after m_waiting
    int m_errorStatus = 0; // a parse error answered after m_waiting
    QString m_errorReason;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastActivity = 0;
    qint64 m_headerStart = 0;
    quint64 m_requestCount = 0;
    bool m_readStopped = false; // no further requests are read
    bool m_lingerOnClose = false; // a refused request's body may still be coming
    bool m_writeShut = false;
    qint64 m_lingerDiscarded = 0;
    bool m_readPaused = false; // too many responses pending: resume when they drain
    bool m_closing = false;
    bool m_closed = false;
    bool m_flushing = false;
    bool m_dispatching = false;
    bool m_resumeQueued = false;
};

} // namespace netlab
