#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace netlab {

// An HTTP/1.x response to build and serialise. The server owns the framing headers:
// Content-Length and Connection are always written by toBytes(), never taken from headers();
// Date is added (RFC 7231 IMF-fixdate) unless the response already has one.
class HttpResponse
{
public:
    explicit HttpResponse(int statusCode = 200);

    // Convenience constructors.
    static HttpResponse text(int statusCode, const QString &text); // text/plain; charset=utf-8
    static HttpResponse html(int statusCode, const QString &html); // text/html; charset=utf-8
    static HttpResponse json(int statusCode, const QByteArray &json); // application/json
    // A short text/plain error page: "404 Not Found\n" plus an optional detail line.
    static HttpResponse error(int statusCode, const QString &detail = {});

    int statusCode() const { return m_statusCode; }
    void setStatusCode(int statusCode);
    QByteArray reasonPhrase() const { return m_reasonPhrase; }
    void setReasonPhrase(const QByteArray &reasonPhrase);

    // Header names as given; lookups are case-insensitive.
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    void addHeader(const QByteArray &name, const QByteArray &value); // appends
    void removeHeader(QByteArrayView name);
    QByteArray header(QByteArrayView name) const;

    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body, const QByteArray &contentType = {});

    // 1xx, 204 and 304 responses never carry a body.
    bool statusAllowsBody() const;

    struct Framing
    {
        int versionMinor = 1; // HTTP/1.<minor> of the request
        bool headRequest = false; // headers only, Content-Length as for GET
        bool keepAlive = true;
        enum Body { Complete, Chunked, UntilClose } body = Complete;
        qint64 contentLength = -1; // for a Complete body sent separately (files); -1: body()
    };
    // The status line and header block (and, for a Complete body, the body). Header values
    // are written on one line: CR and LF in names or values are replaced by spaces.
    QByteArray toBytes(const Framing &framing) const;

    // "Not Found" for 404; "Unknown" for codes without a standard phrase.
    static QByteArray standardReasonPhrase(int statusCode);
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    static QByteArray httpDate(const QDateTime &time);
    // httpDate() of now, computed at most once a second.
    static QByteArray currentHttpDate();

private:
    int m_statusCode = 200;
    QByteArray m_reasonPhrase;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};

} // namespace netlab
