// The real netlab-agent publishing to a real Mosquitto broker on a free loopback port
// (--mqtt-broker): readings as JSON on netlab/<id>/dht (QoS 1, retained), status online /
// offline, the LED switched by topic only with the token; and store and forward: readings taken
// while the broker is down, across an agent restart, reach a subscriber in order, each once.
#include "agentprocess.h"
#include "mosquittobroker.h"

#include <agent/agenttoken.h>
#include <agent/readingstore.h>
#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttlibrary.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace netlab;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;
const QString kId = u"pi-test"_s;

QStringList mqttArguments(quint16 brokerPort)
{
    return {u"--mqtt-broker"_s, u"127.0.0.1:%1"_s.arg(brokerPort), u"--mqtt-id"_s, kId};
}

// Everything a subscriber to netlab/pi-test/# received, in order.
struct Subscriber
{
    MqttClient client;
    QList<MqttMessage> messages;

    Subscriber(quint16 port, const QString &id, bool clean = true)
    {
        client.setOptions(test::localOptions(port, id, clean));
        QObject::connect(&client, &MqttClient::messagesReceived, &client,
            [this](const QList<MqttMessage> &batch) { messages += batch; });
        client.subscribe({u"netlab/%1/#"_s.arg(kId)}, 1);
    }

    // Connects and waits until the broker has the subscription.
    bool connectAndSubscribe()
    {
        QSignalSpy subscribed(&client, &MqttClient::subscribed);
        client.connectToBroker();
        return subscribed.wait(kTimeoutMs);
    }

    QList<MqttMessage> on(const QString &kind) const
    {
        QList<MqttMessage> found;
        for (const MqttMessage &message : messages) {
            if (message.topic == u"netlab/%1/%2"_s.arg(kId, kind))
                found.append(message);
        }
        return found;
    }
    QList<qint64> seqs() const
    {
        QList<qint64> list;
        for (const MqttMessage &message : on(u"dht"_s))
            list.append(
                QJsonDocument::fromJson(message.payload).object().value(u"seq"_s).toInteger());
        return list;
    }
    QByteArray lastStatus() const
    {
        const QList<MqttMessage> status = on(u"status"_s);
        return status.isEmpty() ? QByteArray() : status.constLast().payload;
    }
};

QJsonObject getJson(quint16 port, const QString &path)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(kTimeoutMs))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonValue healthOfMqtt(quint16 port, const QString &key)
{
    return getJson(port, u"/api/v1/health"_s).value(u"mqtt"_s).toObject().value(key);
}

} // namespace

class tst_AgentMqtt : public QObject
{
    Q_OBJECT
    MqttLibrary m_library;

private slots:
    void publishesReadingsStatusAndRetainedValue();
    void ledByTopicOnlyWithTheToken();
    void readingsTakenWhileTheBrokerIsDownArriveOnce();
    void badBrokerSettingsAreRefusedAtStart();
    void theGuidesAclKeepsEachPiToItsOwnTopics();
};

