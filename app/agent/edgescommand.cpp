#include "edgescommand.h"

#include <devices/edgecapture.h>
#include <devices/edgerecorder.h>
#include <devices/gpioddhtbackend.h>
#include <devices/gpiodline.h>
#include <devices/pinmap.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace netlab {

namespace {

const QString kRecord = QStringLiteral("record-edges");
const QString kDecode = QStringLiteral("decode-edges");

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

std::optional<DhtModel> parseModel(const QString &text)
{
    const QString m = text.trimmed().toLower();
    if (m == u"dht11")
        return DhtModel::Dht11;
    if (m == u"dht22" || m == u"am2302")
        return DhtModel::Dht22;
    return std::nullopt;
}

// "Temp: 23.0C Humidity: 41.0%" or "failed (checksum): …"
QString describe(const SensorResult &result)
{
    if (result.ok())
        return result.reading.toText();
    return EdgesCommand::tr("failed (%1): %2")
        .arg(sensorFailureKey(result.failure), result.message);
}

QJsonObject toJson(int index, const EdgeCapture::Frame &frame, const SensorResult &result)
{
    QJsonObject object {{QStringLiteral("frame"), index},
        {QStringLiteral("start_ns"), frame.startPulseNs},
        {QStringLiteral("release_ns"), frame.releaseNs},
        {QStringLiteral("edges"), frame.edges.size()},
        // 40 bits arrived and added up (an implausible value still had a good checksum).
        {QStringLiteral("checksum_ok"),
            result.ok() || result.failure == SensorFailure::Implausible}};
    if (result.ok()) {
        object.insert(QStringLiteral("humidity_pct"), result.reading.humidityPct);
        object.insert(QStringLiteral("temperature_c"), result.reading.temperatureC);
    } else {
        object.insert(QStringLiteral("failure"), sensorFailureKey(result.failure));
        object.insert(QStringLiteral("error"), result.message);
    }
    return object;
}

struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption help {
        {QStringLiteral("h"), QStringLiteral("help")}, EdgesCommand::tr("Show this help.")};
    QCommandLineOption model {QStringLiteral("model"),
        EdgesCommand::tr("Sensor model: dht11 or dht22 (am2302)."), EdgesCommand::tr("model")};
};

int usageError(FILE *err, const QString &command, const QString &problem)
{
    printLine(err,
        EdgesCommand::tr("netlab-agent %1: %2 (see netlab-agent %1 --help)").arg(command, problem));
    return 2;
}

int decodeEdges(const QStringList &arguments, FILE *out, FILE *err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        EdgesCommand::tr("netlab-agent decode-edges FILE [--model dht11|dht22] [--json]\n\n"
                         "Decodes an edge capture (*.edges, written by netlab-agent record-edges "
                         "or converted from a logic analyzer) frame by frame, as the agent would "
                         "decode what it sees after each start pulse."));
    p.parser.addPositionalArgument(
        QStringLiteral("file"), EdgesCommand::tr("The capture."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
        EdgesCommand::tr("One JSON object per frame and line: humidity_pct, temperature_c and "
                         "checksum_ok, or failure and error."));
    p.parser.addOptions({p.help, p.model, json});
    if (!p.parser.parse(arguments))
        return usageError(err, kDecode, p.parser.errorText());
    if (p.parser.isSet(p.help)) {
        std::fputs(p.parser.helpText().toLocal8Bit().constData(), out);
        return 0;
    }
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, kDecode, EdgesCommand::tr("give exactly one capture file"));
    std::optional<DhtModel> model;
    if (p.parser.isSet(p.model)) {
        model = parseModel(p.parser.value(p.model));
        if (!model)
            return usageError(err, kDecode,
                EdgesCommand::tr("model must be dht11 or dht22, not \"%1\"")
                    .arg(p.parser.value(p.model)));
    }
    QString error;
    const std::optional<EdgeCapture> capture = EdgeCapture::load(files.first(), &error);
    if (!capture) {
        printLine(err, EdgesCommand::tr("netlab-agent %1: %2").arg(kDecode, error));
        return 1;
    }
    if (!model)
        model = capture->model.value_or(DhtModel::Dht11);
    const QList<EdgeCapture::Frame> frames = capture->hostFrames(
        qint64(GpiodDhtBackend::kQuietUs) * 1000, qint64(GpiodDhtBackend::kWindowUs) * 1000);
    int readings = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const EdgeCapture::Frame &frame = frames.at(i);
        const SensorResult result = DhtDecoder::decode(frame.edges, *model);
        if (result.ok())
            ++readings;
        if (p.parser.isSet(json)) {
            printLine(out,
                QString::fromUtf8(QJsonDocument(toJson(int(i + 1), frame, result))
                                      .toJson(QJsonDocument::Compact)));
        } else {
            printLine(out,
                EdgesCommand::tr("frame %1 at %2 s (%3 edges): %4")
                    .arg(i + 1)
                    .arg(double(frame.releaseNs) / 1e9, 0, 'f', 6)
                    .arg(frame.edges.size())
                    .arg(describe(result)));
        }
    }
    if (!p.parser.isSet(json)) {
        if (frames.isEmpty())
            printLine(out,
                EdgesCommand::tr("no host start pulse in %1 edges: nothing to decode")
                    .arg(capture->edges.size()));
        else
            printLine(out,
                EdgesCommand::tr("%1 frames (%2): %3 readings, %4 failed")
                    .arg(frames.size())
                    .arg(dhtModelKey(*model))
                    .arg(readings)
                    .arg(frames.size() - readings));
    }
    return readings > 0 ? 0 : 1;
}

