#include "httpmicroserver.h"

#include <netlab/httpdirectoryhandler.h>
#include <netlab/httprequest.h>
#include <netlab/httpresponder.h>
#include <netlab/httpserver.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// RFC 7230 token characters, for header names.
bool isToken(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() > 126 || c.unicode() <= 32
            || QStringView(u"()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

// {now} and {now+SECONDS} / {now-SECONDS} become HTTP dates.
QByteArray expandPlaceholders(const QString &value, const QDateTime &now)
{
    static const QRegularExpression placeholder(u"\\{now(?:([+-])(\\d{1,9}))?\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(value).mid(last, match.capturedStart() - last);
        qint64 seconds = match.captured(2).toLongLong();
        if (match.captured(1) == u"-")
            seconds = -seconds;
        out += QString::fromLatin1(HttpResponse::httpDate(now.addSecs(seconds)));
        last = match.capturedEnd();
    }
    out += QStringView(value).mid(last);
    return out.toUtf8();
}

} // namespace

HttpMicroServer::HttpMicroServer(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
{
    QString error;
    setResponse(defaultStatusLine(), defaultHeaders(), defaultBody(), &error);
    m_server->setDefaultHandler([this](const HttpRequest &request, HttpResponder &responder) {
        answer(request, responder);
    });
    connect(m_server, &HttpServer::listeningChanged, this, &HttpMicroServer::listeningChanged);
    connect(m_server, &HttpServer::errorOccurred, this, &HttpMicroServer::errorOccurred);
    connect(m_server, &HttpServer::requestReceived, this, [this](const HttpRequest &request) {
        HttpExchange exchange;
        exchange.receivedAt = request.receivedAt;
        exchange.peerAddress = request.peerAddress;
        exchange.peerPort = request.peerPort;
        exchange.raw = request.raw;
        const qsizetype end = request.raw.indexOf('\n');
        exchange.requestLine = request.raw.left(end < 0 ? 200 : end).trimmed().left(200);
        addExchange(std::move(exchange), request.serial);
    });
    connect(m_server, &HttpServer::requestRejected, this,
        [this](const QHostAddress &address, quint16 port, int status, const QString &reason) {
            HttpExchange exchange;
            exchange.receivedAt = QDateTime::currentDateTime();
            exchange.peerAddress = address;
            exchange.peerPort = port;
            exchange.rejected = true;
            exchange.note = reason;
            exchange.statusCode = status;
            exchange.requestLine = tr("(rejected: %1)").arg(reason).toUtf8();
            addExchange(std::move(exchange), 0);
        });
    connect(m_server, &HttpServer::responseSent, this,
        [this](quint64 serial, int status, qint64 bytes) {
            if (HttpExchange *exchange = findBySerial(serial)) {
                exchange->statusCode = status;
                exchange->responseBytes = bytes;
                emit exchangeUpdated(exchange->id);
            }
        });
}

HttpMicroServer::~HttpMicroServer() = default;

QString HttpMicroServer::defaultStatusLine()
{
    return u"200 OK"_s;
}

QString HttpMicroServer::defaultHeaders()
{
    return u"Date: {now}\n"
           "Expires: {now}\n"
           "Cache-Control: no-cache\n"
           "Content-Type: text/html; charset=utf-8\n"_s;
}

QString HttpMicroServer::defaultBody()
{
    return u"<!DOCTYPE html>\n"
           "<html lang=\"fr\">\n"
           "<head><meta charset=\"utf-8\"><title>Micro serveur HTTP</title></head>\n"
           "<body>\n"
           "<h1>Bonjour, le monde ! Ça marche !</h1>\n"
           "<p>Réponse du micro serveur HTTP de NetLab — café, élève, façade, naïve.</p>\n"
           "</body>\n"
           "</html>\n"_s;
}

bool HttpMicroServer::setResponse(
    const QString &statusLine, const QString &headers, const QString &body, QString *error)
{
    static const QRegularExpression statusPattern(
        u"^(?:HTTP/1\\.[01]\\s+)?(\\d{3})(?:\\s+(.*))?$"_s);
    const QRegularExpressionMatch status = statusPattern.match(statusLine.trimmed());
    const int code = status.hasMatch() ? status.captured(1).toInt() : 0;
    if (code < 100 || code > 599) {
        *error = tr("status line '%1': write a code from 100 to 599 and a reason, e.g. 200 OK")
                     .arg(statusLine.trimmed());
        return false;
    }
    QList<std::pair<QByteArray, QByteArray>> parsed;
    const QStringList lines = headers.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon).trimmed();
        if (colon <= 0 || !isToken(name)) {
            *error = tr("header line %1 '%2': write Name: value").arg(i + 1).arg(line);
            return false;
        }
        parsed.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    const QByteArray bodyBytes = body.toUtf8();
    if (bodyBytes.size() > kMaxBodyBytes) {
        *error = tr("the body is larger than %1 bytes").arg(kMaxBodyBytes);
        return false;
    }
    m_statusLine = statusLine.trimmed();
    m_headersText = headers;
    m_bodyText = body;
    m_statusCode = code;
    m_reasonPhrase = status.captured(2).trimmed().toUtf8();
    m_headers = parsed;
    m_body = bodyBytes;
    return true;
}

HttpResponse HttpMicroServer::responseAt(const QDateTime &now) const
{
    HttpResponse response(m_statusCode);
    if (!m_reasonPhrase.isEmpty())
        response.setReasonPhrase(m_reasonPhrase);
    for (const auto &[name, value] : m_headers)
        response.addHeader(name, expandPlaceholders(QString::fromUtf8(value), now));
    response.setBody(m_body);
    return response;
}

bool HttpMicroServer::setDirectory(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || !info.isDir()) {
        *error = tr("%1: no such folder").arg(path);
        return false;
    }
    m_directory = info.absoluteFilePath();
    m_directoryHandler = std::make_unique<HttpDirectoryHandler>(m_directory);
    return true;
}

