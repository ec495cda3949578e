#pragma once

#include <netlab/tcpserver.h>

#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace netlab {

class AcceptThrottle;

// TcpServer spread over worker threads, one event loop each, for many busy clients on a
// machine with several cores (the CLI's `tcp-server --threads N`). One listening socket in the
// owner's thread accepts; each new client goes to the worker with the fewest, whose TcpServer
// then reads, echoes or acknowledges, and writes for it alone — so one client's bytes keep
// their order, and workers never share a client. The total number of clients is capped as for
// one TcpServer (maxClients, and below the process's descriptor limit); every worker's memory
// per client is TcpServer's.
//
// Signals arrive in the owner's thread (queued). Client ids are unique across workers (worker
// k numbers k+1, k+1+N, …). The per-chunk signals (dataReceived, dataSent, lineTooLong) are
// passed on only once something connects to them (from listen() on, or from the next turn of
// the owner's event loop when connected later), as TcpServer emits them only then.
class TcpServerPool : public QObject
{
    Q_OBJECT
public:
    explicit TcpServerPool(int workers, QObject *parent = nullptr);
    ~TcpServerPool() override; // drops every client and stops the workers

    int workerCount() const { return int(m_workers.size()); }

    bool listen(const QHostAddress &address, quint16 port); // false + errorOccurred
    void close(); // stops listening and drops every client
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // As TcpServer's; they apply to the clients accepted afterwards.
    void setBacklog(int backlog);
    void setMaxClients(int maxClients);
    int maxClients() const { return m_maxClients; }
    void setAutoReply(TcpServer::AutoReply mode,
        TcpServer::ReplyUnit unit = TcpServer::ReplyUnit::Chunk,
        const QByteArray &ackText = QByteArrayLiteral("ACK\n"));
    void setMaxLineLength(int length);
    int maxLineLength() const { return m_maxLineLength; }

    int clientCount() const { return m_clientCount.load(); }
    // Clients per worker, in worker order.
    std::vector<int> clientsPerWorker() const;

signals:
    void listeningChanged(bool listening);
    void clientConnected(const netlab::TcpClientInfo &client);
    void clientDisconnected(quint64 clientId, const QString &reason);
    void clientRejected(const QHostAddress &address, quint16 port, const QString &reason);
    void dataReceived(quint64 clientId, const QByteArray &data);
    void dataSent(quint64 clientId, const QByteArray &data);
    void lineTooLong(quint64 clientId, qsizetype length);
    void errorOccurred(const QString &message);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    struct Worker;
    void dispatch(qintptr descriptor);
    void forwardChunks();
    template<typename Function>
    void onEachWorker(Function function);

    QTcpServer *m_listener = nullptr;
    AcceptThrottle *m_throttle = nullptr;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<int> m_clientCount {0};
    int m_backlog = TcpServer::kDefaultBacklog;
    int m_maxClients = TcpServer::kDefaultMaxClients;
    int m_maxLineLength = TcpServer::kDefaultMaxLineLength;
    bool m_forwardingChunks = false;
};

} // namespace netlab
