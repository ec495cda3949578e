#pragma once

#include <QObject>

namespace netlab {

// The time range a chart shows, shared by every chart that must stay aligned (the Sensors
// tab's temperature and humidity, the stacked plots of a UDP port). Two modes: following live
// (the window of windowMs() ends just after the newest sample and moves with it, a whole
// pixel column at a time so that between columns only the newest series changes, not the
// axes) or held still (the user zoomed, panned, dragged a range or paused). Plain arithmetic,
// testable without a window; the chart widget and the tabs bind to its signals.
class ChartViewport : public QObject
{
    Q_OBJECT

public:
    explicit ChartViewport(QObject *parent = nullptr);

    // The narrowest and widest spans a zoom may reach (defaults 1 s and 30 days).
    void setSpanLimits(qint64 minMs, qint64 maxMs);
    qint64 minSpanMs() const { return m_minSpan; }
    qint64 maxSpanMs() const { return m_maxSpan; }

    // The span of the live window. While following live the range takes it at the next
    // follow().
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_window; }

    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    qint64 spanMs() const { return m_to - m_from; }
    bool isLive() const { return m_live; }

    // While following live: the range becomes [end - windowMs, end] where end is the first
    // column boundary after latestMs (columns: the plot's width in pixels). Returns true when
    // the range moved (rangeChanged() was emitted). Does nothing when held still.
    bool follow(qint64 latestMs, int columns);
    // Back to the moving window (at the next follow()).
    void followLive();
    // Holds the range still where it is (a pause): zoom and pan still work.
    void hold();
    // A user's choices; each holds the range still. zoom: factor < 1 zooms in, around
    // centreMs which keeps its place on screen. pan: a fraction of the span, negative goes
    // back in time. setRange: a dragged range, widened to minSpanMs() around its middle.
    void zoom(double factor, qint64 centreMs);
    void pan(double fraction);
    void setRange(qint64 fromMs, qint64 toMs);

signals:
    void rangeChanged(qint64 fromMs, qint64 toMs);
    void liveChanged(bool live);
    // A user moved the range (zoom, pan, drag), not the live window.
    void userMoved(qint64 fromMs, qint64 toMs);

private:
    void setLive(bool live);
    void moveTo(qint64 fromMs, qint64 toMs);

    qint64 m_minSpan = 1000;
    qint64 m_maxSpan = 30LL * 24 * 3600 * 1000;
    qint64 m_window = 5LL * 60 * 1000;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_live = true;
};

} // namespace netlab
