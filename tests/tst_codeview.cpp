// The "Show as code" view in the TCP client and server tabs: it follows the tab's settings
// live, switches between Python and the one-liner, and Copy puts the code on the clipboard.
#include <netlab/chatdiscovery.h>
#include <netlab/chatsession.h>
#include <netlab/socketcode.h>
#include <netlab/tcpclientsession.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <widgets/chattab.h>
#include <widgets/codeview.h>
#include <widgets/tcpclienttab.h>
#include <widgets/tcpservertab.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CodeView : public QObject
{
    Q_OBJECT

private slots:
    void tcpClientCodeFollowsTheTab();
    void tcpServerCodeFollowsTheTab();
    void chatCodeFollowsTheTab();

private:
    template<typename T>
    static T *child(QWidget &tab, const QString &name)
    {
        T *widget = tab.findChild<T *>(name);
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }
};

void tst_CodeView::tcpClientCodeFollowsTheTab()
{
    netlab::TcpClientSession session;
    netlab::TrafficLog log;
    netlab::TcpClientTab tab {&session, &log};
    tab.show();
    auto *toggle = child<QPushButton>(tab, u"showCodeButton"_s);
    auto *view = child<netlab::CodeView>(tab, u"codeView"_s);
    auto *text = child<QPlainTextEdit>(tab, u"codeText"_s);
    QVERIFY(toggle && view && text);
    QVERIFY(!view->isVisible());
    QVERIFY(!toggle->accessibleName().isEmpty());

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(view->isVisible());
    QCOMPARE(text->toPlainText(), tab.code().python);
    QVERIFY(text->toPlainText().contains(u"PORT = 50000\n"_s));

    // A setting changed in the tab is in the code at once.
    auto *port = tab.findChild<QSpinBox *>();
    QVERIFY(port);
    port->setValue(1234);
    QVERIFY2(text->toPlainText().contains(u"PORT = 1234\n"_s), qPrintable(text->toPlainText()));
    auto *message = child<QLineEdit>(tab, u"sendTextEdit"_s);
    QVERIFY(message);
    message->setText(u"on \"now\""_s);
    QVERIFY(text->toPlainText().contains(u"MESSAGE = \"on \\\"now\\\"\"\n"_s));
    auto *ending = child<QComboBox>(tab, u"lineEndingCombo"_s);
    QVERIFY(ending);
    ending->setCurrentIndex(ending->findData(u"crlf"_s));
    QVERIFY(text->toPlainText().contains(u"LINE_ENDING = \"\\r\\n\"\n"_s));

    // The one-liner, and Copy.
    auto *kind = child<QComboBox>(tab, u"codeKindCombo"_s);
    QVERIFY(kind);
    kind->setCurrentIndex(1);
    QVERIFY(view->showsOneLiner());
    QCOMPARE(text->toPlainText(), u"printf 'on \"now\"\\r\\n' | nc -q 1 127.0.0.1 1234"_s);
    QTest::mouseClick(child<QPushButton>(tab, u"copyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
}

void tst_CodeView::tcpServerCodeFollowsTheTab()
{
    netlab::TcpServer server;
    netlab::TrafficLog log;
    netlab::TcpServerTab tab {&server, &log};
    tab.show();
    auto *text = child<QPlainTextEdit>(tab, u"codeText"_s);
    auto *reply = child<QComboBox>(tab, u"autoReplyCombo"_s);
    auto *ack = tab.findChild<QLineEdit *>(u"ackEdit"_s);
    QVERIFY(text && reply && ack);
    QTest::mouseClick(child<QPushButton>(tab, u"showCodeButton"_s), Qt::LeftButton);

    reply->setCurrentIndex(reply->findData(u"ack"_s));
    QVERIFY2(text->toPlainText().contains(u"conn.sendall(ACK)"_s), qPrintable(text->toPlainText()));
    ack->setText(u"OK\\r\\n"_s);
    QVERIFY(text->toPlainText().contains(u"ACK = b\"OK\\r\\n\"\n"_s));
    reply->setCurrentIndex(reply->findData(u"none"_s));
    QVERIFY(!text->toPlainText().contains(u"sendall"_s));
    QTest::mouseClick(child<QPushButton>(tab, u"copyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), tab.code().python);
}

void tst_CodeView::chatCodeFollowsTheTab()
{
    netlab::ChatSession session;
    netlab::ChatDiscovery discovery;
    netlab::ChatTab tab {&session, &discovery};
    tab.show();
    auto *text = child<QPlainTextEdit>(tab, u"codeText"_s);
    auto *nickname = child<QLineEdit>(tab, u"nicknameEdit"_s);
    QVERIFY(text && nickname);
    QTest::mouseClick(child<QPushButton>(tab, u"showCodeButton"_s), Qt::LeftButton);
    nickname->setText(u"alice"_s);
    // The tab speaks the netlab mode unless "Plain text" is ticked: so does its code.
    auto *plain = child<QCheckBox>(tab, u"plainCheck"_s);
    QVERIFY(plain && !plain->isChecked());
    QVERIFY2(text->toPlainText().contains(u"NICK = \"alice\""_s), qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(u"send(sock, type=\"hello\", nick=NICK"_s));
    plain->setChecked(true);
    QVERIFY2(
        text->toPlainText().contains(u"PREFIX = \"alice: \""_s), qPrintable(text->toPlainText()));
    QVERIFY(!text->toPlainText().contains(u"json"_s));
    QVERIFY(text->toPlainText().contains(u"socket.create_connection((HOST, PORT))"_s));
    QCOMPARE(text->toPlainText(), tab.code().python);
}

QTEST_MAIN(tst_CodeView)
#include "tst_codeview.moc"
