#pragma once

// MqttClient: an MQTT 3.1.1 / 5 client over Debian's libmosquitto, on the Qt event loop.
//
// Event-loop integration (chosen over mosquitto_loop_start's thread): the library runs in the
// thread that owns the client, driven by QSocketNotifiers on mosquitto_socket() —
// readable: mosquitto_loop_read(); writable (enabled only while mosquitto_want_write()):
// mosquitto_loop_write() — and a 1 s timer for mosquitto_loop_misc() (keep-alive PINGREQ,
// PINGRESP timeout), running only while a socket is open. Nothing polls on the hot path, the
// callbacks run on our thread (no locking, no queued copies of every message), and messages a
// read delivers are handed on as one batch (messagesReceived) after libmosquitto returns, so a
// slot may do anything, even delete the client. The host name is resolved first with
// QHostInfo (asynchronous; a DNS failure is reported as such) and the TCP connect is
// non-blocking (mosquitto_connect_async + the writable notifier + SO_ERROR), so the GUI thread
// never blocks — except, with TLS, libmosquitto resolves the name once more itself (it needs
// the name to check the certificate).
//
// Reconnect: after a lost connection or a failed attempt the client retries by itself, after
// 1 s, doubling to 30 s; it stops (state Disconnected) only when asked to, or when retrying
// cannot help (bad credentials, not authorised, unknown host, protocol refused). The
// subscriptions are sent again on every connect, so they survive a broker restart; with
// clean session off and a fixed client id the broker also keeps QoS 1/2 messages queued
// for us while we are away, and our own unacknowledged QoS 1/2 publishes are sent again.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

struct mosquitto;
struct mosquitto_message;

QT_BEGIN_NAMESPACE
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

struct MqttConnectOptions
{
    enum class Protocol { V311, V5 };

    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    QString clientId; // empty: the library makes one (needs clean session)
    bool cleanSession = true;
    int keepAliveSeconds = 60;
    QString username; // empty: none
    QString password;
    bool tls = false;
    QString caFile; // with tls: the CA certificate (PEM); empty: the system's CAs
    QString willTopic; // empty: no last will
    QByteArray willPayload;
    int willQos = 0;
    bool willRetain = false;
    Protocol protocol = Protocol::V311;
};

struct MqttMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retained = false;
    qint64 receivedMs = 0; // local wall clock
};

class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Resolving, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30'000;
    static constexpr int kConnectTimeoutMs = 15'000;

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    void setOptions(const MqttConnectOptions &options); // used from the next connect
    MqttConnectOptions options() const { return m_options; }
    State state() const { return m_state; }
    // "connected to 127.0.0.1:1883", "waiting 4 s to reconnect", ...
    QString stateText() const;
    static QString stateName(State state);

    // Checks the options (false + errorOccurred when unusable) and connects.
    bool connectToBroker();
    // Sends DISCONNECT (the broker does not publish the last will) and stops retrying.
    void disconnectFromBroker();

    // Filters with + and #. Remembered and sent now if connected, and on every connect.
    bool subscribe(const QStringList &filters, int qos);
    bool unsubscribe(const QStringList &filters);
    QStringList subscriptions() const;
    QList<QPair<QString, int>> subscriptionsWithQos() const { return m_subscriptions; }

    // QoS 1/2 messages are queued while disconnected and sent on reconnect. Returns the
    // message id (> 0), or 0 after errorOccurred (bad topic, QoS 0 while disconnected...).
    int publish(const QString &topic, const QByteArray &payload, int qos, bool retain);

    // "connection refused", "not authorised"... for a CONNACK / reason code.
    static QString connackText(int code);
    // Does the topic match the filter (+ and # wildcards)? false for an invalid filter.
    static bool topicMatches(const QString &filter, const QString &topic);
    static bool isValidFilter(const QString &filter);
    static bool isValidTopic(const QString &topic);

signals:
    void stateChanged(netlab::MqttClient::State state);
    void errorOccurred(const QString &message);
    // Every message one read delivered, in order.
    void messagesReceived(const QList<netlab::MqttMessage> &messages);
    // The broker acknowledged a SUBSCRIBE (the filters of that request, granted QoS each;
    // 128 = refused).
    void subscribed(const QStringList &filters, const QList<int> &grantedQos);
    // A QoS 1/2 publish was acknowledged; a QoS 0 one was written.
    void published(int messageId);

private:
    struct Callbacks;
    friend struct Callbacks;

    void setState(State state);
    void fail(const QString &message, bool retry);
    void startAttempt();
    void openSocket(const QString &address);
    void abortSocket();
    void afterLibraryCall(int rc);
    QString tlsFailureText() const;
    void syncNotifiers();
    void dropNotifiers();
    void onReadable();
    void onWritable();
    void onMisc();
    void scheduleRetry();
    void sendSubscriptions(const QStringList &filters, int qos);
    void flushEvents();
    bool createHandle();

    MqttConnectOptions m_options;
    mosquitto *m_mosq = nullptr;
    State m_state = State::Disconnected;
    QString m_connectedTo;
    bool m_wanted = false; // the user wants a connection
    int m_retryMs = kFirstRetryMs;
    int m_lookupId = -1;
    int m_notifiedFd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_miscTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_connectTimer = nullptr;
    bool m_socketConnecting = false; // TCP connect in progress
    QList<QPair<QString, int>> m_subscriptions; // filter, QoS
    QHash<int, QStringList> m_pendingSubscribes; // mid -> filters

    // Filled by libmosquitto's callbacks, emitted by flushEvents() after it returns.
    QList<MqttMessage> m_inbox;
    QList<int> m_acked;
    QList<QPair<QStringList, QList<int>>> m_subacks;
    int m_connack = -1; // -1: none this call
    bool m_lostConnection = false;
    int m_disconnectRc = 0;
    int m_disconnectErrno = 0;
    QString m_pendingError; // why we aborted the socket ourselves
    QString m_tlsError; // OpenSSL's reason for a failed handshake, from the library's log
    bool m_everConnected = false;
};

} // namespace netlab

Q_DECLARE_METATYPE(netlab::MqttMessage)
