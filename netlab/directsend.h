#pragma once

// Writing to a connected TCP socket's descriptor without going through QTcpSocket's buffer,
// for servers that answer many clients from one event loop.
//
// Why not QTcpSocket::write() + flush(): in Qt 6.4 every write() arms the socket's write
// notifier and flush() disarms it, and with the glib event dispatcher disarming costs a scan
// of every watched socket: O(clients) per reply, which made 1000 echo clients crawl. A caller
// sends directly only while the socket's own write buffer is empty (so bytes stay in order)
// and hands whatever the OS did not take to QTcpSocket::write(), which then waits for the
// socket to drain and reports errors as usual.

#include <QtGlobal>

namespace netlab {

// Writes what the OS takes now, without blocking; returns the bytes taken (0 on any error:
// the caller then hands everything to QTcpSocket, which reports the error).
qint64 sendDirect(qintptr socketDescriptor, const char *data, qint64 size);

// What sendFileDirect() did.
struct FileSendResult
{
    enum Status { Sent, WouldBlock, Unsupported } status = Unsupported;
    qint64 bytes = 0; // Sent: bytes taken by the OS (at least 1)
};

// Copies up to count bytes of the open file fileDescriptor from offset to the socket inside
// the kernel (Linux sendfile), without blocking. Unsupported on other systems, for files that
// cannot be sent this way, and on any socket error (the caller then falls back to reading the
// file and QTcpSocket::write(), which reports the error).
FileSendResult sendFileDirect(
    qintptr socketDescriptor, int fileDescriptor, qint64 offset, qint64 count);

// Shuts the write side of a connected socket (the peer reads end of stream) while reading
// goes on: the first step of a lingering close.
void shutdownWrite(qintptr socketDescriptor);

} // namespace netlab
