#pragma once

#include <netlab/httpclientrequest.h>
#include <netlab/httpresponseparser.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <utility>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QHostInfo;
class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

// The HTTP client lab's core. Two ways to send a request:
// - send(): through QNetworkAccessManager, as an application would; redirects are followed
//   one hop at a time so each hop can be shown;
// - sendRaw(): exactly the bytes given, over a QTcpSocket (QSslSocket for https://), reading
//   the exact response bytes and parsing them with HttpResponseParser (Content-Length,
//   chunked, or until the server closes), timing name lookup, connect, TLS and first byte.
// One exchange at a time; the last result stays available for a rebuilt view.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    // Milliseconds from the start of the exchange; -1 when not measured.
    struct Timing
    {
        double lookupMs = -1; // name resolved
        double connectMs = -1; // TCP connected
        double tlsMs = -1; // TLS handshake done
        double firstByteMs = -1; // first response byte (QNAM: headers received)
        double totalMs = -1; // response complete (or failure)
    };

    struct Redirect
    {
        QUrl url; // the URL that answered with a redirect
        int statusCode = 0;
        QUrl location; // where it sent us (resolved)
    };

    struct Result
    {
        bool raw = false; // sent with sendRaw()
        bool ok = false; // a complete response arrived (any status code)
        QString errorString; // why not, in plain words
        QByteArray method;
        QUrl url; // the URL of the final response
        QByteArray httpVersion; // "HTTP/1.1"
        int statusCode = 0;
        QByteArray reasonPhrase;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body; // de-chunked (and, through QNAM, decompressed)
        QByteArray requestBytes; // raw: exactly what was written
        QByteArray responseBytes; // raw: exactly what arrived (at most the size limit)
        bool chunked = false;
        int chunkCount = 0;
        bool untilClose = false;
        QList<Redirect> redirects;
        QStringList certificateChain; // https: "subject — issuer, valid until …" per cert
        QStringList sslErrors;
        Timing timing;

        QByteArray header(QByteArrayView name) const;
    };

    static constexpr qint64 kDefaultMaxResponseBytes = 16 * 1024 * 1024;
    static constexpr int kDefaultTimeoutMs = 30'000;
    static constexpr int kDefaultMaxRedirects = 10;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxRedirects(int hops) { m_maxRedirects = hops; }
    int maxRedirects() const { return m_maxRedirects; }
    // Accept a certificate that does not verify (self-signed lab servers); errors still listed.
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }
    bool ignoresSslErrors() const { return m_ignoreSslErrors; }

    // false + errorOccurred() when the request cannot be sent (bad URL, an exchange running).
    bool send(const HttpClientRequest &request);
    // Connects to url's host and port (443 for https://, with TLS) and writes bytes unchanged.
    bool sendRaw(const QUrl &url, const QByteArray &bytes);
    // Stops the running exchange; finished(false) follows.
    void abort();

    bool isBusy() const { return m_busy; }
    const Result &lastResult() const { return m_result; }

    static bool supportsTls();

signals:
    void busyChanged(bool busy);
    // The exchange is over; lastResult() holds it. ok: a complete response arrived.
    void finished(bool ok);
    void errorOccurred(const QString &message);

private:
    void startHop(const QUrl &url, const QByteArray &method, const QByteArray &body,
        const QList<std::pair<QByteArray, QByteArray>> &headers);
    void replyFinished(QNetworkReply *reply);
    void rawLookedUp(const QHostInfo &info);
    void rawConnect(const QHostAddress &address);
    void rawConnected();
    void rawReadyRead();
    void rawClosed();
    void complete(bool ok, const QString &error = {});
    void setBusy(bool busy);
    double elapsedMs() const;
    bool refuse(const QString &message);

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timeout = nullptr;
    HttpResponseParser m_parser;
    Result m_result;
    QElapsedTimer m_clock;
    QList<std::pair<QByteArray, QByteArray>> m_hopHeaders;
    QByteArray m_hopBody;
    QString m_rawHost;
    quint16 m_rawPort = 0;
    bool m_rawTls = false;
    int m_lookupId = -1;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_maxRedirects = kDefaultMaxRedirects;
    bool m_ignoreSslErrors = false;
    bool m_busy = false;
};

} // namespace netlab
