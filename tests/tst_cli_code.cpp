// `netlab code TAB` run as a real process (build/bin/netlab): it prints the same programs as
// the tabs' "Show as code" view, and what it prints runs (python3, or sh with nc) against
// loopback peers in the test.
#include "childprocess.h"
#include "pythonprogram.h"

#include <netlab/socketcode.h>
#include <netlab/tcpserver.h>
#include <netlab/webcode.h>

#include <QDateTime>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::test::PythonProgram;

namespace {

using Run = netlab::test::ProgramRun;

Run runNetlab(const QStringList &arguments)
{
    return netlab::test::runProgram(
        QStringLiteral(NETLAB_BIN_DIR "/netlab"), QStringList {u"code"_s} + arguments, 60000);
}

} // namespace

class tst_CliCode : public QObject
{
    Q_OBJECT

private slots:
    void printsTheTabsProgram_data();
    void printsTheTabsProgram();
    void badArgumentsGiveOneLineAndExitTwo_data();
    void badArgumentsGiveOneLineAndExitTwo();
    void printedServerEchoes();
    void oneLinersSendTheSameBytes_data();
    void oneLinersSendTheSameBytes();
    void printedStructSenderPacksTheValues();
};

void tst_CliCode::printsTheTabsProgram_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    netlab::TcpClientCode client;
    client.host = u"::1"_s;
    client.port = 1234;
    client.message = u"on"_s;
    client.lineEnding = "\r\n";
    client.codec = netlab::TextCodec(netlab::TextEncoding::Latin1, netlab::DecodeErrorMode::Strict);
    QTest::addRow("tcp-client") << QStringList {u"tcp-client"_s, u"::1"_s, u"1234"_s,
        u"--message"_s, u"on"_s, u"--line-ending"_s, u"crlf"_s, u"--encoding"_s, u"latin-1"_s,
        u"--errors"_s, u"strict"_s}
                                << netlab::SocketCode::tcpClient(client).python;

    netlab::TcpServerCode server;
    server.reply = netlab::TcpServer::AutoReply::Acknowledge;
    server.unit = netlab::TcpServer::ReplyUnit::Line;
    server.ackText = "OK\r\n";
    QTest::addRow("tcp-server, default port") << QStringList {u"tcp-server"_s, u"--ack"_s,
        u"OK\\r\\n"_s, u"--per-line"_s} << netlab::SocketCode::tcpServer(server).python;

    netlab::UdpListenerCode listener;
    netlab::UdpPortConfig text;
    text.port = 52001;
    netlab::UdpPortConfig drone = text;
    drone.port = 52002;
    drone.decoder = netlab::UdpDecoder::Struct;
    drone.structFormat = netlab::StructFormat::droneFrame();
    listener.ports = {text, drone};
    QTest::addRow("udp-listen") << QStringList {u"udp-listen"_s, u"52001"_s, u"52002:drone"_s}
                                << netlab::SocketCode::udpListener(listener).python;

    netlab::ChatCode chat;
    chat.peerHost = u"::1"_s;
    chat.port = 55001;
    chat.nickname = u"alice"_s;
    QTest::addRow("chat, join") << QStringList {u"chat"_s, u"--join"_s, u"[::1]:55001"_s,
        u"--nick"_s, u"alice"_s} << netlab::SocketCode::chat(chat).python;
    chat.host = true;
    chat.bindAddress = QHostAddress::LocalHost;
    chat.port = 55000;
    chat.nickname.clear();
    QTest::addRow("chat, host") << QStringList {u"chat"_s, u"--host"_s, u"--bind"_s, u"localhost"_s}
                                << netlab::SocketCode::chat(chat).python;

    netlab::HttpClientCode http;
    http.method = u"POST"_s;
    http.url = u"http://[::1]:8080/form?a=1"_s;
    http.headers = {{u"X-Key"_s, u"abc: def"_s}};
    http.body = "name=Zo%C3%A9";
    QTest::addRow("http") << QStringList {u"http"_s, u"post"_s, u"http://[::1]:8080/form?a=1"_s,
        u"-H"_s, u"X-Key: abc: def"_s, u"-d"_s, u"name=Zo%C3%A9"_s}
                          << netlab::WebCode::httpClient(http).python;

    netlab::UdpSenderCode sender;
    sender.host = u"255.255.255.255"_s;
    sender.port = 52001;
    sender.payload = netlab::UdpSenderCode::Payload::Bytes;
    sender.bytes = "\x01\x02\xff";
    sender.count = 10;
    sender.rate = 2;
    sender.broadcast = true;
    QTest::addRow("udp-send") << QStringList {u"udp-send"_s, u"255.255.255.255"_s, u"52001"_s,
        u"--hex"_s, u"01 02 ff"_s, u"--count"_s, u"10"_s, u"--rate"_s, u"2"_s, u"--broadcast"_s}
                              << netlab::SocketCode::udpSender(sender).python;

    netlab::ChatCode netlabChat;
    netlabChat.peerHost = u"192.168.1.20"_s;
    netlabChat.nickname = u"Bea"_s;
    netlabChat.netlab = true;
    QTest::addRow("chat, json") << QStringList {u"chat"_s, u"--join"_s, u"192.168.1.20"_s,
        u"--nick"_s, u"Bea"_s, u"--json"_s}
                                << netlab::SocketCode::chat(netlabChat).python;

    netlab::HttpFolderCode folder;
    folder.bindAddress = QHostAddress::LocalHost;
    folder.port = 8000;
    folder.folder = u"/srv/my site"_s;
    QTest::addRow("http-server, folder") << QStringList {u"http-server"_s, u"--bind"_s,
        u"localhost"_s, u"--port"_s, u"8000"_s, u"--folder"_s, u"/srv/my site"_s}
                                         << netlab::WebCode::httpFolder(folder).python;

    netlab::HttpServerCode canned;
    canned.statusLine = u"404 Not Found"_s;
    canned.headers = {u"Content-Type: text/plain"_s, u"Expires: {now+60}"_s};
    canned.body = "nothing here";
    QTest::addRow("http-server, response") << QStringList {u"http-server"_s, u"--status"_s,
        u"404 Not Found"_s, u"-H"_s, u"Content-Type: text/plain"_s, u"-H"_s, u"Expires: {now+60}"_s,
        u"-d"_s, u"nothing here"_s} << netlab::WebCode::httpServer(canned).python;

    netlab::UdpSenderCode packed;
    packed.port = 52002;
    packed.payload = netlab::UdpSenderCode::Payload::Struct;
    packed.format = netlab::StructFormat::parse(u"<hf"_s);
    packed.values = {netlab::StructValue::fromInt(-3), netlab::StructValue::fromDouble(21.5)};
    QTest::addRow("udp-send, struct") << QStringList {u"udp-send"_s, u"127.0.0.1"_s, u"52002"_s,
        u"--format"_s, u"<hf"_s, u"--values"_s, u"-3,21.5"_s}
                                      << netlab::SocketCode::udpSender(packed).python;
}

