#include <netlab/sensorhistory.h>

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::SensorHistory;

class tst_SensorHistory : public QObject
{
    Q_OBJECT

private slots:
    void appendSkipsOverlap();
    void bounded();
    void decimationKeepsExtremes();
    void statsAndCsv();
    void gapsBreakTheLine();
    void manyGapsBounded();
};

namespace {

QList<QPointF> temperatures(const SensorHistory::Series &series)
{
    QList<QPointF> points;
    for (const SensorHistory::Segment &segment : series.segments)
        points += segment.temperature;
    return points;
}

QList<QPointF> humidities(const SensorHistory::Series &series)
{
    QList<QPointF> points;
    for (const SensorHistory::Segment &segment : series.segments)
        points += segment.humidity;
    return points;
}

} // namespace

void tst_SensorHistory::appendSkipsOverlap()
{
    SensorHistory history;
    QSignalSpy changed(&history, &SensorHistory::changed);
    history.append({{1000, 20, 40}, {2000, 21, 41}});
    history.append({{2000, 21, 41}, {1500, 0, 0}, {3000, 22, 42}}); // overlap, late one
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(2).t, 3000);
    history.append({{3000, 22, 42}}); // nothing new: no repaint asked
    QCOMPARE(changed.size(), 2);
}

void tst_SensorHistory::bounded()
{
    SensorHistory history;
    QList<AgentClient::Reading> batch;
    for (qint64 i = 0; i < SensorHistory::kMaxReadings + 5; ++i)
        batch.append({i * 2000, 20, 40});
    history.append(batch);
    QVERIFY(history.size() <= SensorHistory::kMaxReadings);
    QCOMPARE(history.lastTimestamp(), (SensorHistory::kMaxReadings + 4) * 2000);
}

