// MQTT benchmarks, one real Mosquitto broker on a free loopback port (tests/mosquittobroker.h):
//  1. ingest: the workbench's MQTT core (MqttClient feeding the topic tree and the message log,
//     the MQTT tab shown offscreen) against `mosquitto_sub -C N > /dev/null`, both subscribed
//     at once to the same broker, the same `mosquitto_pub -l` load of N messages (QoS 1: with
//     QoS 0 the broker drops what a slower reader cannot take, and counts would differ);
//     prints messages/s of each and the ratio.
//  2. classroom: 30 simulated agents (a publisher thread, 2 readings/s each, the agent JSON)
//     into the Sensors tab's classroom grid for a bounded time; prints the GUI event loop's
//     lateness (p99, max of a 10 ms timer) and the resident memory.
// Usage: bench_mqtt [N=50000] [classroom seconds=20]
#include "../mosquittobroker.h"

#include <netlab/frameplots.h>
#include <netlab/localbroker.h>
#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttjsonplots.h>
#include <netlab/mqttlibrary.h>
#include <netlab/mqttmessagelog.h>
#include <netlab/mqtttopictree.h>
#include <widgets/classroomgrid.h>
#include <widgets/mqtttab.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace netlab;
using namespace Qt::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

MqttConnectOptions local(quint16 port)
{
    MqttConnectOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = port;
    return options;
}

// 30 agents publishing from their own thread, so the GUI thread measured is only the reader.
class Agents : public QObject
{
public:
    Agents(quint16 port, int count)
        : m_count(count)
    {
        m_client = new MqttClient(this);
        m_client->setOptions(local(port));
        m_timer = new QTimer(this);
        m_timer->setInterval(500 / count); // each agent every 500 ms, spread out
        connect(m_timer, &QTimer::timeout, this, [this] {
            const int agent = m_next % m_count;
            const qint64 seq = m_next / m_count + 1;
            ++m_next;
            const QByteArray payload = QJsonDocument(
                QJsonObject {{u"seq"_s, seq}, {u"t"_s, QDateTime::currentMSecsSinceEpoch()},
                    {u"temperature_c"_s, 21.0 + agent / 10.0 + (seq % 20) / 10.0},
                    {u"humidity_pct"_s,
                        40.0}}).toJson(QJsonDocument::Compact);
            m_client->publish(
                u"netlab/pi-%1/dht"_s.arg(agent + 1, 2, 10, QLatin1Char('0')), payload, 1, true);
        });
        connect(m_client, &MqttClient::stateChanged, this, [this](MqttClient::State state) {
            if (state == MqttClient::State::Connected)
                m_timer->start();
        });
    }
    void start() { m_client->connectToBroker(); }
    void stop()
    {
        m_timer->stop();
        m_client->disconnectFromBroker();
    }
    qint64 published() const { return m_next; }

private:
    MqttClient *m_client = nullptr;
    QTimer *m_timer = nullptr;
    int m_count;
    qint64 m_next = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    MqttLibrary library;
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 50'000;
    const int classroomSeconds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;

    test::MosquittoBroker broker;
    if (!broker.start(0, "log_type subscribe\n")) {
        std::fprintf(stderr, "mosquitto did not start: %s\n", broker.log().constData());
        return 1;
    }
    const QString port = QString::number(broker.port());

    // 1. Ingest.
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    LocalBroker unused;
    quint64 received = 0;
    QElapsedTimer ours;
    qint64 oursMs = -1;
    // As WorkbenchCore wires it: the views get the messages at most 30 times a second.
    QList<MqttMessage> pending;
    QTimer batch;
    batch.setSingleShot(true);
    batch.setInterval(33);
    QObject::connect(
        &client, &MqttClient::messagesReceived, &log, [&](const QList<MqttMessage> &messages) {
            pending += messages;
            if (!batch.isActive())
                batch.start();
        });
    QObject::connect(&batch, &QTimer::timeout, &log, [&] {
        const QList<MqttMessage> messages = std::exchange(pending, {});
        topics.ingest(messages);
        log.append(messages);
        plots.append(messages); // as WorkbenchCore: the JSON numbers for the Live plot
        received += quint64(messages.size());
        if (received >= quint64(n) && oursMs < 0)
            oursMs = ours.elapsed();
    });
    MqttTab tab(&client, &topics, &log, &unused, &plots);
    tab.resize(1100, 720);
    if (!qEnvironmentVariableIsSet("BENCH_NO_TAB"))
        tab.show();
    client.setOptions(local(broker.port()));
    client.subscribe({u"bench/#"_s}, 1);
    bool subscribed = false;
    QObject::connect(&client, &MqttClient::subscribed, &client, [&] { subscribed = true; });
    QObject::connect(&client, &MqttClient::errorOccurred, &client, [](const QString &message) {
        std::fprintf(stderr, "workbench client: %s\n", qPrintable(message));
    });
    client.connectToBroker();

