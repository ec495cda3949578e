#include "ratesparkline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace netlab {

RateSparkline::RateSparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RateSparkline::setHistory(const QList<double> &history)
{
    if (history == m_history)
        return;
    m_history = history;
    if (!m_history.isEmpty()) {
        setToolTip(tr("Messages per second over the last %n second(s); now %1, peak %2", nullptr,
            int(m_history.size()))
                       .arg(QLocale().toString(m_history.constLast(), 'f', 0))
                       .arg(QLocale().toString(
                           *std::max_element(m_history.cbegin(), m_history.cend()), 'f', 0)));
    }
    update();
}

QSize RateSparkline::sizeHint() const
{
    return {120, 22};
}

QSize RateSparkline::minimumSizeHint() const
{
    return {40, 16};
}

void RateSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -4, -3);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_history.isEmpty() || area.width() < 4)
        return;
    constexpr double kStep = 2.0; // pixels per second
    const int fit = qMax(2, int(area.width() / kStep) + 1);
    const qsizetype first = qMax<qsizetype>(0, m_history.size() - fit);
    double peak = 0;
    for (qsizetype i = first; i < m_history.size(); ++i)
        peak = qMax(peak, m_history.at(i));
    if (peak <= 0)
        peak = 1;
    QPainterPath path;
    QPointF last;
    for (qsizetype i = first; i < m_history.size(); ++i) {
        const double x = area.right() - (m_history.size() - 1 - i) * kStep;
        const double y = area.bottom() - m_history.at(i) / peak * area.height();
        last = QPointF(x, y);
        if (i == first)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(last, 2.0, 2.0);
}

} // namespace netlab
