// describeNetworkReplyError: the plain words a student sees when a request through
// QNetworkAccessManager fails. The failures are made for real on loopback (a port nobody
// listens on, a server that hangs up at once, one that speaks SSH, one that never answers in
// time, HTTP error statuses from netlab's own server), then the whole table without a network.
#include <netlab/httprequest.h>
#include <netlab/httpresponder.h>
#include <netlab/httpserver.h>
#include <netlab/socketerror.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::describeNetworkReplyError;

namespace {

struct Failure
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString qtReason;
};

// GETs url and returns how the reply ended.
Failure fetch(const QUrl &url, int transferTimeoutMs = 10'000)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Failure failure;
    failure.finished = finished.wait(30'000);
    failure.error = reply->error();
    failure.qtReason = reply->errorString();
    delete reply;
    return failure;
}

QString endpoint(quint16 port)
{
    return netlab::formatEndpoint(QHostAddress(QHostAddress::LocalHost), port);
}

QUrl localUrl(quint16 port, const QString &path = u"/"_s)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

} // namespace

class tst_NetworkError : public QObject
{
    Q_OBJECT

private slots:
    void refusedPort();
    void closedAtOnce();
    void notHttp();
    void noAnswerInTime();
    void httpStatus_data();
    void httpStatus();
    void hostNotFound();
    void wording_data();
    void wording();
    void qtReasonOnlyWhenItSaysMore();
};

void tst_NetworkError::refusedPort()
{
    QTcpServer probe; // bind a free port, then close it: nobody listens there
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const Failure failure = fetch(localUrl(port));
    QVERIFY(failure.finished);
    QCOMPARE(failure.error, QNetworkReply::ConnectionRefusedError);
    const QString text = describeNetworkReplyError(failure.error, failure.qtReason, endpoint(port));
    QCOMPARE(text,
        u"connection refused by 127.0.0.1:%1: nothing is listening on that port — is the server "
        u"running, and is the port right?"_s.arg(port));
}

void tst_NetworkError::closedAtOnce()
{
    QTcpServer server; // accepts and hangs up before any answer
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->close();
            socket->deleteLater();
        }
    });
    const Failure failure = fetch(localUrl(server.serverPort()));
    QVERIFY(failure.finished);
    QCOMPARE(failure.error, QNetworkReply::RemoteHostClosedError);
    const QString text
        = describeNetworkReplyError(failure.error, failure.qtReason, endpoint(server.serverPort()));
    QCOMPARE(text,
        endpoint(server.serverPort())
            + u" closed the connection before a complete HTTP answer — is this the right port "
              u"for the service?"_s);
}

void tst_NetworkError::notHttp()
{
    QTcpServer server; // an SSH server on the port the student typed
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            socket->write("SSH-2.0-OpenSSH_9.2\r\n");
        }
    });
    const Failure failure = fetch(localUrl(server.serverPort()));
    QVERIFY(failure.finished);
    // Qt drops a connection whose first line is not an HTTP status line ("Connection closed").
    QCOMPARE(failure.error, QNetworkReply::RemoteHostClosedError);
    const QString text
        = describeNetworkReplyError(failure.error, failure.qtReason, endpoint(server.serverPort()));
    QVERIFY2(text.contains(u"before a complete HTTP answer — is this the right port for the "
                           u"service?"_s),
        qPrintable(text));
    QVERIFY2(!text.contains(failure.qtReason), qPrintable(text)); // Qt's words add nothing
}

