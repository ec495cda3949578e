#include "codecommandmqtt.h"

#include "commandline.h"

#include <netlab/hexcodec.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttcode.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

std::optional<int> qosOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return 0;
    return parseInt(parser.value(name), u"--"_s + name, 0, 2, error);
}

// --publish TOPIC with --message TEXT or --hex H, --pub-qos N, -r.
bool readPublish(const QCommandLineParser &parser, MqttClientCode *settings, QString *error)
{
    settings->publish = parser.isSet(u"publish"_s);
    if (!settings->publish) {
        for (const QString &name : {u"message"_s, u"hex"_s, u"pub-qos"_s, u"retain"_s}) {
            if (parser.isSet(name)) {
                *error = tr("--%1 goes with --publish TOPIC").arg(name);
                return false;
            }
        }
        return true;
    }
    settings->topic = parser.value(u"publish"_s);
    if (!MqttClient::isValidTopic(settings->topic)) {
        *error = tr("--publish: '%1' is not a topic to publish to (no + or #, not empty)")
                     .arg(settings->topic);
        return false;
    }
    if (parser.isSet(u"message"_s) && parser.isSet(u"hex"_s)) {
        *error = tr("--message and --hex exclude each other");
        return false;
    }
    if (parser.isSet(u"message"_s))
        settings->payload = parser.value(u"message"_s).toUtf8();
    if (parser.isSet(u"hex"_s)) {
        const HexParseResult parsed = parseHex(parser.value(u"hex"_s));
        if (!parsed.ok) {
            *error = tr("--hex: %1").arg(parsed.errorString);
            return false;
        }
        settings->payload = parsed.bytes;
    }
    const auto qos = qosOption(parser, u"pub-qos"_s, error);
    if (!qos)
        return false;
    settings->qos = *qos;
    settings->retain = parser.isSet(u"retain"_s);
    return true;
}

} // namespace

std::optional<GeneratedCode> mqttCode(
    const QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    MqttClientCode settings;
    if (arguments.size() > 1) {
        *error = tr("unexpected argument '%1'").arg(arguments.at(1));
        return std::nullopt;
    }
    if (!arguments.isEmpty()) {
        settings.host = arguments.constFirst().trimmed();
        if (settings.host.isEmpty()) {
            *error = tr("the host is empty");
            return std::nullopt;
        }
    }
    if (parser.isSet(u"port"_s)) {
        const auto port = parsePort(parser.value(u"port"_s), false, error);
        if (!port)
            return std::nullopt;
        settings.port = *port;
    }
    settings.clientId = parser.value(u"id"_s);
    settings.username = parser.value(u"username"_s);
    settings.password = parser.value(u"pw"_s);
    if (!settings.password.isEmpty() && settings.username.isEmpty()) {
        *error = tr("-P (password) needs -u (user name)");
        return std::nullopt;
    }
    settings.tls = parser.isSet(u"tls"_s) || parser.isSet(u"cafile"_s);
    settings.caFile = parser.value(u"cafile"_s);

    const auto qos = qosOption(parser, u"qos"_s, error);
    if (!qos)
        return std::nullopt;
    for (const QString &filter : parser.values(u"topic"_s)) {
        if (!MqttClient::isValidFilter(filter)) {
            *error = tr("'%1' is not a valid topic filter").arg(filter);
            return std::nullopt;
        }
        settings.subscriptions.append({filter, *qos});
    }
    if (parser.isSet(u"qos"_s) && settings.subscriptions.isEmpty()) {
        *error = tr("-q is the QoS of the subscriptions (-t); --pub-qos that of --publish");
        return std::nullopt;
    }
    if (!readPublish(parser, &settings, error))
        return std::nullopt;
    if (settings.subscriptions.isEmpty() && !settings.publish) {
        *error = tr("give -t FILTER to subscribe, --publish TOPIC to publish, or both");
        return std::nullopt;
    }
    // The one-liner: mosquitto_pub when there is a message to publish, else mosquitto_sub.
    settings.action
        = settings.publish ? MqttClientCode::Action::Publish : MqttClientCode::Action::Subscribe;
    return MqttCode::client(settings);
}

} // namespace netlab::cli
