// netlab::TcpClientSession against the workbench's own TcpServer and plain QTcpServers on
// loopback: connect / send / receive / close, the plain-words failures (refused, unknown host,
// timeout), sending a file with progress.
#include <netlab/tcpclientsession.h>
#include <netlab/tcpserver.h>

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using netlab::TcpClientSession;
using netlab::TcpServer;

namespace {

constexpr int kTimeoutMs = 10000;

// A port on which nothing listens: bind one, read it, close it.
quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class tst_TcpClientSession : public QObject
{
    Q_OBJECT

private slots:
    void talksToTheServer();
    void connectsOverIpv6();
    void peerClosingIsReported();
    void refusedConnectionIsExplained();
    void unknownHostIsExplained();
    void connectTimeoutIsExplained();
    void sendWhenNotConnectedFails();
    void sendsAFileWithProgress();
    void fileThatCannotBeOpenedIsReported();
};

void tst_TcpClientSession::talksToTheServer()
{
    TcpServer server;
    server.setAutoReply(TcpServer::AutoReply::Echo, TcpServer::ReplyUnit::Line);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    TcpClientSession session;
    QSignalSpy states(&session, &TcpClientSession::stateChanged);
    QSignalSpy connected(&session, &TcpClientSession::connected);
    QSignalSpy received(&session, &TcpClientSession::dataReceived);
    QSignalSpy sent(&session, &TcpClientSession::dataSent);
    QSignalSpy disconnected(&session, &TcpClientSession::disconnected);

    session.connectToHost(u"127.0.0.1"_s, server.serverPort());
    QVERIFY(connected.wait(kTimeoutMs));
    QCOMPARE(session.state(), TcpClientSession::State::Connected);
    QVERIFY(
        states.contains(QVariantList {QVariant::fromValue(TcpClientSession::State::Connecting)}));
    QCOMPARE(session.peerName(), u"127.0.0.1"_s);
    QCOMPARE(session.peerAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(session.peerPort(), server.serverPort());
    QVERIFY(session.localPort() != 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, kTimeoutMs);
    QCOMPARE(server.clients().at(0).port, session.localPort());

    QVERIFY(session.send("Hello\n"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), "Hello\n"_ba);
    QVERIFY(received.wait(kTimeoutMs));
    QCOMPARE(received.at(0).at(0).toByteArray(), "Hello\n"_ba);
    QCOMPARE(session.bytesReceived(), quint64(6));
    QTRY_COMPARE_WITH_TIMEOUT(session.bytesSent(), quint64(6), kTimeoutMs);

    session.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeoutMs);
    QCOMPARE(disconnected.at(0).at(0).toString(), u"closed"_s);
    QCOMPARE(session.state(), TcpClientSession::State::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, kTimeoutMs);
}

void tst_TcpClientSession::connectsOverIpv6()
{
    TcpServer server;
    server.setAutoReply(TcpServer::AutoReply::Echo);
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback on this machine");
    TcpClientSession session;
    QSignalSpy received(&session, &TcpClientSession::dataReceived);
    session.connectToHost(u"[::1]"_s, server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TcpClientSession::State::Connected, kTimeoutMs);
    QCOMPARE(session.peerAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    session.send("six\n");
    QVERIFY(received.wait(kTimeoutMs));
    QCOMPARE(received.at(0).at(0).toByteArray(), "six\n"_ba);
}

void tst_TcpClientSession::peerClosingIsReported()
{
    TcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TcpClientSession session;
    QSignalSpy disconnected(&session, &TcpClientSession::disconnected);
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    session.connectToHost(u"localhost"_s, server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, kTimeoutMs);
    server.disconnectClient(server.clients().at(0).id);
    QVERIFY(disconnected.wait(kTimeoutMs));
    QCOMPARE(disconnected.at(0).at(0).toString(), u"closed by peer"_s);
    QCOMPARE(errors.size(), 0); // a normal close is not an error
    QCOMPARE(session.state(), TcpClientSession::State::Idle);
}

void tst_TcpClientSession::refusedConnectionIsExplained()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    TcpClientSession session;
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    QSignalSpy disconnected(&session, &TcpClientSession::disconnected);
    session.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(disconnected.wait(kTimeoutMs));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.startsWith(
                 u"connection refused: nothing listens on 127.0.0.1:"_s + QString::number(port)),
        qPrintable(message));
    QCOMPARE(disconnected.at(0).at(0).toString(), message);
    QCOMPARE(session.state(), TcpClientSession::State::Idle);
}

