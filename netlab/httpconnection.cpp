#include "httpconnection.h"

#include "directsend.h"
#include "httpresponder.h"
#include "httpserver.h"

#include <QAbstractSocket>
#include <QFile>
#include <QIODevice>
#include <QMetaMethod>

namespace netlab {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kFileWindow = 256 * 1024; // file bytes queued in the socket at a time
constexpr qint64 kFilePiece = 64 * 1024;

HttpRequestParser::Limits parserLimits(const HttpServer::Limits &limits)
{
    HttpRequestParser::Limits parser;
    parser.maxHeaderBytes = limits.maxHeaderBytes;
    parser.maxHeaderCount = limits.maxHeaderCount;
    parser.maxBodyBytes = limits.maxBodyBytes;
    parser.keepRawBody = limits.keepRawBodies;
    return parser;
}

} // namespace

HttpConnection::HttpConnection(QIODevice *device, HttpServer *server,
    const QHostAddress &peerAddress, quint16 peerPort, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_server(server)
    , m_peerAddress(peerAddress)
    , m_peerPort(peerPort)
    , m_parser(parserLimits(server->limits()))
{
    m_device->setParent(this);
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device);
        socket && socket->socketType() == QAbstractSocket::TcpSocket)
        m_socket = socket;
    m_timer.setSingleShot(true);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::checkTimeouts);
    m_parser.setHeadCheck([this](const HttpRequest &head) {
        m_refusal = m_server->checkHead(head);
        return !m_refusal.has_value();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    connect(m_device, &QIODevice::readyRead, this, &HttpConnection::readFromDevice);
    connect(m_device, &QIODevice::bytesWritten, this, &HttpConnection::flush);
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device)) {
        connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::finishClose);
        socket->setReadBufferSize(4 * kReadChunk);
    }
    m_headerStart = m_lastActivity = m_clock.elapsed();
    armTimer();
    if (m_device->bytesAvailable() > 0)
        readFromDevice();
}

void HttpConnection::readFromDevice()
{
    while (!m_readStopped && !m_closed) {
        if (outputFull() || !m_waiting.isEmpty()) {
            // Backpressure: the next requests stay in the socket (and the kernel's buffers)
            // until the client takes what it was already sent.
            m_readPaused = true;
            return;
        }
        const QByteArray data = m_device->read(kReadChunk);
        if (data.isEmpty())
            return;
        handleBytes(data);
    }
    if (m_readStopped && !m_closed && m_waiting.isEmpty() && m_errorStatus == 0 && !m_refusal)
        m_device->readAll(); // discard what follows a closing request
}

qint64 HttpConnection::unsentBytes() const
{
    qint64 bytes = m_device->bytesToWrite();
    for (const HttpResponder *responder : m_queue)
        bytes += responder->m_buffer.size();
    return bytes;
}

bool HttpConnection::outputFull() const
{
    const HttpServer::Limits &limits = m_server->limits();
    return m_queue.size() >= limits.maxPipelinedRequests || unsentBytes() >= limits.maxUnsentBytes;
}

void HttpConnection::handleBytes(QByteArrayView bytes)
{
    if (m_readStopped || m_closed)
        return;
    const bool wasReadingHeaders = m_parser.isReadingHeaders();
    m_lastActivity = m_clock.elapsed();
    HttpRequestParser::Result result = m_parser.feed(bytes);
    for (HttpRequest &request : result.requests)
        m_waiting.append(std::move(request));
    if (result.error != HttpRequestParser::Error::None) {
        m_readStopped = true;
        m_lingerOnClose = true;
        if (result.error != HttpRequestParser::Error::Refused) {
            m_refusal.reset();
            m_errorStatus = HttpRequestParser::statusForError(result.error);
            m_errorReason = result.errorString;
        }
        dispatchWaiting();
        return;
    }
    if (m_parser.isFinished())
        m_readStopped = true;
    dispatchWaiting();
    if (m_closed || m_readStopped)
        return;
    // 100 Continue only once the head check let the request through (it ran in feed()).
    if (result.continueExpected && m_queue.isEmpty() && m_waiting.isEmpty() && !m_parser.isIdle())
        m_device->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (m_parser.isReadingHeaders() && (!wasReadingHeaders || !result.requests.isEmpty())) {
        m_headerStart = m_lastActivity;
        armTimer();
    }
}

