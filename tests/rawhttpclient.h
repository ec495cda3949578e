#pragma once

// Test-side HTTP reading for the HttpServer tests: replies parsed off a raw byte stream, and a
// raw QTcpSocket client that collects them.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>

namespace netlab::test {

// One response read back from a byte stream (test-side reader, lenient on purpose).
struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Takes one complete response off the front of buffer; headOnly: the request was HEAD.
inline bool takeReply(QByteArray &buffer, Reply &reply, bool headOnly = false)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    Reply r;
    r.head = buffer.left(end);
    r.status = r.head.mid(9, 3).toInt();
    qsizetype position = end + 4;
    if (headOnly || r.status == 204 || r.status == 304 || r.status < 200) {
    } else if (r.header("transfer-encoding") == "chunked") {
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", position);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = buffer.mid(position, lineEnd - position).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (buffer.size() < lineEnd + 2 + size + 2)
                return false;
            r.body += buffer.mid(lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
    } else {
        const qsizetype length = r.header("content-length").toLongLong();
        if (buffer.size() < position + length)
            return false;
        r.body = buffer.mid(position, length);
        position += length;
    }
    buffer.remove(0, position);
    reply = r;
    return true;
}

// A raw client: connects, collects bytes, hands back complete replies.
class RawClient : public QObject
{
public:
    explicit RawClient(quint16 port)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { buffer += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool replies(int count, QList<Reply> &out, bool headOnly = false)
    {
        Reply reply;
        while (out.size() < count && takeReply(buffer, reply, headOnly))
            out.append(reply);
        return out.size() >= count;
    }
    QTcpSocket socket;
    QByteArray buffer;
    bool closed = false;
};

} // namespace netlab::test
