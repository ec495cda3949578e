#include "agentmqtt.h"

#include "agentrequest.h"
#include "agenttoken.h"
#include "readingstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAgentMqtt, "netlab.agent.mqtt")

namespace netlab {

AgentMqtt::AgentMqtt(const AgentConfig &config, ReadingStore *store, LedSwitch ledSwitch,
    TokenSource token, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_ledSwitch(std::move(ledSwitch))
    , m_token(std::move(token))
    , m_prefix(QStringLiteral("netlab/") + config.mqttId)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AgentMqtt::savePosition);
    connect(&m_client, &MqttClient::stateChanged, this, &AgentMqtt::onStateChanged);
    connect(&m_client, &MqttClient::published, this, &AgentMqtt::onPublished);
    connect(&m_client, &MqttClient::messagesReceived, this, &AgentMqtt::onMessages);
    connect(&m_client, &MqttClient::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        qCWarning(lcAgentMqtt).noquote() << tr("MQTT %1: %2").arg(brokerText(), message);
        emit errorOccurred(message);
    });
}

AgentMqtt::~AgentMqtt()
{
    stop();
}

QString AgentMqtt::brokerText() const
{
    const bool v6 = m_config.mqttHost.contains(u':');
    return (v6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
        .arg(m_config.mqttHost)
        .arg(m_config.mqttPort);
}

QString AgentMqtt::positionPath() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("mqtt-position"));
}

bool AgentMqtt::start(QString *error)
{
    MqttConnectOptions options;
    options.host = m_config.mqttHost;
    options.port = m_config.mqttPort;
    // Clean session: what the agent must not lose waits in SQLite, not at the broker.
    options.clientId = QStringLiteral("netlab-agent-") + m_config.mqttId;
    options.cleanSession = true;
    options.keepAliveSeconds = 30;
    options.username = m_config.mqttUsername;
    options.password = m_config.mqttPassword;
    options.tls = m_config.mqttTls;
    options.caFile = m_config.mqttCaFile;
    options.willTopic = m_prefix + QStringLiteral("/status");
    options.willPayload = "offline";
    options.willQos = 1;
    options.willRetain = true;
    m_client.setOptions(options);
    m_client.subscribe({m_prefix + QStringLiteral("/led/set")}, 1);

    QFile file(positionPath());
    bool known = false;
    if (file.open(QIODevice::ReadOnly)) {
        const qint64 saved = file.read(32).trimmed().toLongLong(&known);
        known = known && saved >= 0;
        if (known)
            m_position = saved;
    }
    const qint64 last = m_store->lastSeq();
    if (!known || m_position > last) {
        // First run with MQTT (or a database started afresh): from the newest reading on, so
        // the broker gets the current value at once rather than the whole history.
        m_position = qMax<qint64>(0, last - 1);
        if (!savePosition()) {
            *error = m_lastError;
            return false;
        }
    }
    m_savedPosition = m_position;
    m_nextSeq = m_position + 1;
    if (!m_client.connectToBroker()) {
        *error = m_lastError.isEmpty() ? tr("MQTT: the settings cannot work") : m_lastError;
        return false;
    }
    m_started = true;
    qCInfo(lcAgentMqtt).noquote() << tr("MQTT: publishing to %1 as %2/dht, from reading %3 on")
                                         .arg(brokerText(), m_prefix)
                                         .arg(m_nextSeq);
    return true;
}

void AgentMqtt::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (isConnected())
        m_client.publish(m_prefix + QStringLiteral("/status"), "offline", 1, true);
    m_client.disconnectFromBroker();
    m_saveTimer.stop();
    advancePosition();
    savePosition();
}

void AgentMqtt::readingStored()
{
    pump();
}

void AgentMqtt::ledChanged(bool on)
{
    m_ledOn = on;
    if (!isConnected())
        return; // sent at the next connect
    m_client.publish(m_prefix + QStringLiteral("/led"),
        QJsonDocument(QJsonObject {{QLatin1String("on"), on}}).toJson(QJsonDocument::Compact), 1,
        true);
}

void AgentMqtt::onStateChanged(MqttClient::State state)
{
    if (state != MqttClient::State::Connected)
        return;
    m_lastError.clear();
    qCInfo(lcAgentMqtt).noquote() << tr("MQTT: connected to %1").arg(brokerText());
    m_client.publish(m_prefix + QStringLiteral("/status"), "online", 1, true);
    ledChanged(m_ledOn);
    pump();
}

