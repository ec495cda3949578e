#pragma once

#include "timeserieschart.h"

#include <netlab/sensorhistory.h>

#include <QList>
#include <QString>

namespace netlab {

// What the Sensors tab's two charts show besides the lines: the gap bands of an agent and
// the value axes that fit every agent's readings in view.

struct GapBands
{
    QList<TimeSeriesChart::Band> bands;
    int failedInView = 0; // bands overlapping the view: the sensor failing (hatched)
    int offlineInView = 0; // ... no word from the agent (shaded)
};

// The bands for `gaps` (the agent's gaps as last fed), plus the open gap up to `nowMs` when
// the agent has been silent for longer than its history's threshold; `name` goes in their
// tool tips. Counted in view: the bands that overlap [fromMs, toMs].
GapBands gapBands(const SensorHistory &history, QList<SensorHistory::Gap> gaps, const QString &name,
    qint64 fromMs, qint64 toMs, qint64 nowMs);

// Both value axes over the statistics of every agent in view, rounded out to whole units
// with a margin (humidity kept within 0–100 %); left alone when no agent has readings.
void fitValueAxes(TimeSeriesChart *temperature, TimeSeriesChart *humidity,
    const QList<SensorHistory::Stats> &stats);

} // namespace netlab
