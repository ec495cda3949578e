#include <netlab/sensorhistory.h>

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace netlab {

SensorHistory::SensorHistory(QObject *parent)
    : QObject(parent)
{ }

void SensorHistory::append(const QList<AgentClient::Reading> &readings)
{
    bool added = false;
    for (const AgentClient::Reading &reading : readings) {
        if (!m_readings.isEmpty() && reading.t <= m_readings.last().t)
            continue;
        m_readings.append(reading);
        added = true;
    }
    if (m_readings.size() > kMaxReadings) // drop the oldest tenth at once, not one by one
        m_readings.remove(0, m_readings.size() - kMaxReadings + kMaxReadings / 10);
    if (added)
        emit changed();
}

void SensorHistory::recordFailure(const QString &kind, const QString &message)
{
    ++m_failures;
    m_lastFailure = message;
    emit failureRecorded(kind, message);
}

void SensorHistory::clear()
{
    m_readings.clear();
    m_failures = 0;
    m_lastFailure.clear();
    emit changed();
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
    if (count <= 2 * qsizetype(columns)) { // few enough: every point
        series.temperature.reserve(count);
        series.humidity.reserve(count);
        for (qsizetype i = begin; i < end; ++i) {
            series.temperature.append(QPointF(double(m_readings[i].t), m_readings[i].temperatureC));
            series.humidity.append(QPointF(double(m_readings[i].t), m_readings[i].humidityPct));
        }
        return series;
    }
    series.temperature.reserve(2 * columns);
    series.humidity.reserve(2 * columns);
    const double span = double(toMs - fromMs);
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
        flush(series.temperature, m_readings[minT], m_readings[maxT], m_readings[minT].temperatureC,
            m_readings[maxT].temperatureC);
        flush(series.humidity, m_readings[minH], m_readings[maxH], m_readings[minH].humidityPct,
            m_readings[maxH].humidityPct);
        i = j;
    }
    return series;
}

QByteArray SensorHistory::toCsv(qint64 fromMs, qint64 toMs) const
{
    QByteArray csv = "time_iso,t_ms,temperature_c,humidity_pct\n";
    for (qsizetype i = lowerBound(fromMs); i < m_readings.size() && m_readings[i].t <= toMs; ++i) {
        const AgentClient::Reading &r = m_readings[i];
        csv += QDateTime::fromMSecsSinceEpoch(r.t, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()
            + ',' + QByteArray::number(r.t) + ',' + QByteArray::number(r.temperatureC, 'f', 1) + ','
            + QByteArray::number(r.humidityPct, 'f', 1) + '\n';
    }
    return csv;
}

} // namespace netlab
