// The HTTP client lab's generated programs, run for real against a loopback HTTP peer in the
// test: the Python program (python3) and the curl command (sh) must send the same request,
// and the Python program must print the answer it got.
#include "pythonprogram.h"

#include <netlab/httpclient.h>
#include <netlab/httpclientrequest.h>
#include <netlab/webcode.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::test::PythonProgram;

namespace {

// Accepts one connection, collects the request (head and Content-Length body), answers.
class OneShotHttpPeer
{
public:
    explicit OneShotHttpPeer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                const qsizetype end = m_request.indexOf("\r\n\r\n");
                if (end < 0 || m_answered)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : m_request.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (m_request.size() < end + 4 + length)
                    return;
                m_answered = true;
                socket->write(m_answer);
                socket->disconnectFromHost();
            });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray request() const { return m_request; }
    bool answered() const { return m_answered; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
    bool m_answered = false;
};

} // namespace

class tst_WebCode : public QObject
{
    Q_OBJECT

private slots:
    void httpClient_data();
    void httpClient();
    void httpServer();
    void httpRaw_data();
    void httpRaw();
    void httpServerDatePlaceholders();
    void httpFolder_data();
    void httpFolder();
};

void tst_WebCode::httpClient_data()
{
    QTest::addColumn<bool>("curl");
    QTest::addRow("python") << false;
    QTest::addRow("curl one-liner") << true;
}

