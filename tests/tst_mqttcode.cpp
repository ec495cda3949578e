// The MQTT lab's generated programs against a real Mosquitto broker: the Python program
// (Debian's python3 with paho-mqtt) and the mosquitto_pub / mosquitto_sub one-liners must
// receive what netlab's MqttClient publishes, and publish what it receives, byte for byte.
#include "mosquittobroker.h"
#include "pythonprogram.h"

#include <netlab/mqttclient.h>
#include <netlab/mqttcode.h>
#include <netlab/mqttlibrary.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace netlab;
using netlab::test::PythonProgram;

namespace {

// Why the Python rows cannot run here, or empty.
QString pahoMissing()
{
    if (PythonProgram::interpreter().isEmpty())
        return u"python3 is not installed (scripts/setup.sh installs it)"_s;
    QProcess probe;
    probe.start(PythonProgram::interpreter(), {u"-c"_s, u"import paho.mqtt.client"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return u"paho-mqtt is not installed for python3 (apt install python3-paho-mqtt)"_s;
    return {};
}

// netlab's own client on the test broker: connected, with the messages it received.
struct NetlabPeer
{
    MqttClient client;
    QList<MqttMessage> received;

    explicit NetlabPeer(quint16 port)
    {
        client.setOptions(test::localOptions(port));
        QObject::connect(&client, &MqttClient::messagesReceived, &client,
            [this](const QList<MqttMessage> &messages) { received += messages; });
    }
    bool connect()
    {
        if (!client.connectToBroker())
            return false;
        QTRY_LOOP_IMPL(client.state() == MqttClient::State::Connected, 20000, 50);
        return client.state() == MqttClient::State::Connected;
    }
    bool subscribe(const QString &filter, int qos)
    {
        QSignalSpy subscribed(&client, &MqttClient::subscribed);
        return client.subscribe({filter}, qos) && subscribed.wait(20000);
    }
};

MqttClientCode settingsFor(quint16 port)
{
    MqttClientCode settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    return settings;
}

} // namespace

class tst_MqttCode : public QObject
{
    Q_OBJECT
    MqttLibrary m_library;

private slots:
    void initTestCase();
    void publishes_data();
    void publishes();
    void receives_data();
    void receives();
    void subscribesThenPublishesItsOwnMessage();
    void oneLinerFollowsTheAction();
};

void tst_MqttCode::initTestCase()
{
    if (test::mosquittoPath().isEmpty())
        QSKIP("mosquitto is not installed (scripts/setup.sh installs it)");
}

void tst_MqttCode::publishes_data()
{
    QTest::addColumn<bool>("python");
    QTest::addColumn<QByteArray>("payload");
    QTest::addRow("python text") << true << QByteArray("caf\xc3\xa9 it's \"22.5\"");
    QTest::addRow("python bytes") << true << QByteArray("\x00\xff\x01 end\n", 8);
    QTest::addRow("mosquitto_pub text") << false << QByteArray("caf\xc3\xa9 it's \"22.5\"");
    QTest::addRow("mosquitto_pub bytes") << false << QByteArray("\x00\xff\x01 %s end\n", 11);
}

// The program publishes (retained, QoS 1) and exits; netlab subscribes afterwards and gets
// the retained message: same topic, bytes, QoS and retain flag.
void tst_MqttCode::publishes()
{
    QFETCH(bool, python);
    QFETCH(QByteArray, payload);
    if (python && !pahoMissing().isEmpty())
        QSKIP(qPrintable(pahoMissing()));
    if (!python && QStandardPaths::findExecutable(u"mosquitto_pub"_s).isEmpty())
        QSKIP("mosquitto_pub is not installed (apt install mosquitto-clients)");
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());

    MqttClientCode settings = settingsFor(broker.port());
    settings.clientId = u"generated-pub"_s;
    settings.topic = u"lab/out/caf\u00e9"_s;
    settings.payload = payload;
    settings.qos = 1;
    settings.retain = true;
    const GeneratedCode code = MqttCode::client(settings);
    QVERIFY(code.oneLiner.startsWith(u"mosquitto_pub"_s) || code.oneLiner.startsWith(u"printf"_s));

    if (python) {
        PythonProgram program;
        QVERIFY(program.start(code.python));
        QVERIFY(program.waitForExit());
        QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
        QVERIFY2(program.output().contains(u"Published to lab/out/caf\u00e9"_s),
            qPrintable(program.output()));
    } else {
        QProcess shell;
        shell.start(u"sh"_s, {u"-c"_s, code.oneLiner});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    }

    NetlabPeer peer(broker.port());
    QVERIFY(peer.connect());
    QVERIFY(peer.subscribe(u"lab/out/#"_s, 2));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received.size(), 1, 20000);
    const MqttMessage got = peer.received.constFirst();
    QCOMPARE(got.topic, settings.topic);
    QCOMPARE(got.payload, payload);
    QCOMPARE(got.qos, 1);
    QVERIFY(got.retained);
}

