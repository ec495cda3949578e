#include "httpclient.h"

#include <netlab/socketerror.h>

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslSocket>
#endif

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

#if QT_CONFIG(ssl)
QString describeCertificate(const QSslCertificate &certificate)
{
    const auto name = [](const QStringList &parts) {
        return parts.isEmpty() ? QString() : parts.join(u", "_s);
    };
    QString subject = name(certificate.subjectInfo(QSslCertificate::CommonName));
    if (subject.isEmpty())
        subject = certificate.subjectDisplayName();
    QString issuer = name(certificate.issuerInfo(QSslCertificate::CommonName));
    if (issuer.isEmpty())
        issuer = certificate.issuerDisplayName();
    return QCoreApplication::translate("netlab::HttpClient", "%1 — issued by %2, valid until %3")
        .arg(subject, issuer, certificate.expiryDate().toUTC().toString(Qt::ISODate));
}
#endif

} // namespace

QByteArray HttpClient::Result::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_timeout(new QTimer(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        complete(false,
            tr("no complete answer within %n second(s)", nullptr, qMax(1, m_timeoutMs / 1000)));
    });
}

HttpClient::~HttpClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool HttpClient::supportsTls()
{
#if QT_CONFIG(ssl)
    return QSslSocket::supportsSsl();
#else
    return false;
#endif
}

double HttpClient::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void HttpClient::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool HttpClient::refuse(const QString &message)
{
    emit errorOccurred(message);
    return false;
}

bool HttpClient::send(const HttpClientRequest &request)
{
    if (m_busy)
        return refuse(tr("a request is still running: wait for it or stop it"));
    QString error;
    const QUrl url = request.effectiveUrl(&error);
    if (!url.isValid())
        return refuse(error);
    m_result = {};
    m_result.method = request.methodBytes();
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.effectiveHeaders())
        headers.append({name.toUtf8(), value.toUtf8()});
    m_clock.start();
    setBusy(true);
    m_timeout->start(m_timeoutMs);
    startHop(url, m_result.method, request.body(), headers);
    return true;
}

void HttpClient::startHop(const QUrl &url, const QByteArray &method, const QByteArray &body,
    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    m_result.url = url;
    m_result.method = method;
    m_hopHeaders = headers;
    m_hopBody = body;
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (method == "HEAD")
        reply = m_manager->head(request);
    else if (method == "GET" && body.isEmpty())
        reply = m_manager->get(request);
    else
        reply = m_manager->sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply == m_reply && m_result.timing.firstByteMs < 0)
            m_result.timing.firstByteMs = elapsedMs();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply)
            return;
        if (m_result.timing.firstByteMs < 0)
            m_result.timing.firstByteMs = elapsedMs();
        const qint64 room = m_maxResponseBytes - m_result.body.size();
        if (reply->bytesAvailable() > room) {
            m_result.body += reply->read(qMax<qint64>(0, room));
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_reply = nullptr;
            complete(false,
                tr("the response is larger than %1 bytes: stopped reading")
                    .arg(m_maxResponseBytes));
            return;
        }
        m_result.body += reply->readAll();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replyFinished(reply); });
}

void HttpClient::replyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const QUrl &url = m_result.url;
        complete(false,
            describeNetworkReplyError(reply->error(), reply->errorString(),
                formatEndpoint(
                    url.host(), quint16(url.port(url.scheme() == u"https" ? 443 : 80)))));
        return;
    }
    m_result.body += reply->readAll();
    m_result.statusCode = status.toInt();
    // QNAM decodes the phrase as Latin-1: back to the bytes as sent.
    m_result.reasonPhrase
        = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toLatin1();
    m_result.httpVersion
        = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
    m_result.headers = reply->rawHeaderPairs();
#if QT_CONFIG(ssl)
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    m_result.certificateChain.clear();
    for (const QSslCertificate &certificate : chain)
        m_result.certificateChain.append(describeCertificate(certificate));
