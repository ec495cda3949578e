#include "plotbuffer.h"

#include "csvwriter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr double kNone = std::numeric_limits<double>::infinity();

constexpr std::size_t kPrefetchAhead = 4;

// Brings the kBlock values around `row` towards the cache (a hint; no effect where the compiler
// has no prefetch built-in).
void prefetchBlock(const double *values, qsizetype row)
{
#if defined(__GNUC__) || defined(__clang__)
    const double *block = values + row / PlotBuffer::kBlock * PlotBuffer::kBlock;
    constexpr qsizetype kPerLine = 64 / sizeof(double);
    for (qsizetype i = 0; i < PlotBuffer::kBlock; i += kPerLine)
        __builtin_prefetch(block + i);
#else
    Q_UNUSED(values);
    Q_UNUSED(row);
#endif
}

} // namespace

qsizetype PlotBuffer::Line::pointCount() const
{
    qsizetype count = 0;
    for (const QList<QPointF> &segment : segments)
        count += segment.size();
    return count;
}

PlotBuffer::PlotBuffer(const QStringList &names, qsizetype capacity)
    : m_capacity(qMax<qsizetype>(capacity, 4 * kBlock))
{
    setNames(names);
}

void PlotBuffer::setNames(const QStringList &names)
{
    m_names = names;
    const std::size_t n = std::size_t(names.size());
    m_values.assign(n, {});
    m_blockMin.assign(n, {});
    m_blockMax.assign(n, {});
    m_times.clear();
    m_dropped = 0;
}

void PlotBuffer::clear()
{
    setNames(m_names);
}

void PlotBuffer::append(qint64 tMs, const QList<double> &values)
{
    if (values.size() >= m_names.size())
        append(tMs, values.constData());
}

void PlotBuffer::append(qint64 tMs, const double *values)
{
    if (qsizetype(m_times.size()) >= m_capacity)
        trimFront();
    if (m_times.size() == m_times.capacity())
        grow();
    const bool newBlock = m_times.size() % kBlock == 0;
    m_times.push_back(m_times.empty() ? tMs : qMax(tMs, m_times.back()));
    for (std::size_t s = 0; s < m_values.size(); ++s) {
        const double v = values[s];
        m_values[s].push_back(v);
        if (newBlock) {
            m_blockMin[s].push_back(kNone);
            m_blockMax[s].push_back(-kNone);
        }
        // NaN compares false: it stays out of the summaries (and off the chart).
        if (v < m_blockMin[s].back())
            m_blockMin[s].back() = v;
        if (v > m_blockMax[s].back())
            m_blockMax[s].back() = v;
    }
}

void PlotBuffer::grow()
{
    // Doubling, but never past the capacity: the memory stays within what it promises.
    const std::size_t rows
        = std::size_t(qMin(m_capacity, qMax<qsizetype>(4 * kBlock, 2 * qsizetype(m_times.size()))));
    m_times.reserve(rows);
    for (std::size_t s = 0; s < m_values.size(); ++s) {
        m_values[s].reserve(rows);
        m_blockMin[s].reserve(rows / kBlock + 1);
        m_blockMax[s].reserve(rows / kBlock + 1);
    }
}

void PlotBuffer::trimFront()
{
    // Whole blocks, so the summaries keep their alignment.
    const std::size_t rows = std::size_t(qMax(kBlock, (m_capacity / 4) / kBlock * kBlock));
    const std::size_t blocks = rows / kBlock;
    m_times.erase(m_times.begin(), m_times.begin() + long(rows));
    for (std::size_t s = 0; s < m_values.size(); ++s) {
        m_values[s].erase(m_values[s].begin(), m_values[s].begin() + long(rows));
        m_blockMin[s].erase(m_blockMin[s].begin(), m_blockMin[s].begin() + long(blocks));
        m_blockMax[s].erase(m_blockMax[s].begin(), m_blockMax[s].begin() + long(blocks));
    }
    m_dropped += qint64(rows);
}

qsizetype PlotBuffer::lowerBound(qint64 tMs) const
{
    return qsizetype(std::lower_bound(m_times.cbegin(), m_times.cend(), tMs) - m_times.cbegin());
}

qsizetype PlotBuffer::nearestRow(qint64 tMs) const
{
    if (m_times.empty())
        return -1;
    const qsizetype after = lowerBound(tMs);
    if (after >= size())
        return size() - 1;
    if (after == 0)
        return 0;
    return tMs - timeAt(after - 1) <= timeAt(after) - tMs ? after - 1 : after;
}

void PlotBuffer::minMax(int series, qsizetype begin, qsizetype end, double &low, double &high) const
{
    const std::vector<double> &values = m_values[std::size_t(series)];
    // Branch-free (minsd/maxsd): the head and tail of a column are most of the work, and the
    // branches of an if/else scan mispredict on noisy signals.
    const auto scan = [&](qsizetype from, qsizetype to) {
        double l = low, h = high;
        const double *v = values.data();
        for (qsizetype i = from; i < to; ++i) {
            l = std::min(l, v[i]);
            h = std::max(h, v[i]);
        }
        low = l;
        high = h;
    };
    qsizetype i = begin;
    const qsizetype head = qMin(end, (begin + kBlock - 1) / kBlock * kBlock);
    scan(i, head);
    i = head;
    const std::vector<double> &blockMin = m_blockMin[std::size_t(series)];
    const std::vector<double> &blockMax = m_blockMax[std::size_t(series)];
    for (; i + kBlock <= end; i += kBlock) {
        low = qMin(low, blockMin[std::size_t(i / kBlock)]);
        high = qMax(high, blockMax[std::size_t(i / kBlock)]);
    }
    scan(i, end);
}

