// HttpRequestParser and HttpResponse: plain code, no sockets.
#include <netlab/httprequestparser.h>
#include <netlab/httpresponse.h>

#include <QtTest>

using netlab::HttpRequestParser;
using netlab::HttpResponse;
using Error = HttpRequestParser::Error;

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void simpleGet();
    void pipelinedRawBytesExact();
    void byteByByte();
    void chunkedBody();
    void keepAlive_data();
    void keepAlive();
    void errors_data();
    void errors();
    void headerLimitHitsBeforeHeadersEnd();
    void bytesAfterCloseIgnored();
    void expectContinue();
    void responseBytes();
    void responseHeadAndInjection();
    void httpDate();
};

void tst_HttpRequestParser::simpleGet()
{
    HttpRequestParser parser;
    const QByteArray bytes = "GET /a%20b/c?x=1&y=%C3%A9#frag HTTP/1.1\r\nHost: example\r\n"
                             "User-Agent:  test \r\n\r\n";
    const auto result = parser.feed(bytes);
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.requests.size(), 1);
    const auto &request = result.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/a%20b/c?x=1&y=%C3%A9#frag"));
    QCOMPARE(request.path, QByteArray("/a%20b/c"));
    QCOMPARE(request.query, QByteArray("x=1&y=%C3%A9"));
    QCOMPARE(request.decodedPath(), QStringLiteral("/a b/c"));
    QCOMPARE(request.header("user-agent"), QByteArray("test"));
    QCOMPARE(request.header("HOST"), QByteArray("example"));
    QVERIFY(request.header("missing").isNull());
    QCOMPARE(request.versionString(), QByteArray("HTTP/1.1"));
    QVERIFY(request.keepAlive);
    QCOMPARE(request.raw, bytes);
    QVERIFY(parser.isIdle());
}

static const QByteArray kPipelined[] = {
    "GET /one HTTP/1.1\r\nHost: h\r\n\r\n",
    "POST /two HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
    "\r\nPUT /three HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
};

// The raw bytes of a request start at its request line.
static QByteArray withoutBlankLines(const QByteArray &bytes)
{
    return bytes.startsWith("\r\n") ? bytes.mid(2) : bytes;
}

void tst_HttpRequestParser::pipelinedRawBytesExact()
{
    HttpRequestParser parser;
    QByteArray all;
    for (const QByteArray &request : kPipelined)
        all += request;
    const auto result = parser.feed(all);
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.requests.size(), 3);
    QCOMPARE(result.requests[0].path, QByteArray("/one"));
    QCOMPARE(result.requests[1].body, QByteArray("hello"));
    QCOMPARE(result.requests[2].body, QByteArray("abc"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(result.requests[i].raw, withoutBlankLines(kPipelined[i]));
}

void tst_HttpRequestParser::byteByByte()
{
    HttpRequestParser parser;
    QList<netlab::HttpRequest> requests;
    QByteArray all;
    for (const QByteArray &request : kPipelined)
        all += request;
    for (char c : std::as_const(all)) {
        auto result = parser.feed(QByteArrayView(&c, 1));
        QCOMPARE(result.error, Error::None);
        requests += result.requests;
    }
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(requests[i].raw, withoutBlankLines(kPipelined[i]));
    QCOMPARE(requests[1].body, QByteArray("hello"));
}

void tst_HttpRequestParser::chunkedBody()
{
    HttpRequestParser parser;
    const QByteArray bytes = "POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n";
    const auto result = parser.feed(bytes);
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.requests.size(), 1);
    QVERIFY(result.requests[0].chunked);
    QCOMPARE(result.requests[0].body, QByteArray("hello world"));
    QCOMPARE(result.requests[0].raw, bytes);
}

void tst_HttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");
    QTest::addRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
    QTest::addRow("1.1 close") << QByteArray(
        "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
                               << false;
    QTest::addRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::addRow("websocket upgrade") << QByteArray(
        "GET /ws HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n"
        "Upgrade: websocket\r\n\r\n") << false;
    QTest::addRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void tst_HttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    const auto result = parser.feed(bytes);
    QCOMPARE(result.requests.size(), 1);
    QCOMPARE(result.requests[0].keepAlive, keepAlive);
    QCOMPARE(parser.isFinished(), !keepAlive);
}

