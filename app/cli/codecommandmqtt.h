#pragma once

// `netlab code mqtt`: the MQTT tab's settings read from the code command's parser, kept apart
// from codecommand.cpp. The options are looked up by their long names, which codecommand.cpp
// defines: port, message, hex, topic, qos, id, username, pw, tls, cafile, publish, pub-qos,
// retain.

#include <netlab/pythoncode.h>

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace netlab::cli {

// arguments: the positional words after "mqtt" ([HOST]). nullopt + *error on a usage error.
std::optional<GeneratedCode> mqttCode(
    const QCommandLineParser &parser, const QStringList &arguments, QString *error);

} // namespace netlab::cli