void tst_CliCode::printsTheTabsProgram()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Run run = runNetlab(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), expected);
}

void tst_CliCode::badArgumentsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("chat, neither host nor join")
        << QStringList {u"chat"_s, u"--nick"_s, u"a"_s} << u"give --host or --join"_s;
    QTest::addRow("chat, join with --port") << QStringList {u"chat"_s, u"--join"_s, u"::1"_s,
        u"--port"_s, u"1"_s} << u"--port and --bind go with --host"_s;
    QTest::addRow("http, bad header") << QStringList {u"http"_s, u"GET"_s, u"http://x/"_s, u"-H"_s,
        u"nocolon"_s} << u"is not 'Name: value'"_s;
    QTest::addRow("no tab") << QStringList {} << u"needs a TAB"_s;
    QTest::addRow("unknown tab") << QStringList {u"ftp"_s} << u"'ftp' is not a tab"_s;
    QTest::addRow("option of another tab") << QStringList {u"udp-listen"_s, u"52001"_s, u"--echo"_s}
                                           << u"--echo does not apply to udp-listen"_s;
    QTest::addRow("no port") << QStringList {u"tcp-client"_s, u"localhost"_s}
                             << u"needs HOST and PORT"_s;
    QTest::addRow("bad hex") << QStringList {u"udp-send"_s, u"::1"_s, u"9"_s, u"--hex"_s, u"zz"_s}
                             << u"--hex:"_s;
    QTest::addRow("bad format") << QStringList {u"udp-listen"_s, u"1:<z"_s} << u"port 1:"_s;
    QTest::addRow("udp-send, values without format") << QStringList {u"udp-send"_s, u"::1"_s,
        u"9"_s, u"--values"_s, u"1"_s} << u"--format and --values go together"_s;
    QTest::addRow("udp-send, bad struct format") << QStringList {u"udp-send"_s, u"::1"_s, u"9"_s,
        u"--format"_s, u"<z"_s, u"--values"_s, u"1"_s}
                                                 << u"--format:"_s;
    QTest::addRow("udp-send, a value too many") << QStringList {u"udp-send"_s, u"::1"_s, u"9"_s,
        u"--format"_s, u"<h"_s, u"--values"_s, u"1,2"_s}
                                                << u"the format needs 1 values, got 2"_s;
    QTest::addRow("http-server, folder and response") << QStringList {u"http-server"_s,
        u"--folder"_s, u"."_s, u"-d"_s, u"x"_s} << u"--folder serves files"_s;
    QTest::addRow("chat, json of another tab")
        << QStringList {u"tcp-server"_s, u"--json"_s} << u"--json does not apply to tcp-server"_s;
}

