#include <netlab/tcpserver.h>

#include <netlab/acceptthrottle.h>
#include <netlab/descriptorlimit.h>
#include <netlab/directsend.h>
#include <netlab/socketerror.h>

#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <functional>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace netlab {

namespace {

// A QTcpSocket over a connected descriptor; nullptr (and the descriptor closed) on failure.
QTcpSocket *socketFor(qintptr descriptor)
{
    auto socket = new QTcpSocket;
    if (socket->setSocketDescriptor(
            descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite))
        return socket;
    delete socket;
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
    return nullptr;
}

// Hands every accepted connection over at once (no pending-connection queue).
class Listener : public QTcpServer
{
public:
    Listener(QObject *parent, std::function<void(QTcpSocket *)> accept)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (QTcpSocket *socket = socketFor(descriptor))
            m_accept(socket);
    }

private:
    std::function<void(QTcpSocket *)> m_accept;
};

} // namespace

struct TcpServer::Client
{
    QTcpSocket *socket = nullptr;
    TcpClientInfo info;
    QByteArray partialLine; // line unit: bytes after the last complete line
    QString closeReason;
    quint64 bytesQueued = 0; // handed to the socket; minus its write buffer = bytesOut
    bool paused = false; // not reading until its replies drain
};

TcpServer::TcpServer(QObject *parent)
    : QObject(parent)
    , m_server(new Listener(this, [this](QTcpSocket *socket) { accept(socket); }))
    , m_throttle(new AcceptThrottle(m_server))
{
    // Out of descriptors: accepting pauses until a client leaves, said once.
    connect(m_throttle, &AcceptThrottle::acceptPaused, this, &TcpServer::errorOccurred);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SocketResourceError) // AcceptThrottle reports that
            emit errorOccurred(describeAcceptError(*m_server, error));
    });
}

TcpServer::~TcpServer()
{
    for (Client *client : std::as_const(m_clients)) {
        client->socket->disconnect(this);
        client->socket->abort();
        delete client->socket;
        delete client;
    }
    m_clients.clear();
}

bool TcpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        close();
    m_server->setListenBacklogSize(m_backlog);
    if (!m_server->listen(address, port)) {
        const QString message = describeListenError(*m_server, address, port);
        emit errorOccurred(message);
        return false;
    }
    emit listeningChanged(true);
    return true;
}

void TcpServer::close()
{
    const bool wasListening = m_server->isListening();
    m_server->close();
    QList<quint64> ids = m_clients.keys();
    std::sort(ids.begin(), ids.end());
    for (quint64 id : std::as_const(ids)) {
        if (Client *client = m_clients.value(id))
            dropClient(client, tr("server stopped"));
    }
    if (wasListening)
        emit listeningChanged(false);
}

bool TcpServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress TcpServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 TcpServer::serverPort() const
{
    return m_server->serverPort();
}

void TcpServer::setBacklog(int backlog)
{
    m_backlog = std::max(1, backlog);
}

void TcpServer::setMaxClients(int maxClients)
{
    m_maxClients = std::max(0, maxClients);
}

void TcpServer::setAutoReply(AutoReply mode, ReplyUnit unit, const QByteArray &ackText)
{
    m_autoReply = mode;
    m_replyUnit = unit;
    m_ackText = ackText;
    if (unit == ReplyUnit::Chunk) {
        for (Client *client : std::as_const(m_clients))
            client->partialLine.clear();
    }
}

bool TcpServer::addClient(qintptr socketDescriptor)
{
    QTcpSocket *socket = socketFor(socketDescriptor);
    return socket && accept(socket);
}

void TcpServer::setClientIdSeries(quint64 first, quint64 step)
{
    m_nextId = std::max<quint64>(1, first);
    m_idStep = std::max<quint64>(1, step);
}

void TcpServer::setMaxLineLength(int length)
{
    m_maxLineLength = std::max(1, length);
}

bool TcpServer::sendTo(quint64 clientId, const QByteArray &data)
{
    Client *client = m_clients.value(clientId);
    if (!client) {
        emit errorOccurred(tr("cannot send: client %1 is not connected").arg(clientId));
        return false;
    }
    write(client, data);
    // Echo replies are counted with the read that caused them; a manual reply has no read.
    if (watching(WatchCounters))
        emit countersChanged(clientId);
    return true;
}

int TcpServer::sendToAll(const QByteArray &data)
{
    // write() never drops a client synchronously, so iterating the hash is safe.
    int reached = 0;
    for (Client *client : std::as_const(m_clients)) {
        write(client, data);
        ++reached;
        if (watching(WatchCounters))
            emit countersChanged(client->info.id);
    }
    return reached;
}

