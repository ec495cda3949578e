#include "chatpeer.h"

#include "socketerror.h"

#include <netlab/version.h>

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

ChatPeer::ChatPeer(QTcpSocket *socket, ChatProtocol::Mode preferred, Role role,
    const QString &ownNickname, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_decoder(preferred)
    , m_mode(preferred)
    , m_role(role)
    , m_ownNickname(ownNickname)
    , m_address(socket->peerAddress())
    , m_port(socket->peerPort())
{
    m_connected.start();
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol) {
        // An IPv4 client of a dual-stack server shows as ::ffff:a.b.c.d: show a.b.c.d.
        bool ok = false;
        const quint32 v4 = m_address.toIPv4Address(&ok);
        if (ok)
            m_address = QHostAddress(v4);
    }

    m_decideTimer = new QTimer(this);
    m_decideTimer->setSingleShot(true);
    m_decideTimer->setInterval(kDecideQuietMs);
    connect(m_decideTimer, &QTimer::timeout, this, [this] {
        const bool silent = m_decoder.pendingBytes() == 0;
        if (!m_settled && silent && m_role == Role::Accepted && !m_greeted) {
            // Maybe a netlab joiner waiting for us, maybe an nc user: a line both read.
            m_greeted = true;
            write(ChatProtocol::encodeGreeting(m_ownNickname));
            m_decideTimer->start(kGreetedQuietMs);
            return;
        }
        // A silent peer, or one whose first words have no line end: not a netlab peer.
        if (!m_settled && !(!silent && m_socket->peek(1) == "{"))
            settle(ChatProtocol::Mode::Plain);
        if (m_settled)
            handleFrames(m_decoder.flushPartial());
    });
    m_partialTimer = new QTimer(this);
    m_partialTimer->setSingleShot(true);
    m_partialTimer->setInterval(kPartialFlushMs);
    connect(m_partialTimer, &QTimer::timeout, this, [this] {
        if (m_settled)
            handleFrames(m_decoder.flushPartial());
    });

    connect(m_socket, &QTcpSocket::readyRead, this, &ChatPeer::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_finished)
            return;
        readAvailable();
        handleFrames(m_decoder.flushPartial());
        const bool lost = !m_sawBye && speaksNetlab();
        finish(m_sawBye ? tr("%1 left").arg(displayName())
                        : tr("%1 closed the connection").arg(displayName()),
            lost);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_finished || error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() reports it
        readAvailable();
        finish(describeSocketError(error, m_socket->errorString(), endpoint()), !m_sawBye);
    });

    m_settled = preferred == ChatProtocol::Mode::Plain;
    if (!m_settled)
        m_decideTimer->start(role == Role::Joined ? kJoinQuietMs : kDecideQuietMs);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ChatPeer::readAvailable);
}

ChatPeer::~ChatPeer() = default;

QString ChatPeer::displayName() const
{
    return m_nickname.isEmpty() ? endpoint() : m_nickname;
}

qint64 ChatPeer::silentForMs() const
{
    return m_heardFrom ? -1 : m_connected.elapsed();
}

QString ChatPeer::endpoint() const
{
    return formatEndpoint(m_address, m_port);
}

bool ChatPeer::isOpen() const
{
    return !m_finished && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ChatPeer::readAvailable()
{
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        QByteArray data = m_socket->read(64 * 1024);
        m_heardFrom = true;
        // Until the mode is settled, one line at a time: the first real line (not an empty
        // one, not a host's greeting) settles the mode for the rest.
        while (!m_settled && !m_finished) {
            const qsizetype newline = data.indexOf('\n');
            if (newline < 0)
                break;
            handleFrames(m_decoder.feed(QByteArrayView(data).first(newline + 1)));
            data.remove(0, newline + 1);
        }
        if (!data.isEmpty() && !m_finished)
            handleFrames(m_decoder.feed(data));
    }
    if (m_decoder.mode() == ChatProtocol::Mode::Plain && m_decoder.pendingBytes() > 0)
        m_partialTimer->start();
}

void ChatPeer::handleFrames(const QList<ChatFrame> &frames)
{
    for (ChatFrame frame : frames) {
        if (m_finished)
            return;
        if (!m_settled && m_role == Role::Joined && frame.kind == ChatFrame::Kind::Invalid
            && ChatProtocol::isGreeting(frame.text)) {
            // A netlab host greets a silent joiner: introduce ourselves, await its hello.
            sayHello();
            m_decideTimer->start(kJoinQuietMs);
            continue;
        }
        if (!m_settled && frame.kind != ChatFrame::Kind::Overlong) {
            if (frame.kind == ChatFrame::Kind::Invalid) {
                // Not a netlab peer: this line is the first line of a plain chat.
                frame.kind = ChatFrame::Kind::PlainLine;
                frame.warning = ChatProtocol::invalidUtf8Warning(frame.invalidSequences);
                settle(ChatProtocol::Mode::Plain);
            } else {
                settle(ChatProtocol::Mode::Netlab);
            }
        }
        switch (frame.kind) {
        case ChatFrame::Kind::Hello:
            if (!frame.nickname.isEmpty())
                m_nickname = frame.nickname;
            m_version = frame.version;
            break;
        case ChatFrame::Kind::Bye:
            m_sawBye = true;
            break;
        default:
            break;
        }
        emit frameReceived(frame);
    }
}

