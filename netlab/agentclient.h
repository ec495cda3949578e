#pragma once

#include <netlab/sseparser.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace netlab {

// A client of one netlab-agent (DESIGN.md, Agent API), all on the event loop: on connect it
// reads /api/v1/info, fetches the stored history after the newest reading it already has
// (paged by sequence number, so a reconnect fills the gap), then follows
// /api/v1/readings/stream from there (Last-Event-ID: the last seq). When the agent
// goes away it reconnects by itself with a growing delay (1 s, 2 s, 4 s … 30 s). The LED is
// switched with the token. What a user must see is a signal: state, readings, sensor failures
// from the stream, refusals, errors.
//
// Time: a Pi without a real-time clock may be hours off, and its clock may jump. The client
// estimates the agent's clock offset (the agent's "now" in /api/v1/info minus the local time
// at the middle of that request's round trip) and gives each reading t = the agent's t minus
// the offset, i.e. on the local clock, so charts and gaps are judged on the agent's time and
// never by comparing the desktop's clock with the Pi's. On the stream, after the agent's
// "clock" event (sent once the missed readings are replayed), a live reading whose t is more
// than kClockJumpMs off the estimate means the agent's clock jumped: the estimate follows it.
class AgentClient : public QObject
{
    Q_OBJECT
public:
    struct Reading
    {
        qint64 t = 0; // Unix ms on the local clock (the agent's t minus the clock offset)
        double temperatureC = 0;
        double humidityPct = 0;
        qint64 seq = -1; // the agent's sequence number; -1 from an agent of the first API
        qint64 agentT = 0; // Unix ms on the agent's clock, as it sent it
    };
    enum class State { Disconnected, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    static constexpr int kHistoryPage = 10000; // the agent's maximum limit
    static constexpr int kMaxHistoryPages = 40; // 400,000 readings: 7 days at 2 s and more
    static constexpr int kMaxBackoffMs = 30'000;
    static constexpr qint64 kClockJumpMs = 5000;

    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    // "http://raspberrypi.local:8750/"
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // How far back the first history fetch goes (default 7 days).
    void setHistorySpanMs(qint64 span) { m_historySpanMs = span; }

    void connectToAgent();
    void disconnectFromAgent();
    State state() const { return m_state; }
    QJsonObject info() const { return m_info; }
    qint64 lastTimestamp() const { return m_lastT; } // the agent's t of the newest reading
    qint64 lastSeq() const { return m_lastSeq; } // -1: none, or an agent of the first API
    // The agent's clock minus the local one (ms), and whether the agent said its clock is
    // synchronised (NTP); both from its info, the offset also follows jumps seen live.
    qint64 clockOffsetMs() const { return m_offsetMs; }
    bool agentClockSynchronized() const { return m_agentClockSynchronized; }
    int badEventCount() const { return m_badEvents; }
    int reconnectDelayMs() const { return m_backoffMs; }

    // PUT /api/v1/led; ledChanged() or ledRequestFailed() (401 asks for a token).
    void setLed(bool on);

    // One-shot queries for a headless client (`netlab agent`), beside the connection: no state
    // change, no reconnect. queryInfo() ends in infoReceived() or queryFailed(); queryReadings()
    // (stored readings with t > sinceMs, oldest first, at most limit) in
    // readingsPageReceived() or queryFailed().
    void queryInfo();
    void queryReadings(qint64 sinceMs, int limit);

signals:
    void stateChanged(netlab::AgentClient::State state);
    void infoReceived(const QJsonObject &info);
    // History pages (oldest first) and live readings, always in time order.
    void readingsReceived(const QList<netlab::AgentClient::Reading> &readings);
    void historyLoaded(int count);
    void sensorFailed(const QString &kind, const QString &message);
    void ledChanged(bool on);
    void ledRequestFailed(int statusCode, const QString &message);
    void errorOccurred(const QString &message);
    void readingsPageReceived(const QList<netlab::AgentClient::Reading> &readings, bool more);
    void queryFailed(const QString &message);

private:
    void setState(State state);
    QNetworkReply *get(const QString &path, const QString &query = {});
    void fetchInfo();
    void fetchHistory();
    void openStream();
    void streamData();
    void lost(const QString &reason);
    void scheduleReconnect();
    void abortReplies();
    QString describe(QNetworkReply *reply) const;
    // The reply's info object if it comes from a netlab agent; otherwise *error says why.
    std::optional<QJsonObject> readInfo(QNetworkReply *reply, QString *error) const;
    // A readings page's valid readings after the cursor (seq > afterSeq, or t > afterT from an
    // agent without seq), t shifted by offsetMs; *bad counts the others.
    static QList<Reading> readPage(
        const QJsonObject &page, qint64 afterSeq, qint64 afterT, qint64 offsetMs, int *bad);
    bool isNew(const Reading &reading) const;
    void advance(const Reading &reading);
    QPointer<QNetworkReply> m_query;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_token;
    qint64 m_historySpanMs = 7LL * 24 * 3600 * 1000;
    State m_state = State::Disconnected;
    QJsonObject m_info;
    qint64 m_lastT = -1;
    qint64 m_lastSeq = -1;
    qint64 m_offsetMs = 0;
    bool m_agentClockSynchronized = false;
    bool m_streamLive = false; // the stream's replay is over: readings are fresh
    bool m_pagingByTime = false; // the first history fetch pages by t
    int m_historyPages = 0;
    int m_historyCount = 0;
    QPointer<QNetworkReply> m_request;
    QPointer<QNetworkReply> m_stream;
    SseParser m_parser;
    QTimer m_reconnectTimer;
    QTimer m_silenceTimer; // no byte for this long: the agent is gone
    int m_backoffMs = 1000;
    int m_badEvents = 0;
};

} // namespace netlab

Q_DECLARE_METATYPE(netlab::AgentClient::Reading)