void tst_NetworkError::noAnswerInTime()
{
    QTcpServer server; // accepts, reads the request, never answers
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            socket->setParent(&server);
    });
    const Failure failure = fetch(localUrl(server.serverPort()), 300);
    QVERIFY(failure.finished);
    // Qt 6.4 ends a transfer timeout as a cancel; later versions may say TimeoutError. Either
    // way a caller that set the timeout can name it, and TimeoutError reads as a timeout.
    QVERIFY2(failure.error == QNetworkReply::OperationCanceledError
            || failure.error == QNetworkReply::TimeoutError,
        qPrintable(failure.qtReason));
    const QString where = endpoint(server.serverPort());
    const QString text
        = describeNetworkReplyError(QNetworkReply::TimeoutError, failure.qtReason, where);
    QCOMPARE(text,
        where + u": timed out — no answer from the host; is it switched on and on this network?"_s);
}

void tst_NetworkError::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("words");

    QTest::addRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError
                         << u"did not understand the request"_s;
    QTest::addRow("401") << 401 << QNetworkReply::AuthenticationRequiredError
                         << u"wants a password or a token"_s;
    QTest::addRow("403") << 403 << QNetworkReply::ContentAccessDenied
                         << u"refuses access to this page"_s;
    QTest::addRow("404") << 404 << QNetworkReply::ContentNotFoundError
                         << u"the server answers but has no such page — is this the right port "
                            u"for the service?"_s;
    QTest::addRow("405") << 405 << QNetworkReply::ContentOperationNotPermittedError
                         << u"does not allow this method"_s;
    QTest::addRow("500") << 500 << QNetworkReply::InternalServerError
                         << u"failed while answering"_s;
    QTest::addRow("503") << 503 << QNetworkReply::ServiceUnavailableError
                         << u"cannot answer right now"_s;
}

