// `netlab mqtt sub` and `netlab mqtt pub` as real processes against a real Mosquitto broker
// (tests/mosquittobroker.h): output like mosquitto_sub, interop both ways, a plain-words error
// for a wrong port, and reconnecting when the broker is killed and restarted while three
// simulated agents publish.
#include "childprocess.h"
#include "mosquittobroker.h"

#include <netlab/mqttclient.h>
#include <netlab/mqttlibrary.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace netlab;
using namespace Qt::StringLiterals;

namespace {

const QString kNetlab = QStringLiteral(NETLAB_BIN_DIR "/netlab");

// Reads the process's stderr until it holds `needle` (count times), or the time is up.
bool waitForStderr(QProcess &process, QByteArray &seen, const QByteArray &needle, int count = 1,
    int timeoutMs = 30'000)
{
    process.waitForStarted(10'000);
    QElapsedTimer clock;
    clock.start();
    while (seen.count(needle) < count && clock.elapsed() < timeoutMs
        && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        seen += process.readAllStandardError();
    }
    seen += process.readAllStandardError();
    return seen.count(needle) >= count;
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10'000))
        process.kill();
}

} // namespace

class tst_CliMqtt : public QObject
{
    Q_OBJECT
    MqttLibrary m_library; // for the simulated agents published from this process

private slots:
    void subPrintsLikeMosquittoSub();
    void pubReachesMosquittoSub();
    void wrongPortIsAPlainError();
    void badArguments();
    void subReconnectsAfterBrokerRestart();
};

void tst_CliMqtt::subPrintsLikeMosquittoSub()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const QString port = QString::number(broker.port());
    QProcess sub;
    test::startProgram(sub, kNetlab,
        {u"mqtt"_s, u"sub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-t"_s, u"lab/#"_s, u"-t"_s,
            u"other"_s, u"-q"_s, u"1"_s, u"-v"_s});
    QByteArray err;
    QVERIFY2(waitForStderr(sub, err, "subscribed to other"), err.constData());
    for (const auto &[topic, text] :
        {std::pair {u"lab/room1/temp"_s, u"22.5"_s}, std::pair {u"other"_s, u"two words"_s}}) {
        QProcess pub;
        pub.start(u"mosquitto_pub"_s,
            {u"-p"_s, port, u"-h"_s, u"127.0.0.1"_s, u"-q"_s, u"1"_s, u"-t"_s, topic, u"-m"_s,
                text});
        QVERIFY(pub.waitForFinished(20'000));
        QCOMPARE(pub.exitCode(), 0);
    }
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += sub.readAllStandardOutput()).count('\n') >= 2, 20'000);
    QCOMPARE(out, QByteArray("lab/room1/temp 22.5\nother two words\n"));
    stop(sub);

    // --json, -C: one object per message, then exit 0
    QProcess json;
    test::startProgram(json, kNetlab,
        {u"mqtt"_s, u"sub"_s, u"-p"_s, port, u"-h"_s, u"127.0.0.1"_s, u"-t"_s, u"bin"_s,
            u"--json"_s, u"-C"_s, u"1"_s});
    err.clear();
    QVERIFY2(waitForStderr(json, err, "subscribed to bin"), err.constData());
    QProcess pub;
    pub.start(u"mosquitto_pub"_s,
        {u"-p"_s, port, u"-h"_s, u"127.0.0.1"_s, u"-t"_s, u"bin"_s, u"-m"_s, u"caf\u00e9"_s});
    QVERIFY(pub.waitForFinished(20'000));
    QVERIFY(json.waitForFinished(20'000));
    QCOMPARE(json.exitCode(), 0);
    const QJsonObject object = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
    QCOMPARE(object.value(u"event"_s).toString(), u"message"_s);
    QCOMPARE(object.value(u"topic"_s).toString(), u"bin"_s);
    QCOMPARE(object.value(u"payload"_s).toString(), u"caf\u00e9"_s);
}

void tst_CliMqtt::pubReachesMosquittoSub()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const QString port = QString::number(broker.port());
    QProcess pub;
    test::startProgram(pub, kNetlab,
        {u"mqtt"_s, u"pub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-t"_s, u"lab/led"_s,
            u"-m"_s, u"on"_s, u"-q"_s, u"1"_s, u"-r"_s});
    QVERIFY(pub.waitForFinished(20'000));
    QCOMPARE(pub.exitCode(), 0);
    QProcess sub; // the retained message: it arrives whenever mosquitto_sub subscribes
    sub.start(u"mosquitto_sub"_s,
        {u"-p"_s, port, u"-h"_s, u"127.0.0.1"_s, u"-v"_s, u"-C"_s, u"1"_s, u"-t"_s, u"lab/#"_s});
    QVERIFY(sub.waitForFinished(20'000));
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("lab/led on\n"));
}

void tst_CliMqtt::wrongPortIsAPlainError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    for (const QString &verb : {u"sub"_s, u"pub"_s}) {
        QStringList arguments {
            u"mqtt"_s, verb, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-t"_s, u"x"_s};
        if (verb == u"pub")
            arguments << u"-m"_s << u"1"_s;
        QProcess process;
        test::startProgram(process, kNetlab, arguments);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("connection refused by 127.0.0.1:" + port.toUtf8()), err.constData());
    }
}

void tst_CliMqtt::badArguments()
{
    const QList<QStringList> cases {{u"mqtt"_s}, {u"mqtt"_s, u"sub"_s},
        {u"mqtt"_s, u"sub"_s, u"-t"_s, u"a/#/b"_s}, {u"mqtt"_s, u"pub"_s, u"-t"_s, u"a"_s},
        {u"mqtt"_s, u"pub"_s, u"-t"_s, u"a/+"_s, u"-m"_s, u"x"_s},
        {u"mqtt"_s, u"sub"_s, u"-t"_s, u"a"_s, u"-q"_s, u"3"_s},
        {u"mqtt"_s, u"sub"_s, u"-t"_s, u"a"_s, u"-c"_s}};
    for (const QStringList &arguments : cases) {
        QProcess process;
        test::startProgram(process, kNetlab, arguments);
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("netlab mqtt: "));
    }
    QProcess help;
    test::startProgram(help, kNetlab, {u"mqtt"_s, u"--help"_s});
    QVERIFY(help.waitForFinished(20'000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("netlab mqtt sub"));
}

void tst_CliMqtt::subReconnectsAfterBrokerRestart()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const quint16 port = broker.port();
    QProcess sub;
    test::startProgram(sub, kNetlab,
        {u"mqtt"_s, u"sub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-t"_s,
            u"netlab/+/dht"_s, u"-q"_s, u"1"_s, u"-i"_s, u"tst-cli-sub"_s, u"-c"_s, u"--json"_s});
    QByteArray err;
    QVERIFY2(waitForStderr(sub, err, "subscribed to netlab/+/dht"), err.constData());

    // Three simulated agents: QoS 1, retained, seq counting up, clean session off.
    struct Agent
    {
        MqttClient client;
        QTimer timer;
        qint64 nextSeq = 1;
        QString topic;
    };
    std::vector<std::unique_ptr<Agent>> agents;
    for (int i = 1; i <= 3; ++i) {
        auto agent = std::make_unique<Agent>();
        const QString id = u"pi-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        agent->topic = u"netlab/%1/dht"_s.arg(id);
        MqttConnectOptions options;
        options.host = u"127.0.0.1"_s;
        options.port = port;
        options.clientId = u"tst-cli-"_s + id;
        options.cleanSession = false;
        options.keepAliveSeconds = 10;
        agent->client.setOptions(options);
        agent->timer.setInterval(40);
        Agent *raw = agent.get();
        connect(&agent->timer, &QTimer::timeout, &agent->client, [raw] {
            const QByteArray payload = QJsonDocument(
                QJsonObject {{u"seq"_s, raw->nextSeq}, {u"t"_s, raw->nextSeq * 500},
                    {u"temperature_c"_s, 21.5},
                    {u"humidity_pct"_s,
                        40.0}}).toJson(QJsonDocument::Compact);
            raw->client.publish(raw->topic, payload, 1, true);
            ++raw->nextSeq;
        });
        agent->client.connectToBroker();
        agent->timer.start();
        agents.push_back(std::move(agent));
    }
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += sub.readAllStandardOutput()).count('\n') >= 30, 30'000);

    broker.kill();
    QVERIFY2(broker.start(port), broker.log().constData());
    QVERIFY2(waitForStderr(sub, err, "subscribed to netlab/+/dht", 2, 60'000), err.constData());
    QVERIFY(err.contains("reconnected to 127.0.0.1:"));
    QHash<QString, qint64> firstAfter;
    for (const auto &agent : agents)
        firstAfter.insert(agent->topic, agent->nextSeq);
    for (const auto &agent : agents)
        QTRY_VERIFY_WITH_TIMEOUT(agent->client.state() == MqttClient::State::Connected
                && agent->nextSeq >= firstAfter.value(agent->topic) + 25,
            60'000);
    QHash<QString, qint64> last;
    for (const auto &agent : agents) {
        agent->timer.stop();
        last.insert(agent->topic, agent->nextSeq - 1);
    }
    // Every reading published after the reconnect, by seq, in the printed lines.
    QHash<QString, QSet<qint64>> seen;
    const auto complete = [&] {
        out += sub.readAllStandardOutput();
        seen.clear();
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const QJsonObject payload
                = QJsonDocument::fromJson(object.value(u"payload"_s).toString().toUtf8()).object();
            if (!payload.isEmpty())
                seen[object.value(u"topic"_s).toString()].insert(
                    qint64(payload.value(u"seq"_s).toDouble()));
        }
        for (auto it = firstAfter.cbegin(); it != firstAfter.cend(); ++it) {
            for (qint64 seq = it.value(); seq <= last.value(it.key()); ++seq) {
                if (!seen.value(it.key()).contains(seq))
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), 30'000);
    QCOMPARE(sub.state(), QProcess::Running);
    stop(sub);
}

QTEST_GUILESS_MAIN(tst_CliMqtt)
#include "tst_cli_mqtt.moc"
