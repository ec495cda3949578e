#include "screenshotter.h"

#include "mainwindow.h"
#include "workbenchcore.h"

#include <devices/sensornodesession.h>
#include <devices/seriallink.h>
#include <devices/simulatedsensornode.h>
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/chatdiscovery.h>
#include <netlab/chatsession.h>
#include <netlab/demostreams.h>
#include <netlab/httpclient.h>
#include <netlab/httpmicroserver.h>
#include <netlab/httpserver.h>
#include <netlab/namelookup.h>
#include <netlab/sensorhistory.h>
#include <netlab/tcpclientsession.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <netlab/udplistener.h>
#include <widgets/codeview.h>
#include <widgets/labtab.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {
constexpr quint16 kPreferredPort = 50000; // the course's echo server port
constexpr int kSceneTimeoutMs = 5000;
constexpr int kSettleMs = 400; // lets the logs' and counters' refresh timers catch up
constexpr int kUdpWarmupMs = 2300; // two rate ticks of the UDP listener
} // namespace

Screenshotter::Screenshotter(WorkbenchCore *core, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_directory(directory)
{ }

bool Screenshotter::stageServers(QSettings *settings)
{
    TcpServer *server = m_core->tcpServer;
    server->setAutoReply(TcpServer::AutoReply::Echo, TcpServer::ReplyUnit::Line);
    // The course's port when it is free (probed first, so the scene's log shows no
    // "address in use" line), else any free port.
    quint16 port = kPreferredPort;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, kPreferredPort))
            port = 0;
    }
    if (!server->listen(QHostAddress::LocalHost, port))
        return false;
    m_serverPort = server->serverPort();

    settings->setValue(u"tabs/tcp-server/bindAddress"_s, u"127.0.0.1"_s);
    settings->setValue(u"tabs/tcp-server/port"_s, m_serverPort);
    settings->setValue(u"tabs/tcp-server/autoReply"_s, u"echo"_s);
    settings->setValue(u"tabs/tcp-server/replyUnit"_s, u"line"_s);
    settings->setValue(u"tabs/tcp-client/host"_s, u"127.0.0.1"_s);
    settings->setValue(u"tabs/tcp-client/port"_s, m_serverPort);
    settings->setValue(u"tabs/tcp-client/message"_s, u"Hello, server! Grüße, ça va ?"_s);

    // The chat: hosted on loopback, without history on disk, announced to loopback only.
    ChatSession *chat = m_core->chat;
    chat->setHistoryDirectory(QString());
    chat->setNickname(u"Ana"_s);
    m_core->chatDiscovery->setTargets({QHostAddress(QHostAddress::LocalHost)}, 0);
    if (chat->host(QHostAddress::LocalHost, ChatSession::kDefaultPort)
        || chat->host(QHostAddress::LocalHost, 0)) {
        settings->setValue(u"tabs/chat/nickname"_s, u"Ana"_s);
        settings->setValue(u"tabs/chat/host"_s, u"127.0.0.1"_s);
        settings->setValue(u"tabs/chat/port"_s, chat->serverPort());
    }

    // Tools: localhost's getaddrinfo rows (from /etc/hosts, no network needed).
    settings->setValue(u"tabs/tools/lookupName"_s, u"localhost"_s);
    m_core->nameLookup->lookupAddresses(u"localhost"_s, 80);
    // HTTP: the micro server on a free loopback port; the client tab aims at it.
    if (m_core->httpServer->start(QHostAddress::LocalHost, 0)) {
        const QString url = m_core->httpServer->url().toString() + u"bonjour"_s;
        settings->setValue(u"tabs/http-server/bindAddress"_s, u"127.0.0.1"_s);
        settings->setValue(u"tabs/http-client/url"_s, url);
        settings->setValue(u"tabs/http-client/mode"_s, u"raw"_s);
        settings->setValue(u"tabs/http-client/query"_s, QStringList {u"nom"_s, u"Zoé"_s});
        settings->setValue(u"tabs/http-client/headers"_s,
            QStringList {u"Accept"_s, u"text/html"_s, u"User-Agent"_s, u"NetLab"_s});
    }
    stageUdp(settings);
    return true;
}

