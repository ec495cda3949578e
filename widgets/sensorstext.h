#pragma once

#include <netlab/agentclient.h>
#include <netlab/sensorhistory.h>

#include <QString>

class QJsonObject;
class QTreeWidgetItem;

namespace netlab {

// What the Sensors tab says about agents, readings and gaps, in the tab's translation
// context.

// "DHT11 via gpiod", "DHT22 via iio", "DHT11 (simulated)".
QString sensorText(const QJsonObject &sensor);
// "pi-kitchen (192.168.1.20:8750)", or the address alone.
QString agentDisplayName(const AgentClient *client);
QString agentStateText(const AgentClient *client);
// "Agent …: online · DHT11 via gpiod · last reading 12:00:01 · sensor failures: 0".
QString agentSummary(const AgentClient *client, const SensorHistory *history);
// The window's statistics: now, minimum…maximum and mean of both quantities.
QString statsText(const SensorHistory::Stats &stats);
QString durationText(qint64 ms);
// What a gap band's tool tip says. open: no reading since gap.fromMs, up to now.
QString gapText(const QString &name, const SensorHistory::Gap &gap, bool open);

// The agent list's columns, and one agent's row in it.
enum AgentListColumn {
    AgentColumn,
    StateColumn,
    SensorColumn,
    LastColumn,
    NowColumn,
    FailuresColumn
};
void fillAgentRow(
    QTreeWidgetItem *item, const AgentClient *client, const SensorHistory *history, bool embedded);

} // namespace netlab