void tst_MqttCode::receives_data()
{
    QTest::addColumn<bool>("python");
    QTest::addRow("python") << true;
    QTest::addRow("mosquitto_sub") << false;
}

// netlab publishes; the program prints each message with its topic and payload (and, the
// Python one, its QoS and retain flag; bytes that are not UTF-8 as U+FFFD).
void tst_MqttCode::receives()
{
    QFETCH(bool, python);
    if (python && !pahoMissing().isEmpty())
        QSKIP(qPrintable(pahoMissing()));
    if (!python && QStandardPaths::findExecutable(u"mosquitto_sub"_s).isEmpty())
        QSKIP("mosquitto_sub is not installed (apt install mosquitto-clients)");
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    NetlabPeer peer(broker.port());
    QVERIFY(peer.connect());
    // A retained message first: it tells the test that the program's subscription is in place.
    QVERIFY(peer.client.publish(u"lab/in/first"_s, "ready", 1, true) > 0);
    QSignalSpy published(&peer.client, &MqttClient::published);
    QVERIFY(published.wait(20000));

    MqttClientCode settings = settingsFor(broker.port());
    settings.subscriptions = {{u"lab/in/#"_s, 1}, {u"other/+"_s, 0}};
    settings.publish = false;
    settings.action = MqttClientCode::Action::Subscribe;
    const GeneratedCode code = MqttCode::client(settings);
    QCOMPARE(code.oneLiner,
        u"mosquitto_sub -v -h 127.0.0.1 -p %1 -q 1 -t 'lab/in/#' -t other/+"_s.arg(broker.port()));

    PythonProgram program;
    QProcess shell;
    QByteArray shellOutput;
    connect(&shell, &QProcess::readyReadStandardOutput, &shell,
        [&] { shellOutput += shell.readAllStandardOutput(); });
    const auto output = [&] { return python ? program.output() : QString::fromUtf8(shellOutput); };
    if (python)
        QVERIFY(program.start(code.python));
    else
        shell.start(u"sh"_s, {u"-c"_s, u"exec "_s + code.oneLiner});
    QTRY_VERIFY2_WITH_TIMEOUT(
        output().contains(u"lab/in/first"_s), qPrintable(program.errors()), 30000);
    if (python)
        QVERIFY2(
            output().contains(u"lab/in/first (QoS 1, retained): ready\n"_s), qPrintable(output()));
    else
        QVERIFY2(output().contains(u"lab/in/first ready\n"_s), qPrintable(output()));

    QVERIFY(peer.client.publish(u"lab/in/x"_s, "h\xc3\xa9llo 21.5", 1, false) > 0);
    QVERIFY(peer.client.publish(u"other/y"_s,
                "ab\xff"
                "cd",
                0, false)
        > 0);
    if (python) {
        QTRY_VERIFY2_WITH_TIMEOUT(output().contains(u"other/y"_s), qPrintable(output()), 30000);
        QVERIFY(output().contains(u"lab/in/x (QoS 1): h\u00e9llo 21.5\n"_s));
        QVERIFY(output().contains(u"other/y (QoS 0): ab\ufffdcd\n"_s));
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(shellOutput.contains("other/y"), shellOutput.constData(), 30000);
        QVERIFY(shellOutput.contains("lab/in/x h\xc3\xa9llo 21.5\n"));
        QVERIFY(shellOutput.contains("other/y ab\xff"
                                     "cd\n"));
        shell.kill();
        shell.waitForFinished(10000);
    }
}

