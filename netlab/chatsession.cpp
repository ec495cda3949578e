#include "chatsession.h"

#include "chatpeer.h"
#include "socketerror.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_connectTimer(new QTimer(this))
{
    setNickname(QString());
    m_idPrefix = QString::number(QRandomGenerator::global()->generate64(), 36).left(8);
    m_server->setMaxPendingConnections(kMaxPeers);
    connect(m_server, &QTcpServer::newConnection, this, &ChatSession::acceptConnections);
    m_connectTimer->setSingleShot(true);
    m_connectTimer->setInterval(kConnectTimeoutMs);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        if (!m_connecting)
            return;
        const QString where = formatEndpoint(m_remoteHost, m_remotePort);
        m_connecting->abort();
        m_connecting->deleteLater();
        m_connecting = nullptr;
        const QString message = tr("Could not join %1: no answer after %2 seconds")
                                    .arg(where)
                                    .arg(kConnectTimeoutMs / 1000);
        m_lost = true;
        addSystem(message, true);
        setState(State::Idle);
        emit errorOccurred(message);
    });
}

ChatSession::~ChatSession()
{
    // Closing the program: say goodbye (written to the OS now), so the others see "left"
    // rather than a lost connection.
    for (ChatPeer *peer : std::as_const(m_peers)) {
        peer->disconnect(this);
        peer->leave();
    }
}

void ChatSession::setNickname(const QString &nickname)
{
    QString clean = ChatProtocol::cleanNickname(nickname);
    if (clean.isEmpty())
        clean = ChatProtocol::cleanNickname(qEnvironmentVariable("USER"));
    if (clean.isEmpty())
        clean = ChatProtocol::cleanNickname(qEnvironmentVariable("USERNAME"));
    if (clean.isEmpty())
        clean = tr("me");
    m_nickname = clean;
    for (ChatPeer *peer : std::as_const(m_peers))
        peer->setOwnNickname(m_nickname);
}

void ChatSession::setHistoryDirectory(const QString &directory)
{
    m_history.setDirectory(directory);
}

quint16 ChatSession::serverPort() const
{
    return m_state == State::Hosting ? m_server->serverPort() : 0;
}

int ChatSession::peerCount() const
{
    return int(m_peers.size());
}

QStringList ChatSession::peerNames() const
{
    QStringList names;
    for (const ChatPeer *peer : m_peers)
        names.append(peer->displayName());
    return names;
}

bool ChatSession::canReconnect() const
{
    return m_state == State::Idle && m_lastRole != LastRole::None;
}

void ChatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ChatSession::newId()
{
    return m_idPrefix + u'-' + QString::number(++m_idCounter);
}

void ChatSession::startConversation(const QString &key)
{
    if (key == m_conversationKey)
        return;
    m_conversationKey = key;
    m_pendingAcks.clear();
    m_entries = m_history.load(key);
    emit entriesReset();
}

void ChatSession::clearConversation()
{
    m_entries.clear();
    m_history.clear(m_conversationKey);
    emit entriesReset();
}

bool ChatSession::host(const QHostAddress &address, quint16 port)
{
    if (m_state != State::Idle) {
        emit errorOccurred(tr("Leave the current chat first."));
        return false;
    }
    if (!m_server->listen(address, port)) {
        const QString message
            = tr("Cannot host the chat: %1").arg(describeListenError(*m_server, address, port));
        emit errorOccurred(message);
        return false;
    }
    m_lastRole = LastRole::Hosted;
    m_hostAddress = address;
    m_hostPort = port;
    m_lost = false;
    startConversation(u"host-"_s + QString::number(m_server->serverPort()));
    setState(State::Hosting);
    addSystem(tr("You host a chat on port %1: classmates join with the workbench, "
                 "or with nc <your address> %1")
                  .arg(m_server->serverPort()));
    return true;
}

