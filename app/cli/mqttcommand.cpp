// netlab mqtt sub|pub: an MQTT subscriber and publisher over netlab::MqttClient (the same
// client the workbench's MQTT tab uses), with mosquitto_sub / mosquitto_pub's options and
// output: `sub -v` prints "topic payload" per message, without -v the payload only, --json
// one object per message. sub reconnects by itself when the broker goes away and comes
// back (and subscribes again); it gives up only when the first connection fails.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"

#include <netlab/mqttclient.h>
#include <netlab/mqttlibrary.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "mqtt";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli::Mqtt", text);
}

QString helpText()
{
    return tr("Usage: netlab mqtt sub [OPTIONS] -t TOPIC [-t TOPIC...]\n"
              "       netlab mqtt pub [OPTIONS] -t TOPIC -m MESSAGE\n"
              "An MQTT subscriber and publisher (MQTT 3.1.1 or 5), like mosquitto_sub and\n"
              "mosquitto_pub. sub prints every message until Ctrl+C and reconnects when the\n"
              "broker restarts.\n"
              "\n"
              "Options:\n"
              "  -h, --host HOST        the broker (default: localhost)\n"
              "  -p, --port PORT        its port (default: 1883)\n"
              "  -t, --topic TOPIC      sub: a filter (+ one level, # the rest), repeatable;\n"
              "                         pub: the topic\n"
              "  -q, --qos N            0, 1 or 2 (default: 0)\n"
              "  -i, --id ID            the client id (default: made up by the library)\n"
              "  -c, --persistent       clean session off: the broker keeps the session and\n"
              "                         queues QoS 1/2 messages while away (needs -i)\n"
              "  -k, --keepalive S      keep-alive in seconds (default: 60)\n"
              "  -u, --username U       user name;  -P, --pw PASSWORD  its password\n"
              "  --cafile FILE          TLS with this CA certificate (PEM)\n"
              "  -V, --protocol V       mqttv311 (default) or mqttv5\n"
              "  sub only:\n"
              "  -v, --verbose          print 'topic payload' (default: the payload only)\n"
              "  --json                 one JSON object per message\n"
              "  -C, --count N          exit after N messages\n"
              "  pub only:\n"
              "  -m, --message MSG      the payload\n"
              "  -r, --retain           the broker keeps it as the topic's last value\n"
              "  --help                 show this help\n"
              "\n"
              "Exit status: 0 done, 1 the broker could not be reached or refused, 2 bad "
              "arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab mqtt sub -h broker.local -v -t 'netlab/+/dht'\n"
              "  netlab mqtt pub -t temp -m 22.5 -r\n");
}

void printMessage(const MqttMessage &message, bool verbose, bool json)
{
    if (json) {
        QJsonObject fields {{u"topic"_s, message.topic}, {u"qos"_s, message.qos},
            {u"retained"_s, message.retained}};
        auto decoder = QStringDecoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(message.payload);
        if (decoder.hasError())
            fields.insert(u"payload_hex"_s, QString::fromLatin1(message.payload.toHex()));
        else
            fields.insert(u"payload"_s, text);
        printJsonEvent(u"message"_s, fields);
        return;
    }
    QByteArray line;
    if (verbose)
        line = message.topic.toUtf8() + ' ';
    writeOut(line + message.payload + '\n');
}

} // namespace

