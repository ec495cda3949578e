#pragma once

#include <netlab/chatprotocol.h>

#include <QDateTime>
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
// Mode negotiation: with a preferred mode of Netlab, a joining side sends its hello at once;
// an accepting side waits for the peer's first line (or kDecideQuietMs of silence) before it
// writes anything, holding back what it is asked to send. A first line that is a netlab frame
// settles on netlab (the accepting side answers with its hello); anything else (nc, the
// course's Python script) settles on plain, and the line is shown as text. With Plain
// preferred, the peer speaks plain from the start and never reads JSON.
class ChatPeer : public QObject
{
    Q_OBJECT

public:
    enum class Role { Accepted, Joined };

    static constexpr qint64 kMaxPendingWrite = 4 * 1024 * 1024; // a peer that does not read
    static constexpr int kMaxHeld = 200; // items held back before the mode is settled
    static constexpr int kDecideQuietMs = 400;
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
