// StructFormat decode speed (Google Benchmark), then the same frames through Python's
// struct.unpack (timeit) in the same run, and the ratio.
//   build-*/bin/bench_structformat [--benchmark_min_time=0.5]
// The goal: at least 5 million drone frames (<diiiiffff, 40 bytes) per second on one
// core.
#include <netlab/structformat.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

namespace {

using netlab::StructFormat;
using netlab::StructValue;

constexpr int kFrames = 1024;

// kFrames distinct drone frames, as a Python sender packs them.
std::vector<QByteArray> makeDroneFrames()
{
    const StructFormat drone = StructFormat::droneFrame();
    std::vector<QByteArray> frames;
    frames.reserve(kFrames);
    for (int k = 0; k < kFrames; ++k) {
        QList<StructValue> values {StructValue::fromDouble(1700000000.0 + k * 0.01),
            StructValue::fromInt(k % 90 - 45), StructValue::fromInt(k % 60 - 30),
            StructValue::fromInt(k % 360), StructValue::fromInt(100 - k % 100),
            StructValue::fromDouble(1013.25 + k * 0.001), StructValue::fromDouble(0.01 * k),
            StructValue::fromDouble(-9.81), StructValue::fromDouble(0.5)};
        QByteArray frame;
        drone.encode(values, frame);
        frames.push_back(frame);
    }
    return frames;
}

void BM_DecodeDroneFrame(benchmark::State &state)
{
    const StructFormat drone = StructFormat::droneFrame();
    const std::vector<QByteArray> frames = makeDroneFrames();
    QList<StructValue> values;
    size_t k = 0;
    for (auto _ : state) {
        const bool ok = drone.decode(frames[k], values);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(values.constData()[8].f);
        k = (k + 1) % frames.size();
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * 40);
}
BENCHMARK(BM_DecodeDroneFrame);

void BM_DecodeSensorNodePacket(benchmark::State &state)
{
    const StructFormat node = StructFormat::sensorNodePacket();
    QByteArray packet;
    QList<StructValue> in {
        StructValue::fromBytes("NLB1"), StructValue::fromUInt(7), StructValue::fromUInt(1234)};
    for (int k = 0; k < 6; ++k)
        in.append(StructValue::fromDouble(k * 0.5));
    node.encode(in, packet);
    QList<StructValue> values;
    for (auto _ : state) {
        benchmark::DoNotOptimize(node.decode(packet, values));
        benchmark::DoNotOptimize(values.constData()[8].f);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeSensorNodePacket);

void BM_ParseDroneFormat(benchmark::State &state)
{
    const QString format = QStringLiteral("<diiiiffff");
    for (auto _ : state)
        benchmark::DoNotOptimize(StructFormat::parse(format).size());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseDroneFormat);

// Frames/s of our decoder over ~1 s, for the comparison line.
double measureNetlab()
{
    const StructFormat drone = StructFormat::droneFrame();
    const std::vector<QByteArray> frames = makeDroneFrames();
    QList<StructValue> values;
    double sink = 0;
    qint64 decoded = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < 1'000'000'000) {
        for (const QByteArray &frame : frames) {
            drone.decode(frame, values);
            sink += values.constData()[1].i;
        }
        decoded += kFrames;
    }
    benchmark::DoNotOptimize(sink);
    return decoded / (timer.nsecsElapsed() / 1e9);
}

// Python's struct.Struct('<diiiiffff').unpack on the same 1024 frames; frames/s or -1.
double measurePython(const std::vector<QByteArray> &frames)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return -1;
    QByteArray hex;
    for (const QByteArray &frame : frames)
        hex += frame.toHex();
    const QString script
        = QStringLiteral("import struct, sys, timeit\n"
                         "data = bytes.fromhex(sys.stdin.read())\n"
                         "frames = [data[i:i + 40] for i in range(0, len(data), 40)]\n"
                         "s = struct.Struct('<diiiiffff')\n"
                         "def run():\n"
                         "    for f in frames:\n"
                         "        s.unpack(f)\n"
                         "t = timeit.Timer(run)\n"
                         "n, _ = t.autorange()\n"
                         "best = min(t.repeat(repeat=3, number=n))\n"
                         "print(n * len(frames) / best)\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script});
    if (!process.waitForStarted(5000))
        return -1;
    process.write(hex);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    bool ok = false;
    const double rate = process.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? rate : -1;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const double ours = measureNetlab();
    const double python = measurePython(makeDroneFrames());
    std::printf("\nDrone frames (<diiiiffff, 40 bytes) decoded per second, one core:\n");
    std::printf("  netlab::StructFormat::decode     %12.0f  (goal >= 5,000,000: %s)\n", ours,
        ours >= 5e6 ? "met" : "NOT met");
    if (python > 0)
        std::printf("  Python struct.Struct.unpack      %12.0f\n  ratio netlab / Python           "
                    "%12.1fx\n",
            python, ours / python);
    else
        std::printf("  Python struct.unpack: python3 not found or failed\n");
    return ours >= 5e6 ? 0 : 1;
}
