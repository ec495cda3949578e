#pragma once

#include <netlab/httprequest.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace netlab {

class HttpResponder;

// Serves a folder like `python3 -m http.server`: files with a Content-Type from their suffix
// (charset=utf-8 for text), index.html or a generated listing for folders. Never serves
// anything outside root: ".." segments (also percent-encoded), backslashes, NUL bytes and
// drive letters are refused, and every path is checked after resolving symbolic links.
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

private:
    static void serveFile(
        const QString &filePath, const HttpRequest &request, HttpResponder &responder);

    QString m_rootPath; // canonical; empty when root does not exist
    QByteArray m_prefix;
};

} // namespace netlab
