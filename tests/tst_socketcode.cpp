// The socket labs' generated Python programs, run for real with python3 against the
// workbench's core on loopback: the same bytes must cross in both directions.
#include "pythonprogram.h"

#include <netlab/chatsession.h>
#include <netlab/socketcode.h>
#include <netlab/tcpserver.h>

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::test::PythonProgram;

class tst_SocketCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void literals();
    void tcpClientAgainstServer_data();
    void tcpClientAgainstServer();
    void tcpServerAgainstClient_data();
    void tcpServerAgainstClient();
    void udpListener();
    void udpSender_data();
    void udpSender();
    void chatJoins();
    void chatHosts();

private:
    void netlabChatJoinsSession();
    void netlabChatHostsSession();

private:
    static quint16 listeningPort(PythonProgram &program, const QString &label);
};

void tst_SocketCode::initTestCase()
{
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
}

quint16 tst_SocketCode::listeningPort(PythonProgram &program, const QString &label)
{
    const auto match = program.waitForOutput(
        QRegularExpression(QRegularExpression::escape(label) + u" (\\d+)\\n"_s));
    if (!match.hasMatch())
        qWarning().noquote() << "output:" << program.output() << "errors:" << program.errors();
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void tst_SocketCode::literals()
{
    QCOMPARE(netlab::pythonString(u"a\"b\\c\n\u00e9\x01"_s), u"\"a\\\"b\\\\c\\n\u00e9\\x01\""_s);
    QCOMPARE(netlab::pythonBytes(QByteArray("A\r\n\0\xff\"", 6)), u"b\"A\\r\\n\\x00\\xff\\\"\""_s);
    QCOMPARE(
        netlab::shellPrintf(QByteArray("50% it's\n\xc3\xa9")), u"'50%% it\\047s\\n\\303\\251'"_s);
    QCOMPARE(netlab::shellWord(u"127.0.0.1"_s), u"127.0.0.1"_s);
    QCOMPARE(netlab::shellWord(u"a b'c"_s), u"'a b'\\''c'"_s);
}

void tst_SocketCode::tcpClientAgainstServer_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("reply");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("expectedReply");
    QTest::addColumn<QByteArray>("serverEnding"); // ends the server's lines; empty: lineEnding

    const int echo = int(netlab::TcpServer::AutoReply::Echo);
    const int ack = int(netlab::TcpServer::AutoReply::Acknowledge);
    QTest::addRow("utf-8, lf, echo")
        << u"H\u00e9llo \"world\""_s << QByteArray("\n") << int(netlab::TextEncoding::Utf8) << echo
        << QByteArray("H\xc3\xa9llo \"world\"\n") << u"H\u00e9llo \"world\"\n"_s << QByteArray();
    QTest::addRow("latin-1, crlf, ack")
        << u"caf\u00e9"_s << QByteArray("\r\n") << int(netlab::TextEncoding::Latin1) << ack
        << QByteArray("caf\xe9\r\n") << u"ACK \u00e9\r\n"_s << QByteArray();
    QTest::addRow("raw bytes (hex mode), echo")
        << QString() << QByteArray() << -1 << echo << QByteArray("\x00\xff\\\"'", 5)
        << u"b'\\x00\\xff\\\\\"\\''"_s << QByteArray();
    QTest::addRow("ascii, no line ending, echo")
        << u"on"_s << QByteArray() << int(netlab::TextEncoding::Ascii) << echo << QByteArray("on")
        << u"on"_s << QByteArray();
    // A server that ends its lines with LF alone (most do) answers a client that sends CRLF:
    // the client must not wait for a CRLF that never comes.
    QTest::addRow("utf-8, crlf, ack ending in lf")
        << u"on"_s << QByteArray("\r\n") << int(netlab::TextEncoding::Utf8) << ack
        << QByteArray("on\r\n") << u"ACK \u00e9\n"_s << QByteArray("\n");
}

