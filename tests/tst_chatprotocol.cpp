#include <netlab/chatprotocol.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::ChatFrame;
using netlab::ChatProtocol;
using Kind = ChatFrame::Kind;
using Mode = ChatProtocol::Mode;

Q_DECLARE_METATYPE(ChatFrame::Kind)
Q_DECLARE_METATYPE(ChatProtocol::Mode)

class tst_ChatProtocol : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void splitAnywhere();
    void badInput_data();
    void badInput();
    void overlongLineIsRefusedAndStreamGoesOn();
    void tenMegabyteLine();
    void partialPlainLineIsFlushed();
    void roundTrip();
    void plainEncoding();
    void nicknameCleaning_data();
    void nicknameCleaning();
};

void tst_ChatProtocol::lines_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("nickname");

    QTest::addRow("plain") << Mode::Plain << "hello\n"_ba << Kind::PlainLine << u"hello"_s
                           << QString();
    QTest::addRow("plain crlf") << Mode::Plain << "hi there\r\n"_ba << Kind::PlainLine
                                << u"hi there"_s << QString();
    QTest::addRow("plain accents emoji") << Mode::Plain << "Ça va ? 👋 Grüße\n"_ba << Kind::PlainLine
                                         << u"Ça va ? 👋 Grüße"_s << QString();
    QTest::addRow("plain json is text") << Mode::Plain << "{\"type\":\"msg\"}\n"_ba
                                        << Kind::PlainLine << u"{\"type\":\"msg\"}"_s << QString();
    QTest::addRow("hello") << Mode::Netlab
                           << "{\"type\":\"hello\",\"nick\":\"Ana\",\"version\":\"0.1\"}\n"_ba
                           << Kind::Hello << QString() << u"Ana"_s;
    QTest::addRow("msg") << Mode::Netlab
                         << "{\"type\":\"msg\",\"id\":\"a1\",\"text\":\"Salut 😀\",\"time\":"
                            "\"2026-01-02T03:04:05.678Z\",\"from\":\"Bea\"}\n"_ba
                         << Kind::Message << u"Salut 😀"_s << u"Bea"_s;
    QTest::addRow("msg multi-line text")
        << Mode::Netlab << "{\"type\":\"msg\",\"id\":\"a\",\"text\":\"one\\ntwo\"}\n"_ba
        << Kind::Message << u"one\ntwo"_s << QString();
    QTest::addRow("ack") << Mode::Netlab << "{\"type\":\"ack\",\"id\":\"a1\"}\n"_ba << Kind::Ack
                         << QString() << QString();
    QTest::addRow("typing") << Mode::Netlab << "{\"type\":\"typing\",\"from\":\"Bea\"}\n"_ba
                            << Kind::Typing << QString() << u"Bea"_s;
    QTest::addRow("joined") << Mode::Netlab << "{\"type\":\"joined\",\"nick\":\"Cy\"}\n"_ba
                            << Kind::Joined << QString() << u"Cy"_s;
    QTest::addRow("left") << Mode::Netlab << "{\"type\":\"left\",\"nick\":\"Cy\"}\n"_ba
                          << Kind::Left << QString() << u"Cy"_s;
    QTest::addRow("bye") << Mode::Netlab << "{\"type\":\"bye\",\"reason\":\"class over\"}\n"_ba
                         << Kind::Bye << u"class over"_s << QString();
    QTest::addRow("bye without reason")
        << Mode::Netlab << "{\"type\":\"bye\"}\r\n"_ba << Kind::Bye << QString() << QString();
}

void tst_ChatProtocol::lines()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, input);
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, nickname);

    ChatProtocol protocol(mode);
    const QList<ChatFrame> frames = protocol.feed(input);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).kind, kind);
    QCOMPARE(frames.at(0).text, text);
    QCOMPARE(frames.at(0).nickname, nickname);
    QVERIFY2(frames.at(0).warning.isEmpty(), qPrintable(frames.at(0).warning));
    QCOMPARE(protocol.pendingBytes(), 0);
}

void tst_ChatProtocol::splitAnywhere()
{
    const QByteArray stream = ChatProtocol::encodeHello(u"Zoé"_s, u"1.0"_s)
        + ChatProtocol::encodeMessage(u"x1"_s, u"héllo 🌍"_s, QDateTime::currentDateTime(), {})
        + "\n\n" + ChatProtocol::encodeAck(u"x1"_s);
    for (int chunk = 1; chunk <= 7; ++chunk) {
        ChatProtocol protocol;
        QList<ChatFrame> frames;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            frames += protocol.feed(
                QByteArrayView(stream).sliced(i, std::min<qsizetype>(chunk, stream.size() - i)));
        QCOMPARE(frames.size(), 3); // empty lines are ignored
        QCOMPARE(frames.at(0).kind, Kind::Hello);
        QCOMPARE(frames.at(0).nickname, u"Zoé"_s);
        QCOMPARE(frames.at(1).kind, Kind::Message);
        QCOMPARE(frames.at(1).text, u"héllo 🌍"_s);
        QCOMPARE(frames.at(2).kind, Kind::Ack);
    }
}

