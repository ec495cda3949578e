// netlab — the command-line twin of the workbench.
//   netlab SUBCOMMAND [OPTIONS…]      netlab --help      netlab SUBCOMMAND --help
#include "command.h"

#include <netlab/descriptorlimit.h>
#include <netlab/translators.h>
#include <netlab/version.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <array>
#include <cstdio>
#include <optional>

namespace {

using netlab::cli::Command;

const std::array kCommands = {
    Command {"agent",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "a netlab-agent's info, stored readings, live readings (follow), LED"),
        &netlab::cli::runAgent},
    Command {"chat",
        QT_TRANSLATE_NOOP("netlab::cli",
            "the LAN mini chat: host or join; stdin lines sent, peers' lines printed"),
        &netlab::cli::runChat},
    Command {"code",
        QT_TRANSLATE_NOOP("netlab::cli",
            "print a tab's settings as the Python program (or nc one-liner) a student would write"),
        &netlab::cli::runCode},
    Command {"demo-streams",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "send the UDP lab's sensor lines and drone frames (52001/52002)"),
        &netlab::cli::runDemoStreams},
    Command {"http",
        QT_TRANSLATE_NOOP("netlab::cli",
            "one HTTP request (or --raw: stdin's bytes exactly); print status, headers, body"),
        &netlab::cli::runHttp},
    Command {"http-serve",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "serve one page or a folder over HTTP/1.1; log every raw request"),
        &netlab::cli::runHttpServe},
    Command {"ifaces",
        QT_TRANSLATE_NOOP("netlab::cli",
            "this machine: host name, user, interfaces with addresses and broadcast"),
        &netlab::cli::runIfaces},
    Command {"lookup",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "a name's addresses (getaddrinfo rows) or DNS records (A, MX, PTR...)"),
        &netlab::cli::runLookup},
    Command {"mqtt",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "MQTT subscriber and publisher (like mosquitto_sub / mosquitto_pub)"),
        &netlab::cli::runMqtt},
    Command {"port-check",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "timed TCP connect check to HOST PORT, or whether a local port is free"),
        &netlab::cli::runPortCheck},
    Command {"serial",
        QT_TRANSLATE_NOOP("netlab::cli",
            "a serial terminal: stdin to the port, the port to stdout (text or hex)"),
        &netlab::cli::runSerial},
    Command {"serial-node",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "run the sensor-node session (START, DATA + ACK, STOP); print packets"),
        &netlab::cli::runSerialNode},
    Command {"serial-sim",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "a simulated sensor node on a new pseudo-terminal; prints its path"),
        &netlab::cli::runSerialSim},
    Command {"tcp-client",
        QT_TRANSLATE_NOOP("netlab::cli",
            "connect to HOST PORT; stdin to the socket, the socket to stdout (like nc)"),
        &netlab::cli::runTcpClient},
    Command {"tcp-server",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "listen for TCP clients; log connections and data, echo or acknowledge"),
        &netlab::cli::runTcpServer},
    Command {"udp-listen",
        QT_TRANSLATE_NOOP(
            "netlab::cli", "listen on UDP ports at once; decode text, hex or struct frames; rates"),
        &netlab::cli::runUdpListen},
    Command {"udp-send",
        QT_TRANSLATE_NOOP("netlab::cli",
            "send UDP datagrams (text, hex, struct frame) once or N at R per second"),
        &netlab::cli::runUdpSend},
};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("netlab::cli",
        "Usage: netlab SUBCOMMAND [OPTIONS...]\n"
        "The command-line twin of NetLab Workbench: every lab's core, headless.\n\n"
        "Subcommands:\n");
    for (const Command &command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << ' '
            << QCoreApplication::translate("netlab::cli", command.summary) << '\n';
    out << QCoreApplication::translate("netlab::cli",
        "\nOptions:\n"
        "  -h, --help       show this help, or a subcommand's with SUBCOMMAND --help\n"
        "  -v, --version    show the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Servers accept as many clients as descriptors allow: use what the hard limit permits.
    netlab::raiseOpenFileLimit();
    QCoreApplication::setApplicationName(QStringLiteral("netlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLAB_VERSION_STRING));
    // The user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), except with --json: machine
    // output stays English, its messages included.
    std::optional<netlab::Translators> translators;
    if (!QCoreApplication::arguments().contains(u"--json"))
        translators.emplace(QLocale::system());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(stderr);
        return 2;
    }
    const QString name = arguments.takeFirst();
    if (name == u"-h" || name == u"--help" || name == u"help") {
        printUsage(stdout);
        return 0;
    }
    if (name == u"-v" || name == u"--version") {
        std::fprintf(stdout, "netlab %s\n", NETLAB_VERSION_STRING);
        return 0;
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    QTextStream(stderr) << QCoreApplication::translate(
        "netlab::cli", "netlab: unknown subcommand '%1' (see netlab --help)\n")
                               .arg(name);
    return 2;
}
