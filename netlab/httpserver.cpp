#include "httpserver.h"

#include "acceptthrottle.h"
#include "descriptorlimit.h"
#include "httpconnection.h"
#include "httpdirectoryhandler.h"
#include "socketerror.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace netlab {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_throttle(new AcceptThrottle(m_tcpServer))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    connect(m_throttle, &AcceptThrottle::acceptPaused, this,
        [this](const QString &message) { emit errorOccurred(tr("HTTP server: %1").arg(message)); });
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxConnections = qMax(1, m_limits.maxConnections);
    m_limits.maxPipelinedRequests = qMax(1, m_limits.maxPipelinedRequests);
    m_limits.headerTimeoutMs = qMax(1, m_limits.headerTimeoutMs);
    m_limits.idleTimeoutMs = qMax(1, m_limits.idleTimeoutMs);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening())
        close();
    m_tcpServer->setListenBacklogSize(1024);
    if (!m_tcpServer->listen(address, port)) {
        emit errorOccurred(
            tr("HTTP server: %1").arg(describeListenError(*m_tcpServer, address, port)));
        return false;
    }
    emit listeningChanged(true);
    return true;
}

void HttpServer::close()
{
    const bool wasListening = m_tcpServer->isListening();
    m_tcpServer->close();
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    m_connectionsPerAddress.clear();
    for (HttpConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        connection->abort();
        connection->deleteLater();
    }
    if (!connections.isEmpty())
        emit connectionCountChanged(0);
    if (wasListening)
        emit listeningChanged(false);
}

bool HttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

QUrl HttpServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("localhost"));
    else
        url.setHost(address.toString());
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void HttpServer::route(
    const QByteArray &method, const QByteArray &path, Handler handler, Match match)
{
    m_routes.push_back(Route {method.toUpper(), path, match, std::move(handler)});
}

void HttpServer::clearRoutes()
{
    m_routes.clear();
}

void HttpServer::setDefaultHandler(Handler handler)
{
    m_defaultHandler = std::move(handler);
}

void HttpServer::serveDirectory(const QString &root, const QByteArray &prefix)
{
    route({}, prefix, HttpDirectoryHandler(root, prefix), Match::Prefix);
}

const HttpServer::Route *HttpServer::findRoute(
    const HttpRequest &request, QByteArrayList *allowed) const
{
    const Route *best = nullptr;
    const auto methodMatches = [&request](const QByteArray &method) {
        return method.isEmpty() || method == request.method
            || (request.method == "HEAD" && method == "GET");
    };
    // Exact routes first, then the longest prefix; a route for the very method beats GET-for-HEAD.
    for (const Route &route : m_routes) {
        const bool pathMatches = route.match == Match::Exact ? request.path == route.path
                                                             : request.path.startsWith(route.path);
        if (!pathMatches)
            continue;
        if (!methodMatches(route.method)) {
            if (!allowed->contains(route.method))
                allowed->append(route.method);
            continue;
        }
        const auto rank = [&request](const Route &r) {
            const int exact = r.match == Match::Exact ? 1 : 0;
            const int sameMethod = r.method == request.method ? 1 : 0;
            return std::tuple(exact, r.path.size(), sameMethod);
        };
        if (!best || rank(route) > rank(*best))
            best = &route;
    }
    if (!best && allowed->contains("GET") && !allowed->contains("HEAD"))
        allowed->append("HEAD");
    return best;
}

namespace {

HttpResponse methodNotAllowed(const HttpRequest &request, const QByteArrayList &allowed)
{
    HttpResponse response = HttpResponse::error(
        405, HttpServer::tr("%1 is not allowed here").arg(QString::fromLatin1(request.method)));
    response.setHeader("Allow", allowed.join(", "));
    return response;
}

} // namespace

std::optional<HttpResponse> HttpServer::checkHead(const HttpRequest &head) const
{
    QByteArrayList allowed;
    if (!findRoute(head, &allowed)) {
        if (!allowed.isEmpty())
            return methodNotAllowed(head, allowed);
        if (!m_defaultHandler)
            return HttpResponse::error(404);
    }
    if (m_headFilter)
        return m_headFilter(head);
    return std::nullopt;
}

int HttpServer::backpressuredConnections() const
{
    int count = 0;
    for (const HttpConnection *connection : m_connections)
        count += connection->isWaitingForClient() ? 1 : 0;
    return count;
}

void HttpServer::handle(HttpResponder &responder)
{
    const HttpRequest &request = responder.request();
    QByteArrayList allowed;
    if (const Route *best = findRoute(request, &allowed)) {
        best->handler(request, responder);
        return;
    }
    if (!allowed.isEmpty()) {
        responder.send(methodNotAllowed(request, allowed));
        return;
    }
    if (m_defaultHandler) {
        m_defaultHandler(request, responder);
        return;
    }
    responder.send(HttpResponse::error(404));
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        const int fromPeer = m_connectionsPerAddress.value(peer);
        const bool tooManyFromPeer = m_limits.maxConnectionsPerAddress > 0
            && fromPeer >= m_limits.maxConnectionsPerAddress;
        const int maxConnections = clientCapForDescriptors(m_limits.maxConnections);
        if (m_connections.size() >= maxConnections || tooManyFromPeer) {
            HttpResponse response = HttpResponse::error(503,
                tooManyFromPeer ? tr("%1 has %2 connections, the maximum for one address")
                                      .arg(peer.toString())
                                      .arg(m_limits.maxConnectionsPerAddress)
                                : tr("the server has %1 connections, its maximum")
                                      .arg(m_limits.maxConnections));
            HttpResponse::Framing framing;
            framing.keepAlive = false;
            socket->setParent(this);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(response.toBytes(framing));
            socket->disconnectFromHost();
            emit requestRejected(
                socket->peerAddress(), socket->peerPort(), 503, tr("too many connections"));
            continue;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection
            = new HttpConnection(socket, this, socket->peerAddress(), socket->peerPort(), this);
        m_connections.insert(connection);
        m_connectionsPerAddress[peer] = fromPeer + 1;
        connect(connection, &HttpConnection::closed, this,
            [this, connection] { connectionClosed(connection); });
        emit connectionCountChanged(int(m_connections.size()));
        connection->start();
    }
}

void HttpServer::connectionClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        auto it = m_connectionsPerAddress.find(connection->peerAddress());
        if (it != m_connectionsPerAddress.end() && --it.value() <= 0)
            m_connectionsPerAddress.erase(it);
        m_throttle->descriptorFreed();
        emit connectionCountChanged(int(m_connections.size()));
    }
    connection->deleteLater();
}

} // namespace netlab
