#pragma once

#include "labtab.h"

#include <devices/sensornodesession.h>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace netlab {

class CodeView;
class FieldPlotPanel;
class FramePlots;
class SendPanel;
class SensorNodeForm;
class SensorNodePacketModel;
class SerialLink;
class SerialPortCatalogue;
class SimulatedSensorNode;
class StatusLine;
class TrafficLog;
class TrafficLogView;
struct SerialSettings;

// The serial lab: pick a port (with the system's details, refreshed as devices come and
// go) and its line settings, talk to it in a terminal (text or hex, line ending, time
// stamps, send history), and run the sensor-node session (START, DATA + ACK, STOP) with a
// progress bar, counters, a table of decoded packets and CSV export. "Simulated node"
// starts a node in software on a pseudo-terminal so the lab works without hardware.
// Binds to core objects that MainWindow owns.
class SerialTab : public LabTab
{
    Q_OBJECT

public:
    static constexpr int kMaxHistory = 20;

    // plots: the sensor node's packet fields (SensorNodePlots feeds them), for the Plot page.
    SerialTab(SerialLink *link, SerialPortCatalogue *catalogue, SensorNodeSession *session,
        SimulatedSensorNode *simulator, TrafficLog *log, FramePlots *plots,
        QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    GeneratedCode code() const override; // the session as a pyserial program

    void toggleSession();
    void toggleSimulator();
    void exportCsv();

private:
    QWidget *createTerminalPage();
    QWidget *createNodePage();
    void fillPorts();
    void showPortDetails();
    void showLinkState();
    void showSessionState();
    void scheduleCounters();
    void updateCounters();
    void sendPayload(const QByteArray &payload);
    void remember(const QString &mode, const QString &text);
    std::optional<SerialSettings> lineSettings(QString *error) const;

    SerialLink *m_link = nullptr;
    FieldPlotPanel *m_plotPanel = nullptr;
    SerialPortCatalogue *m_catalogue = nullptr;
    SensorNodeSession *m_session = nullptr;
    SimulatedSensorNode *m_simulator = nullptr;
    TrafficLog *m_log = nullptr;

    QComboBox *m_portCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_portDetails = nullptr;
    QComboBox *m_baudCombo = nullptr;
    QComboBox *m_dataBitsCombo = nullptr;
    QComboBox *m_parityCombo = nullptr;
    QComboBox *m_stopBitsCombo = nullptr;
    QComboBox *m_flowCombo = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_simulatorButton = nullptr;
    StatusLine *m_status = nullptr;
    QLabel *m_linkCounters = nullptr;
    QTabWidget *m_views = nullptr;

    TrafficLogView *m_logView = nullptr;
    QCheckBox *m_timestampsCheck = nullptr;
    SendPanel *m_sendPanel = nullptr;
    QComboBox *m_historyCombo = nullptr;

    SensorNodeForm *m_protocol = nullptr;
    CodeView *m_codeView = nullptr;
    QPushButton *m_sessionButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_sessionCounters = nullptr;
    QTableView *m_packetTable = nullptr;
    SensorNodePacketModel *m_packetModel = nullptr;
    QTimer *m_countersTimer = nullptr;
    QString m_lastCsvDirectory;
    bool m_columnsFitted = false;
};

} // namespace netlab
