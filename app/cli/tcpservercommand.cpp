// netlab tcp-server: a multi-client TCP server that logs connections and data, and can echo
// or acknowledge. Over netlab::TcpServer, the core of the workbench's TCP server tab.
#include "command.h"
#include "commandline.h"

#include <netlab/socketerror.h>
#include <netlab/tcpserver.h>
#include <netlab/tcpserverpool.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "tcp-server";
constexpr quint16 kDefaultPort = 50000; // the lab's echo server

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab tcp-server [OPTIONS]\n"
              "Listen for TCP clients, many at once, and log every connection and every\n"
              "chunk of data on standard output. Optionally answer each chunk or line.\n"
              "The first line says where it listens (with --port 0: the port picked).\n"
              "\n"
              "Options:\n"
              "  --bind ADDR            address to listen on: any (default, IPv4 and IPv6),\n"
              "                         any4, any6, localhost, localhost6, or an address of\n"
              "                         this machine such as 127.123.234.1 or ::1\n"
              "  --port P               port, 0 for any free port (default 50000)\n"
              "  --echo                 send every chunk (or line) back to its sender\n"
              "  --ack TEXT             answer every chunk (or line) with TEXT; escapes \\n \\r\n"
              "                         \\t \\0 \\\\ \\xHH are understood (e.g. --ack 'OK\\n')\n"
              "  --per-line             answer complete lines instead of chunks\n"
              "  --max-line N           --per-line: a line longer than N bytes is answered as\n"
              "                         a chunk (default 65536)\n"
              "  --max-clients N        at most N clients at once; more are accepted and closed\n"
              "                         at once (default 2048)\n"
              "  --backlog N            listen backlog (default 128)\n"
              "  --threads N            spread the clients over N threads, one event loop each\n"
              "                         (default 1; for load tests on several cores)\n"
              "  --json                 one JSON object per event (listening, connected, data,\n"
              "                         sent, disconnected, rejected, error)\n"
              "  --hex                  log data as hex instead of escaped text\n"
              "  --quiet                log connections only, not data (for load tests)\n"
              "  -h, --help             show this help\n"
              "\n"
              "Runs until interrupted (Ctrl+C). Exit status: 1 when it cannot listen (the\n"
              "reason is printed), 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab tcp-server --port 50000 --echo\n"
              "  netlab tcp-server --bind localhost --port 0 --ack 'ACK\\n' --per-line --json\n");
}

QString formatBytes(const QByteArray &data, bool hex)
{
    return hex ? QString::fromLatin1(data.toHex(' ')) : escapeBytes(data);
}

} // namespace