void HttpConnection::dispatchWaiting()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (!m_waiting.isEmpty() && !m_closed && !m_closing && !outputFull())
        dispatch(m_waiting.takeFirst());
    m_dispatching = false;
    if (m_closed || m_closing || !m_waiting.isEmpty())
        return;
    if (m_refusal) {
        const HttpResponse refusal = *std::exchange(m_refusal, std::nullopt);
        emit m_server->requestRejected(m_peerAddress, m_peerPort, refusal.statusCode(),
            tr("refused before its body was read (%1)").arg(refusal.statusCode()));
        HttpRequest request;
        request.method = "GET";
        request.versionMinor = 1;
        auto *responder = new HttpResponder(this, request, false);
        m_queue.append(responder);
        responder->send(refusal);
    } else if (m_errorStatus != 0) {
        reject(std::exchange(m_errorStatus, 0), m_errorReason);
    }
}

void HttpConnection::resume()
{
    m_resumeQueued = false;
    if (m_closed)
        return;
    dispatchWaiting();
    if (m_readPaused && m_waiting.isEmpty() && !outputFull()) {
        m_readPaused = false;
        readFromDevice();
    }
}

void HttpConnection::dispatch(HttpRequest request)
{
    ++m_requestCount;
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.serial = m_server->nextSerial();
    const bool keepAlive = request.keepAlive;
    auto *responder = new HttpResponder(this, request, keepAlive);
    m_queue.append(responder);
    if (m_server->isSignalConnected(QMetaMethod::fromSignal(&HttpServer::requestReceived)))
        emit m_server->requestReceived(responder->request());
    m_server->handle(*responder);
    if (!m_closed)
        m_server->noteUnsent(unsentBytes());
}

void HttpConnection::reject(int statusCode, const QString &reason)
{
    m_readStopped = true;
    emit m_server->requestRejected(m_peerAddress, m_peerPort, statusCode, reason);
    HttpRequest request;
    request.method = "GET";
    request.versionMinor = 1;
    auto *responder = new HttpResponder(this, request, false);
    m_queue.append(responder);
    responder->send(HttpResponse::error(statusCode, reason));
}

void HttpConnection::responderChanged(HttpResponder *responder)
{
    if (!m_queue.isEmpty() && m_queue.first() == responder)
        flush();
}

bool HttpConnection::canQueue(const HttpResponder *responder, qsizetype bytes) const
{
    qint64 queued = responder->m_buffer.size() + bytes;
    if (!m_queue.isEmpty() && m_queue.first() == responder)
        queued += m_device->bytesToWrite();
    return queued <= m_server->limits().maxPendingWriteBytes;
}

void HttpConnection::dropSlowClient()
{
    emit m_server->requestRejected(m_peerAddress, m_peerPort, 0,
        tr("the client stopped reading its response; connection dropped"));
    abort();
}

