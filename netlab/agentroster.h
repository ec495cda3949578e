#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

namespace netlab {

class AgentClient;
class SensorHistory;

// The agents the Sensors lab follows: for each, an AgentClient and the SensorHistory it fills
// (readings, reported failures, the gap threshold from the agent's reading interval). Owned by
// the workbench's core so connections and readings outlive a rebuilt tab. One of them may be
// the embedded simulated agent, which is not remembered across launches (its port changes).
class AgentRoster : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxAgents = 8;

    explicit AgentRoster(QObject *parent = nullptr);
    ~AgentRoster() override;

    int count() const { return int(m_agents.size()); }
    AgentClient *client(int index) const;
    SensorHistory *history(int index) const;
    bool isEmbedded(int index) const;
    int indexOf(const AgentClient *client) const;
    // The agent at that scheme/host/port (path and trailing slash ignored), or -1.
    int indexOf(const QUrl &url) const;

    // A new agent, not connected yet; or the one already at that address (its token updated).
    // -1 when kMaxAgents are followed already.
    int add(const QUrl &url, const QByteArray &token = {}, bool embedded = false);
    // Disconnects and forgets the agent and its readings (agentRemoving() first).
    void remove(int index);
    // The addresses to remember: every agent but the embedded one.
    QList<QUrl> rememberedUrls() const;

signals:
    void agentAdded(int index);
    // Still valid during the signal; gone after it.
    void agentRemoving(int index);

private:
    struct Agent
    {
        AgentClient *client = nullptr;
        SensorHistory *history = nullptr;
        bool embedded = false;
    };
    QList<Agent> m_agents;
};

} // namespace netlab
