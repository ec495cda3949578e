#pragma once

#include <netlab/mqttclient.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace netlab {

class AgentRoster;
class AgentService;
class ChatDiscovery;
class ChatSession;
class DemoStreams;
class FramePlots;
class HttpClient;
class HttpMicroServer;
class LocalBroker;
class MqttClassroom;
class MqttClient;
class MqttJsonPlots;
class MqttMessageLog;
class MqttTopicTree;
class NameLookup;
class SensorNodeSession;
class SerialLink;
class SerialPortCatalogue;
class SerialTrafficRecorder;
class SimulatedSensorNode;
class TcpClientSession;
class TcpConnectCheck;
class TcpServer;
class TrafficLog;
class TrafficRecorder;
class UdpCapture;
class UdpListener;
class UdpSender;

// Every core object the workbench's labs work on, created once by main() and owned here.
// MainWindow hands them to the tabs; the screenshot scene and the tests drive them
// directly. The tabs come and go (a language switch rebuilds them), these stay.
class WorkbenchCore : public QObject
{
    Q_OBJECT

public:
    explicit WorkbenchCore(QObject *parent = nullptr);
    ~WorkbenchCore() override;

    TcpClientSession *const tcpClient;
    TrafficLog *const tcpClientLog;
    TcpServer *const tcpServer;
    TrafficLog *const tcpServerLog;
    UdpListener *const udpListener;
    UdpCapture *const udpCapture; // what udpListener received, bounded
    UdpSender *const udpSender;
    FramePlots *const framePlots; // the struct ports' (and the sensor node's) fields, for plots
    DemoStreams *const demoStreams;
    SerialLink *const serialLink;
    SerialPortCatalogue *const serialPorts;
    SensorNodeSession *const sensorNode;
    SimulatedSensorNode *const simulatedNode;
    TrafficLog *const serialLog;
    ChatSession *const chat; // history under AppDataLocation/chat-history
    ChatDiscovery *const chatDiscovery; // announces the chat while hosting
    HttpMicroServer *const httpServer; // the micro HTTP server lab
    HttpClient *const httpClient;
    NameLookup *const nameLookup;
    TcpConnectCheck *const connectCheck;
    AgentRoster *const agents; // the Sensors lab's Pi agents and their readings
    // The MQTT lab (libmosquitto is set up by main()'s MqttLibrary, which outlives this).
    MqttClient *const mqtt;
    MqttTopicTree *const mqttTopics; // what mqtt received, as a tree; rates ticked every second
    MqttMessageLog *const mqttLog; // bounded
    MqttJsonPlots *const mqttPlots; // the numbers of JSON payloads, into framePlots
    LocalBroker *const localBroker; // stopped when the workbench ends
    // The Sensors tab's classroom: agents publishing netlab/<id>/dht to a broker.
    MqttClient *const classroomMqtt;
    MqttClassroom *const classroom;

    // The Sensors lab's default when no agent is configured: a simulated netlab-agent served
    // from this process on loopback (any free port), its database and token under dataDir,
    // added to agents (first, labelled embedded) and followed. Off unless asked for: main()
    // arms it on a first launch and MainWindow starts it when the Sensors tab is first shown.
    // It runs on its own thread (embeddedAgentThread()), so its SQLite writes (synchronous=
    // FULL) never hold up the GUI; startEmbeddedAgent() returns at once and
    // embeddedAgentStarted() or embeddedAgentFailed() follow. intervalMs: the simulated
    // sensor's period.
    void armEmbeddedAgent(const QString &dataDir, int intervalMs = 2000);
    bool isEmbeddedAgentArmed() const { return !m_embeddedDataDir.isEmpty(); }
    // Starts the armed agent, once; false when none is armed or it was started already.
    bool startEmbeddedAgent();
    // Lives on embeddedAgentThread(); null until embeddedAgentStarted().
    AgentService *embeddedAgent() const { return m_embeddedAgent; }
    QThread *embeddedAgentThread() const { return m_agentThread; }

signals:
    void embeddedAgentStarted();
    void embeddedAgentFailed(const QString &message);

private:
    void embeddedAgentReady(AgentService *agent, const QUrl &url, const QByteArray &token);

    QString m_embeddedDataDir;
    int m_embeddedIntervalMs = 2000;
    QThread *m_agentThread = nullptr;
    AgentService *m_embeddedAgent = nullptr;
    TrafficRecorder *m_tcpClientRecorder = nullptr;
    TrafficRecorder *m_tcpServerRecorder = nullptr;
    SerialTrafficRecorder *m_serialRecorder = nullptr;
    QList<MqttMessage> m_mqttPending; // for mqttTopics, mqttLog, mqttPlots: every 33 ms
};

} // namespace netlab
