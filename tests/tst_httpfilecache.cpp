// HttpFileCache and the folder handler's use of it, against real files and loopback clients: an
// edited, replaced or removed file is never served from the cache, a large file (sendfile) arrives
// whole and in order with the responses around it, and the cache stays within its bounds.
#include <netlab/httpdirectoryhandler.h>
#include <netlab/httpfilecache.h>
#include <netlab/httpserver.h>

#include "rawhttpclient.h"

#include <QtNetwork>
#include <QtTest>

using namespace Qt::StringLiterals;

using netlab::HttpDirectoryHandler;
using netlab::HttpFileCache;
using netlab::HttpServer;
using netlab::test::RawClient;
using netlab::test::Reply;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + seed) % 251);
    return data;
}

// One GET on a new connection; the reply, or status 0 when none came within 10 s.
Reply fetch(quint16 port, const QByteArray &path)
{
    RawClient client(port);
    client.socket.write("GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n");
    QList<Reply> replies;
    if (!QTest::qWaitFor([&] { return client.replies(1, replies); }, 10'000))
        return {};
    return replies.first();
}

} // namespace

class tst_HttpFileCache : public QObject
{
    Q_OBJECT
private slots:
    void editedFileServedAgain();
    void replacedByEscapingLinkRefused();
    void largeFileSentWholeAndInOrder();
    void boundedInEntriesAndBytes();
    void spellingsOfOnePathShareOneEntry();
};

void tst_HttpFileCache::editedFileServedAgain()
{
    QTemporaryDir temp;
    const QString file = temp.filePath(u"notes.txt"_s);
    writeFile(file, "first version\n");
    HttpDirectoryHandler handler(temp.path());
    HttpServer server;
    server.route({}, "/", handler, HttpServer::Match::Prefix);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    // A file is kept once it has not changed for a moment; until then every request reads it.
    const auto servedAndCached = [&] {
        return fetch(server.serverPort(), "/notes.txt").body == "first version\n"
            && handler.cachedFiles() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(servedAndCached(), 15'000);
    QCOMPARE(fetch(server.serverPort(), "/notes.txt").body, QByteArray("first version\n"));

    // Edited in place to the same size, its modification time put back (to the millisecond):
    // the new text is served at once.
    const QDateTime modified = QFileInfo(file).lastModified();
    writeFile(file, "other version\n");
    QFile edited(file);
    QVERIFY(edited.open(QIODevice::ReadWrite));
    QVERIFY(edited.setFileTime(modified, QFileDevice::FileModificationTime));
    edited.close();
    const Reply reply = fetch(server.serverPort(), "/notes.txt");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("other version\n"));

    // Removed: 404, not the old text.
    QVERIFY(QFile::remove(file));
    QCOMPARE(fetch(server.serverPort(), "/notes.txt").status, 404);
}

void tst_HttpFileCache::replacedByEscapingLinkRefused()
{
    QTemporaryDir temp;
    const QString root = temp.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(root + u"/docs"_s));
    writeFile(temp.filePath(u"secret.txt"_s), "SECRET\n");
    writeFile(root + u"/docs/page.html"_s, "<p>page</p>\n");
    HttpDirectoryHandler handler(root);
    HttpServer server;
    server.route({}, "/", handler, HttpServer::Match::Prefix);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto servedAndCached = [&] {
        return fetch(server.serverPort(), "/docs/page.html").body == "<p>page</p>\n"
            && handler.cachedFiles() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(servedAndCached(), 15'000);

    // The folder on the cached path becomes a link to the outside, which holds a page.html.
    writeFile(temp.filePath(u"page.html"_s), "SECRET page\n");
    QVERIFY(QDir(root + u"/docs"_s).removeRecursively());
    QVERIFY(QFile::link(temp.path(), root + u"/docs"_s));
    const Reply reply = fetch(server.serverPort(), "/docs/page.html");
    QCOMPARE(reply.status, 403);
    QVERIFY(!reply.body.contains("SECRET"));
    QVERIFY(!reply.body.contains("<p>page</p>"));
}

void tst_HttpFileCache::largeFileSentWholeAndInOrder()
{
    QTemporaryDir temp;
    const QByteArray big = pattern(5 * 1024 * 1024 + 13, 3);
    writeFile(temp.filePath(u"big.bin"_s), big);
    writeFile(temp.filePath(u"small.txt"_s), "small\n");
    HttpServer server;
    server.serveDirectory(temp.path());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    // Pipelined on one connection: a large file between small ones, a HEAD of it, and the large
    // file again; each response whole, in request order.
    RawClient client(server.serverPort());
    const auto get = [](const QByteArray &method, const QByteArray &path) {
        return method + ' ' + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
    };
    client.socket.write(get("GET", "/small.txt") + get("GET", "/big.bin") + get("GET", "/small.txt")
        + get("GET", "/big.bin"));
    QList<Reply> replies;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(4, replies), 30'000);
    QCOMPARE(replies[0].body, QByteArray("small\n"));
    QCOMPARE(replies[1].header("content-length"), QByteArray::number(big.size()));
    QVERIFY(replies[1].body == big);
    QCOMPARE(replies[2].body, QByteArray("small\n"));
    QVERIFY(replies[3].body == big);
    client.socket.write(get("HEAD", "/big.bin") + get("GET", "/small.txt"));
    QList<Reply> more;
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(1, more, true), 10'000);
    QCOMPARE(more[0].header("content-length"), QByteArray::number(big.size()));
    QTRY_VERIFY_WITH_TIMEOUT(client.replies(2, more), 10'000);
    QCOMPARE(more[1].body, QByteArray("small\n"));

    // Replaced by a shorter file under the same name: the new length and bytes, not the old.
    const QByteArray shorter = pattern(300 * 1024, 5);
    const QString replacement = temp.filePath(u"big.new"_s);
    writeFile(replacement, shorter);
    QVERIFY(QFile::remove(temp.filePath(u"big.bin"_s)));
    QVERIFY(QFile::rename(replacement, temp.filePath(u"big.bin"_s)));
    const Reply reply = fetch(server.serverPort(), "/big.bin");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body == shorter);
}

void tst_HttpFileCache::boundedInEntriesAndBytes()
{
    QTemporaryDir temp;
    const QString path = temp.filePath(u"f.txt"_s);
    writeFile(path, "x");
    HttpFileCache::Limits limits;
    limits.maxEntries = 8;
    limits.maxTotalBytes = 10 * 1000;
    limits.settleMs = 0;
    HttpFileCache cache(limits);
    HttpFileCache::FileStamp stamp = HttpFileCache::stampOf(path);
    QVERIFY(stamp.isValid());
    for (int i = 0; i < 100; ++i) {
        auto entry = std::make_shared<HttpFileCache::Entry>();
        entry->statPath = path;
        entry->stamp = stamp;
        entry->body = QByteArray(i % 2 ? 3000 : 1, 'b');
        entry->hasBody = true;
        cache.insert("/k" + QByteArray::number(i), entry);
        QVERIFY(cache.count() <= limits.maxEntries);
        QVERIFY(cache.totalBytes() <= limits.maxTotalBytes);
    }
    QVERIFY(cache.count() >= 3);
    HttpFileCache::FileStamp current;
    QVERIFY(cache.find("/k99", &current));
    QVERIFY(current == stamp);
    // A stamp that no longer matches the file is not an answer.
    writeFile(path, "xy");
    QVERIFY(!cache.find("/k99", &current));
    QVERIFY(current != stamp);
    QVERIFY(!cache.find("/unknown", &current));
}

void tst_HttpFileCache::spellingsOfOnePathShareOneEntry()
{
    QTemporaryDir temp;
    writeFile(temp.filePath(u"abc.txt"_s), "abc\n");
    HttpDirectoryHandler handler(temp.path());
    HttpServer server;
    server.route({}, "/", handler, HttpServer::Match::Prefix);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTRY_VERIFY_WITH_TIMEOUT(
        fetch(server.serverPort(), "/abc.txt").body == "abc\n" && handler.cachedFiles() == 1,
        15'000);
    // Percent-encoded spellings of the same name are the same file and the same entry: a
    // client cycling through spellings cannot push other files out of the cache.
    for (const char *spelling : {"/%61bc.txt", "/a%62c.txt", "/ab%63.txt", "/%61%62%63.txt"}) {
        const Reply reply = fetch(server.serverPort(), spelling);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("abc\n"));
        QCOMPARE(handler.cachedFiles(), 1);
    }
    // A spelling that decodes to a bad path is still refused, never answered from the cache.
    QCOMPARE(fetch(server.serverPort(), "/abc.txt%00").status, 400);
    QCOMPARE(handler.cachedFiles(), 1);
}

QTEST_GUILESS_MAIN(tst_HttpFileCache)
#include "tst_httpfilecache.moc"
