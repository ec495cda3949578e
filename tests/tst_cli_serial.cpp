// `netlab serial-sim`, `netlab serial-node` and `netlab serial` run as real processes
// (build/bin/netlab) against each other over a pseudo-terminal.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::test::startProgram;

namespace {

constexpr int kWaitMs = 15000;

QString netlabPath()
{
    return QStringLiteral(NETLAB_BIN_DIR "/netlab");
}

// Starts `netlab serial-sim ARGS` and returns the pty path it prints first.
QString startSimulator(QProcess &process, const QStringList &arguments)
{
    startProgram(process, netlabPath(), QStringList {u"serial-sim"_s} + arguments);
    if (!process.waitForStarted(kWaitMs))
        return {};
    QByteArray out;
    QDeadlineTimer deadline(kWaitMs);
    while (!out.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(int(deadline.remainingTime()));
        out += process.readAllStandardOutput();
    }
    return QString::fromLocal8Bit(out.left(out.indexOf('\n')));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    startProgram(process, netlabPath(), arguments);
    Run r;
    if (!process.waitForStarted(kWaitMs))
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kWaitMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace

class tst_CliSerial : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodeSessionJson();
    void nodeSessionText();
    void nodeSessionWithFault();
    void silentNodeFails();
    void terminalSendsAndPrints();
    void missingPort();
    void badArguments_data();
    void badArguments();
};

void tst_CliSerial::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("serial-sim needs pseudo-terminals (Linux, macOS)");
#endif
    QVERIFY(QFile::exists(netlabPath()));
}

void tst_CliSerial::nodeSessionJson()
{
    QProcess sim;
    const QString port = startSimulator(sim, {u"--rate"_s, u"0"_s});
    QVERIFY2(port.startsWith(u"/dev/"_s), qPrintable(port));
    const Run r = run({u"serial-node"_s, u"--count"_s, u"20"_s, u"--json"_s, port});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 21);
    for (int i = 0; i < 20; ++i) {
        const QJsonObject packet = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(packet.value(u"event"_s).toString(), u"packet"_s);
        QCOMPARE(packet.value(u"sequence"_s).toInt(), i);
        const QJsonObject values = packet.value(u"values"_s).toObject();
        QCOMPARE(values.value(u"magic"_s).toString(), u"DATA"_s);
        QVERIFY(values.contains(u"yaw"_s));
    }
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(summary.value(u"event"_s).toString(), u"summary"_s);
    QCOMPARE(summary.value(u"ok"_s).toBool(), true);
    QCOMPARE(summary.value(u"received"_s).toInt(), 20);
    QCOMPARE(summary.value(u"acknowledged"_s).toInt(), 20);
    sim.terminate();
    QVERIFY(sim.waitForFinished(kWaitMs));
    const QByteArray simLog = sim.readAllStandardError();
    QVERIFY2(simLog.contains("received STOP\\n"), simLog.constData());
    QVERIFY2(simLog.contains("acknowledged"), simLog.constData());
}

void tst_CliSerial::nodeSessionText()
{
    QProcess sim;
    const QString port = startSimulator(sim, {u"--rate"_s, u"0"_s});
    const Run r = run({u"serial-node"_s, u"--count"_s, u"3"_s, port});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).startsWith("magic=b'DATA' seq=2 time_ms="));
    QVERIFY(r.err.contains("All 3 packets received."));
    sim.kill();
    sim.waitForFinished();
}

void tst_CliSerial::nodeSessionWithFault()
{
    QProcess sim;
    const QString port = startSimulator(sim, {u"--rate"_s, u"0"_s, u"--fault"_s, u"drop-byte@5"_s});
    const Run r = run({u"serial-node"_s, u"--count"_s, u"10"_s, u"--json"_s, port});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"event\":\"bad-packet\""));
    const QJsonObject summary
        = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
    QCOMPARE(summary.value(u"received"_s).toInt(), 10);
    QCOMPARE(summary.value(u"bad"_s).toInt(), 1);
    QCOMPARE(summary.value(u"resyncs"_s).toInt(), 1);
    sim.kill();
    sim.waitForFinished();
}

void tst_CliSerial::silentNodeFails()
{
    QProcess sim;
    const QString port = startSimulator(sim, {u"--rate"_s, u"0"_s, u"--fault"_s, u"silence@4"_s});
    const Run r = run({u"serial-node"_s, u"--timeout"_s, u"200"_s, port});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed().split('\n').size(), 4); // the packets before are printed
    QVERIFY2(r.err.contains("sent nothing for 0.2 s"), r.err.constData());
    sim.kill();
    sim.waitForFinished();
}

void tst_CliSerial::terminalSendsAndPrints()
{
    QProcess sim;
    const QString port = startSimulator(sim, {u"--rate"_s, u"100"_s, u"--limit"_s, u"2"_s});
    const Run r
        = run({u"serial"_s, u"--hex"_s, u"--linger"_s, u"500"_s, port}, "53 54 41 52 54 0a\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("44 41 54 41"), r.out.constData()); // "DATA"
    QVERIFY(r.err.contains("open at 115200 8N1"));
    sim.kill();
    sim.waitForFinished();
    QVERIFY(sim.readAllStandardError().contains("received START\\n"));
}

void tst_CliSerial::missingPort()
{
    const Run r = run({u"serial-node"_s, u"/dev/ttyNETLAB-none"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no such serial port"), r.err.constData());
    const Run t = run({u"serial"_s, u"/dev/ttyNETLAB-none"_s});
    QCOMPARE(t.exitCode, 1);
}

void tst_CliSerial::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("no port") << QStringList {u"serial-node"_s} << "needs PORT"_ba;
    QTest::addRow("bad baud") << QStringList {u"serial"_s, u"--baud"_s, u"fast"_s, u"x"_s}
                              << "--baud"_ba;
    QTest::addRow("bad parity") << QStringList {u"serial"_s, u"--parity"_s, u"maybe"_s, u"x"_s}
                                << "--parity"_ba;
    QTest::addRow("bad format") << QStringList {u"serial-node"_s, u"--format"_s, u"<4sZ"_s, u"x"_s}
                                << "format"_ba;
    QTest::addRow("bad escape") << QStringList {u"serial-node"_s, u"--ack"_s, u"A\\q"_s, u"x"_s}
                                << "--ack"_ba;
    QTest::addRow("bad fault") << QStringList {u"serial-sim"_s, u"--fault"_s, u"boom@1"_s}
                               << "--fault"_ba;
}

void tst_CliSerial::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliSerial)
#include "tst_cli_serial.moc"