void ChatPeer::settle(ChatProtocol::Mode mode)
{
    if (m_settled)
        return;
    m_decideTimer->stop();
    m_settled = true;
    m_mode = mode;
    m_decoder.setMode(mode);
    if (mode == ChatProtocol::Mode::Netlab)
        sayHello(); // an accepting side answers the joiner's; a joiner answers a host's

    // What was typed meanwhile goes out first, so a listener of settled() sees nothing held.
    const QList<Outgoing> held = std::exchange(m_held, {});
    for (const Outgoing &item : held)
        send(item);
    emit settled(mode == ChatProtocol::Mode::Netlab);
}

bool ChatPeer::send(const Outgoing &item)
{
    if (m_finished)
        return false;
    // Nothing goes out until this side knows which language the peer speaks.
    const bool holding = !m_settled;
    if (holding) {
        if (m_held.size() >= kMaxHeld)
            return false;
        m_held.append(item);
        return true;
    }
    const bool netlab = m_mode == ChatProtocol::Mode::Netlab;
    switch (item.kind) {
    case ChatFrame::Kind::Message:
        return write(netlab ? ChatProtocol::encodeMessage(item.id, item.text, item.time, item.from)
                            : ChatProtocol::encodePlain(item.text, item.from));
    case ChatFrame::Kind::Ack:
        return !netlab || write(ChatProtocol::encodeAck(item.id));
    case ChatFrame::Kind::Typing:
        return !netlab || write(ChatProtocol::encodeTyping(item.from));
    case ChatFrame::Kind::Joined:
        return write(netlab ? ChatProtocol::encodeJoined(item.from)
                            : ChatProtocol::encodePlain(tr("* %1 joined").arg(item.from)));
    case ChatFrame::Kind::Left:
        return write(netlab ? ChatProtocol::encodeLeft(item.from)
                            : ChatProtocol::encodePlain(tr("* %1 left").arg(item.from)));
    default:
        return false;
    }
}

bool ChatPeer::sendMessage(
    const QString &id, const QString &text, const QDateTime &time, const QString &from)
{
    return send({ChatFrame::Kind::Message, id, text, time, from});
}

bool ChatPeer::sendAck(const QString &id)
{
    return send({ChatFrame::Kind::Ack, id, {}, {}, {}});
}

bool ChatPeer::sendTyping(const QString &from)
{
    return send({ChatFrame::Kind::Typing, {}, {}, {}, from});
}

bool ChatPeer::sendJoined(const QString &nickname)
{
    return send({ChatFrame::Kind::Joined, {}, {}, {}, nickname});
}

bool ChatPeer::sendLeft(const QString &nickname)
{
    return send({ChatFrame::Kind::Left, {}, {}, {}, nickname});
}

void ChatPeer::sayHello()
{
    if (m_saidHello)
        return;
    m_saidHello = true;
    write(ChatProtocol::encodeHello(m_ownNickname, QStringLiteral(NETLAB_VERSION_STRING)));
}

bool ChatPeer::write(const QByteArray &bytes)
{
    if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->bytesToWrite() + bytes.size() > kMaxPendingWrite) {
        const QString reason
            = tr("%1 does not read what is sent (more than %2 MiB waiting): disconnected")
                  .arg(displayName())
                  .arg(kMaxPendingWrite / (1024 * 1024));
        m_socket->abort();
        finish(reason, true);
        return false;
    }
    return m_socket->write(bytes) == bytes.size();
}

void ChatPeer::leave(const QString &reason)
{
    if (m_finished)
        return;
    if (speaksNetlab() || m_saidHello)
        write(ChatProtocol::encodeBye(reason));
    m_finished = true;
    m_socket->flush(); // as much as the OS takes now: a program may exit right after leaving
    m_socket->disconnectFromHost();
    emit closed(tr("you left"), false);
}

void ChatPeer::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_socket->abort();
    emit closed(tr("connection aborted"), false);
}

void ChatPeer::finish(const QString &reason, bool lost)
{
    if (m_finished)
        return;
    m_finished = true;
    m_decideTimer->stop();
    m_partialTimer->stop();
    emit closed(reason, lost);
}

} // namespace netlab