void tst_SocketCode::tcpClientAgainstServer()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, lineEnding);
    QFETCH(int, encoding);
    QFETCH(int, reply);
    QFETCH(QByteArray, wire);
    QFETCH(QString, expectedReply);
    QFETCH(QByteArray, serverEnding);

    const auto mode = netlab::TcpServer::AutoReply(reply);
    const auto unit = lineEnding.isEmpty() ? netlab::TcpServer::ReplyUnit::Chunk
                                           : netlab::TcpServer::ReplyUnit::Line;
    const bool raw = encoding < 0; // the tab's hex mode: bytes, not text
    const netlab::TextCodec codec {
        raw ? netlab::TextEncoding::Utf8 : netlab::TextEncoding(encoding)};
    netlab::TcpServer server;
    // The client reads up to the last character of its own line ending.
    server.setAutoReply(mode, unit,
        codec.encode(u"ACK \u00e9"_s).bytes + (serverEnding.isEmpty() ? lineEnding : serverEnding));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &netlab::TcpServer::dataReceived, this,
        [&](quint64, const QByteArray &data) { received += data; });

    netlab::TcpClientCode settings;
    settings.port = server.serverPort();
    settings.message = message;
    settings.lineEnding = lineEnding;
    settings.codec = codec;
    settings.raw = raw;
    settings.bytes = wire;
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::tcpClient(settings).python));
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
    QCOMPARE(received, wire);
    const QString expectedLine = u"Received: "_s + expectedReply;
    QVERIFY2(program.output().contains(expectedLine), qPrintable(program.output()));
}

void tst_SocketCode::tcpServerAgainstClient_data()
{
    QTest::addColumn<QString>("bindAddress");
    QTest::addColumn<int>("reply");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("expected");

    const int chunk = int(netlab::TcpServer::ReplyUnit::Chunk);
    const int line = int(netlab::TcpServer::ReplyUnit::Line);
    const int echo = int(netlab::TcpServer::AutoReply::Echo);
    const int ack = int(netlab::TcpServer::AutoReply::Acknowledge);
    const QByteArray binary("\x00\x01\xfe\xff hi", 7);
    QTest::addRow("IPv4, echo chunks") << u"127.0.0.1"_s << echo << chunk << binary << binary;
    QTest::addRow("IPv6, echo lines")
        << u"::1"_s << echo << line << QByteArray("one\ntwo\n") << QByteArray("one\ntwo\n");
    QTest::addRow("IPv4, ack lines")
        << u"127.0.0.1"_s << ack << line << QByteArray("on\noff\n") << QByteArray("OK\r\nOK\r\n");
}

void tst_SocketCode::tcpServerAgainstClient()
{
    QFETCH(QString, bindAddress);
    QFETCH(int, reply);
    QFETCH(int, unit);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, expected);

    netlab::TcpServerCode settings;
    settings.bindAddress = QHostAddress(bindAddress);
    settings.port = 0;
    settings.reply = netlab::TcpServer::AutoReply(reply);
    settings.unit = netlab::TcpServer::ReplyUnit(unit);
    settings.ackText = "OK\r\n";
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::tcpServer(settings).python));
    const quint16 port = listeningPort(program, u"Listening on port"_s);
    QVERIFY(port != 0);

    QTcpSocket client;
    client.connectToHost(settings.bindAddress, port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 30000);
    client.write(sent);
    QByteArray answer;
    QTRY_COMPARE_WITH_TIMEOUT((answer += client.readAll()).size() >= expected.size(), true, 30000);
    QCOMPARE(answer, expected);
    // The server printed what it received, as Python shows bytes.
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"Connected:"_s), 30000);
}

void tst_SocketCode::udpListener()
{
    netlab::UdpListenerCode settings;
    netlab::UdpPortConfig text;
    text.bindAddress = QHostAddress::LocalHost;
    text.textCodec = netlab::TextCodec(netlab::TextEncoding::Utf8);
    netlab::UdpPortConfig drone = text;
    drone.decoder = netlab::UdpDecoder::Struct;
    drone.structFormat = netlab::StructFormat::droneFrame();
    netlab::UdpPortConfig hex = text;
    hex.decoder = netlab::UdpDecoder::Hex;
    settings.ports = {text, drone, hex};
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::udpListener(settings).python));
    QList<quint16> ports;
    const QRegularExpression listening(u"Listening on UDP port (\\d+)\\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        program.output().count(listening) == 3 || !program.errors().isEmpty(), 60000);
    for (auto it = listening.globalMatch(program.output()); it.hasNext();)
        ports += quint16(it.next().captured(1).toUInt());
    QVERIFY2(ports.size() == 3, qPrintable(program.errors()));

    const QList<netlab::StructValue> values {netlab::StructValue::fromDouble(1700000000.5),
        netlab::StructValue::fromInt(-12), netlab::StructValue::fromInt(7),
        netlab::StructValue::fromInt(359), netlab::StructValue::fromInt(87),
        netlab::StructValue::fromDouble(1013.25), netlab::StructValue::fromDouble(0.5),
        netlab::StructValue::fromDouble(-0.25), netlab::StructValue::fromDouble(9.75)};
    QByteArray frame;
    QVERIFY(drone.structFormat.encode(values, frame));
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.writeDatagram("temp=21.5 \xc2\xb0"
                         "C",
        QHostAddress::LocalHost, ports.at(0));
    sender.writeDatagram(frame, QHostAddress::LocalHost, ports.at(1));
    sender.writeDatagram(frame.left(10), QHostAddress::LocalHost, ports.at(1));
    sender.writeDatagram("\x01\xff", QHostAddress::LocalHost, ports.at(2));

    const QString from = u" ('127.0.0.1', "_s + QString::number(sender.localPort()) + u") "_s;
    QStringList fields;
    const QStringList names = drone.structFormat.names();
    for (int i = 0; i < names.size(); ++i)
        fields += u'\'' + names.at(i) + u"': "_s + values.at(i).toString();
    const QStringList expected {
        QString::number(ports.at(0)) + from + u"temp=21.5 \u00b0C\n"_s,
        QString::number(ports.at(1)) + from + u'{' + fields.join(u", "_s) + u"}\n"_s,
        QString::number(ports.at(1)) + from + u"bad frame, bytes: 10 expected: 40\n"_s,
        QString::number(ports.at(2)) + from + u"01 ff\n"_s,
    };
    for (const QString &line : expected)
        QTRY_VERIFY2_WITH_TIMEOUT(program.output().contains(line),
            qPrintable(program.output() + program.errors() + u"\nexpected: "_s + line), 30000);
}