void TcpServer::disconnectClient(quint64 clientId)
{
    Client *client = m_clients.value(clientId);
    if (!client)
        return;
    if (client->closeReason.isEmpty())
        client->closeReason = tr("disconnected by the server");
    client->socket->disconnectFromHost();
}

QList<TcpClientInfo> TcpServer::clients() const
{
    QList<TcpClientInfo> list;
    list.reserve(m_clients.size());
    for (const Client *client : std::as_const(m_clients))
        list.append(infoOf(client));
    std::sort(list.begin(), list.end(),
        [](const TcpClientInfo &a, const TcpClientInfo &b) { return a.id < b.id; });
    return list;
}

TcpClientInfo TcpServer::client(quint64 id) const
{
    const Client *client = m_clients.value(id);
    return client ? infoOf(client) : TcpClientInfo {};
}

TcpClientInfo TcpServer::infoOf(const Client *client)
{
    TcpClientInfo info = client->info;
    info.bytesOut = client->bytesQueued - quint64(client->socket->bytesToWrite());
    return info;
}

// The per-chunk signals are emitted only while something listens to them: at tens of
// thousands of echoes per second, even an unconnected emit shows in the profile.
//
// Qt may call connectNotify()/disconnectNotify() with one of its internal QObject mutexes
// held, and from the thread that (dis)connects. Calling isSignalConnected() there locks a
// mutex from the same pool and deadlocks when both objects hash to the same one (it hung
// the whole-window tests on destruction). So these two only set atomic flags, and
// watching() asks Qt again, on this object's thread, after any change.
int TcpServer::watchedBit(const QMetaMethod &signal)
{
    static const QMetaMethod received = QMetaMethod::fromSignal(&TcpServer::dataReceived);
    static const QMetaMethod sent = QMetaMethod::fromSignal(&TcpServer::dataSent);
    static const QMetaMethod counters = QMetaMethod::fromSignal(&TcpServer::countersChanged);
    if (!signal.isValid()) // "all signals"
        return WatchReceived | WatchSent | WatchCounters;
    if (signal == received)
        return WatchReceived;
    if (signal == sent)
        return WatchSent;
    if (signal == counters)
        return WatchCounters;
    return 0;
}

void TcpServer::connectNotify(const QMetaMethod &signal)
{
    if (const int bit = watchedBit(signal)) {
        m_watched.fetch_or(bit);
        m_watchedStale = true;
    }
}

void TcpServer::disconnectNotify(const QMetaMethod &signal)
{
    if (watchedBit(signal))
        m_watchedStale = true;
}

bool TcpServer::watching(WatchedSignal which)
{
    if (m_watchedStale.exchange(false)) {
        int watched = 0;
        if (isSignalConnected(QMetaMethod::fromSignal(&TcpServer::dataReceived)))
            watched |= WatchReceived;
        if (isSignalConnected(QMetaMethod::fromSignal(&TcpServer::dataSent)))
            watched |= WatchSent;
        if (isSignalConnected(QMetaMethod::fromSignal(&TcpServer::countersChanged)))
            watched |= WatchCounters;
        m_watched = watched;
    }
    return m_watched.load() & which;
}

bool TcpServer::accept(QTcpSocket *socket)
{
    // Below the process's descriptor limit, so that accept() never reaches EMFILE by itself.
    const int cap = clientCapForDescriptors(m_maxClients);
    if (clientCount() >= cap) {
        const QHostAddress address = socket->peerAddress();
        const quint16 port = socket->peerPort();
        socket->abort();
        delete socket;
        emit clientRejected(address, port, tr("too many clients (at most %1)").arg(cap));
        return false;
    }
    socket->setParent(this);
    auto client = new Client;
    client->socket = socket;
    client->info.id = m_nextId;
    m_nextId += m_idStep;
    client->info.address = socket->peerAddress();
    client->info.port = socket->peerPort();
    client->info.connectedSince = QDateTime::currentDateTime();
    socket->setReadBufferSize(kReadBufferSize);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_clients.insert(client->info.id, client);

    connect(socket, &QIODevice::readyRead, this, [this, client] { readFrom(client); });
    connect(socket, &QIODevice::bytesWritten, this, [this, client] { onBytesWritten(client); });
    connect(
        socket, &QAbstractSocket::errorOccurred, this, [this, client] { onSocketError(client); });
    connect(
        socket, &QAbstractSocket::disconnected, this, [this, client] { onDisconnected(client); });

    emit clientConnected(infoOf(client));
    return true;
}

