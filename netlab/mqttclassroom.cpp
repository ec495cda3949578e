#include "mqttclassroom.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace netlab {

MqttClassroom::MqttClassroom(QObject *parent)
    : QObject(parent)
{ }

QStringList MqttClassroom::filters()
{
    return {QStringLiteral("netlab/+/dht"), QStringLiteral("netlab/+/status")};
}

void MqttClassroom::clear()
{
    m_agents.clear();
    m_seqs.clear();
    m_order.clear();
    emit agentsChanged({});
}

const MqttClassroom::Agent *MqttClassroom::agent(const QString &id) const
{
    const auto it = m_agents.constFind(id);
    return it == m_agents.cend() ? nullptr : &it.value();
}

QList<qint64> MqttClassroom::seenSeqs(const QString &id) const
{
    const Seqs seqs = m_seqs.value(id);
    QList<qint64> list(seqs.order.cbegin(), seqs.order.cend());
    std::sort(list.begin(), list.end());
    return list;
}

MqttClassroom::Agent &MqttClassroom::agentFor(const QString &id, QStringList *added)
{
    auto it = m_agents.find(id);
    if (it == m_agents.end()) {
        it = m_agents.insert(id, Agent {});
        it->id = id;
        m_order.append(id);
        added->append(id);
    }
    return it.value();
}

void MqttClassroom::ingest(const QList<MqttMessage> &messages)
{
    QStringList added;
    QStringList changed;
    QHash<QString, QList<AgentClient::Reading>> fresh;
    for (const MqttMessage &message : messages) {
        const QStringList levels = message.topic.split(QLatin1Char('/'));
        if (levels.size() != 3 || levels.at(0) != u"netlab" || levels.at(1).isEmpty())
            continue;
        const QString &id = levels.at(1);
        const QString &kind = levels.at(2);
        if (kind != u"dht" && kind != u"status")
            continue;
        Agent &agent = agentFor(id, &added);
        if (!changed.contains(id))
            changed.append(id);
        agent.lastHeardMs = message.receivedMs;
        if (kind == u"status") {
            const QByteArray text = message.payload.trimmed();
            agent.statusKnown = text == "online" || text == "offline";
            agent.online = text == "online";
            if (!agent.statusKnown)
                ++agent.malformed;
            continue;
        }
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(message.payload, &error).object();
        const QJsonValue seqValue = object.value(QStringLiteral("seq"));
        const QJsonValue t = object.value(QStringLiteral("t"));
        const QJsonValue temperature = object.value(QStringLiteral("temperature_c"));
        const QJsonValue humidity = object.value(QStringLiteral("humidity_pct"));
        if (error.error != QJsonParseError::NoError || !seqValue.isDouble() || !t.isDouble()
            || !temperature.isDouble() || !humidity.isDouble()) {
            ++agent.malformed;
            continue;
        }
        const qint64 seq = qint64(seqValue.toDouble());
        Seqs &seqs = m_seqs[id];
        const bool tooOld = int(seqs.order.size()) >= kSeqWindow && !seqs.order.empty()
            && seq < *std::min_element(seqs.order.cbegin(), seqs.order.cend());
        if (tooOld || seqs.seen.contains(seq)) {
            ++agent.duplicates;
            continue;
        }
        seqs.seen.insert(seq);
        seqs.order.push_back(seq);
        if (int(seqs.order.size()) > kSeqWindow) {
            seqs.seen.remove(seqs.order.front());
            seqs.order.pop_front();
        }
        // A reading from an agent means it is up, even before its status arrives.
        if (!agent.statusKnown)
            agent.online = true;
        const AgentClient::Reading reading {
            qint64(t.toDouble()), temperature.toDouble(), humidity.toDouble()};
        agent.lastSeq = qMax(agent.lastSeq, seq);
        ++agent.readings;
        agent.recent.append(reading);
        if (agent.recent.size() > kRecentReadings)
            agent.recent.remove(0, agent.recent.size() - kRecentReadings);
        fresh[id].append(reading);
    }
    for (const QString &id : std::as_const(added))
        emit agentAdded(id);
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
        emit readingsAdded(it.key(), it.value());
    if (!changed.isEmpty())
        emit agentsChanged(changed);
}

} // namespace netlab
