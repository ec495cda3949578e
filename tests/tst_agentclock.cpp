// The agent's time model (issue 13, item 9): a Pi without a real-time clock whose clock jumps.
// The agent runs in-process with an injected wall clock; the workbench's client and history
// follow it over loopback HTTP.
#include <agent/agentservice.h>
#include <agent/readingstore.h>
#include <netlab/agentclient.h>
#include <netlab/sensorhistory.h>
#include <netlab/sseparser.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::AgentClock;
using netlab::AgentConfig;
using netlab::AgentService;
using netlab::SensorHistory;
using netlab::SseParser;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// A simulated agent on loopback, a reading every 40 ms, its wall clock the system's plus
// *shift (which the test changes).
std::unique_ptr<AgentService> startService(
    const QString &dataDir, const std::shared_ptr<qint64> &shift, QString *error)
{
    AgentConfig config;
    config.backend = u"simulated"_s;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = dataDir;
    config.intervalMs = 40;
    config.simulationMinimumIntervalMs = 40;
    config.ledPin = -1;
    config.retentionDays = 30;
    auto service = std::make_unique<AgentService>(config);
    AgentClock clock;
    clock.now = [shift] { return QDateTime::currentMSecsSinceEpoch() + *shift; };
    clock.synchronized = [] { return false; };
    service->setClock(clock);
    if (!service->start(error))
        return nullptr;
    return service;
}

QJsonObject getJson(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

// The stream's events until at least `count` readings arrived (or 10 s), then disconnects.
QList<SseParser::Event> readStream(quint16 port, const QByteArray &lastEventId, int count)
{
    QTcpSocket socket;
    SseParser parser;
    QList<SseParser::Event> events;
    int readings = 0;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        QByteArray request = "GET /api/v1/readings/stream HTTP/1.1\r\nHost: localhost\r\n";
        if (!lastEventId.isEmpty())
            request += "Last-Event-ID: " + lastEventId + "\r\n";
        socket.write(request + "Accept: text/event-stream\r\n\r\n");
    });
    QByteArray buffer;
    bool headersDone = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        buffer += socket.readAll();
        if (!headersDone) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            buffer.remove(0, end + 4);
            headersDone = true;
        }
        // Chunked: "<hex>\r\n<bytes>\r\n"; feed the chunks' bytes to the parser.
        while (true) {
            const qsizetype line = buffer.indexOf("\r\n");
            if (line < 0)
                return;
            bool ok = false;
            const qsizetype size = buffer.left(line).toLongLong(&ok, 16);
            if (!ok || buffer.size() < line + 2 + size + 2)
                return;
            for (const SseParser::Event &event : parser.feed(buffer.mid(line + 2, size))) {
                events.append(event);
                readings += event.event == "reading" ? 1 : 0;
            }
            buffer.remove(0, line + 2 + size + 2);
        }
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer clock;
    clock.start();
    while (readings < count && clock.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    socket.abort();
    return events;
}

QList<qint64> readingIds(const QList<SseParser::Event> &events)
{
    QList<qint64> ids;
    for (const SseParser::Event &event : events) {
        if (event.event == "reading")
            ids.append(event.id.toLongLong());
    }
    return ids;
}

} // namespace

class tst_AgentClock : public QObject
{
    Q_OBJECT

private slots:
    void infoReportsTheAgentsClock();
    void backwardJumpByAnHour();
    void forwardJumpByAYearDeletesNothing();
    void lastEventIdResumesBySeq();
};