void tst_AgentMqtt::publishesReadingsStatusAndRetainedValue()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    Subscriber subscriber(broker.port(), u"tst-sub"_s);
    QVERIFY(subscriber.connectAndSubscribe());

    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = test::startAgent(agent, dir.path(), 0, mqttArguments(broker.port()));
    QVERIFY2(port != 0, agent.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "online"_ba, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.seqs().size() >= 10, kTimeoutMs);

    // Every reading is the API's JSON, QoS 1, consecutive seqs.
    const QList<MqttMessage> readings = subscriber.on(u"dht"_s);
    qint64 previous = 0;
    for (const MqttMessage &message : readings) {
        QCOMPARE(message.qos, 1);
        const QJsonObject object = QJsonDocument::fromJson(message.payload).object();
        QVERIFY2(object[u"t"_s].isDouble() && object[u"temperature_c"_s].isDouble()
                && object[u"humidity_pct"_s].isDouble(),
            message.payload.constData());
        const qint64 seq = object[u"seq"_s].toInteger();
        if (previous != 0)
            QCOMPARE(seq, previous + 1);
        previous = seq;
    }

    // The health document says where the forwarding stands.
    const QJsonObject mqtt = getJson(port, u"/api/v1/health"_s).value(u"mqtt"_s).toObject();
    QCOMPARE(mqtt[u"connected"_s].toBool(), true);
    QCOMPARE(mqtt[u"topic"_s].toString(), u"netlab/pi-test/dht"_s);
    QVERIFY(mqtt[u"forwarded_seq"_s].toInteger() >= 1);

    // The workbench's classroom view finds the agent, online.
    MqttClassroom classroom;
    classroom.ingest(subscriber.messages);
    QCOMPARE(classroom.agentIds(), QStringList {kId});
    QVERIFY(classroom.agent(kId)->online);

    // A student who subscribes late gets the newest reading and the status at once (retained).
    Subscriber late(broker.port(), u"tst-late"_s);
    late.client.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(
        !late.on(u"dht"_s).isEmpty() && !late.lastStatus().isEmpty(), kTimeoutMs);
    QVERIFY(late.on(u"dht"_s).constFirst().retained);
    QCOMPARE(late.lastStatus(), "online"_ba);

    // Stopped: "offline", retained.
    test::stopAgent(agent);
    QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "offline"_ba, kTimeoutMs);
    // Killed (no word): the broker publishes the last will.
    const quint16 again = test::startAgent(agent, dir.path(), 0, mqttArguments(broker.port()));
    QVERIFY(again != 0);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "online"_ba, kTimeoutMs);
    agent.kill();
    agent.waitForFinished(kTimeoutMs);
    // Keep-alive 30 s: the broker notices the closed socket at once on loopback.
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "offline"_ba, kTimeoutMs);
}

