#include "httpresponder.h"

#include "httpconnection.h"

#include <QIODevice>

namespace netlab {

HttpResponder::HttpResponder(HttpConnection *connection, const HttpRequest &request, bool keepAlive)
    : QObject(connection)
    , m_connection(connection)
    , m_request(request)
    , m_keepAlive(keepAlive)
{ }

HttpResponder::~HttpResponder() = default;

HttpResponse::Framing HttpResponder::framing() const
{
    HttpResponse::Framing framing;
    framing.versionMinor = m_request.versionMinor;
    framing.headRequest = m_request.isHead();
    framing.keepAlive = m_keepAlive;
    return framing;
}

void HttpResponder::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_connection)
        m_connection->responderChanged(this);
}

void HttpResponder::send(const HttpResponse &response)
{
    if (m_started || !isOpen())
        return;
    m_started = true;
    m_finished = true;
    m_statusCode = response.statusCode();
    append(response.toBytes(framing()));
}

void HttpResponder::send(int statusCode, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response(statusCode);
    response.setBody(body, contentType);
    send(response);
}

void HttpResponder::sendFile(
    const HttpResponse &head, std::unique_ptr<QIODevice> device, qint64 size)
{
    if (m_started || !isOpen())
        return;
    m_started = true;
    m_statusCode = head.statusCode();
    HttpResponse::Framing f = framing();
    f.contentLength = qMax<qint64>(0, size);
    if (!m_request.isHead() && head.statusAllowsBody() && device && size > 0) {
        m_file = std::move(device);
        m_fileOffset = m_file->pos();
        m_fileRemaining = size;
    }
    m_finished = !m_file;
    append(head.toBytes(f));
}

bool HttpResponder::startStream(const HttpResponse &head)
{
    if (m_started || !isOpen())
        return false;
    m_started = true;
    m_streaming = true;
    m_statusCode = head.statusCode();
    HttpResponse::Framing f = framing();
    // Chunked to an HTTP/1.1 client that keeps the connection; otherwise the end of the stream
    // is the end of the connection.
    m_chunked = m_request.versionMinor >= 1 && f.keepAlive;
    f.body = m_chunked ? HttpResponse::Framing::Chunked : HttpResponse::Framing::UntilClose;
    if (!m_chunked)
        m_keepAlive = false;
    if (m_request.isHead() || !head.statusAllowsBody())
        m_finished = true; // headers only
    append(head.toBytes(f));
    return !m_finished;
}

bool HttpResponder::write(const QByteArray &data)
{
    if (!m_streaming || !isOpen())
        return false;
    if (data.isEmpty())
        return true;
    if (m_connection && !m_connection->canQueue(this, data.size())) {
        m_connection->dropSlowClient();
        return false;
    }
    if (m_chunked)
        append(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    else
        append(data);
    return true;
}

void HttpResponder::finish()
{
    if (!m_started || m_finished || m_connectionGone)
        return;
    m_finished = true;
    append(m_chunked ? QByteArray("0\r\n\r\n") : QByteArray());
}

bool HttpResponder::startEventStream()
{
    HttpResponse head(200);
    head.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    head.setHeader("Cache-Control", "no-cache");
    head.setHeader("X-Accel-Buffering", "no");
    return startStream(head);
}

bool HttpResponder::sendEvent(const QByteArray &event, const QByteArray &data, const QByteArray &id)
{
    QByteArray out;
    out.reserve(data.size() + event.size() + id.size() + 32);
    auto field = [&out](const char *name, QByteArrayView value) {
        out += name;
        out += ": ";
        for (char c : value)
            out += (c == '\r' || c == '\n' || c == '\0') ? ' ' : c;
        out += '\n';
    };
    if (!id.isEmpty())
        field("id", id);
    if (!event.isEmpty())
        field("event", event);
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines)
        field("data", line.endsWith('\r') ? QByteArrayView(line).chopped(1) : QByteArrayView(line));
    out += '\n';
    return write(out);
}

bool HttpResponder::sendComment(const QByteArray &text)
{
    QByteArray line = text;
    line.replace('\r', ' ').replace('\n', ' ');
    return write(": " + line + "\n\n");
}

} // namespace netlab
