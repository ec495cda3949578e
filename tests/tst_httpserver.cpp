// HttpServer against real clients on loopback: QNetworkAccessManager, raw QTcpSockets (pipelined,
// byte by byte, slow, oversized, hostile paths), curl when installed, and 500 clients at once.
#include <netlab/httpserver.h>

#include "rawhttpclient.h"

#include <QtNetwork>
#include <QtTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;

using netlab::HttpRequest;
using netlab::HttpResponder;
using netlab::HttpResponse;
using netlab::HttpServer;
using netlab::test::RawClient;
using netlab::test::Reply;
using netlab::test::startProgram;
using netlab::test::takeReply;

namespace {

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void networkAccessManagerGetPostHead();
    void notFoundAndMethodNotAllowed();
    void pipelinedResponsesInOrder();
    void splitByteByByte();
    void keepAliveReuseAndHttp10Close();
    void chunkedRequestBody();
    void oversizedHeaders();
    void oversizedBody();
    void malformedRequest();
    void slowLorisDropped();
    void idleConnectionClosed();
    void fiveHundredConnections();
    void maxConnections();
    void pathTraversal_data();
    void pathTraversal();
    void largeFileStreamed();
    void serverSentEvents();
    void curlClient();
    void portInUse();
    void cliHttpServe();

private:
    void serveTestRoutes();
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
};

void tst_HttpServer::init()
{
    m_server = std::make_unique<HttpServer>();
}

void tst_HttpServer::cleanup()
{
    m_server.reset();
}

