/*
 * HTTP/1.x responses (RFC 7230 / 7231):
 *
 *   response     = status-line *( header-field CRLF ) CRLF [ message-body ]
 *   status-line  = "HTTP/1." DIGIT SP 3DIGIT SP reason-phrase CRLF
 *   Date         = day-name "," SP 2DIGIT SP month SP 4DIGIT SP hh:mm:ss SP "GMT"
 *
 * The body is framed by Content-Length, by Transfer-Encoding: chunked (streams to an
 * HTTP/1.1 client), or by closing the connection (streams to an HTTP/1.0 client).
 */
#include "httpresponse.h"

#include <QTimeZone>

#include <array>
#include <cstdio>
#include <ctime>

namespace netlab {

namespace {

QByteArray oneLine(QByteArray value)
{
    for (char &c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return value;
}

bool isFramingHeader(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("connection", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("keep-alive", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpResponse::HttpResponse(int statusCode)
    : m_statusCode(statusCode)
    , m_reasonPhrase(standardReasonPhrase(statusCode))
{ }

HttpResponse HttpResponse::text(int statusCode, const QString &text)
{
    HttpResponse response(statusCode);
    response.setBody(text.toUtf8(), "text/plain; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::html(int statusCode, const QString &html)
{
    HttpResponse response(statusCode);
    response.setBody(html.toUtf8(), "text/html; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::json(int statusCode, const QByteArray &json)
{
    HttpResponse response(statusCode);
    response.setBody(json, "application/json");
    return response;
}

HttpResponse HttpResponse::error(int statusCode, const QString &detail)
{
    QString text = QString::number(statusCode) + u' '
        + QString::fromLatin1(standardReasonPhrase(statusCode)) + u'\n';
    if (!detail.isEmpty())
        text += detail + u'\n';
    return HttpResponse::text(statusCode, text);
}

void HttpResponse::setStatusCode(int statusCode)
{
    m_statusCode = statusCode;
    m_reasonPhrase = standardReasonPhrase(statusCode);
}

void HttpResponse::setReasonPhrase(const QByteArray &reasonPhrase)
{
    m_reasonPhrase = oneLine(reasonPhrase);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    addHeader(name, value);
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({oneLine(name.trimmed()), oneLine(value)});
}

void HttpResponse::removeHeader(QByteArrayView name)
{
    m_headers.removeIf([name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponse::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

bool HttpResponse::statusAllowsBody() const
{
    return m_statusCode >= 200 && m_statusCode != 204 && m_statusCode != 304;
}

QByteArray HttpResponse::toBytes(const Framing &framing) const
{
    const bool allowsBody = statusAllowsBody();
    QByteArray out;
    out.reserve(128 + m_headers.size() * 40 + (framing.headRequest ? 0 : m_body.size()));
    out += "HTTP/1.";
    out += char('0' + qBound(0, framing.versionMinor, 1));
    out += ' ';
    out += QByteArray::number(qBound(100, m_statusCode, 999));
    out += ' ';
    out += m_reasonPhrase;
    out += "\r\n";
    bool hasDate = false;
    for (const auto &[name, value] : m_headers) {
        if (name.isEmpty() || isFramingHeader(name))
            continue;
        if (name.compare("date", Qt::CaseInsensitive) == 0)
            hasDate = true;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!hasDate) {
        out += "Date: ";
        out += currentHttpDate();
        out += "\r\n";
    }
    if (allowsBody) {
        switch (framing.body) {
        case Framing::Complete:
            out += "Content-Length: ";
            out += QByteArray::number(
                framing.contentLength >= 0 ? framing.contentLength : qint64(m_body.size()));
            out += "\r\n";
            break;
        case Framing::Chunked:
            out += "Transfer-Encoding: chunked\r\n";
            break;
        case Framing::UntilClose:
            break;
        }
    }
    const bool keepAlive = framing.keepAlive && framing.body != Framing::UntilClose;
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (framing.versionMinor == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (allowsBody && !framing.headRequest && framing.body == Framing::Complete
        && framing.contentLength < 0)
        out += m_body;
    return out;
}

QByteArray HttpResponse::standardReasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::httpDate(const QDateTime &time)
{
    static constexpr std::array<const char *, 7> kDays
        = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> kMonths
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT",
        kDays[size_t(date.dayOfWeek() - 1)], date.day(), kMonths[size_t(date.month() - 1)],
        date.year(), clock.hour(), clock.minute(), clock.second());
    return QByteArray(buffer);
}

QByteArray HttpResponse::currentHttpDate()
{
    // One cached value per thread, refreshed when the second changes.
    thread_local std::time_t cachedSecond = 0;
    thread_local QByteArray cached;
    const std::time_t now = std::time(nullptr);
    if (now != cachedSecond || cached.isEmpty()) {
        cachedSecond = now;
        cached = httpDate(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()));
    }
    return cached;
}

} // namespace netlab
