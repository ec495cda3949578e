// The `netlab` executable as a user runs it: help, argument errors (exit 2, one line),
// tcp-server answering a QTcpSocket, tcp-client talking to a QTcpServer. Real processes,
// loopback only, driven asynchronously with signal spies.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::test::startProgram;

namespace {

constexpr int kTimeoutMs = 15000;

QString netlabPath()
{
    return QStringLiteral(NETLAB_BIN_DIR "/netlab");
}

// A finished run of `netlab arguments…` with `input` on stdin.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run runNetlab(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startProgram(process, netlabPath(), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!finished.wait(kTimeoutMs)) {
        process.kill();
        finished.wait(kTimeoutMs);
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Terminates a still-running child when the test ends, however it ends.
struct ProcessGuard
{
    QProcess &process;
    ~ProcessGuard()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kTimeoutMs); // the child, not a socket
        }
    }
};

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed when probe goes away
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpIsComplete_data();
    void helpIsComplete();
    void badArgumentsGiveOneLineAndExitTwo_data();
    void badArgumentsGiveOneLineAndExitTwo();
    void tcpServerEchoesAndLogsJson_data();
    void tcpServerEchoesAndLogsJson();
    void tcpServerAcknowledgesPerLine();
    void tcpServerReportsPortInUse();
    void tcpClientTalksToAServer();
    void tcpClientConvertsLineEndings();
    void tcpClientSendsAndPrintsHex();
    void tcpClientExplainsARefusal();
    void tcpClientReadsStdinOnlyAsFastAsThePeerTakes();
    void speaksTheUsersLanguage();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(netlabPath()), qPrintable(netlabPath() + u" is not built"_s));
}

void tst_Cli::helpIsComplete_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::addRow("netlab") << QStringList {u"--help"_s}
                            << QStringList {u"tcp-client"_s, u"tcp-server"_s};
    QTest::addRow("tcp-client") << QStringList {u"tcp-client"_s, u"--help"_s}
                                << QStringList {u"HOST PORT"_s, u"--hex"_s, u"--line-ending"_s,
                                       u"--timeout"_s, u"Exit status"_s};
    QTest::addRow("tcp-server") << QStringList {u"tcp-server"_s, u"-h"_s}
                                << QStringList {u"--bind"_s, u"--port"_s, u"--echo"_s, u"--ack"_s,
                                       u"--per-line"_s, u"--max-clients"_s, u"--backlog"_s,
                                       u"--json"_s, u"Exit status"_s};
}

void tst_Cli::helpIsComplete()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = runNetlab(arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString help = QString::fromUtf8(run.out);
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(help.contains(word), qPrintable(word + u" missing from:\n"_s + help));
}

void tst_Cli::badArgumentsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no subcommand") << QStringList {} << u"Usage"_s;
    QTest::addRow("unknown subcommand") << QStringList {u"tcp-frobnicate"_s} << u"unknown"_s;
    QTest::addRow("client without port")
        << QStringList {u"tcp-client"_s, u"localhost"_s} << u"needs HOST and PORT"_s;
    QTest::addRow("client port 0")
        << QStringList {u"tcp-client"_s, u"localhost"_s, u"0"_s} << u"1 to 65535"_s;
    QTest::addRow("client bad line ending") << QStringList {u"tcp-client"_s, u"--line-ending"_s,
        u"lfcr"_s, u"h"_s, u"1"_s} << u"--line-ending"_s;
    QTest::addRow("server port text")
        << QStringList {u"tcp-server"_s, u"--port"_s, u"abc"_s} << u"not 'abc'"_s;
    QTest::addRow("server port too big")
        << QStringList {u"tcp-server"_s, u"--port"_s, u"70000"_s} << u"65535"_s;
    QTest::addRow("server unknown option")
        << QStringList {u"tcp-server"_s, u"--frob"_s} << u"frob"_s;
    QTest::addRow("server echo and ack")
        << QStringList {u"tcp-server"_s, u"--echo"_s, u"--ack"_s, u"OK"_s} << u"exclude"_s;
    QTest::addRow("server bad bind")
        << QStringList {u"tcp-server"_s, u"--bind"_s, u"300.1.2.3"_s} << u"not an IP address"_s;
    QTest::addRow("server zero clients")
        << QStringList {u"tcp-server"_s, u"--max-clients"_s, u"0"_s} << u"--max-clients"_s;
}