void ChatSession::join(const QString &host, quint16 port)
{
    if (m_state != State::Idle) {
        emit errorOccurred(tr("Leave the current chat first."));
        return;
    }
    const QString name = host.trimmed();
    if (name.isEmpty() || port == 0) {
        emit errorOccurred(tr("Give a host and a port to join."));
        return;
    }
    m_lastRole = LastRole::Joined;
    m_remoteHost = name;
    m_remotePort = port;
    m_lost = false;
    startConversation(u"join-"_s + name + u'-' + QString::number(port));
    auto *socket = new QTcpSocket(this);
    m_connecting = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        m_connectTimer->stop();
        socket->disconnect(this);
        m_connecting = nullptr;
        auto *peer
            = new ChatPeer(socket, m_plain ? ChatProtocol::Mode::Plain : ChatProtocol::Mode::Netlab,
                ChatPeer::Role::Joined, m_nickname, this);
        adoptPeer(peer);
        setState(State::Joined);
        addSystem(tr("Connected to %1").arg(formatEndpoint(m_remoteHost, m_remotePort)));
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
        [this, socket](QAbstractSocket::SocketError error) {
            if (socket != m_connecting)
                return;
            m_connectTimer->stop();
            m_connecting = nullptr;
            socket->deleteLater();
            const QString message = tr("Could not join: %1")
                                        .arg(describeSocketError(error, socket->errorString(),
                                            formatEndpoint(m_remoteHost, m_remotePort)));
            m_lost = true;
            addSystem(message, true);
            setState(State::Idle);
            emit errorOccurred(message);
        });
    setState(State::Connecting);
    m_connectTimer->start();
    socket->connectToHost(name, port);
}

void ChatSession::leave()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::Connecting:
        m_connectTimer->stop();
        if (m_connecting) {
            m_connecting->disconnect(this);
            m_connecting->abort();
            m_connecting->deleteLater();
            m_connecting = nullptr;
        }
        setState(State::Idle);
        addSystem(tr("You cancelled joining %1").arg(formatEndpoint(m_remoteHost, m_remotePort)));
        return;
    case State::Hosting:
        m_server->close();
        setState(State::Idle);
        dropPeers();
        addSystem(tr("You closed the chat"));
        return;
    case State::Joined:
        setState(State::Idle);
        dropPeers();
        addSystem(tr("You left the chat"));
        return;
    }
}

bool ChatSession::hasHeldBackMessages() const
{
    return std::any_of(
        m_peers.cbegin(), m_peers.cend(), [](const ChatPeer *peer) { return peer->hasHeldBack(); });
}

void ChatSession::dropPeers()
{
    const QList<ChatPeer *> peers = std::exchange(m_peers, {});
    for (ChatPeer *peer : peers) {
        peer->disconnect(this);
        failPending(peer);
        peer->leave();
        peer->deleteLater();
    }
    emit peersChanged();
}

void ChatSession::reconnect()
{
    if (!canReconnect())
        return;
    if (m_lastRole == LastRole::Joined)
        join(m_remoteHost, m_remotePort);
    else
        host(m_hostAddress, m_hostPort);
}

void ChatSession::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_state == State::Hosting && m_peers.size() >= kMaxPeers)
            evictSilentPeer();
        if (m_state != State::Hosting || m_peers.size() >= kMaxPeers) {
            addSystem(tr("Refused a connection from %1: the chat is full (%2 people)")
                          .arg(formatEndpoint(socket->peerAddress(), socket->peerPort()))
                          .arg(kMaxPeers),
                true);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *peer
            = new ChatPeer(socket, m_plain ? ChatProtocol::Mode::Plain : ChatProtocol::Mode::Netlab,
                ChatPeer::Role::Accepted, m_nickname, this);
        adoptPeer(peer);
        if (m_plain) {
            addSystem(tr("%1 joined").arg(peer->displayName()));
            for (ChatPeer *other : std::as_const(m_peers)) {
                if (other != peer)
                    other->sendJoined(peer->displayName());
            }
        }
    }
}

void ChatSession::evictSilentPeer()
{
    ChatPeer *longest = nullptr;
    for (ChatPeer *peer : std::as_const(m_peers)) {
        if (peer->silentForMs() >= 0 && peer->silentForMs() >= m_silentEvictMs
            && (!longest || peer->silentForMs() > longest->silentForMs()))
            longest = peer;
    }
    if (!longest)
        return;
    addSystem(tr("Closed %1: connected for %2 s without a word; the chat was full and someone "
                 "else is joining")
                  .arg(longest->displayName())
                  .arg(longest->silentForMs() / 1000),
        true);
    m_peers.removeOne(longest);
    longest->disconnect(this);
    failPending(longest);
    longest->abort();
    longest->deleteLater();
    emit peersChanged();
}

