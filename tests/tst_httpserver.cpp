// HttpServer against real clients on loopback.
#include <netlab/httpserver.h>

#include <QtTest>

class tst_HttpServer : public QObject
{
    Q_OBJECT
private slots:
    void listensOnPortZero();
};

void tst_HttpServer::listensOnPortZero()
{
    netlab::HttpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(server.serverPort() != 0);
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
