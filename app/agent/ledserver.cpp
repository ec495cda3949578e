#include "ledserver.h"

#include "agenttoken.h"

#include <netlab/acceptthrottle.h>
#include <netlab/descriptorlimit.h>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace netlab {

namespace {

constexpr qint64 kMaxLineBytes = 4096;

// Per-client state, kept on the socket: what is left of the input, and whether the token came.
constexpr char kPending[] = "pending";
constexpr char kAuthorised[] = "authorised";

} // namespace

LedServer::LedServer(Switch ledSwitch, QObject *parent)
    : QObject(parent)
    , m_switch(std::move(ledSwitch))
    , m_server(new QTcpServer(this))
    , m_throttle(new AcceptThrottle(m_server))
{
    connect(m_server, &QTcpServer::newConnection, this, &LedServer::acceptConnections);
    connect(m_throttle, &AcceptThrottle::acceptPaused, this,
        [this](const QString &message) { emit errorOccurred(tr("LED server: %1").arg(message)); });
}

bool LedServer::listen(const Options &options, QString *error)
{
    m_options = options;
    if (!m_server->listen(options.bindAddress, options.port)) {
        *error = tr("LED server: cannot listen on %1 port %2: %3")
                     .arg(options.bindAddress.toString())
                     .arg(options.port)
                     .arg(m_server->errorString());
        return false;
    }
    return true;
}

void LedServer::close()
{
    m_server->close();
}

quint16 LedServer::serverPort() const
{
    return m_server->serverPort();
}

int LedServer::waitingClients() const
{
    int count = 0;
    for (const QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        count += socket->bytesToWrite() >= m_options.maxUnsentBytes && socket->bytesAvailable() > 0
            ? 1
            : 0;
    }
    return count;
}

void LedServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_clients >= clientCapForDescriptors(m_options.maxClients)) {
            socket->write(tr("error: too many clients, try again later\n").toUtf8());
            socket->disconnectFromHost();
            continue;
        }
        serve(socket);
    }
}

void LedServer::serve(QTcpSocket *socket)
{
    ++m_clients;
    connect(socket, &QObject::destroyed, this, [this] {
        --m_clients;
        m_throttle->descriptorFreed();
    });
    // Qt stops taking bytes from the kernel when this much is unread: the client waits.
    socket->setReadBufferSize(kMaxLineBytes);
    socket->setProperty(kAuthorised, m_options.open);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_options.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
        idle->start();
        readFrom(socket);
    });
    // Replies drained: read what waited.
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (socket->bytesToWrite() < m_options.maxUnsentBytes && socket->bytesAvailable() > 0)
            readFrom(socket);
    });
}

void LedServer::reply(QTcpSocket *socket, const QByteArray &line)
{
    socket->write(line);
}

void LedServer::readFrom(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kPending).toByteArray();
    while (socket->state() == QAbstractSocket::ConnectedState) {
        // A client that does not read its replies is not read either.
        if (socket->bytesToWrite() >= m_options.maxUnsentBytes)
            break;
        if (!socket->property(kAuthorised).toBool()) {
            buffer += socket->read(kMaxLineBytes - buffer.size());
            const qsizetype end = buffer.indexOf('\n');
            if (end < 0) {
                if (buffer.size() >= kMaxLineBytes) {
                    socket->write("error: line too long\n");
                    socket->disconnectFromHost();
                }
                break;
            }
            const QByteArray line = buffer.left(end).trimmed();
            buffer.remove(0, end + 1);
            if (!line.startsWith("token ")) {
                socket->write(tr("error: send \"token <T>\" first (the agent's token, shown by "
                                 "its first start)\n")
                                  .toUtf8());
                socket->disconnectFromHost();
                break;
            }
            if (!AgentToken::equals(line.mid(6).trimmed(), m_options.token)) {
                socket->write(tr("error: wrong token\n").toUtf8());
                socket->disconnectFromHost();
                break;
            }
            socket->setProperty(kAuthorised, true);
            socket->write("ok\n");
            continue;
        }
        if (buffer.isEmpty() || QByteArray("off").startsWith(buffer))
            buffer += socket->read(256);
        if (buffer.isEmpty())
            break;
        const QByteArray lower = buffer.toLower();
        // The course's script sends "on" / "off", with or without a line end, and TCP may
        // merge or split them: take whole words as soon as they are unambiguous.
        if (QByteArrayView(" \t\r\n").contains(buffer.front())) {
            buffer.remove(0, 1);
        } else if (lower.startsWith("off")) {
            QString problem;
            reply(socket,
                m_switch(false, &problem) ? "LED off\n" : "error: " + problem.toUtf8() + '\n');
            buffer.remove(0, 3);
        } else if (lower.startsWith("on")) {
            QString problem;
            reply(socket,
                m_switch(true, &problem) ? "LED on\n" : "error: " + problem.toUtf8() + '\n');
            buffer.remove(0, 2);
        } else if (QByteArray("off").startsWith(lower)) {
            if (socket->bytesAvailable() == 0)
                break; // "o" or "of": wait for more
        } else {
            reply(socket, "error: say on or off\n");
            const qsizetype end = buffer.indexOf('\n');
            buffer = end < 0 ? QByteArray() : buffer.mid(end + 1);
        }
    }
    socket->setProperty(kPending, buffer);
}

} // namespace netlab