void tst_Cli::badArgumentsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = runNetlab(arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(reason), qPrintable(err));
    if (!arguments.isEmpty()) // a bare `netlab` prints the usage
        QCOMPARE(err.count(u'\n'), 1);
}

void tst_Cli::tcpServerEchoesAndLogsJson_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("one thread") << QStringList {};
    QTest::addRow("two worker threads") << QStringList {u"--threads"_s, u"2"_s};
}

void tst_Cli::tcpServerEchoesAndLogsJson()
{
    QFETCH(QStringList, extra);
    QProcess server;
    ProcessGuard guard {server};
    QSignalSpy output(&server, &QProcess::readyReadStandardOutput);
    startProgram(server, netlabPath(),
        QStringList {u"tcp-server"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s, u"--echo"_s,
            u"--json"_s}
            + extra);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAllStandardOutput()).contains('\n'), kTimeoutMs);
    const QJsonObject listening = QJsonDocument::fromJson(log.left(log.indexOf('\n'))).object();
    QCOMPARE(listening.value(u"event"_s).toString(), u"listening"_s);
    const auto port = quint16(listening.value(u"port"_s).toInt());
    QVERIFY(port != 0);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("Hello\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.bytesAvailable(), qint64(6), kTimeoutMs);
    QCOMPARE(socket.readAll(), "Hello\n"_ba);
    socket.disconnectFromHost();

    QTRY_VERIFY_WITH_TIMEOUT(
        (log += server.readAllStandardOutput()).contains("disconnected"), kTimeoutMs);
    QStringList events;
    for (const QByteArray &line : log.trimmed().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY2(!event.isEmpty(), line.constData());
        events.append(event.value(u"event"_s).toString());
        if (events.last() == u"data") {
            QCOMPARE(event.value(u"text"_s).toString(), u"Hello\n"_s);
            QCOMPARE(event.value(u"hex"_s).toString(), u"48656c6c6f0a"_s);
        }
    }
    QCOMPARE(events,
        (QStringList {u"listening"_s, u"connected"_s, u"data"_s, u"sent"_s, u"disconnected"_s}));
}

void tst_Cli::tcpServerAcknowledgesPerLine()
{
    QProcess server;
    ProcessGuard guard {server};
    startProgram(server, netlabPath(),
        {u"tcp-server"_s, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--ack"_s, u"OK\\n"_s,
            u"--per-line"_s});
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAllStandardOutput()).contains('\n'), kTimeoutMs);
    QVERIFY2(log.startsWith("listening on 127.0.0.1:"), log.constData());
    const auto port
        = quint16(log.mid(log.lastIndexOf(':', log.indexOf('\n')) + 1,
                         log.indexOf('\n') - log.lastIndexOf(':', log.indexOf('\n')) - 1)
                      .toUInt());
    QVERIFY(port != 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("one\ntwo\nthr");
    QTRY_COMPARE_WITH_TIMEOUT(socket.bytesAvailable(), qint64(6), kTimeoutMs);
    QCOMPARE(socket.readAll(), "OK\nOK\n"_ba);
    socket.write("ee\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.bytesAvailable(), qint64(3), kTimeoutMs);
    QCOMPARE(socket.readAll(), "OK\n"_ba);
}

void tst_Cli::tcpServerReportsPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const Run run = runNetlab({u"tcp-server"_s, u"--bind"_s, u"localhost"_s, u"--port"_s,
        QString::number(occupant.serverPort())});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"address already in use"), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void tst_Cli::tcpClientTalksToAServer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    std::unique_ptr<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer.reset(server.nextPendingConnection());
        connect(peer.get(), &QTcpSocket::readyRead, this, [&] {
            received += peer->readAll();
            if (received.endsWith("\n")) {
                peer->write("World\n");
                peer->disconnectFromHost();
            }
        });
    });

    QProcess client;
    ProcessGuard guard {client};
    QSignalSpy finished(&client, &QProcess::finished);
    startProgram(client, netlabPath(),
        {u"tcp-client"_s, u"127.0.0.1"_s, QString::number(server.serverPort())});
    client.write("Hello\n");
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(received, "Hello\n"_ba);
    QCOMPARE(client.readAllStandardOutput(), "World\n"_ba);
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), 0);
}

