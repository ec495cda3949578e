#include "mqttcode.h"

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// Text stays readable as text; other bytes are written as a bytes literal.
QString payloadLiteral(const QByteArray &payload)
{
    const QString text = QString::fromUtf8(payload);
    return text.toUtf8() == payload ? pythonString(text) + u".encode(\"utf-8\")"_s
                                    : pythonBytes(payload);
}

// The options every mosquitto_pub / mosquitto_sub command shares: broker, id, credentials, TLS.
QString connectionArguments(const MqttClientCode &settings)
{
    QString args
        = u" -h "_s + shellWord(settings.host) + u" -p "_s + QString::number(settings.port);
    if (!settings.clientId.isEmpty())
        args += u" -i "_s + shellWord(settings.clientId);
    if (!settings.username.isEmpty()) {
        args += u" -u "_s + shellWord(settings.username);
        if (!settings.password.isEmpty())
            args += u" -P "_s + shellWord(settings.password);
    }
    if (settings.tls) {
        args += settings.caFile.isEmpty() ? u" --capath /etc/ssl/certs"_s
                                          : u" --cafile "_s + shellWord(settings.caFile);
    }
    return args;
}

} // namespace

QString MqttCode::publishCommand(const MqttClientCode &settings)
{
    if (!settings.publish)
        return {};
    QString command = u"mosquitto_pub"_s + connectionArguments(settings) + u" -t "_s
        + shellWord(settings.topic);
    if (settings.qos > 0)
        command += u" -q "_s + QString::number(settings.qos);
    if (settings.retain)
        command += u" -r"_s;
    if (settings.payload.isEmpty())
        return command + u" -n"_s;
    const QString text = QString::fromUtf8(settings.payload);
    if (text.toUtf8() == settings.payload && !settings.payload.contains('\0'))
        return command + u" -m "_s + shellWord(text);
    // Bytes a shell word cannot carry: printf writes them, -s sends standard input as they are.
    return u"printf "_s + shellPrintf(settings.payload) + u" | "_s + command + u" -s"_s;
}

QString MqttCode::subscribeCommand(const MqttClientCode &settings)
{
    if (settings.subscriptions.isEmpty())
        return {};
    // mosquitto_sub asks for one QoS for all its filters: the highest of them.
    int qos = 0;
    for (const auto &subscription : settings.subscriptions)
        qos = qMax(qos, subscription.second);
    QString command = u"mosquitto_sub -v"_s + connectionArguments(settings);
    if (qos > 0)
        command += u" -q "_s + QString::number(qos);
    for (const auto &subscription : settings.subscriptions)
        command += u" -t "_s + shellWord(subscription.first);
    return command;
}