PlotBuffer::Line PlotBuffer::decimate(
    int series, qint64 fromMs, qint64 toMs, int columns, qint64 gapMs) const
{
    return decimate(QList<int> {series}, fromMs, toMs, columns, gapMs).value(0);
}

QList<PlotBuffer::Line> PlotBuffer::decimate(
    const QList<int> &series, qint64 fromMs, qint64 toMs, int columns, qint64 gapMs) const
{
    QList<Line> lines(series.size());
    columns = qMax(1, columns);
    const qsizetype begin = lowerBound(fromMs);
    const qsizetype end = lowerBound(toMs + 1);
    if (toMs <= fromMs || begin >= end)
        return lines;
    // The columns' rows and the gaps depend on the times alone: found once for every series.
    struct Run
    {
        qsizetype first;
        qsizetype last;
        bool gapBefore;
    };
    std::vector<Run> runs;
    runs.reserve(std::size_t(columns));
    const double span = double(toMs - fromMs);
    int previousColumn = -2;
    for (qsizetype i = begin; i < end;) {
        const int column = qMin(columns - 1, int(double(timeAt(i) - fromMs) * columns / span));
        const qint64 columnEnd = fromMs + qint64(std::ceil(double(column + 1) * span / columns));
        const qsizetype next = column == columns - 1
            ? end
            : qMin(end,
                qsizetype(std::lower_bound(m_times.cbegin() + i, m_times.cbegin() + end, columnEnd)
                    - m_times.cbegin()));
        const bool gap = previousColumn >= 0 && column - previousColumn > 1
            && timeAt(i) - timeAt(runs.back().last) > gapMs;
        runs.push_back({i, qMax(i, next - 1), gap});
        previousColumn = column;
        i = runs.back().last + 1;
    }
    for (qsizetype k = 0; k < series.size(); ++k) {
        if (series[k] < 0 || series[k] >= seriesCount())
            continue;
        Line &line = lines[k];
        const std::vector<double> &values = m_values[std::size_t(series[k])];
        double low = kNone, high = -kNone;
        line.segments.append(QList<QPointF>());
        line.segments.last().reserve(2 * columns);
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const Run &run = runs[r];
            // Most of the time goes in waiting for memory: the rows at a column's edges are
            // scanned one by one and lie a whole column apart, too far for the hardware to
            // guess. Ask for the edge block of a column a few ahead while this one is done.
            if (r + kPrefetchAhead < runs.size())
                prefetchBlock(values.data(), runs[r + kPrefetchAhead].first);
            if (run.gapBefore) {
                line.gaps.append({timeAt(runs[r - 1].last), timeAt(run.first)});
                line.segments.append(QList<QPointF>());
            }
            double columnLow = kNone, columnHigh = -kNone;
            minMax(series[k], run.first, run.last + 1, columnLow, columnHigh);
            if (columnLow <= columnHigh) {
                QList<QPointF> &segment = line.segments.last();
                const double first = values[std::size_t(run.first)];
                const double final = values[std::size_t(run.last)];
                if (run.last == run.first || columnLow == columnHigh) {
                    segment.append(QPointF(double(timeAt(run.first)), columnLow));
                } else {
                    const bool rising = !(first > final); // the values went up: min, then max
                    segment.append(
                        QPointF(double(timeAt(run.first)), rising ? columnLow : columnHigh));
                    segment.append(
                        QPointF(double(timeAt(run.last)), rising ? columnHigh : columnLow));
                }
                low = qMin(low, columnLow);
                high = qMax(high, columnHigh);
            }
            line.count += run.last + 1 - run.first;
        }
        if (low <= high) {
            line.min = low;
            line.max = high;
        }
    }
    return lines;
}

QByteArray PlotBuffer::toCsv(qint64 fromMs, qint64 toMs, const QList<int> &series) const
{
    QList<int> columns;
    for (int s = 0; s < seriesCount(); ++s) {
        if (series.isEmpty() || series.contains(s))
            columns.append(s);
    }
    QStringList header {u"time_iso"_s, u"t_ms"_s};
    for (int s : std::as_const(columns))
        header.append(m_names[s]);
    QByteArray out = CsvWriter::row(header) + "\r\n";
    QStringList fields;
    for (qsizetype i = lowerBound(fromMs); i < size() && timeAt(i) <= toMs; ++i) {
        fields.clear();
        fields.append(QDateTime::fromMSecsSinceEpoch(timeAt(i)).toString(Qt::ISODateWithMs));
        fields.append(QString::number(timeAt(i)));
        for (int s : std::as_const(columns))
            fields.append(QString::number(valueAt(s, i), 'g', 15));
        out += CsvWriter::row(fields);
        out += "\r\n";
    }
    return out;
}

qsizetype PlotBuffer::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_times.capacity() * sizeof(qint64));
    for (std::size_t s = 0; s < m_values.size(); ++s)
        bytes += qsizetype(
            (m_values[s].capacity() + m_blockMin[s].capacity() + m_blockMax[s].capacity())
            * sizeof(double));
    return bytes;
}

} // namespace netlab
