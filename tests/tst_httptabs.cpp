// The micro HTTP server tab and the HTTP client tab, driven as a user would (offscreen): start
// the server in its tab, send from the client tab, and see the request in both.
#include <netlab/httpclient.h>
#include <netlab/httpmicroserver.h>
#include <netlab/httpserver.h>
#include <widgets/codeview.h>
#include <widgets/httpclienttab.h>
#include <widgets/httpservertab.h>
#include <widgets/keyvaluetable.h>
#include <widgets/statusline.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using netlab::HttpClient;
using netlab::HttpClientTab;
using netlab::HttpMicroServer;
using netlab::HttpServerTab;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

} // namespace

class tst_HttpTabs : public QObject
{
    Q_OBJECT

private slots:
    void requestSeenInBothTabs();
    void rawModeSendsTheEditorBytes();
    void editedResponseIsServed();
    void badHeaderLineIsExplained();
    void portInUseIsExplained();
    void rebuiltTabsShowTheCoreState();
    void jsonResponseAsTree();
    void copyAsCurl();
    void servesAFolder();
    void malformedRequestIsListed();
    void droppedRequestsAreSaid();
    void clientCodeFollowsTheForm();
    void serverCodeFollowsTheMode();

private:
    struct Fixture
    {
        HttpMicroServer server;
        HttpClient client;
        HttpServerTab serverTab {&server};
        HttpClientTab clientTab {&client};

        bool start()
        {
            auto *bind = child<QComboBox>(&serverTab, u"bindCombo"_s);
            bind->setCurrentIndex(bind->findData(u"127.0.0.1"_s));
            child<QSpinBox>(&serverTab, u"httpPortSpin"_s)->setValue(0);
            QTest::mouseClick(child<QPushButton>(&serverTab, u"startButton"_s), Qt::LeftButton);
            return server.isListening();
        }
        QString url(const QString &path) const { return server.url().toString() + path.mid(1); }
        void clickSend()
        {
            QTest::mouseClick(child<QPushButton>(&clientTab, u"sendButton"_s), Qt::LeftButton);
        }
    };
};

void tst_HttpTabs::requestSeenInBothTabs()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(child<QPushButton>(&f.serverTab, u"openBrowserButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(&f.serverTab, u"urlLabel"_s)->text().contains(f.url(u"/"_s)));

    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/salut"_s));
    auto *query = child<QTableWidget>(&f.clientTab, u"queryTable"_s);
    setCell(query, 0, 0, u"nom"_s);
    setCell(query, 0, 1, u"Zoé"_s);
    f.clickSend();

    // The client tab shows the status…
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(&f.clientTab, u"responseSummary"_s)->text().contains(u"200 OK"_s), 10000);
    QVERIFY(child<QPlainTextEdit>(&f.clientTab, u"responseBodyView"_s)
                ->toPlainText()
                .contains(u"Ça marche"_s));
    // …and the server tab lists the request, its raw text shown as it arrived.
    auto *requests = child<QTreeWidget>(&f.serverTab, u"requestsTree"_s);
    QTRY_COMPARE_WITH_TIMEOUT(requests->topLevelItemCount(), 1, 5000);
    QCOMPARE(requests->topLevelItem(0)->text(3), u"GET /salut?nom=Zo%C3%A9 HTTP/1.1"_s);
    QTRY_VERIFY(requests->topLevelItem(0)->text(4).startsWith(u"200"_s));
    // As the guide says: line ends hidden until the student ticks "Show line ends".
    auto *rawView = child<QPlainTextEdit>(&f.serverTab, u"rawRequestView"_s);
    auto *lineEnds = child<QCheckBox>(&f.serverTab, u"lineEndsCheck"_s);
    QVERIFY(!lineEnds->isChecked());
    QVERIFY2(rawView->toPlainText().startsWith(u"GET /salut?nom=Zo%C3%A9 HTTP/1.1\n"_s),
        qPrintable(rawView->toPlainText()));
    lineEnds->setChecked(true);
    const QString raw = rawView->toPlainText();
    QVERIFY2(raw.startsWith(u"GET /salut?nom=Zo%C3%A9 HTTP/1.1\\r\\n\n"_s), qPrintable(raw));
    QVERIFY(raw.contains(u"Host: 127.0.0.1:"_s));
    QCOMPARE(f.server.exchanges().first().peerAddress, QHostAddress(QHostAddress::LocalHost));
}

