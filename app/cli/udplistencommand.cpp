// netlab udp-listen: listen on several UDP ports at once and print every decoded datagram,
// the per-port rates every second, and a final summary. Over netlab::UdpListener, the core
// of the workbench's UDP listener tab.
#include "command.h"
#include "commandline.h"
#include "portspec.h"
#include "quitonsignal.h"

#include <netlab/socketerror.h>
#include <netlab/structformat.h>
#include <netlab/udplistener.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "udp-listen";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab udp-listen PORT[:FORMAT[:NAMES]]... [OPTIONS]\n"
              "Listen on one or more UDP ports at once and print one line per datagram,\n"
              "the rate of each port on standard error every second, and a summary at the\n"
              "end (messages, bytes, bad frames, average rate per port).\n"
              "\n"
              "  PORT      a port, 0 for any free port (the one picked is announced)\n"
              "  FORMAT    text (default), hex, drone (<diiiiffff), sensor-node\n"
              "            (<4sII6f28x), or a Python struct format such as '<diiiiffff'\n"
              "            (write the struct format \"hex\" as '@hex')\n"
              "  NAMES     comma-separated field names, one per value: date,pitch,roll\n"
              "\n"
              "Options:\n"
              "  --bind ADDR          address to bind: any4 (default; receives broadcasts),\n"
              "                       any, any6, localhost, or an address of this machine\n"
              "  --multicast GROUP    join the multicast GROUP (e.g. 239.1.2.3) on every port\n"
              "  --interface NAME     the interface for --multicast (e.g. eth0)\n"
              "  --encoding ENC       text ports: utf-8 (default), ascii or latin-1\n"
              "  --errors MODE        text ports: replace (default), strict or ignore\n"
              "  --json               every line one JSON object (datagram, rates, summary)\n"
              "  --quiet              print only the summary\n"
              "  --count N            stop after N datagrams (all ports together)\n"
              "  --seconds S          stop after S seconds\n"
              "  -h, --help           show this help\n"
              "\n"
              "Stops at --count, --seconds or Ctrl+C, then prints the summary. Exit status:\n"
              "1 when a port cannot be bound (the reason is printed), 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab udp-listen 52001 52002:drone\n"
              "  netlab udp-listen 52002:'<diiiiffff':date,pitch,roll,yaw,battery,baro,ax,ay,az\n"
              "  netlab udp-listen 50005 --bind localhost --count 1 --json\n");
}

QJsonValue jsonValue(const StructValue &value)
{
    switch (value.type) {
    case StructValue::Type::Int:
        return QJsonValue(double(value.i)); // exact up to 2^53, as JSON numbers are
    case StructValue::Type::UInt:
        return QJsonValue(double(value.u));
    case StructValue::Type::Float:
        if (!std::isfinite(value.f))
            return QJsonValue(value.toString()); // JSON has no inf / nan
        return QJsonValue(value.f);
    case StructValue::Type::Bool:
        return QJsonValue(value.b);
    case StructValue::Type::Bytes:
        break;
    }
    return QJsonValue(escapeBytes(value.bytes));
}

struct PortTally
{
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 bad = 0;
};

void printErr(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}

