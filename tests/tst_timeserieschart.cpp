#include <netlab/chartviewport.h>
#include <widgets/timeserieschart.h>

#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsRectItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::ChartViewport;
using netlab::TimeSeriesChart;

class tst_TimeSeriesChart : public QObject
{
    Q_OBJECT

private slots:
    void segmentsBandsAndReadout();
    void keyboardAndWheelMoveTheSharedRange();
    void savesPngAndSvg();
};

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

QList<QPointF> ramp(qint64 from, int n, double slope)
{
    QList<QPointF> points;
    for (int i = 0; i < n; ++i)
        points.append(QPointF(double(from + i * 100), slope * i));
    return points;
}

} // namespace

void tst_TimeSeriesChart::segmentsBandsAndReadout()
{
    ChartViewport range;
    range.setRange(kStart, kStart + 10'000);
    TimeSeriesChart chart(&range);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int pitch = chart.addLine(u"pitch"_s, Qt::blue);
    const int roll = chart.addLine(u"roll"_s, Qt::red);
    chart.setSegments(pitch, {ramp(kStart, 20, 1.0), ramp(kStart + 6000, 20, 1.0)});
    chart.setSegments(roll, {ramp(kStart, 100, -0.5)});
    chart.setBands(pitch, {{kStart + 1900, kStart + 6000, false, u"silent"_s}});
    chart.setValueRange(-60, 30);
    chart.setLegendShown(true);
    QCOMPARE(chart.segmentCount(pitch), 2);
    QCOMPARE(chart.segmentCount(roll), 1);
    QCOMPARE(chart.pointCount(), 140);
    QCOMPARE(chart.visibleBandCount(pitch), 1);
    // One legend entry per line, not per segment.
    QCoreApplication::processEvents();
    int markers = 0;
    for (QLegendMarker *marker : chart.chart()->legend()->markers())
        markers += marker->isVisible() ? 1 : 0;
    QCOMPARE(markers, 2);

    // The readout at a time gives the nearest value of each line there, nothing across a gap.
    QSignalSpy readout(&chart, &TimeSeriesChart::readoutChanged);
    chart.showReadoutAt(kStart + 500);
    QCOMPARE(readout.size(), 1);
    QVERIFY2(chart.readoutAt(kStart + 500).contains(u"pitch 5"_s),
        qPrintable(chart.readoutAt(kStart + 500)));
    QVERIFY(chart.readoutAt(kStart + 500).contains(u"roll -2.5"_s));
    QVERIFY(!chart.readoutAt(kStart + 4000).contains(u"pitch"_s));

    // A band out of view is hidden; removing a line takes its series and bands away.
    range.setRange(kStart + 7000, kStart + 20'000);
    QCOMPARE(chart.visibleBandCount(pitch), 0);
    chart.removeLine(pitch);
    QCOMPARE(chart.lineCount(), 1);
    QCOMPARE(chart.chart()->series().size(), 1);
    QCOMPARE(chart.lineName(0), u"roll"_s);
}

void tst_TimeSeriesChart::keyboardAndWheelMoveTheSharedRange()
{
    ChartViewport range;
    range.setSpanLimits(1000, 3'600'000);
    range.setWindowMs(60'000);
    range.follow(kStart, 600);
    TimeSeriesChart top(&range), bottom(&range);
    top.resize(600, 200);
    top.show();
    top.setFocus();
    QTest::keyClick(&top, Qt::Key_Plus);
    QVERIFY(!range.isLive());
    QCOMPARE(range.spanMs(), 30'000);
    // Both charts show the same range: their time axes moved together.
    const auto axisFrom = [](TimeSeriesChart &chart) {
        return qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).first())
            ->min()
            .toMSecsSinceEpoch();
    };
    QCOMPARE(axisFrom(top), range.fromMs());
    QCOMPARE(axisFrom(bottom), range.fromMs());
    const qint64 to = range.toMs();
    QTest::keyClick(&top, Qt::Key_Right);
    QCOMPARE(range.toMs(), to + 3000);
    QTest::keyClick(&top, Qt::Key_Minus);
    QCOMPARE(range.spanMs(), 60'000);
    QTest::keyClick(&top, Qt::Key_End);
    QVERIFY(range.isLive());
}

void tst_TimeSeriesChart::savesPngAndSvg()
{
    ChartViewport range;
    range.setRange(kStart, kStart + 10'000);
    TimeSeriesChart top(&range), bottom(&range);
    top.addLine(u"dx"_s, Qt::blue);
    top.setSegments(0, {ramp(kStart, 50, 2.0)});
    for (TimeSeriesChart *chart : {&top, &bottom}) {
        chart->resize(400, 200);
        chart->show();
    }
    QTemporaryDir dir;
    QVERIFY(TimeSeriesChart::saveImage({&top, &bottom}, dir.filePath(u"two.png"_s)));
    const QImage image(dir.filePath(u"two.png"_s));
    QCOMPARE(image.size(), QSize(400, 400));
    QVERIFY(TimeSeriesChart::saveImage({&top}, dir.filePath(u"one.SVG"_s)));
    QFile svg(dir.filePath(u"one.SVG"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<path") || text.contains("<polyline"));
    QVERIFY(!TimeSeriesChart::saveImage({&top}, dir.filePath(u"no/such/dir.png"_s)));
}

QTEST_MAIN(tst_TimeSeriesChart)
#include "tst_timeserieschart.moc"
