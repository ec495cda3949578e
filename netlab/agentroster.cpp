#include <netlab/agentroster.h>

#include <netlab/agentclient.h>
#include <netlab/sensorhistory.h>

#include <QJsonObject>

namespace netlab {

namespace {

bool sameAgent(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(80) == b.port(80);
}

} // namespace

AgentRoster::AgentRoster(QObject *parent)
    : QObject(parent)
{ }

AgentRoster::~AgentRoster() = default; // clients and histories are children

AgentClient *AgentRoster::client(int index) const
{
    return index >= 0 && index < count() ? m_agents[index].client : nullptr;
}

SensorHistory *AgentRoster::history(int index) const
{
    return index >= 0 && index < count() ? m_agents[index].history : nullptr;
}

bool AgentRoster::isEmbedded(int index) const
{
    return index >= 0 && index < count() && m_agents[index].embedded;
}

int AgentRoster::indexOf(const AgentClient *client) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_agents[i].client == client)
            return i;
    }
    return -1;
}

int AgentRoster::indexOf(const QUrl &url) const
{
    for (int i = 0; i < count(); ++i) {
        if (sameAgent(m_agents[i].client->baseUrl(), url))
            return i;
    }
    return -1;
}

int AgentRoster::add(const QUrl &url, const QByteArray &token, bool embedded)
{
    const int existing = indexOf(url);
    if (existing >= 0) {
        if (!token.isEmpty())
            m_agents[existing].client->setToken(token);
        m_agents[existing].embedded = m_agents[existing].embedded || embedded;
        return existing;
    }
    if (count() >= kMaxAgents)
        return -1;
    Agent agent;
    agent.client = new AgentClient(this);
    agent.history = new SensorHistory(this);
    agent.embedded = embedded;
    agent.client->setBaseUrl(url);
    agent.client->setToken(token);
    SensorHistory *history = agent.history;
    connect(agent.client, &AgentClient::readingsReceived, history, &SensorHistory::append);
    connect(agent.client, &AgentClient::sensorFailed, history, &SensorHistory::recordFailure);
    connect(agent.client, &AgentClient::infoReceived, history, [history](const QJsonObject &info) {
        history->setExpectedIntervalMs(info.value(QLatin1String("sensor"))
                                           .toObject()
                                           .value(QLatin1String("interval_ms"))
                                           .toInteger());
    });
    m_agents.append(agent);
    emit agentAdded(count() - 1);
    return count() - 1;
}

void AgentRoster::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    emit agentRemoving(index);
    const Agent agent = m_agents.takeAt(index);
    agent.client->disconnectFromAgent();
    delete agent.client;
    delete agent.history;
}

QList<QUrl> AgentRoster::rememberedUrls() const
{
    QList<QUrl> urls;
    for (const Agent &agent : m_agents) {
        if (!agent.embedded)
            urls.append(agent.client->baseUrl());
    }
    return urls;
}

} // namespace netlab