    QProcess theirs;
    theirs.setStandardOutputFile(QProcess::nullDevice());
    theirs.start(u"mosquitto_sub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-i"_s, u"bench-mosquitto-sub"_s, u"-t"_s,
            u"bench/#"_s, u"-q"_s, u"1"_s, u"-C"_s, QString::number(n)});
    if (!waitUntil(
            [&] { return subscribed && broker.log().contains("bench-mosquitto-sub 1 bench/#"); },
            20'000)) {
        std::fprintf(stderr, "the subscribers did not subscribe\n");
        return 1;
    }
    QTemporaryFile lines;
    lines.open();
    for (int i = 0; i < n; ++i)
        lines.write(QByteArray("{\"seq\":") + QByteArray::number(i) + ",\"temperature_c\":21.5}\n");
    lines.flush();
    QProcess pub;
    pub.setStandardInputFile(lines.fileName());
    ours.start();
    QElapsedTimer theirsClock;
    theirsClock.start();
    qint64 theirsMs = -1;
    QObject::connect(
        &theirs, &QProcess::finished, &theirs, [&] { theirsMs = theirsClock.elapsed(); });
    pub.start(u"mosquitto_pub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-t"_s, u"bench/load"_s, u"-q"_s, u"1"_s,
            u"-l"_s});
    waitUntil([&] { return oursMs >= 0 && theirsMs >= 0; }, 30'000);
    pub.waitForFinished(10'000);
    const double oursRate = oursMs > 0 ? n * 1000.0 / oursMs : 0;
    const double theirsRate = theirsMs > 0 ? n * 1000.0 / theirsMs : 0;
    std::printf("ingest: %d messages (QoS 1 end to end, ~40 bytes), one mosquitto_pub -l load, "
                "same broker\n",
        n);
    std::printf("  workbench core + MQTT tab: %llu received in %lld ms = %.0f msg/s\n",
        static_cast<unsigned long long>(received), static_cast<long long>(oursMs), oursRate);
    std::printf("  mosquitto_sub > /dev/null: %s in %lld ms = %.0f msg/s\n",
        theirsMs >= 0 ? "all" : "NOT all", static_cast<long long>(theirsMs), theirsRate);
    if (theirsRate > 0)
        std::printf("  ratio workbench / mosquitto_sub: %.2f\n", oursRate / theirsRate);
    client.disconnectFromBroker();
    tab.hide();

    // 2. Classroom: 30 agents at 2 readings/s.
    const qint64 rssBefore = residentKiB();
    MqttClient classroomClient;
    MqttClassroom classroom;
    QObject::connect(
        &classroomClient, &MqttClient::messagesReceived, &classroom, &MqttClassroom::ingest);
    classroomClient.setOptions(local(broker.port()));
    classroomClient.subscribe(MqttClassroom::filters(), 1);
    ClassroomGrid grid(&classroomClient, &classroom);
    grid.resize(1100, 600);
    grid.show();
    classroomClient.connectToBroker();
    QThread thread;
    auto *agents = new Agents(broker.port(), 30);
    agents->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, agents, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(agents, [agents] { agents->start(); });

    QList<qint64> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        if (tick.isValid())
            lateness.append(qMax<qint64>(0, tick.nsecsElapsed() / 1000 - 10'000));
        tick.start();
    });
    waitUntil([&] { return classroom.agentCount() == 30; }, 20'000);
    probe.start();
    QElapsedTimer run;
    run.start();
    waitUntil(
        [&] { return run.elapsed() >= classroomSeconds * 1000; }, classroomSeconds * 1000 + 5000);
    probe.stop();
    QMetaObject::invokeMethod(
        agents, [agents] { agents->stop(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&](double q) {
        return lateness.isEmpty()
            ? 0.0
            : lateness.at(qsizetype(q * double(lateness.size() - 1))) / 1000.0;
    };
    quint64 readings = 0;
    for (const QString &id : classroom.agentIds())
        readings += classroom.agent(id)->readings;
    std::printf(
        "classroom: %d agents at 2 readings/s for %d s, grid shown (%d tiles), %llu readings\n",
        classroom.agentCount(), classroomSeconds, grid.tileCount(),
        static_cast<unsigned long long>(readings));
    std::printf("  GUI event-loop lateness (10 ms timer, %lld samples): p50 %.1f ms, p99 %.1f ms, "
                "max %.1f ms\n",
        static_cast<long long>(lateness.size()), at(0.5), at(0.99), at(1.0));
    std::printf("  resident memory: %lld KiB before the classroom, %lld KiB after\n",
        static_cast<long long>(rssBefore), static_cast<long long>(residentKiB()));
    classroomClient.disconnectFromBroker();
    return 0;
}
