#pragma once

// "Show as code" for the HTTP client lab: a request's method, URL, headers and body as the
// Python 3 program (urllib.request, standard library) a student would write, and the curl
// command that sends the same request.

#include "pythoncode.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace netlab {

struct HttpClientCode
{
    QString method = QStringLiteral("GET");
    QString url = QStringLiteral("http://127.0.0.1:8750/api/v1/info");
    QList<QPair<QString, QString>> headers; // in order, as typed
    QByteArray body; // sent as it is; empty: no body
};

// The micro HTTP server of the course, built on a TCP server: it prints each raw request and
// answers every one with the same status line, headers and body. A header value may hold
// {now} or {now+SECONDS} / {now-SECONDS}: the HTTP date when the answer goes out (as the
// workbench's micro server does). A Date header is added unless one is given.
struct HttpServerCode
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 8080; // 0: any free port (the program prints the one it got)
    QString statusLine = QStringLiteral("HTTP/1.1 200 OK"); // "200 OK" gets HTTP/1.1 in front
    QStringList headers {QStringLiteral("Content-Type: text/html; charset=utf-8")};
    QByteArray body = "<!DOCTYPE html>\n<h1>Hello</h1>\n";
};

// The same lab serving a folder: the standard library's http.server with a directory (files
// with their type, index.html or a listing for folders), as `python3 -m http.server` does.
struct HttpFolderCode
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 8080; // 0: any free port (the program prints the one it got)
    QString folder = QStringLiteral("."); // as typed: absolute, or relative to where it runs
};

// The HTTP client tab's raw mode: the request's bytes exactly as written, over a TCP socket
// (TLS for https), and everything the server sends back.
struct HttpRawCode
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 80;
    bool tls = false;
    QByteArray request = "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
};

class WebCode
{
    Q_DECLARE_TR_FUNCTIONS(netlab::WebCode)

public:
    static GeneratedCode httpClient(const HttpClientCode &settings);
    static GeneratedCode httpRaw(const HttpRawCode &settings);
    static GeneratedCode httpServer(const HttpServerCode &settings);
    static GeneratedCode httpFolder(const HttpFolderCode &settings);
};

} // namespace netlab