void tst_HttpTabs::rawModeSendsTheEditorBytes()
{
    Fixture f;
    QVERIFY(f.start());
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/raw"_s));
    auto *mode = child<QComboBox>(&f.clientTab, u"modeCombo"_s);
    mode->setCurrentIndex(mode->findData(u"raw"_s));
    auto *version = child<QComboBox>(&f.clientTab, u"rawVersionCombo"_s);
    version->setCurrentIndex(version->findData(0));
    auto *editor = child<QPlainTextEdit>(&f.clientTab, u"rawRequestEdit"_s);
    QVERIFY(editor->toPlainText().startsWith(u"GET /raw HTTP/1.0\n"_s));
    editor->appendPlainText(u"X-Typed: by hand"_s); // after the blank line: a body byte or two
    const QByteArray typed = f.clientTab.rawBytes();
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(!f.client.isBusy() && f.client.lastResult().statusCode != 0, 10000);
    QCOMPARE(f.client.lastResult().requestBytes, typed);
    QTRY_COMPARE(f.server.exchanges().size(), 1);
    // The server received the typed request (the extra line is not part of a 1.0 GET's head).
    QVERIFY(typed.startsWith(f.server.exchanges().first().raw));
    QVERIFY(child<QPlainTextEdit>(&f.clientTab, u"rawExchangeView"_s)
                ->toPlainText()
                .contains(u"HTTP/1.0 200 OK\\r\\n"_s));
}

void tst_HttpTabs::editedResponseIsServed()
{
    Fixture f;
    QVERIFY(f.start());
    child<QLineEdit>(&f.serverTab, u"statusLineEdit"_s)->setText(u"404 Pas trouvé"_s);
    child<QPlainTextEdit>(&f.serverTab, u"bodyEdit"_s)->setPlainText(u"Rien ici, désolé."_s);
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/x"_s));
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(f.client.lastResult().statusCode == 404, 10000);
    QCOMPARE(QString::fromUtf8(f.client.lastResult().reasonPhrase), u"Pas trouvé"_s);
    QCOMPARE(QString::fromUtf8(f.client.lastResult().body), u"Rien ici, désolé."_s);
    QCOMPARE(f.client.lastResult().header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(f.client.lastResult().header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    // {now} became an HTTP date.
    QVERIFY(f.client.lastResult().header("Expires").endsWith(" GMT"));
}

void tst_HttpTabs::badHeaderLineIsExplained()
{
    Fixture f;
    auto *status = child<netlab::StatusLine>(&f.serverTab, u"statusLine"_s);
    child<QPlainTextEdit>(&f.serverTab, u"headersEdit"_s)->setPlainText(u"Date {now}\n"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"line 1"_s), qPrintable(status->text()));
    // The server keeps the last good headers.
    QVERIFY(f.server.headersText().contains(u"Cache-Control"_s));
}

void tst_HttpTabs::portInUseIsExplained()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    Fixture f;
    auto *bind = child<QComboBox>(&f.serverTab, u"bindCombo"_s);
    bind->setCurrentIndex(bind->findData(u"127.0.0.1"_s));
    child<QSpinBox>(&f.serverTab, u"httpPortSpin"_s)->setValue(occupier.serverPort());
    QTest::mouseClick(child<QPushButton>(&f.serverTab, u"startButton"_s), Qt::LeftButton);
    QVERIFY(!f.server.isListening());
    auto *status = child<netlab::StatusLine>(&f.serverTab, u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"in use"_s), qPrintable(status->text()));
}

