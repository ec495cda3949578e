#include "mqttclient.h"

#include "mqttlibrary.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace netlab {

namespace {

// A failed socket call in plain words.
QString socketErrorText(int error, const QString &where)
{
    switch (error) {
    case ECONNREFUSED:
        return MqttClient::tr("connection refused by %1: no MQTT broker listens there").arg(where);
    case ETIMEDOUT:
        return MqttClient::tr("%1 did not answer (timed out)").arg(where);
    case EHOSTUNREACH:
    case ENETUNREACH:
        return MqttClient::tr("%1 cannot be reached (no route to the host)").arg(where);
    case ECONNRESET:
    case EPIPE:
        return MqttClient::tr("%1 closed the connection").arg(where);
    case 0:
        return MqttClient::tr("the connection to %1 was lost").arg(where);
    default:
        return MqttClient::tr("%1: %2").arg(where, QString::fromLocal8Bit(std::strerror(error)));
    }
}

} // namespace

// libmosquitto's C callbacks: they only record what happened; flushEvents() emits it once
// the library call has returned.
struct MqttClient::Callbacks
{
    static void onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
    {
        static_cast<MqttClient *>(self)->m_connack = rc;
    }
    static void onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
    {
        const int error = errno;
        auto *client = static_cast<MqttClient *>(self);
        client->m_lostConnection = true;
        client->m_disconnectRc = rc;
        client->m_disconnectErrno = error;
    }
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message)
    {
        static_cast<MqttClient *>(self)->m_inbox.append(
            MqttMessage {QString::fromUtf8(message->topic),
                QByteArray(static_cast<const char *>(message->payload), message->payloadlen),
                message->qos, message->retain, QDateTime::currentMSecsSinceEpoch()});
    }
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted)
    {
        auto *client = static_cast<MqttClient *>(self);
        QList<int> qos;
        for (int i = 0; i < count; ++i)
            qos.append(granted[i]);
        client->m_subacks.append({client->m_pendingSubscribes.take(mid), qos});
    }
    static void onPublish(mosquitto *, void *self, int mid)
    {
        static_cast<MqttClient *>(self)->m_acked.append(mid);
    }
    // The library's log is the only place that says why a TLS handshake failed
    // ("OpenSSL Error[0]: error:0A000086:SSL routines::certificate verify failed").
    static void onLog(mosquitto *, void *self, int level, const char *text)
    {
        if (level == MOSQ_LOG_ERR && text && std::strncmp(text, "OpenSSL Error", 13) == 0) {
            const QString line = QString::fromUtf8(text);
            static_cast<MqttClient *>(self)->m_tlsError
                = line.mid(line.lastIndexOf(u':') + 1).trimmed();
        }
    }
};

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , m_miscTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
{
    qRegisterMetaType<netlab::MqttMessage>();
    qRegisterMetaType<QList<netlab::MqttMessage>>();
    m_miscTimer->setInterval(1000);
    connect(m_miscTimer, &QTimer::timeout, this, &MqttClient::onMisc);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &MqttClient::startAttempt);
    m_connectTimer->setSingleShot(true);
    m_connectTimer->setInterval(kConnectTimeoutMs);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        m_pendingError = tr("%1 did not complete the MQTT connection within %2 s")
                             .arg(m_connectedTo)
                             .arg(kConnectTimeoutMs / 1000);
        abortSocket();
    });
}

MqttClient::~MqttClient()
{
    m_wanted = false;
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    dropNotifiers();
    if (m_mosq) {
        if (m_state == State::Connected)
            mosquitto_disconnect(m_mosq);
        mosquitto_destroy(m_mosq);
    }
}

void MqttClient::setOptions(const MqttConnectOptions &options)
{
    m_options = options;
}

QString MqttClient::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("disconnected");
    case State::Resolving:
        return tr("looking up the broker's address");
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::WaitingToReconnect:
        return tr("waiting to reconnect");
    }
    return {};
}

QString MqttClient::stateText() const
{
    const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    switch (m_state) {
    case State::Connected:
        return tr("connected to %1 (MQTT %2)")
            .arg(where,
                m_options.protocol == MqttConnectOptions::Protocol::V5 ? QStringLiteral("5")
                                                                       : QStringLiteral("3.1.1"));
    case State::WaitingToReconnect:
        return tr("reconnecting to %1 in %2 s")
            .arg(where)
            .arg((m_retryTimer->remainingTime() + 999) / 1000);
    case State::Resolving:
    case State::Connecting:
        return tr("connecting to %1").arg(where);
    case State::Disconnected:
        break;
    }
    return tr("disconnected");
}

