#pragma once

#include <netlab/httpresponse.h>

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace netlab {

class HttpDirectoryHandler;
class HttpResponder;
class HttpServer;
struct HttpRequest;

// One request the micro server received, as the lab lists it.
struct HttpExchange
{
    quint64 id = 0; // numbers the list, from 1
    QDateTime receivedAt;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QByteArray raw; // the exact bytes of the request (empty for a rejected one)
    QByteArray requestLine; // "GET / HTTP/1.1", or what was rejected
    bool rejected = false; // not a valid request: answered with an error status
    QString note; // why it was rejected
    int statusCode = 0; // 0 until the response has gone out
    qint64 responseBytes = -1;
};

// The micro HTTP server of the HTTP lab, over HttpServer: answers every request with one
// editable response (status line, headers with {now} / {now+SECONDS} placeholders for HTTP
// dates, a UTF-8 body) or serves a folder like `python3 -m http.server`, and keeps a bounded
// list of the requests received, each with its raw bytes and the response it got.
class HttpMicroServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Response, Directory };

    static constexpr quint16 kDefaultPort = 8080;
    static constexpr int kMaxExchanges = 500; // older ones are dropped from the list
    static constexpr qint64 kMaxKeptBytes = 8 * 1024 * 1024; // raw requests kept, at most
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    explicit HttpMicroServer(QObject *parent = nullptr);
    ~HttpMicroServer() override;

    HttpServer *server() const { return m_server; }

    // false + errorOccurred() with the reason (port in use, no folder to serve…).
    bool start(const QHostAddress &address, quint16 port);
    void stop();
    bool isListening() const;
    QUrl url() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    // statusLine: "200 OK" or "HTTP/1.1 200 OK"; headers: "Name: value" lines. false and error
    // (with the offending line) when they cannot be used; the previous response stays.
    bool setResponse(
        const QString &statusLine, const QString &headers, const QString &body, QString *error);
    QString statusLine() const { return m_statusLine; }
    QString headersText() const { return m_headersText; }
    QString bodyText() const { return m_bodyText; }
    // The response as it would be sent at time now (placeholders replaced).
    HttpResponse responseAt(const QDateTime &now) const;

    // false and error when the folder does not exist.
    bool setDirectory(const QString &path, QString *error);
    QString directory() const { return m_directory; }

    const QList<HttpExchange> &exchanges() const { return m_exchanges; }
    // Raw request bytes the list holds, and the exchanges dropped from it (oldest first) to
    // keep it under kMaxExchanges and kMaxKeptBytes.
    qint64 keptBytes() const { return m_keptBytes; }
    quint64 droppedExchanges() const { return m_droppedExchanges; }
    const HttpExchange *exchange(quint64 id) const;
    void clearExchanges();

    static QString defaultStatusLine();
    static QString defaultHeaders();
    static QString defaultBody();

signals:
    void listeningChanged(bool listening);
    void exchangeAdded(quint64 id);
    void exchangeUpdated(quint64 id); // its response went out
    void exchangesCleared();
    void errorOccurred(const QString &message);

private:
    void answer(const HttpRequest &request, HttpResponder &responder) const;
    void addExchange(HttpExchange exchange, quint64 serverSerial);
    HttpExchange *findBySerial(quint64 serial);

    HttpServer *m_server = nullptr;
    Mode m_mode = Mode::Response;
    QString m_statusLine;
    QString m_headersText;
    QString m_bodyText;
    int m_statusCode = 200;
    QByteArray m_reasonPhrase = "OK";
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QString m_directory;
    std::unique_ptr<HttpDirectoryHandler> m_directoryHandler;
    QList<HttpExchange> m_exchanges;
    QList<quint64> m_serials; // the server's serial of each exchange (0: rejected)
    quint64 m_nextId = 1;
    qint64 m_keptBytes = 0;
    quint64 m_droppedExchanges = 0;
};

} // namespace netlab
