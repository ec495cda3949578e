#pragma once

#include <netlab/chathistory.h>
#include <netlab/chatprotocol.h>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

class ChatPeer;

// The LAN mini chat (see ChatProtocol for the wire grammar): host a chat (listen; every
// peer's message is shown and relayed to all the others, a group chat) or join one. Full
// duplex: anyone sends at any time. Keeps the conversation (bounded) so views can be rebuilt,
// and, when a history directory is set, keeps it per peer across restarts.
//
// Nothing typed is lost: sendMessage() refuses (returns an empty id, errorOccurred says why)
// when there is nobody to send to, so the view keeps the text in its input; a message on the
// wire that a netlab peer never acknowledged is marked NotDelivered when the connection ends.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Hosting, Connecting, Joined };
    Q_ENUM(State)

    static constexpr quint16 kDefaultPort = 55000; // the course's chat port
    static constexpr int kMaxPeers = 32;
    // A full chat makes room for a newcomer by closing a connection that has said nothing
    // at all for this long (an idle scanner, a forgotten nc): a real classmate gets in.
    static constexpr qint64 kSilentEvictMs = 30'000;
    void setSilentEviction(qint64 ms) { m_silentEvictMs = ms; }
    static constexpr int kMaxEntries = 2000; // conversation kept in memory
    static constexpr int kConnectTimeoutMs = 10000;
    static constexpr int kTypingIntervalMs = 3000; // at most one typing notice per interval

    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    QString nickname() const { return m_nickname; }
    void setNickname(const QString &nickname); // cleaned; empty -> the user's login name
    // Plain: UTF-8 lines only (nc, the course's script); otherwise netlab JSON, falling back
    // to plain per peer when the peer does not speak it. Takes effect at the next host/join.
    bool plainMode() const { return m_plain; }
    void setPlainMode(bool plain) { m_plain = plain; }
    // Empty: no history on disk.
    void setHistoryDirectory(const QString &directory);
    QString historyDirectory() const { return m_history.directory(); }

    // Listens on address:port (0: a free port). False + errorOccurred on failure.
    bool host(const QHostAddress &address = QHostAddress::Any, quint16 port = kDefaultPort);
    // Connects to host:port; connected -> Joined, or errorOccurred + Idle.
    void join(const QString &host, quint16 port = kDefaultPort);
    // Messages accepted but not yet written: a peer's language is still being found out
    // (ChatPeer's negotiation, at most a few seconds). peersChanged() follows when they go.
    bool hasHeldBackMessages() const;
    // Says goodbye to everybody and closes; the conversation stays.
    void leave();
    // After a lost or failed connection: joins (or hosts) the same place again.
    bool canReconnect() const;
    void reconnect();

    // Sends `text` to everybody (host: to all peers; joined: to the host, who relays).
    // Returns the message's id, or an empty string (errorOccurred says why).
    QString sendMessage(const QString &text);
    // The user is typing: tells netlab peers, at most every kTypingIntervalMs.
    void notifyTyping();

    State state() const { return m_state; }
    quint16 serverPort() const; // hosting: the port; otherwise 0
    QString remoteHost() const { return m_remoteHost; } // joined / last joined
    quint16 remotePort() const { return m_remotePort; }
    int peerCount() const;
    QStringList peerNames() const;
    // The conversation key (history file) of the current / last chat.
    QString conversationKey() const { return m_conversationKey; }
    const QList<ChatEntry> &entries() const { return m_entries; }
    void clearConversation(); // also forgets its history file

    qint64 messagesSent() const { return m_messagesSent; }
    qint64 messagesReceived() const { return m_messagesReceived; }
    qint64 badLines() const { return m_badLines; } // invalid JSON, invalid UTF-8, overlong

signals:
    void stateChanged(netlab::ChatSession::State state);
    void entryAdded(const netlab::ChatEntry &entry);
    void deliveryChanged(const QString &id, netlab::ChatEntry::Delivery delivery);
    void entriesReset(); // history loaded or conversation cleared: re-read entries()
    void peersChanged();
    void peerTyping(const QString &nickname);
    // A joined chat ended without us leaving; reconnect() is offered.
    void connectionLost(const QString &reason);
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void acceptConnections();
    void evictSilentPeer();
    void adoptPeer(ChatPeer *peer);
    void handleFrame(ChatPeer *peer, const ChatFrame &frame);
    void peerClosed(ChatPeer *peer, const QString &reason, bool lost);
    void addEntry(ChatEntry entry);
    void addSystem(const QString &text, bool warning = false);
    void setDelivery(const QString &id, ChatEntry::Delivery delivery);
    void failPending(ChatPeer *peer);
    void startConversation(const QString &key);
    void dropPeers();
    QString newId();

    QString m_nickname;
    bool m_plain = false;
    State m_state = State::Idle;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_connecting = nullptr;
    QTimer *m_connectTimer = nullptr;
    QList<ChatPeer *> m_peers;
    QList<ChatEntry> m_entries;
    ChatHistory m_history;
    QString m_conversationKey;
    // Own message id -> the netlab peers that have not acknowledged it yet.
    QHash<QString, QSet<ChatPeer *>> m_pendingAcks;
    QString m_remoteHost;
    quint16 m_remotePort = 0;
    QHostAddress m_hostAddress;
    quint16 m_hostPort = 0;
    enum class LastRole { None, Hosted, Joined } m_lastRole = LastRole::None;
    bool m_lost = false;
    QElapsedTimer m_lastTyping;
    quint64 m_idCounter = 0;
    QString m_idPrefix;
    qint64 m_messagesSent = 0;
    qint64 m_messagesReceived = 0;
    qint64 m_badLines = 0;
    qint64 m_silentEvictMs = kSilentEvictMs;
};

} // namespace netlab
