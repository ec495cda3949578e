#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace netlab {

class ChartViewport;

// The one time-series chart of the workbench (Sensors, UDP and serial plots): a time axis
// bound to a ChartViewport (shared by the charts that must stay aligned), a value axis, and
// lines, each drawn as unbroken segments — already decimated by the caller (SensorHistory,
// PlotBuffer), replaced whole, never appended point by point — with shaded or hatched bands
// over its gaps. Qt Charts draws the axes, the grid and the legend (each line has an empty
// QLineSeries there); the lines themselves are one polyline per segment painted by one item
// over the plot area, which costs a fraction of QLineSeries' replace and path stroking
// (docs/benchmarks.md). Zoom by dragging (right-click zooms out), with the wheel or + and -; move
// with the arrow keys; End follows live again. A readout under the cursor gives the time and each
// line's nearest value. Saves itself, or a stack of charts, as PNG or SVG.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    struct Band
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool hatched = false; // a failure (hatched) rather than silence (a light wash)
        QString toolTip;
    };

    // More points than this on the chart: drawn without antialiasing.
    static constexpr qsizetype kSmoothPoints = 6000;

    explicit TimeSeriesChart(ChartViewport *range, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    ChartViewport *range() const { return m_range; }
    void setTitle(const QString &title);
    void setUnit(const QString &unit); // the value axis' title

    // A line at index `at` (-1: after the others); its index until a line before it is
    // added or removed.
    int addLine(const QString &name, const QColor &color, int at = -1);
    void removeLine(int line);
    int lineCount() const { return int(m_lines.size()); }
    QString lineName(int line) const;
    void setLineName(int line, const QString &name);
    QColor lineColor(int line) const;
    void setSegments(int line, const QList<QList<QPointF>> &segments);
    void setBands(int line, const QList<Band> &bands);
    void setLegendShown(bool shown);

    int segmentCount(int line) const; // segments with points
    int visibleBandCount(int line) const;
    qsizetype pointCount() const; // on every line
    // Sets the value axis when it differs (a change lays every series out again).
    void setValueRange(double low, double high);
    // The plot's width in pixels (at least 100): the columns to decimate for.
    int columns() const;

    // "12:04:05.250 · pitch 3 · roll −1.5": the time and each line's value nearest tMs in
    // view; shown over the chart and sent by readoutChanged().
    QString readoutAt(qint64 tMs) const;
    void showReadoutAt(qint64 tMs);
    void hideReadout();

    // Charts one above the other in one image; SVG when the path ends in .svg, else PNG.
    static bool saveImage(const QList<TimeSeriesChart *> &charts, const QString &path);

signals:
    void readoutChanged(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    class LinesItem;
    struct Line
    {
        QString name;
        QColor color;
        QLineSeries *legend = nullptr; // no points: the line's legend entry
        QList<QList<QPointF>> segments; // x: Unix ms; none empty
        QList<QGraphicsRectItem *> bandItems; // spares are hidden
        QList<Band> bands;
    };

    void paintLines(QPainter *painter) const;
    void applyRange();
    void placeBands();
    qint64 timeAtX(double x) const;

    ChartViewport *m_range;
    QList<Line> m_lines;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    LinesItem *m_linesItem = nullptr;
    QGraphicsLineItem *m_cursor = nullptr;
    QGraphicsSimpleTextItem *m_readout = nullptr;
    qint64 m_readoutMs = -1; // -1: hidden
    bool m_applyingRange = false;
};

} // namespace netlab
