#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <vector>

namespace netlab {

// The samples behind a live plot: a few named numeric series sampled together (the fields of
// a UDP struct port, of a sensor-node packet, of an MQTT JSON topic), one row per frame with
// its arrival time, bounded (the oldest quarter goes when full). Memory per row: 8 bytes of
// time, 8 bytes per series, and 16 bytes per series and block of kBlock rows for the block
// minima and maxima that make decimate() cheap — about 8.25 bytes per point and series plus
// 8 / seriesCount(). Plain C++, no event loop.
class PlotBuffer
{
public:
    static constexpr qsizetype kBlock = 64;
    static constexpr qsizetype kDefaultCapacity = 1'000'000;

    struct Gap
    {
        qint64 fromMs = 0; // the samples on either side
        qint64 toMs = 0;
    };
    // One series over a window, ready for a chart: at most two points per pixel column (the
    // column's minimum and maximum, at its first and last sample's time, in the order the
    // values went), broken where no sample came for longer than the gap threshold and at
    // least one column.
    struct Line
    {
        QList<QList<QPointF>> segments; // x: Unix ms, y: value
        QList<Gap> gaps; // between the segments
        qsizetype count = 0; // samples in the window
        double min = 0;
        double max = 0;
        qsizetype pointCount() const;
    };

    explicit PlotBuffer(const QStringList &names = {}, qsizetype capacity = kDefaultCapacity);

    // New series: the samples go.
    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    int seriesCount() const { return int(m_names.size()); }
    qsizetype capacity() const { return m_capacity; }

    // values: seriesCount() of them. A time before the newest row's is taken as the newest's
    // (the rows stay in time order).
    void append(qint64 tMs, const double *values);
    void append(qint64 tMs, const QList<double> &values);
    void clear();

    qsizetype size() const { return qsizetype(m_times.size()); }
    bool isEmpty() const { return m_times.empty(); }
    qint64 timeAt(qsizetype row) const { return m_times[std::size_t(row)]; }
    double valueAt(int series, qsizetype row) const
    {
        return m_values[std::size_t(series)][std::size_t(row)];
    }
    qint64 firstMs() const { return m_times.empty() ? 0 : m_times.front(); }
    qint64 lastMs() const { return m_times.empty() ? 0 : m_times.back(); }
    qint64 droppedRows() const { return m_dropped; } // forgotten to stay within capacity
    // The first row at or after tMs.
    qsizetype lowerBound(qint64 tMs) const;
    // The row whose time is nearest tMs, or -1 when empty.
    qsizetype nearestRow(qint64 tMs) const;

    Line decimate(int series, qint64 fromMs, qint64 toMs, int columns, qint64 gapMs) const;
    // Several series at once: the columns' rows and the gaps are found once for all of them.
    QList<Line> decimate(
        const QList<int> &series, qint64 fromMs, qint64 toMs, int columns, qint64 gapMs) const;
    // "time_iso,t_ms,<name>,…" and one line per row in [fromMs, toMs] (CsvWriter rules), with
    // the series given (all when empty).
    QByteArray toCsv(qint64 fromMs, qint64 toMs, const QList<int> &series = {}) const;
    // What the rows held now take in memory (times, values, block summaries).
    qsizetype memoryBytes() const;

private:
    void minMax(int series, qsizetype begin, qsizetype end, double &low, double &high) const;
    void trimFront();
    void grow();

    QStringList m_names;
    qsizetype m_capacity;
    std::vector<qint64> m_times;
    std::vector<std::vector<double>> m_values; // per series
    std::vector<std::vector<double>> m_blockMin; // per series, per kBlock rows
    std::vector<std::vector<double>> m_blockMax;
    qint64 m_dropped = 0;
};

} // namespace netlab