void tst_ChatProtocol::badInput_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warningContains");

    QTest::addRow("plain invalid utf-8") << Mode::Plain << "caf\xe9 ok\n"_ba << Kind::PlainLine
                                         << u"caf\uFFFD ok"_s << u"invalid UTF-8"_s;
    QTest::addRow("plain truncated utf-8 at end")
        << Mode::Plain << "abc\xe2\x82\n"_ba << Kind::PlainLine << u"abc\uFFFD"_s
        << u"invalid UTF-8"_s;
    QTest::addRow("garbage") << Mode::Netlab << "hello there\n"_ba << Kind::Invalid
                             << u"hello there"_s << u"not a valid JSON"_s;
    QTest::addRow("truncated json")
        << Mode::Netlab << "{\"type\":\"msg\",\"te\n"_ba << Kind::Invalid
        << u"{\"type\":\"msg\",\"te"_s << u"not a valid JSON"_s;
    QTest::addRow("array") << Mode::Netlab << "[1,2]\n"_ba << Kind::Invalid << u"[1,2]"_s
                           << u"not an object"_s;
    QTest::addRow("no type") << Mode::Netlab << "{\"text\":\"x\"}\n"_ba << Kind::Invalid
                             << u"{\"text\":\"x\"}"_s << u"\"type\""_s;
    QTest::addRow("numeric type") << Mode::Netlab << "{\"type\":3}\n"_ba << Kind::Invalid
                                  << u"{\"type\":3}"_s << u"\"type\""_s;
    QTest::addRow("unknown type") << Mode::Netlab << "{\"type\":\"dance\"}\n"_ba << Kind::Invalid
                                  << u"{\"type\":\"dance\"}"_s << u"unknown message type"_s;
    QTest::addRow("msg without id")
        << Mode::Netlab << "{\"type\":\"msg\",\"text\":\"x\"}\n"_ba << Kind::Invalid
        << u"{\"type\":\"msg\",\"text\":\"x\"}"_s << u"\"id\""_s;
    QTest::addRow("msg text not string")
        << Mode::Netlab << "{\"type\":\"msg\",\"id\":\"1\",\"text\":5}\n"_ba << Kind::Invalid
        << u"{\"type\":\"msg\",\"id\":\"1\",\"text\":5}"_s << u"\"text\""_s;
    QTest::addRow("nick not string")
        << Mode::Netlab << "{\"type\":\"hello\",\"nick\":[]}\n"_ba << Kind::Invalid
        << u"{\"type\":\"hello\",\"nick\":[]}"_s << u"\"nick\""_s;
    QTest::addRow("id too long") << Mode::Netlab
                                 << "{\"type\":\"ack\",\"id\":\"" + QByteArray(65, 'a') + "\"}\n"
                                 << Kind::Invalid
                                 << u"{\"type\":\"ack\",\"id\":\""_s + QString(65, u'a') + u"\"}"_s
                                 << u"\"id\""_s;
    QTest::addRow("json with invalid utf-8")
        << Mode::Netlab << "{\"type\":\"msg\",\"id\":\"1\",\"text\":\"a\xff\"}\n"_ba
        << Kind::Message << u"a\uFFFD"_s << u"invalid UTF-8"_s;
    QTest::addRow("nul bytes") << Mode::Netlab << QByteArray("\0\0{\n", 4) << Kind::Invalid
                               << QString(QChar(0)) + QChar(0) + u'{' << u"not a valid JSON"_s;
}

void tst_ChatProtocol::badInput()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, input);
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, warningContains);

    ChatProtocol protocol(mode);
    const QList<ChatFrame> frames = protocol.feed(input);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).kind, kind);
    QCOMPARE(frames.at(0).text, text);
    QVERIFY2(frames.at(0).warning.contains(warningContains), qPrintable(frames.at(0).warning));
    QCOMPARE(protocol.invalidLines() + protocol.invalidUtf8Lines(), 1);
    // The stream goes on after bad input.
    const QList<ChatFrame> next = protocol.feed(ChatProtocol::encodeAck(u"z"_s));
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.at(0).kind, mode == Mode::Plain ? Kind::PlainLine : Kind::Ack);
}

