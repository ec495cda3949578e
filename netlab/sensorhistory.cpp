#include <netlab/sensorhistory.h>

#include <netlab/csvwriter.h>

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

SensorHistory::SensorHistory(QObject *parent)
    : QObject(parent)
{ }

void SensorHistory::append(const QList<AgentClient::Reading> &readings)
{
    bool added = false;
    bool reordered = false;
    const qint64 threshold = gapThresholdMs();
    for (const AgentClient::Reading &reading : readings) {
        if (reading.seq >= 0 ? reading.seq <= m_lastSeq
                             : !m_readings.isEmpty() && reading.t <= m_readings.last().t)
            continue;
        m_lastSeq = qMax(m_lastSeq, reading.seq);
        added = true;
        if (!m_readings.isEmpty() && reading.t < m_readings.last().t) {
            // Older than the newest held: in its place, the gaps recomputed below.
            const auto at = std::upper_bound(m_readings.cbegin(), m_readings.cend(), reading.t,
                [](qint64 t, const AgentClient::Reading &held) { return t < held.t; });
            m_readings.insert(at - m_readings.cbegin(), reading);
            if (m_failuresSinceReading > 0)
                m_failedBefore.insert(
                    std::upper_bound(m_failedBefore.cbegin(), m_failedBefore.cend(), reading.t),
                    reading.t);
            m_failuresSinceReading = 0;
            reordered = true;
            continue;
        }
        if (m_failuresSinceReading > 0)
            m_failedBefore.append(reading.t);
        if (!m_readings.isEmpty() && reading.t - m_readings.last().t > threshold)
            m_gaps.append({m_readings.last().t, reading.t, m_failuresSinceReading > 0});
        m_readings.append(reading);
        m_failuresSinceReading = 0;
    }
    if (reordered)
        rebuildGaps();
    if (m_readings.size() > kMaxReadings) { // drop the oldest tenth at once, not one by one
        m_readings.remove(0, m_readings.size() - kMaxReadings + kMaxReadings / 10);
        const qint64 first = m_readings.first().t;
        const auto kept = std::find_if(m_gaps.cbegin(), m_gaps.cend(),
            [first](const Gap &gap) { return gap.fromMs >= first; });
        m_gaps.erase(m_gaps.cbegin(), kept);
        m_failedBefore.erase(m_failedBefore.cbegin(),
            std::lower_bound(m_failedBefore.cbegin(), m_failedBefore.cend(), first));
    }
    if (added)
        emit changed();
}

void SensorHistory::recordFailure(const QString &kind, const QString &message)
{
    ++m_failures;
    ++m_failuresSinceReading;
    m_lastFailure = message;
    emit failureRecorded(kind, message);
}

void SensorHistory::clear()
{
    m_readings.clear();
    m_lastSeq = -1;
    m_gaps.clear();
    m_failedBefore.clear();
    m_failures = 0;
    m_failuresSinceReading = 0;
    m_lastFailure.clear();
    emit changed();
}

void SensorHistory::setExpectedIntervalMs(qint64 intervalMs)
{
    if (intervalMs <= 0 || intervalMs == m_intervalMs)
        return;
    m_intervalMs = intervalMs;
    rebuildGaps();
    emit changed();
}

void SensorHistory::rebuildGaps()
{
    m_gaps.clear();
    const qint64 threshold = gapThresholdMs();
    for (qsizetype i = 1; i < m_readings.size(); ++i) {
        const qint64 from = m_readings[i - 1].t;
        const qint64 to = m_readings[i].t;
        if (to - from > threshold)
            m_gaps.append(
                {from, to, std::binary_search(m_failedBefore.cbegin(), m_failedBefore.cend(), to)});
    }
}

QList<SensorHistory::Gap> SensorHistory::gaps(
    qint64 fromMs, qint64 toMs, qint64 minDurationMs) const
{
    QList<Gap> found;
    auto it = std::lower_bound(m_gaps.cbegin(), m_gaps.cend(), fromMs,
        [](const Gap &gap, qint64 value) { return gap.toMs < value; });
    for (; it != m_gaps.cend() && it->fromMs <= toMs; ++it) {
        if (it->durationMs() > minDurationMs)
            found.append(*it);
    }
    return found;
}

qsizetype SensorHistory::Series::pointCount() const
{
    qsizetype count = 0;
    for (const Segment &segment : segments)
        count += segment.temperature.size();
    return count;
}

qsizetype SensorHistory::lowerBound(qint64 t) const
{
    const auto it = std::lower_bound(m_readings.cbegin(), m_readings.cend(), t,
        [](const AgentClient::Reading &reading, qint64 value) { return reading.t < value; });
    return it - m_readings.cbegin();
}

SensorHistory::Stats SensorHistory::stats(qint64 fromMs, qint64 toMs) const
{
    return stats(fromMs, toMs, lowerBound(fromMs),
        toMs == std::numeric_limits<qint64>::max() ? m_readings.size() : lowerBound(toMs + 1));
}

SensorHistory::Stats SensorHistory::stats(qint64, qint64, qsizetype begin, qsizetype end) const
{
    Stats stats;
    stats.minT = stats.minH = std::numeric_limits<double>::max();
    stats.maxT = stats.maxH = std::numeric_limits<double>::lowest();
    double sumT = 0, sumH = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const AgentClient::Reading &r = m_readings[i];
        stats.minT = qMin(stats.minT, r.temperatureC);
        stats.maxT = qMax(stats.maxT, r.temperatureC);
        stats.minH = qMin(stats.minH, r.humidityPct);
        stats.maxH = qMax(stats.maxH, r.humidityPct);
        sumT += r.temperatureC;
        sumH += r.humidityPct;
        stats.last = r;
        ++stats.count;
    }
    if (stats.count == 0)
        return Stats();
    stats.meanT = sumT / double(stats.count);
    stats.meanH = sumH / double(stats.count);
    return stats;
}

