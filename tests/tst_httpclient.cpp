// HttpClient against the project's own HttpServer (and a bare QTcpServer) on loopback.
#include <netlab/httpclient.h>
#include <netlab/httpserver.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using netlab::HttpClient;
using netlab::HttpClientRequest;
using netlab::HttpRequest;
using netlab::HttpResponder;
using netlab::HttpResponse;
using netlab::HttpServer;

class tst_HttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getWithQueryParameters();
    void postFormFields();
    void postJson();
    void chunkedResponse();
    void redirectIsFollowedAndShown();
    void seeOtherTurnsPostIntoGet();
    void credentialsStayWithTheirHost();
    void connectionRefused();
    void responseTooLarge();
    void busyRefusesSecondRequest();
    void rawExactBytesHttp11Chunked();
    void rawHttp10ReadUntilClose();
    void rawExactBytesBothWays();
    void rawRefused();
    void rawGarbageResponse();
    void rawHttpsShowsCertificateChain();

private:
    bool run(HttpClient &client, const HttpClientRequest &request);
    bool runRaw(HttpClient &client, const QByteArray &bytes, const QUrl &url = {});
    QString url(const QString &path) const;
    HttpServer m_server;
    QList<std::pair<QByteArray, QByteArray>> m_authSeen; // (Host, Authorization) at /auth
};

