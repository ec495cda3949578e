#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

namespace netlab {

// One HTTP request as parsed by HttpRequestParser: the fields a handler needs plus the raw
// bytes exactly as they arrived on the wire (request line, headers, framing, body).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", … as sent
    QByteArray target; // the request-target as sent: "/a%20b?x=1"
    QByteArray path; // target before '?' (still percent-encoded)
    QByteArray query; // target after '?' without the fragment, or empty
    int versionMajor = 1;
    int versionMinor = 1;
    QList<std::pair<QByteArray, QByteArray>> headers; // names as sent, in order
    QByteArray body; // the body, de-chunked
    QByteArray raw; // the exact bytes received for this request
    bool keepAlive = true; // the connection stays open after the response
    bool chunked = false; // the body came with Transfer-Encoding: chunked
    bool expectContinue = false; // the client sent Expect: 100-continue

    // Filled in by the server.
    quint64 serial = 0; // numbers the requests a server received, from 1
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QDateTime receivedAt;

    // The first header called name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool isHead() const { return method == "HEAD"; }
    // The path percent-decoded as UTF-8 (invalid sequences become U+FFFD).
    QString decodedPath() const;
    // "HTTP/1.1"
    QByteArray versionString() const;
};

} // namespace netlab
