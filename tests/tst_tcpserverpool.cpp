// netlab::TcpServerPool against real loopback clients: clients spread over the workers each get
// their own bytes back complete and in order, ids are unique across workers, the total client
// cap holds across workers, the per-chunk signals reach the owner, and close() drops everyone.
#include <netlab/tcpserverpool.h>

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;
using netlab::TcpClientInfo;
using netlab::TcpServer;
using netlab::TcpServerPool;

namespace {

constexpr int kTimeoutMs = 20'000;

struct Client
{
    QTcpSocket socket;
    QByteArray sent;
    QByteArray received;
};

std::vector<std::unique_ptr<Client>> connectClients(const TcpServerPool &pool, int count)
{
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Client>();
        Client *c = client.get();
        QObject::connect(&c->socket, &QTcpSocket::readyRead, &c->socket,
            [c] { c->received += c->socket.readAll(); });
        c->socket.connectToHost(QHostAddress::LocalHost, pool.serverPort());
        clients.push_back(std::move(client));
    }
    return clients;
}

int connectedCount(const std::vector<std::unique_ptr<Client>> &clients)
{
    int count = 0;
    for (const auto &client : clients)
        count += client->socket.state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return count;
}

} // namespace

class tst_TcpServerPool : public QObject
{
    Q_OBJECT
private slots:
    void echoKeepsEachClientsOrderAcrossWorkers();
    void totalClientCapHoldsAcrossWorkers();
    void chunksReachTheOwnerWithTheirClient();
    void closeDropsEveryClient();
};

void tst_TcpServerPool::echoKeepsEachClientsOrderAcrossWorkers()
{
    TcpServerPool pool(2);
    QCOMPARE(pool.workerCount(), 2);
    pool.setAutoReply(TcpServer::AutoReply::Echo, TcpServer::ReplyUnit::Line);
    QSignalSpy connected(&pool, &TcpServerPool::clientConnected);
    QVERIFY(pool.listen(QHostAddress::LocalHost, 0));
    constexpr int kClients = 20;
    auto clients = connectClients(pool, kClients);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), kClients, kTimeoutMs);
    QCOMPARE(pool.clientCount(), kClients);
    // Spread evenly: each new client goes to the worker with the fewest.
    QCOMPARE(pool.clientsPerWorker(), (std::vector<int> {kClients / 2, kClients / 2}));
    std::set<quint64> ids;
    for (const QList<QVariant> &arguments : std::as_const(connected))
        ids.insert(arguments.at(0).value<TcpClientInfo>().id);
    QCOMPARE(int(ids.size()), kClients);

    // Every client sends numbered lines in bursts of uneven sizes, all at once.
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < kClients; ++i) {
            QByteArray burst;
            for (int line = 0; line < 1 + (i + round) % 7 * 20; ++line)
                burst += "client " + QByteArray::number(i) + " round " + QByteArray::number(round)
                    + " line " + QByteArray::number(line) + '\n';
            clients[size_t(i)]->sent += burst;
            clients[size_t(i)]->socket.write(burst);
        }
    }
    const auto allBack = [&clients] {
        for (const auto &client : clients) {
            if (client->received.size() < client->sent.size())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allBack(), kTimeoutMs);
    for (const auto &client : clients)
        QVERIFY(client->received == client->sent); // its own bytes only, in its order
}

void tst_TcpServerPool::totalClientCapHoldsAcrossWorkers()
{
    TcpServerPool pool(3);
    pool.setMaxClients(4);
    pool.setAutoReply(TcpServer::AutoReply::Echo);
    QSignalSpy connected(&pool, &TcpServerPool::clientConnected);
    QSignalSpy rejected(&pool, &TcpServerPool::clientRejected);
    QVERIFY(pool.listen(QHostAddress::LocalHost, 0));
    auto clients = connectClients(pool, 7);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size() + rejected.size(), 7, kTimeoutMs);
    QCOMPARE(connected.size(), 4);
    QCOMPARE(rejected.size(), 3);
    QVERIFY(rejected.at(0).at(2).toString().contains(u"at most 4"_s));
    QCOMPARE(pool.clientCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount(clients), 4, kTimeoutMs);

    // One leaves: a newcomer is served again.
    QSignalSpy disconnected(&pool, &TcpServerPool::clientDisconnected);
    for (const auto &client : clients) {
        if (client->socket.state() == QAbstractSocket::ConnectedState) {
            client->socket.disconnectFromHost();
            break;
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeoutMs);
    QCOMPARE(pool.clientCount(), 3);
    auto newcomer = connectClients(pool, 1);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 5, kTimeoutMs);
    newcomer[0]->socket.write("still served\n");
    QTRY_COMPARE_WITH_TIMEOUT(newcomer[0]->received, QByteArray("still served\n"), kTimeoutMs);
    QCOMPARE(rejected.size(), 3);
}

void tst_TcpServerPool::chunksReachTheOwnerWithTheirClient()
{
    TcpServerPool pool(2);
    QSignalSpy received(&pool, &TcpServerPool::dataReceived);
    QSignalSpy connected(&pool, &TcpServerPool::clientConnected);
    QVERIFY(pool.listen(QHostAddress::LocalHost, 0));
    auto clients = connectClients(pool, 2);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, kTimeoutMs);
    clients[0]->socket.write("hello from one");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeoutMs);
    const quint64 id = received.at(0).at(0).toULongLong();
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("hello from one"));
    clients[1]->socket.write("hello from two");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, kTimeoutMs);
    QVERIFY(received.at(1).at(0).toULongLong() != id);
    QCOMPARE(received.at(1).at(1).toByteArray(), QByteArray("hello from two"));
}

void tst_TcpServerPool::closeDropsEveryClient()
{
    auto pool = std::make_unique<TcpServerPool>(2);
    pool->setAutoReply(TcpServer::AutoReply::Echo);
    QSignalSpy connected(pool.get(), &TcpServerPool::clientConnected);
    QSignalSpy listening(pool.get(), &TcpServerPool::listeningChanged);
    QVERIFY(pool->listen(QHostAddress::LocalHost, 0));
    auto clients = connectClients(*pool, 6);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 6, kTimeoutMs);
    pool->close();
    QVERIFY(!pool->isListening());
    QCOMPARE(listening.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount(clients), 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(pool->clientCount(), 0, kTimeoutMs);

    // Destroyed with clients connected: each worker drops its own and stops.
    QVERIFY(pool->listen(QHostAddress::LocalHost, 0));
    auto more = connectClients(*pool, 4);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 10, kTimeoutMs);
    pool.reset();
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount(more), 0, kTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_TcpServerPool)
#include "tst_tcpserverpool.moc"
