#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace netlab {

// What HttpDirectoryHandler learnt about a request path, so that the next request for it costs
// one stat() instead of resolving and canonicalising the path again, and a small file is sent
// from memory. Every use checks the file's identity and times first (FileStamp: device, inode,
// size, modification and status-change times): a file that was edited, replaced, renamed,
// re-linked or had its permissions changed no longer matches and is resolved again from
// scratch, with every check of a first request. Bounded in entries and in bytes.
class HttpFileCache
{
public:
    struct FileStamp
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1; // -1: no such file (or no stamps on this system)
        qint64 modifiedNs = 0; // since the epoch
        qint64 changedNs = 0; // status change (ctime): also moves on chmod, link, rename
        bool isValid() const { return size >= 0; }
        bool operator==(const FileStamp &other) const;
        bool operator!=(const FileStamp &other) const { return !(*this == other); }
    };
    // stat() / fstat(): follows symbolic links. Invalid when missing, not a regular file, or on
    // systems other than Unix (nothing is cached there).
    static FileStamp stampOf(const QString &path);
    static FileStamp stampOfOpenFile(int fileDescriptor);

    struct Entry
    {
        QString statPath; // root + the resolved relative path: what a request stats
        QString filePath; // canonical path, inside the root when the entry was made
        QByteArray contentType;
        QByteArray lastModified; // HTTP date
        QByteArray body; // the whole file when hasBody
        bool hasBody = false;
        FileStamp stamp;
    };

    struct Limits
    {
        int maxEntries = 1024;
        qint64 maxFileBytes = 64 * 1024; // larger files: metadata only, the body is streamed
        qint64 maxTotalBytes = 16 * 1024 * 1024; // of bodies
        // A file changed less than this long ago is not cached: a second write within the
        // file system's time granularity would leave the same stamp.
        qint64 settleMs = 1500;
    };

    HttpFileCache();
    explicit HttpFileCache(const Limits &limits);

    const Limits &limits() const { return m_limits; }
    // The entry for a raw request path when its file still matches its stamp (the file's
    // current stamp in *current either way, when the key is known), else nullptr.
    std::shared_ptr<const Entry> find(const QByteArray &key, FileStamp *current) const;
    // Keeps entry for key if its file has settled; evicts others to stay within the limits.
    void insert(const QByteArray &key, std::shared_ptr<const Entry> entry);
    void remove(const QByteArray &key);
    // Whether a file with this stamp may be cached now (it has not changed for settleMs).
    bool hasSettled(const FileStamp &stamp) const;

    int count() const { return int(m_entries.size()); }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    Limits m_limits;
    QHash<QByteArray, std::shared_ptr<const Entry>> m_entries;
    qint64 m_totalBytes = 0;
};

} // namespace netlab