void ChatSession::adoptPeer(ChatPeer *peer)
{
    m_peers.append(peer);
    connect(peer, &ChatPeer::settled, this, [this, peer](bool netlab) {
        if (netlab) {
            emit peersChanged(); // what it held back is out; the hello says who it is
            return;
        }
        // Plain peers cannot acknowledge: stop waiting for them.
        for (auto it = m_pendingAcks.begin(); it != m_pendingAcks.end();) {
            it->remove(peer);
            it = it->isEmpty() ? m_pendingAcks.erase(it) : std::next(it);
        }
        if (m_state == State::Hosting && !m_plain) {
            addSystem(tr("%1 joined (plain text, like nc)").arg(peer->displayName()));
            for (ChatPeer *other : std::as_const(m_peers)) {
                if (other != peer)
                    other->sendJoined(peer->displayName());
            }
        } else if (m_state == State::Joined && !m_plain) {
            addSystem(tr("The host speaks plain text (nc or a script): plain mode"));
        }
        emit peersChanged();
    });
    connect(peer, &ChatPeer::frameReceived, this,
        [this, peer](const ChatFrame &frame) { handleFrame(peer, frame); });
    connect(peer, &ChatPeer::closed, this,
        [this, peer](const QString &reason, bool lost) { peerClosed(peer, reason, lost); });
    emit peersChanged();
}

void ChatSession::handleFrame(ChatPeer *peer, const ChatFrame &frame)
{
    const bool hosting = m_state == State::Hosting;
    if (!frame.warning.isEmpty())
        ++m_badLines;
    switch (frame.kind) {
    case ChatFrame::Kind::Hello:
        if (hosting) {
            addSystem(tr("%1 joined").arg(peer->displayName()));
            for (ChatPeer *other : std::as_const(m_peers)) {
                if (other != peer)
                    other->sendJoined(peer->displayName());
            }
        } else {
            addSystem(tr("%1 hosts this chat").arg(peer->displayName()));
        }
        emit peersChanged();
        return;
    case ChatFrame::Kind::Message:
    case ChatFrame::Kind::PlainLine:
    case ChatFrame::Kind::Invalid: {
        ChatEntry entry;
        entry.kind = ChatEntry::Kind::Incoming;
        // A host names the sender itself; only the host may speak for others.
        entry.nickname
            = !hosting && !frame.nickname.isEmpty() ? frame.nickname : peer->displayName();
        entry.text = frame.text;
        entry.id = frame.id;
        entry.warning = frame.warning;
        if (frame.kind == ChatFrame::Kind::Invalid)
            entry.warning = tr("shown as received, not understood: %1").arg(frame.warning);
        ++m_messagesReceived;
        addEntry(entry);
        if (frame.kind == ChatFrame::Kind::Message)
            peer->sendAck(frame.id);
        if (hosting && frame.kind != ChatFrame::Kind::Invalid) {
            const QString id = frame.id.isEmpty() ? newId() : frame.id;
            const QDateTime time = frame.time.isValid() ? frame.time : QDateTime::currentDateTime();
            for (ChatPeer *other : std::as_const(m_peers)) {
                if (other != peer)
                    other->sendMessage(id, frame.text, time, entry.nickname);
            }
        }
        return;
    }
    case ChatFrame::Kind::Overlong:
        addSystem(tr("From %1: %2").arg(peer->displayName(), frame.warning), true);
        return;
    case ChatFrame::Kind::Ack: {
        const auto it = m_pendingAcks.find(frame.id);
        if (it == m_pendingAcks.end() || !it->contains(peer))
            return;
        it->remove(peer);
        if (it->isEmpty()) {
            m_pendingAcks.erase(it);
            setDelivery(frame.id, ChatEntry::Delivery::Delivered);
        }
        return;
    }
    case ChatFrame::Kind::Typing: {
        const QString name
            = hosting || frame.nickname.isEmpty() ? peer->displayName() : frame.nickname;
        emit peerTyping(name);
        if (hosting) {
            for (ChatPeer *other : std::as_const(m_peers)) {
                if (other != peer)
                    other->sendTyping(name);
            }
        }
        return;
    }
    case ChatFrame::Kind::Joined:
    case ChatFrame::Kind::Left:
        if (!hosting)
            addSystem(frame.kind == ChatFrame::Kind::Joined ? tr("%1 joined").arg(frame.nickname)
                                                            : tr("%1 left").arg(frame.nickname));
        return;
    case ChatFrame::Kind::Bye:
        return; // the close that follows says "left"
    }
}

