// MqttClient against a real Mosquitto broker on a free loopback port (tests/mosquittobroker.h),
// interop with mosquitto_pub / mosquitto_sub, plain-words errors, reconnect after the broker
// is killed and restarted while three simulated agents publish; and the models it feeds
// (topic tree, message log, classroom), without a window.
#include "mosquittobroker.h"

#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttlibrary.h>
#include <netlab/mqttmessagelog.h>
#include <netlab/mqtttopictree.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace netlab;
using namespace Qt::StringLiterals;

namespace {

QByteArray reading(qint64 seq)
{
    return QJsonDocument(
        QJsonObject {{u"seq"_s, seq}, {u"t"_s, 1'700'000'000'000 + seq * 500},
            {u"temperature_c"_s, 20.0 + double(seq % 10) / 10.0}, {u"humidity_pct"_s, 40.0}})
        .toJson(QJsonDocument::Compact);
}

MqttMessage message(const QString &topic, const QByteArray &payload, bool retained = false)
{
    return MqttMessage {topic, payload, 1, retained, 0};
}

// A simulated agent: publishes a reading with the next seq every interval, QoS 1, retained.
struct Publisher
{
    MqttClient client;
    QTimer timer;
    qint64 nextSeq = 1;
    QString topic;

    Publisher(quint16 port, const QString &agentId)
    {
        topic = u"netlab/%1/dht"_s.arg(agentId);
        MqttConnectOptions options = test::localOptions(port, u"pub-"_s + agentId, false);
        options.willTopic = u"netlab/%1/status"_s.arg(agentId);
        options.willPayload = "offline";
        options.willRetain = true;
        options.willQos = 1;
        client.setOptions(options);
        QObject::connect(&client, &MqttClient::stateChanged, &client, [this, agentId](auto state) {
            if (state == MqttClient::State::Connected)
                client.publish(u"netlab/%1/status"_s.arg(agentId), "online", 1, true);
        });
        timer.setInterval(40);
        QObject::connect(&timer, &QTimer::timeout, &client,
            [this] { client.publish(topic, reading(nextSeq++), 1, true); });
    }
};

} // namespace

class tst_MqttClient : public QObject
{
    Q_OBJECT
    MqttLibrary m_library;

private slots:
    void initTestCase();
    void connectSubscribePublish();
    void interopWithMosquittoClients();
    void wrongPortSaysConnectionRefused();
    void tlsWithTheBrokersCaAndWithAnotherOne();
    void invalidFiltersAreRefused();
    void reconnectsAfterBrokerRestart();
    void topicTree();
    void messageLogIsBoundedAndFiltered();
    void classroomDeduplicatesBySeq();
};

void tst_MqttClient::initTestCase()
{
    if (test::mosquittoPath().isEmpty())
        QFAIL("mosquitto is not installed (scripts/setup.sh installs it)");
}

void tst_MqttClient::connectSubscribePublish()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    MqttClient client;
    client.setOptions(test::localOptions(broker.port()));
    QSignalSpy states(&client, &MqttClient::stateChanged);
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    QSignalSpy received(&client, &MqttClient::messagesReceived);
    QVERIFY(client.subscribe({u"lab/#"_s, u"other/+/x"_s}, 1));
    QVERIFY(client.connectToBroker());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, 20'000);
    QVERIFY(client.stateText().contains(u"connected to 127.0.0.1:"_s));
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 20'000);
    QCOMPARE(
        subscribed.constFirst().at(0).toStringList(), QStringList({u"lab/#"_s, u"other/+/x"_s}));
    QCOMPARE(subscribed.constFirst().at(1).value<QList<int>>(), QList<int>({1, 1}));

    MqttTopicTree tree;
    MqttMessageLog log;
    connect(&client, &MqttClient::messagesReceived, &tree, &MqttTopicTree::ingest);
    connect(&client, &MqttClient::messagesReceived, &log,
        [&log](const QList<MqttMessage> &batch) { log.append(batch); });
    QSignalSpy acked(&client, &MqttClient::published);
    const int mid = client.publish(u"lab/room1/temp"_s, "22.5", 1, false);
    QVERIFY(mid > 0);
    client.publish(u"other/a/x"_s, "ok", 0, false);
    client.publish(u"not/subscribed"_s, "no", 0, false);
    QTRY_COMPARE_WITH_TIMEOUT(tree.messageCount(u"other/a/x"_s), quint64(1), 20'000);
    QCOMPARE(tree.lastPayload(u"lab/room1/temp"_s), QByteArray("22.5"));
    QCOMPARE(tree.messageCount(u"not/subscribed"_s), quint64(0));
    const auto ackedIds = [&acked] {
        QList<int> ids;
        for (const auto &arguments : std::as_const(acked))
            ids.append(arguments.at(0).toInt());
        return ids;
    };
    QTRY_VERIFY(ackedIds().contains(mid)); // the QoS 1 PUBACK
    QCOMPARE(acked.size(), 3); // and the two QoS 0 messages, once written
    QCOMPARE(log.rowCount(), 2);

    client.disconnectFromBroker();
    QCOMPARE(client.state(), MqttClient::State::Disconnected);
}

