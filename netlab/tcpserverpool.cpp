#include <netlab/tcpserverpool.h>

#include <netlab/acceptthrottle.h>
#include <netlab/descriptorlimit.h>
#include <netlab/socketerror.h>

#include <QMetaMethod>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <deque>
#include <functional>
#include <mutex>
#include <utility>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

namespace netlab {

namespace {

// Hands each accepted descriptor on without making a QTcpSocket in this thread.
class DescriptorListener : public QTcpServer
{
public:
    DescriptorListener(QObject *parent, std::function<void(qintptr)> accept)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

} // namespace

struct TcpServerPool::Worker
{
    QThread thread;
    TcpServer *server = nullptr; // lives in thread; deleted when it finishes
    std::atomic<int> clients {0};
    // Accepted, not yet taken by the worker: closed by the pool's destructor if still there.
    std::mutex mutex;
    std::deque<qintptr> handedOver;
};

TcpServerPool::TcpServerPool(int workers, QObject *parent)
    : QObject(parent)
    , m_listener(new DescriptorListener(this, [this](qintptr descriptor) { dispatch(descriptor); }))
    , m_throttle(new AcceptThrottle(m_listener))
{
    connect(m_throttle, &AcceptThrottle::acceptPaused, this, &TcpServerPool::errorOccurred);
    connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SocketResourceError) // AcceptThrottle reports that
            emit errorOccurred(describeAcceptError(*m_listener, error));
    });
    const int count = std::max(1, workers);
    for (int k = 0; k < count; ++k) {
        auto worker = std::make_unique<Worker>();
        Worker *w = worker.get();
        w->server = new TcpServer;
        w->server->setClientIdSeries(quint64(k) + 1, quint64(count));
        w->server->setMaxClients(m_maxClients);
        w->server->moveToThread(&w->thread);
        connect(&w->thread, &QThread::finished, w->server, &QObject::deleteLater);
        // Counted in the worker's thread as it happens, so that dispatch() sees it at once.
        connect(
            w->server, &TcpServer::clientDisconnected, w->server,
            [this, w] {
                --w->clients;
                --m_clientCount;
                QMetaObject::invokeMethod(m_throttle, &AcceptThrottle::descriptorFreed);
            },
            Qt::DirectConnection);
        connect(w->server, &TcpServer::clientConnected, this, &TcpServerPool::clientConnected);
        connect(
            w->server, &TcpServer::clientDisconnected, this, &TcpServerPool::clientDisconnected);
        connect(w->server, &TcpServer::clientRejected, this, &TcpServerPool::clientRejected);
        connect(w->server, &TcpServer::errorOccurred, this, &TcpServerPool::errorOccurred);
        w->thread.setObjectName(QStringLiteral("TcpServerPool worker %1").arg(k + 1));
        w->thread.start();
        m_workers.push_back(std::move(worker));
    }
}

TcpServerPool::~TcpServerPool()
{
    m_listener->close();
    for (const auto &worker : m_workers) {
        disconnect(worker->server, nullptr, this, nullptr);
        worker->thread.quit();
    }
    for (const auto &worker : m_workers) {
        worker->thread.wait(); // TcpServer's destructor drops its clients in the worker
        for (const qintptr descriptor : worker->handedOver)
            closeDescriptor(descriptor);
    }
}

template<typename Function>
void TcpServerPool::onEachWorker(Function function)
{
    for (const auto &worker : m_workers) {
        TcpServer *server = worker->server;
        QMetaObject::invokeMethod(
            server, [server, function] { function(server); }, Qt::QueuedConnection);
    }
}

bool TcpServerPool::listen(const QHostAddress &address, quint16 port)
{
    if (m_listener->isListening())
        close();
    // Chunk signals connected before listening are passed on from the first client on.
    if (isSignalConnected(QMetaMethod::fromSignal(&TcpServerPool::dataReceived))
        || isSignalConnected(QMetaMethod::fromSignal(&TcpServerPool::dataSent))
        || isSignalConnected(QMetaMethod::fromSignal(&TcpServerPool::lineTooLong)))
        forwardChunks();
    m_listener->setListenBacklogSize(m_backlog);
    if (!m_listener->listen(address, port)) {
        emit errorOccurred(describeListenError(*m_listener, address, port));
        return false;
    }
    emit listeningChanged(true);
    return true;
}

