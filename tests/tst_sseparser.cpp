#include <netlab/sseparser.h>

#include <QTest>

using netlab::SseParser;

class tst_SseParser : public QObject
{
    Q_OBJECT

private slots:
    void events();
    void anySplit();
    void lineEnds();
    void bounds();
};

void tst_SseParser::events()
{
    SseParser parser;
    const QList<SseParser::Event> events
        = parser.feed(": netlab-agent readings\n\n"
                      "id: 17\nevent: reading\ndata: {\"t\": 17}\n\n"
                      "data: first\ndata: second\n\n"
                      "event: error\ndata:no space\n\n"
                      "event: lonely\n\n"
                      "retry: 1500\nunknown: x\n\n");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].event, QByteArray("reading"));
    QCOMPARE(events[0].data, QByteArray("{\"t\": 17}"));
    QCOMPARE(events[0].id, QByteArray("17"));
    QCOMPARE(events[1].event, QByteArray("message")); // the default name
    QCOMPARE(events[1].data, QByteArray("first\nsecond"));
    QCOMPARE(events[2].event, QByteArray("error"));
    QCOMPARE(events[2].data, QByteArray("no space"));
    QCOMPARE(parser.lastEventId(), QByteArray("17"));
    QCOMPARE(parser.retryMs(), std::optional<int>(1500));
}

void tst_SseParser::anySplit()
{
    // Chunks may end anywhere, even between CR and LF.
    const QByteArray stream = "id: 1\r\nevent: reading\r\ndata: a\r\n\r\n"
                              "id: 2\r\nevent: reading\r\ndata: b\r\n\r\n";
    for (int split = 1; split < stream.size(); ++split) {
        SseParser parser;
        QList<SseParser::Event> events = parser.feed(stream.first(split));
        events += parser.feed(stream.sliced(split));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].data, QByteArray("b"));
    }
    SseParser bytewise;
    QList<SseParser::Event> events;
    for (char c : stream)
        events += bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(events.size(), 2);
}

void tst_SseParser::lineEnds()
{
    SseParser parser;
    const auto events = parser.feed("data: cr\r\rdata: lf\n\ndata: crlf\r\n\r\n");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].data, QByteArray("cr"));
    QCOMPARE(events[2].data, QByteArray("crlf"));
}

void tst_SseParser::bounds()
{
    SseParser parser;
    QByteArray huge = "event: reading\ndata: " + QByteArray(SseParser::kMaxLine + 10, 'x') + "\n\n";
    QVERIFY(parser.feed(huge).isEmpty()); // dropped, not delivered cut short
    QCOMPARE(parser.droppedCount(), 1);
    const auto after = parser.feed("data: fine\n\n");
    QCOMPARE(after.size(), 1); // and the stream goes on
    QCOMPARE(after[0].data, QByteArray("fine"));

    QByteArray many;
    for (int i = 0; i < 40; ++i)
        many += "data: " + QByteArray(40 * 1024, 'y') + '\n';
    many += '\n';
    QVERIFY(parser.feed(many).isEmpty()); // 1.6 MB event > kMaxEvent
    QCOMPARE(parser.droppedCount(), 2);
}

QTEST_APPLESS_MAIN(tst_SseParser)
#include "tst_sseparser.moc"
