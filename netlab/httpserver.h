#pragma once

#include <netlab/httprequest.h>
#include <netlab/httpresponder.h>
#include <netlab/httpresponse.h>

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace netlab {

class AcceptThrottle;
class HttpConnection;

// An HTTP/1.1 server on QTcpServer, all on the event loop: keep-alive and pipelining
// (responses in request order), chunked request bodies, HEAD, streamed responses (Server-Sent
// Events), a route table, a static-files handler, and limits on header and body size, idle
// and header-read time and the number of connections — each answered with a clear status
// (400, 408, 413, 431, 503, 505) before the connection closes.
//
// Memory stays bounded whatever a client sends: a connection stops reading requests while its
// unsent output (socket buffer plus queued responses) is over maxUnsentBytes, and a request
// with a body is checked (route, method, head filter) as soon as its headers are complete, so
// a refused body is never read.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder &)>;

    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + headers → 431
        int maxHeaderCount = 100; // → 431
        qint64 maxBodyBytes = 8 * 1024 * 1024; // → 413
        int maxConnections = 1000; // further clients get 503 and are closed
        int headerTimeoutMs = 10'000; // a request's headers must arrive within this → 408
        int idleTimeoutMs = 30'000; // a quiet keep-alive connection is closed
        int maxPipelinedRequests = 64; // reading pauses while this many await their response
        qint64 maxPendingWriteBytes = 4 * 1024 * 1024; // a stream's client must keep reading
        qint64 maxUnsentBytes = 256 * 1024; // reading pauses while this much output is unsent
        int maxConnectionsPerAddress = 0; // 0: only maxConnections applies
        bool keepRawBodies = true; // false: HttpRequest::raw holds the head only
    };
    // Answers a request whose body has not been read yet: a response refuses it (the body is
    // never read and the connection closes after the answer), nullopt lets it through.
    using HeadFilter = std::function<std::optional<HttpResponse>(const HttpRequest &head)>;

    enum class Match { Exact, Prefix };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits); // applies to connections accepted afterwards
    const Limits &limits() const { return m_limits; }

    // false + errorOccurred() with the reason in plain words (e.g. the port is in use).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every connection.
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    // "http://127.0.0.1:8080/" (a wildcard address is shown as localhost).
    QUrl url() const;
    int connectionCount() const { return int(m_connections.size()); }

    // method empty: any method. A HEAD request uses the GET route when it has no HEAD one.
    // Exact routes win over prefix routes; the longest prefix wins. A path that only has routes
    // for other methods is answered 405 with an Allow header.
    void route(const QByteArray &method, const QByteArray &path, Handler handler,
        Match match = Match::Exact);
    void clearRoutes();
    // For requests no route matches; without one they get 404.
    void setDefaultHandler(Handler handler);
    // Serves the files under root for GET and HEAD below prefix, like python3 -m http.server.
    void serveDirectory(const QString &root, const QByteArray &prefix = "/");
    // Runs on every request with a body once its headers are complete (after the route table
    // has been checked for 404 and 405).
    void setHeadFilter(HeadFilter filter) { m_headFilter = std::move(filter); }
    // The refusal for a request whose body has not been read, or nullopt.
    std::optional<HttpResponse> checkHead(const HttpRequest &head) const;
    // The most output any connection held unsent at once (socket buffer plus queued
    // responses), a figure for tests and benchmarks.
    qint64 peakUnsentBytes() const { return m_peakUnsentBytes; }
    // Connections that stopped reading until their client takes its responses.
    int backpressuredConnections() const;

    // Runs the route table for one request (what a connection does for each request).
    void handle(HttpResponder &responder);

signals:
    void listeningChanged(bool listening);
    // A complete request: request.raw holds the bytes as received, with peer and time.
    void requestReceived(const netlab::HttpRequest &request);
    // The last byte of a response was handed to the socket.
    void responseSent(quint64 requestSerial, int statusCode, qint64 bytes);
    // Bytes that were not a request (or broke a limit) and the status they got.
    void requestRejected(
        const QHostAddress &peerAddress, quint16 peerPort, int statusCode, const QString &reason);
    void connectionCountChanged(int count);
    void errorOccurred(const QString &message);

private:
    friend class HttpConnection;
    struct Route
    {
        QByteArray method;
        QByteArray path;
        Match match = Match::Exact;
        Handler handler;
    };

    void acceptConnections();
    void connectionClosed(HttpConnection *connection);
    quint64 nextSerial() { return ++m_serial; }
    void noteUnsent(qint64 bytes) { m_peakUnsentBytes = qMax(m_peakUnsentBytes, bytes); }
    const Route *findRoute(const HttpRequest &request, QByteArrayList *allowed) const;

    QTcpServer *m_tcpServer = nullptr;
    AcceptThrottle *m_throttle = nullptr;
    Limits m_limits;
    std::vector<Route> m_routes;
    Handler m_defaultHandler;
    HeadFilter m_headFilter;
    QSet<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_connectionsPerAddress;
    quint64 m_serial = 0;
    qint64 m_peakUnsentBytes = 0;
};

} // namespace netlab