#endif
    const QByteArray location = reply->rawHeader("Location");
    if (isRedirect(m_result.statusCode) && !location.isEmpty()) {
        const QUrl next = m_result.url.resolved(QUrl::fromEncoded(location));
        if (m_result.redirects.size() >= m_maxRedirects) {
            complete(
                false, tr("more than %n redirect(s): stopped following", nullptr, m_maxRedirects));
            return;
        }
        if (!next.isValid() || (next.scheme() != u"http" && next.scheme() != u"https")) {
            complete(true);
            return;
        }
        m_result.redirects.append({m_result.url, m_result.statusCode, next});
        QByteArray method = m_result.method;
        QByteArray body = m_hopBody;
        QList<std::pair<QByteArray, QByteArray>> headers = m_hopHeaders;
        // 303 (and, as browsers do, 301/302 after a POST) turns the request into a GET.
        if (m_result.statusCode == 303
            || ((m_result.statusCode == 301 || m_result.statusCode == 302) && method == "POST")) {
            if (method != "HEAD")
                method = "GET";
            body.clear();
            headers.removeIf([](const auto &header) {
                return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            });
        }
        // Credentials are not handed to another host (as browsers and curl do).
        if (next.host() != m_result.url.host()) {
            headers.removeIf([](const auto &header) {
                return header.first.compare("Authorization", Qt::CaseInsensitive) == 0
                    || header.first.compare("Cookie", Qt::CaseInsensitive) == 0;
            });
        }
        m_result.body.clear();
        m_result.headers.clear();
        m_result.statusCode = 0;
        m_result.reasonPhrase.clear();
        startHop(next, method, body, headers);
        return;
    }
    complete(true);
}

bool HttpClient::sendRaw(const QUrl &url, const QByteArray &bytes)
{
    if (m_busy)
        return refuse(tr("a request is still running: wait for it or stop it"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return refuse(tr("'%1' is not an http:// or https:// URL").arg(url.toString()));
    if (bytes.isEmpty())
        return refuse(tr("the raw request is empty: type the bytes to send"));
    m_rawTls = scheme == u"https";
    if (m_rawTls && !supportsTls())
        return refuse(tr("TLS is not available here (no OpenSSL for Qt): cannot send to https://"));
    m_result = {};
    m_result.raw = true;
    m_result.url = url;
    m_result.requestBytes = bytes;
    m_result.method = bytes.left(bytes.indexOf(' ')).left(32);
    m_rawHost = url.host();
    m_rawPort = quint16(url.port(m_rawTls ? 443 : 80));
    m_parser.reset();
    m_parser.setMaxBytes(m_maxResponseBytes);
    m_parser.setHeadRequest(bytes.startsWith("HEAD "));
    m_clock.start();
    setBusy(true);
    m_timeout->start(m_timeoutMs);
    QHostAddress literal;
    if (literal.setAddress(m_rawHost)) {
        rawConnect(literal);
        return true;
    }
    m_lookupId = QHostInfo::lookupHost(m_rawHost, this, &HttpClient::rawLookedUp);
    return true;
}

void HttpClient::rawLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (!m_busy)
        return;
    m_result.timing.lookupMs = elapsedMs();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        complete(false, tr("%1: name not found (%2)").arg(m_rawHost, info.errorString()));
        return;
    }
    rawConnect(info.addresses().constFirst());
}

