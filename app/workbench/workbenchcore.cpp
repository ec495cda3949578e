#include "workbenchcore.h"

#include <netlab/localbroker.h>
#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttjsonplots.h>
#include <netlab/mqttmessagelog.h>
#include <netlab/mqtttopictree.h>

#include <QTimer>

#include <agent/agentservice.h>

#include <devices/sensornodeplots.h>
#include <devices/sensornodesession.h>
#include <devices/seriallink.h>
#include <devices/serialportcatalogue.h>
#include <devices/serialtrafficrecorder.h>
#include <devices/simulatedsensornode.h>
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/chatdiscovery.h>
#include <netlab/chatsession.h>
#include <netlab/demostreams.h>
#include <netlab/frameplots.h>
#include <netlab/httpclient.h>
#include <netlab/httpmicroserver.h>
#include <netlab/namelookup.h>
#include <netlab/tcpclientsession.h>
#include <netlab/tcpconnectcheck.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <netlab/trafficrecorder.h>
#include <netlab/udpcapture.h>
#include <netlab/udplistener.h>
#include <netlab/udpsender.h>

#include <QDir>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace netlab {

WorkbenchCore::WorkbenchCore(QObject *parent)
    : QObject(parent)
    , tcpClient(new TcpClientSession(this))
    , tcpClientLog(new TrafficLog(this))
    , tcpServer(new TcpServer(this))
    , tcpServerLog(new TrafficLog(this))
    , udpListener(new UdpListener(this))
    , udpCapture(new UdpCapture(udpListener, this))
    , udpSender(new UdpSender(this))
    , framePlots(new FramePlots(this))
    , demoStreams(new DemoStreams(this))
    , serialLink(new SerialLink(this))
    , serialPorts(new SerialPortCatalogue(this))
    , sensorNode(new SensorNodeSession(serialLink, this))
    , simulatedNode(new SimulatedSensorNode(this))
    , serialLog(new TrafficLog(this))
    , chat(new ChatSession(this))
    , chatDiscovery(new ChatDiscovery(this))
    , httpServer(new HttpMicroServer(this))
    , httpClient(new HttpClient(this))
    , nameLookup(new NameLookup(this))
    , connectCheck(new TcpConnectCheck(this))
    , agents(new AgentRoster(this))
    , mqtt(new MqttClient(this))
    , mqttTopics(new MqttTopicTree(this))
    , mqttLog(new MqttMessageLog(this))
    , mqttPlots(new MqttJsonPlots(framePlots, this))
    , localBroker(new LocalBroker(this))
    , classroomMqtt(new MqttClient(this))
    , classroom(new MqttClassroom(this))
    , m_tcpClientRecorder(new TrafficRecorder(tcpClient, tcpClientLog, this))
    , m_tcpServerRecorder(new TrafficRecorder(tcpServer, tcpServerLog, this))
    , m_serialRecorder(new SerialTrafficRecorder(serialLink, sensorNode, serialLog, this))
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty())
        chat->setHistoryDirectory(QDir(appData).filePath(u"chat-history"_s));
    framePlots->followUdp(udpListener);
    new SensorNodePlots(sensorNode, framePlots, this);
    // Classmates find a hosted chat by its presence datagrams; nothing is announced otherwise.
    connect(chat, &ChatSession::stateChanged, chatDiscovery, [this](ChatSession::State state) {
        const bool hosting = state == ChatSession::State::Hosting;
        chatDiscovery->setAnnouncement(chat->nickname(), chat->serverPort(), hosting);
        chatDiscovery->setAnnouncing(hosting);
    });
    // The tree and the log (and so their views) take the messages at most 30 times a second:
    // per read, a flood of small batches made the table view fall behind (docs/benchmarks.md).
    auto *mqttBatch = new QTimer(this);
    mqttBatch->setSingleShot(true);
    mqttBatch->setInterval(33);
    connect(mqtt, &MqttClient::messagesReceived, this,
        [this, mqttBatch](const QList<MqttMessage> &messages) {
            m_mqttPending += messages;
            if (!mqttBatch->isActive())
                mqttBatch->start();
        });
    connect(mqttBatch, &QTimer::timeout, this, [this] {
        const QList<MqttMessage> messages = std::exchange(m_mqttPending, {});
        mqttTopics->ingest(messages);
        mqttLog->append(messages);
        mqttPlots->append(messages);
    });
    auto *rateTimer = new QTimer(this);
    connect(rateTimer, &QTimer::timeout, mqttTopics, [this] { mqttTopics->tick(1000); });
    rateTimer->start(1000);
    connect(classroomMqtt, &MqttClient::messagesReceived, classroom, &MqttClassroom::ingest);
    classroomMqtt->subscribe(MqttClassroom::filters(), 1);
}

WorkbenchCore::~WorkbenchCore()
{
    // The agent is deleted on its thread when the thread finishes (its database closes there).
    if (m_agentThread) {
        m_agentThread->quit();
        m_agentThread->wait();
    }
}

void WorkbenchCore::armEmbeddedAgent(const QString &dataDir, int intervalMs)
{
    m_embeddedDataDir = dataDir;
    m_embeddedIntervalMs = intervalMs;
}

bool WorkbenchCore::startEmbeddedAgent()
{
    if (m_agentThread || m_embeddedDataDir.isEmpty())
        return false;
    AgentConfig config;
    config.backend = u"simulated"_s;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = m_embeddedDataDir;
    config.retentionDays = 7; // the longest chart window
    config.intervalMs = m_embeddedIntervalMs;
    if (m_embeddedIntervalMs < 1000)
        config.simulationMinimumIntervalMs = m_embeddedIntervalMs; // faster than a DHT11 (tests)

    m_agentThread = new QThread(this);
    m_agentThread->setObjectName(u"embedded-agent"_s);
    // Created, started, used and deleted on its own thread: its sockets, timers and SQLite
    // connection all belong there.
    auto *anchor = new QObject;
    anchor->moveToThread(m_agentThread);
    connect(m_agentThread, &QThread::finished, anchor, &QObject::deleteLater);
    m_agentThread->start();
    QMetaObject::invokeMethod(anchor, [this, anchor, config] {
        auto *agent = new AgentService(config, anchor);
        QString error;
        if (!agent->start(&error)) {
            delete agent;
            QMetaObject::invokeMethod(this, [this, error] { emit embeddedAgentFailed(error); });
            return;
        }
        const QUrl url = agent->url();
        const QByteArray token = agent->token();
        QMetaObject::invokeMethod(
            this, [this, agent, url, token] { embeddedAgentReady(agent, url, token); });
    });
    return true;
}

void WorkbenchCore::embeddedAgentReady(
    AgentService *agent, const QUrl &url, const QByteArray &token)
{
    const int index = agents->add(url, token, true);
    if (index < 0) {
        agent->deleteLater(); // on its thread
        emit embeddedAgentFailed(
            tr("the Sensors tab follows %n agent(s) already", nullptr, AgentRoster::kMaxAgents));
        return;
    }
    m_embeddedAgent = agent;
    agents->client(index)->connectToAgent();
    emit embeddedAgentStarted();
}

} // namespace netlab