void HttpConnection::flush()
{
    if (m_closed || m_flushing)
        return;
    m_flushing = true;
    while (!m_queue.isEmpty()) {
        HttpResponder *front = m_queue.first();
        if (!front->m_buffer.isEmpty()) {
            front->m_bytesSent += front->m_buffer.size();
            writeOut(front->m_buffer);
            front->m_buffer.clear();
        }
        if (front->m_file) {
            if (!sendFileBody(front)) {
                // The file shrank or failed: the promised length cannot be kept.
                m_flushing = false;
                abort();
                return;
            }
            if (front->m_fileRemaining > 0)
                break; // continue on bytesWritten
            front->m_file.reset();
            front->m_finished = true;
        }
        if (!front->m_finished)
            break;
        m_queue.removeFirst();
        const bool keepAlive = front->m_keepAlive;
        if (front->m_request.serial != 0)
            emit m_server->responseSent(
                front->m_request.serial, front->m_statusCode, front->m_bytesSent);
        front->m_connectionGone = true;
        emit front->closed();
        front->deleteLater();
        if (!keepAlive) {
            m_flushing = false;
            closeAfterWrite();
            return;
        }
    }
    m_flushing = false;
    m_server->noteUnsent(unsentBytes());
    if (m_queue.isEmpty() && m_readStopped && m_waiting.isEmpty() && m_errorStatus == 0
        && !m_refusal) {
        closeAfterWrite();
        return;
    }
    if ((m_readPaused || !m_waiting.isEmpty() || m_errorStatus != 0 || m_refusal) && !outputFull()
        && !m_resumeQueued) {
        m_resumeQueued = true;
        QMetaObject::invokeMethod(this, &HttpConnection::resume, Qt::QueuedConnection);
    }
    if (m_queue.isEmpty())
        armTimer();
}

void HttpConnection::writeOut(const QByteArray &bytes)
{
    qint64 sent = 0;
    if (m_socket && m_socket->bytesToWrite() == 0)
        sent = sendDirect(m_socket->socketDescriptor(), bytes.constData(), bytes.size());
    if (sent < bytes.size())
        m_device->write(bytes.constData() + sent, bytes.size() - sent);
}

bool HttpConnection::sendFileBody(HttpResponder *front)
{
    // Inside the kernel (sendfile) whenever Qt's write buffer is empty. When the socket is
    // full, one piece goes through Qt's buffer: its bytesWritten() says when to go on. Without
    // sendfile (other systems, other devices) pieces are read while under kFileWindow is queued.
    auto *file = qobject_cast<QFile *>(front->m_file.get());
    while (front->m_fileRemaining > 0) {
        const bool kernelCopy = m_socket && file && front->m_kernelCopy;
        if (kernelCopy && m_socket->bytesToWrite() > 0)
            return true;
        if (kernelCopy) {
            const FileSendResult result = sendFileDirect(m_socket->socketDescriptor(),
                file->handle(), front->m_fileOffset, front->m_fileRemaining);
            if (result.status == FileSendResult::Sent) {
                front->m_fileOffset += result.bytes;
                front->m_fileRemaining -= result.bytes;
                front->m_bytesSent += result.bytes;
                continue;
            }
            if (result.status == FileSendResult::Unsupported)
                front->m_kernelCopy = false;
        } else if (m_device->bytesToWrite() >= kFileWindow) {
            return true;
        }
        if (front->m_file->pos() != front->m_fileOffset
            && !front->m_file->seek(front->m_fileOffset))
            return false;
        const QByteArray piece = front->m_file->read(qMin(kFilePiece, front->m_fileRemaining));
        if (piece.isEmpty())
            return false;
        front->m_fileOffset += piece.size();
        front->m_fileRemaining -= piece.size();
        front->m_bytesSent += piece.size();
        m_device->write(piece);
    }
    return true;
}

void HttpConnection::closeAfterWrite()
{
    if (m_closing || m_closed)
        return;
    m_closing = true;
    m_readStopped = true;
    m_timer.stop();
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device);
        socket && m_lingerOnClose && socket->state() == QAbstractSocket::ConnectedState) {
        lingerThenClose(socket);
        return;
    }
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device)) {
        // Closes once the written bytes are out; disconnected() then calls finishClose().
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            finishClose();
        else {
            // A client that never reads its last response must not hold the socket forever.
            m_timer.disconnect();
            connect(&m_timer, &QTimer::timeout, this, &HttpConnection::abort);
            m_timer.start(qMax(1000, m_server->limits().idleTimeoutMs));
        }
    } else {
        finishClose();
    }
}