void tst_AgentMqtt::ledByTopicOnlyWithTheToken()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = test::startAgent(agent, dir.path(), 0, mqttArguments(broker.port()));
    QVERIFY2(port != 0, agent.readAllStandardError().constData());
    Subscriber student(broker.port(), u"tst-student"_s);
    QVERIFY(student.connectAndSubscribe());
    QTRY_VERIFY_WITH_TIMEOUT(!student.on(u"led"_s).isEmpty(), kTimeoutMs);
    QCOMPARE(student.on(u"led"_s).constLast().payload, R"({"on":false})"_ba);

    const QString set = u"netlab/%1/led/set"_s.arg(kId);
    // Without the token, a wrong one, not JSON: refused on led/error; the LED stays off.
    student.client.publish(set, R"({"on": true})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(student.on(u"led/error"_s).size(), 1, kTimeoutMs);
    QVERIFY(student.on(u"led/error"_s).constLast().payload.contains("token required"));
    student.client.publish(set, R"({"on": true, "token": "guess"})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(student.on(u"led/error"_s).size(), 2, kTimeoutMs);
    QVERIFY(student.on(u"led/error"_s).constLast().payload.contains("wrong token"));
    student.client.publish(set, "on", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(student.on(u"led/error"_s).size(), 3, kTimeoutMs);
    QVERIFY(student.on(u"led/error"_s).constLast().payload.contains("not JSON"));
    QCOMPARE(getJson(port, u"/api/v1/led"_s).value(u"on"_s).toBool(), false);

    // With the token: on, and the new state is published (retained).
    QString problem;
    const QByteArray token = AgentToken::read(dir.filePath(u"token"_s), &problem);
    QVERIFY2(!token.isEmpty(), qPrintable(problem));
    student.client.publish(set, R"({"on": true, "token": ")" + token + R"("})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(
        student.on(u"led"_s).constLast().payload, R"({"on":true})"_ba, kTimeoutMs);
    QCOMPARE(getJson(port, u"/api/v1/led"_s).value(u"on"_s).toBool(), true);
    QCOMPARE(student.on(u"led/error"_s).size(), 3);
    test::stopAgent(agent);
}

void tst_AgentMqtt::readingsTakenWhileTheBrokerIsDownArriveOnce()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const quint16 brokerPort = broker.port();
    // A persistent session: the subscriber's QoS 1 subscription outlives its connection.
    Subscriber subscriber(brokerPort, u"tst-archive"_s, false);
    QVERIFY(subscriber.connectAndSubscribe());

    QTemporaryDir dir;
    QProcess agent;
    QVERIFY(test::startAgent(agent, dir.path(), 0, mqttArguments(brokerPort)) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.seqs().size() >= 5, kTimeoutMs);
    test::stopAgent(agent);
    // "offline" comes after every reading the agent published (one connection, in order).
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "offline"_ba, kTimeoutMs);
    const QList<qint64> before = subscriber.seqs();
    const qint64 seenBefore = *std::max_element(before.cbegin(), before.cend());

    // The broker goes down; the agent keeps measuring, is restarted, and measures again.
    broker.kill();
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.client.state() != MqttClient::State::Connected, kTimeoutMs);
    for (int run = 0; run < 2; ++run) {
        const quint16 port = test::startAgent(agent, dir.path(), 0, mqttArguments(brokerPort));
        QVERIFY(port != 0);
        const auto takenSince = [&] {
            return getJson(port, u"/api/v1/readings?since_seq=%1&limit=1000"_s.arg(seenBefore))
                .value(u"readings"_s)
                .toArray()
                .size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(takenSince() >= 10 * (run + 1), kTimeoutMs);
        QVERIFY(healthOfMqtt(port, u"waiting"_s).toInteger() >= 10 * (run + 1));
        QCOMPARE(healthOfMqtt(port, u"connected"_s).toBool(), false);
        test::stopAgent(agent);
    }
    qint64 lastWhileDown = 0;
    {
        ReadingStore store;
        QVERIFY(store.open(dir.filePath(u"readings.sqlite"_s)));
        lastWhileDown = store.lastSeq();
    }
    QVERIFY(lastWhileDown >= seenBefore + 20);

    // The broker is back (same port); the subscriber's session is gone with it, so it
    // subscribes again before the agent returns.
    QSignalSpy resubscribed(&subscriber.client, &MqttClient::subscribed);
    QVERIFY2(broker.start(brokerPort), broker.log().constData());
    QVERIFY(resubscribed.wait(60'000));
    QVERIFY(test::startAgent(agent, dir.path(), 0, mqttArguments(brokerPort)) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.seqs().constLast() > lastWhileDown + 5, kTimeoutMs);
    test::stopAgent(agent);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.lastStatus(), "offline"_ba, kTimeoutMs);

    // Every reading after the last one seen before the outage arrived once, in order, with the
    // values the agent stored.
    ReadingStore store;
    QVERIFY(store.open(dir.filePath(u"readings.sqlite"_s)));
    const QList<StoredReading> stored = store.readingsAfterSeq(seenBefore, 100'000);
    QHash<qint64, QByteArray> payloads;
    QList<qint64> after;
    for (const MqttMessage &message : subscriber.on(u"dht"_s)) {
        const qint64 seq
            = QJsonDocument::fromJson(message.payload).object().value(u"seq"_s).toInteger();
        if (seq > seenBefore) {
            after.append(seq);
            payloads.insert(seq, message.payload);
        }
    }
    const qint64 lastSent = subscriber.seqs().constLast();
    QList<qint64> expected;
    for (const StoredReading &reading : stored) {
        if (reading.seq <= lastSent)
            expected.append(reading.seq);
    }
    QCOMPARE(after, expected);
    for (const StoredReading &reading : stored) {
        if (reading.seq > lastSent)
            break;
        const QJsonObject object = QJsonDocument::fromJson(payloads.value(reading.seq)).object();
        QCOMPARE(object[u"t"_s].toInteger(), reading.timestampMs);
        QCOMPARE(object[u"temperature_c"_s].toDouble(), std::round(reading.temperatureC * 10) / 10);
    }
}

void tst_AgentMqtt::badBrokerSettingsAreRefusedAtStart()
{
    QTemporaryDir dir;
    const auto run = [&](const QStringList &options) {
        QProcess agent;
        test::startProgram(agent, QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"),
            QStringList {u"--simulate"_s, u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s}
                + options);
        agent.waitForFinished(kTimeoutMs);
        return std::pair {agent.exitCode(), QString::fromUtf8(agent.readAllStandardError())};
    };
    auto [code, error] = run({u"--mqtt-broker"_s, u"broker:99999"_s});
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(u"port"_s), qPrintable(error));
    std::tie(code, error) = run({u"--mqtt-broker"_s, u"[::1"_s});
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(u"]"_s), qPrintable(error));
    std::tie(code, error) = run({u"--mqtt-broker"_s, u"127.0.0.1"_s, u"--mqtt-id"_s, u"a/b"_s});
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(u"one topic level"_s), qPrintable(error));
}

