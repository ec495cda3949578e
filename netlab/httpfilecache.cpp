#include "httpfilecache.h"

#include <QFile>

#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace netlab {

namespace {

#ifdef Q_OS_UNIX
HttpFileCache::FileStamp fromStat(const struct stat &st)
{
    HttpFileCache::FileStamp stamp;
    if (!S_ISREG(st.st_mode))
        return stamp;
    stamp.device = quint64(st.st_dev);
    stamp.inode = quint64(st.st_ino);
    stamp.size = qint64(st.st_size);
#ifdef Q_OS_LINUX
    stamp.modifiedNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    stamp.changedNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
#else
    stamp.modifiedNs = qint64(st.st_mtime) * 1'000'000'000;
    stamp.changedNs = qint64(st.st_ctime) * 1'000'000'000;
#endif
    return stamp;
}
#endif

} // namespace

bool HttpFileCache::FileStamp::operator==(const FileStamp &other) const
{
    return device == other.device && inode == other.inode && size == other.size
        && modifiedNs == other.modifiedNs && changedNs == other.changedNs;
}

HttpFileCache::FileStamp HttpFileCache::stampOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return fromStat(st);
#else
    Q_UNUSED(path);
#endif
    return {};
}

HttpFileCache::FileStamp HttpFileCache::stampOfOpenFile(int fileDescriptor)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (fileDescriptor >= 0 && ::fstat(fileDescriptor, &st) == 0)
        return fromStat(st);
#else
    Q_UNUSED(fileDescriptor);
#endif
    return {};
}

HttpFileCache::HttpFileCache() = default;

HttpFileCache::HttpFileCache(const Limits &limits)
    : m_limits(limits)
{ }

std::shared_ptr<const HttpFileCache::Entry> HttpFileCache::find(
    const QByteArray &key, FileStamp *current) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return nullptr;
    *current = stampOf(it.value()->statPath);
    if (!current->isValid() || *current != it.value()->stamp)
        return nullptr;
    return it.value();
}

bool HttpFileCache::hasSettled(const FileStamp &stamp) const
{
    const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                             .count();
    const qint64 newest = qMax(stamp.modifiedNs, stamp.changedNs);
    return stamp.isValid() && nowNs - newest >= m_limits.settleMs * 1'000'000;
}

void HttpFileCache::insert(const QByteArray &key, std::shared_ptr<const Entry> entry)
{
    remove(key);
    if (!entry || !hasSettled(entry->stamp) || m_limits.maxEntries <= 0)
        return;
    const qint64 bytes = entry->body.size();
    if (bytes > m_limits.maxFileBytes || bytes > m_limits.maxTotalBytes)
        return;
    // Evicts arbitrary entries: a request path that is asked again comes back at once.
    while (!m_entries.isEmpty()
        && (m_entries.size() >= m_limits.maxEntries
            || m_totalBytes + bytes > m_limits.maxTotalBytes))
        remove(m_entries.constBegin().key());
    m_totalBytes += bytes;
    m_entries.insert(key, std::move(entry));
}

void HttpFileCache::remove(const QByteArray &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_totalBytes -= it.value()->body.size();
    m_entries.erase(it);
}

} // namespace netlab
