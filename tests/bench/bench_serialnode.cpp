// The sensor-node session over a real pseudo-terminal: packets decoded per second flat out,
// and the CPU the session uses at the lab's 115200 baud (goal: under 2 % of a core).
//
//   bench_serialnode [--packets N] [--seconds S]
//
// The node is `netlab serial-sim` in a child process, so this process's CPU time (getrusage)
// is the session's alone: SerialLink reads, SensorNodeDecoder framing + StructFormat decode,
// one ACK written per packet. A third figure is the decoder alone on an in-memory stream.
#include <devices/sensornodedecoder.h>
#include <devices/sensornodesession.h>
#include <devices/seriallink.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString startSimulator(QProcess &process, const QStringList &arguments)
{
    process.start(
        QStringLiteral(NETLAB_BIN_DIR "/netlab"), QStringList {u"serial-sim"_s} + arguments);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 10000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    return QString::fromLocal8Bit(out.left(out.indexOf('\n')));
}

struct Result
{
    bool ok = false;
    QString message;
    quint64 packets = 0;
    quint64 bad = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint32 baud = 0;
};

Result runSession(const QStringList &simArguments, int packets, qint32 baud)
{
    Result result;
    QProcess sim;
    const QString port = startSimulator(sim, simArguments);
    if (port.isEmpty()) {
        result.message = u"netlab serial-sim did not start"_s;
        return result;
    }
    SerialLink link;
    // The highest rate the pty accepts (a pty takes any; a real adapter refuses some).
    const QList<qint32> rates = SerialLink::standardBaudRates();
    for (auto it = rates.crbegin(); it != rates.crend(); ++it) {
        if (baud > 0 && *it != baud)
            continue;
        SerialSettings settings;
        settings.portName = port;
        settings.baudRate = *it;
        if (link.open(settings)) {
            result.baud = *it;
            break;
        }
    }
    if (!link.isOpen()) {
        result.message = link.lastError();
        return result;
    }
    SensorNodeSession session(&link);
    SensorNodeSettings settings;
    settings.packetCount = packets;
    settings.timeoutMs = 5000;
    session.setSettings(settings);
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    session.start();
    finished.wait(600000);
    result.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    result.cpuSeconds = cpuSeconds() - cpu0;
    result.ok = !finished.isEmpty() && finished.first().at(0).toBool();
    result.message = session.lastMessage();
    result.packets = session.counters().received;
    result.bad = session.counters().bad;
    link.flush();
    sim.kill();
    sim.waitForFinished();
    return result;
}

QByteArray packetStream(int count)
{
    QByteArray stream;
    stream.reserve(qsizetype(count) * 64);
    const float values[6] = {0.01f, 0.02f, 0.03f, 1.5f, -2.5f, 45.0f};
    for (quint32 seq = 0; seq < quint32(count); ++seq) {
        char packet[64] = {};
        std::memcpy(packet, "DATA", 4);
        std::memcpy(packet + 4, &seq, 4);
        std::memcpy(packet + 8, &seq, 4);
        std::memcpy(packet + 12, values, sizeof values);
        stream.append(packet, 64);
    }
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int packets = 100000;
    double seconds = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--packets")
            packets = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seconds")
            seconds = args.at(i + 1).toDouble();
    }
    QTextStream out(stdout);

    // 1. The decoder alone: 64 MiB of packets in 4 KiB reads.
    {
        const QByteArray stream = packetStream(1 << 20);
        SensorNodeDecoder decoder;
        QList<SensorNodePacket> batch;
        QList<SensorNodeDecoder::Issue> issues;
        quint64 decoded = 0;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += 4096) {
            batch.clear();
            decoder.feed(
                QByteArrayView(stream).sliced(at, std::min<qsizetype>(4096, stream.size() - at)),
                batch, issues, 0);
            decoded += quint64(batch.size());
        }
        const double s = double(timer.nsecsElapsed()) / 1e9;
        out << "decoder alone (in memory, 4 KiB reads): " << decoded << " packets in " << s
            << " s = " << qRound64(double(decoded) / s) << " packets/s\n";
        out.flush();
    }

    // 2. Flat out over a pty.
    const Result fast = runSession({u"--rate"_s, u"0"_s}, packets, 0);
    if (!fast.ok) {
        out << "flat out: failed: " << fast.message << '\n';
        return 1;
    }
    out << "over a pty at " << fast.baud << " baud, node flat out: " << fast.packets
        << " packets in " << fast.wallSeconds
        << " s = " << qRound64(double(fast.packets) / fast.wallSeconds) << " packets/s ("
        << qRound64(double(fast.packets) * 64 / fast.wallSeconds / 1024) << " KiB/s), bad "
        << fast.bad << ", session CPU " << fast.cpuSeconds
        << " s = " << qRound(1e6 * fast.cpuSeconds / double(fast.packets) * 10) / 10.0
        << " µs/packet\n";
    out.flush();

    // 3. The lab's line rate: 115200 baud carries 180 packets of 64 bytes a second.
    const int paced = qMax(1, int(seconds * 115200.0 / 10.0 / 64.0));
    const Result lab = runSession({u"--line-rate"_s, u"115200"_s}, paced, 115200);
    if (!lab.ok) {
        out << "115200 baud: failed: " << lab.message << '\n';
        return 1;
    }
    const double percent = 100.0 * lab.cpuSeconds / lab.wallSeconds;
    out << "at 115200 baud (180 packets/s): " << lab.packets << " packets in " << lab.wallSeconds
        << " s, session CPU " << lab.cpuSeconds << " s = " << percent
        << " % of a core (goal < 2 %: " << (percent < 2.0 ? "met" : "NOT met") << ")\n";
    return 0;
}