void tst_MqttClient::interopWithMosquittoClients()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const QString port = QString::number(broker.port());
    MqttClient client;
    client.setOptions(test::localOptions(broker.port()));
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    QSignalSpy received(&client, &MqttClient::messagesReceived);
    client.subscribe({u"interop/from-mosquitto"_s}, 1);
    client.connectToBroker();
    QVERIFY(subscribed.wait(20'000));

    // mosquitto_pub -> us
    QProcess pub;
    pub.start(u"mosquitto_pub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-q"_s, u"1"_s, u"-t"_s,
            u"interop/from-mosquitto"_s, u"-m"_s, u"temp 22.5 \u00b0C"_s});
    QVERIFY(pub.waitForFinished(20'000));
    QCOMPARE(pub.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20'000);
    const auto batch = received.constFirst().at(0).value<QList<MqttMessage>>();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.constFirst().topic, u"interop/from-mosquitto"_s);
    QCOMPARE(QString::fromUtf8(batch.constFirst().payload), u"temp 22.5 \u00b0C"_s);

    // us -> mosquitto_sub (a retained message, so the order of start-up does not matter)
    QSignalSpy acked(&client, &MqttClient::published);
    QVERIFY(client.publish(u"interop/to-mosquitto"_s, "hello from netlab", 1, true) > 0);
    QVERIFY(acked.wait(20'000));
    QProcess sub;
    sub.start(u"mosquitto_sub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-v"_s, u"-C"_s, u"1"_s, u"-t"_s,
            u"interop/to-mosquitto"_s});
    QVERIFY(sub.waitForFinished(20'000));
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("interop/to-mosquitto hello from netlab\n"));
}

void tst_MqttClient::wrongPortSaysConnectionRefused()
{
    QTcpServer probe; // a port nobody listens on: bound, read, closed
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    MqttClient client;
    client.setOptions(test::localOptions(port));
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QVERIFY(client.connectToBroker());
    QVERIFY(errors.wait(20'000));
    const QString message = errors.constFirst().at(0).toString();
    QVERIFY2(message.contains(u"connection refused"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QCOMPARE(client.state(), MqttClient::State::WaitingToReconnect);
    client.disconnectFromBroker();
    QCOMPARE(client.state(), MqttClient::State::Disconnected);

    // And a persistent session without a client id is refused before any connection.
    MqttClient persistent;
    persistent.setOptions(test::localOptions(port, {}, false));
    QSignalSpy refused(&persistent, &MqttClient::errorOccurred);
    QVERIFY(!persistent.connectToBroker());
    QVERIFY(refused.constFirst().at(0).toString().contains(u"client id"_s));
}

// A broker with a TLS listener and a certificate for localhost signed by a CA of the test's
// own (openssl): the client with that CA connects and exchanges messages; with another CA it
// says why in plain words and stops trying.
void tst_MqttClient::tlsWithTheBrokersCaAndWithAnotherOne()
{
    QTemporaryDir dir;
    const auto openssl = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"openssl"_s, arguments);
        const bool ok = process.waitForFinished(60'000)
            && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << process.readAll();
        return ok;
    };
    const QStringList ecKey {
        u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    for (const QString &ca : {u"ca"_s, u"other-ca"_s})
        QVERIFY(openssl(QStringList {u"req"_s, u"-x509"_s} + ecKey
            + QStringList {u"-keyout"_s, ca + u".key"_s, u"-out"_s, ca + u".crt"_s, u"-subj"_s,
                u"/CN=netlab test "_s + ca, u"-days"_s, u"2"_s}));
    QVERIFY(openssl(QStringList {u"req"_s} + ecKey
        + QStringList {u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
            u"/CN=localhost"_s}));
    QFile san(dir.filePath(u"san.cnf"_s));
    QVERIFY(san.open(QIODevice::WriteOnly));
    san.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    san.close();
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s,
        u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s,
        u"2"_s, u"-extfile"_s, u"san.cnf"_s}));
    // mosquitto started as root drops to its own user before it reads the key.
    for (const QString &name : {u"server.key"_s, u"server.crt"_s, u"ca.crt"_s})
        QFile::setPermissions(dir.filePath(name),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ExeOther);

    test::MosquittoBroker broker;
    QVERIFY2(broker.start(0,
                 u"cafile %1\ncertfile %2\nkeyfile %3\n"_s
                     .arg(dir.filePath(u"ca.crt"_s), dir.filePath(u"server.crt"_s),
                         dir.filePath(u"server.key"_s))
                     .toUtf8()),
        broker.log().constData());

    MqttConnectOptions options = test::localOptions(broker.port());
    options.host = u"localhost"_s;
    options.tls = true;
    options.caFile = dir.filePath(u"ca.crt"_s);
    MqttClient client;
    client.setOptions(options);
    QSignalSpy received(&client, &MqttClient::messagesReceived);
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    client.subscribe({u"lab/tls"_s}, 1);
    // TLS handshakes are slow under qemu-user (arm64 leg: the refused one below took 31 s,
    // natively the whole test takes about a second): generous bounds, met at once natively.
    constexpr int kTlsWaitMs = 120'000;
    QVERIFY(client.connectToBroker());
    QVERIFY2(subscribed.wait(kTlsWaitMs), qPrintable(client.stateText()));
    QVERIFY(client.publish(u"lab/tls"_s, "over TLS", 1, false) > 0);
    QVERIFY(received.wait(kTlsWaitMs));
    QCOMPARE(received.constFirst().at(0).value<QList<MqttMessage>>().constFirst().payload,
        "over TLS"_ba);

    options.caFile = dir.filePath(u"other-ca.crt"_s);
    MqttClient wrong;
    wrong.setOptions(options);
    QSignalSpy errors(&wrong, &MqttClient::errorOccurred);
    QVERIFY(wrong.connectToBroker());
    QTRY_COMPARE_WITH_TIMEOUT(wrong.state(), MqttClient::State::Disconnected, kTlsWaitMs);
    QVERIFY(!errors.isEmpty());
    const QString message = errors.constLast().at(0).toString();
    QVERIFY2(message.contains(u"TLS"_s) && message.contains(u"certificate"_s), qPrintable(message));
}

void tst_MqttClient::invalidFiltersAreRefused()
{
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QVERIFY(!client.subscribe({u"a/#/b"_s}, 0));
    QVERIFY(!client.subscribe({u"a+/b"_s}, 0));
    QVERIFY(!client.subscribe({u"ok"_s}, 3));
    QCOMPARE(errors.size(), 3);
    QVERIFY(client.subscriptions().isEmpty());
    QCOMPARE(client.publish(u"a/+"_s, "x", 1, false), 0);
    QVERIFY(MqttClient::topicMatches(u"netlab/+/dht"_s, u"netlab/pi-07/dht"_s));
    QVERIFY(!MqttClient::topicMatches(u"netlab/+/dht"_s, u"netlab/pi-07/status"_s));
    QVERIFY(MqttClient::topicMatches(u"#"_s, u"a/b/c"_s));
}

void tst_MqttClient::reconnectsAfterBrokerRestart()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    const quint16 port = broker.port();

    // The subscriber: fixed client id, clean session off, QoS 1.
    MqttClient subscriber;
    subscriber.setOptions(test::localOptions(port, u"tst-classroom"_s, false));
    MqttClassroom classroom;
    connect(&subscriber, &MqttClient::messagesReceived, &classroom, &MqttClassroom::ingest);
    QSignalSpy subscribed(&subscriber, &MqttClient::subscribed);
    subscriber.subscribe(MqttClassroom::filters(), 1);
    subscriber.connectToBroker();
    QVERIFY(subscribed.wait(20'000));

    std::vector<std::unique_ptr<Publisher>> publishers;
    for (const char *id : {"pi-01", "pi-02", "pi-03"})
        publishers.push_back(std::make_unique<Publisher>(port, QString::fromLatin1(id)));
    for (auto &publisher : publishers) {
        publisher->client.connectToBroker();
        publisher->timer.start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(classroom.agentCount(), 3, 20'000);
    for (const QString &id : classroom.agentIds())
        QTRY_VERIFY_WITH_TIMEOUT(classroom.agent(id)->readings >= 5, 20'000);

    // Power cut at the broker; it comes back on the same port.
    QSignalSpy errors(&subscriber, &MqttClient::errorOccurred);
    broker.kill();
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.state() != MqttClient::State::Connected, 20'000);
    QVERIFY(errors.size() >= 1);
    QVERIFY2(errors.constFirst().at(0).toString().contains(u"went away"_s)
            || errors.constFirst().at(0).toString().contains(u"closed"_s),
        qPrintable(errors.constFirst().at(0).toString()));
    subscribed.clear();
    QVERIFY2(broker.start(port), broker.log().constData());
    QVERIFY(subscribed.wait(60'000));
    QCOMPARE(subscriber.state(), MqttClient::State::Connected);

    // Every reading published from now on must arrive, once after de-duplication.
    QHash<QString, qint64> firstAfter;
    for (auto &publisher : publishers)
        firstAfter.insert(publisher->topic.section(u'/', 1, 1), publisher->nextSeq);
    for (auto &publisher : publishers)
        QTRY_VERIFY_WITH_TIMEOUT(publisher->client.state() == MqttClient::State::Connected
                && publisher->nextSeq
                    >= firstAfter.value(publisher->topic.section(u'/', 1, 1)) + 25,
            60'000);
    QHash<QString, qint64> last;
    for (auto &publisher : publishers) {
        publisher->timer.stop();
        last.insert(publisher->topic.section(u'/', 1, 1), publisher->nextSeq - 1);
    }
    for (auto it = firstAfter.cbegin(); it != firstAfter.cend(); ++it) {
        const QString id = it.key();
        const auto missing = [&] {
            const QList<qint64> seen = classroom.seenSeqs(id);
            QList<qint64> absent;
            for (qint64 seq = it.value(); seq <= last.value(id); ++seq) {
                if (!seen.contains(seq))
                    absent.append(seq);
            }
            return absent;
        };
        QTRY_VERIFY_WITH_TIMEOUT(missing().isEmpty(), 30'000);
        const QList<qint64> seen = classroom.seenSeqs(id);
        QCOMPARE(std::adjacent_find(seen.cbegin(), seen.cend()), seen.cend()); // each once
        QCOMPARE(classroom.agent(id)->readings, quint64(seen.size()));
    }
}

void tst_MqttClient::topicTree()
{
    MqttTopicTree tree;
    tree.ingest({message(u"lab/a/temp"_s, "21.0"), message(u"lab/a/temp"_s, "21.5"),
        message(u"lab/b"_s, "x", true), message(u"/leading"_s, "y")});
    QCOMPARE(tree.topicCount(), 3);
    QCOMPARE(tree.rowCount(), 2); // "lab" and ""
    const QModelIndex lab = tree.index(0, 0);
    QCOMPARE(lab.data().toString(), u"lab"_s);
    QCOMPARE(tree.rowCount(lab), 2);
    const QModelIndex temp = tree.indexOfTopic(u"lab/a/temp"_s);
    QCOMPARE(temp.data().toString(), u"temp"_s);
    QCOMPARE(temp.parent().parent(), lab);
    QCOMPARE(temp.siblingAtColumn(MqttTopicTree::ValueColumn).data().toString(), u"21.5"_s);
    QCOMPARE(temp.siblingAtColumn(MqttTopicTree::CountColumn).data().toULongLong(), 2ull);
    QVERIFY(tree.isRetained(u"lab/b"_s));
    QVERIFY(!tree.isRetained(u"lab/a/temp"_s));
    QCOMPARE(tree.indexOfTopic(u"lab/b"_s)
                 .siblingAtColumn(MqttTopicTree::RetainedColumn)
                 .data()
                 .toString(),
        u"retained"_s);
    tree.tick(500);
    QCOMPARE(tree.rate(u"lab/a/temp"_s), 4.0);
    tree.tick(1000);
    QCOMPARE(tree.rate(u"lab/a/temp"_s), 0.0);
    QCOMPARE(tree.totalMessages(), 4ull);
}

void tst_MqttClient::messageLogIsBoundedAndFiltered()
{
    MqttMessageLog log;
    log.setMaxEntries(3);
    log.append({message(u"a/1"_s, "1"), message(u"b/1"_s, "2")});
    log.append({message(u"a/2"_s, "3"), message(u"a/3"_s, "4")});
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.droppedCount(), 1ull);
    QCOMPARE(log.index(0, MqttMessageLog::TopicColumn).data().toString(), u"b/1"_s);
    log.setTopicFilter(u"a/+"_s);
    QCOMPARE(log.rowCount(), 2);
    log.append({message(u"b/2"_s, "5"), message(u"a/4"_s, "6")});
    QCOMPARE(log.totalCount(), 3);
    QCOMPARE(log.rowCount(), 2); // a/3 and a/4: a/2 was dropped
    QCOMPARE(log.index(1, MqttMessageLog::PayloadColumn).data().toString(), u"6"_s);
    log.setTopicFilter(u"b/"_s); // not a filter that matches: a substring
    QCOMPARE(log.rowCount(), 1);
    log.setTopicFilter({});
    QCOMPARE(log.rowCount(), 3);
}

void tst_MqttClient::classroomDeduplicatesBySeq()
{
    MqttClassroom classroom;
    QSignalSpy added(&classroom, &MqttClassroom::agentAdded);
    classroom.ingest({message(u"netlab/pi-01/dht"_s, reading(1)),
        message(u"netlab/pi-01/dht"_s, reading(2)), message(u"netlab/pi-01/dht"_s, reading(1)),
        message(u"netlab/pi-02/status"_s, "offline"),
        message(u"netlab/pi-02/dht"_s, "{\"seq\":\"x\"}"), message(u"netlab/pi-03/other"_s, "z"),
        message(u"elsewhere/pi-04/dht"_s, reading(1))});
    QCOMPARE(classroom.agentIds(), QStringList({u"pi-01"_s, u"pi-02"_s}));
    QCOMPARE(added.size(), 2);
    const auto *pi1 = classroom.agent(u"pi-01"_s);
    QCOMPARE(pi1->readings, 2ull);
    QCOMPARE(pi1->duplicates, 1ull);
    QCOMPARE(pi1->lastSeq, 2);
    QVERIFY(pi1->online);
    QCOMPARE(pi1->recent.size(), 2);
    const auto *pi2 = classroom.agent(u"pi-02"_s);
    QVERIFY(!pi2->online);
    QCOMPARE(pi2->malformed, 1ull);
    QCOMPARE(pi2->readings, 0ull);
    classroom.ingest({message(u"netlab/pi-02/status"_s, "online")});
    QVERIFY(classroom.agent(u"pi-02"_s)->online);
}

QTEST_GUILESS_MAIN(tst_MqttClient)
#include "tst_mqttclient.moc"
