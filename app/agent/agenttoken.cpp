#include "agenttoken.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netlab {

namespace {

QString osError(int error = errno)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QByteArray AgentToken::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

bool AgentToken::equals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray AgentToken::loadOrCreate(const QString &path, bool *created, QString *error)
{
    *created = false;
    const QByteArray name = QFile::encodeName(path);
    QFile file(path);
    if (file.exists()) {
        struct stat info = {};
        if (::stat(name.constData(), &info) == 0 && (info.st_mode & 077) != 0)
            ::chmod(name.constData(), 0600); // someone loosened it: readable by us only again
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the token file %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray token = file.read(256).trimmed();
        if (token.size() >= 16)
            return token;
        *error
            = tr("the token file %1 is empty or too short; delete it to get a new token").arg(path);
        return {};
    }
    // O_EXCL with mode 0600: the file never exists with looser permissions.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("cannot create the token file %1: %2").arg(path, osError());
        return {};
    }
    const QByteArray token = generate();
    const QByteArray line = token + '\n';
    const bool written = ::write(fd, line.constData(), size_t(line.size())) == line.size();
    const bool synced = written && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written || !synced) {
        *error = tr("cannot write the token file %1: %2").arg(path, osError(writeError));
        ::unlink(name.constData());
        return {};
    }
    *created = true;
    return token;
}

QByteArray AgentToken::read(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            *error = tr("there is no token in %1 yet: the agent creates it at its first start")
                         .arg(path);
        else if (code == EACCES || code == EPERM)
            *error = tr("cannot read the token file %1: permission denied. Only root and the "
                        "agent's user may read it: run `sudo netlab-agent token`")
                         .arg(path);
        else
            *error = tr("cannot read the token file %1: %2").arg(path, osError(code));
        return {};
    }
    QByteArray bytes(256, Qt::Uninitialized);
    const ssize_t got = ::read(fd, bytes.data(), size_t(bytes.size()));
    ::close(fd);
    const QByteArray token = got > 0 ? bytes.left(got).trimmed() : QByteArray();
    if (token.size() < 16) {
        *error = tr("the token file %1 is empty or too short; run `netlab-agent token --rotate`")
                     .arg(path);
        return {};
    }
    return token;
}

QByteArray AgentToken::rotate(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat old = {};
    if (::stat(name.constData(), &old) != 0) {
        read(path, error); // the same words as `netlab-agent token`
        return {};
    }
    if (::access(name.constData(), W_OK) != 0 || ::access(name.constData(), R_OK) != 0) {
        *error = tr("cannot replace the token file %1: permission denied. Only root and the "
                    "agent's user may: run `sudo netlab-agent token --rotate`")
                     .arg(path);
        return {};
    }
    const QByteArray temporary = name + ".new";
    ::unlink(temporary.constData()); // a leftover of an interrupted rotation
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("cannot create %1: %2").arg(QFile::decodeName(temporary), osError());
        return {};
    }
    // The agent's user must keep reading it when root rotates.
    if (::fchown(fd, old.st_uid, old.st_gid) != 0 && ::geteuid() == 0) {
        *error = tr("cannot give %1 to the agent's user: %2")
                     .arg(QFile::decodeName(temporary), osError());
        ::close(fd);
        ::unlink(temporary.constData());
        return {};
    }
    const QByteArray token = generate();
    const QByteArray line = token + '\n';
    const bool written
        = ::write(fd, line.constData(), size_t(line.size())) == line.size() && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), name.constData()) != 0) {
        *error = tr("cannot write the token file %1: %2")
                     .arg(path, osError(written ? errno : writeError));
        ::unlink(temporary.constData());
        return {};
    }
    return token;
}

quint64 AgentToken::fileStamp(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return quint64(info.st_ino) * 1'000'003u ^ quint64(info.st_mtim.tv_sec) * 1'000'000'000u
        ^ quint64(info.st_mtim.tv_nsec) ^ quint64(info.st_size);
}

} // namespace netlab
