#pragma once

#include "agentconfig.h"

#include <netlab/mqttclient.h>

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace netlab {

class ReadingStore;

// The agent's MQTT side (--mqtt-broker), over netlab::MqttClient:
//   netlab/<id>/dht      every reading, JSON {"seq", "t", "temperature_c", "humidity_pct"},
//                        QoS 1, retained (the broker keeps the newest for late subscribers)
//   netlab/<id>/status   "online" (retained) once connected; "offline" (retained) at stop, and
//                        as the last will when the agent vanishes without a word
//   netlab/<id>/led      {"on": bool}, retained, at connect and at every change
//   netlab/<id>/led/set  subscribed: {"on": true, "token": "<the agent's token>"} switches the
//                        LED; anything else is answered on netlab/<id>/led/error
//
// Store and forward: readings are published from the ReadingStore in order of seq, at most
// kWindow unacknowledged at once, and only while connected, so nothing piles up in memory:
// while the broker is away they wait in SQLite (bounded by the retention) and go out, oldest
// first, when it is back, also after the agent restarts. The position (every seq up to it
// acknowledged by the broker) is kept in <data-dir>/mqtt-position. A reading whose PUBACK was
// lost with the connection is sent again (QoS 1: at least once); subscribers de-duplicate by
// seq, as the workbench's classroom does.
class AgentMqtt : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWindow = 32; // QoS 1 readings in flight at once
    static constexpr int kSaveDelayMs = 1000; // position writes, coalesced
    static constexpr int kMaxLedPayload = 1024;
    static constexpr int kMaxWrongTokensPerMinute = 10;

    using LedSwitch = std::function<bool(bool on, QString *problem)>;
    using TokenSource = std::function<QByteArray()>; // the agent's current token

    AgentMqtt(const AgentConfig &config, ReadingStore *store, LedSwitch ledSwitch,
        TokenSource token, QObject *parent = nullptr);
    ~AgentMqtt() override;

    // Loads the position (none yet: from the newest stored reading on) and starts connecting;
    // the client retries by itself. false + *error when the settings cannot work.
    bool start(QString *error);
    // "offline" (retained), then DISCONNECT; the position is saved.
    void stop();

    // A reading was stored: publish what is due.
    void readingStored();
    // The LED's state: published now when connected, and at every connect.
    void ledChanged(bool on);

    QString topicPrefix() const { return m_prefix; } // "netlab/<id>"
    QString brokerText() const; // "host:port"
    QString stateText() const { return m_client.stateText(); }
    bool isConnected() const { return m_client.state() == MqttClient::State::Connected; }
    qint64 position() const { return m_position; } // every seq up to it acknowledged
    int inFlight() const { return int(m_inFlight.size()); }
    QString lastError() const { return m_lastError; }
    QString positionPath() const;

signals:
    void errorOccurred(const QString &message);

private:
    void onStateChanged(MqttClient::State state);
    void onPublished(int messageId);
    void onMessages(const QList<MqttMessage> &messages);
    void handleLedCommand(const QByteArray &payload);
    void refuseLed(const QString &error, const QString &detail);
    void pump();
    void advancePosition();
    bool savePosition();

    AgentConfig m_config;
    ReadingStore *m_store;
    LedSwitch m_ledSwitch;
    TokenSource m_token;
    MqttClient m_client;
    QString m_prefix;
    bool m_started = false;
    qint64 m_position = 0; // acknowledged up to here
    qint64 m_nextSeq = 1; // the next reading to hand to the client
    QHash<int, qint64> m_inFlight; // message id -> seq
    qint64 m_savedPosition = -1;
    QTimer m_saveTimer;
    QString m_lastError;
    bool m_ledOn = false;
    int m_wrongTokens = 0;
    qint64 m_wrongTokenWindowMs = 0;
};

} // namespace netlab