void Screenshotter::stageUdp(QSettings *settings)
{
    UdpListener *listener = m_core->udpListener;
    UdpPortConfig text;
    text.bindAddress = QHostAddress(QHostAddress::LocalHost);
    UdpPortConfig drone = text;
    drone.decoder = UdpDecoder::Struct;
    drone.structFormat = StructFormat::droneFrame();
    // The drone port first: its fields are the table's first columns.
    const quint16 dronePort = listener->addPort(drone);
    const quint16 textPort = listener->addPort(text);
    if (textPort == 0 || dronePort == 0)
        return;
    DemoStreams *demo = m_core->demoStreams;
    demo->setDestination(QHostAddress(QHostAddress::LocalHost));
    demo->setTextPort(textPort);
    demo->setDronePort(dronePort);
    demo->setTextRate(5);
    demo->setDroneRate(40);
    if (!demo->start())
        return;
    m_udpClock.start();
    settings->setValue(u"tabs/udp/listenPort"_s, 0);
    settings->setValue(u"tabs/udp/bindAddress"_s, u"127.0.0.1"_s);
    settings->setValue(u"tabs/udp/demoTextPort"_s, textPort);
    settings->setValue(u"tabs/udp/demoDronePort"_s, dronePort);
    settings->setValue(u"tabs/udp/port"_s, textPort);
    settings->setValue(u"tabs/udp/message"_s, u"temperature=21.5"_s);
}

void Screenshotter::stageChat()
{
    ChatSession *host = m_core->chat;
    if (host->state() != ChatSession::State::Hosting)
        return;
    auto *guest = new ChatSession(this);
    guest->setNickname(u"Bea"_s);
    // Bea's workbench announces itself too, to this window's discovery port on loopback.
    auto *presence = new ChatDiscovery(this);
    if (presence->start(0, QHostAddress::LocalHost)) {
        presence->setTargets({QHostAddress(QHostAddress::LocalHost)}, ChatDiscovery::kDefaultPort);
        presence->setAnnouncement(u"Bea"_s, 0, false);
        presence->setAnnouncing(true);
    }
    connect(host, &ChatSession::entryAdded, guest, [host, guest](const ChatEntry &entry) {
        if (entry.kind == ChatEntry::Kind::System && entry.text.contains(u"Bea"_s))
            guest->sendMessage(u"Salut Ana ! On teste le chat du labo ? 👋"_s);
        else if (entry.kind == ChatEntry::Kind::Incoming && entry.nickname == u"Bea")
            host->sendMessage(u"Oui, ça marche 🎉\nEnter sends, Shift+Enter starts a new line."_s);
    });
    guest->join(u"127.0.0.1"_s, host->serverPort());
}

void Screenshotter::capture(MainWindow *window)
{
    m_window = window;
    stageChat();
    stageDevices();
    // One request from the HTTP client, seen in both HTTP tabs.
    if (m_core->httpServer->isListening()) {
        HttpClientRequest request;
        request.url = m_core->httpServer->url().toString() + u"bonjour"_s;
        request.queryItems = {{u"nom"_s, u"Zoé"_s}};
        request.headers = {{u"Accept"_s, u"text/html"_s}, {u"User-Agent"_s, u"NetLab"_s}};
        m_core->httpClient->sendRaw(request.effectiveUrl(), request.rawRequest(1));
    }
    TcpClientSession *client = m_core->tcpClient;
    connect(client, &TcpClientSession::connected, this, [this, client] {
        m_core->tcpServer->sendToAll("Welcome to the NetLab echo server\n");
        client->send("Hello, server!\n");
        client->send("temperature=23.0 humidity=41.0\n");
    });
    // Done when both echoes are back (the welcome line arrives first).
    connect(client, &TcpClientSession::dataReceived, this, [this, client] {
        if (client->bytesReceived() >= 34 + 15 + 31)
            QTimer::singleShot(kSettleMs, this, &Screenshotter::captureTabs);
    });
    connect(client, &TcpClientSession::errorOccurred, this,
        [this] { QTimer::singleShot(kSettleMs, this, &Screenshotter::captureTabs); });
    QTimer::singleShot(kSceneTimeoutMs, this, &Screenshotter::captureTabs);
    client->connectToHost(u"127.0.0.1"_s, m_serverPort);
}