void tst_SensorHistory::decimationKeepsExtremes()
{
    // 7 days at 2 s (302,400 readings) onto 800 columns: at most 1600 points per series, and
    // the one spike survives.
    SensorHistory history;
    QList<AgentClient::Reading> week;
    const qint64 start = 1'700'000'000'000;
    for (qint64 i = 0; i < 302'400; ++i)
        week.append({start + i * 2000, 20.0 + (i % 100) / 100.0, 50.0});
    week[150'000].temperatureC = 45.0;
    week[200'000].humidityPct = 3.0;
    history.append(week);
    const qint64 end = start + 302'399 * 2000;
    const SensorHistory::Series series = history.decimate(start, end, 800);
    QCOMPARE(series.segments.size(), 1); // no gap: one unbroken line
    const QList<QPointF> t = temperatures(series);
    QVERIFY(t.size() <= 1600);
    QVERIFY(t.size() >= 800);
    QCOMPARE(series.pointCount(), t.size());
    double maxT = 0, minH = 100;
    for (const QPointF &p : t)
        maxT = qMax(maxT, p.y());
    for (const QPointF &p : humidities(series))
        minH = qMin(minH, p.y());
    QCOMPARE(maxT, 45.0);
    QCOMPARE(minH, 3.0);
    for (qsizetype i = 1; i < t.size(); ++i)
        QVERIFY(t[i].x() > t[i - 1].x()); // time order

    // A narrow window gets every point.
    const SensorHistory::Series few = history.decimate(start, start + 20 * 2000, 800);
    QCOMPARE(temperatures(few).size(), 21);
}

void tst_SensorHistory::statsAndCsv()
{
    SensorHistory history;
    history.append({{1000, 20, 40}, {2000, 22, 44}, {3000, 24, 42}});
    const SensorHistory::Stats all = history.stats(0, 5000);
    QCOMPARE(all.count, 3);
    QCOMPARE(all.minT, 20.0);
    QCOMPARE(all.maxT, 24.0);
    QCOMPARE(all.meanT, 22.0);
    QCOMPARE(all.maxH, 44.0);
    QCOMPARE(all.last.t, 3000);
    QCOMPARE(history.stats(1500, 2500).count, 1);
    QCOMPARE(history.stats(5000, 6000).count, 0);
    QCOMPARE(history.toCsv(1500, 5000),
        QByteArray("time_iso,t_ms,temperature_c,humidity_pct\n"
                   "1970-01-01T00:00:02.000Z,2000,22.0,44.0\n"
                   "1970-01-01T00:00:03.000Z,3000,24.0,42.0\n"));

    // A frost reading: its negative temperature stays a number in the spreadsheet (the CSV
    // writer escapes only text that would be a formula).
    SensorHistory cold;
    cold.append({{4000, -3.5, 91}});
    QCOMPARE(cold.toCsv(0, 5000),
        QByteArray("time_iso,t_ms,temperature_c,humidity_pct\n"
                   "1970-01-01T00:00:04.000Z,4000,-3.5,91.0\n"));
}

void tst_SensorHistory::gapsBreakTheLine()
{
    SensorHistory history;
    QCOMPARE(history.gapThresholdMs(), 6000); // 3 readings at the default 2 s
    const qint64 start = 1'700'000'000'000;
    QList<AgentClient::Reading> first;
    for (qint64 i = 0; i < 30; ++i)
        first.append({start + i * 2000, 20, 40});
    history.append(first);
    // The agent is down for a minute: nothing reported, nothing stored.
    history.append({{start + 29 * 2000 + 60'000, 21, 41}, {start + 29 * 2000 + 62'000, 21, 41}});
    // Then the sensor fails for 20 s: the agent reports it; the next good reading closes the gap.
    history.recordFailure(u"timeout"_s, u"no answer"_s);
    history.recordFailure(u"checksum"_s, u"bad checksum"_s);
    QCOMPARE(history.failuresSinceLastReading(), 2);
    const qint64 resumed = start + 29 * 2000 + 62'000 + 20'000;
    history.append({{resumed, 22, 42}, {resumed + 2000, 22, 42}, {resumed + 3000, 22, 42}});
    QCOMPARE(history.failuresSinceLastReading(), 0);
    // A late 4 s step is ordinary jitter, not a gap.
    history.append({{resumed + 7000, 22, 42}});

    const QList<SensorHistory::Gap> gaps = history.gaps(start, resumed + 10'000);
    QCOMPARE(gaps.size(), 2);
    QCOMPARE(gaps[0].fromMs, start + 29 * 2000);
    QCOMPARE(gaps[0].durationMs(), 60'000);
    QVERIFY(!gaps[0].sensorFailed);
    QCOMPARE(gaps[1].durationMs(), 20'000);
    QVERIFY(gaps[1].sensorFailed);

    // A 5-minute window at 600 px: three unbroken lines, the points all there.
    const SensorHistory::Series series = history.decimate(start, start + 5 * 60'000, 600);
    QCOMPARE(series.gaps.size(), 2);
    QCOMPARE(series.segments.size(), 3);
    QCOMPARE(series.segments[0].temperature.size(), 30);
    QCOMPARE(series.segments[0].humidity.size(), 30);
    QCOMPARE(series.segments[1].temperature.size(), 2);
    QCOMPARE(series.segments[2].temperature.size(), 4);
    QCOMPARE(series.segments[2].temperature.first().x(), double(resumed));
    // A whole day on 100 columns (864 s each): the gaps are narrower than a column, so the
    // line is not broken (a break there could not be seen).
    const SensorHistory::Series day = history.decimate(start, start + 24 * 3600'000LL, 100);
    QCOMPARE(day.segments.size(), 1);
    QVERIFY(day.gaps.isEmpty());

    // A slower agent (30 s interval) makes the 20 s silence ordinary.
    QSignalSpy changed(&history, &SensorHistory::changed);
    history.setExpectedIntervalMs(30'000);
    QCOMPARE(changed.size(), 1);
    const QList<SensorHistory::Gap> slower = history.gaps(start, resumed + 10'000);
    QCOMPARE(slower.size(), 0); // 60 s is not more than 3 × 30 s either
    history.setExpectedIntervalMs(2000);
    QCOMPARE(history.gaps(start, resumed + 10'000).size(), 2);
    QVERIFY(history.gaps(start, resumed + 10'000)[1].sensorFailed); // kept across the rebuild

    history.clear();
    QVERIFY(history.gaps(0, std::numeric_limits<qint64>::max()).isEmpty());
}

void tst_SensorHistory::manyGapsBounded()
{
    // A week with a one-hour outage every 6 hours and a flaky hour with 300 short gaps: the
    // line breaks at most kMaxSegments - 1 times, at the longest gaps.
    SensorHistory history;
    const qint64 start = 1'700'000'000'000;
    QList<AgentClient::Reading> week;
    for (qint64 t = start; t < start + 7 * 24 * 3600'000LL; t += 2000) {
        const qint64 hour = (t - start) / 3600'000;
        if (hour % 6 == 5)
            continue; // the outage
        if (hour == 2 && ((t - start) / 2000) % 6 != 0)
            continue; // flaky: one reading in six
        week.append({t, 20, 40});
    }
    history.append(week);
    QVERIFY(history.gaps(start, start + 7 * 24 * 3600'000LL).size() > 300);
    const SensorHistory::Series series = history.decimate(start, start + 7 * 24 * 3600'000LL, 4000);
    QVERIFY(series.segments.size() <= SensorHistory::kMaxSegments);
    QCOMPARE(series.gaps.size(), series.segments.size() - 1);
    int hourLong = 0;
    for (const SensorHistory::Gap &gap : series.gaps)
        hourLong += gap.durationMs() > 3000'000 ? 1 : 0;
    QCOMPARE(hourLong, 27); // every outage followed by a reading is a break (not the last)
}

QTEST_APPLESS_MAIN(tst_SensorHistory)
#include "tst_sensorhistory.moc"
