#include "serialoptions.h"

#include "commandline.h"

#include <netlab/escapedtext.h>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab::cli {

void SerialLineOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({baud, dataBits, parity, stopBits, flow});
}

QString SerialLineOptions::help()
{
    return tr("  --baud B               baud rate, standard or custom (default 115200)\n"
              "  --data-bits N          5, 6, 7 or 8 (default 8)\n"
              "  --parity P             none (default), even, odd, mark or space\n"
              "  --stop-bits S          1 (default), 1.5 or 2\n"
              "  --flow F               none (default), rtscts or xonxoff\n");
}

std::optional<SerialSettings> SerialLineOptions::parse(
    const QCommandLineParser &parser, const QString &port, QString *error) const
{
    SerialSettings settings;
    settings.portName = port;
    if (parser.isSet(baud)) {
        const auto value
            = parseInt(parser.value(baud), u"--baud"_s, 1, SerialLink::kMaxBaudRate, error);
        if (!value)
            return std::nullopt;
        settings.baudRate = *value;
    }
    if (parser.isSet(dataBits)) {
        const auto value = parseInt(parser.value(dataBits), u"--data-bits"_s, 5, 8, error);
        if (!value)
            return std::nullopt;
        settings.dataBits = QSerialPort::DataBits(*value);
    }
    if (parser.isSet(parity)) {
        const QString p = parser.value(parity).toLower();
        if (p == u"none")
            settings.parity = QSerialPort::NoParity;
        else if (p == u"even")
            settings.parity = QSerialPort::EvenParity;
        else if (p == u"odd")
            settings.parity = QSerialPort::OddParity;
        else if (p == u"mark")
            settings.parity = QSerialPort::MarkParity;
        else if (p == u"space")
            settings.parity = QSerialPort::SpaceParity;
        else {
            *error = tr("--parity is one of none, even, odd, mark, space; not '%1'")
                         .arg(parser.value(parity));
            return std::nullopt;
        }
    }
    if (parser.isSet(stopBits)) {
        const QString s = parser.value(stopBits);
        if (s == u"1")
            settings.stopBits = QSerialPort::OneStop;
        else if (s == u"1.5")
            settings.stopBits = QSerialPort::OneAndHalfStop;
        else if (s == u"2")
            settings.stopBits = QSerialPort::TwoStop;
        else {
            *error = tr("--stop-bits is 1, 1.5 or 2; not '%1'").arg(s);
            return std::nullopt;
        }
    }
    if (parser.isSet(flow)) {
        const QString f = parser.value(flow).toLower();
        if (f == u"none")
            settings.flowControl = QSerialPort::NoFlowControl;
        else if (f == u"rtscts")
            settings.flowControl = QSerialPort::HardwareControl;
        else if (f == u"xonxoff")
            settings.flowControl = QSerialPort::SoftwareControl;
        else {
            *error = tr("--flow is one of none, rtscts, xonxoff; not '%1'").arg(parser.value(flow));
            return std::nullopt;
        }
    }
    return settings;
}

void SensorNodeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {count, timeout, start, stop, ack, magic, size, format, names, sequenceField});
}

QString SensorNodeOptions::help()
{
    return tr("  --count N              packets to receive before STOP; 0: until Ctrl+C\n"
              "                         (default 200)\n"
              "  --timeout MS           give up when the node is silent this long\n"
              "                         (default 3000)\n"
              "  --start BYTES          start command (default 'START\\n'; escapes \\n \\r \\t\n"
              "                         \\0 \\\\ \\xHH)\n"
              "  --stop BYTES           stop command (default 'STOP\\n')\n"
              "  --ack BYTES            acknowledgement after each packet (default 'ACK\\n';\n"
              "                         '' for none)\n"
              "  --magic BYTES          the bytes each packet starts with (default 'DATA')\n"
              "  --size N               packet length in bytes (default 64)\n"
              "  --format FMT           Python struct format of a packet (default <4sII6f28x)\n"
              "  --names A,B,...        a name per value (default magic,seq,time_ms,dx,dy,dz,\n"
              "                         roll,pitch,yaw)\n"
              "  --seq-field I          index of the sequence value, -1 for none (default 1)\n");
}

std::optional<SensorNodeSettings> SensorNodeOptions::parse(
    const QCommandLineParser &parser, QString *error) const
{
    SensorNodeSettings settings;
    const auto bytes = [&](const QCommandLineOption &option, QByteArray &out) {
        if (!parser.isSet(option))
            return true;
        QString reason;
        const auto parsed = parseEscapedText(parser.value(option), &reason);
        if (!parsed) {
            *error = u"--%1: %2"_s.arg(option.names().first(), reason);
            return false;
        }
        out = *parsed;
        return true;
    };
    if (!bytes(start, settings.startCommand) || !bytes(stop, settings.stopCommand)
        || !bytes(ack, settings.ackCommand) || !bytes(magic, settings.decoder.magic))
        return std::nullopt;
    const auto number = [&](const QCommandLineOption &option, int minimum, int maximum, int &out) {
        if (!parser.isSet(option))
            return true;
        const auto value = parseInt(
            parser.value(option), u"--"_s + option.names().first(), minimum, maximum, error);
        if (value)
            out = *value;
        return value.has_value();
    };
    if (!number(count, 0, SensorNodeSession::kMaxPacketCount, settings.packetCount)
        || !number(timeout, SensorNodeSession::kMinTimeoutMs, SensorNodeSession::kMaxTimeoutMs,
            settings.timeoutMs)
        || !number(size, 1, SensorNodeDecoder::kMaxPacketSize, settings.decoder.packetSize)
        || !number(sequenceField, -1, 65535, settings.decoder.sequenceField))
        return std::nullopt;
    if (parser.isSet(format)) {
        settings.decoder.format = parser.value(format);
        if (!parser.isSet(names))
            settings.decoder.fieldNames.clear(); // v0, v1, …
    }
    if (parser.isSet(names)) {
        settings.decoder.fieldNames.clear();
        for (const QString &name : parser.value(names).split(u','))
            settings.decoder.fieldNames.append(name.trimmed());
    }
    SensorNodeDecoder check;
    if (!check.setConfig(settings.decoder, error))
        return std::nullopt;
    return settings;
}

} // namespace netlab::cli