void HttpMicroServer::answer(const HttpRequest &request, HttpResponder &responder) const
{
    if (m_mode == Mode::Directory && m_directoryHandler) {
        (*m_directoryHandler)(request, responder);
        return;
    }
    responder.send(responseAt(QDateTime::currentDateTimeUtc()));
}

bool HttpMicroServer::start(const QHostAddress &address, quint16 port)
{
    if (m_mode == Mode::Directory && !m_directoryHandler) {
        emit errorOccurred(tr("choose a folder to serve first"));
        return false;
    }
    return m_server->listen(address, port);
}

void HttpMicroServer::stop()
{
    m_server->close(); // emits listeningChanged(false) when it was listening
}

bool HttpMicroServer::isListening() const
{
    return m_server->isListening();
}

QUrl HttpMicroServer::url() const
{
    return m_server->url();
}

void HttpMicroServer::addExchange(HttpExchange exchange, quint64 serverSerial)
{
    exchange.id = m_nextId++;
    const quint64 id = exchange.id;
    m_keptBytes += exchange.raw.size();
    m_exchanges.append(std::move(exchange));
    m_serials.append(serverSerial);
    while (m_exchanges.size() > 1
        && (m_exchanges.size() > kMaxExchanges || m_keptBytes > kMaxKeptBytes)) {
        m_keptBytes -= m_exchanges.first().raw.size();
        m_exchanges.removeFirst();
        m_serials.removeFirst();
        ++m_droppedExchanges;
    }
    emit exchangeAdded(id);
}

HttpExchange *HttpMicroServer::findBySerial(quint64 serial)
{
    // Responses follow their requests closely: search from the newest.
    for (qsizetype i = m_serials.size() - 1; i >= 0; --i) {
        if (m_serials.at(i) == serial)
            return &m_exchanges[i];
    }
    return nullptr;
}

const HttpExchange *HttpMicroServer::exchange(quint64 id) const
{
    for (qsizetype i = m_exchanges.size() - 1; i >= 0; --i) {
        if (m_exchanges.at(i).id == id)
            return &m_exchanges.at(i);
    }
    return nullptr;
}

void HttpMicroServer::clearExchanges()
{
    m_exchanges.clear();
    m_serials.clear();
    m_keptBytes = 0;
    emit exchangesCleared();
}

} // namespace netlab