// The tab's usual program: subscribe, publish once subscribed, print everything, its own
// message included; netlab's client sees that message too.
void tst_MqttCode::subscribesThenPublishesItsOwnMessage()
{
    if (!pahoMissing().isEmpty())
        QSKIP(qPrintable(pahoMissing()));
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    NetlabPeer peer(broker.port());
    QVERIFY(peer.connect());
    QVERIFY(peer.subscribe(u"lab/#"_s, 2));

    MqttClientCode settings = settingsFor(broker.port());
    settings.subscriptions = {{u"lab/#"_s, 2}};
    settings.topic = u"lab/test"_s;
    settings.payload = "{\"t\": 21.5}";
    settings.qos = 2;
    PythonProgram program;
    QVERIFY(program.start(MqttCode::client(settings).python));
    QVERIFY2(
        program.waitForOutput(QRegularExpression(u"lab/test \\(QoS 2\\): \\{\"t\": 21.5\\}\\n"_s))
            .hasMatch(),
        qPrintable(program.output() + program.errors()));
    QVERIFY(program.output().contains(u"Connected to 127.0.0.1"_s));
    QVERIFY(program.output().contains(u"Subscribed to lab/#"_s));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received.size(), 1, 20000);
    QCOMPARE(peer.received.constFirst().payload, settings.payload);
    QCOMPARE(peer.received.constFirst().qos, 2);
    QVERIFY(!peer.received.constFirst().retained);
}

void tst_MqttCode::oneLinerFollowsTheAction()
{
    MqttClientCode settings;
    settings.host = u"broker.lab"_s;
    settings.clientId = u"me"_s;
    settings.username = u"alice"_s;
    settings.password = u"it's"_s;
    settings.tls = true;
    settings.subscriptions = {{u"a/#"_s, 2}};
    settings.topic = u"a/b"_s;
    settings.payload = "";
    settings.retain = true;
    const QString connection
        = u" -h broker.lab -p 1883 -i me -u alice -P 'it'\\''s' --capath /etc/ssl/certs"_s;
    QCOMPARE(
        MqttCode::client(settings).oneLiner, u"mosquitto_pub"_s + connection + u" -t a/b -r -n"_s);
    settings.action = MqttClientCode::Action::Subscribe;
    QCOMPARE(MqttCode::client(settings).oneLiner,
        u"mosquitto_sub -v"_s + connection + u" -q 2 -t 'a/#'"_s);
    // Nothing to subscribe to: the publish it is, and the other way round.
    settings.subscriptions.clear();
    QVERIFY(MqttCode::client(settings).oneLiner.startsWith(u"mosquitto_pub"_s));
    settings.caFile = u"/tmp/ca.pem"_s;
    const QString python = MqttCode::client(settings).python;
    QVERIFY(python.contains(u"CA_FILE = \"/tmp/ca.pem\""_s));
    QVERIFY(python.contains(u"client.username_pw_set(USERNAME, PASSWORD)"_s));
    QVERIFY(python.contains(u"PASSWORD = \"it's\""_s));
    settings.subscriptions = {{u"x"_s, 0}};
    settings.publish = false;
    settings.action = MqttClientCode::Action::Publish;
    QVERIFY(MqttCode::client(settings).oneLiner.startsWith(u"mosquitto_sub"_s));
    QVERIFY(!MqttCode::client(settings).python.contains(u"publish_once"_s));
}

QTEST_GUILESS_MAIN(tst_MqttCode)
#include "tst_mqttcode.moc"
