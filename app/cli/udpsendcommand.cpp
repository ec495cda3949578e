// netlab udp-send: send one datagram, or N at R per second, to a host, a broadcast address or
// a multicast group; the payload as text, hex, or a frame packed from a Python struct format.
#include "command.h"
#include "commandline.h"

#include <netlab/hexcodec.h>
#include <netlab/socketerror.h>
#include <netlab/structformat.h>
#include <netlab/udpsender.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "udp-send";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab udp-send HOST PORT (--text T | --hex H | --format F --values V...)\n"
              "                       [--broadcast] [--count N] [--rate R] [OPTIONS]\n"
              "Send a UDP datagram (or N of them at R per second) to HOST:PORT. HOST may be a\n"
              "name, an address, a broadcast address (with --broadcast) or a multicast group.\n"
              "\n"
              "Payload (exactly one):\n"
              "  --text T            text, sent as UTF-8; escapes \\n \\r \\t \\0 \\\\ \\xHH\n"
              "  --hex H             bytes in hex: '48 65 6c', '48656c', '0x48,0x65'\n"
              "  --format F          a Python struct format (or drone, sensor-node) packed\n"
              "  --values V...       from the values that follow, one per field, like\n"
              "                      struct.pack(F, V...): integers, floats, true/false,\n"
              "                      text for s/p/c fields; 'now' is the current time for a\n"
              "                      float field\n"
              "\n"
              "Options:\n"
              "  --broadcast         allow HOST to be a broadcast address (255.255.255.255 or\n"
              "                      a subnet's, e.g. 192.168.1.255); 'broadcast' as HOST\n"
              "                      means 255.255.255.255\n"
              "  --count N           send N datagrams (default 1)\n"
              "  --rate R            at R datagrams per second (default: as fast as possible)\n"
              "  --ttl N             multicast TTL (default 1: this network only)\n"
              "  --json              one JSON object per line\n"
              "  --quiet             print only the final line\n"
              "  -h, --help          show this help\n"
              "\n"
              "Examples:\n"
              "  netlab udp-send 127.0.0.1 50005 --text 'Hello, World!'\n"
              "  netlab udp-send broadcast 52001 --broadcast --text 'temp=21.5' --count 10 "
              "--rate 1\n"
              "  netlab udp-send 127.0.0.1 52002 --format drone --values now -12 7 359 87 1013.25 "
              "0.1 -9.81 0\n");
}

} // namespace

int runUdpSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption textOption(u"text"_s, QString(), u"T"_s);
    const QCommandLineOption hexOption(u"hex"_s, QString(), u"H"_s);
    const QCommandLineOption formatOption(u"format"_s, QString(), u"F"_s);
    const QCommandLineOption valuesOption(u"values"_s, QString(), u"V"_s);
    const QCommandLineOption broadcastOption(u"broadcast"_s);
    const QCommandLineOption countOption(u"count"_s, QString(), u"N"_s);
    const QCommandLineOption rateOption(u"rate"_s, QString(), u"R"_s);
    const QCommandLineOption ttlOption(u"ttl"_s, QString(), u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption quietOption(u"quiet"_s);
    parser.addOptions({textOption, hexOption, formatOption, valuesOption, broadcastOption,
        countOption, rateOption, ttlOption, jsonOption, quietOption});
    // "--values V1 V2 ..." (values may be negative: "--values now -12 7"): every word after
    // --values that is not one of our options becomes its own "--values V", order kept.
    QStringList known;
    for (const QCommandLineOption *option : {&textOption, &hexOption, &formatOption, &valuesOption,
             &broadcastOption, &countOption, &rateOption, &ttlOption, &jsonOption, &quietOption})
        known += option->names();
    known << u"help"_s;
    QStringList words;
    bool inValues = false;
    for (const QString &word : arguments) {
        const bool isOption = word == u"-h"
            || (word.startsWith(u"--") && known.contains(word.mid(2).section(u'=', 0, 0)));
        if (word == u"--values") {
            inValues = true;
            continue;
        }
        if (isOption)
            inValues = false;
        if (inValues)
            words << u"--values"_s;
        words << word;
    }
    if (const auto exit = parseOrExit(parser, kName, words, helpText()))
        return *exit;
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(kName, tr("give HOST and PORT"));

    QString error;
    const QString hostText = positional.takeFirst();
    const auto port = parsePort(positional.takeFirst(), false, &error);
    if (!port)
        return usageError(kName, error);

    const int payloadKinds = int(parser.isSet(textOption)) + int(parser.isSet(hexOption))
        + int(parser.isSet(formatOption));
    if (payloadKinds != 1)
        return usageError(kName, tr("give exactly one of --text, --hex or --format"));
    if (parser.isSet(valuesOption) && !parser.isSet(formatOption))
        return usageError(kName, tr("--values needs --format"));
    if (!positional.isEmpty())
        return usageError(kName, tr("unexpected argument '%1'").arg(positional.first()));

    QByteArray payload;
    if (parser.isSet(textOption)) {
        const auto parsed = parseEscapes(parser.value(textOption), &error);
        if (!parsed)
            return usageError(kName, error);
        payload = *parsed;
    } else if (parser.isSet(hexOption)) {
        const HexParseResult parsed = parseHex(parser.value(hexOption));
        if (!parsed.ok)
            return usageError(kName, tr("--hex: %1").arg(parsed.errorString));
        payload = parsed.bytes;
    } else {
        const QString formatText = parser.value(formatOption);
        StructFormat format;
        bool preset = false;
        for (const StructFormatPreset &candidate : StructFormat::presets()) {
            if (formatText == candidate.id) {
                format = StructFormat::fromPreset(candidate);
                preset = true;
            }
        }
        if (!preset)
            format = StructFormat::parse(formatText);
        if (!format.isValid())
            return usageError(kName, tr("--format: %1").arg(format.errorString()));
        QStringList texts = parser.values(valuesOption);
        const QString now = QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3);
        const QList<StructField> fields = format.fields();
        for (qsizetype k = 0; k < texts.size() && k < fields.size(); ++k) {
            const char code = fields.at(k).code;
            if (texts.at(k) == u"now" && (code == 'd' || code == 'f' || code == 'e'))
                texts[k] = now;
        }
        QList<StructValue> values;
        if (!format.valuesFromStrings(texts, values, &error))
            return usageError(kName, error);
        if (!format.encode(values, payload, &error))
            return usageError(kName, error);
    }
    if (payload.size() > UdpSender::kMaxPayload)
        return usageError(kName,
            tr("the payload is %1 bytes; a UDP datagram holds at most %2")
                .arg(payload.size())
                .arg(UdpSender::kMaxPayload));

    int count = 1;
    if (parser.isSet(countOption)) {
        const auto parsed = parseInt(
            parser.value(countOption), u"--count"_s, 1, std::numeric_limits<int>::max(), &error);
        if (!parsed)
            return usageError(kName, error);
        count = *parsed;
    }
    double rate = 0;
    if (parser.isSet(rateOption)) {
        bool ok = false;
        rate = parser.value(rateOption).toDouble(&ok);
        if (!ok || rate <= 0 || rate > 1e8)
            return usageError(kName,
                tr("--rate: '%1' is not a positive number per second")
                    .arg(parser.value(rateOption)));
    }
    const bool json = parser.isSet(jsonOption);
    const bool quiet = parser.isSet(quietOption);

    UdpSendJob job;
    job.host
        = hostText == u"broadcast" ? QHostAddress(QHostAddress::Broadcast).toString() : hostText;
    job.port = *port;
    job.payload = payload;
    job.count = count;
    job.rate = rate;
    job.allowBroadcast = parser.isSet(broadcastOption);
    if (parser.isSet(ttlOption)) {
        const auto parsed = parseInt(parser.value(ttlOption), u"--ttl"_s, 0, 255, &error);
        if (!parsed)
            return usageError(kName, error);
        job.multicastTtl = *parsed;
    }
    // A broadcast address typed without --broadcast is a usage error, caught before sending.
    if (QHostAddress literal; literal.setAddress(job.host) && !job.allowBroadcast
        && UdpSender::isBroadcastAddress(literal))
        return usageError(kName,
            tr("%1 is a broadcast address: add --broadcast to send to every "
               "host on the network")
                .arg(literal.toString()));

    UdpSender sender;
    QString lastError;
    const auto where = [&] { return formatEndpoint(sender.address(), job.port); };
    QObject::connect(&sender, &UdpSender::errorOccurred, &sender, [&](const QString &message) {
        lastError = message;
        if (sender.isRunning() && sender.address() != QHostAddress())
            warn(kName, message);
    });
    QObject::connect(
        &sender, &UdpSender::datagramSent, &sender, [&](qint64 sequence, qint64 written) {
            if (quiet)
                return;
            if (json)
                printJsonEvent(u"sent"_s,
                    {{u"to"_s, where()}, {u"bytes"_s, written}, {u"seq"_s, sequence},
                        {u"hex"_s, QString::fromLatin1(payload.toHex())}});
            else if (count <= 100 || sequence % qMax(1, count / 10) == 0)
                printLine(tr("sent %1 bytes to %2 (%3/%4)")
                              .arg(written)
                              .arg(where())
                              .arg(sequence)
                              .arg(count));
        });
    QObject::connect(&sender, &UdpSender::finished, &sender, [] { QCoreApplication::exit(0); });
    if (!sender.start(job))
        return runtimeError(kName, sender.errorString());
    QCoreApplication::exec();

    const int failures = sender.failures();
    const qint64 ok = sender.sent() - failures;
    // Failed before or at the first datagram (lookup, bind, a lone datagram refused).
    if (ok == 0 && !lastError.isEmpty())
        return runtimeError(kName, lastError);
    if (failures >= UdpSender::kMaxFailures
        || (failures > 0 && sender.sent() < count && !sender.wasStopped()))
        return runtimeError(kName, lastError);
    const double seconds = sender.elapsedSeconds();
    const double achieved = sender.achievedRate();
    if (json)
        printJsonEvent(u"done"_s,
            {{u"to"_s, where()}, {u"datagrams"_s, ok}, {u"bytes"_s, sender.bytesSent()},
                {u"failed"_s, failures}, {u"seconds"_s, seconds}, {u"rate"_s, achieved}});
    else
        printLine(
            (ok == 1 ? tr("sent 1 datagram (%2 bytes) to %3").arg(sender.bytesSent()).arg(where())
                     : tr("sent %1 datagrams (%2 bytes) to %3 in %4 s (%5/s)")
                           .arg(ok)
                           .arg(sender.bytesSent())
                           .arg(where())
                           .arg(seconds, 0, 'f', 3)
                           .arg(achieved, 0, 'f', 0))
            + (failures ? tr(", %1 failed: %2").arg(failures).arg(lastError) : QString()));
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace netlab::cli
