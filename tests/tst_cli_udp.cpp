// `netlab udp-listen` and `netlab udp-send` run as real processes (build/bin/netlab), with
// loopback sockets in the test as their peers.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::test::startProgram;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

QString netlabPath()
{
    return QStringLiteral(NETLAB_BIN_DIR "/netlab");
}

// struct.pack('<diiiiffff', 1700000000.5, -12, 7, 359, 87, 1013.25, 0.1, -9.81, 0.0)
const QByteArray kPythonDroneFrame = QByteArray::fromHex(
    "00002040fc54d941f4ffffff07000000670100005700000000507d44cdcccc3dc3f51cc100000000");

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {}; // every line must be one JSON object
        objects.append(document.object());
    }
    return objects;
}

// Starts `netlab udp-listen ... --json` and returns the ports it announced on stderr.
QList<quint16> startListener(QProcess &process, const QStringList &arguments, int ports)
{
    startProgram(process, netlabPath(), QStringList {u"udp-listen"_s} + arguments);
    if (!process.waitForStarted(10000))
        return {};
    QList<quint16> bound;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (
        bound.size() < ports && timer.elapsed() < 10000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        pending += process.readAllStandardError();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(u"event"_s).toString() == u"listening")
                bound.append(quint16(object.value(u"port"_s).toInt()));
        }
    }
    return bound;
}

} // namespace

class tst_CliUdp : public QObject
{
    Q_OBJECT

private slots:
    void listenTwoPortsJson();
    void listenTextSummary();
    void listenPortInUse();
    void listenBadFormat_data();
    void listenBadFormat();
    void sendFrame();
    void sendTextCountRate();
    void sendRefusesBroadcastWithoutFlag();
    void listenSummaryOnTerminate();
    void demoStreams();
};

void tst_CliUdp::listenTwoPortsJson()
{
    QProcess process;
    const QList<quint16> ports = startListener(process,
        {u"0:text"_s, u"0:drone"_s, u"--bind"_s, u"localhost"_s, u"--json"_s, u"--count"_s, u"4"_s},
        2);
    QCOMPARE(ports.size(), 2);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("Hello, World!"), kLoopback, ports.at(0));
    sender.writeDatagram(kPythonDroneFrame, kLoopback, ports.at(1));
    sender.writeDatagram(kPythonDroneFrame.left(38), kLoopback, ports.at(1));
    sender.writeDatagram(QByteArray("second"), kLoopback, ports.at(0));
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);

    const QList<QJsonObject> lines = jsonLines(process.readAllStandardOutput());
    QCOMPARE(lines.size(), 5); // 4 datagrams + summary, each one JSON object
    QList<QJsonObject> text;
    QList<QJsonObject> frames;
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(lines.at(k).value(u"event"_s).toString(), u"datagram"_s);
        if (lines.at(k).value(u"port"_s).toInt() == ports.at(0))
            text.append(lines.at(k));
        else
            frames.append(lines.at(k));
    }
    QCOMPARE(text.size(), 2);
    QCOMPARE(text.at(0).value(u"text"_s).toString(), u"Hello, World!"_s);
    QCOMPARE(text.at(1).value(u"text"_s).toString(), u"second"_s);
    QCOMPARE(frames.size(), 2);
    const QJsonObject fields = frames.at(0).value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"date"_s).toDouble(), 1700000000.5);
    QCOMPARE(fields.value(u"pitch"_s).toInt(), -12);
    QCOMPARE(fields.value(u"yaw"_s).toInt(), 359);
    QCOMPARE(fields.value(u"barometer"_s).toDouble(), 1013.25);
    QCOMPARE(float(fields.value(u"agy"_s).toDouble()), -9.81f);
    QVERIFY(!frames.at(1).value(u"ok"_s).toBool());
    QCOMPARE(frames.at(1).value(u"error"_s).toString(), u"38 bytes, format needs 40"_s);

    const QJsonObject summary = lines.last();
    QCOMPARE(summary.value(u"event"_s).toString(), u"summary"_s);
    const QJsonArray perPort = summary.value(u"ports"_s).toArray();
    QCOMPARE(perPort.size(), 2);
    QCOMPARE(perPort.at(0).toObject().value(u"messages"_s).toInt(), 2);
    QCOMPARE(perPort.at(0).toObject().value(u"bytes"_s).toInt(), 13 + 6);
    QCOMPARE(perPort.at(1).toObject().value(u"messages"_s).toInt(), 2);
    QCOMPARE(perPort.at(1).toObject().value(u"bad_frames"_s).toInt(), 1);
    QCOMPARE(perPort.at(1)
                 .toObject()
                 .value(u"bad_reasons"_s)
                 .toObject()
                 .value(u"38 bytes, format needs 40"_s)
                 .toInt(),
        1);
}

