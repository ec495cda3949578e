// HttpServer's memory bounds against hostile clients on loopback: pipelined requests from a
// client that never reads (routes and files), bodies refused before they are read, and the
// per-address connection cap.
#include <netlab/httpmicroserver.h>
#include <netlab/httpserver.h>

#include "rawhttpclient.h"

#include <QtNetwork>
#include <QtTest>

using namespace Qt::StringLiterals;

using netlab::HttpRequest;
using netlab::HttpResponder;
using netlab::HttpResponse;
using netlab::HttpServer;
using netlab::test::RawClient;
using netlab::test::Reply;
using netlab::test::takeReply;

namespace {

constexpr int kPipelined = 2000;

// A client that stops taking bytes from the kernel: Qt reads at most a few KiB into its buffer.
void stopReading(QTcpSocket &socket)
{
    socket.setReadBufferSize(4096);
}

// Reads every reply off the socket as it arrives and checks it with check(index, reply).
int readReplies(
    QTcpSocket &socket, int expected, const std::function<bool(int, const Reply &)> &check)
{
    QByteArray buffer;
    int count = 0;
    bool ok = true;
    QElapsedTimer clock;
    clock.start();
    socket.setReadBufferSize(0);
    while (count < expected && ok && clock.elapsed() < 120'000) {
        buffer += socket.readAll();
        Reply reply;
        while (ok && takeReply(buffer, reply)) {
            ok = check(count, reply);
            ++count;
        }
        if (count < expected && socket.bytesAvailable() == 0)
            (void)QTest::qWaitFor([&socket] { return socket.bytesAvailable() > 0; }, 5000);
    }
    return ok ? count : -1;
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &extra)
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

} // namespace

class tst_HttpServerLimits : public QObject
{
    Q_OBJECT
private slots:
    void pipelinedResponsesWaitForTheClient();
    void pipelinedFilesWaitForTheClient();
    void bodyRefusedBeforeItIsRead_data();
    void bodyRefusedBeforeItIsRead();
    void acceptedBodyKeptOnce();
    void connectionsCappedPerAddress();
    void microServerListBoundedInBytes();
};