void TcpServer::readFrom(Client *client)
{
    QTcpSocket *socket = client->socket;
    if (client->paused)
        return;
    if (m_autoReply != AutoReply::None && socket->bytesToWrite() > kMaxPendingReplyBytes) {
        // The peer does not read its replies: stop reading (Qt then stops watching the
        // socket, and TCP flow control holds the sender back) until they drain.
        client->paused = true;
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    const QByteArray data = socket->read(available); // at most kReadBufferSize
    client->info.bytesIn += quint64(data.size());
    const quint64 id = client->info.id;
    if (watching(WatchReceived)) {
        emit dataReceived(id, data);
        // A slot connected to dataReceived may have dropped the client.
        if (!m_clients.contains(id))
            return;
    }
    if (m_autoReply != AutoReply::None) {
        if (m_replyUnit == ReplyUnit::Chunk)
            reply(client, m_autoReply == AutoReply::Echo ? data : m_ackText);
        else
            replyToLines(client, data);
    }
    if (watching(WatchCounters))
        emit countersChanged(id);
}

void TcpServer::reply(Client *client, const QByteArray &data)
{
    if (!data.isEmpty())
        write(client, data);
}

void TcpServer::replyToLines(Client *client, const QByteArray &data)
{
    // Fast path: nothing pending and the chunk ends a line.
    QByteArray buffer;
    if (client->partialLine.isEmpty()) {
        buffer = data;
    } else {
        buffer = client->partialLine + data;
        client->partialLine.clear();
    }
    qsizetype start = 0;
    const qsizetype lastNewline = buffer.lastIndexOf('\n');
    if (lastNewline >= 0) {
        // Lines longer than the limit inside this batch are still answered as lines; the
        // limit guards the partial line we keep between reads.
        if (m_autoReply == AutoReply::Echo) {
            reply(client, lastNewline + 1 == buffer.size() ? buffer : buffer.left(lastNewline + 1));
        } else {
            const qsizetype lines
                = std::count(buffer.cbegin(), buffer.cbegin() + lastNewline + 1, '\n');
            reply(client, m_ackText.repeated(lines));
        }
        start = lastNewline + 1;
    }
    const qsizetype rest = buffer.size() - start;
    if (rest == 0)
        return;
    if (rest > m_maxLineLength) {
        emit lineTooLong(client->info.id, rest);
        reply(client, m_autoReply == AutoReply::Echo ? buffer.mid(start) : m_ackText);
        return;
    }
    client->partialLine = buffer.mid(start);
}

void TcpServer::write(Client *client, const QByteArray &data)
{
    if (data.isEmpty())
        return;
    QTcpSocket *socket = client->socket;
    qint64 sent = 0;
    if (socket->bytesToWrite() == 0)
        sent = sendDirect(socket->socketDescriptor(), data.constData(), data.size());
    if (sent < data.size())
        socket->write(data.constData() + sent, data.size() - sent);
    client->bytesQueued += quint64(data.size());
    if (watching(WatchSent))
        emit dataSent(client->info.id, data);
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        // A failed write leaves the socket closed without a disconnected signal; drop it
        // from the event loop (callers may be iterating the clients).
        const quint64 id = client->info.id;
        onSocketError(client);
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (Client *gone = m_clients.value(id))
                    dropClient(gone, gone->closeReason);
            },
            Qt::QueuedConnection);
    }
}

void TcpServer::onBytesWritten(Client *client)
{
    if (watching(WatchCounters))
        emit countersChanged(client->info.id);
    if (client->paused && client->socket->bytesToWrite() <= kMaxPendingReplyBytes / 2) {
        client->paused = false;
        readFrom(client);
    }
}

void TcpServer::onSocketError(Client *client)
{
    QTcpSocket *socket = client->socket;
    if (!client->closeReason.isEmpty())
        return;
    if (socket->error() == QAbstractSocket::RemoteHostClosedError) {
        client->closeReason = tr("closed by peer");
        return;
    }
    client->closeReason = describeSocketError(socket->error(), socket->errorString(),
        formatEndpoint(client->info.address, client->info.port));
}

void TcpServer::onDisconnected(Client *client)
{
    dropClient(client, client->closeReason.isEmpty() ? tr("closed by peer") : client->closeReason);
}

void TcpServer::dropClient(Client *client, const QString &reason)
{
    const quint64 id = client->info.id;
    if (m_clients.take(id) != client)
        return;
    QTcpSocket *socket = client->socket;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    delete client;
    m_throttle->descriptorFreed();
    emit clientDisconnected(id, reason);
}

} // namespace netlab