void tst_CliUdp::listenTextSummary()
{
    QProcess listener;
    listener.setProcessChannelMode(QProcess::SeparateChannels);
    startProgram(listener, netlabPath(),
        {u"udp-listen"_s, u"0"_s, u"--bind"_s, u"localhost"_s, u"--quiet"_s, u"--count"_s, u"3"_s});
    QVERIFY(listener.waitForStarted(10000));
    QByteArray err;
    quint16 port = 0;
    QElapsedTimer timer;
    timer.start();
    while (port == 0 && timer.elapsed() < 10000) {
        listener.waitForReadyRead(200);
        err += listener.readAllStandardError();
        const qsizetype at = err.indexOf("listening on 127.0.0.1:");
        if (at >= 0) {
            const qsizetype start = at + qsizetype(strlen("listening on 127.0.0.1:"));
            const qsizetype end = err.indexOf(' ', start);
            if (end > start)
                port = quint16(err.mid(start, end - start).toUInt());
        }
    }
    QVERIFY2(port != 0, err.constData());
    QUdpSocket sender;
    for (int k = 0; k < 3; ++k)
        sender.writeDatagram("line " + QByteArray::number(k), kLoopback, port);
    QVERIFY(listener.waitForFinished(15000));
    QCOMPARE(listener.exitCode(), 0);
    const QString out = QString::fromUtf8(listener.readAllStandardOutput());
    // --quiet: only the summary, no per-message lines.
    QVERIFY2(!out.contains(u"line 0"_s), qPrintable(out));
    QVERIFY2(
        out.contains(u"summary port %1 (text): 3 messages, 18 bytes, 0 bad frames"_s.arg(port)),
        qPrintable(out));
}

void tst_CliUdp::listenPortInUse()
{
    QUdpSocket taken;
    QVERIFY(taken.bind(kLoopback, 0));
    QProcess process;
    startProgram(process, netlabPath(),
        {u"udp-listen"_s, QString::number(taken.localPort()), u"--bind"_s, u"localhost"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"address already in use"_s), qPrintable(err));
    QVERIFY2(err.contains(QString::number(taken.localPort())), qPrintable(err));
}

void tst_CliUdp::listenBadFormat_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reason");
    QTest::addRow("bad char") << u"0:<iik"_s << u"bad char in struct format at position 3: 'k'"_s;
    QTest::addRow("names") << u"0:<ii:a,b,c"_s << u"3 names for 2 values"_s;
    QTest::addRow("port") << u"70000"_s << u"70000"_s;
}

void tst_CliUdp::listenBadFormat()
{
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    QProcess process;
    startProgram(process, netlabPath(), {u"udp-listen"_s, spec});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(reason), qPrintable(err));
}

