#pragma once

// Finds classmates running the chat on the LAN by UDP presence datagrams.
//
// Datagram (UDP, to the chat-discovery port, by default kDefaultPort, sent to the broadcast
// address of every up interface and 255.255.255.255, every kAnnounceIntervalMs while
// announcing): one UTF-8 JSON object of at most kMaxDatagram bytes:
//   {"app":"netlab-chat","v":1,"id":INSTANCE,"nick":N,"port":CHATPORT,"hosting":true|false,
//    "version":V}
// A peer is known by (sender address, INSTANCE); the address joined is always the sender's
// address, never one written in the datagram, so a spoofed datagram cannot send anybody
// elsewhere. Entries expire after kExpiryMs without a datagram. Bounded against floods and
// spoofing: at most kMaxPeers entries and kMaxPerAddress per sender address, at most
// kMaxDatagramsPerSecond datagrams read per second (the rest drained and counted).

#include <QHostAddress>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
class QUdpSocket;
QT_END_NAMESPACE

namespace netlab {

struct DiscoveredPeer
{
    QString instanceId;
    QString nickname;
    QString version;
    QHostAddress address; // the datagram's sender
    quint16 chatPort = 0;
    bool hosting = false;
    qint64 lastSeenMs = 0; // monotonic clock, ms
};

class ChatDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 55001;
    static constexpr int kAnnounceIntervalMs = 3000;
    static constexpr int kExpiryMs = 10000;
    static constexpr int kMaxPeers = 64;
    static constexpr int kMaxPerAddress = 4;
    static constexpr qsizetype kMaxDatagram = 512;
    static constexpr int kMaxDatagramsPerSecond = 500;

    explicit ChatDiscovery(QObject *parent = nullptr);
    ~ChatDiscovery() override;

    // Listens for presence datagrams on `port` (shared with other programs on this machine).
    // port 0 picks a free port (tests). False + errorOccurred on failure.
    bool start(quint16 port = kDefaultPort,
        const QHostAddress &address = QHostAddress(QHostAddress::AnyIPv4));
    void stop();
    bool isListening() const;
    quint16 port() const;

    // What we announce; announcing only while setAnnouncing(true).
    void setAnnouncement(const QString &nickname, quint16 chatPort, bool hosting);
    void setAnnouncing(bool announcing);
    bool isAnnouncing() const { return m_announcing; }
    void announceNow();
    // Where announcements go. Empty (the default): every interface's broadcast address and
    // 255.255.255.255, on port(). Tests send to 127.0.0.1 and a given port (0: port()).
    void setTargets(const QList<QHostAddress> &addresses, quint16 port);

    QList<DiscoveredPeer> peers() const { return m_peers; }
    QString instanceId() const { return m_instanceId; }
    qint64 datagramsAccepted() const { return m_accepted; } // listed or refreshed an entry
    qint64 datagramsRejected() const { return m_rejected; } // malformed, oversized, over a bound

    // Parses one presence datagram; false for anything that is not one.
    static bool parseDatagram(const QByteArray &datagram, DiscoveredPeer *peer);
    QByteArray makeDatagram() const;

signals:
    void peersChanged();
    void errorOccurred(const QString &message);

private:
    void readDatagrams();
    void expire();
    bool accept(const DiscoveredPeer &incoming);

    QUdpSocket *m_socket = nullptr;
    QTimer *m_announceTimer = nullptr;
    QTimer *m_expireTimer = nullptr;
    QString m_instanceId;
    QString m_nickname;
    quint16 m_chatPort = 0;
    bool m_hosting = false;
    bool m_announcing = false;
    QList<QHostAddress> m_targets;
    quint16 m_targetPort = 0;
    QList<DiscoveredPeer> m_peers;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    bool m_sendErrorShown = false;
};

} // namespace netlab