void tst_AgentClock::infoReportsTheAgentsClock()
{
    QTemporaryDir dir;
    auto shift = std::make_shared<qint64>(-5 * kHourMs); // a Pi five hours behind
    QString error;
    const auto service = startService(dir.path(), shift, &error);
    QVERIFY2(service, qPrintable(error));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject info = getJson(service->url().resolved(QUrl(u"api/v1/info"_s)));
    const qint64 now = info.value(u"now").toInteger();
    QVERIFY2(qAbs(now - (before - 5 * kHourMs)) < 10'000, qPrintable(QString::number(now)));
    QCOMPARE(info.value(u"clock_synchronized").toBool(true), false);

    // The workbench estimates the offset and draws on the agent's time shifted to its own.
    AgentClient client;
    client.setBaseUrl(service->url());
    QSignalSpy readings(&client, &AgentClient::readingsReceived);
    client.connectToAgent();
    QVERIFY(readings.wait(10'000));
    QVERIFY2(qAbs(client.clockOffsetMs() + 5 * kHourMs) < 10'000,
        qPrintable(QString::number(client.clockOffsetMs())));
    QVERIFY(!client.agentClockSynchronized());
    const auto reading = readings.constLast().first().value<QList<AgentClient::Reading>>().last();
    QVERIFY(qAbs(reading.agentT - reading.t + 5 * kHourMs) < 10'000);
    QVERIFY(qAbs(reading.t - QDateTime::currentMSecsSinceEpoch()) < 10'000);
}

void tst_AgentClock::backwardJumpByAnHour()
{
    QTemporaryDir dir;
    auto shift = std::make_shared<qint64>(0);
    QString error;
    const auto service = startService(dir.path(), shift, &error);
    QVERIFY2(service, qPrintable(error));
    AgentClient client;
    SensorHistory history;
    history.setExpectedIntervalMs(40);
    client.setBaseUrl(service->url());
    QObject::connect(&client, &AgentClient::readingsReceived, &history, &SensorHistory::append);
    client.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 10, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Online, 10'000);

    // The Pi's clock goes back an hour (a reboot without RTC, then NTP the other way).
    const qint64 lastBefore = service->store()->lastSeq();
    const qint64 newestTBefore = service->store()->latest()->timestampMs;
    *shift = -kHourMs;
    QTRY_VERIFY_WITH_TIMEOUT(service->store()->lastSeq() >= lastBefore + 20, 10'000);

    // Stored: every new reading beside the old ones, none overwritten, t an hour back.
    const QList<netlab::StoredReading> after
        = service->store()->readingsAfterSeq(lastBefore, 10'000);
    QVERIFY(after.size() >= 20);
    QVERIFY(after.last().timestampMs < newestTBefore - kHourMs / 2);
    QCOMPARE(service->store()->count(), service->store()->lastSeq());

    // Served: paging by seq returns them.
    const QJsonObject page = getJson(service->url().resolved(
        QUrl(u"api/v1/readings?since_seq=%1&limit=10000"_s.arg(lastBefore))));
    const QJsonArray served = page.value(u"readings").toArray();
    QVERIFY(served.size() >= 20);
    QCOMPARE(served.first().toObject().value(u"seq").toInteger(), lastBefore + 1);

    // Shown: the workbench has them all, drawn at the local time they were taken (the offset
    // followed the jump), with no gap: the agent's clock went back, the agent never stopped.
    const qint64 target = service->store()->lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(client.lastSeq() >= target, 10'000);
    QCOMPARE(history.size(), qsizetype(client.lastSeq()));
    QVERIFY2(qAbs(client.clockOffsetMs() + kHourMs) < 10'000,
        qPrintable(QString::number(client.clockOffsetMs())));
    QVERIFY(qAbs(history.lastTimestamp() - QDateTime::currentMSecsSinceEpoch()) < 10'000);
    QVERIFY(history.gaps(history.firstTimestamp(), history.lastTimestamp(), 10'000).isEmpty());
    client.disconnectFromAgent();
}

void tst_AgentClock::forwardJumpByAYearDeletesNothing()
{
    QTemporaryDir dir;
    auto shift = std::make_shared<qint64>(0);
    QString error;
    {
        const auto service = startService(dir.path(), shift, &error);
        QVERIFY2(service, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(service->store()->count() >= 10, 10'000);
        // NTP sets the clock a year ahead (it was far behind): the hourly retention runs.
        *shift = 365 * kDayMs;
        const qint64 jumpedAt = service->store()->lastSeq();
        QTRY_VERIFY_WITH_TIMEOUT(service->store()->lastSeq() >= jumpedAt + 5, 10'000);
        service->applyRetention();
        QCOMPARE(service->store()->count(), service->store()->lastSeq());
        QCOMPARE(service->store()->readingsAfterSeq(0, 1).first().seq, 1);
    }

    // The agent restarts with the clock a year ahead (the Pi was off, its clock set meanwhile):
    // the retention at start deletes nothing newer than the newest reading minus the retention.
    QTemporaryDir other;
    *shift = 0;
    qint64 stored = 0;
    {
        const auto service = startService(other.path(), shift, &error);
        QVERIFY2(service, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(service->store()->count() >= 10, 10'000);
        service->stop();
        stored = service->store()->lastSeq();
    }
    *shift = 365 * kDayMs;
    const auto again = startService(other.path(), shift, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->store()->count() >= stored);
    QCOMPARE(again->store()->readingsAfterSeq(0, 1).first().seq, 1);
}

void tst_AgentClock::lastEventIdResumesBySeq()
{
    QTemporaryDir dir;
    auto shift = std::make_shared<qint64>(0);
    QString error;
    const auto service = startService(dir.path(), shift, &error);
    QVERIFY2(service, qPrintable(error));
    const QList<qint64> first = readingIds(readStream(service->port(), {}, 5));
    QVERIFY(first.size() >= 5);
    // While the client is away the clock goes back an hour, and readings go on.
    *shift = -kHourMs;
    QTRY_VERIFY_WITH_TIMEOUT(service->store()->lastSeq() >= first.last() + 10, 10'000);
    const QList<SseParser::Event> events
        = readStream(service->port(), QByteArray::number(first.last()), 15);
    const QList<qint64> second = readingIds(events);
    QVERIFY(second.size() >= 15);
    // No duplicate, no loss: the ids continue where the first connection stopped.
    for (qsizetype i = 0; i < second.size(); ++i)
        QCOMPARE(second[i], first.last() + 1 + i);
    // The replay ends with the agent's clock, then the stream is live.
    bool clockSeen = false;
    for (const SseParser::Event &event : events)
        clockSeen = clockSeen || event.event == "clock";
    QVERIFY(clockSeen);
}

QTEST_GUILESS_MAIN(tst_AgentClock)
#include "tst_agentclock.moc"