void tst_CliUdp::sendFrame()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    QProcess process;
    startProgram(process, netlabPath(),
        {u"udp-send"_s, u"127.0.0.1"_s, QString::number(receiver.localPort()), u"--format"_s,
            u"<diiiiffff"_s, u"--values"_s, u"1700000000.5"_s, u"-12"_s, u"7"_s, u"359"_s, u"87"_s,
            u"1013.25"_s, u"0.1"_s, u"-9.81"_s, u"0"_s});
    QVERIFY(process.waitForFinished(15000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    QByteArray frame(64, '\0');
    frame.resize(receiver.readDatagram(frame.data(), frame.size()));
    QCOMPARE(frame.toHex(), kPythonDroneFrame.toHex()); // byte for byte what Python packs

    // Out of range: Python's reason, exit 2, nothing sent.
    startProgram(process, netlabPath(),
        {u"udp-send"_s, u"127.0.0.1"_s, QString::number(receiver.localPort()), u"--format"_s,
            u"<b"_s, u"--values"_s, u"300"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("byte format requires -128 <= number <= 127"));
}

void tst_CliUdp::sendTextCountRate()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    int received = 0;
    connect(&receiver, &QUdpSocket::readyRead, this, [&] {
        while (receiver.hasPendingDatagrams()) {
            QByteArray data(64, '\0');
            data.resize(receiver.readDatagram(data.data(), data.size()));
            if (data == "tick\n")
                ++received;
        }
    });
    QProcess process;
    startProgram(process, netlabPath(),
        {u"udp-send"_s, u"localhost"_s, QString::number(receiver.localPort()), u"--text"_s,
            u"tick\\n"_s, u"--count"_s, u"40"_s, u"--rate"_s, u"200"_s, u"--quiet"_s});
    QVERIFY(process.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(received, 40, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith(u"sent 40 datagrams (200 bytes)"_s), qPrintable(out));
    // 40 at 200/s takes about 0.2 s: paced, not flat out.
    const double seconds = out.section(u" in "_s, 1).section(u' ', 0, 0).toDouble();
    QVERIFY2(seconds >= 0.15 && seconds < 5.0, qPrintable(out));
}

void tst_CliUdp::sendRefusesBroadcastWithoutFlag()
{
    QProcess process;
    startProgram(process, netlabPath(),
        {u"udp-send"_s, u"255.255.255.255"_s, u"52001"_s, u"--text"_s, u"x"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("add --broadcast"));
}

void tst_CliUdp::listenSummaryOnTerminate()
{
    QProcess process;
    const QList<quint16> ports
        = startListener(process, {u"0:drone"_s, u"--bind"_s, u"localhost"_s, u"--json"_s}, 1);
    QCOMPARE(ports.size(), 1);
    QUdpSocket sender;
    sender.writeDatagram(kPythonDroneFrame, kLoopback, ports.first());
    QTRY_VERIFY_WITH_TIMEOUT(process.peek(1 << 16).contains("\"datagram\""), 10000);
    process.terminate(); // SIGTERM, like Ctrl+C: the summary still comes
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QList<QJsonObject> lines = jsonLines(process.readAllStandardOutput());
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last().value(u"event"_s).toString(), u"summary"_s);
    QCOMPARE(
        lines.last().value(u"ports"_s).toArray().at(0).toObject().value(u"messages"_s).toInt(), 1);
}

void tst_CliUdp::demoStreams()
{
    QUdpSocket text;
    QUdpSocket drone;
    QVERIFY(text.bind(kLoopback, 0));
    QVERIFY(drone.bind(kLoopback, 0));
    int lines = 0;
    int frames = 0;
    connect(&text, &QUdpSocket::readyRead, this, [&] {
        while (text.hasPendingDatagrams()) {
            QByteArray data(512, '\0');
            data.resize(text.readDatagram(data.data(), data.size()));
            if (data.startsWith("seq="))
                ++lines;
        }
    });
    connect(&drone, &QUdpSocket::readyRead, this, [&] {
        while (drone.hasPendingDatagrams()) {
            QByteArray data(512, '\0');
            data.resize(drone.readDatagram(data.data(), data.size()));
            if (data.size() == 40)
                ++frames;
        }
    });
    QProcess process;
    startProgram(process, netlabPath(),
        {u"demo-streams"_s, u"--to"_s, u"127.0.0.1"_s, u"--text-port"_s,
            QString::number(text.localPort()), u"--drone-port"_s,
            QString::number(drone.localPort()), u"--text-rate"_s, u"10"_s, u"--drone-rate"_s,
            u"100"_s, u"--seconds"_s, u"0.5"_s, u"--json"_s});
    QVERIFY(process.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    QCOMPARE(process.exitCode(), 0);
    const QList<QJsonObject> out = jsonLines(process.readAllStandardOutput());
    QVERIFY(!out.isEmpty());
    const QJsonObject done = out.last();
    QCOMPARE(done.value(u"event"_s).toString(), u"done"_s);
    QTRY_COMPARE(lines, done.value(u"lines"_s).toInt());
    QTRY_COMPARE(frames, done.value(u"frames"_s).toInt());
    // ~100 frames/s and ~10 lines/s for 0.5 s (a late stop under load only adds some).
    QVERIFY2(frames >= 30 && frames <= 150, qPrintable(QString::number(frames)));
    QVERIFY2(lines >= 3 && lines <= 20, qPrintable(QString::number(lines)));
    QVERIFY(frames > 3 * lines);
}

QTEST_GUILESS_MAIN(tst_CliUdp)
#include "tst_cli_udp.moc"
