#include <netlab/chartviewport.h>
#include <netlab/frameplots.h>
#include <widgets/fieldplotpanel.h>
#include <widgets/statusline.h>
#include <widgets/timeserieschart.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QGraphicsRectItem>
#include <QImage>
#include <QLegend>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace netlab;

class tst_FieldPlotPanel : public QObject
{
    Q_OBJECT

private slots:
    void stackedPauseAndExports();
    void gapIsShadedAndZoomHolds();
    void picksRemembered();

private:
    struct Fixture
    {
        FramePlots plots;
        StatusLine status;
        FieldPlotPanel panel {&plots, u"serial/"_s, &status};
        const QString key = u"serial/node"_s;

        Fixture()
        {
            plots.setSource(key, u"node"_s,
                StructFormat::parse(
                    u"<Ihhh10s"_s, {u"seq"_s, u"dx"_s, u"dy"_s, u"dz"_s, u"tag"_s}));
            panel.resize(900, 600);
            panel.show();
        }
        // n frames 100 ms apart, ending now.
        void feed(int n, qint64 endMs = QDateTime::currentMSecsSinceEpoch())
        {
            for (int i = 0; i < n; ++i) {
                const qint64 t = endMs - (n - 1 - i) * 100;
                plots.append(key, t,
                    {StructValue::fromUInt(quint64(i)), StructValue::fromInt(i % 10),
                        StructValue::fromInt(-i), StructValue::fromInt(100),
                        StructValue::fromBytes("node")});
            }
        }
    };
};

void tst_FieldPlotPanel::stackedPauseAndExports()
{
    Fixture f;
    // Bytes are not plotted; the first three fields that are not a counter are picked.
    auto *list = f.panel.findChild<QListWidget *>(u"plotFieldList"_s);
    QCOMPARE(list->count(), 4);
    QCOMPARE(f.panel.pickedFields(), (QStringList {u"dx"_s, u"dy"_s, u"dz"_s}));
    f.feed(50);
    f.panel.refresh();
    QCOMPARE(f.panel.charts().size(), 1);
    TimeSeriesChart *chart = f.panel.charts().first();
    QVERIFY(chart->pointCount() >= 3);
    QVERIFY(chart->chart()->legend()->isVisible()); // several lines: say which is which

    // Stacked: one chart per field, on the same time axis.
    QTest::mouseClick(f.panel.findChild<QCheckBox *>(u"plotStackedCheck"_s), Qt::LeftButton);
    QCOMPARE(f.panel.charts().size(), 3);
    for (TimeSeriesChart *stacked : f.panel.charts())
        QCOMPARE(stacked->range(), f.panel.range());

    // Pause: the charts hold still while frames keep coming.
    f.panel.refresh();
    const qsizetype before = f.panel.charts().first()->pointCount();
    QTest::mouseClick(f.panel.findChild<QCheckBox *>(u"pauseCheck"_s), Qt::LeftButton);
    f.feed(40, QDateTime::currentMSecsSinceEpoch() + 5000);
    f.panel.refresh();
    QCOMPARE(f.panel.charts().first()->pointCount(), before);
    QTest::mouseClick(f.panel.findChild<QCheckBox *>(u"pauseCheck"_s), Qt::LeftButton);
    QTRY_VERIFY(f.panel.charts().first()->pointCount() > before);

    // CSV of the plotted fields only, PNG and SVG of the stacked charts.
    QTemporaryDir dir;
    QVERIFY(f.panel.exportCsv(dir.filePath(u"plot.csv"_s)));
    QFile csv(dir.filePath(u"plot.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), "time_iso,t_ms,dx,dy,dz\r\n");
    QCOMPARE(csv.readLine().split(',').size(), 5);
    QVERIFY(f.panel.saveImage(dir.filePath(u"plot.png"_s)));
    const QImage image(dir.filePath(u"plot.png"_s));
    QVERIFY(!image.isNull());
    int stackedHeight = 0;
    for (const TimeSeriesChart *stacked : f.panel.charts())
        stackedHeight += stacked->height();
    QCOMPARE(image.height(), stackedHeight); // the three charts, one above the other
    QVERIFY(f.panel.saveImage(dir.filePath(u"plot.svg"_s)));
    QFile svg(dir.filePath(u"plot.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    // A file that cannot be written says so.
    QVERIFY(!f.panel.exportCsv(dir.filePath(u"missing/plot.csv"_s)));
    QVERIFY(f.status.text().contains(u"missing"_s));
}

void tst_FieldPlotPanel::gapIsShadedAndZoomHolds()
{
    Fixture f;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    f.feed(20, now - 6000); // then 4 s without a frame
    f.feed(10, now);
    f.panel.refresh();
    TimeSeriesChart *chart = f.panel.charts().first();
    QCOMPARE(chart->segmentCount(0), 2);
    QCOMPARE(chart->visibleBandCount(0), 1);
    bool tip = false;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *rect = dynamic_cast<QGraphicsRectItem *>(item);
        tip = tip || (rect && rect->isVisible() && rect->toolTip().startsWith(u"No frames"_s));
    }
    QVERIFY(tip);

    // "+" zooms in around the middle and holds the view; End follows live again.
    chart->setFocus();
    const qint64 span = f.panel.range()->spanMs();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(!f.panel.range()->isLive());
    QCOMPARE(f.panel.range()->spanMs(), span / 2);
    const qint64 heldTo = f.panel.range()->toMs();
    f.feed(5, now + 20'000);
    f.panel.refresh();
    QCOMPARE(f.panel.range()->toMs(), heldTo);
    QTest::keyClick(chart, Qt::Key_End);
    QVERIFY(f.panel.range()->isLive());
    f.panel.refresh();
    QVERIFY(f.panel.range()->toMs() > now + 20'000);
}

void tst_FieldPlotPanel::picksRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        Fixture f;
        f.panel.setPickedFields({u"dz"_s});
        f.panel.setStacked(true);
        f.panel.saveSettings(settings);
    }
    Fixture f;
    f.panel.restoreSettings(settings);
    QCOMPARE(f.panel.pickedFields(), QStringList {u"dz"_s});
    QVERIFY(f.panel.isStacked());
}

QTEST_MAIN(tst_FieldPlotPanel)
#include "tst_fieldplotpanel.moc"