void tst_HttpClient::initTestCase()
{
    m_server.route("GET", "/query", [](const HttpRequest &request, HttpResponder &responder) {
        QJsonObject object;
        const QUrlQuery query(QString::fromUtf8(request.query));
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
            object.insert(name, value);
        responder.send(HttpResponse::json(200, QJsonDocument(object).toJson()));
    });
    m_server.route("POST", "/echo", [](const HttpRequest &request, HttpResponder &responder) {
        HttpResponse response(201);
        response.setBody(request.body, request.header("Content-Type"));
        responder.send(response);
    });
    m_server.route("GET", "/chunked", [](const HttpRequest &, HttpResponder &responder) {
        HttpResponse head(200);
        head.setHeader("Content-Type", "text/plain; charset=utf-8");
        responder.startStream(head);
        responder.write("première ");
        responder.write("partie, ");
        responder.write("fin");
        responder.finish();
    });
    m_server.route("GET", "/old", [](const HttpRequest &, HttpResponder &responder) {
        HttpResponse response(302);
        response.setHeader("Location", "/new?from=old");
        responder.send(response);
    });
    m_server.route({}, "/form", [](const HttpRequest &, HttpResponder &responder) {
        HttpResponse response(303);
        response.setHeader("Location", "/new");
        responder.send(response);
    });
    m_server.route({}, "/new", [](const HttpRequest &request, HttpResponder &responder) {
        responder.send(
            HttpResponse::text(200, QString::fromLatin1(request.method + ' ' + request.target)));
    });
    m_server.route("GET", "/big", [](const HttpRequest &, HttpResponder &responder) {
        responder.send(200, QByteArray(10000, 'x'), "application/octet-stream");
    });
    m_server.route("GET", "/auth", [this](const HttpRequest &request, HttpResponder &responder) {
        m_authSeen.append({request.header("Host"), request.header("Authorization")});
        responder.send(200, "auth=" + request.header("Authorization"), "text/plain");
    });
    m_server.route("GET", "/elsewhere", [this](const HttpRequest &, HttpResponder &responder) {
        HttpResponse response(302);
        response.setHeader(
            "Location", "http://localhost:" + QByteArray::number(m_server.serverPort()) + "/auth");
        responder.send(response);
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

QString tst_HttpClient::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
}

bool tst_HttpClient::run(HttpClient &client, const HttpClientRequest &request)
{
    QSignalSpy finished(&client, &HttpClient::finished);
    if (!client.send(request))
        return false;
    return finished.wait(10000) && finished.size() == 1;
}

bool tst_HttpClient::runRaw(HttpClient &client, const QByteArray &bytes, const QUrl &target)
{
    QSignalSpy finished(&client, &HttpClient::finished);
    const QUrl where = target.isEmpty() ? QUrl(url(u"/"_s)) : target;
    if (!client.sendRaw(where, bytes))
        return false;
    return finished.wait(10000) && finished.size() == 1;
}

void tst_HttpClient::getWithQueryParameters()
{
    HttpClient client;
    HttpClientRequest request;
    request.url = url(u"/query"_s);
    request.queryItems = {{u"city"_s, u"Saint-Étienne"_s}, {u"q"_s, u"a b&c=d"_s}};
    QVERIFY(run(client, request));
    const HttpClient::Result &result = client.lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(result.reasonPhrase, QByteArray("OK"));
    QCOMPARE(result.header("content-type"), QByteArray("application/json"));
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(answer.value(u"city"_s).toString(), u"Saint-Étienne"_s);
    QCOMPARE(answer.value(u"q"_s).toString(), u"a b&c=d"_s);
    QVERIFY(result.timing.totalMs >= 0);
    QVERIFY(result.timing.firstByteMs >= 0 && result.timing.firstByteMs <= result.timing.totalMs);
}

void tst_HttpClient::postFormFields()
{
    HttpClient client;
    HttpClientRequest request;
    request.method = u"POST"_s;
    request.url = url(u"/echo"_s);
    request.bodyKind = HttpClientRequest::BodyKind::Form;
    request.formFields = {{u"name"_s, u"Zoé"_s}, {u"key"_s, u"a+b c"_s}};
    QVERIFY(run(client, request));
    const HttpClient::Result &result = client.lastResult();
    QCOMPARE(result.statusCode, 201);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(result.body, QByteArray("name=Zo%C3%A9&key=a%2Bb+c"));
}

void tst_HttpClient::postJson()
{
    HttpClient client;
    HttpClientRequest request;
    request.method = u"POST"_s;
    request.url = url(u"/echo"_s);
    request.bodyKind = HttpClientRequest::BodyKind::Json;
    request.bodyText = u"{\"on\": true, \"text\": \"ça\"}"_s;
    QVERIFY(run(client, request));
    const HttpClient::Result &result = client.lastResult();
    QCOMPARE(result.statusCode, 201);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(u"text"_s).toString(), u"ça"_s);
}

void tst_HttpClient::chunkedResponse()
{
    HttpClient client;
    HttpClientRequest request;
    request.url = url(u"/chunked"_s);
    QVERIFY(run(client, request));
    QCOMPARE(client.lastResult().header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(QString::fromUtf8(client.lastResult().body), u"première partie, fin"_s);
}

void tst_HttpClient::redirectIsFollowedAndShown()
{
    HttpClient client;
    HttpClientRequest request;
    request.url = url(u"/old"_s);
    QVERIFY(run(client, request));
    const HttpClient::Result &result = client.lastResult();
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(result.body, QByteArray("GET /new?from=old"));
    QCOMPARE(result.redirects.size(), 1);
    QCOMPARE(result.redirects.first().statusCode, 302);
    QCOMPARE(result.redirects.first().url.path(), u"/old"_s);
    QCOMPARE(result.redirects.first().location, QUrl(url(u"/new?from=old"_s)));
    QCOMPARE(result.url, QUrl(url(u"/new?from=old"_s)));

    // Not followed beyond the limit: the user sees why.
    client.setMaxRedirects(0);
    QVERIFY(run(client, request));
    QVERIFY(!client.lastResult().ok);
    QVERIFY(client.lastResult().errorString.contains(u"redirect"_s));
}

void tst_HttpClient::seeOtherTurnsPostIntoGet()
{
    HttpClient client;
    HttpClientRequest request;
    request.method = u"POST"_s;
    request.url = url(u"/form"_s);
    request.bodyKind = HttpClientRequest::BodyKind::Form;
    request.formFields = {{u"a"_s, u"1"_s}};
    QVERIFY(run(client, request));
    QCOMPARE(client.lastResult().body, QByteArray("GET /new"));
    QCOMPARE(client.lastResult().redirects.first().statusCode, 303);
}

void tst_HttpClient::credentialsStayWithTheirHost()
{
    HttpClient client;
    HttpClientRequest request;
    request.url = url(u"/auth"_s);
    request.headers = {{u"Authorization"_s, u"Bearer s3cr3t"_s}};
    QVERIFY(run(client, request));
    QCOMPARE(client.lastResult().body, QByteArray("auth=Bearer s3cr3t"));
    // Redirected from 127.0.0.1 to localhost: another host, the token is not sent there —
    // checked on the wire, where the server received the request.
    m_authSeen.clear();
    request.url = url(u"/elsewhere"_s);
    QVERIFY(run(client, request));
    QVERIFY2(client.lastResult().ok, qPrintable(client.lastResult().errorString));
    QCOMPARE(client.lastResult().redirects.size(), 1);
    QCOMPARE(client.lastResult().statusCode, 200);
    QCOMPARE(m_authSeen.size(), 1);
    QVERIFY(m_authSeen.first().first.startsWith("localhost:"));
    QCOMPARE(m_authSeen.first().second, QByteArray());
    // What the user sees: the body of the host redirected to, not the previous exchange's.
    QCOMPARE(client.lastResult().body, QByteArray("auth="));
    QCOMPARE(client.lastResult().url.host(), u"localhost"_s);

    // A different request right after answers with its own body.
    HttpClientRequest next;
    next.url = url(u"/query"_s);
    next.queryItems = {{u"after"_s, u"redirect"_s}};
    QVERIFY(run(client, next));
    QVERIFY2(client.lastResult().ok, qPrintable(client.lastResult().errorString));
    QCOMPARE(client.lastResult().redirects.size(), 0);
    QCOMPARE(QJsonDocument::fromJson(client.lastResult().body).object(),
        QJsonObject({{u"after"_s, u"redirect"_s}}));
}

// A port nothing listens on: bound to get a free one, then closed.
static quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void tst_HttpClient::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    HttpClient client;
    QSignalSpy errors(&client, &HttpClient::errorOccurred);
    HttpClientRequest request;
    request.url = u"http://127.0.0.1:%1/"_s.arg(port);
    QVERIFY(run(client, request));
    QVERIFY(!client.lastResult().ok);
    QCOMPARE(client.lastResult().statusCode, 0);
    QVERIFY2(client.lastResult().errorString.contains(u"refused"_s),
        qPrintable(client.lastResult().errorString));
    QCOMPARE(errors.size(), 1);
}

void tst_HttpClient::responseTooLarge()
{
    HttpClient client;
    client.setMaxResponseBytes(1000);
    HttpClientRequest request;
    request.url = url(u"/big"_s);
    QVERIFY(run(client, request));
    QVERIFY(!client.lastResult().ok);
    QVERIFY(client.lastResult().errorString.contains(u"larger than 1000 bytes"_s));
    QVERIFY(client.lastResult().body.size() <= 1000);

    QVERIFY(runRaw(client, "GET /big HTTP/1.0\r\n\r\n"));
    QVERIFY(!client.lastResult().ok);
    QVERIFY(client.lastResult().errorString.contains(u"larger than 1000 bytes"_s));
    QCOMPARE(client.lastResult().responseBytes.size(), 1000);
    QCOMPARE(client.lastResult().statusCode, 200); // the headers were read
}

void tst_HttpClient::busyRefusesSecondRequest()
{
    HttpClient client;
    HttpClientRequest request;
    request.url = url(u"/query"_s);
    QSignalSpy errors(&client, &HttpClient::errorOccurred);
    QSignalSpy finished(&client, &HttpClient::finished);
    QVERIFY(client.send(request));
    QVERIFY(client.isBusy());
    QVERIFY(!client.send(request));
    QCOMPARE(errors.size(), 1);
    QVERIFY(finished.wait(10000));
    QVERIFY(!client.isBusy());
}

void tst_HttpClient::rawExactBytesHttp11Chunked()
{
    HttpClient client;
    const QByteArray bytes = "GET /chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QVERIFY(runRaw(client, bytes));
    const HttpClient::Result &result = client.lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(result.raw);
    QCOMPARE(result.requestBytes, bytes);
    QCOMPARE(result.httpVersion, QByteArray("HTTP/1.1"));
    QVERIFY(result.chunked);
    QCOMPARE(result.chunkCount, 3);
    QCOMPARE(QString::fromUtf8(result.body), u"première partie, fin"_s);
    // The exact bytes on the wire, chunk framing included.
    QVERIFY(result.responseBytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(result.responseBytes.endsWith("\r\n3\r\nfin\r\n0\r\n\r\n"));
    QVERIFY(result.timing.connectMs >= 0);
    QCOMPARE(result.timing.lookupMs, -1.0); // an address literal: no lookup
    QVERIFY(result.timing.firstByteMs >= result.timing.connectMs);
    QVERIFY(result.timing.totalMs >= result.timing.firstByteMs);
}

void tst_HttpClient::rawHttp10ReadUntilClose()
{
    // HTTP/1.0 and a streamed answer: no length, no chunks, the body ends with the connection.
    HttpClient client;
    QVERIFY(runRaw(client, "GET /chunked HTTP/1.0\r\n\r\n"));
    const HttpClient::Result &result = client.lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(result.untilClose);
    QVERIFY(!result.chunked);
    QCOMPARE(QString::fromUtf8(result.body), u"première partie, fin"_s);
}

void tst_HttpClient::rawExactBytesBothWays()
{
    // A bare socket server: what it receives must be the typed bytes, and what it sends is
    // returned byte for byte.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    const QByteArray request = "get  /odd\tpath HTTP/1.0\nX: \xff\r\n\r\n";
    const QByteArray answer = "HTTP/1.0 200 OK\r\nX-Odd:  spaced \r\n\r\nno length\xc3\xa9";
    QByteArray received;
    connect(&peer, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = peer.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            received += socket->readAll();
            if (received.size() >= request.size()) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        });
    });
    HttpClient client;
    QVERIFY(runRaw(client, request, QUrl(u"http://127.0.0.1:%1/"_s.arg(peer.serverPort()))));
    QCOMPARE(received, request);
    const HttpClient::Result &result = client.lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.responseBytes, answer);
    QCOMPARE(result.header("X-Odd"), QByteArray("spaced "));
    QCOMPARE(result.body, QByteArray("no length\xc3\xa9"));
    QVERIFY(result.untilClose);
}