QString MqttClient::connackText(int code)
{
    switch (code) {
    case 0:
        return tr("accepted");
    case 1:
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return tr("the broker does not speak this MQTT version");
    case 2:
    case MQTT_RC_CLIENTID_NOT_VALID:
        return tr("the broker rejected the client id");
    case 3:
    case MQTT_RC_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_BUSY:
        return tr("the broker is unavailable");
    case 4:
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return tr("bad user name or password");
    case 5:
    case MQTT_RC_NOT_AUTHORIZED:
        return tr("not authorised");
    case MQTT_RC_BANNED:
        return tr("this client is banned");
    default:
        return tr("refused (%1)").arg(QString::fromUtf8(mosquitto_reason_string(code)));
    }
}

bool MqttClient::topicMatches(const QString &filter, const QString &topic)
{
    bool result = false;
    return mosquitto_topic_matches_sub(
               filter.toUtf8().constData(), topic.toUtf8().constData(), &result)
        == MOSQ_ERR_SUCCESS
        && result;
}

bool MqttClient::isValidFilter(const QString &filter)
{
    return !filter.isEmpty() && mosquitto_sub_topic_check(filter.toUtf8().constData()) == 0;
}

bool MqttClient::isValidTopic(const QString &topic)
{
    return !topic.isEmpty() && mosquitto_pub_topic_check(topic.toUtf8().constData()) == 0;
}

void MqttClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool MqttClient::createHandle()
{
    if (m_mosq) {
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
    }
    const QByteArray id = m_options.clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), m_options.cleanSession, this);
    if (!m_mosq) {
        emit errorOccurred(tr("cannot create the MQTT client: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    const bool v5 = m_options.protocol == MqttConnectOptions::Protocol::V5;
    mosquitto_int_option(
        m_mosq, MOSQ_OPT_PROTOCOL_VERSION, v5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_connect_v5_callback_set(m_mosq, &Callbacks::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &Callbacks::onDisconnect);
    mosquitto_message_callback_set(m_mosq, &Callbacks::onMessage);
    mosquitto_subscribe_callback_set(m_mosq, &Callbacks::onSubscribe);
    mosquitto_publish_callback_set(m_mosq, &Callbacks::onPublish);
    mosquitto_log_callback_set(m_mosq, &Callbacks::onLog);
    int rc = MOSQ_ERR_SUCCESS;
    if (!m_options.username.isEmpty())
        rc = mosquitto_username_pw_set(m_mosq, m_options.username.toUtf8().constData(),
            m_options.password.isEmpty() ? nullptr : m_options.password.toUtf8().constData());
    if (rc == MOSQ_ERR_SUCCESS && !m_options.willTopic.isEmpty())
        rc = mosquitto_will_set(m_mosq, m_options.willTopic.toUtf8().constData(),
            int(m_options.willPayload.size()), m_options.willPayload.constData(), m_options.willQos,
            m_options.willRetain);
    if (rc != MOSQ_ERR_SUCCESS) {
        emit errorOccurred(
            tr("unusable connect options: %1").arg(QString::fromUtf8(mosquitto_strerror(rc))));
        return false;
    }
    if (m_options.tls) {
        const QByteArray ca = m_options.caFile.toLocal8Bit();
        if (ca.isEmpty())
            rc = mosquitto_int_option(m_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        else
            rc = mosquitto_tls_set(m_mosq, ca.constData(), nullptr, nullptr, nullptr, nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            emit errorOccurred(
                tr("TLS: cannot use the CA file '%1': %2")
                    .arg(m_options.caFile, QString::fromUtf8(mosquitto_strerror(rc))));
            return false;
        }
    }
    return true;
}

bool MqttClient::connectToBroker()
{
    if (!MqttLibrary::isInitialised()) {
        emit errorOccurred(tr("libmosquitto is not set up (no MqttLibrary in main)"));
        return false;
    }
    const MqttConnectOptions &o = m_options;
    QString problem;
    if (o.host.trimmed().isEmpty())
        problem = tr("give the broker's host name or address");
    else if (o.port == 0)
        problem = tr("port 0 is not a broker's port");
    else if (!o.cleanSession && o.clientId.isEmpty())
        problem = tr("a persistent session (clean session off) needs a client id");
    else if (o.keepAliveSeconds < 5 || o.keepAliveSeconds > 65535)
        problem = tr("keep-alive must be 5 to 65535 seconds");
    else if (!o.willTopic.isEmpty() && !isValidTopic(o.willTopic))
        problem = tr("the last will's topic '%1' is not a valid topic").arg(o.willTopic);
    else if (o.willQos < 0 || o.willQos > 2)
        problem = tr("QoS is 0, 1 or 2");
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    if (m_wanted || m_state != State::Disconnected)
        disconnectFromBroker();
    if (!createHandle())
        return false;
    m_wanted = true;
    m_retryMs = kFirstRetryMs;
    m_everConnected = false;
    startAttempt();
    return true;
}

void MqttClient::disconnectFromBroker()
{
    m_wanted = false;
    m_retryTimer->stop();
    m_connectTimer->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_mosq && mosquitto_socket(m_mosq) >= 0) {
        if (m_state == State::Connected) {
            const int rc = mosquitto_disconnect(m_mosq);
            afterLibraryCall(rc);
        }
        if (mosquitto_socket(m_mosq) >= 0)
            abortSocket();
    }
    dropNotifiers();
    setState(State::Disconnected);
}

void MqttClient::startAttempt()
{
    if (!m_wanted || !m_mosq)
        return;
    m_connectedTo = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    m_tlsError.clear();
    setState(State::Resolving);
    QHostAddress literal;
    if (literal.setAddress(m_options.host.trimmed())) {
        openSocket(literal.toString());
        return;
    }
    m_lookupId
        = QHostInfo::lookupHost(m_options.host.trimmed(), this, [this](const QHostInfo &info) {
              m_lookupId = -1;
              if (!m_wanted)
                  return;
              if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                  fail(tr("cannot find the broker '%1' (DNS: %2)")
                           .arg(m_options.host, info.errorString()),
                      info.error() != QHostInfo::HostNotFound);
                  return;
              }
              openSocket(info.addresses().constFirst().toString());
          });
}

void MqttClient::openSocket(const QString &address)
{
    setState(State::Connecting);
    m_connectTimer->start();
    // libmosquitto checks a TLS certificate against the name it connected to.
    const QByteArray host = (m_options.tls ? m_options.host.trimmed() : address).toUtf8();
    errno = 0;
    const int rc = mosquitto_connect_async(
        m_mosq, host.constData(), m_options.port, m_options.keepAliveSeconds);
    const int error = errno;
    if (rc != MOSQ_ERR_SUCCESS) {
        m_connectTimer->stop();
        const QString reason = rc == MOSQ_ERR_ERRNO ? socketErrorText(error, m_connectedTo)
            : rc == MOSQ_ERR_EAI
            ? tr("cannot find the broker '%1' (DNS failure)").arg(m_options.host)
            : tr("%1: %2").arg(m_connectedTo, QString::fromUtf8(mosquitto_strerror(rc)));
        syncNotifiers();
        fail(reason, true);
        return;
    }
    m_socketConnecting = true;
    afterLibraryCall(rc);
}

void MqttClient::abortSocket()
{
    if (!m_mosq)
        return;
    const int fd = mosquitto_socket(m_mosq);
    if (fd >= 0) {
        // libmosquitto owns the socket: shut it down and let the next read close it.
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(fd), SD_BOTH);
#else
        ::shutdown(fd, SHUT_RDWR);
#endif
        afterLibraryCall(mosquitto_loop_read(m_mosq, 1));
    }
}

void MqttClient::onReadable()
{
    if (m_mosq)
        afterLibraryCall(mosquitto_loop_read(m_mosq, 1000));
}

void MqttClient::onWritable()
{
    if (!m_mosq)
        return;
    if (m_socketConnecting) {
        m_socketConnecting = false;
        // The TLS handshake is driven by the library's read call.
        if (m_options.tls) {
            afterLibraryCall(mosquitto_loop_read(m_mosq, 1));
            if (!m_mosq || mosquitto_socket(m_mosq) < 0)
                return;
        }
    }
    afterLibraryCall(mosquitto_loop_write(m_mosq, 1000));
}

void MqttClient::onMisc()
{
    if (m_mosq)
        afterLibraryCall(mosquitto_loop_misc(m_mosq));
}

void MqttClient::afterLibraryCall(int rc)
{
    // A failed TLS handshake leaves the socket open and calls no callback: end it here.
    if (rc == MOSQ_ERR_TLS && m_wanted && m_state != State::Connected) {
        fail(tlsFailureText(), false);
        return;
    }
    syncNotifiers();
    flushEvents();
}

QString MqttClient::tlsFailureText() const
{
    return tr("TLS with %1 failed: %2. Is the CA file the one that signed the broker's "
              "certificate, is that certificate for the name '%3', and does the broker speak TLS "
              "on this port?")
        .arg(m_connectedTo,
            m_tlsError.isEmpty() ? tr("the handshake did not complete") : m_tlsError,
            m_options.host);
}

void MqttClient::dropNotifiers()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    m_notifiedFd = -1;
    m_miscTimer->stop();
}