// Bytes the process has read so far (stdin included), from /proc/PID/io; -1 when unknown.
static qint64 bytesRead(const QProcess &process)
{
    QFile io(u"/proc/%1/io"_s.arg(process.processId()));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    }
    return -1;
}

void tst_Cli::tcpClientReadsStdinOnlyAsFastAsThePeerTakes()
{
    // `netlab tcp-client < bigfile` to a peer that does not read yet: like nc, the client
    // must leave the file in the file, not copy it into memory; then every byte arrives.
    // Loopback TCP may buffer up to the kernel's largest receive plus send windows (36 MiB
    // on Debian 12's defaults), so the input is well beyond that and so is the bound.
    const auto kernelMax = [](const char *path) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            return qint64(8 * 1024 * 1024);
        return QByteArray(file.readAll().simplified()).split(' ').value(2).toLongLong();
    };
    const qint64 kernelBuffers
        = kernelMax("/proc/sys/net/ipv4/tcp_rmem") + kernelMax("/proc/sys/net/ipv4/tcp_wmem");
    const qint64 kBound = kernelBuffers + 16 * 1024 * 1024; // plus what the client may hold
    const qint64 kSize = (2 * kBound + 1024 * 1024 - 1) / (1024 * 1024) * (1024 * 1024);
    QTemporaryFile input;
    QVERIFY(input.open());
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char(i % 251);
    for (qint64 written = 0; written < kSize; written += block.size())
        QVERIFY(input.write(block) == block.size());
    QVERIFY(input.flush());

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QProcess client;
    ProcessGuard guard {client};
    client.setStandardInputFile(input.fileName());
    startProgram(client, netlabPath(),
        {u"tcp-client"_s, u"127.0.0.1"_s, QString::number(server.serverPort())});
    QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, kTimeoutMs));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    // Qt would otherwise read everything into the socket's own buffer for us.
    peer->setReadBufferSize(64 * 1024);
    if (bytesRead(client) < 0)
        QSKIP("no /proc/PID/io here to see what the client read");
    // The peer reads nothing: the socket buffers fill and the client stops reading its
    // input. Without flow control it read the whole input within moments.
    const bool readItAll = QTest::qWaitFor([&] { return bytesRead(client) > kBound; }, 3000);
    QVERIFY2(
        !readItAll, qPrintable(u"the client read %1 bytes of its input"_s.arg(bytesRead(client))));

    // Then the peer reads: everything arrives, in order.
    peer->setReadBufferSize(0);
    qint64 received = 0;
    bool inOrder = true;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QByteArray chunk = peer->readAll();
            for (qsizetype i = 0; i < chunk.size() && inOrder; ++i)
                inOrder = chunk.at(i) == char((received + i) % (1024 * 1024) % 251);
            received += chunk.size();
            return received >= kSize || !inOrder;
        }(),
        120000);
    QVERIFY(inOrder);
    QCOMPARE(received, kSize);
}