void tst_SocketCode::udpSender_data()
{
    QTest::addColumn<int>("payload");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("wire");

    using Payload = netlab::UdpSenderCode::Payload;
    QTest::addRow("text once") << int(Payload::Text) << qint64(1)
                               << QByteArray("Hello, World! \xc3\xa9");
    QTest::addRow("bytes, 3 times")
        << int(Payload::Bytes) << qint64(3) << QByteArray("\x00\"\\\xff", 4);
    QTest::addRow("drone frame, twice") << int(Payload::Struct) << qint64(2) << QByteArray();
}

void tst_SocketCode::udpSender()
{
    QFETCH(int, payload);
    QFETCH(qint64, count);
    QFETCH(QByteArray, wire);

    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    netlab::UdpSenderCode settings;
    settings.port = receiver.localPort();
    settings.payload = netlab::UdpSenderCode::Payload(payload);
    settings.text = u"Hello, World! \u00e9"_s;
    settings.bytes = wire;
    settings.count = count;
    settings.rate = 200;
    if (settings.payload == netlab::UdpSenderCode::Payload::Struct) {
        settings.format = netlab::StructFormat::droneFrame();
        settings.values = {netlab::StructValue::fromDouble(1700000000.123456),
            netlab::StructValue::fromInt(-2147483648LL), netlab::StructValue::fromInt(1),
            netlab::StructValue::fromInt(2), netlab::StructValue::fromInt(100),
            netlab::StructValue::fromDouble(1013.25), netlab::StructValue::fromDouble(0.1),
            netlab::StructValue::fromDouble(-1e-3), netlab::StructValue::fromDouble(9.81)};
        QVERIFY(settings.format.encode(settings.values, wire));
    }
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::udpSender(settings).python));
    QList<QByteArray> datagrams;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            while (receiver.hasPendingDatagrams())
                datagrams += receiver.receiveDatagram().data();
            return datagrams.size() >= count;
        }(),
        qPrintable(program.errors()), 60000);
    QVERIFY(program.waitForExit());
    QCOMPARE(program.exitCode(), 0);
    QCOMPARE(datagrams, QList<QByteArray>(count, wire));
}

void tst_SocketCode::chatJoins()
{
    netlab::TcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    quint64 client = 0;
    connect(&server, &netlab::TcpServer::clientConnected, this,
        [&](const netlab::TcpClientInfo &info) { client = info.id; });
    connect(&server, &netlab::TcpServer::dataReceived, this,
        [&](quint64, const QByteArray &data) { received += data; });

    netlab::ChatCode settings;
    settings.port = server.serverPort();
    settings.nickname = u"alice"_s;
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::chat(settings).python));
    QTRY_VERIFY2_WITH_TIMEOUT(client != 0, qPrintable(program.errors()), 60000);
    // Both ways at once: the classmate speaks before alice has typed anything.
    server.sendTo(client, "bob: hi \xc3\xbc\n");
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"bob: hi \u00fc\n"_s), 30000);
    program.write("hello \xc3\xa9\r\nsecond line\n");
    program.endInput();
    QTRY_COMPARE_WITH_TIMEOUT(
        received, QByteArray("alice: hello \xc3\xa9\nalice: second line\n"), 30000);
    server.disconnectClient(client);
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
    QVERIFY(program.output().contains(u"The other side left."_s));
}

