#pragma once

#include <netlab/agentclient.h>

#include <QList>
#include <QObject>
#include <QPointF>

namespace netlab {

// The readings the workbench has from an agent, in time order and bounded (kMaxReadings:
// 7 days at one reading every 2 s, and some), with what a chart and its captions need:
// min/max decimation per pixel column, statistics over a window, CSV export. Sensor failures
// reported by the agent are counted here too, so a rebuilt Sensors tab shows them.
class SensorHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxReadings = 400'000;

    struct Stats
    {
        qsizetype count = 0;
        AgentClient::Reading last;
        double minT = 0, maxT = 0, meanT = 0;
        double minH = 0, maxH = 0, meanH = 0;
    };
    struct Series
    {
        QList<QPointF> temperature; // x: Unix ms, y: °C
        QList<QPointF> humidity; // x: Unix ms, y: %
        Stats stats; // over the same window, from the same pass
    };

    explicit SensorHistory(QObject *parent = nullptr);

    // Readings not newer than the last one held are skipped (history and stream overlap).
    void append(const QList<netlab::AgentClient::Reading> &readings);
    void recordFailure(const QString &kind, const QString &message);
    void clear();

    qsizetype size() const { return m_readings.size(); }
    const AgentClient::Reading &at(qsizetype i) const { return m_readings.at(i); }
    qint64 firstTimestamp() const { return m_readings.isEmpty() ? 0 : m_readings.first().t; }
    qint64 lastTimestamp() const { return m_readings.isEmpty() ? 0 : m_readings.last().t; }
    quint64 failureCount() const { return m_failures; }
    QString lastFailure() const { return m_lastFailure; }

    Stats stats(qint64 fromMs, qint64 toMs) const;
    // At most 2 points per column and series (the min and the max, in time order), so a chart
    // draws what a full series would look like at that width; one pass over the window.
    Series decimate(qint64 fromMs, qint64 toMs, int columns) const;
    // "time_iso,t_ms,temperature_c,humidity_pct" and one line per reading in the window.
    QByteArray toCsv(qint64 fromMs, qint64 toMs) const;

signals:
    void changed();
    void failureRecorded(const QString &kind, const QString &message);

private:
    qsizetype lowerBound(qint64 t) const;
    Stats stats(qint64 fromMs, qint64 toMs, qsizetype begin, qsizetype end) const;

    QList<AgentClient::Reading> m_readings;
    quint64 m_failures = 0;
    QString m_lastFailure;
};

} // namespace netlab