void tst_HttpClient::rawRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    HttpClient client;
    QVERIFY(runRaw(client, "GET / HTTP/1.0\r\n\r\n", QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QVERIFY(!client.lastResult().ok);
    QVERIFY2(client.lastResult().errorString.contains(u"refused"_s),
        qPrintable(client.lastResult().errorString));
}

void tst_HttpClient::rawGarbageResponse()
{
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    connect(&peer, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = peer.nextPendingConnection();
        socket->write("SSH-2.0-OpenSSH_9.2\r\n");
    });
    HttpClient client;
    QVERIFY(runRaw(
        client, "GET / HTTP/1.0\r\n\r\n", QUrl(u"http://127.0.0.1:%1/"_s.arg(peer.serverPort()))));
    QVERIFY(!client.lastResult().ok);
    QVERIFY(client.lastResult().errorString.startsWith(u"not a valid HTTP response"_s));
    QCOMPARE(client.lastResult().responseBytes, QByteArray("SSH-2.0-OpenSSH_9.2\r\n"));
}

void tst_HttpClient::rawHttpsShowsCertificateChain()
{
    if (!HttpClient::supportsTls())
        QSKIP("no TLS backend for Qt here");
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("no openssl command to make a test certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess make;
    make.start(openssl,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN=netlab-test"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
            dir.filePath(u"cert.pem"_s)});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        }
    });
    const QUrl url(u"https://127.0.0.1:%1/"_s.arg(server.serverPort()));
    const QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    // A self-signed certificate is refused by default, and the user is told why.
    HttpClient client;
    QVERIFY(runRaw(client, request, url));
    QVERIFY(!client.lastResult().ok);
    QVERIFY(!client.lastResult().sslErrors.isEmpty());
    QVERIFY2(client.lastResult().errorString.contains(u"certificate"_s),
        qPrintable(client.lastResult().errorString));

    // Accepted on request: the exchange goes through and the chain is shown.
    client.setIgnoreSslErrors(true);
    QVERIFY(runRaw(client, request, url));
    const HttpClient::Result &result = client.lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.body, QByteArray("ok"));
    QCOMPARE(result.certificateChain.size(), 1);
    QVERIFY(result.certificateChain.first().contains(u"netlab-test"_s));
    QVERIFY(result.timing.tlsMs >= result.timing.connectMs);
    QVERIFY(result.timing.firstByteMs >= result.timing.tlsMs);
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