void tst_Cli::tcpClientConvertsLineEndings()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    std::unique_ptr<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer.reset(server.nextPendingConnection());
        connect(peer.get(), &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
        // The client half-closes when its input ends; then we close too.
        connect(peer.get(), &QTcpSocket::disconnected, this, [] {});
    });
    const Run run = runNetlab({u"tcp-client"_s, u"--line-ending"_s, u"crlf"_s, u"localhost"_s,
                                  QString::number(server.serverPort())},
        "a\nb\r\nc"_ba);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(received, "a\r\nb\r\nc"_ba);
}

void tst_Cli::tcpClientSendsAndPrintsHex()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    std::unique_ptr<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer.reset(server.nextPendingConnection());
        connect(peer.get(), &QTcpSocket::readyRead, this, [&] {
            received += peer->readAll();
            if (received.size() >= 3) {
                peer->write("\x00\xff\x10"_ba);
                peer->disconnectFromHost();
            }
        });
    });
    const Run run = runNetlab(
        {u"tcp-client"_s, u"--hex"_s, u"127.0.0.1"_s, QString::number(server.serverPort())},
        "01 02\nnot hex\n0x03\n"_ba);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(received, "\x01\x02\x03"_ba);
    QCOMPARE(run.out, "00 ff 10\n"_ba);
    QVERIFY2(run.err.contains("input line 2 not sent"), run.err.constData());
}

void tst_Cli::tcpClientExplainsARefusal()
{
    const quint16 port = unusedPort();
    const Run run = runNetlab({u"tcp-client"_s, u"127.0.0.1"_s, QString::number(port)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("connection refused: nothing listens on 127.0.0.1:"), run.err.constData());
}

// LANG=fr_FR.UTF-8 (no LANGUAGE, no LC_ALL): help, errors and text output in French, from the
// catalogue built into the executables; --json stays English.
void tst_Cli::speaksTheUsersLanguage()
{
    QProcessEnvironment french = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        french.remove(name);
    french.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    const auto run = [&french](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(french);
        QSignalSpy finished(&process, &QProcess::finished);
        startProgram(process, program, arguments); // through qemu in a cross build
        process.closeWriteChannel();
        Run result;
        if (!finished.wait(kTimeoutMs)) {
            process.kill();
            finished.wait(kTimeoutMs);
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    };

    const Run help = run(netlabPath(), {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QString helpText = QString::fromUtf8(help.out);
    QVERIFY2(helpText.contains(u"Sous-commandes :"_s), help.out.constData());
    QVERIFY2(helpText.contains(u"affiche cette aide"_s), help.out.constData());
    QVERIFY2(helpText.contains(u"écoute les clients TCP"_s), help.out.constData()); // a summary
    QVERIFY(!helpText.contains(u"Subcommands"_s));

    const Run serverHelp = run(netlabPath(), {u"tcp-server"_s, u"--help"_s});
    QVERIFY2(QString::fromUtf8(serverHelp.out).contains(u"Écoute les clients TCP"_s),
        serverHelp.out.constData());

    const Run bad = run(netlabPath(), {u"tcp-server"_s, u"--echo"_s, u"--ack"_s, u"x"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(
        QString::fromUtf8(bad.err).contains(u"s'excluent mutuellement"_s), bad.err.constData());

    // Interface flags in words of the user's language; the JSON keeps its English values.
    const Run ifaces = run(netlabPath(), {u"ifaces"_s});
    QCOMPARE(ifaces.exitCode, 0);
    QVERIFY2(QString::fromUtf8(ifaces.out).contains(u"boucle locale"_s), ifaces.out.constData());
    const Run json = run(netlabPath(), {u"ifaces"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains("\"loopback\""), json.out.constData());
    QVERIFY(!json.out.contains("boucle"));

    const Run agentHelp = run(QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"), {u"--help"_s});
    QCOMPARE(agentHelp.exitCode, 0);
    QVERIFY2(
        QString::fromUtf8(agentHelp.out).contains(u"lit le DHT11"_s), agentHelp.out.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
