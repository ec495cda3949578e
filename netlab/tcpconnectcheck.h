#pragma once

// A TCP connect check to host:port: looks the name up, connects, measures how long the
// three-way handshake took, and closes at once. Bounded by a timeout. The last result stays,
// so a view built later shows it.

#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpSocket;
class QTimer;

namespace netlab {

class TcpConnectCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kMaxTimeoutMs = 60000;

    struct Result
    {
        bool ok = false;
        QString host;
        quint16 port = 0;
        QHostAddress peerAddress; // the address it connected to
        double lookupMs = 0; // name lookup (0 for an address literal)
        double connectMs = 0; // from the connect() to the established connection
        double totalMs = 0;
        QString message; // one sentence, translated
    };

    explicit TcpConnectCheck(QObject *parent = nullptr);
    ~TcpConnectCheck() override;

    void setTimeout(int milliseconds); // clamped to 100 .. kMaxTimeoutMs
    int timeout() const { return m_timeoutMs; }

    // Starts a check (cancelling one under way). False + errorOccurred for a bad host name
    // or port 0.
    bool start(const QString &host, quint16 port);
    void abort();

    bool isRunning() const { return m_socket != nullptr; }
    bool hasResult() const { return m_hasResult; }
    Result lastResult() const { return m_result; }

signals:
    void checkStarted(const QString &host, quint16 port);
    void checkFinished(const netlab::TcpConnectCheck::Result &result);
    void errorOccurred(const QString &message); // bad input, or the check failed

private:
    void finish(bool ok, const QString &message);

    int m_timeoutMs = kDefaultTimeoutMs;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_startNs = 0;
    qint64 m_hostFoundNs = -1;
    bool m_hasResult = false;
    Result m_result;
};

} // namespace netlab