int runMqtt(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption(u"help"_s);
    const QCommandLineOption hostOption({u"h"_s, u"host"_s}, QString(), u"HOST"_s);
    const QCommandLineOption portOption({u"p"_s, u"port"_s}, QString(), u"PORT"_s);
    const QCommandLineOption topicOption({u"t"_s, u"topic"_s}, QString(), u"TOPIC"_s);
    const QCommandLineOption qosOption({u"q"_s, u"qos"_s}, QString(), u"N"_s);
    const QCommandLineOption idOption({u"i"_s, u"id"_s}, QString(), u"ID"_s);
    const QCommandLineOption persistentOption(QStringList {u"c"_s, u"persistent"_s});
    const QCommandLineOption keepAliveOption({u"k"_s, u"keepalive"_s}, QString(), u"S"_s);
    const QCommandLineOption userOption({u"u"_s, u"username"_s}, QString(), u"U"_s);
    const QCommandLineOption passwordOption({u"P"_s, u"pw"_s}, QString(), u"PASSWORD"_s);
    const QCommandLineOption caOption(u"cafile"_s, QString(), u"FILE"_s);
    const QCommandLineOption protocolOption({u"V"_s, u"protocol"_s}, QString(), u"V"_s);
    const QCommandLineOption verboseOption(QStringList {u"v"_s, u"verbose"_s});
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption countOption({u"C"_s, u"count"_s}, QString(), u"N"_s);
    const QCommandLineOption messageOption({u"m"_s, u"message"_s}, QString(), u"MSG"_s);
    const QCommandLineOption retainOption(QStringList {u"r"_s, u"retain"_s});
    parser.addOptions({helpOption, hostOption, portOption, topicOption, qosOption, idOption,
        persistentOption, keepAliveOption, userOption, passwordOption, caOption, protocolOption,
        verboseOption, jsonOption, countOption, messageOption, retainOption});
    if (!parser.parse(QStringList {QString::fromLatin1(kName)} + arguments))
        return usageError(kName, parser.errorText());
    if (parser.isSet(helpOption)) {
        writeOut(helpText().toUtf8());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || (positional.first() != u"sub" && positional.first() != u"pub"))
        return usageError(kName, tr("needs 'sub' or 'pub'"));
    if (positional.size() > 1)
        return usageError(kName, tr("unexpected argument '%1'").arg(positional.at(1)));
    const bool sub = positional.first() == u"sub";

    QString error;
    MqttConnectOptions options;
    if (parser.isSet(hostOption))
        options.host = parser.value(hostOption);
    if (parser.isSet(portOption)) {
        const auto port = parsePort(parser.value(portOption), false, &error);
        if (!port)
            return usageError(kName, error);
        options.port = *port;
    }
    int qos = 0;
    if (parser.isSet(qosOption)) {
        const auto parsed = parseInt(parser.value(qosOption), u"-q"_s, 0, 2, &error);
        if (!parsed)
            return usageError(kName, error);
        qos = *parsed;
    }
    if (parser.isSet(keepAliveOption)) {
        const auto parsed = parseInt(parser.value(keepAliveOption), u"-k"_s, 5, 65535, &error);
        if (!parsed)
            return usageError(kName, error);
        options.keepAliveSeconds = *parsed;
    }
    options.clientId = parser.value(idOption);
    options.cleanSession = !parser.isSet(persistentOption);
    if (!options.cleanSession && options.clientId.isEmpty())
        return usageError(kName, tr("-c (persistent session) needs a client id (-i)"));
    options.username = parser.value(userOption);
    options.password = parser.value(passwordOption);
    if (parser.isSet(caOption)) {
        options.tls = true;
        options.caFile = parser.value(caOption);
    }
    if (parser.isSet(protocolOption)) {
        const QString version = parser.value(protocolOption).toLower();
        if (version == u"mqttv5" || version == u"5")
            options.protocol = MqttConnectOptions::Protocol::V5;
        else if (version != u"mqttv311" && version != u"311" && version != u"3.1.1")
            return usageError(kName, tr("-V takes mqttv311 or mqttv5, not '%1'").arg(version));
    }
    const QStringList topics = parser.values(topicOption);
    if (topics.isEmpty())
        return usageError(kName, tr("needs a topic (-t)"));
    const bool verbose = parser.isSet(verboseOption);
    const bool json = parser.isSet(jsonOption);
    int count = 0;
    if (sub) {
        if (parser.isSet(messageOption) || parser.isSet(retainOption))
            return usageError(kName, tr("-m and -r go with 'pub'"));
        for (const QString &topic : topics) {
            if (!MqttClient::isValidFilter(topic))
                return usageError(kName, tr("'%1' is not a valid topic filter").arg(topic));
        }
        if (parser.isSet(countOption)) {
            const auto parsed
                = parseInt(parser.value(countOption), u"-C"_s, 1, 1'000'000'000, &error);
            if (!parsed)
                return usageError(kName, error);
            count = *parsed;
        }
    } else {
        if (verbose || json || parser.isSet(countOption))
            return usageError(kName, tr("-v, --json and -C go with 'sub'"));
        if (topics.size() != 1 || !MqttClient::isValidTopic(topics.first()))
            return usageError(kName, tr("pub takes one topic without + or #"));
        if (!parser.isSet(messageOption))
            return usageError(kName, tr("pub needs a message (-m)"));
    }

    MqttLibrary library; // this command's composition root: libmosquitto set up once
    MqttClient client;
    client.setOptions(options);
    const QString where = u"%1:%2"_s.arg(options.host).arg(options.port);
    bool connectedOnce = false;
    QObject::connect(
        &client, &MqttClient::errorOccurred, &client, [&connectedOnce](const QString &message) {
            if (!connectedOnce) {
                runtimeError(kName, message);
                QCoreApplication::exit(ExitFailure);
            } else {
                warn(kName, message);
            }
        });
    QObject::connect(&client, &MqttClient::stateChanged, &client, [&](MqttClient::State state) {
        if (state == MqttClient::State::Connected) {
            if (connectedOnce)
                warn(kName, tr("reconnected to %1").arg(where));
            connectedOnce = true;
        } else if (state == MqttClient::State::Disconnected && connectedOnce) {
            QCoreApplication::exit(ExitFailure);
        }
    });
    quitOnInterrupt(&client);

    // Used by the lambdas below while the event loop runs: at function scope.
    quint64 received = 0;
    const QByteArray payload = parser.value(messageOption).toUtf8();
    const bool retain = parser.isSet(retainOption);
    int mid = 0;
    if (sub) {
        QObject::connect(&client, &MqttClient::messagesReceived, &client,
            [&](const QList<MqttMessage> &messages) {
                for (const MqttMessage &message : messages) {
                    printMessage(message, verbose, json);
                    if (count > 0 && ++received >= quint64(count)) {
                        client.disconnectFromBroker();
                        QCoreApplication::exit(ExitOk);
                        return;
                    }
                }
            });
        QObject::connect(&client, &MqttClient::subscribed, &client,
            [](const QStringList &filters, const QList<int> &granted) {
                for (qsizetype i = 0; i < filters.size(); ++i) {
                    const int q = granted.value(i, 128);
                    if (q > 2)
                        warn(kName,
                            tr("the broker refused the subscription to %1").arg(filters.at(i)));
                    else
                        warn(kName, tr("subscribed to %1 (QoS %2)").arg(filters.at(i)).arg(q));
                }
            });
        client.subscribe(topics, qos);
    } else {
        QObject::connect(&client, &MqttClient::stateChanged, &client, [&](MqttClient::State state) {
            if (state == MqttClient::State::Connected && mid == 0)
                mid = client.publish(topics.first(), payload, qos, retain);
            if (state == MqttClient::State::Connected && mid == 0)
                QCoreApplication::exit(ExitFailure);
        });
        QObject::connect(&client, &MqttClient::published, &client, [&](int acked) {
            if (acked != mid)
                return;
            client.disconnectFromBroker();
            QCoreApplication::exit(ExitOk);
        });
    }
    if (!client.connectToBroker())
        return ExitFailure;
    return QCoreApplication::exec();
}

} // namespace netlab::cli