void MqttClient::syncNotifiers()
{
    const int fd = m_mosq ? mosquitto_socket(m_mosq) : -1;
    if (fd != m_notifiedFd || m_lostConnection) {
        dropNotifiers();
        if (fd < 0)
            return;
        m_notifiedFd = fd;
        m_readNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &MqttClient::onReadable);
        m_writeNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &MqttClient::onWritable);
        m_miscTimer->start();
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(m_socketConnecting || mosquitto_want_write(m_mosq));
}

void MqttClient::flushEvents()
{
    QPointer<MqttClient> alive(this);
    const int connack = std::exchange(m_connack, -1);
    const bool lost = std::exchange(m_lostConnection, false);
    if (connack == 0) {
        m_connectTimer->stop();
        m_retryMs = kFirstRetryMs;
        m_everConnected = true;
        m_socketConnecting = false;
        setState(State::Connected);
        if (!alive)
            return;
        // Every connect: a broker that restarted without persistence forgot them.
        QHash<int, QStringList> byQos;
        for (const auto &[filter, qos] : std::as_const(m_subscriptions))
            byQos[qos].append(filter);
        for (auto it = byQos.cbegin(); it != byQos.cend(); ++it)
            sendSubscriptions(it.value(), it.key());
    }
    if (!m_inbox.isEmpty()) {
        const QList<MqttMessage> batch = std::exchange(m_inbox, {});
        emit messagesReceived(batch);
        if (!alive)
            return;
    }
    for (const int mid : std::exchange(m_acked, {})) {
        emit published(mid);
        if (!alive)
            return;
    }
    for (const auto &[filters, qos] : std::exchange(m_subacks, {})) {
        emit subscribed(filters, qos);
        if (!alive)
            return;
    }
    if (connack > 0) {
        // Retrying cannot fix credentials, authorisation or the protocol version.
        const bool retry = connack == 3 || connack == MQTT_RC_SERVER_UNAVAILABLE
            || connack == MQTT_RC_SERVER_BUSY;
        fail(tr("%1 refused the connection: %2").arg(m_connectedTo, connackText(connack)), retry);
        return;
    }
    if (lost && m_wanted && m_state != State::WaitingToReconnect) {
        const QString pending = std::exchange(m_pendingError, {});
        QString reason;
        if (!pending.isEmpty())
            reason = pending;
        else if (!m_tlsError.isEmpty() || m_disconnectRc == MOSQ_ERR_TLS) {
            // A certificate that does not verify stays so: retrying cannot help.
            fail(tlsFailureText(), false);
            return;
        } else if (m_disconnectRc == MOSQ_ERR_KEEPALIVE)
            reason = tr("%1 stopped answering (keep-alive timeout)").arg(m_connectedTo);
        else if (m_disconnectRc == MOSQ_ERR_ERRNO)
            reason = socketErrorText(m_disconnectErrno, m_connectedTo);
        else if (m_state == State::Connected)
            reason = tr("the broker %1 went away (connection lost)").arg(m_connectedTo);
        else
            reason = socketErrorText(m_disconnectErrno, m_connectedTo);
        fail(reason, true);
    }
}

void MqttClient::fail(const QString &message, bool retry)
{
    m_connectTimer->stop();
    emit errorOccurred(message);
    if (retry && m_wanted) {
        scheduleRetry();
        return;
    }
    m_wanted = false;
    if (m_mosq && mosquitto_socket(m_mosq) >= 0)
        abortSocket();
    dropNotifiers();
    setState(State::Disconnected);
}