void ChatSession::peerClosed(ChatPeer *peer, const QString &reason, bool lost)
{
    if (!m_peers.removeOne(peer))
        return;
    failPending(peer);
    peer->disconnect(this);
    peer->deleteLater();
    const QString text = lost ? tr("Connection lost: %1").arg(reason) : reason;
    if (m_state == State::Hosting) {
        addSystem(text, lost);
        if (peer->isSettled()) {
            for (ChatPeer *other : std::as_const(m_peers))
                other->sendLeft(peer->displayName());
        }
        emit peersChanged();
        return;
    }
    emit peersChanged();
    if (m_state == State::Joined) {
        m_lost = true;
        addSystem(tr("%1 — reconnect to continue").arg(text), true);
        setState(State::Idle);
        emit connectionLost(text);
    }
}

void ChatSession::failPending(ChatPeer *peer)
{
    for (auto it = m_pendingAcks.begin(); it != m_pendingAcks.end();) {
        if (it->contains(peer)) {
            const QString id = it.key();
            it = m_pendingAcks.erase(it);
            setDelivery(id, ChatEntry::Delivery::NotDelivered);
        } else {
            ++it;
        }
    }
}

QString ChatSession::sendMessage(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        emit errorOccurred(tr("Nothing to send: the message is empty."));
        return QString();
    }
    if (text.size() > ChatProtocol::kMaxMessageLength) {
        emit errorOccurred(tr("The message is too long (%1 characters; at most %2): "
                              "it stays in the input.")
                               .arg(text.size())
                               .arg(ChatProtocol::kMaxMessageLength));
        return QString();
    }
    QString problem;
    switch (m_state) {
    case State::Idle:
        problem = tr("Not in a chat: host or join one first; the message stays in the input.");
        break;
    case State::Connecting:
        problem = tr("Still joining the chat: the message stays in the input.");
        break;
    case State::Hosting:
        if (m_peers.isEmpty())
            problem = tr("Nobody has joined your chat yet: the message stays in the input.");
        break;
    case State::Joined:
        if (m_peers.isEmpty() || !m_peers.constFirst()->isOpen())
            problem = tr("The connection is closed: the message stays in the input.");
        break;
    }
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return QString();
    }

    const QString id = newId();
    const QDateTime now = QDateTime::currentDateTime();
    QSet<ChatPeer *> waiting;
    int sent = 0;
    for (ChatPeer *peer : std::as_const(m_peers)) {
        if (!peer->sendMessage(id, text, now, QString()))
            continue;
        ++sent;
        if (peer->canAcknowledge())
            waiting.insert(peer);
    }
    if (sent == 0) {
        emit errorOccurred(tr("The message could not be sent: it stays in the input."));
        return QString();
    }
    ChatEntry entry;
    entry.kind = ChatEntry::Kind::Own;
    entry.time = now;
    entry.nickname = m_nickname;
    entry.text = text;
    entry.id = id;
    entry.delivery = waiting.isEmpty() ? ChatEntry::Delivery::None : ChatEntry::Delivery::Sent;
    if (!waiting.isEmpty())
        m_pendingAcks.insert(id, waiting);
    ++m_messagesSent;
    addEntry(entry);
    return id;
}

void ChatSession::notifyTyping()
{
    if (m_peers.isEmpty())
        return;
    if (m_lastTyping.isValid() && m_lastTyping.elapsed() < kTypingIntervalMs)
        return;
    m_lastTyping.start();
    for (ChatPeer *peer : std::as_const(m_peers))
        peer->sendTyping(m_nickname);
}

void ChatSession::addEntry(ChatEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    m_entries.append(entry);
    if (m_entries.size() > kMaxEntries)
        m_entries.remove(0, m_entries.size() - kMaxEntries);
    QString error;
    if (!m_history.append(m_conversationKey, entry, &error)) {
        // Say it once, then keep chatting without history.
        m_history.setDirectory(QString());
        emit errorOccurred(error);
    }
    emit entryAdded(entry);
}

void ChatSession::addSystem(const QString &text, bool warning)
{
    ChatEntry entry;
    entry.kind = warning ? ChatEntry::Kind::Warning : ChatEntry::Kind::System;
    entry.text = text;
    addEntry(entry);
}

void ChatSession::setDelivery(const QString &id, ChatEntry::Delivery delivery)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->kind == ChatEntry::Kind::Own && it->id == id) {
            it->delivery = delivery;
            break;
        }
    }
    m_history.updateDelivery(m_conversationKey, id, delivery, nullptr);
    emit deliveryChanged(id, delivery);
}

} // namespace netlab
