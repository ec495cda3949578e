#include "chartviewport.h"

#include <QtGlobal>

namespace netlab {

ChartViewport::ChartViewport(QObject *parent)
    : QObject(parent)
{ }

void ChartViewport::setSpanLimits(qint64 minMs, qint64 maxMs)
{
    m_minSpan = qMax<qint64>(1, minMs);
    m_maxSpan = qMax(m_minSpan, maxMs);
}

void ChartViewport::setWindowMs(qint64 windowMs)
{
    m_window = qMax<qint64>(1, windowMs);
}

bool ChartViewport::follow(qint64 latestMs, int columns)
{
    if (!m_live)
        return false;
    const qint64 column = qMax<qint64>(1, m_window / qMax(1, columns));
    const qint64 to = (latestMs / column + 1) * column;
    if (to == m_to && to - m_window == m_from)
        return false;
    moveTo(to - m_window, to);
    return true;
}

void ChartViewport::followLive()
{
    setLive(true);
}

void ChartViewport::hold()
{
    setLive(false);
}

void ChartViewport::zoom(double factor, qint64 centreMs)
{
    const qint64 span = qBound(m_minSpan, qint64(double(spanMs()) * factor), m_maxSpan);
    const double before = m_to > m_from ? double(centreMs - m_from) / double(spanMs()) : 0.5;
    const qint64 from = centreMs - qint64(double(span) * qBound(0.0, before, 1.0));
    setRange(from, from + span);
}

void ChartViewport::pan(double fraction)
{
    const qint64 shift = qint64(double(spanMs()) * fraction);
    setRange(m_from + shift, m_to + shift);
}

void ChartViewport::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < m_minSpan) {
        const qint64 centre = fromMs + (toMs - fromMs) / 2;
        fromMs = centre - m_minSpan / 2;
        toMs = fromMs + m_minSpan;
    }
    setLive(false);
    if (fromMs != m_from || toMs != m_to)
        moveTo(fromMs, toMs);
    emit userMoved(m_from, m_to);
}

void ChartViewport::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    emit liveChanged(live);
}

void ChartViewport::moveTo(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    emit rangeChanged(fromMs, toMs);
}

} // namespace netlab