GeneratedCode MqttCode::client(const MqttClientCode &settings)
{
    const bool subscribes = !settings.subscriptions.isEmpty();
    QString what;
    if (subscribes && settings.publish)
        what = tr("MQTT client: connects to the broker, subscribes to the topic filters, "
                  "publishes one message and prints every message that arrives (Ctrl+C ends "
                  "it).");
    else if (subscribes)
        what = tr("MQTT client: connects to the broker, subscribes to the topic filters and "
                  "prints every message that arrives (Ctrl+C ends it).");
    else
        what = tr("MQTT client: connects to the broker and publishes one message.");
    QString py = pythonHeader(what,
        tr("Needs paho-mqtt (Debian: apt install python3-paho-mqtt); runs with version 1.6 "
           "and 2.x."));
    py += u"import paho.mqtt.client as mqtt\n\n"_s;
    py += u"HOST = "_s + pythonString(settings.host) + u'\n';
    py += u"PORT = "_s + QString::number(settings.port) + u'\n';
    py += u"CLIENT_ID = "_s + pythonString(settings.clientId) + u"  # "_s
        + tr("empty: the library makes one up") + u'\n';
    if (!settings.username.isEmpty()) {
        py += u"USERNAME = "_s + pythonString(settings.username) + u'\n';
        py += u"PASSWORD = "_s
            + (settings.password.isEmpty() ? u"None"_s : pythonString(settings.password)) + u'\n';
    }
    if (settings.tls)
        py += u"CA_FILE = "_s
            + (settings.caFile.isEmpty() ? u"None"_s : pythonString(settings.caFile)) + u"  # "_s
            + tr("None: the system's certificate authorities") + u'\n';
    if (subscribes) {
        py += u"SUBSCRIPTIONS = [  # "_s + tr("(topic filter, QoS)") + u'\n';
        for (const auto &subscription : settings.subscriptions)
            py += u"    ("_s + pythonString(subscription.first) + u", "_s
                + QString::number(subscription.second) + u"),\n"_s;
        py += u"]\n"_s;
    }
    if (settings.publish) {
        py += u"TOPIC = "_s + pythonString(settings.topic) + u'\n';
        py += u"PAYLOAD = "_s + payloadLiteral(settings.payload) + u'\n';
        py += u"QOS = "_s + QString::number(settings.qos) + u'\n';
        py += u"RETAIN = "_s + (settings.retain ? u"True"_s : u"False"_s) + u"  # "_s
            + tr("True: the broker keeps it as the topic's last value") + u'\n';
        py += u"\npublished = False\n"_s;
    }
    py += u"\n\n"_s;

    if (settings.publish) {
        py += u"def publish_once(client):\n"_s;
        py += pythonComment(tr("After a reconnect on_connect runs again: publish only the "
                               "first time."),
            u"    "_s);
        py += u"    global published\n"_s;
        py += u"    if not published:\n"_s;
        py += u"        published = True\n"_s;
        py += u"        client.publish(TOPIC, PAYLOAD, qos=QOS, retain=RETAIN)\n"_s;
        py += pythonPrint(u"        "_s, tr("Published to"), u"TOPIC, PAYLOAD"_s) + u"\n\n"_s;
    }

    py += pythonComment(tr("The callbacks' last arguments have defaults, so the same functions "
                           "serve paho-mqtt 1.x and 2.x."));
    py += u"def on_connect(client, userdata, flags, reason_code, properties=None):\n"_s;
    py += u"    if reason_code != 0:\n"_s;
    py += pythonPrint(u"        "_s, tr("The broker refused the connection:"), u"reason_code"_s);
    py += u"        client.disconnect()\n"_s;
    py += u"        return\n"_s;
    py += pythonPrint(u"    "_s, tr("Connected to"), u"HOST, PORT"_s);
    if (subscribes) {
        py += pythonComment(
            tr("Subscribing here subscribes again after every reconnect."), u"    "_s);
        py += u"    client.subscribe(SUBSCRIPTIONS)\n\n\n"_s;
        py += u"def on_subscribe(client, userdata, mid, granted, properties=None):\n"_s;
        py += pythonPrint(
            u"    "_s, tr("Subscribed to"), u"\", \".join(f for f, qos in SUBSCRIPTIONS)"_s);
        if (settings.publish) {
            py += pythonComment(tr("Subscribed first, so the program also sees its own "
                                   "message."),
                u"    "_s);
            py += u"    publish_once(client)\n"_s;
        }
        py += u"\n\n"_s;
        py += u"def on_message(client, userdata, message):\n"_s;
        py += pythonComment(tr("The payload is bytes: decode it as UTF-8, with U+FFFD for the "
                               "bytes that are not."),
            u"    "_s);
        py += u"    text = message.payload.decode(\"utf-8\", \"replace\")\n"_s;
        py += u"    details = f\"QoS {message.qos}\" + (\", \" + "_s + pythonString(tr("retained"))
            + u" if message.retain else \"\")\n"_s;
        py += u"    print(f\"{message.topic} ({details}): {text}\")\n\n\n"_s;
    } else if (settings.publish) {
        py += u"    publish_once(client)\n\n\n"_s;
        py += u"def on_publish(client, userdata, mid, reason_code=None, properties=None):\n"_s;
        py += pythonComment(
            tr("The message is out (QoS 1 and 2: acknowledged): nothing more to do."), u"    "_s);
        py += u"    client.disconnect()\n\n\n"_s;
    } else {
        py += u"    client.disconnect()\n\n\n"_s;
    }

    py += pythonComment(tr("paho-mqtt 2 asks which callback signatures the program uses; "
                           "1.x (Debian 12) does not know the question."));
    py += u"if hasattr(mqtt, \"CallbackAPIVersion\"):\n"_s;
    py += u"    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=CLIENT_ID)\n"_s;
    py += u"else:\n"_s;
    py += u"    client = mqtt.Client(client_id=CLIENT_ID)\n"_s;
    if (!settings.username.isEmpty())
        py += u"client.username_pw_set(USERNAME, PASSWORD)\n"_s;
    if (settings.tls)
        py += u"client.tls_set(ca_certs=CA_FILE)\n"_s;
    py += u"client.on_connect = on_connect\n"_s;
    if (subscribes) {
        py += u"client.on_subscribe = on_subscribe\n"_s;
        py += u"client.on_message = on_message\n"_s;
    } else if (settings.publish) {
        py += u"client.on_publish = on_publish\n"_s;
    }
    py += u"client.connect(HOST, PORT, keepalive=60)\n"_s;
    py += pythonComment(tr("loop_forever() sends, receives, pings and reconnects until "
                           "disconnect()."));
    py += u"try:\n"_s;
    py += u"    client.loop_forever()\n"_s;
    py += u"except KeyboardInterrupt:\n"_s;
    py += u"    client.disconnect()\n"_s;

    const QString pub = publishCommand(settings);
    const QString sub = subscribeCommand(settings);
    QString oneLiner;
    if (settings.action == MqttClientCode::Action::Publish)
        oneLiner = pub.isEmpty() ? sub : pub;
    else
        oneLiner = sub.isEmpty() ? pub : sub;
    return {py, oneLiner};
}

} // namespace netlab
