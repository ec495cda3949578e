// libFuzzer target: arbitrary bytes into the HTTP request parser and into a whole server
// connection (routes, pipelining, streams, error answers) over a QBuffer — no sockets.
// The first input byte picks the size of the pieces the rest is fed in.
#include <netlab/httpconnection.h>
#include <netlab/httprequestparser.h>
#include <netlab/httpserver.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QPointer>

#include <cstddef>
#include <cstdint>

namespace {

netlab::HttpServer *makeServer()
{
    static int argc = 1;
    static char name[] = "fuzz_httpserver";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    auto *server = new netlab::HttpServer;
    netlab::HttpServer::Limits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderCount = 20;
    limits.maxBodyBytes = 4096;
    limits.maxPipelinedRequests = 8;
    limits.maxPendingWriteBytes = 8192;
    server->setLimits(limits);
    using netlab::HttpRequest;
    using netlab::HttpResponder;
    server->route("POST", "/echo", [](const HttpRequest &request, HttpResponder &responder) {
        responder.send(200, request.body, "application/octet-stream");
    });
    server->route(
        {}, "/p",
        [](const HttpRequest &request, HttpResponder &responder) {
            responder.send(200, request.raw, "text/plain");
        },
        netlab::HttpServer::Match::Prefix);
    server->route("GET", "/events", [](const HttpRequest &request, HttpResponder &responder) {
        if (responder.startEventStream()) {
            responder.sendEvent("e", request.query);
            responder.sendComment(request.path);
            if (request.query.size() % 2)
                responder.finish();
        }
    });
    // Leaves the response pending: pipelined requests behind it must wait, bounded.
    server->route("GET", "/never", [](const HttpRequest &, HttpResponder &) {});
    return server;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static netlab::HttpServer *server = makeServer();
    if (size == 0)
        return 0;
    const size_t piece = size_t(data[0] % 64) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // The parser alone: every request's raw bytes come from the input, in order.
    {
        netlab::HttpRequestParser::Limits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxBodyBytes = 2048;
        netlab::HttpRequestParser parser(limits);
        qsizetype rawTotal = 0;
        for (qsizetype at = 0; at < input.size(); at += qsizetype(piece)) {
            const auto result
                = parser.feed(input.sliced(at, qMin(qsizetype(piece), input.size() - at)));
            for (const auto &request : result.requests) {
                rawTotal += request.raw.size();
                if (request.body.size() > limits.maxBodyBytes || !input.contains(request.raw))
                    __builtin_trap();
            }
            if (result.error != netlab::HttpRequestParser::Error::None)
                break;
        }
        if (rawTotal > input.size())
            __builtin_trap();
    }

    // A connection of the server, fed the same bytes.
    auto *buffer = new QBuffer;
    buffer->open(QIODevice::ReadWrite);
    QPointer<netlab::HttpConnection> connection
        = new netlab::HttpConnection(buffer, server, QHostAddress::LocalHost, 40000);
    for (qsizetype at = 0; at < input.size() && connection && !connection->isClosed();
         at += qsizetype(piece))
        connection->handleBytes(input.sliced(at, qMin(qsizetype(piece), input.size() - at)));
    if (connection && !connection->isClosed())
        connection->abort();
    delete connection.data();
    return 0;
}