// The Sensors tab follows a simulated agent in this process; the Serial tab runs the
// sensor-node session against the simulated node on a pseudo-terminal. Either may be
// unavailable (no pty on this system): its tab is then shown idle.
// What the Sensors tab held before the simulated agent started: four minutes of readings
// with a 40-second stretch where the sensor failed, then the minute the agent was off. The
// chart shows both gaps as a user would meet them.
void Screenshotter::stageSensorHistory()
{
    SensorHistory *history = m_core->agents->history(0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto reading = [](qint64 t, qint64 now) {
        const double phase = double(t - now) / 60'000.0;
        return AgentClient::Reading {t, 21.4 + 0.5 * std::sin(phase) + 0.1 * ((t / 2000) % 3),
            49.0 - 1.5 * std::sin(phase * 0.7) + 0.2 * ((t / 2000) % 2)};
    };
    QList<AgentClient::Reading> before;
    QList<AgentClient::Reading> after;
    for (qint64 t = now - 280'000; t < now - 60'000; t += 2000) {
        if (t < now - 200'000)
            before.append(reading(t, now));
        else if (t >= now - 160'000)
            after.append(reading(t, now));
    }
    history->append(before);
    history->recordFailure(u"timeout"_s, tr("the sensor did not answer"));
    history->append(after);
}

void Screenshotter::stageDevices()
{
    QString error;
    if (m_agentData.isValid()) {
        connect(m_core, &WorkbenchCore::embeddedAgentStarted, this,
            &Screenshotter::stageSensorHistory, Qt::SingleShotConnection);
        m_core->armEmbeddedAgent(m_agentData.path(), 100);
        m_core->startEmbeddedAgent();
    }

    SimulatedSensorNode *node = m_core->simulatedNode;
    node->setPacketRate(100);
    if (!node->start(&error))
        return;
    SerialSettings settings;
    settings.portName = node->portName();
    if (m_core->serialLink->open(settings))
        m_core->sensorNode->start();
}

void Screenshotter::captureTabs()
{
    if (m_done)
        return;
    if (m_udpClock.isValid() && m_udpClock.elapsed() < kUdpWarmupMs) {
        QTimer::singleShot(kUdpWarmupMs - m_udpClock.elapsed(), this, &Screenshotter::captureTabs);
        return;
    }
    m_done = true;
    if (!QDir().mkpath(m_directory)) {
        emit finished(false, tr("cannot create the folder %1").arg(m_directory));
        return;
    }
    const QDir dir(m_directory);
    const QList<LabTab *> tabs = m_window->tabs();
    for (LabTab *tab : tabs) {
        m_window->setCurrentTab(tab->key());
        const QString path = dir.filePath(tab->key() + u".png"_s);
        if (!m_window->grab().save(path)) {
            emit finished(false, tr("cannot write %1").arg(path));
            return;
        }
        m_written.append(path);
    }
    // "Show as code" for the guide: the UDP tab again, its listener's program shown.
    m_window->setCurrentTab(u"udp"_s);
    if (auto *code = m_window->currentTab()->findChild<CodeView *>(u"listenerCodeView"_s)) {
        code->toggleButton()->click();
        QCoreApplication::processEvents(); // lay the view out before the grab
        const QString path = dir.filePath(u"udp-code.png"_s);
        const bool saved = m_window->grab().save(path);
        code->toggleButton()->click();
        if (!saved) {
            emit finished(false, tr("cannot write %1").arg(path));
            return;
        }
        m_written.append(path);
    }
    emit finished(true,
        tr("%n screenshot(s) written to %1", nullptr, int(m_written.size()))
            .arg(QDir::toNativeSeparators(m_directory)));
}

} // namespace netlab