void tst_SocketCode::chatHosts()
{
    netlab::ChatCode settings;
    settings.host = true;
    settings.bindAddress = QHostAddress::LocalHostIPv6;
    settings.port = 0;
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::chat(settings).python));
    const quint16 port = listeningPort(program, u"Listening on port"_s);
    QVERIFY(port != 0);

    QTcpSocket classmate;
    classmate.connectToHost(QHostAddress::LocalHostIPv6, port);
    QTRY_COMPARE_WITH_TIMEOUT(classmate.state(), QAbstractSocket::ConnectedState, 30000);
    classmate.write("bob: hi\n");
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"bob: hi\n"_s), 30000);
    program.write("hello\n");
    program.endInput();
    QByteArray received;
    QTRY_COMPARE_WITH_TIMEOUT(received += classmate.readAll(), QByteArray("hello\n"), 30000);
    classmate.disconnectFromHost();
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
}

namespace {

// The text of the first message `nickname` sent that the session received, or empty.
QString incomingFrom(const netlab::ChatSession &session, const QString &nickname)
{
    for (const netlab::ChatEntry &entry : session.entries())
        if (entry.kind == netlab::ChatEntry::Kind::Incoming && entry.nickname == nickname)
            return entry.text;
    return {};
}

} // namespace

// The netlab-mode program joins a workbench that hosts: each side learns the other's
// nickname from its hello, messages cross both ways (the program acknowledges what it
// shows), and the program's bye takes it out of the chat.
void tst_SocketCode::netlabChatJoinsSession()
{
    netlab::ChatSession session;
    session.setNickname(u"Ana"_s);
    QVERIFY(session.host(QHostAddress::LocalHost, 0));

    netlab::ChatCode settings;
    settings.port = session.serverPort();
    settings.nickname = u"alice"_s;
    settings.netlab = true;
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::chat(settings).python));
    QTRY_VERIFY2_WITH_TIMEOUT(
        session.peerNames() == QStringList {u"alice"_s}, qPrintable(program.errors()), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"* Ana is in the chat"_s), 30000);

    const QString id = session.sendMessage(u"salut \u00e9 \"toi\""_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"Ana: salut \u00e9 \"toi\"\n"_s), 30000);
    // The program's ack: the workbench marks the message as seen.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const netlab::ChatEntry &entry : session.entries())
                if (entry.id == id && entry.delivery == netlab::ChatEntry::Delivery::Delivered)
                    return true;
            return false;
        }(),
        30000);

    program.write("bonjour \xc3\xa0 tous\n");
    QTRY_COMPARE_WITH_TIMEOUT(incomingFrom(session, u"alice"_s), u"bonjour \u00e0 tous"_s, 30000);
    QCOMPARE(session.badLines(), 0);

    program.endInput(); // Ctrl+D: bye
    QTRY_COMPARE_WITH_TIMEOUT(session.peerCount(), 0, 30000);
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
    QVERIFY(program.output().contains(u"The other side left."_s));
}

// The netlab-mode program hosts and a workbench joins: the workbench settles on netlab at
// the program's hello, and the workbench's bye ends the program's side.
void tst_SocketCode::netlabChatHostsSession()
{
    netlab::ChatCode settings;
    settings.host = true;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.nickname = u"bob"_s;
    settings.netlab = true;
    PythonProgram program;
    QVERIFY(program.start(netlab::SocketCode::chat(settings).python));
    const quint16 port = listeningPort(program, u"Listening on port"_s);
    QVERIFY(port != 0);

    netlab::ChatSession session;
    session.setNickname(u"Ana"_s);
    session.join(u"127.0.0.1"_s, port);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), netlab::ChatSession::State::Joined, 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        session.peerNames() == QStringList {u"bob"_s}, qPrintable(program.errors()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"* Ana is in the chat"_s), 30000);

    program.write("first\nsecond\n");
    QTRY_COMPARE_WITH_TIMEOUT(incomingFrom(session, u"bob"_s), u"first"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(session.messagesReceived(), 2, 30000);
    QVERIFY(!session.sendMessage(u"hi bob"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"Ana: hi bob\n"_s), 30000);

    session.leave();
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"* Ana left the chat"_s), 30000);
    program.endInput();
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
}

QTEST_GUILESS_MAIN(tst_SocketCode)
#include "tst_socketcode.moc"
