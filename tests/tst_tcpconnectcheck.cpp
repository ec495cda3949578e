// TCP connect check: a listening loopback port connects and reports the time it took; a
// closed one fails with "refused"; bad input is refused before any socket is made.
#include <netlab/tcpconnectcheck.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::TcpConnectCheck;

class tst_TcpConnectCheck : public QObject
{
    Q_OBJECT

private slots:
    void listeningPortConnects_data();
    void listeningPortConnects();
    void closedPortIsRefused();
    void badInput_data();
    void badInput();
    void restartAndDestroyWhileRunning();
};

void tst_TcpConnectCheck::listeningPortConnects_data()
{
    QTest::addColumn<QHostAddress>("listen");
    QTest::addColumn<QString>("host");
    QTest::addRow("ipv4") << QHostAddress(QHostAddress::LocalHost) << u"127.0.0.1"_s;
    QTest::addRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6) << u"::1"_s;
    QTest::addRow("name") << QHostAddress(QHostAddress::LocalHost) << u"localhost"_s;
}

void tst_TcpConnectCheck::listeningPortConnects()
{
    QFETCH(QHostAddress, listen);
    QFETCH(QString, host);
    QTcpServer server;
    if (!server.listen(listen, 0))
        QSKIP("cannot listen on this loopback address here");
    TcpConnectCheck check;
    QSignalSpy finished(&check, &TcpConnectCheck::checkFinished);
    QSignalSpy errors(&check, &TcpConnectCheck::errorOccurred);
    QVERIFY(check.start(host, server.serverPort()));
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(5000));
    const TcpConnectCheck::Result result = check.lastResult();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(errors.size(), 0);
    QVERIFY(!check.isRunning());
    QVERIFY(check.hasResult());
    QVERIFY(result.peerAddress.isLoopback());
    QVERIFY(result.connectMs > 0 && result.connectMs < 5000);
    QVERIFY(result.totalMs >= result.connectMs);
    QVERIFY2(result.message.startsWith(u"Connected to "_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u" ms"_s), qPrintable(result.message));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 2000);
}

void tst_TcpConnectCheck::closedPortIsRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    TcpConnectCheck check;
    QSignalSpy finished(&check, &TcpConnectCheck::checkFinished);
    QSignalSpy errors(&check, &TcpConnectCheck::errorOccurred);
    QVERIFY(check.start(u"127.0.0.1"_s, port));
    QVERIFY(finished.wait(5000));
    const TcpConnectCheck::Result result = check.lastResult();
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"refused"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(result.message));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), result.message);
}

void tst_TcpConnectCheck::badInput_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("empty host") << QString() << 80 << u"Enter a host name"_s;
    QTest::addRow("254 chars") << u"a."_s.repeated(126) + u"bc"_s << 80 << u"at most 253"_s;
    QTest::addRow("bad char") << u"exa mple.org"_s << 80 << u"a space"_s;
    QTest::addRow("port 0") << u"127.0.0.1"_s << 0 << u"Port 0"_s;
}

void tst_TcpConnectCheck::badInput()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, errorPart);
    TcpConnectCheck check;
    QSignalSpy errors(&check, &TcpConnectCheck::errorOccurred);
    QVERIFY(!check.start(host, quint16(port)));
    QVERIFY(!check.isRunning());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(errorPart),
        qPrintable(errors.first().first().toString()));
}

void tst_TcpConnectCheck::restartAndDestroyWhileRunning()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto *check = new TcpConnectCheck;
    QSignalSpy finished(check, &TcpConnectCheck::checkFinished);
    QVERIFY(check->start(u"localhost"_s, server.serverPort()));
    QVERIFY(check->start(u"127.0.0.1"_s, server.serverPort())); // replaces the first
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(check->lastResult().ok);
    QVERIFY(check->start(u"127.0.0.1"_s, server.serverPort()));
    delete check; // while running
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_TcpConnectCheck)
#include "tst_tcpconnectcheck.moc"
