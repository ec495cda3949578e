#include <netlab/sensorhistory.h>

#include <QSignalSpy>
#include <QTest>

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
};

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
    QVERIFY(series.temperature.size() <= 1600);
    QVERIFY(series.temperature.size() >= 800);
    double maxT = 0, minH = 100;
    for (const QPointF &p : series.temperature)
        maxT = qMax(maxT, p.y());
    for (const QPointF &p : series.humidity)
        minH = qMin(minH, p.y());
    QCOMPARE(maxT, 45.0);
    QCOMPARE(minH, 3.0);
    for (qsizetype i = 1; i < series.temperature.size(); ++i)
        QVERIFY(series.temperature[i].x() > series.temperature[i - 1].x()); // time order

    // A narrow window gets every point.
    const SensorHistory::Series few = history.decimate(start, start + 20 * 2000, 800);
    QCOMPARE(few.temperature.size(), 21);
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
}

QTEST_APPLESS_MAIN(tst_SensorHistory)
#include "tst_sensorhistory.moc"
