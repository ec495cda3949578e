// netlab http-serve: the micro HTTP server of the HTTP lab, headless. Answers every request
// with one page (a built-in one or --body-file) or serves a folder (--dir) like
// `python3 -m http.server`, and logs each request's raw bytes as they arrived.
#include "command.h"
#include "commandline.h"

#include <netlab/httpdirectoryhandler.h>
#include <netlab/httpserver.h>
#include <netlab/socketerror.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "http-serve";
constexpr quint16 kDefaultPort = 8080;
constexpr qint64 kMaxBodyFile = 64 * 1024 * 1024;
constexpr int kMaxLoggedLines = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab http-serve [OPTIONS]\n"
              "A small HTTP/1.1 server for the HTTP lab. It answers every request with one page\n"
              "(a built-in one, or --body-file) or serves a folder (--dir) like\n"
              "python3 -m http.server, and logs every request exactly as it arrived.\n"
              "The first line gives the URL it serves (with --port 0: the port picked).\n"
              "\n"
              "Options:\n"
              "  --bind ADDR            address to listen on: any (default), any4, any6,\n"
              "                         localhost, localhost6, or an address of this machine\n"
              "  --port P               port, 0 for any free port (default 8080)\n"
              "  --dir D                serve the files under folder D (index.html or a listing\n"
              "                         for folders; nothing outside D is ever served)\n"
              "  --body-file F          answer every request with the content of file F\n"
              "                         (Content-Type from its suffix)\n"
              "  --max-connections N    clients at once; more get 503 (default 1000)\n"
              "  --json                 one JSON object per event (listening, request, response,\n"
              "                         rejected, error)\n"
              "  --quiet                log nothing per request (for load tests)\n"
              "  -h, --help             show this help\n"
              "\n"
              "Runs until interrupted (Ctrl+C). Exit status: 1 when it cannot listen or read\n"
              "the file (the reason is printed), 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab http-serve --port 8080\n"
              "  netlab http-serve --bind localhost --port 0 --dir ~/www\n");
}

QByteArray defaultPage()
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                          "<title>NetLab</title></head>\n<body><h1>Bonjour, l’élève !</h1>"
                          "<p>Réponse de netlab http-serve — ça marche.</p></body></html>\n")
        .toUtf8();
}

} // namespace

int runHttpServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"ADDR"_s);
    const QCommandLineOption portOption(u"port"_s, QString(), u"P"_s);
    const QCommandLineOption dirOption(u"dir"_s, QString(), u"D"_s);
    const QCommandLineOption bodyFileOption(u"body-file"_s, QString(), u"F"_s);
    const QCommandLineOption maxConnectionsOption(u"max-connections"_s, QString(), u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption quietOption(u"quiet"_s);
    parser.addOptions({bindOption, portOption, dirOption, bodyFileOption, maxConnectionsOption,
        jsonOption, quietOption});
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
    const QHostAddress address = endpoint->address;
    const quint16 port = endpoint->port;
    if (parser.isSet(dirOption) && parser.isSet(bodyFileOption))
        return usageError(kName, tr("--dir and --body-file exclude each other"));

    HttpServer server;
    HttpServer::Limits limits;
    if (parser.isSet(maxConnectionsOption)) {
        const auto parsed = parseInt(
            parser.value(maxConnectionsOption), u"--max-connections"_s, 1, 100000, &error);
        if (!parsed)
            return usageError(kName, error);
        limits.maxConnections = *parsed;
    }
    server.setLimits(limits);

    QString serving;
    if (parser.isSet(dirOption)) {
        const QFileInfo dir(parser.value(dirOption));
        if (!dir.isDir())
            return runtimeError(kName, tr("%1: no such folder").arg(parser.value(dirOption)));
        server.serveDirectory(dir.absoluteFilePath());
        serving = tr("folder %1").arg(dir.absoluteFilePath());
    } else {
        QByteArray body = defaultPage();
        QByteArray contentType = "text/html; charset=utf-8";
        if (parser.isSet(bodyFileOption)) {
            QFile file(parser.value(bodyFileOption));
            if (!file.open(QIODevice::ReadOnly))
                return runtimeError(kName, tr("%1: %2").arg(file.fileName(), file.errorString()));
            if (file.size() > kMaxBodyFile)
                return runtimeError(kName,
                    tr("%1: larger than %2 bytes; use --dir")
                        .arg(file.fileName())
                        .arg(kMaxBodyFile));
            body = file.readAll();
            contentType = HttpDirectoryHandler::contentType(file.fileName());
            serving = tr("file %1").arg(file.fileName());
        } else {
            serving = tr("the built-in page");
        }
        HttpResponse page(200);
        page.setBody(body, contentType);
        page.setHeader("Cache-Control", "no-cache");
        server.setDefaultHandler(
            [page](const HttpRequest &, HttpResponder &responder) { responder.send(page); });
    }

    const bool json = parser.isSet(jsonOption);
    const bool quiet = parser.isSet(quietOption);
    const auto stamp
        = [](const QDateTime &time) { return time.toLocalTime().toString(u"HH:mm:ss.zzz"_s); };
    if (!quiet) {
        QObject::connect(
            &server, &HttpServer::requestReceived, &server, [&](const HttpRequest &request) {
                const QString peer = formatEndpoint(request.peerAddress, request.peerPort);
                if (json) {
                    printJsonEvent(u"request"_s,
                        {{u"request"_s, qint64(request.serial)},
                            {u"address"_s, request.peerAddress.toString()},
                            {u"port"_s, request.peerPort},
                            {u"method"_s, QString::fromLatin1(request.method)},
                            {u"target"_s, QString::fromUtf8(request.target)},
                            {u"raw"_s, QString::fromUtf8(request.raw)}});
                    return;
                }
                printLine(tr("%1 request %2 from %3, %4 bytes:")
                              .arg(stamp(request.receivedAt))
                              .arg(request.serial)
                              .arg(peer)
                              .arg(request.raw.size()));
                QList<QByteArray> lines = request.raw.split('\n');
                if (lines.size() > 1 && lines.last().isEmpty())
                    lines.removeLast();
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (i == kMaxLoggedLines) {
                        printLine(tr("  … (%1 more lines)").arg(lines.size() - i));
                        break;
                    }
                    QByteArray line = lines.at(i);
                    if (line.endsWith('\r'))
                        line.chop(1);
                    printLine(u"  "_s + escapeBytes(line));
                }
            });
        QObject::connect(&server, &HttpServer::responseSent, &server,
            [&](quint64 serial, int status, qint64 bytes) {
                if (json)
                    printJsonEvent(u"response"_s,
                        {{u"request"_s, qint64(serial)}, {u"status"_s, status},
                            {u"bytes"_s, bytes}});
                else
                    printLine(tr("%1 response %2: %3, %4 bytes")
                                  .arg(stamp(QDateTime::currentDateTime()))
                                  .arg(serial)
                                  .arg(status)
                                  .arg(bytes));
            });
    }
    QObject::connect(&server, &HttpServer::requestRejected, &server,
        [&](const QHostAddress &peerAddress, quint16 peerPort, int status, const QString &reason) {
            if (quiet)
                return;
            if (json)
                printJsonEvent(u"rejected"_s,
                    {{u"address"_s, peerAddress.toString()}, {u"port"_s, peerPort},
                        {u"status"_s, status}, {u"reason"_s, reason}});
            else
                printLine(tr("%1 rejected %2: %3%4")
                              .arg(stamp(QDateTime::currentDateTime()),
                                  formatEndpoint(peerAddress, peerPort),
                                  status ? QString::number(status) + u' ' : QString(), reason));
        });
    QObject::connect(&server, &HttpServer::errorOccurred, &server, [&](const QString &message) {
        if (json)
            printJsonEvent(u"error"_s, {{u"message"_s, message}});
        else
            warn(kName, message);
    });

    if (!server.listen(address, port))
        return ExitFailure; // the reason went out through errorOccurred
    const QString url = server.url().toString();
    if (json)
        printJsonEvent(u"listening"_s,
            {{u"address"_s, server.serverAddress().toString()}, {u"port"_s, server.serverPort()},
                {u"url"_s, url}});
    else
        printLine(tr("serving %1 on %2").arg(serving, url));
    return QCoreApplication::exec();
}

} // namespace netlab::cli
