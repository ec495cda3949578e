#include <netlab/httpresponseparser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using netlab::HttpResponseParser;
using State = HttpResponseParser::State;

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void headerBytes();
    void extraBytesAfterComplete();
    void headResponseHasNoBody();
    void interimResponsesAreSkipped();
    void tooLarge();
    void garbage_data();
    void garbage();
    void truncated_data();
    void truncated();
};

void tst_HttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("closeAtEnd"); // the server closes after the bytes
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("untilClose");
    QTest::addColumn<int>("minor");

    QTest::addRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                      "Content-Type: text/plain\r\n\r\nhello")
        << false << 200 << QByteArray("OK") << QByteArray("hello") << false << false << 1;
    QTest::addRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n"
                                           "X-Trailer: 1\r\n\r\n")
                             << false << 200 << QByteArray("OK") << QByteArray("hello, world")
                             << true << false << 1;
    QTest::addRow("http/1.0 until close")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p>é</p>\n") << true << 200
        << QByteArray("OK") << QByteArray("<p>é</p>\n") << false << true << 0;
    QTest::addRow("404 empty") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                               << false << 404 << QByteArray("Not Found") << QByteArray() << false
                               << false << 1;
    QTest::addRow("204 no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204
                                 << QByteArray("No Content") << QByteArray() << false << false << 1;
    QTest::addRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false
                             << 200 << QByteArray("OK") << QByteArray("ok") << false << false << 1;
    QTest::addRow("long reason") << QByteArray("HTTP/1.1 418 I'm a teapot\r\nContent-Length: 3"
                                               "\r\n\r\ntea")
                                 << false << 418 << QByteArray("I'm a teapot") << QByteArray("tea")
                                 << false << false << 1;
}

void tst_HttpResponseParser::parse()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, closeAtEnd);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    QFETCH(bool, chunked);
    QFETCH(bool, untilClose);
    QFETCH(int, minor);

    // The same outcome whether the bytes come at once or one by one.
    for (const int step : {int(wire.size()), 1, 3}) {
        HttpResponseParser parser;
        State state = State::Incomplete;
        for (qsizetype i = 0; i < wire.size(); i += step)
            state = parser.feed(
                QByteArrayView(wire).sliced(i, qMin<qsizetype>(step, wire.size() - i)));
        if (closeAtEnd) {
            QCOMPARE(state, State::Incomplete);
            state = parser.finish();
        }
        QCOMPARE(state, State::Complete);
        const auto &message = parser.message();
        QCOMPARE(message.statusCode, status);
        QCOMPARE(message.reasonPhrase, reason);
        QCOMPARE(message.body, body);
        QCOMPARE(message.chunked, chunked);
        QCOMPARE(message.untilClose, untilClose);
        QCOMPARE(message.versionMinor, minor);
        QCOMPARE(parser.bytesParsed() + parser.extraBytes(), wire.size());
    }
}

void tst_HttpResponseParser::headerBytes()
{
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\nX-A: b\r\n\r\n";
    HttpResponseParser parser;
    QCOMPARE(parser.feed(head + "body"), State::Complete);
    QCOMPARE(parser.message().headerBytes, head.size());
    QCOMPARE(parser.message().header("x-a"), QByteArray("b"));
    QCOMPARE(parser.message().headers.size(), 2);
    QVERIFY(parser.message().keepAlive);
}

void tst_HttpResponseParser::extraBytesAfterComplete()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA"), State::Complete);
    QCOMPARE(parser.message().body, QByteArray("ok"));
    QCOMPARE(parser.extraBytes(), 5);
    QCOMPARE(parser.feed("more"), State::Complete);
    QCOMPARE(parser.extraBytes(), 9);
}

void tst_HttpResponseParser::headResponseHasNoBody()
{
    HttpResponseParser parser;
    parser.setHeadRequest(true);
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"), State::Complete);
    QVERIFY(parser.message().body.isEmpty());
    QCOMPARE(parser.message().header("Content-Length"), QByteArray("1234"));
}

void tst_HttpResponseParser::interimResponsesAreSkipped()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2"
                         "\r\n\r\nid"),
        State::Complete);
    QCOMPARE(parser.message().statusCode, 201);
    QCOMPARE(parser.message().body, QByteArray("id"));
    QCOMPARE(parser.message().interimStatusCodes, QList<int> {100});
}

void tst_HttpResponseParser::tooLarge()
{
    HttpResponseParser parser(100);
    const QByteArray wire
        = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x');
    QCOMPARE(parser.feed(wire), State::Error);
    QVERIFY2(parser.errorString().contains(u"larger than 100 bytes"_s),
        qPrintable(parser.errorString()));
    QCOMPARE(parser.bytesParsed(), 100);
    // Once failed, it stays failed.
    QCOMPARE(parser.feed("x"), State::Error);
    QCOMPARE(parser.finish(), State::Error);
}

void tst_HttpResponseParser::garbage_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::addRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::addRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::addRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken\r\n\r\n");
}

void tst_HttpResponseParser::garbage()
{
    QFETCH(QByteArray, wire);
    HttpResponseParser parser;
    QCOMPARE(parser.feed(wire), State::Error);
    QVERIFY(parser.errorString().startsWith(u"not a valid HTTP response"_s));
}

void tst_HttpResponseParser::truncated_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("expected");
    QTest::addRow("nothing") << QByteArray() << u"without answering"_s;
    QTest::addRow("mid headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << u"headers"_s;
    QTest::addRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                                << u"before the end of the body (3 bytes"_s;
    QTest::addRow("unfinished chunks")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
        << u"before the end of the body"_s;
}

void tst_HttpResponseParser::truncated()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, expected);
    HttpResponseParser parser;
    parser.feed(wire);
    QCOMPARE(parser.finish(), State::Error);
    QVERIFY2(parser.errorString().contains(expected), qPrintable(parser.errorString()));
}

QTEST_APPLESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