void tst_HttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray longHeader = "X-Long: " + QByteArray(20000, 'a') + "\r\n";
    QByteArray manyHeaders;
    for (int i = 0; i < 150; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::addRow("garbage") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 400;
    QTest::addRow("no version") << QByteArray("GET / FOO/1.1\r\n\r\n") << 400;
    QTest::addRow("space in name")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nBad Name: v\r\n\r\n") << 400;
    QTest::addRow("missing host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::addRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::addRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::addRow("bad length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: x\r\n\r\n")
                                << 400;
    QTest::addRow("bad chunk") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
                                             "chunked\r\n\r\nzz\r\n")
                               << 400;
    QTest::addRow("long header") << "GET / HTTP/1.1\r\nHost: h\r\n" + longHeader + "\r\n" << 431;
    QTest::addRow("long url") << "GET /" + QByteArray(20000, 'u') + " HTTP/1.1\r\n" << 431;
    QTest::addRow("many headers") << "GET / HTTP/1.1\r\nHost: h\r\n" + manyHeaders + "\r\n" << 431;
    QTest::addRow("declared 1 GB")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000000000\r\n\r\n") << 413;
    QTest::addRow("chunked too big")
        << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
           "100000\r\n"
            + QByteArray(0x100000, 'b')
        << 413;
    QTest::addRow("http 2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
}

void tst_HttpRequestParser::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 512 * 1024;
    HttpRequestParser parser(limits);
    const auto result = parser.feed(bytes);
    QVERIFY(result.requests.isEmpty());
    QVERIFY(result.error != Error::None);
    QCOMPARE(HttpRequestParser::statusForError(result.error), status);
    QVERIFY(!result.errorString.isEmpty());
    // The error sticks: nothing after it is parsed.
    const auto again = parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    QVERIFY(again.requests.isEmpty());
    QCOMPARE(again.error, result.error);
}

void tst_HttpRequestParser::headerLimitHitsBeforeHeadersEnd()
{
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    HttpRequestParser parser(limits);
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\nX: ").error, Error::None);
    QVERIFY(parser.isReadingHeaders());
    Error error = Error::None;
    for (int i = 0; i < 100 && error == Error::None; ++i)
        error = parser.feed(QByteArray(100, 'x')).error;
    QCOMPARE(error, Error::HeaderTooLarge);
}

void tst_HttpRequestParser::bytesAfterCloseIgnored()
{
    HttpRequestParser parser;
    const auto result = parser.feed("GET / HTTP/1.0\r\n\r\nGET /second HTTP/1.0\r\n\r\n");
    QCOMPARE(result.requests.size(), 1);
    QVERIFY(parser.isFinished());
    QVERIFY(parser.feed("GET /third HTTP/1.1\r\nHost: h\r\n\r\n").requests.isEmpty());
}

void tst_HttpRequestParser::expectContinue()
{
    HttpRequestParser parser;
    auto result = parser.feed("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n"
                              "Content-Length: 3\r\n\r\n");
    QVERIFY(result.continueExpected);
    QVERIFY(result.requests.isEmpty());
    result = parser.feed("abc");
    QCOMPARE(result.requests.size(), 1);
    QVERIFY(result.requests[0].expectContinue);
    QCOMPARE(result.requests[0].body, QByteArray("abc"));
}

void tst_HttpRequestParser::responseBytes()
{
    HttpResponse response = HttpResponse::text(200, QStringLiteral("héllo"));
    response.setHeader("Content-Length", "999"); // ignored: the server frames the body
    response.setHeader("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
    const QByteArray bytes = response.toBytes({});
    QCOMPARE(bytes,
        QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                   "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 6\r\n\r\nh\xc3\xa9llo"));
    HttpResponse::Framing framing;
    framing.versionMinor = 0;
    framing.keepAlive = false;
    QVERIFY(response.toBytes(framing).startsWith("HTTP/1.0 200 OK\r\n"));
    QVERIFY(response.toBytes(framing).contains("\r\nConnection: close\r\n"));
}

void tst_HttpRequestParser::responseHeadAndInjection()
{
    HttpResponse response = HttpResponse::text(404, QStringLiteral("gone"));
    response.setHeader("X-Evil", "a\r\nSet-Cookie: stolen=1");
    HttpResponse::Framing framing;
    framing.headRequest = true;
    const QByteArray bytes = response.toBytes(framing);
    QVERIFY(bytes.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(bytes.contains("Content-Length: 4\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n")); // no body for HEAD
    QVERIFY(!bytes.contains("\r\nSet-Cookie"));
    QVERIFY(bytes.contains("X-Evil: a  Set-Cookie: stolen=1\r\n"));
    QVERIFY(!HttpResponse(204).toBytes({}).contains("Content-Length"));
}

void tst_HttpRequestParser::httpDate()
{
    const QDateTime time(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(HttpResponse::httpDate(time), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    const QByteArray now = HttpResponse::currentHttpDate();
    QCOMPARE(now.size(), 29);
    QVERIFY(now.endsWith(" GMT"));
}

QTEST_APPLESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
