// netlab port-check: a timed TCP connect check to HOST PORT, or (--free) whether a local port
// is free for a TCP or UDP server.
#include "command.h"
#include "commandline.h"

#include <netlab/inputcheck.h>
#include <netlab/portcheck.h>
#include <netlab/tcpconnectcheck.h>
#include <netlab/wellknownports.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "port-check";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab port-check HOST PORT [--timeout MS] [--json]\n"
              "       netlab port-check --free PORT [--udp] [--bind ADDR] [--json]\n"
              "Connect to HOST PORT over TCP, report how long the connection took, and close it\n"
              "(\"refused\": nothing listens there). With --free, tell whether a server on this\n"
              "machine could bind PORT now (ports below 1024 need administrator rights).\n"
              "\n"
              "Options:\n"
              "  --timeout MS        give up connecting after MS milliseconds (default 5000)\n"
              "  --free              check a local port instead of connecting\n"
              "  --udp               with --free: the UDP port (default TCP)\n"
              "  --bind ADDR         with --free: the address to bind (default: any)\n"
              "  --json              one JSON object with the result\n"
              "  -h, --help          show this help\n"
              "\n"
              "Exit status: 0 connected / free, 1 refused, timed out or in use, 2 bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab port-check 127.0.0.1 50000\n"
              "  netlab port-check --free 52001 --udp\n");
}

int checkFree(const QCommandLineParser &parser, const QCommandLineOption &udpOption,
    const QCommandLineOption &bindOption, bool json)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(kName,
            positional.isEmpty()
                ? tr("--free needs a PORT")
                : tr("--free takes one PORT, not '%1'").arg(positional.join(u' ')));
    QString error;
    const auto port = parsePortNumber(positional.first(), &error);
    if (!port)
        return usageError(kName, error);
    QHostAddress address(QHostAddress::Any);
    if (parser.isSet(bindOption)) {
        const auto parsed = parseBindAddress(parser.value(bindOption), &error);
        if (!parsed)
            return usageError(kName, error);
        address = *parsed;
    }
    const auto transport
        = parser.isSet(udpOption) ? PortCheck::Transport::Udp : PortCheck::Transport::Tcp;
    const PortCheck::Result result = PortCheck::checkLocalPort(*port, transport, address);
    const QList<WellKnownPort> known = WellKnownPorts::forPort(*port);
    if (json) {
        static const char *const kStatus[]
            = {"free", "in-use", "needs-privileges", "invalid", "failed"};
        QJsonObject fields {{u"port"_s, *port},
            {u"transport"_s, PortCheck::transportName(transport)},
            {u"address"_s, address.toString()},
            {u"status"_s, QString::fromLatin1(kStatus[int(result.status)])},
            {u"free"_s, result.isFree()}, {u"message"_s, result.message}};
        if (!known.isEmpty())
            fields.insert(u"service"_s, known.first().service);
        printJsonEvent(u"port-free"_s, fields);
    } else {
        QString line = result.message;
        if (!known.isEmpty())
            line += u' ' + tr("(%1: %2)").arg(known.first().service, known.first().description);
        printLine(line);
    }
    return result.isFree() ? ExitOk : ExitFailure;
}

} // namespace

int runPortCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption timeoutOption(u"timeout"_s, QString(), u"MS"_s);
    const QCommandLineOption freeOption(u"free"_s);
    const QCommandLineOption udpOption(u"udp"_s);
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"ADDR"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOptions({timeoutOption, freeOption, udpOption, bindOption, jsonOption});
    parser.addPositionalArgument(u"host"_s, QString());
    parser.addPositionalArgument(u"port"_s, QString());
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    const bool json = parser.isSet(jsonOption);

    if (parser.isSet(freeOption)) {
        if (parser.isSet(timeoutOption))
            return usageError(kName, tr("--timeout applies to the connect check, not to --free"));
        return checkFree(parser, udpOption, bindOption, json);
    }
    if (parser.isSet(udpOption) || parser.isSet(bindOption))
        return usageError(kName, tr("--udp and --bind go with --free"));

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(kName,
            positional.size() < 2 ? tr("needs HOST and PORT (or --free PORT)")
                                  : tr("unexpected argument '%1'").arg(positional.at(2)));
    const QString host = positional.at(0);
    if (const QString problem = hostNameError(host); !problem.isEmpty())
        return usageError(kName, problem);
    QString error;
    const auto port = parsePortNumber(positional.at(1), &error);
    if (!port)
        return usageError(kName, error);
    int timeout = TcpConnectCheck::kDefaultTimeoutMs;
    if (parser.isSet(timeoutOption)) {
        const auto value = parseInt(parser.value(timeoutOption), u"--timeout"_s, 100,
            TcpConnectCheck::kMaxTimeoutMs, &error);
        if (!value)
            return usageError(kName, error);
        timeout = *value;
    }

    TcpConnectCheck check;
    check.setTimeout(timeout);
    QObject::connect(&check, &TcpConnectCheck::checkFinished, &check,
        [&](const TcpConnectCheck::Result &result) {
            if (json) {
                QJsonObject fields {{u"host"_s, result.host}, {u"port"_s, result.port},
                    {u"ok"_s, result.ok}, {u"totalMs"_s, result.totalMs},
                    {u"message"_s, result.message}};
                if (result.ok) {
                    fields.insert(u"address"_s, result.peerAddress.toString());
                    fields.insert(u"connectMs"_s, result.connectMs);
                    fields.insert(u"lookupMs"_s, result.lookupMs);
                }
                printJsonEvent(u"port-check"_s, fields);
            } else if (result.ok) {
                printLine(result.message);
            } else {
                warn(kName, result.message);
            }
            QCoreApplication::exit(result.ok ? ExitOk : ExitFailure);
        });
    if (!check.start(host, *port))
        return ExitUsage;
    return QCoreApplication::exec();
}

} // namespace netlab::cli
