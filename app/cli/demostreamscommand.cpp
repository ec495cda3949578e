// netlab demo-streams: the course's UDP streams without the teacher's drone — ASCII sensor
// lines on 52001 (slow) and 40-byte drone frames on 52002 (faster), to loopback or to a
// broadcast address. Over netlab::DemoStreams, the core of the UDP tab's demo button.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"

#include <netlab/demostreams.h>
#include <netlab/socketerror.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "demo-streams";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab demo-streams [--to ADDR] [OPTIONS]\n"
              "Send the UDP lab's streams: ASCII sensor lines (\"seq=1 temperature=21.52\n"
              "humidity=45.1 pressure=1013.27 light=512\") and drone frames packed as\n"
              "struct.pack('<diiiiffff', date, pitch, roll, yaw, battery, barometer, agx, agy,\n"
              "agz), with values that change like real sensors'. Totals every second.\n"
              "\n"
              "Options:\n"
              "  --to ADDR          destination: 127.0.0.1 (default), a broadcast address\n"
              "                     such as 255.255.255.255 or 192.168.1.255, or any host\n"
              "  --text-port P      port of the sensor lines (default 52001)\n"
              "  --drone-port P     port of the drone frames (default 52002)\n"
              "  --text-rate R      sensor lines per second, 0 for none (default 2)\n"
              "  --drone-rate R     drone frames per second, 0 for none (default 25)\n"
              "  --seconds S        stop after S seconds (default: until Ctrl+C)\n"
              "  --json             totals as JSON objects\n"
              "  --quiet            print only the final totals\n"
              "  -h, --help         show this help\n"
              "\n"
              "Examples:\n"
              "  netlab demo-streams\n"
              "  netlab demo-streams --to 192.168.1.255 --drone-rate 50\n"
              "  netlab udp-listen 52001 52002:drone     (in another terminal)\n");
}

std::optional<double> parseRate(const QString &text, const QString &what, QString *error)
{
    bool ok = false;
    const double rate = text.toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 0 || rate > DemoStreams::kMaxRate) {
        *error = tr("%1: '%2' is not a rate from 0 to %3 per second")
                     .arg(what, text)
                     .arg(DemoStreams::kMaxRate);
        return std::nullopt;
    }
    return rate;
}

} // namespace

int runDemoStreams(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(u"to"_s, QString(), u"ADDR"_s);
    const QCommandLineOption textPortOption(u"text-port"_s, QString(), u"P"_s);
    const QCommandLineOption dronePortOption(u"drone-port"_s, QString(), u"P"_s);
    const QCommandLineOption textRateOption(u"text-rate"_s, QString(), u"R"_s);
    const QCommandLineOption droneRateOption(u"drone-rate"_s, QString(), u"R"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, QString(), u"S"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption quietOption(u"quiet"_s);
    parser.addOptions({toOption, textPortOption, dronePortOption, textRateOption, droneRateOption,
        secondsOption, jsonOption, quietOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            kName, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    QString error;
    DemoStreams streams;
    if (parser.isSet(toOption)) {
        QString text = parser.value(toOption).trimmed();
        if (text == u"localhost")
            text = u"127.0.0.1"_s;
        if (text == u"broadcast")
            text = u"255.255.255.255"_s;
        const QHostAddress address(text);
        if (address.isNull())
            return usageError(
                kName, tr("--to: '%1' is not an IP address").arg(parser.value(toOption)));
        streams.setDestination(address);
    }
    if (parser.isSet(textPortOption)) {
        const auto port = parsePort(parser.value(textPortOption), false, &error);
        if (!port)
            return usageError(kName, error);
        streams.setTextPort(*port);
    }
    if (parser.isSet(dronePortOption)) {
        const auto port = parsePort(parser.value(dronePortOption), false, &error);
        if (!port)
            return usageError(kName, error);
        streams.setDronePort(*port);
    }
    if (parser.isSet(textRateOption)) {
        const auto rate = parseRate(parser.value(textRateOption), u"--text-rate"_s, &error);
        if (!rate)
            return usageError(kName, error);
        streams.setTextRate(*rate);
    }
    if (parser.isSet(droneRateOption)) {
        const auto rate = parseRate(parser.value(droneRateOption), u"--drone-rate"_s, &error);
        if (!rate)
            return usageError(kName, error);
        streams.setDroneRate(*rate);
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

    const QString textWhere = formatEndpoint(streams.destination(), streams.textPort());
    const QString droneWhere = formatEndpoint(streams.destination(), streams.dronePort());
    const auto report = [&](const QString &event, qint64 lines, qint64 frames) {
        if (json)
            printJsonEvent(event,
                {{u"lines"_s, lines}, {u"lines_to"_s, textWhere}, {u"frames"_s, frames},
                    {u"frames_to"_s, droneWhere}, {u"send_errors"_s, streams.sendErrors()}});
        else
            printLine(tr("%1 sensor lines to %2, %3 drone frames to %4")
                          .arg(lines)
                          .arg(textWhere)
                          .arg(frames)
                          .arg(droneWhere));
    };
    QObject::connect(&streams, &DemoStreams::errorOccurred, &streams,
        [&](const QString &message) { warn(kName, message); });
    if (!quiet)
        QObject::connect(
            &streams, &DemoStreams::progress, &streams, [&](qint64 lines, qint64 frames) {
                if (streams.isRunning())
                    report(u"progress"_s, lines, frames);
            });
    if (!streams.start())
        return ExitFailure;
    if (!quiet && !json)
        printLine(tr("sending %1 sensor lines/s to %2 and %3 drone frames/s to %4 (Ctrl+C stops)")
                      .arg(streams.textRate())
                      .arg(textWhere)
                      .arg(streams.droneRate())
                      .arg(droneWhere));
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), &streams, [] { QCoreApplication::quit(); });
    quitOnInterrupt(&streams);
    QCoreApplication::exec();
    streams.stop();
    report(u"done"_s, streams.linesSent(), streams.framesSent());
    return streams.sendErrors() > 0 && streams.linesSent() + streams.framesSent() == 0 ? ExitFailure
                                                                                       : ExitOk;
}

} // namespace netlab::cli
