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

} // namespace netlab