// docs/pi.md tells teachers to give each Pi a broker user and an ACL file: that very ACL, with
// the agent logging in from its config file, lets the Pi publish under its own name only and
// lets only the teacher switch an LED.
void tst_AgentMqtt::theGuidesAclKeepsEachPiToItsOwnTopics()
{
    QFile guide(QStringLiteral(NETLAB_SOURCE_DIR "/docs/pi.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QByteArray text = guide.readAll();
    const qsizetype start = text.indexOf("```\n# everybody");
    QVERIFY2(start >= 0, "the ACL example is gone from docs/pi.md");
    const qsizetype end = text.indexOf("```", start + 3);
    const QByteArray acl = text.mid(start + 4, end - start - 4);

    QTemporaryDir dir;
    QFile aclFile(dir.filePath(u"acl"_s));
    QVERIFY(aclFile.open(QIODevice::WriteOnly));
    aclFile.write(acl);
    aclFile.close();
    const QString passwd = dir.filePath(u"passwd"_s);
    for (const auto &[user, password] : {std::pair {u"pi-test"_s, u"pi-secret"_s},
             std::pair {u"teacher"_s, u"t-secret"_s}, std::pair {u"student"_s, u"s-secret"_s}}) {
        QProcess tool;
        QStringList arguments {u"-b"_s, passwd, user, password};
        if (!QFile::exists(passwd))
            arguments.prepend(u"-c"_s);
        tool.start(u"mosquitto_passwd"_s, arguments);
        QVERIFY(tool.waitForFinished(kTimeoutMs) && tool.exitCode() == 0);
    }
    // mosquitto started as root reads these as its own user.
    for (const QString &file : {passwd, aclFile.fileName()})
        QFile::setPermissions(file,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ExeOther);
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(0,
                 u"allow_anonymous false\npassword_file %1\nacl_file %2\n"_s
                     .arg(passwd, aclFile.fileName())
                     .toUtf8()),
        broker.log().constData());

    const auto login = [&](Subscriber &who, const QString &user, const QString &password) {
        MqttConnectOptions options = test::localOptions(broker.port(), u"tst-"_s + user);
        options.username = user;
        options.password = password;
        who.client.setOptions(options);
        return who.connectAndSubscribe();
    };
    Subscriber teacher(broker.port(), {});
    QVERIFY(login(teacher, u"teacher"_s, u"t-secret"_s));
    Subscriber student(broker.port(), {});
    QVERIFY(login(student, u"student"_s, u"s-secret"_s));

    // The agent logs in with the user and password of its config file.
    QFile config(dir.filePath(u"agent.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        u"[mqtt]\nbroker=127.0.0.1:%1\nid=pi-test\nusername=pi-test\npassword=pi-secret\n"_s
            .arg(broker.port())
            .toUtf8());
    config.close();
    QProcess agent;
    const quint16 port
        = test::startAgent(agent, dir.filePath(u"data"_s), 0, {u"--config"_s, config.fileName()});
    QVERIFY2(port != 0, agent.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(teacher.lastStatus(), "online"_ba, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(student.seqs().size() >= 3, kTimeoutMs); // everybody reads

    // The student has the token (say it leaked) but may not write led/set: the broker drops it.
    QString problem;
    const QByteArray token = AgentToken::read(dir.filePath(u"data/token"_s), &problem);
    QVERIFY2(!token.isEmpty(), qPrintable(problem));
    const QString set = u"netlab/%1/led/set"_s.arg(kId);
    QSignalSpy acked(&student.client, &MqttClient::published);
    student.client.publish(set, R"({"on": true, "token": ")" + token + R"("})", 1, false);
    QVERIFY(acked.wait(kTimeoutMs));
    // The teacher's next command (a wrong token) is answered: the student's came before it.
    teacher.client.publish(set, R"({"on": true, "token": "nope"})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(teacher.on(u"led/error"_s).size(), 1, kTimeoutMs);
    QCOMPARE(getJson(port, u"/api/v1/led"_s).value(u"on"_s).toBool(), false);
    teacher.client.publish(set, R"({"on": true, "token": ")" + token + R"("})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(
        teacher.on(u"led"_s).constLast().payload, R"({"on":true})"_ba, kTimeoutMs);
    test::stopAgent(agent);
    QTRY_COMPARE_WITH_TIMEOUT(teacher.lastStatus(), "offline"_ba, kTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_AgentMqtt)
#include "tst_agentmqtt.moc"