void tst_TcpClientSession::unknownHostIsExplained()
{
    TcpClientSession session;
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    QSignalSpy states(&session, &TcpClientSession::stateChanged);
    session.connectToHost(u"no-such-host.invalid"_s, 50000);
    QCOMPARE(session.state(), TcpClientSession::State::LookingUp);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(
        message.startsWith(u"host not found: no-such-host.invalid:50000"_s), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TcpClientSession::State::Idle, kTimeoutMs);
}

void tst_TcpClientSession::connectTimeoutIsExplained()
{
    // A listener that never accepts, with a backlog of 1 filled by other connections: Linux
    // then drops further SYNs, so the next connect attempt hangs until our timeout.
    QTcpServer stalled;
    stalled.setListenBacklogSize(1);
    QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
    stalled.pauseAccepting();
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 4; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(QHostAddress::LocalHost, stalled.serverPort());
    }
    QTRY_VERIFY_WITH_TIMEOUT(fillers.at(0)->state() == QAbstractSocket::ConnectedState, kTimeoutMs);

    TcpClientSession session;
    session.setConnectTimeout(300);
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    QSignalSpy disconnected(&session, &TcpClientSession::disconnected);
    session.connectToHost(u"127.0.0.1"_s, stalled.serverPort());
    QVERIFY(disconnected.wait(kTimeoutMs));
    if (errors.isEmpty())
        QSKIP("this system's TCP stack accepted beyond the backlog; cannot provoke a timeout");
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(u"timed out"), qPrintable(message));
    QCOMPARE(disconnected.at(0).at(0).toString(), message);
    QCOMPARE(session.state(), TcpClientSession::State::Idle);
}

void tst_TcpClientSession::sendWhenNotConnectedFails()
{
    TcpClientSession session;
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    QVERIFY(!session.send("nobody\n"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(u"not connected"));
    QVERIFY(!session.sendFile(QStringLiteral(NETLAB_SOURCE_DIR "/CMakeLists.txt")));
    QCOMPARE(errors.size(), 2);
}

void tst_TcpClientSession::sendsAFileWithProgress()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; content.size() < 3 * 1024 * 1024 + 17; ++i)
        content += QByteArray::number(i) + ' ';
    file.write(content);
    file.flush();

    TcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray arrived;
    QObject context;
    connect(&server, &TcpServer::dataReceived, &context,
        [&arrived](quint64, const QByteArray &data) { arrived += data; });

    TcpClientSession session;
    QSignalSpy progress(&session, &TcpClientSession::fileProgress);
    QSignalSpy finished(&session, &TcpClientSession::fileSendFinished);
    session.connectToHost(u"127.0.0.1"_s, server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TcpClientSession::State::Connected, kTimeoutMs);
    QVERIFY(session.sendFile(file.fileName()));
    QVERIFY(session.isSendingFile());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!session.isSendingFile());
    QVERIFY(progress.size() > 2); // paced in chunks, not one lump
    qint64 previous = -1;
    for (const QVariantList &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toLongLong() >= previous);
        QCOMPARE(step.at(1).toLongLong(), qint64(content.size()));
        previous = step.at(0).toLongLong();
    }
    QCOMPARE(previous, qint64(content.size()));
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), content.size(), kTimeoutMs);
    QVERIFY(arrived == content);
    QCOMPARE(session.bytesSent(), quint64(content.size()));
}

void tst_TcpClientSession::fileThatCannotBeOpenedIsReported()
{
    TcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TcpClientSession session;
    session.connectToHost(u"127.0.0.1"_s, server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TcpClientSession::State::Connected, kTimeoutMs);
    QSignalSpy errors(&session, &TcpClientSession::errorOccurred);
    QVERIFY(!session.sendFile(u"/nonexistent/netlab-file"_s));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"/nonexistent/netlab-file"),
        qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(!session.isSendingFile());
}

QTEST_GUILESS_MAIN(tst_TcpClientSession)
#include "tst_tcpclientsession.moc"