namespace {

struct Settings
{
    QHostAddress address;
    quint16 port = 0;
    TcpServer::AutoReply mode = TcpServer::AutoReply::None;
    TcpServer::ReplyUnit unit = TcpServer::ReplyUnit::Chunk;
    QByteArray ackText;
    std::optional<int> maxLine;
    std::optional<int> maxClients;
    std::optional<int> backlog;
    int threads = 1;
    bool json = false;
    bool hex = false;
    bool quiet = false;
};

// Runs a TcpServer, or a TcpServerPool for --threads: the same settings, signals and log.
template<typename Server>
int serve(Server &server, const Settings &settings)
{
    server.setAutoReply(settings.mode, settings.unit, settings.ackText);
    if (settings.maxLine)
        server.setMaxLineLength(*settings.maxLine);
    if (settings.maxClients)
        server.setMaxClients(*settings.maxClients);
    if (settings.backlog)
        server.setBacklog(*settings.backlog);
    const bool json = settings.json;
    const bool hex = settings.hex;

    // Peer address per client, for the log lines after the client is gone.
    QHash<quint64, QString> peers;
    const auto stamp = [] { return QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz"_s); };
    QObject::connect(
        &server, &Server::clientConnected, &server, [&](const netlab::TcpClientInfo &client) {
            const QString peer = formatEndpoint(client.address, client.port);
            peers.insert(client.id, peer);
            if (json)
                printJsonEvent(u"connected"_s,
                    {{u"client"_s, qint64(client.id)}, {u"address"_s, client.address.toString()},
                        {u"port"_s, client.port}, {u"clients"_s, server.clientCount()}});
            else
                printLine(tr("%1 client %2 %3 connected (%4 connected)")
                              .arg(stamp())
                              .arg(client.id)
                              .arg(peer)
                              .arg(server.clientCount()));
        });
    QObject::connect(
        &server, &Server::clientDisconnected, &server, [&](quint64 id, const QString &reason) {
            const QString peer = peers.take(id);
            if (json)
                printJsonEvent(u"disconnected"_s,
                    {{u"client"_s, qint64(id)}, {u"reason"_s, reason},
                        {u"clients"_s, server.clientCount()}});
            else
                printLine(
                    tr("%1 client %2 %3 disconnected: %4").arg(stamp()).arg(id).arg(peer, reason));
        });
    QObject::connect(&server, &Server::clientRejected, &server,
        [&](const QHostAddress &peerAddress, quint16 peerPort, const QString &reason) {
            if (json)
                printJsonEvent(u"rejected"_s,
                    {{u"address"_s, peerAddress.toString()}, {u"port"_s, peerPort},
                        {u"reason"_s, reason}});
            else
                printLine(tr("%1 rejected %2: %3")
                              .arg(stamp(), formatEndpoint(peerAddress, peerPort), reason));
        });
    const auto logData
        = [&](const QString &event, const QString &arrow, quint64 id, const QByteArray &data) {
              if (json)
                  printJsonEvent(event,
                      {{u"client"_s, qint64(id)}, {u"bytes"_s, qint64(data.size())},
                          {u"text"_s, QString::fromUtf8(data)},
                          {u"hex"_s, QString::fromLatin1(data.toHex())}});
              else
                  printLine(tr("%1 client %2 %3 %4 bytes: %5")
                                .arg(stamp())
                                .arg(id)
                                .arg(arrow)
                                .arg(data.size())
                                .arg(formatBytes(data, hex)));
          };
    if (!settings.quiet) {
        QObject::connect(&server, &Server::dataReceived, &server,
            [&](quint64 id, const QByteArray &data) { logData(u"data"_s, u"<-"_s, id, data); });
        QObject::connect(&server, &Server::dataSent, &server,
            [&](quint64 id, const QByteArray &data) { logData(u"sent"_s, u"->"_s, id, data); });
        QObject::connect(&server, &Server::lineTooLong, &server, [&](quint64 id, qsizetype length) {
            const QString message = tr("client %1 sent a line longer than %2 bytes (%3 so far);"
                                       " answered as a chunk")
                                        .arg(id)
                                        .arg(server.maxLineLength())
                                        .arg(length);
            if (json)
                printJsonEvent(u"error"_s, {{u"client"_s, qint64(id)}, {u"message"_s, message}});
            else
                printLine(stamp() + u' ' + message);
        });
    }
    QObject::connect(&server, &Server::errorOccurred, &server, [&](const QString &message) {
        if (json)
            printJsonEvent(u"error"_s, {{u"message"_s, message}});
        else
            warn(kName, message);
    });

    if (!server.listen(settings.address, settings.port))
        return ExitFailure; // the reason went out through errorOccurred
    if (json)
        printJsonEvent(u"listening"_s,
            {{u"address"_s, server.serverAddress().toString()}, {u"port"_s, server.serverPort()}});
    else
        printLine(
            tr("listening on %1").arg(formatEndpoint(server.serverAddress(), server.serverPort())));
    return QCoreApplication::exec();
}

} // namespace

int runTcpServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"ADDR"_s);
    const QCommandLineOption portOption(u"port"_s, QString(), u"P"_s);
    const QCommandLineOption echoOption(u"echo"_s);
    const QCommandLineOption ackOption(u"ack"_s, QString(), u"TEXT"_s);
    const QCommandLineOption perLineOption(u"per-line"_s);
    const QCommandLineOption maxLineOption(u"max-line"_s, QString(), u"N"_s);
    const QCommandLineOption maxClientsOption(u"max-clients"_s, QString(), u"N"_s);
    const QCommandLineOption backlogOption(u"backlog"_s, QString(), u"N"_s);
    const QCommandLineOption threadsOption(u"threads"_s, QString(), u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption hexOption(u"hex"_s);
    const QCommandLineOption quietOption(u"quiet"_s);
    parser.addOptions({bindOption, portOption, echoOption, ackOption, perLineOption, maxLineOption,
        maxClientsOption, backlogOption, threadsOption, jsonOption, hexOption, quietOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            kName, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    QString error;
    const std::optional<ListenEndpoint> endpoint
        = parseListenEndpoint(parser, bindOption, portOption, kDefaultPort, &error);
    if (!endpoint)
        return usageError(kName, error);
    Settings settings;
    settings.address = endpoint->address;
    settings.port = endpoint->port;
    if (parser.isSet(echoOption) && parser.isSet(ackOption))
        return usageError(kName, tr("--echo and --ack exclude each other"));

    if (parser.isSet(echoOption)) {
        settings.mode = TcpServer::AutoReply::Echo;
    } else if (parser.isSet(ackOption)) {
        const auto parsed = parseEscapes(parser.value(ackOption), &error);
        if (!parsed)
            return usageError(kName, error);
        if (parsed->isEmpty())
            return usageError(kName, tr("--ack needs a non-empty TEXT"));
        settings.mode = TcpServer::AutoReply::Acknowledge;
        settings.ackText = *parsed;
    }
    settings.unit
        = parser.isSet(perLineOption) ? TcpServer::ReplyUnit::Line : TcpServer::ReplyUnit::Chunk;
    if (parser.isSet(perLineOption) && settings.mode == TcpServer::AutoReply::None)
        return usageError(kName, tr("--per-line needs --echo or --ack"));
    const auto intOption = [&](const QCommandLineOption &option, const QString &name, int lowest,
                               int highest, std::optional<int> *value) {
        if (!parser.isSet(option))
            return true;
        *value = parseInt(parser.value(option), name, lowest, highest, &error);
        return value->has_value();
    };
    std::optional<int> threads;
    if (!intOption(maxLineOption, u"--max-line"_s, 1, 64 * 1024 * 1024, &settings.maxLine)
        || !intOption(maxClientsOption, u"--max-clients"_s, 1, 1000000, &settings.maxClients)
        || !intOption(backlogOption, u"--backlog"_s, 1, 65535, &settings.backlog)
        || !intOption(threadsOption, u"--threads"_s, 1, 64, &threads))
        return usageError(kName, error);
    settings.threads = threads.value_or(1);
    settings.json = parser.isSet(jsonOption);
    settings.hex = parser.isSet(hexOption);
    settings.quiet = parser.isSet(quietOption);

    if (settings.threads > 1) {
        TcpServerPool pool(settings.threads);
        return serve(pool, settings);
    }
    TcpServer server;
    return serve(server, settings);
}

} // namespace netlab::cli
