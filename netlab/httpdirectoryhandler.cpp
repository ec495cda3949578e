#include "httpdirectoryhandler.h"

#include "httpresponder.h"
#include "httpresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr int kMaxListing = 10'000;

bool isInside(const QString &path, const QString &root)
{
    if (path == root)
        return true;
    const QString base = root.endsWith(u'/') ? root : root + u'/';
    return path.startsWith(base);
}

} // namespace

HttpDirectoryHandler::HttpDirectoryHandler(const QString &root, const QByteArray &prefix)
    : m_rootPath(QFileInfo(root).canonicalFilePath())
    , m_prefix(prefix.endsWith('/') ? prefix : prefix + '/')
{ }

HttpDirectoryHandler::Resolution HttpDirectoryHandler::resolve(const QByteArray &requestPath) const
{
    Resolution result;
    if (m_rootPath.isEmpty())
        return result;
    QByteArray path = requestPath;
    if (path + '/' == m_prefix)
        path += '/';
    if (!path.startsWith(m_prefix)) {
        result.kind = Resolution::BadPath;
        return result;
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(path.mid(m_prefix.size()));
    if (decoded.contains('\0') || decoded.contains('\\') || decoded.startsWith('/')) {
        result.kind = Resolution::BadPath;
        return result;
    }
    const QString text = QString::fromUtf8(decoded);
    QStringList parts;
    const QStringList segments = text.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u".." || segment.contains(u':')
            || segment.contains(QChar::ReplacementCharacter)) {
            result.kind = Resolution::BadPath;
            return result;
        }
        parts.append(segment);
    }
    result.relativePath = parts.join(u'/');
    const QFileInfo info(m_rootPath + u'/' + result.relativePath);
    if (!info.exists())
        return result;
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !isInside(canonical, m_rootPath)) {
        result.kind = Resolution::Forbidden;
        return result;
    }
    result.filePath = canonical;
    if (info.isDir()) {
        result.kind = (decoded.isEmpty() || decoded.endsWith('/')) ? Resolution::Directory
                                                                   : Resolution::RedirectToSlash;
        return result;
    }
    result.kind = info.isFile() && info.isReadable() ? Resolution::File : Resolution::Forbidden;
    return result;
}

QByteArray HttpDirectoryHandler::contentType(const QString &fileName)
{
    static const struct
    {
        const char *suffix;
        const char *type;
    } kTypes[] = {
        {"html", "text/html; charset=utf-8"},
        {"htm", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"mjs", "text/javascript; charset=utf-8"},
        {"json", "application/json"},
        {"txt", "text/plain; charset=utf-8"},
        {"md", "text/markdown; charset=utf-8"},
        {"csv", "text/csv; charset=utf-8"},
        {"xml", "application/xml"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"ico", "image/x-icon"},
        {"webp", "image/webp"},
        {"pdf", "application/pdf"},
        {"wasm", "application/wasm"},
        {"zip", "application/zip"},
        {"py", "text/x-python; charset=utf-8"},
        {"c", "text/plain; charset=utf-8"},
        {"h", "text/plain; charset=utf-8"},
        {"cpp", "text/plain; charset=utf-8"},
        {"mp4", "video/mp4"},
        {"mp3", "audio/mpeg"},
        {"woff2", "font/woff2"},
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &entry : kTypes) {
        if (suffix == QLatin1String(entry.suffix))
            return entry.type;
    }
    return "application/octet-stream";
}

