#include <netlab/chartviewport.h>

#include <QSignalSpy>
#include <QTest>

using netlab::ChartViewport;

class tst_ChartViewport : public QObject
{
    Q_OBJECT

private slots:
    void followsLiveAColumnAtATime();
    void zoomAndPanHoldStill();
    void draggedRangeWidenedToMinimum();
};

void tst_ChartViewport::followsLiveAColumnAtATime()
{
    ChartViewport viewport;
    viewport.setWindowMs(60'000);
    QSignalSpy moved(&viewport, &ChartViewport::rangeChanged);
    QVERIFY(viewport.follow(1'000'000, 600)); // columns of 100 ms
    QCOMPARE(viewport.toMs(), 1'000'100);
    QCOMPARE(viewport.spanMs(), 60'000);
    // A newer sample within the same column: the axes stay put.
    QVERIFY(!viewport.follow(1'000'050, 600));
    QVERIFY(viewport.follow(1'000'100, 600));
    QCOMPARE(viewport.toMs(), 1'000'200);
    QCOMPARE(moved.size(), 2);
    // A new window span takes effect at the next follow.
    viewport.setWindowMs(10'000);
    QVERIFY(viewport.follow(1'000'100, 600));
    QCOMPARE(viewport.spanMs(), 10'000);
    QVERIFY(viewport.toMs() > 1'000'100);
}

void tst_ChartViewport::zoomAndPanHoldStill()
{
    ChartViewport viewport;
    viewport.setSpanLimits(10'000, 3'600'000);
    viewport.setWindowMs(300'000);
    viewport.follow(1'000'000, 300);
    QSignalSpy live(&viewport, &ChartViewport::liveChanged);
    QSignalSpy user(&viewport, &ChartViewport::userMoved);
    const qint64 from = viewport.fromMs(), to = viewport.toMs();
    const qint64 centre = from + 100'000;
    viewport.zoom(0.5, centre);
    QVERIFY(!viewport.isLive());
    QCOMPARE(live.size(), 1);
    QCOMPARE(viewport.spanMs(), 150'000);
    // The point under the cursor keeps its place on screen (a third of the way).
    QCOMPARE(viewport.fromMs(), centre - 50'000);
    QVERIFY(!viewport.follow(2'000'000, 300)); // held: new samples do not move it
    viewport.pan(-0.1);
    QCOMPARE(viewport.toMs(), centre + 100'000 - 15'000);
    QCOMPARE(user.size(), 2);
    // Zooming out stops at the widest span.
    for (int i = 0; i < 20; ++i)
        viewport.zoom(2.0, centre);
    QCOMPARE(viewport.spanMs(), 3'600'000);
    viewport.followLive();
    QVERIFY(viewport.isLive());
    QVERIFY(viewport.follow(2'000'000, 300));
    QCOMPARE(viewport.spanMs(), to - from);
    QVERIFY(viewport.toMs() > 2'000'000);
    // A pause holds the range where it is.
    viewport.hold();
    QVERIFY(!viewport.follow(3'000'000, 300));
    QVERIFY(viewport.toMs() < 3'000'000);
}

void tst_ChartViewport::draggedRangeWidenedToMinimum()
{
    ChartViewport viewport;
    viewport.setSpanLimits(10'000, 3'600'000);
    viewport.setRange(50'000, 50'100);
    QCOMPARE(viewport.spanMs(), 10'000);
    QCOMPARE(viewport.fromMs() + viewport.spanMs() / 2, 50'050);
    QVERIFY(!viewport.isLive());
}

QTEST_APPLESS_MAIN(tst_ChartViewport)
#include "tst_chartviewport.moc"
