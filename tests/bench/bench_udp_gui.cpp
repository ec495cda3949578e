// The workbench's UDP tab under a flood: the GUI thread's event-loop latency and how often the
// message table is published and repainted. The tab (offscreen, shown, 1100×700) listens on two
// loopback ports with the drone-frame decoder, in this program's main thread, exactly as in the
// workbench; a C++ thread sends drone frames alternately to both ports with sendto() at an
// offered rate (or flat out) for a bounded time. A 5 ms PreciseTimer probes the event loop:
// its lateness (gap between ticks minus 5 ms) is the delay a click or a keystroke would see.
//
// --capacity N keeps N rows (default 10,000, the workbench's): a small one reproduces on a slow
// machine what a fast one does flat out, more new rows per 33 ms refresh than the table keeps.
// The tab's live plot follows the first port; --fields N plots its first N fields (default 3,
// pitch roll yaw as out of the box; 9: every field) and the plot's redraws are counted too.
// The lower pane shows the table or the plot, not both: every rate runs with each in view
// (--show table|plot for one only).
//
//   build/bin/bench_udp_gui [--seconds S] [--capacity N] [--fields N] [--rates R,R…]
//                           [--show table|plot]
//   (default 2 s per rate; Unix, loopback)
#include "../paintcounter.h"

#include <netlab/demostreams.h>
#include <netlab/frameplots.h>
#include <netlab/structformat.h>
#include <netlab/udpcapture.h>
#include <netlab/udplistener.h>
#include <netlab/udpsender.h>
#include <widgets/fieldplotpanel.h>
#include <widgets/udpmessagemodel.h>
#include <widgets/udptab.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

constexpr int kProbeMs = 5;

QByteArray droneFrame()
{
    QByteArray frame;
    StructFormat::droneFrame().encode(
        {StructValue::fromDouble(1700000000.0), StructValue::fromInt(-12), StructValue::fromInt(7),
            StructValue::fromInt(359), StructValue::fromInt(87), StructValue::fromDouble(1013.25),
            StructValue::fromDouble(0.1), StructValue::fromDouble(-9.81),
            StructValue::fromDouble(0)},
        frame);
    return frame;
}

// `rate` frames/s in total (0: flat out) for `seconds`, alternately to both ports.
qint64 sendFrames(quint16 portA, quint16 portB, double rate, double seconds)
{
    const QByteArray frame = droneFrame();
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to[2] = {};
    for (int k = 0; k < 2; ++k) {
        to[k].sin_family = AF_INET;
        to[k].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to[k].sin_port = htons(k == 0 ? portA : portB);
    }
    qint64 sent = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    for (;;) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= end)
            break;
        qint64 due = sent + 64;
        if (rate > 0) {
            due = qint64(std::chrono::duration<double>(now - start).count() * rate) + 1;
            if (sent >= due) {
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                continue;
            }
        }
        while (sent < due) {
            const sockaddr_in &target = to[sent & 1];
            if (::sendto(fd, frame.constData(), size_t(frame.size()), 0,
                    reinterpret_cast<const sockaddr *>(&target), sizeof target)
                != frame.size())
                break; // ENOBUFS: again on the next turn
            ++sent;
        }
    }
    ::close(fd);
    return sent;
}

using netlab::test::PaintCounter;

struct Run
{
    qint64 sent = 0;
    qint64 decoded = 0;
    double seconds = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double publicationsPerSecond = 0;
    double paintsPerSecond = 0;
    double plotRedrawsPerSecond = 0;
};