void TcpServerPool::close()
{
    const bool wasListening = m_listener->isListening();
    m_listener->close();
    onEachWorker([](TcpServer *server) { server->close(); });
    if (wasListening)
        emit listeningChanged(false);
}

bool TcpServerPool::isListening() const
{
    return m_listener->isListening();
}

QHostAddress TcpServerPool::serverAddress() const
{
    return m_listener->serverAddress();
}

quint16 TcpServerPool::serverPort() const
{
    return m_listener->serverPort();
}

void TcpServerPool::setBacklog(int backlog)
{
    m_backlog = std::max(1, backlog);
}

void TcpServerPool::setMaxClients(int maxClients)
{
    m_maxClients = std::max(0, maxClients);
    onEachWorker([maxClients](TcpServer *server) { server->setMaxClients(maxClients); });
}

void TcpServerPool::setAutoReply(
    TcpServer::AutoReply mode, TcpServer::ReplyUnit unit, const QByteArray &ackText)
{
    onEachWorker(
        [mode, unit, ackText](TcpServer *server) { server->setAutoReply(mode, unit, ackText); });
}

void TcpServerPool::setMaxLineLength(int length)
{
    m_maxLineLength = std::max(1, length);
    onEachWorker([length](TcpServer *server) { server->setMaxLineLength(length); });
}

std::vector<int> TcpServerPool::clientsPerWorker() const
{
    std::vector<int> counts;
    for (const auto &worker : m_workers)
        counts.push_back(worker->clients.load());
    return counts;
}

void TcpServerPool::dispatch(qintptr descriptor)
{
    // The whole pool stays below the process's descriptor limit, like one TcpServer.
    const int cap = clientCapForDescriptors(m_maxClients);
    if (m_clientCount.load() >= cap) {
        QTcpSocket probe; // for the peer's address in the message
        const bool known = probe.setSocketDescriptor(descriptor);
        const QHostAddress address = known ? probe.peerAddress() : QHostAddress();
        const quint16 port = known ? probe.peerPort() : 0;
        if (known)
            probe.abort();
        else
            closeDescriptor(descriptor);
        emit clientRejected(address, port, tr("too many clients (at most %1)").arg(cap));
        return;
    }
    Worker *target = m_workers.front().get();
    for (const auto &worker : m_workers) {
        if (worker->clients.load() < target->clients.load())
            target = worker.get();
    }
    ++target->clients;
    ++m_clientCount;
    {
        const std::lock_guard<std::mutex> lock(target->mutex);
        target->handedOver.push_back(descriptor);
    }
    QMetaObject::invokeMethod(
        target->server,
        [this, target] {
            std::unique_lock<std::mutex> lock(target->mutex);
            while (!target->handedOver.empty()) {
                const qintptr next = target->handedOver.front();
                target->handedOver.pop_front();
                lock.unlock();
                if (!target->server->addClient(next)) {
                    --target->clients;
                    --m_clientCount;
                }
                lock.lock();
            }
        },
        Qt::QueuedConnection);
}

void TcpServerPool::connectNotify(const QMetaMethod &signal)
{
    static const QMetaMethod received = QMetaMethod::fromSignal(&TcpServerPool::dataReceived);
    static const QMetaMethod sent = QMetaMethod::fromSignal(&TcpServerPool::dataSent);
    static const QMetaMethod tooLong = QMetaMethod::fromSignal(&TcpServerPool::lineTooLong);
    if (signal == received || signal == sent || signal == tooLong) {
        // Not from here: Qt may call connectNotify() with a connection lock held.
        QMetaObject::invokeMethod(this, &TcpServerPool::forwardChunks, Qt::QueuedConnection);
    }
}

void TcpServerPool::forwardChunks()
{
    if (std::exchange(m_forwardingChunks, true))
        return;
    // From then on every worker passes its chunks on (TcpServer emits them only while they
    // are connected; each costs a queued event).
    for (const auto &worker : m_workers) {
        connect(worker->server, &TcpServer::dataReceived, this, &TcpServerPool::dataReceived);
        connect(worker->server, &TcpServer::dataSent, this, &TcpServerPool::dataSent);
        connect(worker->server, &TcpServer::lineTooLong, this, &TcpServerPool::lineTooLong);
    }
}

} // namespace netlab
