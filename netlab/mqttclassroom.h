#pragma once

// The agents a broker knows of, from their MQTT topics (DESIGN.md, "MQTT"):
//   netlab/<agent-id>/dht     {"seq":N,"t":<unix ms>,"temperature_c":23.0,"humidity_pct":41.0}
//                             QoS 1, retained (the last reading)
//   netlab/<agent-id>/status  online | offline   (retained; "offline" is the last will)
// Fed by MqttClient::messagesReceived with the subscriptions filters() names. Readings are
// de-duplicated by seq per agent (QoS 1 delivers at least once; a reconnect may repeat
// some); each agent keeps its recent readings (bounded) for a sparkline, and every new
// reading is also handed on (readingsAdded) so a full chart can keep its own history.
// A payload that is not such a reading is counted as malformed, never shown as a value.

#include <netlab/agentclient.h>
#include <netlab/mqttclient.h>

#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>

namespace netlab {

class MqttClassroom : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecentReadings = 120; // per agent: one minute at 2 readings/s
    static constexpr int kSeqWindow = 4096; // seqs remembered per agent for de-duplication

    struct Agent
    {
        QString id;
        bool online = false;
        bool statusKnown = false;
        qint64 lastSeq = -1;
        qint64 lastHeardMs = 0; // local clock
        quint64 readings = 0; // distinct readings
        quint64 duplicates = 0;
        quint64 malformed = 0;
        QList<AgentClient::Reading> recent; // oldest first, at most kRecentReadings
    };

    explicit MqttClassroom(QObject *parent = nullptr);

    static QStringList filters(); // netlab/+/dht, netlab/+/status
    void ingest(const QList<netlab::MqttMessage> &messages);
    void clear();

    QStringList agentIds() const { return m_order; } // in the order first heard
    const Agent *agent(const QString &id) const;
    int agentCount() const { return int(m_order.size()); }
    // Every distinct seq held (within the window) for an agent: for tests and checks.
    QList<qint64> seenSeqs(const QString &id) const;

signals:
    void agentAdded(const QString &id);
    // Once per ingest batch for every agent with news.
    void agentsChanged(const QStringList &ids);
    // The new readings (seq order not guaranteed across reconnects; time order within one).
    void readingsAdded(const QString &id, const QList<netlab::AgentClient::Reading> &readings);

private:
    struct Seqs
    {
        QSet<qint64> seen;
        std::deque<qint64> order;
    };
    Agent &agentFor(const QString &id, QStringList *added);

    QHash<QString, Agent> m_agents;
    QHash<QString, Seqs> m_seqs;
    QStringList m_order;
};

} // namespace netlab