// A lingering close, as web servers do after refusing a request whose body is still coming
// (413, 401 before the body...): once the answer is out, the write side is shut (the client
// reads end of stream) and what the client still sends is read and dropped, for kLingerMs and
// kMaxLingerBytes at most. Closing at once would make the client's kernel receive data for a
// closed socket and reset the connection, which can destroy the answer before the client has
// read it (Qt 6.8's QTcpSocket drops it; curl says "connection reset" instead of 413).
void HttpConnection::lingerThenClose(QAbstractSocket *socket)
{
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    const auto discard = [this, socket] {
        m_lingerDiscarded += socket->skip(socket->bytesAvailable());
        if (m_lingerDiscarded > kMaxLingerBytes)
            abort();
    };
    const auto shutWrite = [this, socket] {
        if (m_writeShut || m_closed || socket->bytesToWrite() > 0)
            return;
        m_writeShut = true;
        shutdownWrite(socket->socketDescriptor());
    };
    connect(socket, &QIODevice::readyRead, this, discard);
    connect(socket, &QIODevice::bytesWritten, this, shutWrite);
    // The client closes its side once it has read the answer: disconnected() ends it then.
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::abort);
    m_timer.start(kLingerMs);
    shutWrite();
    discard();
}

void HttpConnection::abort()
{
    if (m_closed)
        return;
    m_readStopped = true;
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device)) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    finishClose();
}

void HttpConnection::finishClose()
{
    if (m_closed)
        return;
    m_closed = true;
    m_readStopped = true;
    m_timer.stop();
    disconnect(m_device, nullptr, this, nullptr);
    if (!qobject_cast<QAbstractSocket *>(m_device))
        m_device->close();
    const QList<HttpResponder *> pending = std::exchange(m_queue, {});
    for (HttpResponder *responder : pending) {
        responder->m_connectionGone = true;
        responder->m_connection = nullptr;
        emit responder->closed();
        responder->deleteLater();
    }
    emit closed();
}

void HttpConnection::armTimer()
{
    if (m_closed || m_closing)
        return;
    const HttpServer::Limits &limits = m_server->limits();
    const qint64 now = m_clock.elapsed();
    qint64 deadline = -1;
    if (m_parser.isReadingHeaders() || (m_requestCount == 0 && m_parser.isIdle()))
        deadline = m_headerStart + limits.headerTimeoutMs;
    else if (m_queue.isEmpty())
        deadline = m_lastActivity + limits.idleTimeoutMs;
    if (deadline < 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, deadline - now);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait + 50)
        m_timer.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void HttpConnection::checkTimeouts()
{
    if (m_closed || m_closing)
        return;
    const HttpServer::Limits &limits = m_server->limits();
    const qint64 now = m_clock.elapsed();
    if (m_parser.isReadingHeaders() || (m_requestCount == 0 && m_parser.isIdle())) {
        if (now - m_headerStart >= limits.headerTimeoutMs) {
            if (m_parser.isIdle() && m_requestCount == 0) {
                emit m_server->requestRejected(m_peerAddress, m_peerPort, 0,
                    tr("no request within %1 ms; connection closed").arg(limits.headerTimeoutMs));
                closeAfterWrite();
            } else {
                reject(408,
                    tr("the request headers did not arrive within %1 ms")
                        .arg(limits.headerTimeoutMs));
            }
            return;
        }
    } else if (m_queue.isEmpty()) {
        if (now - m_lastActivity >= limits.idleTimeoutMs) {
            if (m_parser.isIdle()) {
                closeAfterWrite();
            } else {
                reject(408, tr("the request body stalled for %1 ms").arg(limits.idleTimeoutMs));
            }
            return;
        }
    }
    m_timer.stop();
    armTimer();
}

} // namespace netlab
