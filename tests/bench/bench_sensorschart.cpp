// Sensors tab chart update with 7 days of readings at a 2 s interval (302,400 points per
// series): the median time to take one new reading, decimate, replace both series and repaint
// both charts, and the process' resident memory. Offscreen unless QT_QPA_PLATFORM says else.
//
//   build/tests/bench/bench_sensorschart [updates]      (default 60)
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/sensorhistory.h>
#include <widgets/sensorstab.h>

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int updates = argc > 1 ? qMax(5, atoi(argv[1])) : 60;
    const double baseline = residentMiB();

    netlab::AgentRoster agents; // one agent, not connected: the readings are put in directly
    agents.add(QUrl(QStringLiteral("http://127.0.0.1:8750/")));
    netlab::SensorHistory &history = *agents.history(0);
    constexpr int kPoints = 302'400; // 7 days at 2 s
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<netlab::AgentClient::Reading> week;
    week.reserve(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        const double day = std::sin(i / 43200.0 * 2 * 3.14159265);
        week.append({now - qint64(kPoints - i) * 2000, 22.0 + 3 * day + (i % 7) * 0.1,
            45.0 - 8 * day + (i % 5) * 0.2});
    }
    QElapsedTimer clock;
    clock.start();
    history.append(week);
    const double appendMs = clock.nsecsElapsed() / 1e6;

    netlab::SensorsTab tab(&agents);
    tab.resize(1280, 800);
    tab.show();
    tab.findChild<QComboBox *>(QStringLiteral("windowCombo"))->setCurrentIndex(3); // 7 days
    auto *temperature = tab.findChild<QChartView *>(QStringLiteral("temperatureChart"));
    auto *humidity = tab.findChild<QChartView *>(QStringLiteral("humidityChart"));
    QCoreApplication::processEvents();

    QList<double> times;
    QList<double> decimateTimes;
    QList<double> refreshTimes;
    qint64 t = history.lastTimestamp();
    for (int i = 0; i < updates; ++i) {
        t += 2000;
        clock.restart();
        history.append({{t, 22.5, 44.0}});
        tab.refreshCharts();
        refreshTimes.append(clock.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents(); // the scenes take the new series
        temperature->viewport()->repaint();
        humidity->viewport()->repaint();
        times.append(clock.nsecsElapsed() / 1e6);
        clock.restart();
        const auto series = history.decimate(t - 7LL * 24 * 3600 * 1000, t, temperature->width());
        decimateTimes.append(clock.nsecsElapsed() / 1e6);
        Q_UNUSED(series);
    }
    std::sort(times.begin(), times.end());
    std::sort(decimateTimes.begin(), decimateTimes.end());
    std::sort(refreshTimes.begin(), refreshTimes.end());
    std::printf("points per series: %d, chart width %d px, points drawn per series: %lld\n",
        int(history.size()), temperature->width(), qlonglong(tab.temperaturePointCount()));
    std::printf("append 302,400 readings: %.1f ms\n", appendMs);
    std::printf("update + repaint both charts: median %.2f ms, min %.2f, max %.2f (%d updates)\n",
        times[times.size() / 2], times.first(), times.last(), updates);
    std::printf("of which decimate + replace series + axes (before painting): median %.2f ms\n",
        refreshTimes[refreshTimes.size() / 2]);
    std::printf("decimation alone (both series): median %.2f ms\n",
        decimateTimes[decimateTimes.size() / 2]);
    std::printf("resident memory: %.1f MiB (%.1f MiB before the readings and the tab)\n",
        residentMiB(), baseline);
    return 0;
}