void HttpDirectoryHandler::operator()(const HttpRequest &request, HttpResponder &responder) const
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = HttpResponse::error(405);
        response.setHeader("Allow", "GET, HEAD");
        responder.send(response);
        return;
    }
    if (serveCached(request, responder))
        return;
    const Resolution resolution = resolve(request.path);
    switch (resolution.kind) {
    case Resolution::NotFound:
        responder.send(HttpResponse::error(404));
        return;
    case Resolution::BadPath:
        responder.send(HttpResponse::error(400, tr("the path is not allowed")));
        return;
    case Resolution::Forbidden:
        responder.send(HttpResponse::error(403, tr("the path leads outside the served folder")));
        return;
    case Resolution::RedirectToSlash: {
        HttpResponse response = HttpResponse::error(301);
        response.setHeader("Location", request.path + '/');
        responder.send(response);
        return;
    }
    case Resolution::Directory: {
        const QFileInfo index(resolution.filePath + u"/index.html"_s);
        if (index.isFile() && isInside(index.canonicalFilePath(), m_rootPath)) {
            serveFile(index.canonicalFilePath(),
                m_rootPath + u'/' + resolution.relativePath + u"/index.html"_s, request, responder);
            return;
        }
        const QString title = tr("Directory listing for /%1").arg(resolution.relativePath);
        QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s
            + title.toHtmlEscaped() + u"</title></head>\n<body><h1>"_s + title.toHtmlEscaped()
            + u"</h1><hr><ul>\n"_s;
        QDir dir(resolution.filePath);
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name | QDir::DirsFirst);
        int count = 0;
        for (const QFileInfo &entry : entries) {
            if (++count > kMaxListing)
                break;
            const QString name = entry.fileName() + (entry.isDir() ? u"/"_s : QString());
            html += u"<li><a href=\""_s + QString::fromLatin1(QUrl::toPercentEncoding(name, "/"))
                + u"\">"_s + name.toHtmlEscaped() + u"</a></li>\n"_s;
        }
        html += u"</ul><hr></body></html>\n"_s;
        responder.send(HttpResponse::html(200, html));
        return;
    }
    case Resolution::File:
        serveFile(
            resolution.filePath, m_rootPath + u'/' + resolution.relativePath, request, responder);
        return;
    }
}

QByteArray HttpDirectoryHandler::cacheKey(const QByteArray &requestPath) const
{
    if (!requestPath.startsWith(m_prefix))
        return {};
    return m_prefix + QByteArray::fromPercentEncoding(requestPath.mid(m_prefix.size()));
}

bool HttpDirectoryHandler::serveCached(const HttpRequest &request, HttpResponder &responder) const
{
    const QByteArray key = cacheKey(request.path);
    if (key.isEmpty())
        return false;
    HttpFileCache::FileStamp current;
    const std::shared_ptr<const Entry> entry = m_cache->find(key, &current);
    if (!entry)
        return false;
    std::unique_ptr<QFile> file;
    if (!entry->hasBody && !request.isHead()) {
        // The file itself must be the one that was checked: same device, inode and times.
        file = std::make_unique<QFile>(entry->filePath);
        if (!file->open(QIODevice::ReadOnly)
            || HttpFileCache::stampOfOpenFile(file->handle()) != entry->stamp) {
            m_cache->remove(key);
            return false;
        }
    }
    serveEntry(*entry, std::move(file), request, responder);
    return true;
}

void HttpDirectoryHandler::serveFile(const QString &filePath, const QString &statPath,
    const HttpRequest &request, HttpResponder &responder) const
{
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        responder.send(HttpResponse::error(403, file->errorString()));
        return;
    }
    auto entry = std::make_shared<Entry>();
    entry->statPath = statPath;
    entry->filePath = filePath;
    entry->contentType = contentType(filePath);
    entry->stamp = HttpFileCache::stampOfOpenFile(file->handle());
    entry->lastModified = HttpResponse::httpDate(entry->stamp.isValid()
            ? QDateTime::fromMSecsSinceEpoch(entry->stamp.modifiedNs / 1'000'000, QTimeZone::utc())
            : QFileInfo(filePath).lastModified());
    const qint64 size = entry->stamp.isValid() ? entry->stamp.size : file->size();
    if (size <= m_cache->limits().maxFileBytes) { // larger files are streamed
        entry->body = file->readAll();
        entry->hasBody = true;
        file.reset();
    }
    // Kept only when the path a request stats leads to the very file that was read, unchanged.
    const QByteArray key = cacheKey(request.path);
    if (!key.isEmpty() && entry->stamp.isValid()
        && entry->body.size() == (entry->hasBody ? size : 0)
        && HttpFileCache::stampOf(statPath) == entry->stamp)
        m_cache->insert(key, entry);
    serveEntry(*entry, std::move(file), request, responder);
}

void HttpDirectoryHandler::serveEntry(const Entry &entry, std::unique_ptr<QIODevice> file,
    const HttpRequest &request, HttpResponder &responder)
{
    if (request.header("if-modified-since") == entry.lastModified) {
        responder.send(HttpResponse(304));
        return;
    }
    HttpResponse response(200);
    response.setHeader("Content-Type", entry.contentType);
    response.setHeader("Last-Modified", entry.lastModified);
    if (entry.hasBody) {
        response.setBody(entry.body);
        responder.send(response);
        return;
    }
    const qint64 size = entry.stamp.isValid() ? entry.stamp.size : (file ? file->size() : 0);
    responder.sendFile(response, std::move(file), size);
}

} // namespace netlab