SensorHistory::Series SensorHistory::decimate(qint64 fromMs, qint64 toMs, int columns) const
{
    Series series;
    if (toMs <= fromMs || columns <= 0)
        return series;
    const qsizetype begin = lowerBound(fromMs);
    const qsizetype end
        = toMs == std::numeric_limits<qint64>::max() ? m_readings.size() : lowerBound(toMs + 1);
    const qsizetype count = end - begin;
    series.stats = stats(fromMs, toMs, begin, end);
    const double span = double(toMs - fromMs);

    // The gaps wide enough to see (one column at least); the longest ones when there are many.
    series.gaps = gaps(fromMs, toMs, qint64(std::ceil(span / columns)));
    if (series.gaps.size() >= kMaxSegments) {
        QList<qint64> durations;
        durations.reserve(series.gaps.size());
        for (const Gap &gap : std::as_const(series.gaps))
            durations.append(gap.durationMs());
        const auto nth = durations.begin() + (kMaxSegments - 2);
        std::nth_element(durations.begin(), nth, durations.end(), std::greater<qint64>());
        const qint64 shortest = *nth;
        int ties = int(std::count(durations.begin(), nth, shortest)) + 1; // equal ones kept
        QList<Gap> longest;
        for (const Gap &gap : std::as_const(series.gaps)) {
            if (gap.durationMs() > shortest || (gap.durationMs() == shortest && ties-- > 0))
                longest.append(gap);
        }
        series.gaps = longest;
    }
    series.segments.append(Segment());
    qsizetype nextGap = 0;
    // A reading at or after the next gap's end starts a new segment.
    const auto breakBefore = [&](qint64 t) {
        bool crossed = false;
        while (nextGap < series.gaps.size() && series.gaps[nextGap].toMs <= t) {
            ++nextGap;
            crossed = true;
        }
        if (crossed && !series.segments.last().temperature.isEmpty())
            series.segments.append(Segment());
    };

    if (count <= 2 * qsizetype(columns)) { // few enough: every point
        for (qsizetype i = begin; i < end; ++i) {
            breakBefore(m_readings[i].t);
            Segment &segment = series.segments.last();
            segment.temperature.append(
                QPointF(double(m_readings[i].t), m_readings[i].temperatureC));
            segment.humidity.append(QPointF(double(m_readings[i].t), m_readings[i].humidityPct));
        }
        return series;
    }
    const auto flush = [](QList<QPointF> &out, const AgentClient::Reading &lo,
                           const AgentClient::Reading &hi, double loValue, double hiValue) {
        if (lo.t == hi.t) {
            out.append(QPointF(double(lo.t), loValue));
            return;
        }
        const bool loFirst = lo.t < hi.t;
        out.append(QPointF(double(loFirst ? lo.t : hi.t), loFirst ? loValue : hiValue));
        out.append(QPointF(double(loFirst ? hi.t : lo.t), loFirst ? hiValue : loValue));
    };
    // The reading at toMs belongs to the last column, not to one past it.
    const auto columnOf
        = [&](qint64 t) { return qMin(columns - 1, int((double(t - fromMs) / span) * columns)); };
    qsizetype i = begin;
    while (i < end) {
        // A visible gap is wider than a column, so it never falls inside one.
        breakBefore(m_readings[i].t);
        const int column = columnOf(m_readings[i].t);
        qsizetype minT = i, maxT = i, minH = i, maxH = i;
        qsizetype j = i + 1;
        for (; j < end && columnOf(m_readings[j].t) == column; ++j) {
            const AgentClient::Reading &r = m_readings[j];
            if (r.temperatureC < m_readings[minT].temperatureC)
                minT = j;
            if (r.temperatureC > m_readings[maxT].temperatureC)
                maxT = j;
            if (r.humidityPct < m_readings[minH].humidityPct)
                minH = j;
            if (r.humidityPct > m_readings[maxH].humidityPct)
                maxH = j;
        }
        Segment &segment = series.segments.last();
        flush(segment.temperature, m_readings[minT], m_readings[maxT],
            m_readings[minT].temperatureC, m_readings[maxT].temperatureC);
        flush(segment.humidity, m_readings[minH], m_readings[maxH], m_readings[minH].humidityPct,
            m_readings[maxH].humidityPct);
        i = j;
    }
    return series;
}

QByteArray SensorHistory::toCsv(qint64 fromMs, qint64 toMs) const
{
    QByteArray csv
        = CsvWriter::row({u"time_iso"_s, u"t_ms"_s, u"temperature_c"_s, u"humidity_pct"_s}) + '\n';
    for (qsizetype i = lowerBound(fromMs); i < m_readings.size() && m_readings[i].t <= toMs; ++i) {
        const AgentClient::Reading &r = m_readings[i];
        csv += CsvWriter::row(
                   {QDateTime::fromMSecsSinceEpoch(r.t).toUTC().toString(Qt::ISODateWithMs),
                       QString::number(r.t), QString::number(r.temperatureC, 'f', 1),
                       QString::number(r.humidityPct, 'f', 1)})
            + '\n';
    }
    return csv;
}

} // namespace netlab