Run run(UdpTab &tab, UdpListener &listener, UdpCapture &capture, quint16 portA, quint16 portB,
    double rate, double seconds)
{
    capture.clear();
    listener.resetStats(portA);
    listener.resetStats(portB);
    QCoreApplication::processEvents();

    auto *view = tab.findChild<QTableView *>(u"messagesTable"_s);
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);
    const qint64 publicationsBefore = tab.messageModel()->publications();
    int plotRedraws = 0;
    const QMetaObject::Connection plotted = QObject::connect(
        tab.plotPanel(), &FieldPlotPanel::refreshed, [&plotRedraws] { ++plotRedraws; });

    std::vector<double> lateness;
    lateness.reserve(size_t(seconds * 1000 / kProbeMs * 2 + 100));
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, (now - last) / 1e6 - kProbeMs));
        last = now;
    });
    probe.start();

    std::atomic<qint64> sent = -1;
    // rate < 0: no traffic, the machine's own baseline for the same tab and probe.
    std::thread sender([&] {
        if (rate < 0) {
            std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
            sent = 0;
        } else {
            sent = sendFrames(portA, portB, rate, seconds);
        }
    });
    // Run the loop until the sender is done, then let the last datagrams drain (bounded).
    while (sent.load() < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    sender.join();
    const double sendSeconds = clock.elapsed() / 1000.0;
    QElapsedTimer drain;
    drain.start();
    qint64 decoded = 0;
    while (drain.elapsed() < 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        decoded = listener.stats(portA).messages + listener.stats(portB).messages;
        if (decoded >= sent.load())
            break;
    }
    probe.stop();
    const double elapsed = clock.elapsed() / 1000.0;
    view->viewport()->removeEventFilter(&paints);

    Run result;
    result.sent = sent.load();
    result.decoded = decoded;
    result.seconds = sendSeconds;
    std::sort(lateness.begin(), lateness.end());
    if (!lateness.empty()) {
        result.maxMs = lateness.back();
        result.p99Ms = lateness[std::min(lateness.size() - 1, size_t(lateness.size() * 0.99))];
    }
    result.publicationsPerSecond
        = (tab.messageModel()->publications() - publicationsBefore) / elapsed;
    result.paintsPerSecond = paints.paints / elapsed;
    result.plotRedrawsPerSecond = plotRedraws / elapsed;
    QObject::disconnect(plotted);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    double seconds = 2.0;
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(u"--seconds"_s);
    if (at > 0 && at + 1 < arguments.size())
        seconds = qBound(0.2, arguments.at(at + 1).toDouble(), 30.0);
    int capacity = UdpCapture::kDefaultCapacity;
    const qsizetype capacityAt = arguments.indexOf(u"--capacity"_s);
    if (capacityAt > 0 && capacityAt + 1 < arguments.size())
        capacity = qBound(1, arguments.at(capacityAt + 1).toInt(), UdpCapture::kMaxCapacity);

    UdpListener listener;
    UdpCapture capture(&listener);
    capture.setCapacity(capacity);
    UdpSender sender;
    DemoStreams demo;
    FramePlots plots;
    plots.followUdp(&listener);
    UdpTab tab(&listener, &capture, &sender, &demo, &plots);
    tab.resize(1100, 700);
    tab.show();

    UdpPortConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.decoder = UdpDecoder::Struct;
    config.structFormat = StructFormat::droneFrame();
    const quint16 portA = listener.addPort(config);
    const quint16 portB = listener.addPort(config);
    if (!portA || !portB) {
        std::fprintf(stderr, "bench_udp_gui: %s\n", qPrintable(listener.errorString()));
        return 1;
    }

    const qsizetype fieldsAt = arguments.indexOf(u"--fields"_s);
    const int fields = fieldsAt > 0 && fieldsAt + 1 < arguments.size()
        ? qBound(0, arguments.at(fieldsAt + 1).toInt(), 9)
        : 3;
    tab.plotPanel()->setCurrentSource(FramePlots::udpKey(portA));
    tab.plotPanel()->setPickedFields(StructFormat::droneFrame().names().mid(0, fields));
    QList<double> rates = {-1, 10000, 50000, 200000, 0};
    const qsizetype ratesAt = arguments.indexOf(u"--rates"_s);
    if (ratesAt > 0 && ratesAt + 1 < arguments.size()) {
        rates.clear();
        const QStringList texts = arguments.at(ratesAt + 1).split(u',');
        for (const QString &text : texts)
            rates.append(text.toDouble());
    }

    std::printf("capture capacity %d rows, %.1f s per rate, plot of %d field(s): %s\n\n", capacity,
        seconds, fields, qPrintable(tab.plotPanel()->pickedFields().join(u' ')));
    // The lower pane shows either the message table or the live plot: each rate is run with
    // each of them in view (--show table or --show plot for one only).
    QStringList views {u"table"_s, u"plot"_s};
    const qsizetype showAt = arguments.indexOf(u"--show"_s);
    if (showAt > 0 && showAt + 1 < arguments.size())
        views = {arguments.at(showAt + 1)};
    auto *lowerTabs = tab.findChild<QTabWidget *>(u"udpLowerTabs"_s);
    if (!lowerTabs) {
        std::fprintf(stderr, "bench_udp_gui: the UDP tab has no udpLowerTabs\n");
        return 1;
    }
    std::printf(
        "| in view | offered/s | sent | decoded | loss %% | loop lateness p99 | max | table "
        "publications/s | table repaints/s | plot redraws/s |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n");
    bool ok = true;
    for (const QString &view : std::as_const(views)) {
        lowerTabs->setCurrentIndex(view == u"plot" ? 1 : 0);
        for (const double rate : std::as_const(rates)) {
            const Run r = run(tab, listener, capture, portA, portB, rate, seconds);
            const double loss = r.sent ? 100.0 * double(r.sent - r.decoded) / double(r.sent) : 0;
            std::printf(
                "| %s | %s | %lld | %lld | %.2f | %.1f ms | %.1f ms | %.1f | %.1f | %.1f |\n",
                qPrintable(view),
                rate > 0 ? QByteArray::number(rate, 'f', 0).constData()
                         : (rate < 0 ? "idle (no traffic)" : "flat out"),
                static_cast<long long>(r.sent), static_cast<long long>(r.decoded), loss, r.p99Ms,
                r.maxMs, r.publicationsPerSecond, r.paintsPerSecond, r.plotRedrawsPerSecond);
            std::fflush(stdout);
            ok = ok && r.maxMs < 50 && r.publicationsPerSecond <= 31 && r.paintsPerSecond <= 31
                && loss == 0;
        }
    }
    std::printf("\ngoals (no loss, max lateness < 50 ms, ≤ 30 publications and repaints/s): %s\n",
        ok ? "met" : "NOT met");
    return 0;
}
