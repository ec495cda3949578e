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
// (paged, so a reconnect fills the gap), then follows /api/v1/readings/stream. When the agent
// goes away it reconnects by itself with a growing delay (1 s, 2 s, 4 s … 30 s). The LED is
// switched with the token. What a user must see is a signal: state, readings, sensor failures
// from the stream, refusals, errors.
class AgentClient : public QObject
{
    Q_OBJECT
public:
    struct Reading
    {
        qint64 t = 0; // Unix ms
        double temperatureC = 0;
        double humidityPct = 0;
    };
    enum class State { Disconnected, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    static constexpr int kHistoryPage = 10000; // the agent's maximum limit
    static constexpr int kMaxHistoryPages = 40; // 400,000 readings: 7 days at 2 s and more
    static constexpr int kMaxBackoffMs = 30'000;

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
    qint64 lastTimestamp() const { return m_lastT; }
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
    // A readings page's valid readings with t > afterT; *bad counts the others.
    static QList<Reading> readPage(const QJsonObject &page, qint64 afterT, int *bad);
    QPointer<QNetworkReply> m_query;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_token;
    qint64 m_historySpanMs = 7LL * 24 * 3600 * 1000;
    State m_state = State::Disconnected;
    QJsonObject m_info;
    qint64 m_lastT = -1;
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
