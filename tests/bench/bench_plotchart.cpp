// The shared time-series chart with 10 series × 1,000,000 points (a PlotBuffer full of 1 kHz
// samples, 1,000 s): the time to decimate every series to the chart's pixel columns, replace
// the lines and repaint, against the same data through Qt Charts without decimation (10
// QLineSeries holding every point), in the same run; and the memory per point of each.
// Offscreen unless QT_QPA_PLATFORM says else.
//
//   build/bin/bench_plotchart [--points N] [--redraws R]   (defaults 1,000,000 and 30)
#include <netlab/chartviewport.h>
#include <netlab/plotbuffer.h>
#include <widgets/timeserieschart.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

constexpr int kSeries = 10;
constexpr qint64 kStartMs = 1'700'000'000'000;

// Resident set size from /proc/self/statm (its second field, in pages).
double residentMiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : -1;
}

double sample(int series, qint64 i)
{
    return std::sin(double(i) / (2000.0 + 300.0 * series)) * (10 + series) + double(i % 13) * 0.1;
}

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Timing summarise(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front(), times.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const auto option = [&arguments](const QString &name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(name);
        return qint64(
            at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback);
    };
    const qint64 points
        = qBound(qint64(1000), option(u"--points"_s, 1'000'000), qint64(10'000'000));
    const int redraws = int(qBound(qint64(3), option(u"--redraws"_s, 30), qint64(1000)));
    const QSize size(1280, 400);

    // --- ours: PlotBuffer + decimation + TimeSeriesChart
    const double before = residentMiB();
    QStringList names;
    for (int s = 0; s < kSeries; ++s)
        names.append(u"field%1"_s.arg(s));
    PlotBuffer buffer(names, points);
    QElapsedTimer clock;
    clock.start();
    std::vector<double> row(kSeries);
    for (qint64 i = 0; i < points; ++i) {
        for (int s = 0; s < kSeries; ++s)
            row[std::size_t(s)] = sample(s, i);
        buffer.append(kStartMs + i, row.data());
    }
    const double fillMs = clock.nsecsElapsed() / 1e6;
    const double oursMiB = residentMiB() - before;

    ChartViewport range;
    range.setSpanLimits(10, points * 2);
    range.setRange(kStartMs, kStartMs + points);
    TimeSeriesChart chart(&range);
    chart.resize(size);
    chart.show();
    for (int s = 0; s < kSeries; ++s)
        chart.addLine(names[s], QColor::fromHsv(s * 36, 200, 200));
    QCoreApplication::processEvents();
    QList<int> all;
    for (int s = 0; s < kSeries; ++s)
        all.append(s);
    std::vector<double> ours;
    std::vector<double> decimation;
    for (int r = 0; r < redraws; ++r) {
        clock.restart();
        double low = 1e300, high = -1e300;
        const QList<PlotBuffer::Line> lines
            = buffer.decimate(all, range.fromMs(), range.toMs(), chart.columns(), 1000);
        for (int s = 0; s < kSeries; ++s) {
            chart.setSegments(s, lines[s].segments);
            low = std::min(low, lines[s].min);
            high = std::max(high, lines[s].max);
        }
        chart.setValueRange(low, high);
        decimation.push_back(clock.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents(); // the scene takes the new lines
        chart.viewport()->repaint();
        ours.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::vector<double> decimateOnly;
    for (int r = 0; r < redraws; ++r) {
        clock.restart();
        qsizetype drawn = 0;
        const QList<PlotBuffer::Line> lines
            = buffer.decimate(all, range.fromMs(), range.toMs(), chart.columns(), 1000);
        for (const PlotBuffer::Line &line : lines)
            drawn += line.pointCount();
        decimateOnly.push_back(clock.nsecsElapsed() / 1e6);
        Q_UNUSED(drawn);
    }
    const Timing decimateOnlyTiming = summarise(decimateOnly);
    const Timing oursTiming = summarise(ours);
    const Timing decimationTiming = summarise(decimation);
    std::printf("%d series x %lld points, chart %dx%d px (%d columns), %d redraws\n", kSeries,
        static_cast<long long>(points), size.width(), size.height(), chart.columns(), redraws);
    std::printf("fill the PlotBuffer: %.0f ms; its memory: %.2f bytes/point (counted), "
                "%.2f bytes/point (resident)\n",
        fillMs, double(buffer.memoryBytes()) / double(points * kSeries),
        oursMiB * 1024 * 1024 / double(points * kSeries));
    std::printf(
        "ours (decimate + hand over the lines + repaint): median %.2f ms, min %.2f, max %.2f; "
        "decimation + hand-over alone: median %.2f ms; points drawn: %lld\n",
        oursTiming.median, oursTiming.min, oursTiming.max, decimationTiming.median,
        static_cast<long long>(chart.pointCount()));
    std::printf("decimation alone (10 series): median %.2f ms\n", decimateOnlyTiming.median);
    std::fflush(stdout);

    // --- Qt Charts without decimation: every point in its QLineSeries
    const double peerBefore = residentMiB();
    auto *peerChart = new QChart;
    auto *time = new QDateTimeAxis(peerChart);
    auto *value = new QValueAxis(peerChart);
    peerChart->addAxis(time, Qt::AlignBottom);
    peerChart->addAxis(value, Qt::AlignLeft);
    QChartView peer(peerChart);
    peer.resize(size);
    peer.show();
    std::vector<QLineSeries *> series;
    clock.restart();
    for (int s = 0; s < kSeries; ++s) {
        QList<QPointF> all;
        all.reserve(points);
        for (qint64 i = 0; i < points; ++i)
            all.append(QPointF(double(kStartMs + i), buffer.valueAt(s, i)));
        auto *line = new QLineSeries;
        line->setPen(QPen(QColor::fromHsv(s * 36, 200, 200), 1));
        line->replace(all);
        peerChart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(value);
        series.push_back(line);
    }
    time->setRange(QDateTime::fromMSecsSinceEpoch(kStartMs),
        QDateTime::fromMSecsSinceEpoch(kStartMs + points));
    value->setRange(-20, 22);
    QCoreApplication::processEvents();
    const double peerFillMs = clock.nsecsElapsed() / 1e6;
    const double peerMiB = residentMiB() - peerBefore;
    // Few redraws: each takes long. A redraw is what a live chart does when the data moved:
    // the series are laid out again (a new axis range) and painted.
    std::vector<double> theirs;
    const int peerRedraws = std::min(redraws, 5);
    for (int r = 0; r < peerRedraws; ++r) {
        clock.restart();
        time->setRange(QDateTime::fromMSecsSinceEpoch(kStartMs + r),
            QDateTime::fromMSecsSinceEpoch(kStartMs + points + r));
        QCoreApplication::processEvents();
        peer.viewport()->repaint();
        theirs.push_back(clock.nsecsElapsed() / 1e6);
    }
    const Timing theirTiming = summarise(theirs);
    std::printf("Qt Charts, no decimation: fill %.0f ms; memory %.2f bytes/point (resident); "
                "redraw median %.2f ms, min %.2f, max %.2f (%d redraws)\n",
        peerFillMs, peerMiB * 1024 * 1024 / double(points * kSeries), theirTiming.median,
        theirTiming.min, theirTiming.max, peerRedraws);
    std::printf("redraw ratio (Qt Charts / ours): %.0fx; goal (ours < 16 ms): %s\n",
        theirTiming.median / oursTiming.median, oursTiming.median < 16 ? "met" : "NOT met");
    return 0;
}
