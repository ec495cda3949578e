#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace netlab {

// The request the HTTP client lab builds from its form: method, URL, query parameters, headers
// and a body given as raw text, JSON or form fields. Plain data plus the three forms the lab
// shows it in: the URL sent, the exact bytes of a raw HTTP/1.x request, and a curl command.
struct HttpClientRequest
{
    Q_DECLARE_TR_FUNCTIONS(netlab::HttpClientRequest)

public:
    enum class BodyKind { None, Raw, Json, Form };
    using Pairs = QList<std::pair<QString, QString>>;

    QString method = QStringLiteral("GET");
    QString url; // as typed; "example.org/x" gets http://
    Pairs queryItems; // added to the URL's own query, encoded
    Pairs headers;
    BodyKind bodyKind = BodyKind::None;
    QString bodyText; // Raw and Json (sent as UTF-8)
    Pairs formFields; // Form: application/x-www-form-urlencoded

    // The URL with the query parameters; invalid (and error set) when it cannot be sent.
    QUrl effectiveUrl(QString *error = nullptr) const;
    // The body as sent.
    QByteArray body() const;
    // Content-Type implied by the body kind ("application/json", …), or empty.
    QByteArray impliedContentType() const;
    // The headers sent: the user's, plus the implied Content-Type unless one was given.
    Pairs effectiveHeaders() const;
    // method uppercased and trimmed.
    QByteArray methodBytes() const;

    // "METHOD /path?query HTTP/1.<minor>\r\nHost: …\r\n…\r\n\r\nbody", with Content-Length for
    // a body and, for HTTP/1.1, "Connection: close" unless a Connection header was given.
    QByteArray rawRequest(int versionMinor = 1) const;
    // A curl command line that sends the same request, quoted for a POSIX shell.
    QString curlCommand() const;

    // 'text' for sh/bash/zsh: single quotes, with ' written as '\''. Plain words stay bare.
    static QString shellQuote(const QString &text);
    // x-www-form-urlencoded: UTF-8, percent-encoded, space as '+'.
    static QByteArray formEncode(const Pairs &fields);
};

} // namespace netlab
