#include "httpclientrequest.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

bool hasHeader(const HttpClientRequest::Pairs &headers, QStringView name)
{
    for (const auto &header : headers) {
        if (header.first.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Characters that need no quoting in a POSIX shell word.
bool isPlainShellChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || QStringView(u"-_./:=@,+%").contains(c);
}

} // namespace

QUrl HttpClientRequest::effectiveUrl(QString *error) const
{
    QString text = url.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("type a URL, e.g. http://127.0.0.1:8080/");
        return {};
    }
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QUrl result(text, QUrl::StrictMode);
    if (!result.isValid() || result.host().isEmpty()) {
        if (error)
            *error = tr("'%1' is not a valid URL").arg(url.trimmed());
        return {};
    }
    const QString scheme = result.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        if (error)
            *error = tr("only http:// and https:// URLs can be sent, not %1://").arg(scheme);
        return {};
    }
    if (result.path().isEmpty())
        result.setPath(u"/"_s);
    if (!queryItems.isEmpty()) {
        // Keep the URL's own query as typed and append the table's, fully encoded.
        QByteArray query = result.query(QUrl::FullyEncoded).toLatin1();
        for (const auto &[name, value] : queryItems) {
            if (name.isEmpty() && value.isEmpty())
                continue;
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    return result;
}

QByteArray HttpClientRequest::formEncode(const Pairs &fields)
{
    QByteArray out;
    const auto encode
        = [](const QString &text) { return QUrl::toPercentEncoding(text, " ").replace(' ', '+'); };
    for (const auto &[name, value] : fields) {
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '&';
        out += encode(name) + '=' + encode(value);
    }
    return out;
}

QByteArray HttpClientRequest::body() const
{
    switch (bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
    case BodyKind::Json:
        return bodyText.toUtf8();
    case BodyKind::Form:
        return formEncode(formFields);
    }
    return {};
}

QByteArray HttpClientRequest::impliedContentType() const
{
    switch (bodyKind) {
    case BodyKind::Json:
        return "application/json";
    case BodyKind::Form:
        return "application/x-www-form-urlencoded";
    case BodyKind::Raw:
        return "text/plain; charset=utf-8";
    case BodyKind::None:
        break;
    }
    return {};
}

HttpClientRequest::Pairs HttpClientRequest::effectiveHeaders() const
{
    Pairs result;
    for (const auto &[name, value] : headers) {
        if (!name.trimmed().isEmpty())
            result.append({name.trimmed(), value});
    }
    const QByteArray type = impliedContentType();
    if (!type.isEmpty() && !hasHeader(result, u"Content-Type"))
        result.append({u"Content-Type"_s, QString::fromLatin1(type)});
    return result;
}

QByteArray HttpClientRequest::methodBytes() const
{
    const QByteArray m = method.trimmed().toUpper().toLatin1();
    return m.isEmpty() ? QByteArray("GET") : m;
}

QByteArray HttpClientRequest::rawRequest(int versionMinor) const
{
    QString error;
    const QUrl target = effectiveUrl(&error);
    QByteArray path = "/";
    QByteArray host;
    if (target.isValid()) {
        path = target.path(QUrl::FullyEncoded).toLatin1();
        if (path.isEmpty())
            path = "/";
        if (target.hasQuery())
            path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
        host = target.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int defaultPort = target.scheme() == u"https" ? 443 : 80;
        if (target.port(defaultPort) != defaultPort)
            host += ':' + QByteArray::number(target.port());
    }
    const QByteArray payload = body();
    const Pairs sent = effectiveHeaders();
    QByteArray out
        = methodBytes() + ' ' + path + " HTTP/1." + QByteArray::number(versionMinor) + "\r\n";
    if (!hasHeader(sent, u"Host") && !host.isEmpty())
        out += "Host: " + host + "\r\n";
    for (const auto &[name, value] : sent) {
        if (name.compare(u"Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        out += name.toUtf8() + ": " + value.toUtf8() + "\r\n";
    }
    if (!payload.isEmpty() || bodyKind != BodyKind::None)
        out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    if (versionMinor >= 1 && !hasHeader(sent, u"Connection"))
        out += "Connection: close\r\n";
    out += "\r\n";
    out += payload;
    return out;
}

QString HttpClientRequest::shellQuote(const QString &text)
{
    if (!text.isEmpty()) {
        bool plain = true;
        for (const QChar c : text) {
            if (!isPlainShellChar(c)) {
                plain = false;
                break;
            }
        }
        if (plain)
            return text;
    }
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString HttpClientRequest::curlCommand() const
{
    const QUrl target = effectiveUrl();
    const QString urlText = target.isValid() ? target.toString(QUrl::FullyEncoded) : url.trimmed();
    const QString verb = QString::fromLatin1(methodBytes());
    QStringList words = {u"curl"_s, u"--include"_s};
    if (verb == u"HEAD")
        words << u"--head"_s;
    else if (verb != u"GET" || bodyKind != BodyKind::None)
        words << u"--request"_s << shellQuote(verb);
    words << shellQuote(urlText);
    for (const auto &[name, value] : effectiveHeaders())
        words << u"--header"_s << shellQuote(name + u": "_s + value);
    if (bodyKind != BodyKind::None)
        words << u"--data-raw"_s << shellQuote(QString::fromUtf8(body()));
    return words.join(u' ');
}

} // namespace netlab
