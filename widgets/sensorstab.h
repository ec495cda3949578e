#pragma once

#include "labtab.h"

#include <netlab/agentclient.h>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTimer;
class QValueAxis;
QT_END_NAMESPACE

namespace netlab {

class EndpointPicker;
class SensorHistory;
class StatusLine;

// The Sensors lab: a Pi agent's temperature and humidity, live. Binds an AgentClient (history
// then the SSE stream, reconnecting by itself) and the SensorHistory it fills; the charts are
// fed by min/max decimation per pixel column from a timer (at most 30 repaints a second),
// never point by point.
class SensorsTab : public LabTab
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 8750;
    static constexpr int kRefreshMs = 33;

    SensorsTab(AgentClient *client, SensorHistory *history, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override; // switches the LED
    void clearLog() override; // forgets the readings held
    void saveLog() override; // exports the window as CSV

    // The time window shown, in ms (5 min, 1 h, 24 h, 7 days).
    qint64 windowMs() const;
    // Points currently on the charts (for tests and the benchmark).
    qsizetype temperaturePointCount() const;
    qsizetype humidityPointCount() const;
    // Decimates and repaints now (what the timer does when something changed).
    void refreshCharts();

private:
    void showState(AgentClient::State state);
    void showAgent();
    void exportCsv();
    void savePng();
    void scheduleRefresh();

    AgentClient *m_client;
    SensorHistory *m_history;
    EndpointPicker *m_endpoint = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_connectButton = nullptr;
    QComboBox *m_window = nullptr;
    QCheckBox *m_pause = nullptr;
    QCheckBox *m_led = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_pngButton = nullptr;
    QLabel *m_agentLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    StatusLine *m_status = nullptr;
    QChartView *m_temperatureView = nullptr;
    QChartView *m_humidityView = nullptr;
    QLineSeries *m_temperatureSeries = nullptr;
    QLineSeries *m_humiditySeries = nullptr;
    QDateTimeAxis *m_temperatureTime = nullptr;
    QDateTimeAxis *m_humidityTime = nullptr;
    QValueAxis *m_temperatureAxis = nullptr;
    QValueAxis *m_humidityAxis = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_dirty = true;
};

} // namespace netlab
