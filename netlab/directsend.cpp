#include "directsend.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#endif
#ifdef Q_OS_LINUX
#include <sys/sendfile.h>
#endif

namespace netlab {

qint64 sendDirect(qintptr socketDescriptor, const char *data, qint64 size)
{
    if (socketDescriptor == -1 || size <= 0)
        return 0;
#ifdef Q_OS_WIN
    const int n = ::send(SOCKET(socketDescriptor), data, int(qMin<qint64>(size, 1 << 30)), 0);
#else
#ifdef MSG_NOSIGNAL
    constexpr int kFlags = MSG_NOSIGNAL;
#else
    constexpr int kFlags = 0; // Qt sets SO_NOSIGPIPE where MSG_NOSIGNAL does not exist
#endif
    const ssize_t n = ::send(int(socketDescriptor), data, size_t(size), kFlags);
#endif
    return n > 0 ? qint64(n) : 0;
}

FileSendResult sendFileDirect(
    qintptr socketDescriptor, int fileDescriptor, qint64 offset, qint64 count)
{
    FileSendResult result;
#ifdef Q_OS_LINUX
    if (socketDescriptor == -1 || fileDescriptor < 0 || count <= 0)
        return result;
    off_t position = off_t(offset);
    // sendfile() takes at most 0x7ffff000 bytes per call.
    const ssize_t n = ::sendfile(
        int(socketDescriptor), fileDescriptor, &position, size_t(qMin<qint64>(count, 1 << 30)));
    if (n > 0) {
        result.status = FileSendResult::Sent;
        result.bytes = n;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        result.status = FileSendResult::WouldBlock;
    }
#else
    Q_UNUSED(socketDescriptor);
    Q_UNUSED(fileDescriptor);
    Q_UNUSED(offset);
    Q_UNUSED(count);
#endif
    return result;
}

void shutdownWrite(qintptr socketDescriptor)
{
    if (socketDescriptor == -1)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(socketDescriptor), SD_SEND);
#else
    ::shutdown(int(socketDescriptor), SHUT_WR);
#endif
}

} // namespace netlab
