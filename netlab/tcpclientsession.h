#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QFile;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

// One outgoing TCP connection: name lookup, connect with a timeout, send text/bytes or a
// whole file (streamed in 64 KiB chunks, paced by what the OS accepts), receive, count.
// Runs on the event loop of the thread that owns it; never blocks.
class TcpClientSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, LookingUp, Connecting, Connected, Closing };
    Q_ENUM(State)

    static constexpr int kDefaultConnectTimeoutMs = 10000;
    static constexpr qint64 kFileChunkSize = 64 * 1024;
    // At most this much file data waits in the socket's write buffer at any time.
    static constexpr qint64 kMaxFileBytesQueued = 4 * kFileChunkSize;

    explicit TcpClientSession(QObject *parent = nullptr);
    ~TcpClientSession() override;

    // host: a name, an IPv4 or an IPv6 literal (with or without brackets). A session that is
    // not idle is aborted first.
    void connectToHost(const QString &host, quint16 port);
    void setConnectTimeout(int ms);
    int connectTimeout() const { return m_connectTimeoutMs; }
    void disconnectFromHost(); // graceful: pending data is written first
    void abort(); // at once; pending data is dropped
    // Half-close: once everything queued (and a file being sent) is written, tell the peer
    // that nothing more will be sent (TCP FIN) and keep receiving until the peer closes.
    // What `nc -N` does at the end of its input.
    void finishSending();

    bool send(const QByteArray &data); // false + errorOccurred when not connected
    bool sendFile(const QString &path); // false + errorOccurred when it cannot start
    void cancelFileSend();

    State state() const { return m_state; }
    QString peerName() const { return m_host; }
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const; // bytes written to the OS
    quint64 bytesQueued() const { return m_bytesQueued; } // handed to send() (and files)
    bool isSendingFile() const { return m_file != nullptr; }
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged(netlab::TcpClientSession::State state);
    void connected();
    void disconnected(const QString &reason); // "closed by peer", "closed" or the error text
    void dataReceived(const QByteArray &data);
    void dataSent(const QByteArray &data); // what send() accepted; file data is not repeated
    void countersChanged();
    void fileProgress(qint64 sent, qint64 total);
    void fileSendFinished(bool ok, const QString &message);
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void onSocketStateChanged();
    void onSocketError();
    void onReadyRead();
    void onBytesWritten();
    void onConnectTimeout();
    void pumpFile();
    void finishFileSend(bool ok, const QString &message);
    void shutdownSendingIfDrained();
    QString where() const;

    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    State m_state = State::Idle;
    QString m_host;
    quint16 m_port = 0;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    QString m_closeReason; // set when the cause of the coming disconnection is known
    QString m_lastError;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesQueued = 0; // handed to the socket; minus its write buffer = sent
    bool m_shutdownPending = false; // finishSending() waits for the write buffer to drain
    bool m_errorReported = false; // the socket's pending errorOccurred is already handled

    QFile *m_file = nullptr;
    qint64 m_fileTotal = 0;
    qint64 m_fileQueued = 0; // file bytes handed to the socket
    qint64 m_fileWriteMark = 0; // m_bytesQueued after the last file chunk
};

} // namespace netlab
