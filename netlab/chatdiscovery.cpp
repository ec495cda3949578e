#include "chatdiscovery.h"

#include "chatprotocol.h"
#include "socketerror.h"

#include <netlab/version.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr int kExpireCheckMs = 1000;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

QHostAddress plainIPv4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

} // namespace

ChatDiscovery::ChatDiscovery(QObject *parent)
    : QObject(parent)
    , m_announceTimer(new QTimer(this))
    , m_expireTimer(new QTimer(this))
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    m_announceTimer->setInterval(kAnnounceIntervalMs);
    connect(m_announceTimer, &QTimer::timeout, this, &ChatDiscovery::announceNow);
    m_expireTimer->setInterval(kExpireCheckMs);
    connect(m_expireTimer, &QTimer::timeout, this, &ChatDiscovery::expire);
}

ChatDiscovery::~ChatDiscovery() = default;

bool ChatDiscovery::start(quint16 port, const QHostAddress &address)
{
    stop();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(
            address, port, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        const QString message = tr("Cannot look for classmates: %1")
                                    .arg(describeListenError(
                                        m_socket->error(), m_socket->errorString(), address, port));
        delete m_socket;
        m_socket = nullptr;
        emit errorOccurred(message);
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &ChatDiscovery::readDatagrams);
    m_expireTimer->start();
    if (m_announcing) {
        m_announceTimer->start();
        announceNow();
    }
    return true;
}

void ChatDiscovery::stop()
{
    m_announceTimer->stop();
    m_expireTimer->stop();
    delete m_socket;
    m_socket = nullptr;
    if (!m_peers.isEmpty()) {
        m_peers.clear();
        emit peersChanged();
    }
}

bool ChatDiscovery::isListening() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

quint16 ChatDiscovery::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void ChatDiscovery::setAnnouncement(const QString &nickname, quint16 chatPort, bool hosting)
{
    const bool changed = nickname != m_nickname || chatPort != m_chatPort || hosting != m_hosting;
    m_nickname = nickname;
    m_chatPort = chatPort;
    m_hosting = hosting;
    if (changed && m_announcing)
        announceNow();
}

void ChatDiscovery::setAnnouncing(bool announcing)
{
    if (m_announcing == announcing)
        return;
    m_announcing = announcing;
    if (!announcing) {
        m_announceTimer->stop();
        return;
    }
    if (m_socket) {
        m_announceTimer->start();
        announceNow();
    }
}

void ChatDiscovery::setTargets(const QList<QHostAddress> &addresses, quint16 port)
{
    m_targets = addresses;
    m_targetPort = port;
}

QByteArray ChatDiscovery::makeDatagram() const
{
    const QJsonObject object {{"app"_L1, u"netlab-chat"_s}, {"v"_L1, 1}, {"id"_L1, m_instanceId},
        {"nick"_L1, ChatProtocol::cleanNickname(m_nickname)}, {"port"_L1, int(m_chatPort)},
        {"hosting"_L1, m_hosting}, {"version"_L1, QStringLiteral(NETLAB_VERSION_STRING)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ChatDiscovery::announceNow()
{
    if (!m_socket || !m_announcing)
        return;
    const QByteArray datagram = makeDatagram();
    QList<QHostAddress> targets = m_targets;
    quint16 port = m_targetPort;
    if (targets.isEmpty()) {
        port = m_socket->localPort();
        targets.append(QHostAddress(QHostAddress::Broadcast));
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &interface : interfaces) {
            const auto flags = interface.flags();
            if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::CanBroadcast))
                continue;
            const QList<QNetworkAddressEntry> entries = interface.addressEntries();
            for (const QNetworkAddressEntry &entry : entries) {
                if (!entry.broadcast().isNull() && !targets.contains(entry.broadcast()))
                    targets.append(entry.broadcast());
            }
        }
    }
    if (port == 0)
        port = m_socket->localPort();
    for (const QHostAddress &target : std::as_const(targets)) {
        if (m_socket->writeDatagram(datagram, target, port) < 0 && !m_sendErrorShown) {
            // Once: a machine without a network says so at every announcement otherwise.
            m_sendErrorShown = true;
            emit errorOccurred(tr("Cannot announce this chat to %1: %2")
                                   .arg(formatEndpoint(target, port), m_socket->errorString()));
        }
    }
}

bool ChatDiscovery::parseDatagram(const QByteArray &datagram, DiscoveredPeer *peer)
{
    if (datagram.size() > kMaxDatagram)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(datagram, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.value("app"_L1).toString() != u"netlab-chat" || object.value("v"_L1).toInt() != 1)
        return false;
    const QString id = object.value("id"_L1).toString();
    const int port = object.value("port"_L1).toInt(-1);
    if (id.isEmpty() || id.size() > 64 || port < 0 || port > 65535
        || !object.value("nick"_L1).isString())
        return false;
    peer->instanceId = id;
    peer->nickname = ChatProtocol::cleanNickname(object.value("nick"_L1).toString());
    peer->version = object.value("version"_L1).toString().left(32);
    peer->chatPort = quint16(port);
    peer->hosting = object.value("hosting"_L1).toBool() && port != 0;
    return true;
}

void ChatDiscovery::readDatagrams()
{
    bool changed = false;
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const qint64 now = nowMs();
        if (now - m_windowStartMs >= 1000) {
            m_windowStartMs = now;
            m_windowCount = 0;
        }
        if (++m_windowCount > kMaxDatagramsPerSecond) {
            // A flood: drain without parsing.
            m_socket->readDatagram(nullptr, 0);
            ++m_rejected;
            continue;
        }
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxDatagram + 1);
        DiscoveredPeer peer;
        if (!parseDatagram(datagram.data(), &peer)) {
            ++m_rejected;
            continue;
        }
        if (peer.instanceId == m_instanceId)
            continue; // our own broadcast
        peer.address = plainIPv4(datagram.senderAddress());
        peer.lastSeenMs = now;
        changed = accept(peer) || changed;
    }
    if (changed)
        emit peersChanged();
}

bool ChatDiscovery::accept(const DiscoveredPeer &incoming)
{
    int fromAddress = 0;
    for (DiscoveredPeer &peer : m_peers) {
        if (peer.address != incoming.address)
            continue;
        if (peer.instanceId == incoming.instanceId) {
            const bool changed = peer.nickname != incoming.nickname
                || peer.chatPort != incoming.chatPort || peer.hosting != incoming.hosting;
            peer = incoming;
            ++m_accepted;
            return changed;
        }
        ++fromAddress;
    }
    if (fromAddress >= kMaxPerAddress || m_peers.size() >= kMaxPeers) {
        ++m_rejected;
        return false;
    }
    m_peers.append(incoming);
    ++m_accepted;
    return true;
}

void ChatDiscovery::expire()
{
    const qint64 now = nowMs();
    const qsizetype removed = m_peers.removeIf(
        [now](const DiscoveredPeer &peer) { return now - peer.lastSeenMs > kExpiryMs; });
    if (removed > 0)
        emit peersChanged();
}

} // namespace netlab
