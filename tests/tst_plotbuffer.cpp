#include <netlab/plotbuffer.h>

#include <QTest>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using netlab::PlotBuffer;

class tst_PlotBuffer : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsExtremes_data();
    void decimationKeepsExtremes();
    void gapsBreakTheLine();
    void boundedInWholeBlocks();
    void nearestRowAndCsv();
    void timeNeverGoesBack();
    void severalSeriesAtOnceLikeOneByOne();
};

namespace {

QList<QPointF> allPoints(const PlotBuffer::Line &line)
{
    QList<QPointF> points;
    for (const QList<QPointF> &segment : line.segments)
        points += segment;
    return points;
}

} // namespace

void tst_PlotBuffer::decimationKeepsExtremes_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addRow("fewer rows than columns") << 50 << 200;
    QTest::addRow("one block per column") << 64 * 100 << 100;
    QTest::addRow("unaligned columns") << 100'003 << 777;
}

void tst_PlotBuffer::decimationKeepsExtremes()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    PlotBuffer buffer({u"pitch"_s, u"roll"_s});
    for (int i = 0; i < rows; ++i) {
        const double values[2] = {std::sin(i * 0.01) * 30, double(i % 7)};
        buffer.append(1000 + i, values);
    }
    // One spike in the middle: a full series would show it, so the decimated one must.
    const qsizetype spikeRow = rows / 2;
    buffer.append(1000 + rows, std::array<double, 2> {500.0, -3.0}.data());

    const PlotBuffer::Line line = buffer.decimate(0, 1000, 1000 + rows, columns, 10'000);
    QCOMPARE(line.count, rows + 1);
    QCOMPARE(line.segments.size(), 1);
    QVERIFY(line.gaps.isEmpty());
    QVERIFY2(line.pointCount() <= 2 * columns, qPrintable(QString::number(line.pointCount())));
    QCOMPARE(line.max, 500.0);
    double min = 0;
    for (int i = 0; i < rows; ++i)
        min = qMin(min, std::sin(i * 0.01) * 30);
    QCOMPARE(line.min, min);
    const QList<QPointF> points = allPoints(line);
    QCOMPARE(points.last().y(), 500.0);
    for (qsizetype k = 1; k < points.size(); ++k)
        QVERIFY(points[k].x() >= points[k - 1].x());
    const PlotBuffer::Line roll = buffer.decimate(1, 1000, 1000 + rows, columns, 10'000);
    QCOMPARE(roll.min, -3.0);
    QCOMPARE(roll.max, rows >= 7 ? 6.0 : double(rows - 1));
    Q_UNUSED(spikeRow);
}

void tst_PlotBuffer::gapsBreakTheLine()
{
    PlotBuffer buffer({u"dx"_s});
    for (qint64 t = 0; t < 10'000; t += 100)
        buffer.append(t, QList<double> {1.0});
    // Silent for 5 s, then samples again.
    for (qint64 t = 15'000; t < 20'000; t += 100)
        buffer.append(t, QList<double> {2.0});
    const PlotBuffer::Line line = buffer.decimate(0, 0, 20'000, 200, 2000);
    QCOMPARE(line.segments.size(), 2);
    QCOMPARE(line.gaps.size(), 1);
    QCOMPARE(line.gaps.first().fromMs, 9900);
    QCOMPARE(line.gaps.first().toMs, 15'000);
    QCOMPARE(line.segments.last().first().y(), 2.0);
    // A threshold longer than the silence: one line.
    QCOMPARE(buffer.decimate(0, 0, 20'000, 200, 6000).segments.size(), 1);
    // So few columns that the silence is under one column: one line too.
    QCOMPARE(buffer.decimate(0, 0, 20'000, 2, 2000).segments.size(), 1);
}

void tst_PlotBuffer::boundedInWholeBlocks()
{
    PlotBuffer buffer({u"a"_s, u"b"_s, u"c"_s}, 1000);
    for (int i = 0; i < 5000; ++i)
        buffer.append(i, QList<double> {double(i), -double(i), 0});
    QVERIFY(buffer.size() <= 1000);
    QVERIFY(buffer.size() > 700);
    QCOMPARE(buffer.droppedRows() + buffer.size(), 5000);
    QCOMPARE(buffer.lastMs(), 4999);
    // The block summaries still match the rows after trimming.
    const PlotBuffer::Line line = buffer.decimate(0, buffer.firstMs(), buffer.lastMs(), 3, 1000);
    QCOMPARE(line.min, double(buffer.firstMs()));
    QCOMPARE(line.max, 4999.0);
    QCOMPARE(buffer.decimate(1, buffer.firstMs(), buffer.lastMs(), 3, 1000).min, -4999.0);
    QVERIFY(buffer.memoryBytes() >= buffer.size() * (8 + 3 * 8));
}

void tst_PlotBuffer::nearestRowAndCsv()
{
    PlotBuffer buffer({u"temperature"_s, u"=cmd"_s});
    QCOMPARE(buffer.nearestRow(5), -1);
    buffer.append(1000, QList<double> {21.5, 1});
    buffer.append(2000, QList<double> {22.25, 2});
    buffer.append(3000, QList<double> {std::nan(""), 3});
    QCOMPARE(buffer.nearestRow(0), 0);
    QCOMPARE(buffer.nearestRow(1400), 0);
    QCOMPARE(buffer.nearestRow(1600), 1);
    QCOMPARE(buffer.nearestRow(9000), 2);
    const QList<QByteArray> lines = buffer.toCsv(1500, 2500).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the empty rest
    QCOMPARE(lines[0], "time_iso,t_ms,temperature,\"'=cmd\"\r");
    QVERIFY2(lines[1].endsWith(",2000,22.25,2\r"), lines[1].constData());
    // NaN stays out of the extremes.
    const PlotBuffer::Line line = buffer.decimate(0, 0, 4000, 400, 10'000);
    QCOMPARE(line.max, 22.25);
    QCOMPARE(line.count, 3);
}

void tst_PlotBuffer::timeNeverGoesBack()
{
    PlotBuffer buffer({u"v"_s});
    buffer.append(5000, QList<double> {1});
    buffer.append(4000, QList<double> {2}); // the clock stepped back
    QCOMPARE(buffer.timeAt(1), 5000);
    QCOMPARE(buffer.lowerBound(5000), 0);
    QCOMPARE(buffer.decimate(0, 0, 6000, 10, 1000).count, 2);
}

void tst_PlotBuffer::severalSeriesAtOnceLikeOneByOne()
{
    PlotBuffer buffer({u"a"_s, u"b"_s, u"c"_s});
    for (qint64 t = 0; t < 50'000; ++t) {
        if (t > 20'000 && t < 26'000)
            continue; // a silence
        buffer.append(t, QList<double> {std::sin(t / 300.0), double(t % 97), -double(t)});
    }
    const QList<PlotBuffer::Line> all = buffer.decimate({2, 0, 1}, 0, 50'000, 640, 1000);
    QCOMPARE(all.size(), 3);
    const int order[] = {2, 0, 1};
    for (int k = 0; k < 3; ++k) {
        const PlotBuffer::Line one = buffer.decimate(order[k], 0, 50'000, 640, 1000);
        QCOMPARE(all[k].segments, one.segments);
        QCOMPARE(all[k].gaps.size(), 1);
        QCOMPARE(all[k].min, one.min);
        QCOMPARE(all[k].max, one.max);
        QCOMPARE(all[k].count, one.count);
    }
    // An unknown series gives an empty line, not a crash.
    QCOMPARE(buffer.decimate(QList<int> {7}, 0, 50'000, 640, 1000).first().count, 0);
}

QTEST_APPLESS_MAIN(tst_PlotBuffer)
#include "tst_plotbuffer.moc"
