#pragma once

#include "labtab.h"

#include <netlab/agentclient.h>
#include <netlab/sensorhistory.h>

#include <QColor>
#include <QElapsedTimer>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

class AgentList;
class AgentRoster;
class ChartViewport;
class ClassroomGrid;
class CodeView;
class EndpointPicker;
class PlotControls;
class StatusLine;
class TimeSeriesChart;

// The Sensors lab: Pi agents' temperature and humidity, live. Follows every agent of an
// AgentRoster (each an AgentClient with the SensorHistory it fills: history then the SSE
// stream, reconnecting by itself), one colour per agent on both charts. The charts are fed by
// min/max decimation per pixel column, at most 30 times a second and never point by point;
// the line breaks where an agent had no reading (offline, or its sensor failing) and the gap
// is shaded. Zoom with the mouse (drag, wheel) or the keyboard (+/-, arrows); Follow live
// (End) goes back to the moving window. LED, token, statistics and CSV are for the selected
// agent.
class SensorsTab : public LabTab
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 8750;
    static constexpr int kRefreshMs = 33;

    explicit SensorsTab(AgentRoster *agents, QWidget *parent = nullptr);
    ~SensorsTab() override;

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override; // the selected agent, or adds the one typed
    void send() override; // switches the selected agent's LED
    void clearLog() override; // forgets the selected agent's readings
    void saveLog() override; // exports the selected agent's window as CSV
    // The agent in the form (info, stored readings of the window, live stream, the LED when
    // a token is typed) as a Python program with requests.
    GeneratedCode code() const override;

    // The time window of the live view, in ms (5 min, 1 h, 24 h, 7 days).
    qint64 windowMs() const;
    // What the charts show now: the live window, or the zoomed range.
    qint64 viewFromMs() const;
    qint64 viewToMs() const;
    bool isFollowingLive() const;
    void followLive();
    // Zooms the time axis by factor (< 1 zooms in) around centreMs; stops following live.
    void zoomTime(double factor, qint64 centreMs);
    // Moves the time axis by a fraction of its span (negative: back in time).
    void panTime(double fraction);

    int selectedAgent() const;
    void selectAgent(int index);
    void selectFirstAgent(); // the first that is not the built-in agent
    // Points currently on the charts, every agent and segment (for tests and benchmarks).
    qsizetype temperaturePointCount() const;
    qsizetype humidityPointCount() const;
    // Line pieces drawn for an agent, and shaded gaps (for tests).
    int segmentCount(int agent) const;
    int gapBandCount(int agent) const;
    // Decimates and repaints now (what the timer does when something changed).
    void refreshCharts();
    // The classroom view (agents found on an MQTT broker) below the charts; its settings are
    // kept with this tab's.
    void addClassroom(ClassroomGrid *grid);

signals:
    // After refreshCharts() changed what the charts show (the benchmark's hook).
    void chartsRefreshed();

private:
    struct AgentView
    {
        AgentClient *client = nullptr;
        SensorHistory *history = nullptr;
        QColor color;
        QList<SensorHistory::Gap> gaps; // as last fed
        int failedInView = 0; // gap bands in view, the open one included
        int offlineInView = 0;
        SensorHistory::Stats stats; // over the view, as last fed
        bool dirty = true;
    };

    void addAgentView(int index);
    void removeAgentView(int index);
    void bindClient(AgentView &view);
    // Adds (or selects) the agent typed in the inputs and connects it.
    void addAgentFromInputs();
    AgentClient *selectedClient() const;
    SensorHistory *selectedHistory() const;
    void showSelection();
    void showLed(bool on); // checks the LED box without sending a request
    void showAgentRow(int index);
    void showAgentLabel();
    void showStats(const SensorHistory::Stats &stats);
    void updateButtons();
    void exportCsv();
    void saveImage(); // PNG or SVG
    void scheduleRefresh();
    void feedAgent(int index, int columns);
    void showBands(int index);

    AgentRoster *m_agents;

    ClassroomGrid *m_classroom = nullptr;
    QList<AgentView> m_views; // same order as m_agents
    EndpointPicker *m_endpoint = nullptr;
    QLineEdit *m_token = nullptr;
    bool m_tokenTyped = false; // changed by the user (keys or accessibility) since the form
                               // last showed an agent's token
    QPushButton *m_addButton = nullptr;
    AgentList *m_agentList = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_led = nullptr;
    QLabel *m_agentLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    StatusLine *m_status = nullptr;
    ChartViewport *m_range = nullptr;
    PlotControls *m_controls = nullptr;
    TimeSeriesChart *m_temperatureView = nullptr;
    TimeSeriesChart *m_humidityView = nullptr;
    QTimer *m_refreshTimer = nullptr;
    CodeView *m_codeView = nullptr;
    QElapsedTimer m_sinceRefresh;
    bool m_dirty = true;
};

} // namespace netlab