void tst_NetworkError::httpStatus()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, words);

    netlab::HttpServer server;
    server.route("GET", "/status", [status](const netlab::HttpRequest &, netlab::HttpResponder &r) {
        r.send(status, "no\n", "text/plain");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url = server.url().resolved(QUrl(status == 404 ? u"/missing"_s : u"/status"_s));
    const Failure failure = fetch(url);
    QVERIFY(failure.finished);
    QCOMPARE(failure.error, error);
    const QString where = endpoint(quint16(url.port()));
    const QString text = describeNetworkReplyError(failure.error, failure.qtReason, where);
    QVERIFY2(text.startsWith(where + u": "_s), qPrintable(text));
    QVERIFY2(text.contains(words), qPrintable(text));
    // Not "Error transferring http://… - server replied: …".
    QVERIFY2(!text.contains(u"server replied"_s), qPrintable(text));
}

void tst_NetworkError::hostNotFound()
{
    // .invalid never resolves (RFC 6761).
    const Failure failure = fetch(QUrl(u"http://no-such-host.invalid:8750/"_s));
    QVERIFY(failure.finished);
    QCOMPARE(failure.error, QNetworkReply::HostNotFoundError);
    const QString text = describeNetworkReplyError(
        failure.error, failure.qtReason, netlab::formatEndpoint(u"no-such-host.invalid"_s, 8750));
    QCOMPARE(text,
        u"host not found: no-such-host.invalid:8750 — the name could not be resolved; check the "
        u"spelling or the DNS settings"_s);
}

void tst_NetworkError::wording_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("qtReason");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, QNetworkReply::NetworkError error,
                         const QString &qtReason, const QString &expected) {
        QTest::addRow("%s", name) << error << qtReason << expected;
    };
    row("refused", QNetworkReply::ConnectionRefusedError, u"Connection refused"_s,
        u"connection refused by pi:8750: nothing is listening on that port — is the server "
        u"running, and is the port right?"_s);
    row("timeout", QNetworkReply::TimeoutError, u"Socket operation timed out"_s,
        u"pi:8750: timed out — no answer from the host; is it switched on and on this network?"_s);
    row("cancel by timeout", QNetworkReply::OperationCanceledError, u"Socket operation timed out"_s,
        u"pi:8750: timed out — no answer from the host; is it switched on and on this network?"_s);
    row("cancel", QNetworkReply::OperationCanceledError, u"Operation canceled"_s,
        u"pi:8750: the request was cancelled"_s);
    row("no route", QNetworkReply::UnknownNetworkError, u"Network unreachable"_s,
        u"pi:8750: the network cannot reach that host (no route, or the network is down) — is "
        u"this machine connected? (Network unreachable)"_s);
    row("temporary", QNetworkReply::TemporaryNetworkFailureError, QString(),
        u"pi:8750: the network cannot reach that host (no route, or the network is down) — is "
        u"this machine connected?"_s);
    row("session", QNetworkReply::NetworkSessionFailedError, QString(),
        u"pi:8750: the network cannot reach that host (no route, or the network is down) — is "
        u"this machine connected?"_s);
    row("tls", QNetworkReply::SslHandshakeFailedError,
        u"SSL handshake failed: The certificate is self-signed, and untrusted"_s,
        u"pi:8750: the secure (TLS) connection failed — the certificate was not accepted, or "
        u"that port does not speak https (SSL handshake failed: The certificate is self-signed, "
        u"and untrusted)"_s);
    const QString proxy = u"pi:8750: the proxy server failed — check the proxy settings, or do "
                          u"not use a proxy for lab addresses"_s;
    row("proxy refused", QNetworkReply::ProxyConnectionRefusedError, QString(), proxy);
    row("proxy closed", QNetworkReply::ProxyConnectionClosedError, QString(), proxy);
    row("proxy not found", QNetworkReply::ProxyNotFoundError, QString(), proxy);
    row("proxy timeout", QNetworkReply::ProxyTimeoutError, QString(), proxy);
    row("proxy auth", QNetworkReply::ProxyAuthenticationRequiredError, QString(), proxy);
    row("protocol failure", QNetworkReply::ProtocolFailure, u"Protocol failure"_s,
        u"pi:8750: the answer is not valid HTTP — is this the right port for the service?"_s);
    row("unknown scheme", QNetworkReply::ProtocolUnknownError, u"Protocol \"gopher\" is unknown"_s,
        u"pi:8750: unknown protocol — the address must start with http:// or https://"_s);
    row("too many redirects", QNetworkReply::TooManyRedirectsError, QString(),
        u"pi:8750: too many redirects — the server keeps sending the request elsewhere"_s);
    row("insecure redirect", QNetworkReply::InsecureRedirectError, QString(),
        u"pi:8750: the server redirected from https:// to plain http:// — not followed"_s);
    row("unknown", QNetworkReply::UnknownContentError,
        u"Error transferring http://pi:8750/ - server replied: I'm a teapot"_s,
        u"pi:8750: Error transferring http://pi:8750/ - server replied: I'm a teapot"_s);
    row("unknown, no reason", QNetworkReply::UnknownServerError, QString(),
        u"pi:8750: the request failed"_s);
}

void tst_NetworkError::wording()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, qtReason);
    QFETCH(QString, expected);
    QCOMPARE(describeNetworkReplyError(error, qtReason, u"pi:8750"_s), expected);
}

void tst_NetworkError::qtReasonOnlyWhenItSaysMore()
{
    // Qt's reason repeated in the plain sentence is left out; a new one is kept once.
    const QString refused = describeNetworkReplyError(
        QNetworkReply::ConnectionRefusedError, u"Connection refused"_s, u"pi:1"_s);
    QCOMPARE(refused.count(u"refused"_s, Qt::CaseInsensitive), 1);
    const QString reset = describeNetworkReplyError(
        QNetworkReply::UnknownNetworkError, u"  No route to host "_s, u"pi:1"_s);
    QVERIFY2(reset.endsWith(u"(No route to host)"_s), qPrintable(reset));
    const QString tls = describeNetworkReplyError(
        QNetworkReply::SslHandshakeFailedError, u"the certificate was not accepted"_s, u"pi:1"_s);
    QCOMPARE(tls.count(u"certificate was not accepted"_s), 1);
}

QTEST_GUILESS_MAIN(tst_NetworkError)
#include "tst_networkerror.moc"
