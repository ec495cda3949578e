#include "timeserieschart.h"

#include <netlab/chartviewport.h>

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace netlab {

// Paints every line of its chart over the plot area, under the gap bands and the readout.
class TimeSeriesChart::LinesItem : public QGraphicsItem
{
public:
    explicit LinesItem(TimeSeriesChart *owner)
        : QGraphicsItem(owner->chart())
        , m_owner(owner)
    {
        setAcceptedMouseButtons(Qt::NoButton); // the rubber band sees the drag
        setZValue(500);
    }
    QRectF boundingRect() const override { return m_owner->chart()->plotArea(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_owner->paintLines(painter);
    }
    void areaChanged() { prepareGeometryChange(); }

private:
    TimeSeriesChart *m_owner;
};

TimeSeriesChart::TimeSeriesChart(ChartViewport *range, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_range(range)
{
    QChart *c = chart();
    c->legend()->hide();
    c->legend()->setAlignment(Qt::AlignTop);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis(c);
    m_timeAxis->setFormat(u"HH:mm:ss"_s);
    m_timeAxis->setTickCount(6);
    m_valueAxis = new QValueAxis(c);
    m_valueAxis->setLabelFormat(u"%g"_s); // printf-style, Latin-1 only: units go in the title
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom, right-click to zoom out
    setMinimumHeight(140);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);

    m_cursor = new QGraphicsLineItem(c);
    m_cursor->setPen(QPen(QColor(0x60, 0x60, 0x60), 0, Qt::DashLine));
    m_cursor->setZValue(1001);
    m_cursor->setVisible(false);
    m_readout = new QGraphicsSimpleTextItem(c);
    m_readout->setZValue(1002);
    m_readout->setBrush(palette().color(QPalette::Text));
    m_readout->setVisible(false);
    m_linesItem = new LinesItem(this);

    connect(c, &QChart::plotAreaChanged, this, [this] {
        m_linesItem->areaChanged();
        placeBands();
    });
    connect(m_valueAxis, &QValueAxis::rangeChanged, this, [this] { m_linesItem->update(); });
    connect(m_range, &ChartViewport::rangeChanged, this, &TimeSeriesChart::applyRange);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this,
        [this](const QDateTime &from, const QDateTime &to) {
            if (!m_applyingRange) // a rubber band or a right-click
                m_range->setRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
        });
    applyRange();
}

TimeSeriesChart::~TimeSeriesChart()
{
    // The chart and its axes go after this one: nothing of theirs may reach it by then.
    chart()->disconnect(this);
    m_timeAxis->disconnect(this);
    m_valueAxis->disconnect(this);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    m_valueAxis->setTitleText(unit);
}

int TimeSeriesChart::addLine(const QString &name, const QColor &color, int at)
{
    if (at < 0 || at > m_lines.size())
        at = int(m_lines.size());
    Line line {name, color, new QLineSeries, {}, {}, {}};
    line.legend->setPen(QPen(color, 1));
    line.legend->setName(name);
    // Attaching a series may reset the axes to its (empty) domain: not a user's zoom.
    const double low = m_valueAxis->min(), high = m_valueAxis->max();
    m_applyingRange = true;
    chart()->addSeries(line.legend);
    line.legend->attachAxis(m_timeAxis);
    line.legend->attachAxis(m_valueAxis);
    m_applyingRange = false;
    m_valueAxis->setRange(low, high);
    applyRange();
    m_lines.insert(at, line);
    return at;
}

void TimeSeriesChart::removeLine(int line)
{
    if (line < 0 || line >= m_lines.size())
        return;
    const Line removed = m_lines.takeAt(line);
    chart()->removeSeries(removed.legend);
    delete removed.legend;
    qDeleteAll(removed.bandItems);
    m_linesItem->update();
    if (m_readoutMs >= 0)
        showReadoutAt(m_readoutMs);
}

QString TimeSeriesChart::lineName(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines[line].name : QString();
}

QColor TimeSeriesChart::lineColor(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines[line].color : QColor();
}

void TimeSeriesChart::setLineName(int line, const QString &name)
{
    if (line < 0 || line >= m_lines.size() || m_lines[line].name == name)
        return;
    m_lines[line].name = name;
    m_lines[line].legend->setName(name);
}

void TimeSeriesChart::setSegments(int line, const QList<QList<QPointF>> &segments)
{
    if (line < 0 || line >= m_lines.size())
        return;
    QList<QList<QPointF>> &kept = m_lines[line].segments;
    kept.clear();
    for (const QList<QPointF> &segment : segments) {
        if (!segment.isEmpty())
            kept.append(segment); // shared, not copied
    }
    // Smooth lines while they are few; beyond that antialiasing costs more than half of a
    // repaint (docs/benchmarks.md) and adds little to one-pixel lines a column apart.
    const bool smooth = pointCount() <= kSmoothPoints;
    if (renderHints().testFlag(QPainter::Antialiasing) != smooth)
        setRenderHint(QPainter::Antialiasing, smooth);
    m_linesItem->update();
}

void TimeSeriesChart::setBands(int line, const QList<Band> &bands)
{
    if (line < 0 || line >= m_lines.size())
        return;
    Line &l = m_lines[line];
    l.bands = bands;
    while (l.bandItems.size() < bands.size()) {
        auto *item = new QGraphicsRectItem(chart());
        item->setPen(Qt::NoPen);
        item->setZValue(1000); // over the plot area; the line is absent there anyway
        item->setAcceptedMouseButtons(Qt::NoButton); // the rubber band sees the drag
        item->setVisible(false);
        l.bandItems.append(item);
    }
    placeBands();
}

void TimeSeriesChart::setLegendShown(bool shown)
{
    chart()->legend()->setVisible(shown);
}

int TimeSeriesChart::segmentCount(int line) const
{
    return line >= 0 && line < m_lines.size() ? int(m_lines[line].segments.size()) : 0;
}

int TimeSeriesChart::visibleBandCount(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return 0;
    const QList<QGraphicsRectItem *> &items = m_lines[line].bandItems;
    return int(std::count_if(
        items.cbegin(), items.cend(), [](const QGraphicsRectItem *i) { return i->isVisible(); }));
}

qsizetype TimeSeriesChart::pointCount() const
{
    qsizetype count = 0;
    for (const Line &line : m_lines) {
        for (const QList<QPointF> &segment : line.segments)
            count += segment.size();
    }
    return count;
}

void TimeSeriesChart::setValueRange(double low, double high)
{
    if (m_valueAxis->min() != low || m_valueAxis->max() != high)
        m_valueAxis->setRange(low, high);
}

int TimeSeriesChart::columns() const
{
    const QRectF plot = chart()->plotArea();
    return qMax(100, plot.width() > 10 ? int(plot.width()) : width());
}

void TimeSeriesChart::applyRange()
{
    const qint64 from = m_range->fromMs(), to = m_range->toMs();
    const qint64 span = to - from;
    const QString format = span > 2LL * 24 * 3600 * 1000 ? u"dd.MM HH:mm"_s
        : span > 2LL * 3600 * 1000                       ? u"HH:mm"_s
        : span >= 20'000                                 ? u"HH:mm:ss"_s
                                                         : u"HH:mm:ss.zzz"_s;
    m_applyingRange = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    m_applyingRange = false;
    placeBands();
    m_linesItem->update();
}

void TimeSeriesChart::placeBands()
{
    const qint64 from = m_range->fromMs();
    const qint64 span = m_range->spanMs();
    const QRectF area = chart()->plotArea();
    for (const Line &line : std::as_const(m_lines)) {
        for (qsizetype k = 0; k < line.bandItems.size(); ++k) {
            QGraphicsRectItem *item = line.bandItems[k];
            if (k >= line.bands.size() || span <= 0) {
                item->setVisible(false);
                continue;
            }
            const Band &band = line.bands[k];
            // Silence: a light wash in the line's colour; a failure: hatched.
            QColor fill = line.color;
            fill.setAlpha(band.hatched ? 110 : 38);
            item->setBrush(QBrush(fill, band.hatched ? Qt::BDiagPattern : Qt::SolidPattern));
            const auto x = [&](qint64 t) {
                return area.left()
                    + double(qBound(from, t, from + span) - from) / double(span) * area.width();
            };
            const double x1 = x(band.fromMs), x2 = x(band.toMs);
            item->setRect(
                QRectF(QPointF(x1, area.top()), QPointF(qMax(x2, x1 + 1), area.bottom())));
            item->setVisible(band.toMs > from && band.fromMs < from + span);
            item->setToolTip(band.toolTip);
        }
    }
    if (m_readoutMs >= 0)
        showReadoutAt(m_readoutMs);
}

void TimeSeriesChart::paintLines(QPainter *painter) const
{
    const QRectF area = chart()->plotArea();
    const double from = double(m_range->fromMs());
    const double span = double(m_range->spanMs());
    const double low = m_valueAxis->min(), high = m_valueAxis->max();
    if (span <= 0 || high <= low || area.isEmpty())
        return;
    const double sx = area.width() / span, sy = area.height() / (high - low);
    painter->save();
    painter->setClipRect(area);
    QPolygonF polygon;
    for (const Line &line : m_lines) {
        // A one-pixel pen takes Qt's fast path for lines; thicker ones are stroked as polygons.
        painter->setPen(QPen(line.color, 1));
        for (const QList<QPointF> &segment : line.segments) {
            polygon.resize(segment.size());
            for (qsizetype i = 0; i < segment.size(); ++i)
                polygon[i] = QPointF(area.left() + (segment[i].x() - from) * sx,
                    area.bottom() - (segment[i].y() - low) * sy);
            if (polygon.size() == 1)
                painter->drawPoint(polygon.first());
            else
                painter->drawPolyline(polygon);
        }
    }
    painter->restore();
}

qint64 TimeSeriesChart::timeAtX(double x) const
{
    const QRectF area = chart()->plotArea();
    const double at = area.width() > 0 ? qBound(0.0, (x - area.left()) / area.width(), 1.0) : 0.5;
    return m_range->fromMs() + qint64(at * double(m_range->spanMs()));
}

QString TimeSeriesChart::readoutAt(qint64 tMs) const
{
    QStringList parts {QDateTime::fromMSecsSinceEpoch(tMs).toString(u"HH:mm:ss.zzz"_s)};
    const QLocale locale;
    // Points closer than half a span's hundredth count as "at the cursor".
    const double reach = qMax<double>(1.0, double(m_range->spanMs()) / 50.0);
    for (const Line &line : m_lines) {
        std::optional<QPointF> best;
        for (const QList<QPointF> &points : line.segments) {
            const auto it = std::lower_bound(points.cbegin(), points.cend(), double(tMs),
                [](const QPointF &p, double t) { return p.x() < t; });
            for (auto candidate : {it, it == points.cbegin() ? it : it - 1}) {
                if (candidate != points.cend()
                    && (!best || qAbs(candidate->x() - tMs) < qAbs(best->x() - tMs)))
                    best = *candidate;
            }
        }
        if (best && qAbs(best->x() - double(tMs)) <= reach)
            parts.append(u"%1 %2"_s.arg(line.name, locale.toString(best->y(), 'g', 6)));
    }
    return parts.join(u" · "_s);
}

void TimeSeriesChart::showReadoutAt(qint64 tMs)
{
    m_readoutMs = tMs;
    const QRectF area = chart()->plotArea();
    const double x = area.left()
        + (m_range->spanMs() > 0
                ? double(tMs - m_range->fromMs()) / double(m_range->spanMs()) * area.width()
                : 0);
    const QString text = readoutAt(tMs);
    m_cursor->setLine(QLineF(x, area.top(), x, area.bottom()));
    m_cursor->setVisible(x >= area.left() && x <= area.right());
    m_readout->setText(text);
    const double width = m_readout->boundingRect().width();
    m_readout->setPos(
        qBound(area.left(), x + 4, qMax(area.left(), area.right() - width)), area.top() + 2);
    m_readout->setVisible(m_cursor->isVisible());
    emit readoutChanged(text);
}

void TimeSeriesChart::hideReadout()
{
    m_readoutMs = -1;
    m_cursor->setVisible(false);
    m_readout->setVisible(false);
    emit readoutChanged(QString());
}

void TimeSeriesChart::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    m_range->zoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, timeAtX(event->position().x()));
    event->accept();
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    const qint64 centre = m_range->fromMs() + m_range->spanMs() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_range->zoom(0.5, centre);
        break;
    case Qt::Key_Minus:
        m_range->zoom(2.0, centre);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int sign = event->key() == Qt::Key_Left ? -1 : 1;
        if (event->modifiers() & Qt::ShiftModifier) // the readout, a hundredth at a time
            showReadoutAt(
                (m_readoutMs >= 0 ? m_readoutMs : centre) + sign * m_range->spanMs() / 100);
        else
            m_range->pan(0.1 * sign);
        break;
    }
    case Qt::Key_End:
        m_range->followLive();
        break;
    case Qt::Key_Escape:
        hideReadout();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF at = event->position();
    if (chart()->plotArea().contains(at))
        showReadoutAt(timeAtX(at.x()));
    else if (m_readoutMs >= 0)
        hideReadout();
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    if (m_readoutMs >= 0)
        hideReadout();
}

bool TimeSeriesChart::saveImage(const QList<TimeSeriesChart *> &charts, const QString &path)
{
    int width = 0, height = 0;
    for (const TimeSeriesChart *chart : charts) {
        width = qMax(width, chart->width());
        height += chart->height();
    }
    if (charts.isEmpty() || width <= 0 || height <= 0)
        return false;
    const auto paint = [&charts](QPainter &painter) {
        int y = 0;
        for (TimeSeriesChart *chart : charts) {
            chart->render(&painter, QRectF(0, y, chart->width(), chart->height()));
            y += chart->height();
        }
    };
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(charts.first()->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        paint(painter);
        return painter.end();
    }
    QPixmap image(width, height);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter);
    painter.end();
    return image.save(path, "PNG");
}

} // namespace netlab