void tst_WebCode::httpClient()
{
    QFETCH(bool, curl);
    const QString tool = curl ? u"curl"_s : u"python3"_s;
    if (QStandardPaths::findExecutable(tool).isEmpty())
        QSKIP(qPrintable(tool + u" is not installed (scripts/setup.sh installs it)"_s));

    const QByteArray body = "{\"answer\": \"d\xc3\xa9j\xc3\xa0 vu\"}";
    OneShotHttpPeer peer("HTTP/1.1 201 Created\r\nContent-Type: application/json; "
                         "charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(peer.listen());
    netlab::HttpClientCode settings;
    settings.method = u"PUT"_s;
    settings.url = u"http://127.0.0.1:%1/api/v1/led?x=1&y=it's"_s.arg(peer.port());
    settings.headers
        = {{u"Authorization"_s, u"Bearer s3cret"_s}, {u"Content-Type"_s, u"application/json"_s}};
    settings.body = "{\"on\": true, \"name\": \"caf\xc3\xa9\"}";
    const netlab::GeneratedCode code = netlab::WebCode::httpClient(settings);

    QProcess shell;
    PythonProgram program;
    if (curl)
        shell.start(u"sh"_s, {u"-c"_s, code.oneLiner});
    else
        QVERIFY(program.start(code.python));
    QTRY_VERIFY_WITH_TIMEOUT(peer.answered(), 60000);
    const QByteArray request = peer.request();
    QVERIFY2(request.startsWith("PUT /api/v1/led?x=1&y=it's HTTP/1.1\r\n"), request.constData());
    QVERIFY2(request.contains("\r\nAuthorization: Bearer s3cret\r\n"), request.constData());
    QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(request.endsWith("\r\n\r\n" + settings.body));
    if (curl) {
        QSignalSpy finished(&shell, &QProcess::finished);
        QVERIFY(shell.state() == QProcess::NotRunning || finished.wait(30000));
        QCOMPARE(shell.exitCode(), 0);
        return;
    }
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
    QVERIFY2(program.output().startsWith(u"201 Created\n"_s), qPrintable(program.output()));
    QVERIFY(program.output().contains(u"\n\n{\"answer\": \"d\u00e9j\u00e0 vu\"}\n"_s));
}

void tst_WebCode::httpRaw_data()
{
    QTest::addColumn<bool>("nc");
    QTest::addRow("python") << false;
    QTest::addRow("nc one-liner") << true;
}

void tst_WebCode::httpRaw()
{
    QFETCH(bool, nc);
    const QString tool = nc ? u"nc"_s : u"python3"_s;
    if (QStandardPaths::findExecutable(tool).isEmpty())
        QSKIP(qPrintable(tool + u" is not installed (scripts/setup.sh installs it)"_s));
    OneShotHttpPeer peer("HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                         "d\xc3\xa9j\xc3\xa0 vu\n");
    QVERIFY(peer.listen());
    netlab::HttpRawCode settings;
    settings.port = peer.port();
    // What a student types in the Raw request tab: an odd header, a non-ASCII path.
    settings.request
        = "GET /caf\xc3\xa9?x=1 HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Odd:  two  spaces\r\n\r\n";
    const netlab::GeneratedCode code = netlab::WebCode::httpRaw(settings);

    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    PythonProgram program;
    if (nc)
        shell.start(u"sh"_s, {u"-c"_s, code.oneLiner});
    else
        QVERIFY(program.start(code.python));
    QTRY_VERIFY_WITH_TIMEOUT(peer.answered(), 60000);
    QCOMPARE(peer.request(), settings.request); // byte for byte, nothing added
    QString output;
    if (nc) {
        QSignalSpy finished(&shell, &QProcess::finished);
        QVERIFY(shell.state() == QProcess::NotRunning || finished.wait(30000));
        QCOMPARE(shell.exitCode(), 0);
        output = QString::fromUtf8(shell.readAll());
    } else {
        // The server closed the connection: the program ends at once, not after TIMEOUT.
        QVERIFY(program.waitForExit(4000));
        QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
        output = program.output();
    }
    QVERIFY2(output.startsWith(u"HTTP/1.0 200 OK\r\n"_s), qPrintable(output));
    QVERIFY2(output.contains(u"\r\n\r\nd\u00e9j\u00e0 vu\n"_s), qPrintable(output));
}

void tst_WebCode::httpServer()
{
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
    netlab::HttpServerCode settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.statusLine = u"HTTP/1.1 404 Not Found"_s;
    settings.headers = {u"Content-Type: text/plain; charset=utf-8"_s, u"Cache-Control: no-store"_s};
    settings.body = "nothing here \xe2\x80\x94 \"quoted\"\n";
    PythonProgram program;
    QVERIFY(program.start(netlab::WebCode::httpServer(settings).python));
    const auto match = program.waitForOutput(QRegularExpression(u"Listening on port (\\d+)\\n"_s));
    QVERIFY2(match.hasMatch(), qPrintable(program.errors()));

    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QTRY_COMPARE_WITH_TIMEOUT(browser.state(), QAbstractSocket::ConnectedState, 30000);
    browser.write("GET /missing?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += browser.readAll()).endsWith(settings.body)
            || browser.state() == QAbstractSocket::UnconnectedState,
        30000);
    answer += browser.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 404 Not Found\r\nDate: "), answer.constData());
    QVERIFY(answer.contains("\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: "
                            "no-store\r\n"));
    QVERIFY(answer.contains("\r\nContent-Length: " + QByteArray::number(settings.body.size())));
    QVERIFY(answer.endsWith("\r\n\r\n" + settings.body));
    QTRY_VERIFY_WITH_TIMEOUT(program.output().contains(u"GET /missing?q=1 HTTP/1.1"_s), 30000);
}

// The tab's default headers carry {now}: the program writes the date there, and no second Date.
void tst_WebCode::httpServerDatePlaceholders()
{
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
    netlab::HttpServerCode settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.statusLine = u"200 OK"_s; // as the tab takes it: without the version
    settings.headers = {u"Date: {now}"_s, u"Expires: {now+3600}"_s, u"Cache-Control: no-cache"_s};
    settings.body = "ok";
    PythonProgram program;
    QVERIFY(program.start(netlab::WebCode::httpServer(settings).python));
    const auto match = program.waitForOutput(QRegularExpression(u"Listening on port (\\d+)\\n"_s));
    QVERIFY2(match.hasMatch(), qPrintable(program.errors()));

    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QTRY_COMPARE_WITH_TIMEOUT(browser.state(), QAbstractSocket::ConnectedState, 30000);
    browser.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += browser.readAll()).endsWith("\r\n\r\nok")
            || browser.state() == QAbstractSocket::UnconnectedState,
        30000);
    answer += browser.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\nDate: "), answer.constData());
    QCOMPARE(answer.count("\r\nDate: "), 1);
    QVERIFY2(!answer.contains("{now"), answer.constData());
    const auto date = [&](const QByteArray &name) {
        const qsizetype start = answer.indexOf("\r\n" + name + ": ") + name.size() + 4;
        const QByteArray text = answer.mid(start, answer.indexOf("\r\n", start) - start);
        QDateTime parsed = QLocale::c().toDateTime(
            QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    };
    QVERIFY2(date("Date").isValid(), answer.constData());
    QCOMPARE(date("Date").secsTo(date("Expires")), 3600);
}

void tst_WebCode::httpFolder_data()
{
    QTest::addColumn<bool>("oneLiner");
    QTest::addRow("python") << false;
    QTest::addRow("python3 -m http.server") << true;
}

// The folder mode's program serves a real folder: the workbench's HTTP client gets exactly
// the bytes of the file on disk, and a missing file is a 404.
void tst_WebCode::httpFolder()
{
    QFETCH(bool, oneLiner);
    if (PythonProgram::interpreter().isEmpty())
        QSKIP("python3 is not installed (scripts/setup.sh installs it)");
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QVERIFY(QDir(site.path()).mkpath(u"data files"_s));
    QByteArray bytes(70000, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    QFile file(site.filePath(u"data files/capture.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();

    netlab::HttpFolderCode settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.folder = site.path();
    const netlab::GeneratedCode code = netlab::WebCode::httpFolder(settings);
    PythonProgram program;
    QProcess shell;
    QByteArray shellOutput;
    QRegularExpression listening(u"Listening on port (\\d+)\\n"_s);
    quint16 port = 0;
    if (oneLiner) {
        QVERIFY2(
            code.oneLiner.startsWith(u"python3 -m http.server 0 --bind 127.0.0.1 --directory "_s),
            qPrintable(code.oneLiner));
        // Debian's python3 (the one-liner names python3): unbuffered, so its banner arrives.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        shell.setProcessEnvironment(environment);
        connect(&shell, &QProcess::readyReadStandardOutput, this,
            [&] { shellOutput += shell.readAllStandardOutput(); });
        shell.start(u"sh"_s, {u"-c"_s, u"exec "_s + code.oneLiner});
        const QRegularExpression banner(u"port (\\d+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner.match(QString::fromUtf8(shellOutput)).hasMatch()
                || shell.state() == QProcess::NotRunning,
            60000);
        port = quint16(banner.match(QString::fromUtf8(shellOutput)).captured(1).toUInt());
    } else {
        QVERIFY(program.start(code.python));
        const auto match = program.waitForOutput(listening);
        QVERIFY2(match.hasMatch(), qPrintable(program.errors()));
        port = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(port != 0, shellOutput.constData());

    netlab::HttpClient client;
    QSignalSpy finished(&client, &netlab::HttpClient::finished);
    netlab::HttpClientRequest request;
    request.url = u"http://127.0.0.1:%1/data%20files/capture.bin"_s.arg(port);
    QVERIFY(client.send(request));
    QVERIFY(finished.wait(60000));
    QCOMPARE(client.lastResult().statusCode, 200);
    QCOMPARE(client.lastResult().body.size(), bytes.size());
    QVERIFY(client.lastResult().body == bytes);

    request.url = u"http://127.0.0.1:%1/missing.txt"_s.arg(port);
    QVERIFY(client.send(request));
    QVERIFY(finished.wait(60000));
    QCOMPARE(client.lastResult().statusCode, 404);
    if (oneLiner) {
        QSignalSpy done(&shell, &QProcess::finished);
        shell.terminate();
        QVERIFY(shell.state() == QProcess::NotRunning || done.wait(30000));
    }
}

QTEST_GUILESS_MAIN(tst_WebCode)
#include "tst_webcode.moc"