void tst_HttpServer::serveTestRoutes()
{
    m_server->route("GET", "/hello", [](const HttpRequest &, HttpResponder &responder) {
        responder.send(HttpResponse::text(200, QStringLiteral("héllo wörld\n")));
    });
    m_server->route("POST", "/echo", [](const HttpRequest &request, HttpResponder &responder) {
        responder.send(200, request.body, "application/octet-stream");
    });
    m_server->route(
        {}, "/path",
        [](const HttpRequest &request, HttpResponder &responder) {
            responder.send(200, request.method + ' ' + request.target, "text/plain");
        },
        HttpServer::Match::Prefix);
    m_server->route("GET", "/slow", [](const HttpRequest &, HttpResponder &responder) {
        QPointer<HttpResponder> later(&responder);
        QTimer::singleShot(50, later, [later] { later->send(200, "slow", "text/plain"); });
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
    QVERIFY(m_port != 0);
}

void tst_HttpServer::networkAccessManagerGetPostHead()
{
    serveTestRoutes();
    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    QSignalSpy sent(m_server.get(), &HttpServer::responseSent);
    QNetworkAccessManager nam;
    const QUrl base = m_server->url();
    QCOMPARE(base.toString(), QStringLiteral("http://127.0.0.1:%1/").arg(m_port));

    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(base.resolved(QUrl(u"/hello"_s)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QString::fromUtf8(reply->readAll()), QStringLiteral("héllo wörld\n"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    const QByteArray date = reply->rawHeader("Date");
    QVERIFY2(QRegularExpression(
                 u"^[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"_s)
                 .match(QString::fromLatin1(date))
                 .hasMatch(),
        date.constData());
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray("14"));

    QNetworkRequest post(base.resolved(QUrl(u"/echo"_s)));
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    reply.reset(nam.post(post, "name=%C3%A9l%C3%A8ve&x=1"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->readAll(), QByteArray("name=%C3%A9l%C3%A8ve&x=1"));

    reply.reset(nam.head(QNetworkRequest(base.resolved(QUrl(u"/hello"_s)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray("14"));
    QVERIFY(reply->readAll().isEmpty());

    QTRY_COMPARE(received.size(), 3);
    QTRY_COMPARE(sent.size(), 3);
    const auto first = received.at(0).at(0).value<HttpRequest>();
    QVERIFY(first.raw.startsWith("GET /hello HTTP/1.1\r\n"));
    QVERIFY(first.raw.endsWith("\r\n\r\n"));
    QCOMPARE(first.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(first.receivedAt.isValid());
    QCOMPARE(sent.at(0).at(0).toULongLong(), first.serial);
    QCOMPARE(sent.at(0).at(1).toInt(), 200);
    QVERIFY(sent.at(0).at(2).toLongLong() > 14);
    QCOMPARE(m_server->connectionCount(), 1); // keep-alive: one connection for all three
}

void tst_HttpServer::notFoundAndMethodNotAllowed()
{
    serveTestRoutes();
    RawClient client(m_port);
    client.socket.write(get("/nothing") + "DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n"
        + "HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n");
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(2, replies), 5000);
    QCOMPARE(replies[0].status, 404);
    QCOMPARE(replies[1].status, 405);
    QCOMPARE(replies[1].header("allow"), QByteArray("GET, HEAD"));
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(3, replies, true), 5000);
    QCOMPARE(replies[2].status, 200);
    QCOMPARE(replies[2].header("content-length"), QByteArray("14"));
    QVERIFY(client.buffer.isEmpty()); // no body after the HEAD response
}

void tst_HttpServer::pipelinedResponsesInOrder()
{
    serveTestRoutes();
    RawClient client(m_port);
    // The slow handler answers 50 ms later; the others at once; responses keep request order.
    client.socket.write(get("/path/1") + get("/slow") + get("/path/2")
        + "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc" + get("/path/3"));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(5, replies), 5000);
    QCOMPARE(replies[0].body, QByteArray("GET /path/1"));
    QCOMPARE(replies[1].body, QByteArray("slow"));
    QCOMPARE(replies[2].body, QByteArray("GET /path/2"));
    QCOMPARE(replies[3].body, QByteArray("abc"));
    QCOMPARE(replies[4].body, QByteArray("GET /path/3"));
    QVERIFY(!client.closed);
}

void tst_HttpServer::splitByteByByte()
{
    serveTestRoutes();
    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    RawClient client(m_port);
    client.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
    const QByteArray request = "POST /echo HTTP/1.1\r\nHost: t\r\nX-Note: byte by byte\r\n"
                               "Content-Length: 5\r\n\r\nbytes";
    for (char c : request) {
        client.socket.write(&c, 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesToWrite(), qint64(0), 5000);
    }
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, replies), 5000);
    QCOMPARE(replies[0].body, QByteArray("bytes"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<HttpRequest>().raw, request); // exactly as received
}

void tst_HttpServer::keepAliveReuseAndHttp10Close()
{
    serveTestRoutes();
    RawClient client(m_port);
    QList<Reply> replies;
    for (int i = 1; i <= 3; ++i) {
        client.socket.write(get("/path/" + QByteArray::number(i)));
        QTRY_VERIFY_WITH_TIMEOUT(client.replies(i, replies), 5000);
        QVERIFY(replies.last().header("connection").isEmpty());
    }
    QCOMPARE(m_server->connectionCount(), 1);
    QVERIFY(!client.closed);

    RawClient old(m_port);
    old.socket.write("GET /path/old HTTP/1.0\r\n\r\n");
    QList<Reply> oldReplies;
    QTRY_VERIFY_WITH_TIMEOUT(old.replies(1, oldReplies), 5000);
    QVERIFY(oldReplies[0].head.startsWith("HTTP/1.0 200 OK"));
    QCOMPARE(oldReplies[0].header("connection"), QByteArray("close"));
    QTRY_VERIFY_WITH_TIMEOUT(old.closed, 5000);

    RawClient closing(m_port);
    closing.socket.write(get("/path/x", "Connection: close\r\n") + get("/path/ignored"));
    QTRY_VERIFY_WITH_TIMEOUT(closing.closed, 5000);
    QList<Reply> closingReplies;
    QVERIFY(closing.replies(1, closingReplies));
    QCOMPARE(closingReplies[0].header("connection"), QByteArray("close"));
    QVERIFY(!closing.replies(2, closingReplies)); // nothing answered after Connection: close
}

void tst_HttpServer::chunkedRequestBody()
{
    serveTestRoutes();
    RawClient client(m_port);
    client.socket.write("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "4\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n");
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, replies), 5000);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[0].body, QByteArray("Wikipedia in \r\n\r\nchunks."));
}

void tst_HttpServer::oversizedHeaders()
{
    serveTestRoutes();
    QSignalSpy rejected(m_server.get(), &HttpServer::requestRejected);
    RawClient client(m_port);
    client.socket.write(get("/hello", "X-Big: " + QByteArray(64 * 1024, 'h') + "\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QList<Reply> replies;
    QVERIFY(client.replies(1, replies));
    QCOMPARE(replies[0].status, 431);
    QCOMPARE(replies[0].header("connection"), QByteArray("close"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(2).toInt(), 431);

    RawClient other(m_port); // the server keeps serving
    other.socket.write(get("/hello"));
    QList<Reply> otherReplies;
    QTRY_VERIFY_WITH_TIMEOUT(other.replies(1, otherReplies), 5000);
    QCOMPARE(otherReplies[0].status, 200);
}

void tst_HttpServer::oversizedBody()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1024 * 1024;
    m_server->setLimits(limits);
    serveTestRoutes();
    // A declared 1 GB upload is refused before any of it is sent.
    RawClient client(m_port);
    client.socket.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1073741824\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QList<Reply> replies;
    QVERIFY(client.replies(1, replies));
    QCOMPARE(replies[0].status, 413);

    // A chunked body that grows past the limit.
    RawClient chunked(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(chunked.socket.state(), QAbstractSocket::ConnectedState, 5000);
    chunked.socket.write("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece = "10000\r\n" + QByteArray(0x10000, 'u') + "\r\n";
    for (int i = 0; i < 40 && !chunked.closed; ++i)
        chunked.socket.write(piece);
    QTRY_VERIFY_WITH_TIMEOUT(chunked.closed || chunked.buffer.contains("\r\n\r\n"), 10000);
    QList<Reply> chunkedReplies;
    QTRY_VERIFY_WITH_TIMEOUT(chunked.replies(1, chunkedReplies), 5000);
    QCOMPARE(chunkedReplies[0].status, 413);
}

void tst_HttpServer::malformedRequest()
{
    serveTestRoutes();
    QSignalSpy rejected(m_server.get(), &HttpServer::requestRejected);
    RawClient client(m_port);
    client.socket.write(get("/path/ok") + "BR\x01KEN / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QList<Reply> replies;
    QVERIFY(client.replies(2, replies));
    QCOMPARE(replies[0].status, 200); // the good request before the bad one is still answered
    QCOMPARE(replies[1].status, 400);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!rejected.at(0).at(3).toString().isEmpty());
}

void tst_HttpServer::slowLorisDropped()
{
    HttpServer::Limits limits;
    limits.headerTimeoutMs = 300;
    m_server->setLimits(limits);
    serveTestRoutes();
    // A client that trickles its headers one byte every 20 ms never finishes them.
    RawClient loris(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(loris.socket.state(), QAbstractSocket::ConnectedState, 5000);
    loris.socket.write("GET /hello HTTP/1.1\r\nHost: t\r\n");
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, &loris.socket, [&loris] { loris.socket.write("X"); });
    trickle.start(20);
    QElapsedTimer elapsed;
    elapsed.start();
    // Meanwhile a normal client is served.
    RawClient other(m_port);
    other.socket.write(get("/hello"));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(other.replies(1, replies), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(loris.closed, 5000);
    trickle.stop();
    QVERIFY(elapsed.elapsed() >= 250);
    QList<Reply> lorisReplies;
    QVERIFY(loris.replies(1, lorisReplies));
    QCOMPARE(lorisReplies[0].status, 408);
    // A client that connects and sends nothing is dropped too.
    RawClient silent(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed, 5000);
}

void tst_HttpServer::idleConnectionClosed()
{
    HttpServer::Limits limits;
    limits.idleTimeoutMs = 200;
    m_server->setLimits(limits);
    serveTestRoutes();
    RawClient client(m_port);
    client.socket.write(get("/hello"));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, replies), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void tst_HttpServer::fiveHundredConnections()
{
    serveTestRoutes();
    constexpr int kClients = 500;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(m_port));
        clients.back()->socket.write(get("/path/" + QByteArray::number(i)));
    }
    const auto answered = [&clients] {
        int count = 0;
        for (auto &client : clients) {
            QList<Reply> replies;
            Reply reply;
            QByteArray copy = client->buffer;
            count += takeReply(copy, reply) && reply.status == 200 ? 1 : 0;
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), kClients, 30000);
    for (int i = 0; i < kClients; ++i) {
        Reply reply;
        QVERIFY(takeReply(clients[i]->buffer, reply));
        QCOMPARE(reply.body, "GET /path/" + QByteArray::number(i));
    }
    QCOMPARE(m_server->connectionCount(), kClients);
}

void tst_HttpServer::maxConnections()
{
    HttpServer::Limits limits;
    limits.maxConnections = 2;
    m_server->setLimits(limits);
    serveTestRoutes();
    RawClient a(m_port), b(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, 5000);
    RawClient c(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QList<Reply> replies;
    QVERIFY(c.replies(1, replies));
    QCOMPARE(replies[0].status, 503);
    a.socket.write(get("/hello"));
    QList<Reply> aReplies;
    QTRY_VERIFY_WITH_TIMEOUT(a.replies(1, aReplies), 5000);
    QCOMPARE(aReplies[0].status, 200);
}

void tst_HttpServer::pathTraversal_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("file") << QByteArray("/file.txt") << 200 << QByteArray("inside\n");
    QTest::addRow("index") << QByteArray("/") << 200 << QByteArray("<p>index</p>\n");
    QTest::addRow("encoded name") << QByteArray("/caf%C3%A9%20menu.txt") << 200
                                  << QByteArray("menu\n");
    QTest::addRow("dir redirect") << QByteArray("/sub") << 301 << QByteArray();
    QTest::addRow("listing") << QByteArray("/sub/") << 200 << QByteArray();
    QTest::addRow("dotdot") << QByteArray("/../../etc/passwd") << 400 << QByteArray();
    QTest::addRow("dotdot to secret") << QByteArray("/../secret.txt") << 400 << QByteArray();
    QTest::addRow("encoded dotdot")
        << QByteArray("/%2e%2e%2f%2e%2e%2fetc/passwd") << 400 << QByteArray();
    QTest::addRow("upper encoded") << QByteArray("/%2E%2E/secret.txt") << 400 << QByteArray();
    QTest::addRow("backslash") << QByteArray("/..%5c..%5csecret.txt") << 400 << QByteArray();
    QTest::addRow("sub dotdot") << QByteArray("/sub/../../secret.txt") << 400 << QByteArray();
    QTest::addRow("nul") << QByteArray("/file.txt%00.html") << 400 << QByteArray();
    QTest::addRow("absolute") << QByteArray("//etc/passwd") << 400 << QByteArray();
    QTest::addRow("drive") << QByteArray("/C:/Windows/win.ini") << 400 << QByteArray();
    QTest::addRow("symlink out") << QByteArray("/link-out.txt") << 403 << QByteArray();
    QTest::addRow("symlink dir out") << QByteArray("/linkdir/secret.txt") << 403 << QByteArray();
    QTest::addRow("missing") << QByteArray("/nope.txt") << 404 << QByteArray();
    QTest::addRow("invalid utf8") << QByteArray("/%ff%fe.txt") << 400 << QByteArray();
}

void tst_HttpServer::pathTraversal()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString root = temp.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(root + u"/sub"_s));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(temp.filePath(u"secret.txt"_s), "SECRET\n");
    write(root + u"/file.txt"_s, "inside\n");
    write(root + u"/index.html"_s, "<p>index</p>\n");
    write(root + u"/café menu.txt"_s, "menu\n");
    write(root + u"/sub/a.txt"_s, "a\n");
    QVERIFY(QFile::link(temp.filePath(u"secret.txt"_s), root + u"/link-out.txt"_s));
    QVERIFY(QFile::link(temp.path(), root + u"/linkdir"_s));

    m_server->serveDirectory(root);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    RawClient client(m_server->serverPort());
    client.socket.write(get(path));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, replies), 5000);
    QCOMPARE(replies[0].status, status);
    QVERIFY(!replies[0].body.contains("SECRET"));
    QVERIFY(!replies[0].body.contains("root:"));
    if (!body.isEmpty())
        QCOMPARE(replies[0].body, body);
    if (path == "/file.txt")
        QCOMPARE(replies[0].header("content-type"), QByteArray("text/plain; charset=utf-8"));
    if (path == "/sub")
        QCOMPARE(replies[0].header("location"), QByteArray("/sub/"));
    if (path == "/sub/")
        QVERIFY(replies[0].body.contains("<a href=\"a.txt\">a.txt</a>"));
    // The same connection (or a new one after a refusal) still gets served.
    client.socket.write(get("/file.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(2, replies), 5000);
    QCOMPARE(replies[1].body, QByteArray("inside\n"));
}

void tst_HttpServer::largeFileStreamed()
{
    QTemporaryDir temp;
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i * 7 % 251);
    QFile file(temp.filePath(u"big.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    m_server->serveDirectory(temp.path(), "/files");
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    RawClient client(m_server->serverPort());
    client.socket.write(get("/files/big.bin") + get("/files/big.bin"));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(2, replies), 20000);
    QCOMPARE(replies[0].header("content-type"), QByteArray("application/octet-stream"));
    QVERIFY(replies[0].body == data);
    QVERIFY(replies[1].body == data);
}

void tst_HttpServer::serverSentEvents()
{
    QList<QPointer<HttpResponder>> streams;
    m_server->route("GET", "/events", [&streams](const HttpRequest &, HttpResponder &responder) {
        QVERIFY(responder.startEventStream());
        streams.append(&responder);
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    RawClient client(m_server->serverPort());
    client.socket.write(get("/events", "Accept: text/event-stream\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(streams.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client.buffer.contains("\r\n\r\n"), 5000);
    QVERIFY(client.buffer.contains("Content-Type: text/event-stream; charset=utf-8\r\n"));
    QVERIFY(client.buffer.contains("Transfer-Encoding: chunked\r\n"));
    // Events pushed later, from outside the handler.
    QVERIFY(streams[0]->sendEvent("reading", R"({"t": 1, "temperature_c": 23.0})", "1"));
    QVERIFY(streams[0]->sendEvent("reading", "two\nlines"));
    QTRY_VERIFY_WITH_TIMEOUT(client.buffer.contains("data: lines\n\n"), 5000);
    QVERIFY(client.buffer.contains(
        "id: 1\nevent: reading\ndata: {\"t\": 1, \"temperature_c\": 23.0}\n\n"));
    QVERIFY(client.buffer.contains("event: reading\ndata: two\ndata: lines\n\n"));

    // The same through QNetworkAccessManager, and the stream learns when the client leaves.
    QNetworkAccessManager nam;
    QNetworkRequest request(m_server->url().resolved(QUrl(u"/events"_s)));
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QTRY_COMPARE_WITH_TIMEOUT(streams.size(), 2, 5000);
    QSignalSpy closed(streams[1].data(), &HttpResponder::closed);
    QVERIFY(streams[1]->sendEvent("reading", "42"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() > 0, 5000);
    QCOMPARE(reply->readAll(), QByteArray("event: reading\ndata: 42\n\n"));
    reply->abort();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QTRY_VERIFY(streams[1].isNull());
    QVERIFY(streams[0]);
    streams[0]->finish();
    QTRY_VERIFY_WITH_TIMEOUT(client.buffer.endsWith("0\r\n\r\n"), 5000);
}

void tst_HttpServer::curlClient()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QSKIP("curl is not installed (apt-get install curl)");
    serveTestRoutes();
    const QString base = m_server->url().toString();
    QProcess process;
    process.start(curl,
        {u"-sS"_s, u"-i"_s, u"-v"_s, base + u"hello"_s, base + u"path/two"_s, u"--next"_s, u"-i"_s,
            u"-v"_s, u"--data-binary"_s, u"@-"_s, u"-H"_s, u"Expect: 100-continue"_s,
            base + u"echo"_s});
    process.write(QByteArray(2000, 'c'));
    process.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(out.contains("héllo wörld\n"), out.constData());
    QVERIFY(out.contains("HTTP/1.1 100 Continue"));
    QVERIFY(out.contains(QByteArray(2000, 'c')));
    // curl 7.88 (Debian 12) says "Re-using existing connection", 8.14 (Debian 13) "Re-using
    // existing http: connection".
    QVERIFY2(err.contains("Re-using existing"), err.constData());
}

void tst_HttpServer::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QSignalSpy errors(m_server.get(), &HttpServer::errorOccurred);
    QVERIFY(!m_server->listen(QHostAddress::LocalHost, squatter.serverPort()));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(u"already in use"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::number(squatter.serverPort())), qPrintable(message));
    QVERIFY(!m_server->isListening());
}

void tst_HttpServer::cliHttpServe()
{
    const QString netlab = QStringLiteral(NETLAB_BIN_DIR "/netlab");
    if (!QFileInfo::exists(netlab))
        QSKIP("the netlab executable is not built (target netlab-cli)");
    QTemporaryDir temp;
    QFile page(temp.filePath(u"page.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<p>élève</p>\n");
    page.close();
    QProcess process;
    startProgram(process, netlab,
        {u"http-serve"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s, u"--body-file"_s,
            page.fileName()});
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this,
        [&] { out += process.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("/\n"), 10000);
    const QRegularExpressionMatch match
        = QRegularExpression(u"serving .* on (http://127\\.0\\.0\\.1:\\d+/)"_s)
              .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(match.captured(1) + u"any/path?q=1"_s));
    request.setRawHeader("X-Lab", "http");
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->readAll(), QByteArray("<p>élève</p>\n"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/html; charset=utf-8"));
    // The log shows the raw request as it arrived, then the response.
    QTRY_VERIFY_WITH_TIMEOUT(out.contains(" 200, "), 5000);
    QVERIFY2(out.contains("\n  GET /any/path?q=1 HTTP/1.1\n"), out.constData());
    // Header names are case-insensitive; Qt 6.8's client sends them in lower case.
    QVERIFY(out.toLower().contains("\n  x-lab: http\n"));
    process.kill();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