void MqttClient::scheduleRetry()
{
    m_retryTimer->start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
    setState(State::WaitingToReconnect);
}

void MqttClient::sendSubscriptions(const QStringList &filters, int qos)
{
    std::vector<QByteArray> utf8;
    std::vector<char *> pointers;
    for (const QString &filter : filters)
        utf8.push_back(filter.toUtf8());
    for (QByteArray &bytes : utf8)
        pointers.push_back(bytes.data());
    int mid = 0;
    const int rc = mosquitto_subscribe_multiple(
        m_mosq, &mid, int(pointers.size()), pointers.data(), qos, 0, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        emit errorOccurred(tr("subscribe %1: %2")
                               .arg(filters.join(QStringLiteral(", ")),
                                   QString::fromUtf8(mosquitto_strerror(rc))));
        return;
    }
    m_pendingSubscribes.insert(mid, filters);
    syncNotifiers();
}

bool MqttClient::subscribe(const QStringList &filters, int qos)
{
    if (filters.isEmpty())
        return false;
    for (const QString &filter : filters) {
        if (!isValidFilter(filter)) {
            emit errorOccurred(
                tr("'%1' is not a valid topic filter (+ stands for one level, # for the rest "
                   "and only at the end)")
                    .arg(filter));
            return false;
        }
    }
    if (qos < 0 || qos > 2) {
        emit errorOccurred(tr("QoS is 0, 1 or 2"));
        return false;
    }
    for (const QString &filter : filters) {
        auto it = std::find_if(m_subscriptions.begin(), m_subscriptions.end(),
            [&](const auto &entry) { return entry.first == filter; });
        if (it != m_subscriptions.end())
            it->second = qos;
        else
            m_subscriptions.append({filter, qos});
    }
    if (m_state == State::Connected)
        sendSubscriptions(filters, qos);
    return true;
}

bool MqttClient::unsubscribe(const QStringList &filters)
{
    m_subscriptions.removeIf([&](const auto &entry) { return filters.contains(entry.first); });
    if (m_state != State::Connected || filters.isEmpty())
        return true;
    std::vector<QByteArray> utf8;
    std::vector<char *> pointers;
    for (const QString &filter : filters)
        utf8.push_back(filter.toUtf8());
    for (QByteArray &bytes : utf8)
        pointers.push_back(bytes.data());
    const int rc = mosquitto_unsubscribe_multiple(
        m_mosq, nullptr, int(pointers.size()), pointers.data(), nullptr);
    syncNotifiers();
    if (rc != MOSQ_ERR_SUCCESS) {
        emit errorOccurred(tr("unsubscribe: %1").arg(QString::fromUtf8(mosquitto_strerror(rc))));
        return false;
    }
    return true;
}

QStringList MqttClient::subscriptions() const
{
    QStringList filters;
    for (const auto &entry : m_subscriptions)
        filters.append(entry.first);
    return filters;
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!isValidTopic(topic)) {
        emit errorOccurred(
            tr("'%1' is not a topic to publish to (no + or #, not empty)").arg(topic));
        return 0;
    }
    if (qos < 0 || qos > 2) {
        emit errorOccurred(tr("QoS is 0, 1 or 2"));
        return 0;
    }
    if (!m_mosq || (qos == 0 && m_state != State::Connected)) {
        emit errorOccurred(tr("not connected: a QoS 0 message would be lost (connect first, or "
                              "use QoS 1 to have it sent on connect)"));
        return 0;
    }
    int mid = 0;
    const int rc = mosquitto_publish(m_mosq, &mid, topic.toUtf8().constData(), int(payload.size()),
        payload.constData(), qos, retain);
    // QoS 1/2 while disconnected: queued by the library, sent on reconnect.
    if (rc != MOSQ_ERR_SUCCESS && !(rc == MOSQ_ERR_NO_CONN && qos > 0)) {
        emit errorOccurred(
            tr("publish to %1: %2").arg(topic, QString::fromUtf8(mosquitto_strerror(rc))));
        return 0;
    }
    syncNotifiers();
    // A QoS 0 message written at once was reported by the library already: tell the caller
    // after it has the id.
    if (!m_acked.isEmpty())
        QMetaObject::invokeMethod(this, &MqttClient::flushEvents, Qt::QueuedConnection);
    return mid;
}

} // namespace netlab
