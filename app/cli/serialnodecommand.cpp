// netlab serial-node PORT: runs the sensor-node session (START, DATA + ACK, STOP) and prints
// the decoded packets. Over netlab::SensorNodeSession, the serial tab's core.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"
#include "serialoptions.h"

#include <devices/sensornodesession.h>
#include <devices/seriallink.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "serial-node";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab serial-node [OPTIONS] PORT\n"
              "Run the sensor-node exchange on the serial port PORT: send the start command,\n"
              "read fixed-length packets, acknowledge each one, send the stop command after\n"
              "--count packets (or on Ctrl+C). Prints one line per decoded packet: the field\n"
              "values as Python prints them. Bad packets are counted and reported on stderr;\n"
              "the session resynchronises on the next magic.\n"
              "\n"
              "Options:\n")
        + SerialLineOptions::help() + SensorNodeOptions::help()
        + tr("  --json                 one JSON object per line: \"packet\" events with the\n"
             "                         values by name, \"bad-packet\" events, and a final\n"
             "                         \"summary\" with the counters\n"
             "  --csv FILE             also write the packets to FILE as CSV at the end\n"
             "  -h, --help             show this help\n"
             "\n"
             "Exit status: 0 when every packet arrived (or after Ctrl+C), 1 when the port\n"
             "fails, closes, or the node falls silent, 2 for bad arguments.\n"
             "\n"
             "Examples:\n"
             "  netlab serial-node /dev/rfcomm0\n"
             "  netlab serial-node --count 50 --json --baud 9600 /dev/ttyUSB0\n"
             "  netlab serial-node $(netlab serial-sim & sleep 1)   # see serial-sim\n");
}

QJsonValue jsonValue(const StructValue &value)
{
    switch (value.type) {
    case StructValue::Type::Int:
        return double(value.i);
    case StructValue::Type::UInt:
        return double(value.u);
    case StructValue::Type::Float:
        return value.f;
    case StructValue::Type::Bool:
        return value.b;
    case StructValue::Type::Bytes:
        return QString::fromLatin1(value.bytes);
    }
    return {};
}

} // namespace

int runSerialNode(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SerialLineOptions line;
    line.addTo(parser);
    const SensorNodeOptions protocol;
    protocol.addTo(parser);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption csvOption(u"csv"_s, QString(), u"FILE"_s);
    parser.addOptions({jsonOption, csvOption});
    parser.addPositionalArgument(u"port"_s, QString());
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(kName,
            positional.isEmpty() ? tr("needs PORT")
                                 : tr("unexpected argument '%1'").arg(positional.at(1)));
    QString error;
    const auto settings = line.parse(parser, positional.at(0), &error);
    if (!settings)
        return usageError(kName, error);
    const auto nodeSettings = protocol.parse(parser, &error);
    if (!nodeSettings)
        return usageError(kName, error);
    const bool json = parser.isSet(jsonOption);

    SerialLink link;
    SensorNodeSession session(&link);
    if (!session.setSettings(*nodeSettings, &error))
        return usageError(kName, error);
    if (!link.open(*settings))
        return runtimeError(kName, link.lastError());
    const QStringList names = session.format().names();

    int exitCode = ExitOk;
    QObject::connect(&session, &SensorNodeSession::packetsDecoded, &session,
        [&](qsizetype first, qsizetype count) {
            for (qsizetype i = first; i < first + count; ++i) {
                const SensorNodePacket &packet = session.packets()[size_t(i)];
                if (json) {
                    QJsonObject values;
                    for (int k = 0; k < packet.values.size() && k < names.size(); ++k)
                        values.insert(names.at(k), jsonValue(packet.values.at(k)));
                    printJsonEvent(u"packet"_s,
                        {{u"sequence"_s, double(packet.sequence)}, {u"values"_s, values}});
                } else {
                    QStringList parts;
                    for (int k = 0; k < packet.values.size() && k < names.size(); ++k)
                        parts << names.at(k) + u'='
                                + session.format().displayValue(k, packet.values.at(k));
                    printLine(parts.join(u' '));
                }
            }
        });
    QObject::connect(
        &session, &SensorNodeSession::badPacket, &session, [&](const QString &message) {
            if (json)
                printJsonEvent(u"bad-packet"_s, {{u"message"_s, message}});
            else
                warn(kName, message);
        });
    QObject::connect(&link, &SerialLink::errorOccurred, &link, [&](const QString &message) {
        if (json)
            printJsonEvent(u"error"_s, {{u"message"_s, message}});
        else
            warn(kName, message);
    });
    QObject::connect(
        &session, &SensorNodeSession::finished, &session, [&](bool ok, const QString &message) {
            if (!ok)
                exitCode = ExitFailure;
            const SensorNodeCounters c = session.counters();
            if (json) {
                printJsonEvent(u"summary"_s,
                    {{u"ok"_s, ok}, {u"message"_s, message}, {u"received"_s, double(c.received)},
                        {u"acknowledged"_s, double(c.acknowledged)}, {u"bad"_s, double(c.bad)},
                        {u"resyncs"_s, double(c.resyncs)}, {u"missed"_s, double(c.missed)},
                        {u"timeouts"_s, double(c.timeouts)},
                        {u"packets_per_second"_s, c.packetsPerSecond}});
            } else {
                warn(kName, message);
                warn(kName,
                    tr("received %1, acknowledged %2, bad %3, resyncs %4, missed %5, %6 packets/s")
                        .arg(c.received)
                        .arg(c.acknowledged)
                        .arg(c.bad)
                        .arg(c.resyncs)
                        .arg(c.missed)
                        .arg(c.packetsPerSecond, 0, 'f', 1));
            }
            QCoreApplication::exit(ok ? ExitOk : ExitFailure);
        });
    // Ctrl+C: stop the session properly (STOP sent, summary printed).
    quitOnInterrupt(&session);

    if (!session.start())
        return runtimeError(kName, session.lastMessage());
    int code = QCoreApplication::exec();
    if (session.isRunning()) { // interrupted
        session.stop();
        code = ExitOk;
    }
    link.flush(); // the stop command reaches the node before the port closes
    if (parser.isSet(csvOption) && !session.saveCsv(parser.value(csvOption), &error)) {
        warn(kName, error);
        code = ExitFailure;
    }
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace netlab::cli