void HttpClient::rawConnect(const QHostAddress &address)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
#if QT_CONFIG(ssl)
    if (m_rawTls) {
        auto *ssl = new QSslSocket(this);
        ssl->setPeerVerifyName(m_rawHost);
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            m_result.timing.tlsMs = elapsedMs();
            for (const QSslCertificate &certificate : ssl->peerCertificateChain())
                m_result.certificateChain.append(describeCertificate(certificate));
            ssl->write(m_result.requestBytes);
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_result.sslErrors.append(error.errorString());
            if (m_ignoreSslErrors)
                ssl->ignoreSslErrors();
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
#else
    m_socket = new QTcpSocket(this);
#endif
    QTcpSocket *socket = m_socket;
    connect(socket, &QTcpSocket::connected, this, &HttpClient::rawConnected);
    connect(socket, &QTcpSocket::readyRead, this, &HttpClient::rawReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpClient::rawClosed);
    connect(socket, &QTcpSocket::errorOccurred, this,
        [this, socket](QAbstractSocket::SocketError error) {
            if (socket != m_socket || !m_busy)
                return;
            if (error == QAbstractSocket::RemoteHostClosedError) {
                rawClosed();
                return;
            }
            QString reason = describeSocketError(
                error, socket->errorString(), formatEndpoint(m_rawHost, m_rawPort));
            if (!m_result.sslErrors.isEmpty() && !m_ignoreSslErrors)
                reason = tr("the server's certificate was refused: %1")
                             .arg(m_result.sslErrors.join(u"; "_s));
            // Whatever arrived before the error is still shown.
            if (m_parser.state() == HttpResponseParser::State::Incomplete
                && !m_result.responseBytes.isEmpty())
                rawReadyRead();
            complete(false, reason);
        });
    socket->connectToHost(address, m_rawPort);
}

void HttpClient::rawConnected()
{
    m_result.timing.connectMs = elapsedMs();
#if QT_CONFIG(ssl)
    if (m_rawTls) {
        static_cast<QSslSocket *>(m_socket)->startClientEncryption();
        return;
    }
#endif
    m_socket->write(m_result.requestBytes);
}

void HttpClient::rawReadyRead()
{
    if (!m_busy || !m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (m_result.timing.firstByteMs < 0)
        m_result.timing.firstByteMs = elapsedMs();
    const qint64 room = m_maxResponseBytes - m_result.responseBytes.size();
    m_result.responseBytes += bytes.left(qsizetype(qMax<qint64>(0, room)));
    const auto state = m_parser.feed(bytes);
    if (state == HttpResponseParser::State::Complete)
        complete(true);
    else if (state == HttpResponseParser::State::Error)
        complete(false, m_parser.errorString());
}

void HttpClient::rawClosed()
{
    if (!m_busy || !m_socket)
        return;
    // Bytes that arrived with the close.
    if (m_socket->bytesAvailable() > 0)
        rawReadyRead();
    if (!m_busy)
        return;
    const auto state = m_parser.finish();
    if (state == HttpResponseParser::State::Complete)
        complete(true);
    else
        complete(false, m_parser.errorString());
}

void HttpClient::abort()
{
    if (!m_busy)
        return;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    complete(false, tr("stopped"));
}

void HttpClient::complete(bool ok, const QString &error)
{
    if (!m_busy)
        return;
    m_timeout->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_result.timing.totalMs = elapsedMs();
    if (m_result.raw) {
        const HttpResponseParser::Message &message = m_parser.message();
        if (m_parser.headersComplete() || m_parser.state() == HttpResponseParser::State::Complete) {
            m_result.statusCode = message.statusCode;
            m_result.reasonPhrase = message.reasonPhrase;
            m_result.httpVersion = "HTTP/" + QByteArray::number(message.versionMajor) + '.'
                + QByteArray::number(message.versionMinor);
            m_result.headers = message.headers;
            m_result.body = message.body;
            m_result.chunked = message.chunked;
            m_result.chunkCount = message.chunkCount;
            m_result.untilClose = message.untilClose;
        }
        if (m_socket) {
            QTcpSocket *socket = m_socket;
            m_socket = nullptr;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
    m_result.ok = ok;
    m_result.errorString = error;
    setBusy(false);
    if (!ok && !error.isEmpty())
        emit errorOccurred(error);
    emit finished(ok);
}

} // namespace netlab