void tst_HttpTabs::rebuiltTabsShowTheCoreState()
{
    Fixture f;
    QVERIFY(f.start());
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/a"_s));
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(f.client.lastResult().statusCode == 200, 10000);
    QTRY_COMPARE(f.server.exchanges().size(), 1);

    HttpServerTab serverTab(&f.server);
    HttpClientTab clientTab(&f.client);
    QCOMPARE(child<QTreeWidget>(&serverTab, u"requestsTree"_s)->topLevelItemCount(), 1);
    QCOMPARE(child<QPushButton>(&serverTab, u"startButton"_s)->accessibleName(), u"Stop"_s);
    QVERIFY(child<QLabel>(&clientTab, u"responseSummary"_s)->text().contains(u"200"_s));
}

void tst_HttpTabs::jsonResponseAsTree()
{
    Fixture f;
    QVERIFY(f.start());
    child<QPlainTextEdit>(&f.serverTab, u"headersEdit"_s)
        ->setPlainText(u"Content-Type: application/json\n"_s);
    child<QPlainTextEdit>(&f.serverTab, u"bodyEdit"_s)
        ->setPlainText(
            u"{\"t\": 1700000000000, \"temperature_c\": 23.0, \"tags\": [\"a\", \"b\"]}"_s);
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/api"_s));
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(f.client.lastResult().statusCode == 200, 10000);
    auto *tree = child<QTreeWidget>(&f.clientTab, u"responseTree"_s);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->childCount(), 3);
    QStringList keys;
    for (int i = 0; i < root->childCount(); ++i)
        keys << root->child(i)->text(0);
    QVERIFY(keys.contains(u"temperature_c"_s));
    // The Body tab shows the bytes the server sent; "Pretty" lays them out, keys in order.
    auto *bodyView = child<QPlainTextEdit>(&f.clientTab, u"responseBodyView"_s);
    QCOMPARE(bodyView->toPlainText(),
        u"{\"t\": 1700000000000, \"temperature_c\": 23.0, \"tags\": [\"a\", \"b\"]}"_s);
    child<QCheckBox>(&f.clientTab, u"prettyBodyCheck"_s)->setChecked(true);
    QCOMPARE(bodyView->toPlainText(),
        u"{\n    \"t\": 1700000000000,\n    \"temperature_c\": 23.0,\n    \"tags\": [\n"
        "        \"a\",\n        \"b\"\n    ]\n}"_s);
}