void tst_CliCode::badArgumentsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);

    const Run run = runNetlab(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
}

void tst_CliCode::printedServerEchoes()
{
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
    const Run run = runNetlab(
        {u"tcp-server"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s, u"--echo"_s});
    QCOMPARE(run.exitCode, 0);
    PythonProgram program;
    QVERIFY(program.start(QString::fromUtf8(run.out)));
    const auto match = program.waitForOutput(QRegularExpression(u"Listening on port (\\d+)\\n"_s));
    QVERIFY2(match.hasMatch(), qPrintable(program.errors()));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 30000);
    const QByteArray sent("\x00\xff chunk\r\n", 10);
    client.write(sent);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).size() >= sent.size(), 30000);
    QCOMPARE(answer, sent);
}

void tst_CliCode::oneLinersSendTheSameBytes_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("wire");
    QTest::addRow("udp-send, text")
        << u"udp-send"_s << QStringList {u"--text"_s, u"it's 100% \\ \u00e9"_s}
        << QByteArray("it's 100% \\ \xc3\xa9");
    QTest::addRow("udp-send, hex") << u"udp-send"_s << QStringList {u"--hex"_s, u"00 0a 25 27 ff"_s}
                                   << QByteArray("\x00\n%'\xff", 5);
    QTest::addRow("tcp-client, crlf")
        << u"tcp-client"_s
        << QStringList {u"--message"_s, u"GET / 'x'"_s, u"--line-ending"_s, u"crlf"_s}
        << QByteArray("GET / 'x'\r\n");
}

void tst_CliCode::oneLinersSendTheSameBytes()
{
    QFETCH(QString, tab);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, wire);
    if (QStandardPaths::findExecutable(u"nc"_s).isEmpty())
        QSKIP("nc is not installed (scripts/setup.sh installs netcat-openbsd)");

    QUdpSocket udp;
    netlab::TcpServer tcp;
    QByteArray received;
    quint16 port = 0;
    if (tab == u"udp-send") {
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        port = udp.localPort();
    } else {
        connect(&tcp, &netlab::TcpServer::dataReceived, this,
            [&](quint64, const QByteArray &data) { received += data; });
        QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
        port = tcp.serverPort();
    }
    const Run run = runNetlab(QStringList {tab, u"127.0.0.1"_s, QString::number(port)} + options
        + QStringList {u"--one-liner"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, QString::fromUtf8(run.out)});
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (udp.hasPendingDatagrams())
                received += udp.receiveDatagram().data();
            return received.size() >= wire.size();
        }(),
        30000);
    QCOMPARE(received, wire);
    QSignalSpy finished(&shell, &QProcess::finished);
    QVERIFY(shell.state() == QProcess::NotRunning || finished.wait(30000));
}

// netlab code udp-send --format --values: the printed program's datagram, decoded with the
// workbench's own StructFormat, holds the values given (a negative one, a float, text).
void tst_CliCode::printedStructSenderPacksTheValues()
{
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    const Run run = runNetlab({u"udp-send"_s, u"127.0.0.1"_s, QString::number(receiver.localPort()),
        u"--format"_s, u"!hdI4s"_s, u"--values"_s, u"-300,now,4000000000,abé"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const double before = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    PythonProgram program;
    QVERIFY(program.start(QString::fromUtf8(run.out)));
    QTRY_VERIFY2_WITH_TIMEOUT(receiver.hasPendingDatagrams(), qPrintable(program.errors()), 60000);
    const QByteArray datagram = receiver.receiveDatagram().data();
    QString error;
    const QList<netlab::StructValue> values
        = netlab::StructFormat::parse(u"!hdI4s"_s).decode(datagram, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(0).i, -300);
    // 'now' became the time when netlab printed the program (to the millisecond).
    QVERIFY2(qAbs(values.at(1).f - before) < 120, qPrintable(values.at(1).toString()));
    QCOMPARE(values.at(2).u, 4000000000u);
    QCOMPARE(values.at(3).bytes, QByteArray("ab\xc3\xa9"));
    QVERIFY(program.waitForExit());
    QCOMPARE(program.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CliCode)
#include "tst_cli_code.moc"
