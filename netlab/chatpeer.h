#pragma once

#include <netlab/chatprotocol.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

// One chat connection: a connected QTcpSocket, its ChatProtocol decoder, and the encoding
// of what goes out in the mode this peer speaks.
//
// Mode negotiation, so that an nc user never sees JSON. With a preferred mode of Netlab:
// - both sides first listen, holding back what they are asked to send;
// - an accepting side waits for the peer's first line; after kDecideQuietMs of silence it
//   says a greeting line that reads well in nc (ChatProtocol::encodeGreeting), then waits
//   kGreetedQuietMs more before it settles on plain;
// - a joining side waits for the host's first line: the greeting makes it say hello; a
//   netlab frame settles on netlab; any other line, or kJoinQuietMs of silence (an `nc -l`
//   host), settles on plain, and the line is shown as text;
// - an accepting side settles on netlab at the peer's hello (older joiners say it at once)
//   and answers with its own; any other first line settles on plain.
// With Plain preferred, the peer speaks plain from the start and never reads JSON.
class ChatPeer : public QObject
{
    Q_OBJECT

public:
    enum class Role { Accepted, Joined };

    static constexpr qint64 kMaxPendingWrite = 4 * 1024 * 1024; // a peer that does not read
    static constexpr int kMaxHeld = 200; // items held back before the mode is settled
    static constexpr int kDecideQuietMs = 400;
    static constexpr int kGreetedQuietMs = 2000; // after the greeting: a silent nc user
    static constexpr int kJoinQuietMs = 3000; // a joiner's wait for the host's first line
    static constexpr int kPartialFlushMs = 250; // plain text sent without a line end

    // Takes ownership of `socket`, which must be connected.
    ChatPeer(QTcpSocket *socket, ChatProtocol::Mode preferred, Role role,
        const QString &ownNickname, QObject *parent = nullptr);
    ~ChatPeer() override;

    // The nickname from the peer's hello; empty for plain peers.
    QString nickname() const { return m_nickname; }
    // The nickname, or the address:port for a plain peer.
    QString displayName() const;
    QString endpoint() const; // "127.0.0.1:40312"
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString version() const { return m_version; }
    bool isSettled() const { return m_settled; }
    bool hasHeldBack() const { return !m_held.isEmpty(); } // waiting for the mode
    // Milliseconds since it connected, while it has sent nothing at all; -1 once it has
    // said something.
    qint64 silentForMs() const;
    bool speaksNetlab() const { return m_settled && m_mode == ChatProtocol::Mode::Netlab; }
    bool isOpen() const;
    // True while this peer may still acknowledge messages (it speaks, or may speak, netlab).
    bool canAcknowledge() const { return !m_finished && m_mode == ChatProtocol::Mode::Netlab; }
    const ChatProtocol &decoder() const { return m_decoder; }

    void setOwnNickname(const QString &nickname) { m_ownNickname = nickname; }

    // Each returns false when the peer is closed (nothing sent).
    bool sendMessage(
        const QString &id, const QString &text, const QDateTime &time, const QString &from);
    bool sendAck(const QString &id); // netlab only; nothing for plain peers
    bool sendTyping(const QString &from); // netlab only
    bool sendJoined(const QString &nickname); // plain peers get "* Name joined"
    bool sendLeft(const QString &nickname);
    // Says goodbye (netlab: a bye line) and closes once written.
    void leave(const QString &reason = QString());
    void abort();

signals:
    void settled(bool netlab);
    void frameReceived(const netlab::ChatFrame &frame);
    // The connection ended. `lost`: not an orderly close (reset, timeout, refused to read).
    void closed(const QString &reason, bool lost);

private:
    struct Outgoing
    {
        ChatFrame::Kind kind;
        QString id;
        QString text;
        QDateTime time;
        QString from;
    };

    void readAvailable();
    void handleFrames(const QList<ChatFrame> &frames);
    void settle(ChatProtocol::Mode mode);
    void sayHello();
    bool send(const Outgoing &item);
    bool write(const QByteArray &bytes);
    void finish(const QString &reason, bool lost);

    QTcpSocket *m_socket = nullptr;
    ChatProtocol m_decoder;
    ChatProtocol::Mode m_mode = ChatProtocol::Mode::Netlab;
    Role m_role = Role::Accepted;
    bool m_settled = false;
    bool m_finished = false;
    bool m_sawBye = false;
    bool m_saidHello = false; // this side's netlab hello is out
    bool m_heardFrom = false; // it sent at least one byte
    QElapsedTimer m_connected;
    bool m_greeted = false; // accepting side: the greeting is out
    QString m_ownNickname;
    QString m_nickname;
    QString m_version;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<Outgoing> m_held;
    QTimer *m_decideTimer = nullptr;
    QTimer *m_partialTimer = nullptr;
};

} // namespace netlab
