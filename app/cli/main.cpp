// netlab — the command-line twin of the workbench.
//   netlab SUBCOMMAND [OPTIONS…]      netlab --help      netlab SUBCOMMAND --help
#include "command.h"

#include <netlab/descriptorlimit.h>
#include <netlab/version.h>

#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <cstdio>

namespace {

using netlab::cli::Command;

const std::array kCommands = {
    Command {"agent", "a netlab-agent's info, stored readings, live readings (follow), LED",
        &netlab::cli::runAgent},
    Command {"chat", "the LAN mini chat: host or join; stdin lines sent, peers' lines printed",
        &netlab::cli::runChat},
    Command {"demo-streams", "send the UDP lab's sensor lines and drone frames (52001/52002)",
        &netlab::cli::runDemoStreams},
    Command {"http",
        "one HTTP request (or --raw: stdin's bytes exactly); print status, headers, body",
        &netlab::cli::runHttp},
    Command {"http-serve", "serve one page or a folder over HTTP/1.1; log every raw request",
        &netlab::cli::runHttpServe},
    Command {"ifaces", "this machine: host name, user, interfaces with addresses and broadcast",
        &netlab::cli::runIfaces},
    Command {"lookup", "a name's addresses (getaddrinfo rows) or DNS records (A, MX, PTR...)",
        &netlab::cli::runLookup},
    Command {"mqtt", "MQTT subscriber and publisher (like mosquitto_sub / mosquitto_pub)",
        &netlab::cli::runMqtt},
    Command {"port-check", "timed TCP connect check to HOST PORT, or whether a local port is free",
        &netlab::cli::runPortCheck},
    Command {"serial", "a serial terminal: stdin to the port, the port to stdout (text or hex)",
        &netlab::cli::runSerial},
    Command {"serial-node", "run the sensor-node session (START, DATA + ACK, STOP); print packets",
        &netlab::cli::runSerialNode},
    Command {"serial-sim", "a simulated sensor node on a new pseudo-terminal; prints its path",
        &netlab::cli::runSerialSim},
    Command {"tcp-client",
        "connect to HOST PORT; stdin to the socket, the socket to stdout (like nc)",
        &netlab::cli::runTcpClient},
    Command {"tcp-server", "listen for TCP clients; log connections and data, echo or acknowledge",
        &netlab::cli::runTcpServer},
    Command {"udp-listen", "listen on UDP ports at once; decode text, hex or struct frames; rates",
        &netlab::cli::runUdpListen},
    Command {"udp-send", "send UDP datagrams (text, hex, struct frame) once or N at R per second",
        &netlab::cli::runUdpSend},
};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << "Usage: netlab SUBCOMMAND [OPTIONS...]\n"
           "The command-line twin of NetLab Workbench: every lab's core, headless.\n\n"
           "Subcommands:\n";
    for (const Command &command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << ' '
            << QString::fromLatin1(command.summary) << '\n';
    out << "\nOptions:\n"
           "  -h, --help       show this help, or a subcommand's with SUBCOMMAND --help\n"
           "  -v, --version    show the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Servers accept as many clients as descriptors allow: use what the hard limit permits.
    netlab::raiseOpenFileLimit();
    QCoreApplication::setApplicationName(QStringLiteral("netlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLAB_VERSION_STRING));

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
    std::fprintf(stderr, "netlab: unknown subcommand '%s' (see netlab --help)\n", qPrintable(name));
    return 2;
}
