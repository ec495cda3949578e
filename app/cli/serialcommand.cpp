// netlab serial PORT: a serial terminal. Standard input to the port, the port to standard
// output (raw, or hex / time-stamped lines). Over netlab::SerialLink, the serial tab's core.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"
#include "serialoptions.h"
#include "stdinreader.h"

#include <devices/seriallink.h>
#include <netlab/hexcodec.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "serial";
constexpr int kDefaultLingerMs = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab serial [OPTIONS] PORT\n"
              "Open the serial port PORT (ttyUSB0, /dev/rfcomm0, COM3, a pty path), send\n"
              "standard input to it and write what arrives to standard output.\n"
              "\n"
              "Options:\n")
        + SerialLineOptions::help()
        + tr("  --hex                  print received bytes as hex, one line per read; read\n"
             "                         standard input as lines of hex (\"41 43 4b 0a\")\n"
             "  --timestamps           print each read on its own line, after the local time\n"
             "                         (text escaped like \"ACK\\n\")\n"
             "  --line-ending MODE     how each line of text input ends on the wire: lf\n"
             "                         (default), crlf, cr or none\n"
             "  --linger MS            after the end of standard input, keep printing for MS\n"
             "                         milliseconds, then exit (default 1000)\n"
             "  -h, --help             show this help\n"
             "\n"
             "Exit status: 0 after the end of input, 1 when the port cannot be opened or\n"
             "goes away (unplugged), 2 for bad arguments.\n"
             "\n"
             "Examples:\n"
             "  netlab serial --baud 115200 /dev/rfcomm0\n"
             "  printf 'START\\n' | netlab serial --timestamps --linger 3000 /dev/ttyUSB0\n");
}

} // namespace

int runSerial(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SerialLineOptions line;
    line.addTo(parser);
    const QCommandLineOption hexOption(u"hex"_s);
    const QCommandLineOption timestampsOption(u"timestamps"_s);
    const QCommandLineOption lineEndingOption(u"line-ending"_s, QString(), u"MODE"_s);
    const QCommandLineOption lingerOption(u"linger"_s, QString(), u"MS"_s);
    parser.addOptions({hexOption, timestampsOption, lineEndingOption, lingerOption});
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
    const bool hex = parser.isSet(hexOption);
    const bool timestamps = parser.isSet(timestampsOption);
    QByteArray ending = "\n";
    if (parser.isSet(lineEndingOption)) {
        const auto parsed = parseLineEnding(parser.value(lineEndingOption), &error);
        if (!parsed)
            return usageError(kName, error);
        ending = *parsed;
    }
    int linger = kDefaultLingerMs;
    if (parser.isSet(lingerOption)) {
        const auto value
            = parseInt(parser.value(lingerOption), u"--linger"_s, 0, 24 * 3600 * 1000, &error);
        if (!value)
            return usageError(kName, error);
        linger = *value;
    }

    SerialLink link;
    if (!link.open(*settings))
        return runtimeError(kName, link.lastError());
    warn(kName, tr("%1 open at %2").arg(settings->portName, settings->summary()));

    int exitCode = ExitOk;
    QObject::connect(&link, &SerialLink::dataReceived, &link, [&](const QByteArray &data) {
        if (!timestamps && !hex) {
            writeOut(data);
            return;
        }
        QString text = hex ? toHex(data) : escapeBytes(data);
        if (timestamps)
            text.prepend(QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz "_s));
        printLine(text);
    });
    QObject::connect(&link, &SerialLink::errorOccurred, &link, [&](const QString &message) {
        warn(kName, message);
        if (!link.isOpen()) {
            exitCode = ExitFailure;
            QCoreApplication::exit(ExitFailure);
        }
    });

    StdinReader stdinReader;
    QByteArray pending; // text: a line in progress; hex: a line of hex in progress
    qint64 lineNumber = 0;
    const auto sendLines = [&](bool final) {
        for (;;) {
            qsizetype end = pending.indexOf('\n');
            const bool complete = end >= 0;
            if (!complete) {
                if (!final || pending.isEmpty())
                    return;
                end = pending.size();
            }
            QByteArray lineBytes = pending.left(end);
            pending.remove(0, std::min(end + 1, pending.size()));
            ++lineNumber;
            if (complete && lineBytes.endsWith('\r'))
                lineBytes.chop(1);
            if (hex) {
                const HexParseResult parsed = parseHex(QString::fromLatin1(lineBytes));
                if (!parsed.ok)
                    warn(kName,
                        tr("input line %1 not sent: %2").arg(lineNumber).arg(parsed.errorString));
                else
                    link.send(parsed.bytes);
            } else {
                link.send(complete ? lineBytes + ending : lineBytes);
            }
        }
    };
    QObject::connect(&stdinReader, &StdinReader::dataRead, &link, [&](const QByteArray &data) {
        if (!hex && ending == "\n") {
            link.send(data); // unchanged
            return;
        }
        pending += data;
        if (pending.size() > 1024 * 1024 && !pending.contains('\n')) {
            warn(kName, tr("input line longer than 1 MiB not sent"));
            pending.clear();
        }
        sendLines(false);
    });
    QObject::connect(&stdinReader, &StdinReader::errorOccurred, &link,
        [&](const QString &message) { warn(kName, message); });
    QObject::connect(&stdinReader, &StdinReader::endOfInput, &link, [&] {
        sendLines(true);
        // Let the port take what is still queued, then linger for the answers.
        auto *drain = new QTimer(&link);
        drain->setInterval(5);
        QObject::connect(drain, &QTimer::timeout, &link, [&link, drain, linger] {
            if (link.isOpen() && link.bytesToWrite() > 0)
                return;
            drain->stop();
            QTimer::singleShot(linger, &link, [] { QCoreApplication::exit(ExitOk); });
        });
        drain->start();
    });
    quitOnInterrupt(&link);
    stdinReader.start();
    const int code = QCoreApplication::exec();
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace netlab::cli