void printJsonErr(const QString &event, QJsonObject fields)
{
    fields.insert(u"event"_s, event);
    printErr(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

} // namespace

int runUdpListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"ADDR"_s);
    const QCommandLineOption multicastOption(u"multicast"_s, QString(), u"GROUP"_s);
    const QCommandLineOption interfaceOption(u"interface"_s, QString(), u"NAME"_s);
    const QCommandLineOption encodingOption(u"encoding"_s, QString(), u"ENC"_s);
    const QCommandLineOption errorsOption(u"errors"_s, QString(), u"MODE"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption quietOption(u"quiet"_s);
    const QCommandLineOption countOption(u"count"_s, QString(), u"N"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, QString(), u"S"_s);
    parser.addOptions({bindOption, multicastOption, interfaceOption, encodingOption, errorsOption,
        jsonOption, quietOption, countOption, secondsOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return usageError(kName, tr("give at least one PORT"));

    QString error;
    QList<PortSpec> specs;
    for (const QString &text : parser.positionalArguments()) {
        const auto spec = parsePortSpec(text, &error);
        if (!spec)
            return usageError(kName, error);
        specs.append(*spec);
    }
    UdpPortConfig base;
    if (parser.isSet(bindOption)) {
        const auto address = parseBindAddress(parser.value(bindOption), &error);
        if (!address)
            return usageError(kName, error);
        base.bindAddress = *address;
    }
    if (parser.isSet(multicastOption)) {
        base.multicastGroup = QHostAddress(parser.value(multicastOption));
        if (base.multicastGroup.isNull())
            return usageError(kName,
                tr("--multicast: '%1' is not an IP address").arg(parser.value(multicastOption)));
    }
    if (parser.isSet(interfaceOption)) {
        base.multicastInterface
            = QNetworkInterface::interfaceFromName(parser.value(interfaceOption));
        if (!base.multicastInterface.isValid())
            return usageError(kName,
                tr("--interface: no interface named '%1'").arg(parser.value(interfaceOption)));
    }
    TextEncoding encoding = TextEncoding::Utf8;
    if (parser.isSet(encodingOption)
        && !TextCodec::encodingFromName(parser.value(encodingOption), &encoding))
        return usageError(kName,
            tr("--encoding: '%1' is not utf-8, ascii or latin-1")
                .arg(parser.value(encodingOption)));
    DecodeErrorMode mode = DecodeErrorMode::Replace;
    if (parser.isSet(errorsOption) && !TextCodec::modeFromKey(parser.value(errorsOption), &mode))
        return usageError(kName,
            tr("--errors: '%1' is not strict, replace or ignore").arg(parser.value(errorsOption)));
    base.textCodec = TextCodec(encoding, mode);
    qint64 count = -1;
    if (parser.isSet(countOption)) {
        const auto parsed = parseInt(
            parser.value(countOption), u"--count"_s, 1, std::numeric_limits<int>::max(), &error);
        if (!parsed)
            return usageError(kName, error);
        count = *parsed;
    }
    double seconds = -1;
    if (parser.isSet(secondsOption)) {
        bool ok = false;
        seconds = parser.value(secondsOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 1e7)
            return usageError(kName,
                tr("--seconds: '%1' is not a positive number of seconds")
                    .arg(parser.value(secondsOption)));
    }
    const bool json = parser.isSet(jsonOption);
    const bool quiet = parser.isSet(quietOption);

    UdpListener listener;
    QObject::connect(
        &listener, &UdpListener::errorOccurred, &listener, [&](const QString &message) {
            if (json)
                printJsonErr(u"error"_s, {{u"message"_s, message}});
            else
                warn(kName, message);
        });
    QList<quint16> order; // bound ports, in the order given
    QHash<quint16, PortSpec> specOf;
    for (const PortSpec &spec : specs) {
        UdpPortConfig config = base;
        config.port = spec.port;
        config.decoder = spec.decoder;
        config.structFormat = spec.format;
        const quint16 port = listener.addPort(config);
        if (port == 0)
            return ExitFailure; // the reason went out through errorOccurred
        order.append(port);
        specOf.insert(port, spec);
        const int buffer = listener.stats(port).receiveBufferBytes;
        const QString where = formatEndpoint(base.bindAddress, port);
        if (json)
            printJsonErr(u"listening"_s,
                {{u"port"_s, port}, {u"address"_s, base.bindAddress.toString()},
                    {u"decoder"_s, spec.label}, {u"receive_buffer"_s, buffer}});
        else
            printErr(tr("listening on %1 (%2), receive buffer %3 KiB")
                         .arg(where, spec.label)
                         .arg(buffer / 1024));
        if (!json && buffer < UdpListener::kReceiveBufferBytes)
            printErr(tr("  (asked for %1 KiB; raise net.core.rmem_max to get more)")
                         .arg(UdpListener::kReceiveBufferBytes / 1024));
    }

    QHash<quint16, PortTally> tally;
    qint64 total = 0;
    const auto stamp
        = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss.zzz"_s); };
    QObject::connect(&listener, &UdpListener::datagramsDecoded, &listener,
        [&](quint16 port, const QList<DecodedDatagram> &batch) {
            const StructFormat &format = specOf[port].format;
            const QStringList names = format.names();
            PortTally &t = tally[port];
            for (const DecodedDatagram &d : batch) {
                if (count >= 0 && total >= count)
                    break;
                ++total;
                ++t.messages;
                t.bytes += d.raw.size();
                if (!d.ok)
                    ++t.bad;
                if (quiet)
                    continue;
                const QString from = formatEndpoint(d.sender, d.senderPort);
                if (json) {
                    QJsonObject fields {{u"port"_s, port}, {u"from"_s, from},
                        {u"bytes"_s, d.raw.size()}, {u"ok"_s, d.ok}};
                    fields.insert(u"time"_s,
                        QDateTime::fromMSecsSinceEpoch(d.receivedMs).toString(Qt::ISODateWithMs));
                    if (!d.ok)
                        fields.insert(u"error"_s, d.error);
                    if (specOf[port].decoder == UdpDecoder::Struct) {
                        QJsonObject values;
                        for (int k = 0; k < d.values.size(); ++k)
                            values.insert(names.at(k), jsonValue(d.values.at(k)));
                        if (d.ok)
                            fields.insert(u"fields"_s, values);
                        else
                            fields.insert(u"hex"_s, QString::fromLatin1(d.raw.toHex()));
                    } else {
                        fields.insert(u"text"_s, d.text);
                    }
                    fields.insert(u"event"_s, u"datagram"_s);
                    writeOut(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
                    continue;
                }
                QString body;
                if (!d.ok) {
                    body = tr("BAD (%1)").arg(d.error);
                } else if (specOf[port].decoder == UdpDecoder::Struct) {
                    QStringList parts;
                    for (int k = 0; k < d.values.size(); ++k)
                        parts.append(names.at(k) + u'=' + format.displayValue(k, d.values.at(k)));
                    body = parts.join(u' ');
                } else if (specOf[port].decoder == UdpDecoder::Hex) {
                    body = d.text;
                } else {
                    body = base.textCodec.decodeEscaped(d.raw);
                }
                printLine(tr("%1 %2 <- %3 %4 bytes: %5")
                              .arg(stamp(d.receivedMs))
                              .arg(port)
                              .arg(from)
                              .arg(d.raw.size())
                              .arg(body));
            }
            if (count >= 0 && total >= count)
                QCoreApplication::quit();
        });

    // Rates once a second on stderr (not in --quiet).
    QTimer rateTimer;
    if (!quiet) {
        rateTimer.setInterval(1000);
        QObject::connect(&rateTimer, &QTimer::timeout, &listener, [&] {
            QStringList parts;
            QJsonArray rates;
            for (const quint16 port : order) {
                const UdpPortStats stats = listener.stats(port);
                parts.append(tr("%1: %2 msg/s").arg(port).arg(stats.currentRate, 0, 'f', 1));
                rates.append(QJsonObject {{u"port"_s, port}, {u"rate"_s, stats.currentRate},
                    {u"messages"_s, stats.messages}, {u"bad_frames"_s, stats.badFrames}});
            }
            if (json)
                printJsonErr(u"rates"_s, {{u"ports"_s, rates}});
            else
                printErr(tr("rates  %1").arg(parts.join(u"   "_s)));
        });
        rateTimer.start();
    }
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), &listener, [] { QCoreApplication::quit(); });
    quitOnInterrupt(&listener);

    QCoreApplication::exec();
    listener.flush(); // what arrived in the last 33 ms counts too (delivered synchronously)

    // Summary on stdout.
    QJsonArray summary;
    quint16 fastest = 0;
    quint16 slowest = 0;
    double fastestRate = -1;
    double slowestRate = -1;
    for (const quint16 port : order) {
        const UdpPortStats stats = listener.stats(port);
        const PortTally t = tally.value(port);
        if (fastestRate < 0 || stats.averageRate > fastestRate) {
            fastest = port;
            fastestRate = stats.averageRate;
        }
        if (slowestRate < 0 || stats.averageRate < slowestRate) {
            slowest = port;
            slowestRate = stats.averageRate;
        }
        QJsonObject reasons;
        for (auto it = stats.badReasons.cbegin(); it != stats.badReasons.cend(); ++it)
            reasons.insert(it.key(), it.value());
        if (json) {
            summary.append(QJsonObject {{u"port"_s, port}, {u"decoder"_s, specOf[port].label},
                {u"messages"_s, t.messages}, {u"bytes"_s, t.bytes}, {u"bad_frames"_s, t.bad},
                {u"average_rate"_s, stats.averageRate}, {u"bad_reasons"_s, reasons}});
        } else {
            QString line = tr("summary port %1 (%2): %3 messages, %4 bytes, %5 bad frames, "
                              "average %6 msg/s")
                               .arg(port)
                               .arg(specOf[port].label)
                               .arg(t.messages)
                               .arg(t.bytes)
                               .arg(t.bad)
                               .arg(stats.averageRate, 0, 'f', 1);
            if (!stats.lastError.isEmpty())
                line += tr("; last bad frame: %1").arg(stats.lastError);
            printLine(line);
        }
    }
    if (json) {
        QJsonObject fields {{u"event"_s, u"summary"_s}, {u"ports"_s, summary}};
        if (order.size() > 1) {
            fields.insert(u"fastest"_s, fastest);
            fields.insert(u"slowest"_s, slowest);
        }
        writeOut(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
    } else if (order.size() > 1 && qFuzzyCompare(fastestRate + 1, slowestRate + 1)) {
        // A tie (one message per port gives no rate at all) names no port.
        printLine(tr("all ports at the same average rate (%1 msg/s)").arg(fastestRate, 0, 'f', 1));
    } else if (order.size() > 1) {
        printLine(tr("fastest port %1 (%2 msg/s), slowest port %3 (%4 msg/s)")
                      .arg(fastest)
                      .arg(fastestRate, 0, 'f', 1)
                      .arg(slowest)
                      .arg(slowestRate, 0, 'f', 1));
    }
    return ExitOk;
}

} // namespace netlab::cli
