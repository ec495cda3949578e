// `netlab http` as a real process against an HttpServer in this test (loopback, port 0).
#include <netlab/httpserver.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::HttpRequest;
using netlab::HttpResponder;
using netlab::HttpResponse;
using netlab::HttpServer;
using netlab::test::startProgram;

class tst_CliHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getPrintsStatusHeadersAndBody();
    void postWithHeadersAndData();
    void rawSendsStdinExactly();
    void redirectReportedOnStderr();
    void refusedExitsOne();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs netlab with arguments (and stdin), letting this process's event loop serve meanwhile.
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }

    HttpServer m_server;
    QByteArray m_lastRaw; // the last request as the server received it
};

void tst_CliHttp::initTestCase()
{
    connect(&m_server, &HttpServer::requestReceived, this,
        [this](const HttpRequest &request) { m_lastRaw = request.raw; });
    m_server.route({}, "/hello", [](const HttpRequest &request, HttpResponder &responder) {
        HttpResponse response
            = HttpResponse::text(200, u"Bonjour, élève ! "_s + QString::fromUtf8(request.query));
        response.setHeader("X-Lab", "http");
        responder.send(response);
    });
    m_server.route("POST", "/echo", [](const HttpRequest &request, HttpResponder &responder) {
        responder.send(201,
            request.header("X-Key") + ' ' + request.header("Content-Type") + ' ' + request.body,
            "text/plain");
    });
    m_server.route("GET", "/moved", [](const HttpRequest &, HttpResponder &responder) {
        HttpResponse response(301);
        response.setHeader("Location", "/hello");
        responder.send(response);
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

tst_CliHttp::Run tst_CliHttp::run(const QStringList &arguments, const QByteArray &input)
{
    Run result;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startProgram(process, QStringLiteral(NETLAB_BIN_DIR "/netlab"), arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_CliHttp::getPrintsStatusHeadersAndBody()
{
    const Run r = run({u"http"_s, u"GET"_s, url(u"/hello?x=1"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\r\n"), r.out.constData());
    // Header names are case-insensitive; Qt 6.8's network access manager hands them over in
    // lower case.
    QVERIFY(r.out.toLower().contains("\r\nx-lab: http\r\n"));
    QVERIFY(r.out.endsWith("\r\n\r\nBonjour, \xc3\xa9l\xc3\xa8ve ! x=1"));
}

void tst_CliHttp::postWithHeadersAndData()
{
    const Run r = run({u"http"_s, u"POST"_s, url(u"/echo"_s), u"-H"_s, u"X-Key: s3cr3t"_s, u"-d"_s,
        u"name=Zo%C3%A9&n=2"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("HTTP/1.1 201 Created\r\n"));
    QVERIFY2(r.out.endsWith("s3cr3t application/x-www-form-urlencoded name=Zo%C3%A9&n=2"),
        r.out.constData());
}

void tst_CliHttp::rawSendsStdinExactly()
{
    const QByteArray request = "GET /hello?raw HTTP/1.0\r\nX-Hand:  typed \r\n\r\n";
    const Run r = run({u"http"_s, u"GET"_s, url(u"/"_s), u"--raw"_s}, request);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_lastRaw, request);
    QVERIFY2(r.out.startsWith("HTTP/1.0 200 OK\r\n"), r.out.constData());
    QVERIFY(r.out.endsWith("raw"));
}

void tst_CliHttp::redirectReportedOnStderr()
{
    const Run r = run({u"http"_s, u"GET"_s, url(u"/moved"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY2(r.err.contains("redirected: 301"), r.err.constData());
}

void tst_CliHttp::refusedExitsOne()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run({u"http"_s, u"GET"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("refused"), r.err.constData());
}

void tst_CliHttp::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no url") << QStringList {u"GET"_s} << QByteArray("needs METHOD and URL");
    QTest::addRow("bad header") << QStringList {u"GET"_s, u"http://127.0.0.1:1/"_s, u"-H"_s,
        u"nocolon"_s} << QByteArray("Name: value");
    QTest::addRow("ftp") << QStringList {u"GET"_s, u"ftp://127.0.0.1/"_s} << QByteArray("http://");
}

void tst_CliHttp::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(QStringList {u"http"_s} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliHttp)
#include "tst_cli_http.moc"