void tst_HttpServerLimits::pipelinedResponsesWaitForTheClient()
{
    HttpServer server;
    int handled = 0;
    server.route("GET", "/big", [&handled](const HttpRequest &request, HttpResponder &responder) {
        ++handled;
        QByteArray body = request.query + ';';
        body.append(16 * 1024 - body.size(), 'x');
        responder.send(200, body, "text/plain");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    stopReading(client);
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QByteArray requests;
    for (int i = 0; i < kPipelined; ++i)
        requests += request("GET", "/big?" + QByteArray::number(i), {});
    client.write(requests);

    // The server answers until the client's buffers and its own bound are full, then waits.
    QTRY_COMPARE_WITH_TIMEOUT(server.backpressuredConnections(), 1, 30'000);
    const qint64 bound = server.limits().maxUnsentBytes + 16 * 1024 + 1024;
    QVERIFY2(server.peakUnsentBytes() <= bound,
        qPrintable(u"%1 bytes unsent, bound %2"_s.arg(server.peakUnsentBytes()).arg(bound)));
    QVERIFY2(handled < kPipelined, qPrintable(QString::number(handled)));

    // Once the client reads, every response arrives complete and in order.
    const int count = readReplies(client, kPipelined, [](int index, const Reply &reply) {
        return reply.status == 200 && reply.body.size() == 16 * 1024
            && reply.body.startsWith(QByteArray::number(index) + ';');
    });
    QCOMPARE(count, kPipelined);
    QCOMPARE(handled, kPipelined);
    QVERIFY(server.peakUnsentBytes() <= bound);
}

void tst_HttpServerLimits::pipelinedFilesWaitForTheClient()
{
    QTemporaryDir root;
    QFile file(root.filePath(u"big.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content(256 * 1024, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char('a' + (i * 7) % 26);
    file.write(content);
    file.close();
    HttpServer server;
    server.serveDirectory(root.path());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    stopReading(client);
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QByteArray requests;
    for (int i = 0; i < kPipelined; ++i)
        requests += request("GET", "/big.bin", {});
    client.write(requests);

    QTRY_COMPARE_WITH_TIMEOUT(server.backpressuredConnections(), 1, 30'000);
    const qint64 bound = server.limits().maxUnsentBytes + 64 * 1024 + 1024;
    QVERIFY2(server.peakUnsentBytes() <= bound,
        qPrintable(u"%1 bytes unsent, bound %2"_s.arg(server.peakUnsentBytes()).arg(bound)));

    const int count = readReplies(client, kPipelined, [&content](int, const Reply &reply) {
        return reply.status == 200 && reply.body == content;
    });
    QCOMPARE(count, kPipelined);
    QVERIFY(server.peakUnsentBytes() <= bound);
}

void tst_HttpServerLimits::bodyRefusedBeforeItIsRead_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::addRow("no token") << "PUT"_ba
                              << "/led"_ba << QByteArray() << 401;
    QTest::addRow("wrong token") << "PUT"_ba
                                 << "/led"_ba
                                 << "Authorization: Bearer no\r\n"_ba << 401;
    QTest::addRow("method not allowed") << "POST"_ba
                                        << "/info"_ba << QByteArray() << 405;
    QTest::addRow("no such path") << "PUT"_ba
                                  << "/nowhere"_ba << QByteArray() << 404;
}

void tst_HttpServerLimits::bodyRefusedBeforeItIsRead()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    HttpServer server;
    int handled = 0;
    server.route("PUT", "/led", [&handled](const HttpRequest &, HttpResponder &responder) {
        ++handled;
        responder.send(200, "ok", "text/plain");
    });
    server.route("GET", "/info", [&handled](const HttpRequest &, HttpResponder &responder) {
        ++handled;
        responder.send(200, "info", "text/plain");
    });
    server.setHeadFilter([](const HttpRequest &head) -> std::optional<HttpResponse> {
        if (head.header("Authorization") != "Bearer secret")
            return HttpResponse::error(401, u"token required"_s);
        return std::nullopt;
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RawClient client(server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
    // 8 MB announced, the client waits for 100 Continue before sending any of it.
    client.socket.write(
        request(method, path, extra + "Content-Length: 8000000\r\nExpect: 100-continue\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10'000);
    QVERIFY2(!client.buffer.contains("100 Continue"), client.buffer.constData());
    QList<Reply> replies;
    QVERIFY(client.replies(1, replies));
    QCOMPARE(replies[0].status, status);
    QCOMPARE(handled, 0);
}

void tst_HttpServerLimits::acceptedBodyKeptOnce()
{
    HttpServer server;
    HttpServer::Limits limits;
    limits.keepRawBodies = false;
    server.setLimits(limits);
    HttpRequest seen;
    server.route("PUT", "/led", [&seen](const HttpRequest &request, HttpResponder &responder) {
        seen = request;
        responder.send(200, QByteArray::number(request.body.size()), "text/plain");
    });
    server.setHeadFilter([](const HttpRequest &head) -> std::optional<HttpResponse> {
        if (head.header("Authorization") != "Bearer secret")
            return HttpResponse::error(401);
        return std::nullopt;
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RawClient client(server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
    const QByteArray body(100'000, 'b');
    client.socket.write(request("PUT", "/led",
        "Authorization: Bearer secret\r\nExpect: 100-continue\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n"));
    // The right token: 100 Continue, then the body is read and handled.
    QTRY_VERIFY_WITH_TIMEOUT(client.buffer.contains("HTTP/1.1 100 Continue\r\n\r\n"), 5000);
    client.buffer.remove(0, client.buffer.indexOf("\r\n\r\n") + 4);
    client.socket.write(body);
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, replies), 10'000);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[0].body, QByteArray::number(body.size()));
    QCOMPARE(seen.body, body);
    // The raw copy holds the head only: the body is kept once.
    QVERIFY(seen.raw.startsWith("PUT /led HTTP/1.1\r\n"));
    QVERIFY(seen.raw.endsWith("\r\n\r\n"));
    QVERIFY(!seen.raw.contains("bbbb"));
}

void tst_HttpServerLimits::connectionsCappedPerAddress()
{
    HttpServer server;
    HttpServer::Limits limits;
    limits.maxConnectionsPerAddress = 2;
    server.setLimits(limits);
    server.route("GET", "/hello", [](const HttpRequest &, HttpResponder &responder) {
        responder.send(200, "hello", "text/plain");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RawClient first(server.serverPort());
    RawClient second(server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    RawClient third(server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(third.closed, 5000);
    QList<Reply> refused;
    QVERIFY(third.replies(1, refused));
    QCOMPARE(refused[0].status, 503);
    QVERIFY(refused[0].body.contains("one address"));

    // Once one of them leaves, the address gets in again.
    first.socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    RawClient fourth(server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(fourth.socket.state(), QAbstractSocket::ConnectedState, 5000);
    fourth.socket.write(request("GET", "/hello", {}));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(fourth.replies(1, replies), 5000);
    QCOMPARE(replies[0].status, 200);
}

void tst_HttpServerLimits::microServerListBoundedInBytes()
{
    netlab::HttpMicroServer micro;
    QVERIFY(micro.start(QHostAddress::LocalHost, 0));
    RawClient client(micro.server()->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
    // 40 requests of 1 MiB each: far fewer than 500, far more than 8 MiB.
    constexpr int kRequests = 40;
    const QByteArray body(1024 * 1024, 'p');
    for (int i = 0; i < kRequests; ++i) {
        client.socket.write(request("POST", "/upload/" + QByteArray::number(i),
            "Content-Length: " + QByteArray::number(body.size()) + "\r\n"));
        client.socket.write(body);
    }
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(kRequests, replies), 60'000);
    qint64 kept = 0;
    for (const netlab::HttpExchange &exchange : micro.exchanges())
        kept += exchange.raw.size();
    QVERIFY2(kept <= netlab::HttpMicroServer::kMaxKeptBytes, qPrintable(QString::number(kept)));
    QCOMPARE(kept, micro.keptBytes());
    // The oldest went, counted; the newest is there with its raw bytes whole.
    QCOMPARE(micro.droppedExchanges() + quint64(micro.exchanges().size()), quint64(kRequests));
    QVERIFY(micro.droppedExchanges() >= kRequests - 8);
    QVERIFY(micro.exchanges().last().requestLine.startsWith("POST /upload/39 "));
    QVERIFY(micro.exchanges().last().raw.endsWith(body));
}

QTEST_GUILESS_MAIN(tst_HttpServerLimits)
#include "tst_httpserverlimits.moc"
