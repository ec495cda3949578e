// "Is this local port free?": a port the test holds (TCP listening, UDP bound, even with
// address sharing) reports in use; one it just let go reports free; bad ports are refused.
#include <netlab/portcheck.h>

#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::PortCheck;

class tst_PortCheck : public QObject
{
    Q_OBJECT

private slots:
    void tcpPortInUse_data();
    void tcpPortInUse();
    void udpPortInUse_data();
    void udpPortInUse();
    void freePort_data();
    void freePort();
    void invalidPort();
    void privilegedPortNote();
};

namespace {

// A port that was free a moment ago: bound to 0, read back, released.
quint16 releasedPort(PortCheck::Transport transport)
{
    if (transport == PortCheck::Transport::Tcp) {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        return server.serverPort();
    }
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

} // namespace

void tst_PortCheck::tcpPortInUse_data()
{
    QTest::addColumn<QHostAddress>("checked");
    QTest::addRow("any") << QHostAddress(QHostAddress::Any);
    QTest::addRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
}

void tst_PortCheck::tcpPortInUse()
{
    QFETCH(QHostAddress, checked);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const PortCheck::Result result
        = PortCheck::checkLocalPort(server.serverPort(), PortCheck::Transport::Tcp, checked);
    QCOMPARE(result.status, PortCheck::Status::InUse);
    QVERIFY(!result.isFree());
    QVERIFY2(result.message.contains(u"TCP port %1 is in use"_s.arg(server.serverPort())),
        qPrintable(result.message));
}

void tst_PortCheck::udpPortInUse_data()
{
    QTest::addColumn<bool>("shared");
    QTest::addRow("exclusive") << false;
    QTest::addRow("SO_REUSEADDR") << true;
}

void tst_PortCheck::udpPortInUse()
{
    QFETCH(bool, shared);
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0,
        shared ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
               : QAbstractSocket::DontShareAddress));
    const PortCheck::Result result
        = PortCheck::checkLocalPort(socket.localPort(), PortCheck::Transport::Udp);
    QCOMPARE(result.status, PortCheck::Status::InUse);
    QVERIFY2(result.message.contains(u"UDP port %1 is in use"_s.arg(socket.localPort())),
        qPrintable(result.message));
}

void tst_PortCheck::freePort_data()
{
    QTest::addColumn<PortCheck::Transport>("transport");
    QTest::addRow("tcp") << PortCheck::Transport::Tcp;
    QTest::addRow("udp") << PortCheck::Transport::Udp;
}

void tst_PortCheck::freePort()
{
    QFETCH(PortCheck::Transport, transport);
    const quint16 port = releasedPort(transport);
    QVERIFY(port != 0);
    const PortCheck::Result result = PortCheck::checkLocalPort(port, transport);
    QVERIFY2(result.isFree(), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"port %1 is free"_s.arg(port)), qPrintable(result.message));
    // And the check let it go again: a server can bind it right after.
    if (transport == PortCheck::Transport::Tcp) {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::Any, port));
    } else {
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::Any, port, QAbstractSocket::DontShareAddress));
    }
}

void tst_PortCheck::invalidPort()
{
    const PortCheck::Result result = PortCheck::checkLocalPort(0, PortCheck::Transport::Tcp);
    QCOMPARE(result.status, PortCheck::Status::Invalid);
    QVERIFY(result.message.contains(u"Port 0"_s));
}

void tst_PortCheck::privilegedPortNote()
{
    // Port 1 (tcpmux) is unused almost everywhere: as root it is free with the note, as a
    // user it needs privileges. Either way the message says that ports below 1024 are special.
    const PortCheck::Result result = PortCheck::checkLocalPort(1, PortCheck::Transport::Tcp);
    QVERIFY2(result.status == PortCheck::Status::Free
            || result.status == PortCheck::Status::NeedsPrivileges
            || result.status == PortCheck::Status::InUse,
        qPrintable(result.message));
    if (result.status != PortCheck::Status::InUse)
        QVERIFY2(result.message.contains(u"below 1024"_s), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_PortCheck)
#include "tst_portcheck.moc"
