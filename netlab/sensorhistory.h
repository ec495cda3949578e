#pragma once

#include <netlab/agentclient.h>

#include <QList>
#include <QObject>
#include <QPointF>

namespace netlab {

// The readings the workbench has from an agent, in time order and bounded (kMaxReadings:
// 7 days at one reading every 2 s, and some), with what a chart and its captions need:
// min/max decimation per pixel column, statistics over a window, CSV export, and the gaps —
// stretches with no reading for longer than gapThresholdMs(), where the agent was offline or
// the sensor kept failing — so a chart breaks its line there instead of drawing a straight
// line across. Sensor failures reported by the agent are counted here too, so a rebuilt
// Sensors tab shows them.
class SensorHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxReadings = 400'000;
    // More gaps than this in one decimated window: only the longest break the line.
    static constexpr int kMaxSegments = 100;

    // No reading between fromMs and toMs (the readings on either side). sensorFailed: the
    // agent reported failed reads meanwhile; otherwise nothing was heard (agent offline,
    // unreachable, or the gap was filled from history without failure reports).
    struct Gap
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool sensorFailed = false;
        qint64 durationMs() const { return toMs - fromMs; }
    };

    struct Stats
    {
        qsizetype count = 0;
        AgentClient::Reading last;
        double minT = 0, maxT = 0, meanT = 0;
        double minH = 0, maxH = 0, meanH = 0;
    };
    // A stretch without a visible gap: one unbroken line per series.
    struct Segment
    {
        QList<QPointF> temperature; // x: Unix ms, y: °C
        QList<QPointF> humidity; // x: Unix ms, y: %
    };
    struct Series
    {
        QList<Segment> segments; // in time order; at most kMaxSegments
        QList<Gap> gaps; // the gaps between the segments: each at least one column wide
        Stats stats; // over the same window, from the same pass
        qsizetype pointCount() const;
    };

    explicit SensorHistory(QObject *parent = nullptr);

    // Readings already held are skipped (history and stream overlap): by sequence number, or
    // for an agent of the first API by t. A reading older than the newest held (the agent's
    // clock went back) is put in its place in time, never dropped.
    void append(const QList<netlab::AgentClient::Reading> &readings);
    void recordFailure(const QString &kind, const QString &message);
    void clear();
    // The agent's reading interval (from its info); sets the gap threshold. Default 2000 ms.
    void setExpectedIntervalMs(qint64 intervalMs);
    // Three missed readings, and never less than 3 s.
    qint64 gapThresholdMs() const { return qMax<qint64>(3 * m_intervalMs, 3000); }

    qsizetype size() const { return m_readings.size(); }
    const AgentClient::Reading &at(qsizetype i) const { return m_readings.at(i); }
    qint64 firstTimestamp() const { return m_readings.isEmpty() ? 0 : m_readings.first().t; }
    qint64 lastTimestamp() const { return m_readings.isEmpty() ? 0 : m_readings.last().t; }
    quint64 failureCount() const { return m_failures; }
    QString lastFailure() const { return m_lastFailure; }
    // Failures reported since the newest reading: the sensor is failing right now.
    int failuresSinceLastReading() const { return m_failuresSinceReading; }
    // Gaps overlapping [fromMs, toMs] that last longer than minDurationMs (and the threshold).
    QList<Gap> gaps(qint64 fromMs, qint64 toMs, qint64 minDurationMs = 0) const;

    Stats stats(qint64 fromMs, qint64 toMs) const;
    // At most 2 points per column and series (the min and the max, in time order), so a chart
    // draws what a full series would look like at that width; one pass over the window. The
    // line is broken at gaps at least one column wide (the longest kMaxSegments - 1 of them).
    Series decimate(qint64 fromMs, qint64 toMs, int columns) const;
    // "time_iso,t_ms,temperature_c,humidity_pct" and one line per reading in the window.
    QByteArray toCsv(qint64 fromMs, qint64 toMs) const;

signals:
    void changed();
    void failureRecorded(const QString &kind, const QString &message);

private:
    qsizetype lowerBound(qint64 t) const;
    Stats stats(qint64 fromMs, qint64 toMs, qsizetype begin, qsizetype end) const;

    void rebuildGaps();

    QList<AgentClient::Reading> m_readings; // in order of t
    qint64 m_lastSeq = -1; // the highest sequence number held
    QList<Gap> m_gaps; // in time order
    QList<qint64> m_failedBefore; // readings that came after reported failures, in time order
    qint64 m_intervalMs = 2000;
    int m_failuresSinceReading = 0;
    quint64 m_failures = 0;
    QString m_lastFailure;
};

} // namespace netlab
