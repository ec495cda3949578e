// UdpListener against the classic Python receiver (select over two sockets + struct.unpack),
// in one run, on loopback only, with the same sender (a C++ thread calling sendto()):
// offered 10k, 50k, 100k, 200k drone frames/s and flat out, split over two ports. Python runs
// twice: with the default receive buffer (what students run) and with the buffer UdpListener
// asks for (8 MiB, SO_RCVBUFFORCE when allowed, as UdpListener does), so that the comparison
// also shows what the buffer alone is worth. Prints frames decoded per second and loss % for
// each, the buffer the OS granted, the ratios flat out, and the event loop's worst lateness
// while the listener works (a 10 ms timer's delay).
//   build-*/bin/bench_udp_listener [--seconds S]     (S per run, default 1, at most 10)
#include <netlab/structformat.h>
#include <netlab/udplistener.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

using netlab::StructFormat;
using netlab::StructValue;
using netlab::UdpDecoder;
using netlab::UdpListener;
using netlab::UdpPortConfig;

struct SenderResult
{
    qint64 sent = 0;
    double seconds = 0;
};

// Sends drone frames alternately to two loopback ports: `rate` frames/s in total (0: flat
// out) for `seconds`. Runs on its own thread.
SenderResult sendFrames(quint16 portA, quint16 portB, double rate, double seconds)
{
    const StructFormat drone = StructFormat::droneFrame();
    QByteArray frame;
    drone.encode({StructValue::fromDouble(1700000000.0), StructValue::fromInt(-12),
                     StructValue::fromInt(7), StructValue::fromInt(359), StructValue::fromInt(87),
                     StructValue::fromDouble(1013.25), StructValue::fromDouble(0.1),
                     StructValue::fromDouble(-9.81), StructValue::fromDouble(0)},
        frame);
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to[2] = {};
    for (int k = 0; k < 2; ++k) {
        to[k].sin_family = AF_INET;
        to[k].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to[k].sin_port = htons(k == 0 ? portA : portB);
    }
    SenderResult result;
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    for (;;) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= end)
            break;
        qint64 due = result.sent + 64;
        if (rate > 0) {
            due = qint64(std::chrono::duration<double>(now - start).count() * rate) + 1;
            if (result.sent >= due) {
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                continue;
            }
        }
        while (result.sent < due) {
            const sockaddr_in &target = to[result.sent & 1];
            if (::sendto(fd, frame.constData(), size_t(frame.size()), 0,
                    reinterpret_cast<const sockaddr *>(&target), sizeof target)
                == frame.size())
                ++result.sent;
            else
                break; // ENOBUFS: try again on the next turn
        }
    }
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ::close(fd);
    return result;
}

struct RunResult
{
    qint64 sent = 0;
    qint64 decoded = 0;
    double decodedPerSecond = 0;
    double worstLatenessMs = 0; // netlab only
    double cpuSeconds = 0; // CPU time of the receiving thread / process
    int bufferBytes = 0; // getsockopt(SO_RCVBUF) of a receiving socket
    bool ok = true;
};

