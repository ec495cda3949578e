#pragma once

#include <atomic>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace netlab {

class AcceptThrottle;

struct TcpClientInfo
{
    quint64 id = 0; // 1, 2, 3… in connection order; never reused while the server lives
    QHostAddress address;
    quint16 port = 0;
    QDateTime connectedSince;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0; // bytes written to the OS
};

// A multi-client TCP server on the event loop: every connection is handled in the thread
// that owns the server, without polling. Optional automatic replies (echo or a fixed
// acknowledgement) per received chunk or per complete line, written from the read handler.
// Memory per client is bounded: while a client's replies cannot drain, the server stops
// reading from it (TCP flow control then slows the sender down).
class TcpServer : public QObject
{
    Q_OBJECT
public:
    enum class AutoReply { None, Echo, Acknowledge };
    Q_ENUM(AutoReply)
    enum class ReplyUnit { Chunk, Line };
    Q_ENUM(ReplyUnit)

    static constexpr int kDefaultBacklog = 128;
    static constexpr int kDefaultMaxClients = 2048;
    static constexpr int kDefaultMaxLineLength = 64 * 1024;
    static constexpr qint64 kReadBufferSize = 256 * 1024; // per client, in Qt's buffer
    // A client whose unsent replies exceed this is not read from until they drain.
    static constexpr qint64 kMaxPendingReplyBytes = 1024 * 1024;

    explicit TcpServer(QObject *parent = nullptr);
    ~TcpServer() override;

    bool listen(const QHostAddress &address, quint16 port); // false + errorOccurred
    void close(); // closes the listener and every client
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    void setBacklog(int backlog); // applies at the next listen()
    int backlog() const { return m_backlog; }
    void setMaxClients(int maxClients); // more are accepted and closed at once
    int maxClients() const { return m_maxClients; }
    void setAutoReply(AutoReply mode, ReplyUnit unit = ReplyUnit::Chunk,
        const QByteArray &ackText = QByteArrayLiteral("ACK\n"));
    AutoReply autoReply() const { return m_autoReply; }
    ReplyUnit replyUnit() const { return m_replyUnit; }
    QByteArray ackText() const { return m_ackText; }
    // Line unit: a line longer than this is answered as a chunk (and lineTooLong is emitted).
    void setMaxLineLength(int length);
    int maxLineLength() const { return m_maxLineLength; }

    // Takes over a connected socket accepted elsewhere (TcpServerPool's listener hands each
    // worker its clients); the server need not listen. false when the descriptor is not a
    // connected socket (it is then closed) or the server is full (clientRejected).
    bool addClient(qintptr socketDescriptor);
    // Client ids first, first + step, first + 2 step… (a pool gives each worker its own series).
    void setClientIdSeries(quint64 first, quint64 step);

    bool sendTo(quint64 clientId, const QByteArray &data); // false + errorOccurred if unknown
    int sendToAll(const QByteArray &data); // returns the number of clients reached
    void disconnectClient(quint64 clientId); // graceful: pending replies are written first

    QList<TcpClientInfo> clients() const; // in connection order
    TcpClientInfo client(quint64 id) const; // id 0 when unknown
    int clientCount() const { return int(m_clients.size()); }

signals:
    void listeningChanged(bool listening);
    void clientConnected(const netlab::TcpClientInfo &client);
    void clientDisconnected(quint64 clientId, const QString &reason);
    void clientRejected(const QHostAddress &address, quint16 port, const QString &reason);
    void dataReceived(quint64 clientId, const QByteArray &data);
    void dataSent(quint64 clientId, const QByteArray &data); // includes automatic replies
    void countersChanged(quint64 clientId);
    void lineTooLong(quint64 clientId, qsizetype length); // line unit only
    void errorOccurred(const QString &message);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    struct Client;

    enum WatchedSignal : int { WatchReceived = 1, WatchSent = 2, WatchCounters = 4 };
    static int watchedBit(const QMetaMethod &signal);
    bool watching(WatchedSignal which);
    bool accept(QTcpSocket *socket); // false: rejected (the socket is deleted)
    void readFrom(Client *client);
    void reply(Client *client, const QByteArray &data);
    void replyToLines(Client *client, const QByteArray &data);
    void write(Client *client, const QByteArray &data);
    void onBytesWritten(Client *client);
    static TcpClientInfo infoOf(const Client *client);
    void onSocketError(Client *client);
    void onDisconnected(Client *client);
    void dropClient(Client *client, const QString &reason);

    QTcpServer *m_server = nullptr;
    AcceptThrottle *m_throttle = nullptr;
    QHash<quint64, Client *> m_clients;
    quint64 m_nextId = 1;
    quint64 m_idStep = 1;
    int m_backlog = kDefaultBacklog;
    int m_maxClients = kDefaultMaxClients;
    AutoReply m_autoReply = AutoReply::None;
    ReplyUnit m_replyUnit = ReplyUnit::Chunk;
    QByteArray m_ackText = QByteArrayLiteral("ACK\n");
    int m_maxLineLength = kDefaultMaxLineLength;
    // Written by connectNotify()/disconnectNotify(), which may run on another thread and
    // under a QObject lock; read and refreshed on this object's thread.
    std::atomic<int> m_watched {0};
    std::atomic<bool> m_watchedStale {false};
};

} // namespace netlab

Q_DECLARE_METATYPE(netlab::TcpClientInfo)
