#pragma once

#include <netlab/httpfilecache.h>
#include <netlab/httprequest.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace netlab {

class HttpResponder;

// Serves a folder like `python3 -m http.server`: files with a Content-Type from their suffix
// (charset=utf-8 for text), index.html or a generated listing for folders. Never serves
// anything outside root: ".." segments (also percent-encoded), backslashes, NUL bytes and
// drive letters are refused, and every path is checked after resolving symbolic links.
//
// What a request path resolved to is kept (HttpFileCache, shared by the copies of a handler):
// the next request for it stats the file once and, when nothing changed, is answered without
// resolving the path again — from memory for files up to 64 KiB, with sendfile() for larger
// ones. A changed file is resolved and read again.
class HttpDirectoryHandler
{
    Q_DECLARE_TR_FUNCTIONS(netlab::HttpDirectoryHandler)

public:
    explicit HttpDirectoryHandler(const QString &root, const QByteArray &prefix = "/");

    struct Resolution
    {
        enum Kind { File, Directory, RedirectToSlash, NotFound, Forbidden, BadPath };
        Kind kind = NotFound;
        QString filePath; // canonical path for File and Directory
        QString relativePath; // decoded, '/'-separated, as shown in listings
    };
    // Maps a request path (percent-encoded, with the prefix) to a file under root.
    Resolution resolve(const QByteArray &requestPath) const;

    void operator()(const HttpRequest &request, HttpResponder &responder) const;

    // "text/html; charset=utf-8" for index.html, "application/octet-stream" when unknown.
    static QByteArray contentType(const QString &fileName);

    // Files whose metadata (and, when small, content) is kept.
    int cachedFiles() const { return m_cache->count(); }

private:
    using Entry = HttpFileCache::Entry;
    void serveFile(const QString &filePath, const QString &statPath, const HttpRequest &request,
        HttpResponder &responder) const;
    static void serveEntry(const Entry &entry, std::unique_ptr<QIODevice> file,
        const HttpRequest &request, HttpResponder &responder);
    bool serveCached(const HttpRequest &request, HttpResponder &responder) const;
    // The cache's key for a request path: the prefix, then the rest percent-decoded, so that
    // /a%62c and /abc share one entry (resolve() sees only those decoded bytes); empty for a
    // path outside the prefix, which is never cached.
    QByteArray cacheKey(const QByteArray &requestPath) const;

    QString m_rootPath; // canonical; empty when root does not exist
    QByteArray m_prefix;
    std::shared_ptr<HttpFileCache> m_cache = std::make_shared<HttpFileCache>();
};

} // namespace netlab
