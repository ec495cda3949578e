#pragma once

// "Show as code" for the MQTT lab: the broker, the subscriptions and the message of the tab as
// the Python 3 program (paho-mqtt, Debian's python3-paho-mqtt 1.6 or 2.x) a student would
// write, and the mosquitto_pub or mosquitto_sub command that does the same from a shell.

#include "pythoncode.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace netlab {

struct MqttClientCode
{
    // Which one-liner: mosquitto_pub for the message, or mosquitto_sub -v for the
    // subscriptions. The Python program always does both (what it has).
    enum class Action { Publish, Subscribe };

    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    QString clientId; // empty: the library makes one up
    QString username; // empty: no credentials
    QString password;
    bool tls = false;
    QString caFile; // with tls: the CA certificate (PEM); empty: the system's CAs
    QList<QPair<QString, int>> subscriptions; // filter, QoS
    bool publish = true; // publish the message below once
    QString topic = QStringLiteral("lab/test");
    QByteArray payload = "22.5";
    int qos = 0;
    bool retain = false;
    Action action = Action::Publish;
};

class MqttCode
{
    Q_DECLARE_TR_FUNCTIONS(netlab::MqttCode)

public:
    static GeneratedCode client(const MqttClientCode &settings);

    // The one-liners alone (empty when the action has nothing to do: no subscriptions to
    // print, no message to publish).
    static QString publishCommand(const MqttClientCode &settings);
    static QString subscribeCommand(const MqttClientCode &settings);
};

} // namespace netlab
