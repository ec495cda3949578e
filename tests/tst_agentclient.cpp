// The workbench's agent client against the real netlab-agent process on loopback.
#include "agentprocess.h"

#include <netlab/agentclient.h>
#include <netlab/httpresponder.h>
#include <netlab/httpserver.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::test::startAgent;
using netlab::test::stopAgent;

namespace {

QList<AgentClient::Reading> collect(const QSignalSpy &spy)
{
    QList<AgentClient::Reading> all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.first().value<QList<AgentClient::Reading>>();
    return all;
}

} // namespace

class tst_AgentClient : public QObject
{
    Q_OBJECT

private slots:
    void historyThenLive();
    void reconnectsAndFillsTheGap();
    void ledWithAndWithoutToken();
    void notAnAgent();
    void garbageInTheStream();
    void agentRefusesAPath();
    void silentServerTimesOut();
    void unreachable();
};

void tst_AgentClient::historyThenLive()
{
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = startAgent(agent, dir.path());
    QVERIFY(port);
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QSignalSpy readings(&client, &AgentClient::readingsReceived);
    QSignalSpy history(&client, &AgentClient::historyLoaded);
    QSignalSpy info(&client, &AgentClient::infoReceived);
    client.connectToAgent();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Online, 10'000);
    QCOMPARE(info.size(), 1);
    QCOMPARE(info.first().first().toJsonObject().value(u"sensor").toObject().value(u"backend"),
        u"simulated"_s);
    QCOMPARE(history.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(collect(readings).size() >= 5, 10'000);
    const QList<AgentClient::Reading> all = collect(readings);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i].t > all[i - 1].t); // in time order, no duplicates
    QVERIFY(all.last().temperatureC > 10 && all.last().temperatureC < 35);
    client.disconnectFromAgent();
    QCOMPARE(client.state(), AgentClient::State::Disconnected);
    stopAgent(agent);
}

