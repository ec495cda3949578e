#include <netlab/httpclientrequest.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::HttpClientRequest;

class tst_HttpClientRequest : public QObject
{
    Q_OBJECT

private slots:
    void shellQuote_data();
    void shellQuote();
    void shellQuoteRoundTripsThroughSh();
    void effectiveUrl_data();
    void effectiveUrl();
    void formEncode();
    void rawRequest();
    void rawRequestHttp10();
    void curlCommand_data();
    void curlCommand();
};

void tst_HttpClientRequest::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << u"http://127.0.0.1:8080/a"_s << u"http://127.0.0.1:8080/a"_s;
    QTest::addRow("empty") << QString() << u"''"_s;
    QTest::addRow("space") << u"Accept: text/html"_s << u"'Accept: text/html'"_s;
    QTest::addRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::addRow("dollar and backtick") << u"$HOME `id`"_s << u"'$HOME `id`'"_s;
    QTest::addRow("query with &") << u"http://h/?a=1&b=2"_s << u"'http://h/?a=1&b=2'"_s;
    QTest::addRow("double quotes") << u"{\"on\": true}"_s << u"'{\"on\": true}'"_s;
    QTest::addRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    QTest::addRow("backslash") << u"C:\\x"_s << u"'C:\\x'"_s;
    QTest::addRow("accents") << u"café"_s << u"'café'"_s;
    QTest::addRow("only quote") << u"'"_s << u"''\\'''"_s;
}

void tst_HttpClientRequest::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(HttpClientRequest::shellQuote(text), quoted);
}

void tst_HttpClientRequest::shellQuoteRoundTripsThroughSh()
{
    const QString sh = QStandardPaths::findExecutable(u"sh"_s);
    if (sh.isEmpty())
        QSKIP("no sh");
    const QStringList samples
        = {u"it's \"quoted\" $HOME `id` \\n & | ; < > * ? ~ # ! é"_s, u"'"_s, u"a\nb"_s};
    for (const QString &sample : samples) {
        QProcess process;
        process.start(sh, {u"-c"_s, u"printf %s "_s + HttpClientRequest::shellQuote(sample)});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), sample);
    }
}

void tst_HttpClientRequest::effectiveUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("query"); // name, value, name, value…
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::addRow("plain") << u"http://127.0.0.1:8080"_s << QStringList()
                           << u"http://127.0.0.1:8080/"_s;
    QTest::addRow("no scheme") << u"localhost:8080/x"_s << QStringList()
                               << u"http://localhost:8080/x"_s;
    QTest::addRow("query table") << u"http://h/api"_s
                                 << QStringList {u"city"_s, u"Saint-Étienne"_s, u"q"_s, u"a b&c"_s}
                                 << u"http://h/api?city=Saint-%C3%89tienne&q=a%20b%26c"_s;
    QTest::addRow("kept query") << u"http://h/api?key=1"_s << QStringList {u"n"_s, u"2"_s}
                                << u"http://h/api?key=1&n=2"_s;
    QTest::addRow("ftp refused") << u"ftp://h/"_s << QStringList() << QString();
    QTest::addRow("empty") << u" "_s << QStringList() << QString();
}

void tst_HttpClientRequest::effectiveUrl()
{
    QFETCH(QString, url);
    QFETCH(QStringList, query);
    QFETCH(QString, expected);
    HttpClientRequest request;
    request.url = url;
    for (qsizetype i = 0; i + 1 < query.size(); i += 2)
        request.queryItems.append({query.at(i), query.at(i + 1)});
    QString error;
    const QUrl result = request.effectiveUrl(&error);
    if (expected.isEmpty()) {
        QVERIFY(!result.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(result.toString(QUrl::FullyEncoded), expected);
    }
}

void tst_HttpClientRequest::formEncode()
{
    QCOMPARE(HttpClientRequest::formEncode(
                 {{u"name"_s, u"Zoé Dupont"_s}, {u"msg"_s, u"a&b=c+d"_s}, {QString(), QString()}}),
        QByteArray("name=Zo%C3%A9+Dupont&msg=a%26b%3Dc%2Bd"));
}

void tst_HttpClientRequest::rawRequest()
{
    HttpClientRequest request;
    request.method = u"post"_s;
    request.url = u"http://127.0.0.1:8080/api?x=1"_s;
    request.headers = {{u"X-Api-Key"_s, u"abc"_s}};
    request.bodyKind = HttpClientRequest::BodyKind::Json;
    request.bodyText = u"{\"t\": \"é\"}"_s;
    QCOMPARE(request.rawRequest(1),
        QByteArray("POST /api?x=1 HTTP/1.1\r\n"
                   "Host: 127.0.0.1:8080\r\n"
                   "X-Api-Key: abc\r\n"
                   "Content-Type: application/json\r\n"
                   "Content-Length: 11\r\n"
                   "Connection: close\r\n"
                   "\r\n"
                   "{\"t\": \"\xc3\xa9\"}"));
}

void tst_HttpClientRequest::rawRequestHttp10()
{
    HttpClientRequest request;
    request.url = u"http://[::1]/"_s;
    QCOMPARE(request.rawRequest(0), QByteArray("GET / HTTP/1.0\r\nHost: [::1]\r\n\r\n"));
}

void tst_HttpClientRequest::curlCommand_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("bodyKind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::addRow("get") << u"GET"_s << int(HttpClientRequest::BodyKind::None) << QString()
                         << u"curl --include 'http://h/p?q=it%27s'"_s;
    QTest::addRow("head") << u"HEAD"_s << int(HttpClientRequest::BodyKind::None) << QString()
                          << u"curl --include --head 'http://h/p?q=it%27s'"_s;
    QTest::addRow("json post")
        << u"POST"_s << int(HttpClientRequest::BodyKind::Json) << u"{\"a\": \"it's\"}"_s
        << u"curl --include --request POST 'http://h/p?q=it%27s' --header "
           "'Content-Type: application/json' --data-raw '{\"a\": \"it'\\''s\"}'"_s;
    QTest::addRow("delete") << u"delete"_s << int(HttpClientRequest::BodyKind::None) << QString()
                            << u"curl --include --request DELETE 'http://h/p?q=it%27s'"_s;
}

void tst_HttpClientRequest::curlCommand()
{
    QFETCH(QString, method);
    QFETCH(int, bodyKind);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    HttpClientRequest request;
    request.method = method;
    request.url = u"http://h/p"_s;
    request.queryItems = {{u"q"_s, u"it's"_s}};
    request.bodyKind = HttpClientRequest::BodyKind(bodyKind);
    request.bodyText = body;
    QCOMPARE(request.curlCommand(), expected);
}

QTEST_GUILESS_MAIN(tst_HttpClientRequest)
#include "tst_httpclientrequest.moc"