void tst_HttpTabs::copyAsCurl()
{
    Fixture f;
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(u"http://127.0.0.1:8080/api"_s);
    auto *method = child<QComboBox>(&f.clientTab, u"methodCombo"_s);
    method->setCurrentText(u"POST"_s);
    auto *kind = child<QComboBox>(&f.clientTab, u"bodyKindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(netlab::HttpClientRequest::BodyKind::Form)));
    auto *form = child<QTableWidget>(&f.clientTab, u"formTable"_s);
    setCell(form, 0, 0, u"msg"_s);
    setCell(form, 0, 1, u"l'été"_s);
    QTest::mouseClick(child<QPushButton>(&f.clientTab, u"curlButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
        u"curl --include --request POST http://127.0.0.1:8080/api --header "
        "'Content-Type: application/x-www-form-urlencoded' --data-raw msg=l%27%C3%A9t%C3%A9"_s);
}

void tst_HttpTabs::servesAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile page(dir.filePath(u"index.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write(u"<p>Dossier servi, déjà !</p>"_s.toUtf8());
    page.close();
    Fixture f;
    child<QRadioButton>(&f.serverTab, u"folderModeRadio"_s)->setChecked(true);
    auto *folder = child<QLineEdit>(&f.serverTab, u"folderEdit"_s);
    folder->setText(dir.path());
    emit folder->editingFinished();
    QVERIFY(f.start());
    QVERIFY(!child<QPlainTextEdit>(&f.serverTab, u"bodyEdit"_s)->isEnabled());
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/"_s));
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(f.client.lastResult().statusCode != 0, 10000);
    QCOMPARE(f.client.lastResult().statusCode, 200);
    QCOMPARE(QString::fromUtf8(f.client.lastResult().body), u"<p>Dossier servi, déjà !</p>"_s);
    // Nothing outside the folder.
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(f.url(u"/%2e%2e/%2e%2e/etc/passwd"_s));
    f.clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(!f.client.isBusy() && f.client.lastResult().statusCode >= 400, 10000);
}

void tst_HttpTabs::malformedRequestIsListed()
{
    Fixture f;
    QVERIFY(f.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.server.server()->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("HELLO THERE\r\n\r\n");
    auto *requests = child<QTreeWidget>(&f.serverTab, u"requestsTree"_s);
    QTRY_COMPARE_WITH_TIMEOUT(requests->topLevelItemCount(), 1, 5000);
    QVERIFY(requests->topLevelItem(0)->text(4).startsWith(u"400"_s));
    QVERIFY(f.server.exchanges().first().rejected);
    QTRY_VERIFY(socket.readAll().startsWith("HTTP/1.1 400")
        || socket.state() != QAbstractSocket::ConnectedState);
}

void tst_HttpTabs::droppedRequestsAreSaid()
{
    // The server keeps at most 8 MiB of raw requests: ten 1 MiB uploads push the oldest out of
    // the list, and the tab says so instead of letting them vanish.
    Fixture f;
    QVERIFY(f.start());
    const QByteArray body(1024 * 1024, 'x');
    for (int i = 0; i < 10; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.server.server()->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.state() != QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0,
            10000);
    }
    auto *dropped = child<QLabel>(&f.serverTab, u"droppedRequestsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dropped->isHidden(), 5000);
    QVERIFY2(dropped->text().contains(u"dropped"_s), qPrintable(dropped->text()));
    auto *requests = child<QTreeWidget>(&f.serverTab, u"requestsTree"_s);
    QCOMPARE(requests->topLevelItemCount(), int(f.server.exchanges().size()));
    QVERIFY(requests->topLevelItemCount() < 10);
}

// "Show as code" in the client tab: the request of the form as urllib and curl, following
// the method, the URL, a header and the body as they are edited.
void tst_HttpTabs::clientCodeFollowsTheForm()
{
    Fixture f;
    f.clientTab.show();
    auto *text = child<QPlainTextEdit>(&f.clientTab, u"codeText"_s);
    QTest::mouseClick(child<QPushButton>(&f.clientTab, u"showCodeButton"_s), Qt::LeftButton);
    QVERIFY(child<netlab::CodeView>(&f.clientTab, u"codeView"_s)->isVisible());
    QVERIFY2(text->toPlainText().contains(u"URL = \"http://127.0.0.1:8080/\"\n"_s),
        qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(u"METHOD = \"GET\"\n"_s));

    child<QComboBox>(&f.clientTab, u"methodCombo"_s)->setCurrentText(u"PUT"_s);
    child<QLineEdit>(&f.clientTab, u"urlEdit"_s)->setText(u"http://127.0.0.1:8750/api/v1/led"_s);
    setCell(child<QTableWidget>(&f.clientTab, u"headersTable"_s), 0, 0, u"Authorization"_s);
    setCell(child<QTableWidget>(&f.clientTab, u"headersTable"_s), 0, 1, u"Bearer s3cret"_s);
    auto *kind = child<QComboBox>(&f.clientTab, u"bodyKindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(netlab::HttpClientRequest::BodyKind::Json)));
    child<QPlainTextEdit>(&f.clientTab, u"requestBodyEdit"_s)->setPlainText(u"{\"on\": true}"_s);
    const QString code = text->toPlainText();
    QVERIFY2(code.contains(u"URL = \"http://127.0.0.1:8750/api/v1/led\"\n"_s), qPrintable(code));
    QVERIFY(code.contains(u"METHOD = \"PUT\"\n"_s));
    QVERIFY(code.contains(u"    \"Authorization\": \"Bearer s3cret\",\n"_s));
    // JSON implies its Content-Type, as the request that Send would send.
    QVERIFY(code.contains(u"    \"Content-Type\": \"application/json\",\n"_s));
    QVERIFY(code.contains(u"BODY = b\"{\\\"on\\\": true}\"\n"_s));
    QCOMPARE(code, f.clientTab.code().python);

    auto *codeKind = child<QComboBox>(&f.clientTab, u"codeKindCombo"_s);
    codeKind->setCurrentIndex(1);
    QCOMPARE(text->toPlainText(),
        u"curl -i -X PUT -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/json' "
        "--data-binary '{\"on\": true}' http://127.0.0.1:8750/api/v1/led"_s);

    // Raw mode sends the Raw request tab's bytes over a socket: so does the code, and it
    // follows what is typed there.
    auto *mode = child<QComboBox>(&f.clientTab, u"modeCombo"_s);
    mode->setCurrentIndex(mode->findData(u"raw"_s));
    QVERIFY2(text->toPlainText().startsWith(u"printf 'PUT /api/v1/led HTTP/1.1\\r\\n"_s),
        qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().endsWith(u" | nc -q 5 127.0.0.1 8750"_s));
    codeKind->setCurrentIndex(0);
    child<QPlainTextEdit>(&f.clientTab, u"rawRequestEdit"_s)
        ->setPlainText(u"GET /ping HTTP/1.0\nHost: pi\n\n"_s);
    QVERIFY2(text->toPlainText().contains(
                 u"REQUEST = b\"GET /ping HTTP/1.0\\r\\nHost: pi\\r\\n\\r\\n\"\n"_s),
        qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(u"PORT = 8750\n"_s));
    auto *lineEnds = child<QComboBox>(&f.clientTab, u"rawLineEndCombo"_s);
    lineEnds->setCurrentIndex(lineEnds->findData(u"lf"_s));
    QVERIFY(
        text->toPlainText().contains(u"REQUEST = b\"GET /ping HTTP/1.0\\nHost: pi\\n\\n\"\n"_s));
}

// "Show as code" in the server tab: the canned response as the micro server on a socket, the
// folder mode as http.server on that folder; the port and the response follow the tab.
void tst_HttpTabs::serverCodeFollowsTheMode()
{
    Fixture f;
    f.serverTab.show();
    auto *text = child<QPlainTextEdit>(&f.serverTab, u"codeText"_s);
    QTest::mouseClick(child<QPushButton>(&f.serverTab, u"showCodeButton"_s), Qt::LeftButton);
    QVERIFY2(text->toPlainText().contains(u"STATUS_LINE = \"HTTP/1.1 200 OK\"\n"_s),
        qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(u"HOST = \"0.0.0.0\"\n"_s));

    child<QSpinBox>(&f.serverTab, u"httpPortSpin"_s)->setValue(8123);
    child<QLineEdit>(&f.serverTab, u"statusLineEdit"_s)->setText(u"404 Not Found"_s);
    child<QPlainTextEdit>(&f.serverTab, u"bodyEdit"_s)->setPlainText(u"rien ici"_s);
    QVERIFY(text->toPlainText().contains(u"PORT = 8123\n"_s));
    QVERIFY(text->toPlainText().contains(u"STATUS_LINE = \"HTTP/1.1 404 Not Found\"\n"_s));
    QVERIFY(text->toPlainText().contains(u"BODY = \"rien ici\".encode(\"utf-8\")\n"_s));

    QTemporaryDir site;
    QVERIFY(site.isValid());
    child<QLineEdit>(&f.serverTab, u"folderEdit"_s)->setText(site.path());
    child<QRadioButton>(&f.serverTab, u"folderModeRadio"_s)->setChecked(true);
    const QString code = text->toPlainText();
    QVERIFY2(code.contains(u"FOLDER = \"%1\"\n"_s.arg(site.path())), qPrintable(code));
    QVERIFY(code.contains(u"http.server.SimpleHTTPRequestHandler, directory=FOLDER"_s));
    QVERIFY(!code.contains(u"STATUS_LINE"_s));
    QCOMPARE(code, f.serverTab.code().python);
    child<QComboBox>(&f.serverTab, u"codeKindCombo"_s)->setCurrentIndex(1);
    QCOMPARE(text->toPlainText(),
        u"python3 -m http.server 8123 --bind 0.0.0.0 --directory "_s + site.path());

    child<QRadioButton>(&f.serverTab, u"responseModeRadio"_s)->setChecked(true);
    QVERIFY(f.serverTab.code().python.contains(u"STATUS_LINE"_s));
}

QTEST_MAIN(tst_HttpTabs)
#include "tst_httptabs.moc"