void tst_AgentClient::reconnectsAndFillsTheGap()
{
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = startAgent(agent, dir.path());
    QVERIFY(port);
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    QSignalSpy readings(&client, &AgentClient::readingsReceived);
    client.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(collect(readings).size() >= 3, 10'000);

    stopAgent(agent);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Reconnecting, 10'000);
    // The restarted agent (same data, same port) stores new readings while the client waits.
    QProcess again;
    QCOMPARE(startAgent(again, dir.path(), port), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Online, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(collect(readings).size() >= 10, 10'000);

    // Everything the agent stored reached the client, once and in order: the gap was filled.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/readings?limit=10000"_s.arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    const QJsonArray stored
        = QJsonDocument::fromJson(reply->readAll()).object().value(u"readings").toArray();
    reply->deleteLater();
    const QList<AgentClient::Reading> received = collect(readings);
    QSet<qint64> receivedSeqs;
    for (qsizetype i = 0; i < received.size(); ++i) {
        if (i > 0)
            QVERIFY(received[i].seq > received[i - 1].seq);
        receivedSeqs.insert(received[i].seq);
    }
    int missing = 0;
    for (const QJsonValue &value : stored) {
        const qint64 seq = value.toObject().value(u"seq").toInteger();
        if (seq <= received.last().seq && !receivedSeqs.contains(seq))
            ++missing;
    }
    QCOMPARE(missing, 0);
    stopAgent(again);
}

void tst_AgentClient::ledWithAndWithoutToken()
{
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = startAgent(agent, dir.path());
    QVERIFY(port);
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    QSignalSpy changed(&client, &AgentClient::ledChanged);
    QSignalSpy refused(&client, &AgentClient::ledRequestFailed);
    client.setLed(true);
    QVERIFY(refused.wait(10'000));
    QCOMPARE(refused.first().at(0).toInt(), 401);
    QCOMPARE(refused.first().at(1).toString(), u"token required"_s);
    client.setToken("not-the-token");
    client.setLed(true);
    QVERIFY(refused.wait(10'000));
    QCOMPARE(refused.last().at(0).toInt(), 401);

    QFile token(dir.filePath(u"token"_s));
    QVERIFY(token.open(QIODevice::ReadOnly));
    client.setToken(token.readAll().trimmed());
    client.setLed(true);
    QVERIFY(changed.wait(10'000));
    QCOMPARE(changed.first().first().toBool(), true);
    stopAgent(agent);
}

void tst_AgentClient::notAnAgent()
{
    // Some other HTTP server at that address: said so, not taken for an agent.
    netlab::HttpServer other;
    other.route("GET", "/api/v1/info", [](const netlab::HttpRequest &, netlab::HttpResponder &r) {
        r.send(200, "{\"hello\": 1}", "application/json");
    });
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    AgentClient client;
    client.setBaseUrl(other.url());
    QSignalSpy errors(&client, &AgentClient::errorOccurred);
    client.connectToAgent();
    QVERIFY(errors.wait(10'000));
    QVERIFY2(errors.first().first().toString().contains(u"not a netlab agent"_s),
        qPrintable(errors.first().first().toString()));
    QCOMPARE(client.state(), AgentClient::State::Reconnecting);
    client.disconnectFromAgent();

    // A web server without the agent's API: its 404 in plain words, not Qt's
    // "Error transferring … - server replied: Not Found".
    netlab::HttpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost, 0));
    client.setBaseUrl(web.url());
    errors.clear();
    client.connectToAgent();
    QVERIFY(errors.wait(10'000));
    const QString message = errors.first().first().toString();
    QCOMPARE(message,
        u"127.0.0.1:%1 answered HTTP 404: the server answers but has no such page — is this the "
        u"right port for the service?"_s.arg(web.serverPort()));
    client.disconnectFromAgent();
}

void tst_AgentClient::garbageInTheStream()
{
    // A server that says it is an agent but sends malformed history and stream events: the
    // good readings arrive, the rest is counted (the Sensors tab shows the count), never
    // turned into values, and the connection stays up.
    netlab::HttpServer fake;
    fake.route("GET", "/api/v1/info", [](const netlab::HttpRequest &, netlab::HttpResponder &r) {
        r.send(200, "{\"agent\": \"netlab-agent\", \"sensor\": {\"interval_ms\": 100}}",
            "application/json");
    });
    fake.route(
        "GET", "/api/v1/readings", [](const netlab::HttpRequest &, netlab::HttpResponder &r) {
            r.send(200,
                "{\"readings\": [{\"t\": 1000, \"temperature_c\": 21.5, \"humidity_pct\": 40},"
                " {\"t\": \"soon\", \"temperature_c\": 0, \"humidity_pct\": 0}, 42,"
                " {\"t\": 900, \"temperature_c\": 20, \"humidity_pct\": 40}], \"more\": false}",
                "application/json");
        });
    QList<QPointer<netlab::HttpResponder>> streams;
    fake.route("GET", "/api/v1/readings/stream",
        [&streams](const netlab::HttpRequest &, netlab::HttpResponder &r) {
            if (r.startEventStream())
                streams.append(&r);
        });
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    AgentClient client;
    client.setBaseUrl(fake.url());
    QSignalSpy readings(&client, &AgentClient::readingsReceived);
    client.connectToAgent();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Online, 10'000);
    QTRY_COMPARE(streams.size(), 1);
    QVERIFY(streams.first());
    QVERIFY(streams.first()->sendEvent("reading", "not json at all"));
    QVERIFY(streams.first()->sendEvent("reading", "{\"t\": 2000, \"temperature_c\": null}"));
    QVERIFY(streams.first()->sendEvent("surprise", "{}"));
    QVERIFY(streams.first()->sendEvent(
        "reading", "{\"t\": 2000, \"temperature_c\": 22.0, \"humidity_pct\": 41.0}"));
    QTRY_COMPARE(collect(readings).size(), 2);
    const QList<AgentClient::Reading> got = collect(readings);
    QCOMPARE(got[0].t, 1000);
    QCOMPARE(got[1].t, 2000);
    QCOMPARE(got[1].temperatureC, 22.0);
    QCOMPARE(client.badEventCount(), 6); // 3 in the history page, 3 in the stream
    QCOMPARE(client.state(), AgentClient::State::Online);
    client.disconnectFromAgent();
}

void tst_AgentClient::agentRefusesAPath()
{
    // The agent's own error text is kept, in a plain sentence.
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = startAgent(agent, dir.path());
    QVERIFY(port);
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/no/such/base/"_s.arg(port)));
    QSignalSpy failed(&client, &AgentClient::queryFailed);
    client.queryInfo();
    QVERIFY(failed.wait(10'000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(u"127.0.0.1:%1 answered HTTP 404 (no such resource: "_s.arg(port)),
        qPrintable(message));
    stopAgent(agent);
}

void tst_AgentClient::silentServerTimesOut()
{
    // Accepts and never answers: the client's 10 s transfer timeout, said as a timeout (Qt 6.4
    // reports it as "Operation canceled").
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, this, [&silent] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            socket->setParent(&silent);
    });
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort())));
    QSignalSpy failed(&client, &AgentClient::queryFailed);
    client.queryInfo();
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.first().first().toString(),
        u"127.0.0.1:%1: timed out — no answer from the host; is it switched on and on this "
        u"network?"_s.arg(silent.serverPort()));
}

void tst_AgentClient::unreachable()
{
    QTcpServer closed; // a port nobody listens on: bind, read it, close
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    AgentClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    QSignalSpy errors(&client, &AgentClient::errorOccurred);
    client.connectToAgent();
    QVERIFY(errors.wait(10'000));
    const QString message = errors.first().first().toString();
    QCOMPARE(message,
        u"connection refused by 127.0.0.1:%1: nothing is listening on that port — is the server "
        u"running, and is the port right?"_s.arg(port));
    QCOMPARE(client.state(), AgentClient::State::Reconnecting);
    QCOMPARE(client.reconnectDelayMs(), 2000); // the next wait doubles
    client.disconnectFromAgent();
    QCOMPARE(client.state(), AgentClient::State::Disconnected);
}

QTEST_GUILESS_MAIN(tst_AgentClient)
#include "tst_agentclient.moc"