void tst_ChatProtocol::overlongLineIsRefusedAndStreamGoesOn()
{
    ChatProtocol protocol(Mode::Plain);
    QList<ChatFrame> frames = protocol.feed("before\n");
    // Exactly the limit is accepted.
    frames += protocol.feed(QByteArray(ChatProtocol::kMaxLineBytes, 'a') + '\n');
    frames += protocol.feed(QByteArray(ChatProtocol::kMaxLineBytes + 1, 'b'));
    QVERIFY(protocol.pendingBytes() <= ChatProtocol::kMaxLineBytes);
    frames += protocol.feed(QByteArray(1000, 'b'));
    frames += protocol.feed("bbb\nafter\n");
    QCOMPARE(frames.size(), 4);
    QCOMPARE(frames.at(0).text, u"before"_s);
    QCOMPARE(frames.at(1).text.size(), ChatProtocol::kMaxLineBytes);
    QCOMPARE(frames.at(2).kind, Kind::Overlong);
    QVERIFY(frames.at(2).warning.contains(u"refused"_s));
    QCOMPARE(frames.at(3).text, u"after"_s);
    QCOMPARE(protocol.overlongLines(), 1);
}

void tst_ChatProtocol::tenMegabyteLine()
{
    ChatProtocol protocol(Mode::Netlab);
    const QByteArray chunk(64 * 1024, 'x');
    QList<ChatFrame> frames;
    for (int i = 0; i < 160; ++i) {
        frames += protocol.feed(chunk);
        QVERIFY(protocol.pendingBytes() <= ChatProtocol::kMaxLineBytes);
    }
    frames += protocol.feed("\n" + ChatProtocol::encodeTyping(u"Al"_s));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).kind, Kind::Overlong);
    QCOMPARE(frames.at(1).kind, Kind::Typing);
}

void tst_ChatProtocol::partialPlainLineIsFlushed()
{
    ChatProtocol protocol(Mode::Plain);
    QVERIFY(protocol.feed("no line end").isEmpty());
    QList<ChatFrame> frames = protocol.flushPartial();
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).text, u"no line end"_s);
    QVERIFY(protocol.flushPartial().isEmpty());

    ChatProtocol netlab(Mode::Netlab);
    QVERIFY(netlab.feed("{\"type\":").isEmpty());
    QVERIFY(netlab.flushPartial().isEmpty()); // half a JSON object is not a message
    QCOMPARE(netlab.pendingBytes(), 8);
}

void tst_ChatProtocol::roundTrip()
{
    const QDateTime time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    const QString text = u"Line one\nligne deux: àéîõü — 你好 🎉\t\"quoted\" \\ back"_s;
    const QByteArray line = ChatProtocol::encodeMessage(u"id-7"_s, text, time, u"Bé\nbé"_s);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    ChatProtocol protocol;
    const QList<ChatFrame> frames = protocol.feed(line);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).kind, Kind::Message);
    QCOMPARE(frames.at(0).id, u"id-7"_s);
    QCOMPARE(frames.at(0).text, text);
    QCOMPARE(frames.at(0).time, time);
    QCOMPARE(frames.at(0).nickname, u"Bé bé"_s);

    const QJsonObject hello
        = QJsonDocument::fromJson(ChatProtocol::encodeHello(u"Ana"_s, u"0.3"_s)).object();
    QCOMPARE(hello.value("type"_L1).toString(), u"hello"_s);
    QCOMPARE(hello.value("nick"_L1).toString(), u"Ana"_s);
    QCOMPARE(hello.value("version"_L1).toString(), u"0.3"_s);
}

void tst_ChatProtocol::plainEncoding()
{
    QCOMPARE(ChatProtocol::encodePlain(u"hé"_s), "h\xc3\xa9\n"_ba);
    QCOMPARE(ChatProtocol::encodePlain(u"a\r\nb\nc"_s), "a\nb\nc\n"_ba);
    QCOMPARE(ChatProtocol::encodePlain(u"a\nb"_s, u"Ana"_s), "Ana: a\nAna: b\n"_ba);
}

void tst_ChatProtocol::nicknameCleaning_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"Ana"_s << u"Ana"_s;
    QTest::addRow("spaces") << u"  Ana   Bé  "_s << u"Ana Bé"_s;
    QTest::addRow("control") << u"A\u0007n\u001ba\n"_s << u"Ana"_s;
    QTest::addRow("bidi override") << u"\u202eAna"_s << u"Ana"_s;
    QTest::addRow("long") << QString(100, u'x') << QString(ChatProtocol::kMaxNicknameLength, u'x');
    QTest::addRow("emoji kept whole") << QString(31, u'x') + u"😀"_s << QString(31, u'x');
    QTest::addRow("empty") << QString() << QString();
}

void tst_ChatProtocol::nicknameCleaning()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ChatProtocol::cleanNickname(input), expected);
}

QTEST_APPLESS_MAIN(tst_ChatProtocol)
#include "tst_chatprotocol.moc"
