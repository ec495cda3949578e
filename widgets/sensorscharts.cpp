#include "sensorscharts.h"

#include "sensorstext.h"

#include <cmath>
#include <limits>

namespace netlab {

GapBands gapBands(const SensorHistory &history, QList<SensorHistory::Gap> gaps, const QString &name,
    qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    const qint64 last = history.lastTimestamp();
    const bool silent = history.size() > 0 && nowMs - last > history.gapThresholdMs();
    if (silent)
        gaps.append({last, nowMs, history.failuresSinceLastReading() > 0});
    GapBands result;
    for (qsizetype k = 0; k < gaps.size(); ++k) {
        const SensorHistory::Gap &gap = gaps[k];
        result.bands.append({gap.fromMs, gap.toMs, gap.sensorFailed,
            gapText(name, gap, silent && k == gaps.size() - 1)});
        if (gap.toMs > fromMs && gap.fromMs < toMs)
            ++(gap.sensorFailed ? result.failedInView : result.offlineInView);
    }
    return result;
}

void fitValueAxes(TimeSeriesChart *temperature, TimeSeriesChart *humidity,
    const QList<SensorHistory::Stats> &stats)
{
    double minT = std::numeric_limits<double>::max(), maxT = std::numeric_limits<double>::lowest();
    double minH = minT, maxH = maxT;
    for (const SensorHistory::Stats &s : stats) {
        if (s.count == 0)
            continue;
        minT = qMin(minT, s.minT);
        maxT = qMax(maxT, s.maxT);
        minH = qMin(minH, s.minH);
        maxH = qMax(maxH, s.maxH);
    }
    if (minT > maxT)
        return;
    temperature->setValueRange(std::floor(minT - 1), std::ceil(maxT + 1));
    humidity->setValueRange(qMax(0.0, std::floor(minH - 2)), qMin(100.0, std::ceil(maxH + 2)));
}

} // namespace netlab