RunResult runNetlab(double rate, double seconds)
{
    UdpListener listener;
    UdpPortConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.decoder = UdpDecoder::Struct;
    config.structFormat = StructFormat::droneFrame();
    const quint16 portA = listener.addPort(config);
    const quint16 portB = listener.addPort(config);
    RunResult result;
    if (!portA || !portB) {
        result.ok = false;
        return result;
    }
    qint64 decoded = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&listener, &UdpListener::datagramsDecoded, &listener,
        [&](quint16, const QList<netlab::DecodedDatagram> &batch) {
            for (const auto &d : batch)
                decoded += d.ok ? 1 : 0;
        });

    // Event-loop lateness probe: a 10 ms timer, how late does it fire at worst?
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    qint64 lastTick = clock.nsecsElapsed();
    double worst = 0;
    QObject::connect(&probe, &QTimer::timeout, &listener, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = qMax(worst, (now - lastTick) / 1e6 - 10.0);
        lastTick = now;
    });
    probe.start(10);

    timespec cpuStart = {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
    std::atomic<bool> senderDone {false};
    SenderResult sender;
    std::thread thread([&] {
        sender = sendFrames(portA, portB, rate, seconds);
        senderDone = true;
    });
    // Run until the sender is done and nothing more arrives for 300 ms (bounded: 30 s).
    QEventLoop loop;
    QTimer watch;
    qint64 lastSeen = -1;
    int quietTurns = 0;
    QObject::connect(&watch, &QTimer::timeout, &listener, [&] {
        const qint64 seen = listener.stats(portA).messages + listener.stats(portB).messages;
        if (seen != lastSeen) {
            lastSeen = seen;
            quietTurns = 0;
        } else if (senderDone && ++quietTurns >= 3) {
            loop.quit();
        }
        if (clock.elapsed() > 30000)
            loop.quit();
    });
    watch.start(100);
    loop.exec();
    listener.flush();
    timespec cpuEnd = {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
    thread.join();
    result.cpuSeconds
        = double(cpuEnd.tv_sec - cpuStart.tv_sec) + double(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e9;

    result.sent = sender.sent;
    result.decoded = decoded;
    // Decoded per second over the arrival window: each port's (messages-1)/(last-first).
    result.decodedPerSecond = listener.stats(portA).averageRate + listener.stats(portB).averageRate;
    result.worstLatenessMs = worst;
    // As getsockopt(SO_RCVBUF) reports it, like the Python receiver: UdpListener gives the size
    // asked for, and Linux keeps (and reports) twice that.
    result.bufferBytes = listener.stats(portA).receiveBufferBytes;
#ifdef Q_OS_LINUX
    result.bufferBytes *= 2;
#endif
    return result;
}

// argv[1]: receive buffer to ask for, 0 for the default. Like UdpListener it tries
// SO_RCVBUFFORCE (Linux, 33; allowed with CAP_NET_ADMIN), then SO_RCVBUF.
const char *kPythonReceiver = R"(
import socket, select, struct, sys, time
wanted = int(sys.argv[1])
socks = []
for _ in range(2):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    if wanted:
        try:
            s.setsockopt(socket.SOL_SOCKET, 33, wanted)
        except OSError:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, wanted)
    s.bind(('127.0.0.1', 0))
    socks.append(s)
granted = socks[0].getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
print(' '.join(str(s.getsockname()[1]) for s in socks), granted, flush=True)
unpack = struct.Struct('<diiiiffff').unpack
n = 0
first = last = None
deadline = time.time() + 60
while time.time() < deadline:
    r, _, _ = select.select(socks, [], [], 0.3)
    if not r:
        if n:
            break
        continue
    for s in r:
        data, addr = s.recvfrom(2048)
        date, pitch, roll, yaw, battery, baro, agx, agy, agz = unpack(data)
        n += 1
        last = time.perf_counter()
        if first is None:
            first = last
print(n, (last - first) if n > 1 else 0.0, time.process_time(), flush=True)
)";

RunResult runPython(double rate, double seconds, int bufferBytes)
{
    RunResult result;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        result.ok = false;
        return result;
    }
    QProcess process;
    process.start(python,
        {QStringLiteral("-c"), QString::fromLatin1(kPythonReceiver), QString::number(bufferBytes)});
    const auto lineReady = [&process] {
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(5000))
                return false;
        }
        return true;
    };
    if (!process.waitForStarted(5000) || !lineReady()) {
        std::fprintf(
            stderr, "python3 did not start: %s\n", process.readAllStandardError().constData());
        result.ok = false;
        return result;
    }
    const QByteArray firstLine = process.readLine();
    const QList<QByteArray> ports = firstLine.trimmed().split(' ');
    if (ports.size() != 3) {
        std::fprintf(stderr, "python3 said '%s' %s\n", firstLine.constData(),
            process.readAllStandardError().constData());
        result.ok = false;
        return result;
    }
    result.bufferBytes = ports.at(2).toInt();
    const SenderResult sender
        = sendFrames(quint16(ports.at(0).toUInt()), quint16(ports.at(1).toUInt()), rate, seconds);
    if (!process.waitForFinished(70000)) {
        process.kill();
        result.ok = false;
        return result;
    }
    const QList<QByteArray> numbers = process.readAllStandardOutput().trimmed().split(' ');
    result.sent = sender.sent;
    if (numbers.size() == 3) {
        result.decoded = numbers.at(0).toLongLong();
        const double window = numbers.at(1).toDouble();
        result.decodedPerSecond = window > 0 ? (result.decoded - 1) / window : 0;
        result.cpuSeconds = numbers.at(2).toDouble(); // includes the interpreter's start-up
    } else {
        result.ok = false;
    }
    return result;
}

