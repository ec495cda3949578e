#pragma once

#include "agentclock.h"
#include "agentconfig.h"

#include <devices/sensorreading.h>
#include <netlab/httpresponse.h>

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace netlab {

class AgentMqtt;
class DhtBackend;
class DhtReader;
class GpioLine;
struct HttpRequest;
class HttpResponder;
class LedServer;
class HttpServer;
class ReadingStore;

// The agent: the sensor reader, the reading store, the LED and the HTTP API of DESIGN.md on
// one event loop.
//   GET  /                          the live page (resources/agent/index.html)
//   GET  /api/v1/info               version, host, sensor, LED, the agent's clock: "now" (Unix
//                                   ms) and "clock_synchronized"
//   GET  /api/v1/health             failures by kind, last good reading and its age, storage
//   GET  /api/v1/readings?since_seq=&limit=   {"readings": [...in seq order], "more": bool}
//   GET  /api/v1/readings?since=&limit=       the same by the agent's wall clock (first API)
//   GET  /api/v1/readings/stream    SSE: "reading" events (id = seq), "error" events on
//                                   failures; Last-Event-ID replays the readings after that seq,
//                                   then one "clock" event {now, clock_synchronized}
//   GET  /api/v1/led                {"on": bool}
//   PUT  /api/v1/led  {"on": true}  Authorization: Bearer <token>; 401 without or with a wrong
//                                   token, 429 after too many wrong tokens from one address
// Every error is a JSON body {"error": ..., "detail": ...}.
class AgentService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxStreamClients = 64;
    static constexpr int kMaxStreamClientsPerAddress = 8;
    static constexpr qint64 kMaxBodyBytes = 4 * 1024; // {"on": true} needs a dozen bytes
    static constexpr int kMaxConnections = 256; // under the unit's 64 MB and 1,024 descriptors
    static constexpr int kMaxConnectionsPerAddress = 32;
    static constexpr int kKeepAliveMs = 15'000;
    static constexpr int kMaxAuthFailures = 10; // per address and minute
    static constexpr int kWarnAfterFailures = 5; // consecutive sensor failures before a warning
    static constexpr int kFinalFlushMs = 1000; // the last write of waiting readings at stop()

    explicit AgentService(const AgentConfig &config, QObject *parent = nullptr);
    ~AgentService() override;

    // Opens the data directory, the token, the database, the sensor and the LED, then listens.
    // false + *error (also errorOccurred()) when the agent cannot serve.
    bool start(QString *error);
    void stop();

    // For a DHT backend given in code (tests); before start().
    void setBackend(std::unique_ptr<DhtBackend> backend);
    // The wall clock that stamps readings and the retention reads (tests make it jump).
    void setClock(const AgentClock &clock) { m_clock = clock; }
    static std::unique_ptr<DhtBackend> createBackend(const AgentConfig &config, QString *error);

    const AgentConfig &config() const { return m_config; }
    QUrl url() const;
    quint16 port() const;
    QByteArray token() const { return m_token; }
    bool tokenCreated() const { return m_tokenCreated; }
    bool ledOn() const;
    int streamClientCount() const { return int(m_streams.size()); }
    quint16 ledServerPort() const;

    HttpServer *server() const { return m_server; }
    DhtReader *reader() const { return m_reader.get(); }
    ReadingStore *store() const { return m_store; }
    AgentMqtt *mqtt() const { return m_mqtt; } // null without --mqtt-broker

    // The JSON documents the API serves (also for `netlab-agent read` and tests).
    QByteArray infoJson() const;
    QByteArray healthJson() const;

    // Sets the LED (what PUT /api/v1/led and the classic LED server do). false + *error.
    bool setLed(bool on, QString *error);

    // Deletes readings older than the retention (hourly, and at start). Readings this run
    // stored within the retention stay whatever the wall clock says.
    void applyRetention();

signals:
    void readingStored(const netlab::SensorReading &reading);
    void ledChanged(bool on);
    void errorOccurred(const QString &message);

private:
    void setupRoutes();
    void onReading(const netlab::SensorReading &reading);
    void onReadFailure(netlab::SensorFailure kind, const QString &message);
    void broadcast(const QByteArray &event, const QByteArray &data, const QByteArray &id = {});
    void startLedServer();
    bool startMqtt(QString *error);
    // The token, re-read when `netlab-agent token --rotate` replaced the file.
    QByteArray currentToken();

    void handleReadings(const HttpRequest &request, HttpResponder &responder);
    void handleStream(const HttpRequest &request, HttpResponder &responder);
    void handleLedPut(const HttpRequest &request, HttpResponder &responder);
    // The 401/429 answer for a request without the right token, or nullopt.
    std::optional<HttpResponse> tokenRefusal(const HttpRequest &request);

    AgentConfig m_config;
    AgentClock m_clock;
    qint64 m_runFirstSeq = 1; // the first reading this run stores
    QElapsedTimer m_sinceLastReading; // monotonic: the age of the last reading
    HttpServer *m_server = nullptr;
    ReadingStore *m_store = nullptr;
    std::unique_ptr<DhtBackend> m_pendingBackend;
    std::unique_ptr<DhtReader> m_reader;
    std::unique_ptr<GpioLine> m_led;
    QString m_ledProblem;
    LedServer *m_ledServer = nullptr;
    AgentMqtt *m_mqtt = nullptr; // with --mqtt-broker
    QByteArray m_token;
    quint64 m_tokenStamp = 0; // the token file's version: re-read when it changes
    bool m_tokenCreated = false;
    QList<QPointer<HttpResponder>> m_streams;
    QTimer m_keepAliveTimer;
    QTimer m_retentionTimer;
    QElapsedTimer m_uptime;
    QDateTime m_lastFailureTime;
    QString m_lastFailure;
    QString m_lastStoreError;
    struct AuthFailures
    {
        int count = 0;
        qint64 windowStartMs = 0;
    };
    QHash<QString, AuthFailures> m_authFailures;
    quint64 m_authRefused = 0;
};

} // namespace netlab
