// netlab serial-sim: a simulated sensor node on a new pseudo-terminal. Prints the pty's path,
// then serves START / ACK / STOP until Ctrl+C. Over netlab::SimulatedSensorNode, the one the
// serial tab's "Simulated node" button starts. Linux and macOS (pseudo-terminals) only.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"
#include "serialoptions.h"

#include <devices/simulatedsensornode.h>
#include <netlab/escapedtext.h>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "serial-sim";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab serial-sim [OPTIONS]\n"
              "Start a simulated sensor node on a new pseudo-terminal and print its path (the\n"
              "port to open) on the first line of standard output. On the start command it\n"
              "streams DATA packets (magic, sequence, time in ms, displacement x/y/z, roll/\n"
              "pitch/yaw) until the stop command; it counts the acknowledgements. Runs until\n"
              "Ctrl+C. Linux and macOS only (pseudo-terminals).\n"
              "\n"
              "Options:\n"
              "  --rate N               packets per second (default 100); 0: as fast as the\n"
              "                         reader takes them\n"
              "  --line-rate BAUD       the packet rate a real line of BAUD would carry\n"
              "                         (115200: 180 packets/s of 64 bytes)\n"
              "  --limit N              stop after N packets (default: until STOP)\n"
              "  --fault KIND@N         damage packet N (0 = the first after START); KIND is\n"
              "                         corrupt, drop-byte, garbage, silence or disconnect;\n"
              "                         repeatable\n")
        + SensorNodeOptions::help()
        + tr("  -h, --help             show this help\n"
             "\n"
             "Example:\n"
             "  netlab serial-sim --fault drop-byte@50     # prints /dev/pts/7\n"
             "  netlab serial-node /dev/pts/7              # in another terminal\n");
}

} // namespace

int runSerialSim(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SensorNodeOptions protocol;
    protocol.addTo(parser);
    const QCommandLineOption rateOption(u"rate"_s, QString(), u"N"_s);
    const QCommandLineOption lineRateOption(u"line-rate"_s, QString(), u"BAUD"_s);
    const QCommandLineOption limitOption(u"limit"_s, QString(), u"N"_s);
    const QCommandLineOption faultOption(u"fault"_s, QString(), u"KIND@N"_s);
    parser.addOptions({rateOption, lineRateOption, limitOption, faultOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            kName, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    QString error;
    const auto settings = protocol.parse(parser, &error);
    if (!settings)
        return usageError(kName, error);

    SimulatedSensorNode node;
    if (!node.setSettings(*settings, &error))
        return usageError(kName, error);
    if (parser.isSet(rateOption) && parser.isSet(lineRateOption))
        return usageError(kName, tr("--rate and --line-rate exclude each other"));
    if (parser.isSet(rateOption)) {
        bool ok = false;
        const double rate = parser.value(rateOption).toDouble(&ok);
        if (!ok || rate < 0 || rate > 1e6)
            return usageError(kName,
                tr("--rate is a number of packets per second from 0 to 1000000; not '%1'")
                    .arg(parser.value(rateOption)));
        node.setPacketRate(rate);
    }
    if (parser.isSet(lineRateOption)) {
        const auto baud = parseInt(
            parser.value(lineRateOption), u"--line-rate"_s, 1, SerialLink::kMaxBaudRate, &error);
        if (!baud)
            return usageError(kName, error);
        node.setLineRate(*baud);
    }
    if (parser.isSet(limitOption)) {
        const auto limit = parseInt(
            parser.value(limitOption), u"--limit"_s, 1, SensorNodeSession::kMaxPacketCount, &error);
        if (!limit)
            return usageError(kName, error);
        node.setPacketLimit(*limit);
    }
    const QList<std::pair<QString, SimulatedSensorNode::Fault>> kinds = {
        {u"corrupt"_s, SimulatedSensorNode::Fault::CorruptPacket},
        {u"drop-byte"_s, SimulatedSensorNode::Fault::DropByte},
        {u"garbage"_s, SimulatedSensorNode::Fault::Garbage},
        {u"silence"_s, SimulatedSensorNode::Fault::Silence},
        {u"disconnect"_s, SimulatedSensorNode::Fault::Disconnect},
    };
    for (const QString &fault : parser.values(faultOption)) {
        const QStringList parts = fault.split(u'@');
        bool ok = false;
        const int index = parts.size() == 2 ? parts.at(1).toInt(&ok) : -1;
        auto kind = std::find_if(kinds.cbegin(), kinds.cend(),
            [&](const auto &k) { return !parts.isEmpty() && k.first == parts.at(0); });
        if (!ok || index < 0 || kind == kinds.cend())
            return usageError(kName,
                tr("--fault is KIND@N, KIND one of corrupt, drop-byte, garbage, silence, "
                   "disconnect; not '%1'")
                    .arg(fault));
        node.scheduleFault(kind->second, index);
    }

    if (!node.start(&error))
        return runtimeError(kName, error);
    printLine(node.portName());
    warn(kName,
        tr("simulated sensor node on %1; waiting for %2 (Ctrl+C ends)")
            .arg(node.portName(), toEscapedText(settings->startCommand)));
    QObject::connect(
        &node, &SimulatedSensorNode::commandReceived, &node, [&](const QByteArray &command) {
            if (command == settings->ackCommand)
                return; // counted, not printed: one per packet
            warn(kName, tr("received %1").arg(toEscapedText(command)));
            if (command == settings->stopCommand)
                warn(kName,
                    tr("%1 packets sent, %2 acknowledged")
                        .arg(node.packetsSent())
                        .arg(node.acksReceived()));
        });
    QObject::connect(&node, &SimulatedSensorNode::errorOccurred, &node,
        [&](const QString &message) { warn(kName, message); });
    QObject::connect(
        &node, &SimulatedSensorNode::stopped, &node, [] { QCoreApplication::exit(ExitOk); });
    quitOnInterrupt(&node);
    return QCoreApplication::exec();
}

} // namespace netlab::cli