int recordEdges(const QStringList &arguments, FILE *out, FILE *err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        EdgesCommand::tr("netlab-agent record-edges [--count N] [--dht-pin PIN] "
                         "[--model dht11|dht22] FILE\n\n"
                         "On the Pi: sends the start pulse through libgpiod COUNT times (at the "
                         "sensor's minimum interval) and saves the edges seen after each to FILE, "
                         "for netlab-agent decode-edges or a bug report. Stop the agent first "
                         "(systemctl stop netlab-agent): the line must be free. Does not work "
                         "while the dht11 overlay owns the pin."));
    p.parser.addPositionalArgument(QStringLiteral("file"),
        EdgesCommand::tr("Where to save the capture."), QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"),
        EdgesCommand::tr("How many reads (default 1, at most 1000)."), EdgesCommand::tr("n"));
    const QCommandLineOption pin(QStringLiteral("dht-pin"),
        EdgesCommand::tr("GPIO of the sensor's data line (default GPIO4, physical pin 7)."),
        EdgesCommand::tr("pin"));
    p.parser.addOptions({p.help, count, pin, p.model});
    if (!p.parser.parse(arguments))
        return usageError(err, kRecord, p.parser.errorText());
    if (p.parser.isSet(p.help)) {
        std::fputs(p.parser.helpText().toLocal8Bit().constData(), out);
        return 0;
    }
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, kRecord, EdgesCommand::tr("give exactly one file to write"));
    int reads = 1;
    if (p.parser.isSet(count)) {
        bool ok = false;
        reads = p.parser.value(count).toInt(&ok);
        if (!ok || reads < 1 || reads > 1000)
            return usageError(err, kRecord,
                EdgesCommand::tr("count must be a number from 1 to 1000, not \"%1\"")
                    .arg(p.parser.value(count)));
    }
    DhtModel model = DhtModel::Dht11;
    if (p.parser.isSet(p.model)) {
        const std::optional<DhtModel> parsed = parseModel(p.parser.value(p.model));
        if (!parsed)
            return usageError(err, kRecord,
                EdgesCommand::tr("model must be dht11 or dht22, not \"%1\"")
                    .arg(p.parser.value(p.model)));
        model = *parsed;
    }
    int bcm = 4;
    if (p.parser.isSet(pin)) {
        QString reason;
        const std::optional<int> parsed = PinMap::parsePin(p.parser.value(pin), &reason);
        if (!parsed)
            return usageError(err, kRecord, reason);
        bcm = *parsed;
    }
    const QString path = files.first();
    if (QFileInfo(path).isDir())
        return usageError(err, kRecord, EdgesCommand::tr("%1 is a directory").arg(path));

    QString error;
    std::unique_ptr<GpiodLine> line
        = GpiodLine::open(bcm, QStringLiteral("netlab-agent record-edges"), &error);
    if (!line) {
        printLine(err,
            EdgesCommand::tr("netlab-agent %1: cannot use GPIO%2: %3. record-edges drives the "
                             "sensor's line itself: run it on the Raspberry Pi the sensor is "
                             "wired to, as a user in the gpio group, with the agent stopped.")
                .arg(kRecord)
                .arg(bcm)
                .arg(error));
        return 1;
    }
    GpiodDhtBackend backend(std::move(line), model);
    EdgeRecorder recorder(backend);
    int readings = 0;
    const std::optional<EdgeCapture> capture = recorder.record(
        reads,
        [&](int index, qsizetype edges, const SensorResult &result) {
            if (result.ok())
                ++readings;
            printLine(out,
                EdgesCommand::tr("read %1 of %2 (%3 edges): %4")
                    .arg(index)
                    .arg(reads)
                    .arg(edges)
                    .arg(describe(result)));
        },
        &error);
    if (!capture) {
        printLine(err, EdgesCommand::tr("netlab-agent %1: %2").arg(kRecord, error));
        return 1;
    }
    if (!capture->save(path, &error)) {
        printLine(err, EdgesCommand::tr("netlab-agent %1: %2").arg(kRecord, error));
        return 1;
    }
    printLine(out,
        EdgesCommand::tr("saved %1 edges to %2 (%3 of %4 reads decoded)")
            .arg(capture->edges.size())
            .arg(path)
            .arg(readings)
            .arg(reads));
    return readings > 0 ? 0 : 1;
}

} // namespace

bool EdgesCommand::handles(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == kRecord || arguments.at(1) == kDecode);
}

int EdgesCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    // The parser sees "netlab-agent decode-edges" as the program and the rest as its own.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + arguments.at(1));
    return arguments.at(1) == kRecord ? recordEdges(rest, out, err) : decodeEdges(rest, out, err);
}

} // namespace netlab