void AgentMqtt::pump()
{
    if (!m_started || !isConnected() || !m_store->isOpen())
        return;
    const int room = kWindow - int(m_inFlight.size());
    if (room <= 0)
        return;
    bool more = false;
    const QList<StoredReading> due = m_store->readingsAfterSeq(m_nextSeq - 1, room, &more);
    const QString topic = m_prefix + QStringLiteral("/dht");
    for (const StoredReading &reading : due) {
        const int id
            = m_client.publish(topic, AgentRequest::readingBytes(reading, reading.seq), 1, true);
        if (id <= 0)
            break; // said by errorOccurred; tried again at the next reading or connect
        m_inFlight.insert(id, reading.seq);
        m_nextSeq = reading.seq + 1;
    }
    // Readings the retention deleted before they could be sent are skipped.
    if (due.isEmpty() && m_inFlight.isEmpty() && m_store->lastSeq() >= m_nextSeq)
        m_nextSeq = m_store->lastSeq() + 1;
    advancePosition();
}

void AgentMqtt::onPublished(int messageId)
{
    if (m_inFlight.remove(messageId) == 0)
        return; // status, LED
    advancePosition();
    pump();
}

void AgentMqtt::advancePosition()
{
    qint64 position = m_nextSeq - 1;
    if (!m_inFlight.isEmpty())
        position = *std::min_element(m_inFlight.cbegin(), m_inFlight.cend()) - 1;
    if (position <= m_position)
        return;
    m_position = position;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

bool AgentMqtt::savePosition()
{
    if (m_position == m_savedPosition)
        return true;
    QSaveFile file(positionPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(m_position) + '\n') < 0
        || !file.commit()) {
        m_lastError = tr("cannot write %1: %2").arg(positionPath(), file.errorString());
        qCWarning(lcAgentMqtt).noquote() << m_lastError;
        return false;
    }
    m_savedPosition = m_position;
    return true;
}

void AgentMqtt::onMessages(const QList<MqttMessage> &messages)
{
    const QString ledSet = m_prefix + QStringLiteral("/led/set");
    for (const MqttMessage &message : messages) {
        if (message.topic == ledSet && !message.retained)
            handleLedCommand(message.payload);
    }
}

void AgentMqtt::handleLedCommand(const QByteArray &payload)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_wrongTokenWindowMs > 60'000) {
        m_wrongTokens = 0;
        m_wrongTokenWindowMs = now;
    }
    if (m_wrongTokens >= kMaxWrongTokensPerMinute)
        return; // said once, when the limit was reached; a flood costs nothing more
    if (payload.size() > kMaxLedPayload) {
        refuseLed(tr("bad command"), tr("longer than %1 bytes").arg(kMaxLedPayload));
        return;
    }
    QString problem;
    const std::optional<bool> on = AgentRequest::parseLedBody(payload, &problem);
    if (!on) {
        refuseLed(
            tr("bad command"), tr("%1; send {\"on\": true, \"token\": \"<token>\"}").arg(problem));
        return;
    }
    const QByteArray token = QJsonDocument::fromJson(payload)
                                 .object()
                                 .value(QLatin1String("token"))
                                 .toString()
                                 .toUtf8();
    if (token.isEmpty() || !AgentToken::equals(token, m_token())) {
        ++m_wrongTokens;
        const QString detail = m_wrongTokens >= kMaxWrongTokensPerMinute
            ? tr("%1 wrong tokens within a minute: LED commands are ignored for the rest of it")
                  .arg(kMaxWrongTokensPerMinute)
            : tr("on the agent's machine, `sudo netlab-agent token` shows it");
        refuseLed(token.isEmpty() ? tr("token required") : tr("wrong token"), detail);
        return;
    }
    if (!m_ledSwitch(*on, &problem))
        refuseLed(tr("the LED cannot be switched"), problem);
}

void AgentMqtt::refuseLed(const QString &error, const QString &detail)
{
    qCWarning(lcAgentMqtt).noquote() << tr("MQTT LED command refused: %1 (%2)").arg(error, detail);
    if (isConnected())
        m_client.publish(m_prefix + QStringLiteral("/led/error"),
            AgentRequest::errorBytes(error, detail), 0, false);
}

} // namespace netlab