double lossPercent(const RunResult &r)
{
    return r.sent > 0 ? 100.0 * double(r.sent - r.decoded) / double(r.sent) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 1.0;
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--seconds"));
    if (at > 0 && at + 1 < arguments.size())
        seconds = qBound(0.2, arguments.at(at + 1).toDouble(), 10.0);

    double load[3] = {};
    if (::getloadavg(load, 3) != 3)
        load[0] = load[1] = load[2] = -1;
    const QByteArray started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    std::printf(
        "bench_udp_listener %s, load average %.2f %.2f %.2f\n"
        "UDP receive on loopback, drone frames (40 bytes) over two ports, %.1f s per run.\n"
        "decoded/s over the arrival window; per CPU-s = decoded / CPU time of the\n"
        "receiving thread (netlab) or process (Python, with its start-up); SO_RCVBUF = the\n"
        "receive buffer the kernel reports per socket (Linux: twice what was asked for).\n\n",
        started.constData(), load[0], load[1], load[2], seconds);
    std::printf("%-9s | %-26s %9s %9s %9s %6s %11s %10s %10s\n", "offered/s", "receiver",
        "SO_RCVBUF", "sent", "decoded", "loss%", "decoded/s", "per CPU-s", "loop delay");
    const double rates[] = {10000, 50000, 100000, 200000, 0};
    enum { Netlab, PythonDefault, PythonSame, Receivers };
    const char *names[Receivers]
        = {"netlab UdpListener", "Python, default buffer", "Python, same buffer"};
    RunResult flat[Receivers];
    bool goals = true;
    const auto perCpu
        = [](const RunResult &r) { return r.cpuSeconds > 0 ? r.decoded / r.cpuSeconds : 0.0; };
    for (const double rate : rates) {
        RunResult runs[Receivers];
        runs[Netlab] = runNetlab(rate, seconds);
        runs[PythonDefault] = runPython(rate, seconds, 0);
        runs[PythonSame] = runPython(rate, seconds, UdpListener::kReceiveBufferBytes);
        const QByteArray offered
            = rate > 0 ? QByteArray::number(rate, 'f', 0) : QByteArray("flat out");
        for (int k = 0; k < Receivers; ++k) {
            const RunResult &r = runs[k];
            const QByteArray delay = k == Netlab
                ? QByteArray::number(r.worstLatenessMs, 'f', 1) + " ms"
                : QByteArray("-");
            std::printf("%-9s | %-26s %5.0f KiB %9lld %9lld %6.2f %11.0f %10.0f %10s%s\n",
                offered.constData(), names[k], r.bufferBytes / 1024.0,
                static_cast<long long>(r.sent), static_cast<long long>(r.decoded), lossPercent(r),
                r.decodedPerSecond, perCpu(r), delay.constData(), r.ok ? "" : "  (failed)");
        }
        if (rate == 200000 && runs[Netlab].decoded != runs[Netlab].sent)
            goals = false;
        if (runs[Netlab].worstLatenessMs >= 50)
            goals = false;
        if (rate == 0)
            std::copy(std::begin(runs), std::end(runs), std::begin(flat));
    }
    for (const int k : {PythonDefault, PythonSame}) {
        if (flat[k].decodedPerSecond <= 0)
            continue;
        std::printf("\nflat out: netlab decodes %.1fx what the %s receiver decodes per second, "
                    "%.1fx per CPU-second",
            flat[Netlab].decodedPerSecond / flat[k].decodedPerSecond, names[k],
            perCpu(flat[k]) > 0 ? perCpu(flat[Netlab]) / perCpu(flat[k]) : 0);
    }
    std::printf("\n");
    if (flat[PythonDefault].decodedPerSecond > 0
        && flat[Netlab].decodedPerSecond < 2 * flat[PythonDefault].decodedPerSecond)
        goals = false;
    std::printf("goals (no loss at 200k/s, >= 2x Python (default buffer) flat out, loop delay < "
                "50 ms): %s\n",
        goals ? "met" : "NOT met");
    return goals ? 0 : 1;
}
