#include "timeserieschart.h"

#include <netlab/chartviewport.h>

#include <QDateTime>
#include <QDateTimeAxis>
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

    connect(c, &QChart::plotAreaChanged, this, &TimeSeriesChart::placeBands);
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
    m_lines.insert(at, Line {name, color, {}, {}, {}, 0});
    return at;
}

void TimeSeriesChart::removeLine(int line)
{
    if (line < 0 || line >= m_lines.size())
        return;
    const Line removed = m_lines.takeAt(line);
    for (QLineSeries *series : removed.series) {
        chart()->removeSeries(series);
        delete series;
    }
    qDeleteAll(removed.bandItems);
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
    for (QLineSeries *series : std::as_const(m_lines[line].series))
        series->setName(name);
}

QLineSeries *TimeSeriesChart::newSeries(const Line &line, bool legend)
{
    auto *series = new QLineSeries;
    // A one-pixel pen takes Qt's fast path for lines; thicker ones are stroked as polygons.
    QPen pen(line.color);
    pen.setWidth(1);
    series->setPen(pen);
    series->setName(line.name);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(legend); // one entry per line, not per segment
    return series;
}

void TimeSeriesChart::setSegments(int line, const QList<QList<QPointF>> &segments)
{
    if (line < 0 || line >= m_lines.size())
        return;
    Line &l = m_lines[line];
    while (l.series.size() < segments.size())
        l.series.append(newSeries(l, l.series.isEmpty()));
    int drawn = 0;
    for (qsizetype k = 0; k < l.series.size(); ++k) {
        if (k < segments.size() && !segments[k].isEmpty()) {
            l.series[k]->replace(segments[k]);
            ++drawn;
        } else if (l.series[k]->count() > 0) {
            l.series[k]->clear();
        }
    }
    l.segments = drawn;
    // Smooth lines while they are few; beyond that antialiasing costs more than half of a
    // repaint (docs/benchmarks.md) and adds little to one-pixel lines a column apart.
    const bool smooth = pointCount() <= kSmoothPoints;
    if (renderHints().testFlag(QPainter::Antialiasing) != smooth)
        setRenderHint(QPainter::Antialiasing, smooth);
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
    return line >= 0 && line < m_lines.size() ? m_lines[line].segments : 0;
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
        for (const QLineSeries *series : line.series)
            count += series->count();
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
        for (const QLineSeries *series : line.series) {
            const QList<QPointF> points = series->points(); // shared, not copied
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
