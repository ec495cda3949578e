// The agent's classic LED server on loopback: the token line first (or --led-server-open),
// the course's words, a client that never reads its replies, the client cap.
#include <agent/ledserver.h>

#include <QtNetwork>
#include <QtTest>

using namespace Qt::StringLiterals;

using netlab::LedServer;

class tst_LedServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tokenFirst_data();
    void tokenFirst();
    void openServerTakesWords();
    void clientThatNeverReads();
    void clientsCapped();

private:
    bool start(bool open, int maxClients = 16);
    std::unique_ptr<LedServer> m_server;
    int m_switches = 0;
    bool m_led = false;
};

void tst_LedServer::init()
{
    m_switches = 0;
    m_led = false;
    m_server = std::make_unique<LedServer>([this](bool on, QString *) {
        ++m_switches;
        m_led = on;
        return true;
    });
}

bool tst_LedServer::start(bool open, int maxClients)
{
    LedServer::Options options;
    options.token = "0123456789abcdef0123456789abcdef";
    options.open = open;
    options.maxClients = maxClients;
    QString error;
    return m_server->listen(options, &error);
}

void tst_LedServer::tokenFirst_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("ledOn");
    QTest::addRow("no token") << "on\n"_ba
                              << "error: send \"token <T>\" first"_ba << false;
    QTest::addRow("wrong token") << "token nope\non\n"_ba
                                 << "error: wrong token\n"_ba << false;
    QTest::addRow("right token") << "token 0123456789abcdef0123456789abcdef\non\n"_ba
                                 << "ok\nLED on\n"_ba << true;
}

void tst_LedServer::tokenFirst()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, reply);
    QFETCH(bool, ledOn);
    QVERIFY(start(false));
    // Bound to this machine only unless told otherwise.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(client.waitForConnected(5000));
    client.write(sent);
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    QTRY_VERIFY2_WITH_TIMEOUT(received.startsWith(reply), received.constData(), 5000);
    QCOMPARE(m_led, ledOn);
    QCOMPARE(m_switches, ledOn ? 1 : 0);
    if (!ledOn)
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
}

void tst_LedServer::openServerTakesWords()
{
    QVERIFY(start(true));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(client.waitForConnected(5000));
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    client.write("o");
    client.flush();
    client.write("nof");
    client.flush();
    client.write("f");
    QTRY_COMPARE_WITH_TIMEOUT(received, "LED on\nLED off\n"_ba, 5000);
    QCOMPARE(m_switches, 2);
}

void tst_LedServer::clientThatNeverReads()
{
    QVERIFY(start(true));
    QTcpSocket client;
    client.setReadBufferSize(4096);
    client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(client.waitForConnected(5000));
    constexpr int kCommands = 1'000'000;
    QByteArray commands;
    commands.reserve(kCommands * 3);
    for (int i = 0; i < kCommands; ++i)
        commands += i % 2 ? "on\n" : "off";
    client.write(commands);
    // The server stops reading this client while its replies wait.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->waitingClients(), 1, 60'000);
    QVERIFY2(m_switches < kCommands, qPrintable(QString::number(m_switches)));
    // Then the client reads: every reply, in order.
    client.setReadBufferSize(0);
    QByteArray received;
    qint64 lines = 0;
    bool inOrder = true;
    connect(&client, &QTcpSocket::readyRead, this, [&] {
        received += client.readAll();
        qsizetype start = 0;
        for (qsizetype end; (end = received.indexOf('\n', start)) >= 0; start = end + 1) {
            const QByteArrayView line(received.constData() + start, end - start);
            inOrder = inOrder && line == (lines % 2 ? "LED on" : "LED off");
            ++lines;
        }
        received.remove(0, start);
    });
    QTRY_COMPARE_WITH_TIMEOUT(lines, qint64(kCommands), 120'000);
    QVERIFY(inOrder);
    QCOMPARE(m_switches, kCommands);
}

void tst_LedServer::clientsCapped()
{
    QVERIFY(start(true, 2));
    QTcpSocket first;
    QTcpSocket second;
    first.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    second.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 2, 5000);
    QTcpSocket third;
    QByteArray received;
    connect(&third, &QTcpSocket::readyRead, this, [&] { received += third.readAll(); });
    third.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(received.startsWith("error: too many clients"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(third.state(), QAbstractSocket::UnconnectedState, 5000);
    // One leaves: the next gets in.
    first.abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 1, 5000);
    QTcpSocket fourth;
    QByteArray fourthReceived;
    connect(&fourth, &QTcpSocket::readyRead, this, [&] { fourthReceived += fourth.readAll(); });
    fourth.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(fourth.waitForConnected(5000));
    fourth.write("on\n");
    QTRY_COMPARE_WITH_TIMEOUT(fourthReceived, "LED on\n"_ba, 5000);
}

QTEST_GUILESS_MAIN(tst_LedServer)
#include "tst_ledserver.moc"
