#include <netlab/chatdiscovery.h>
#include <netlab/chatsession.h>
#include <widgets/chattab.h>
#include <widgets/statusline.h>

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using netlab::ChatDiscovery;
using netlab::ChatSession;
using netlab::ChatTab;

namespace {

constexpr int kTimeoutMs = 10000;

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

bool anyContains(const QListWidget *list, const QString &part)
{
    const QStringList texts = itemTexts(list);
    return std::any_of(
        texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(part); });
}

// One person's workbench: a session, a discovery on loopback, and the tab over them.
struct Side
{
    Side()
    {
        discovery.start(0, QHostAddress::LocalHost);
        tab = std::make_unique<ChatTab>(&session, &discovery);
        tab->resize(900, 600);
    }
    template<typename T>
    T *child(const QString &name) const
    {
        return tab->findChild<T *>(name);
    }

    ChatSession session;
    ChatDiscovery discovery;
    std::unique_ptr<ChatTab> tab;
};

} // namespace

class tst_ChatTab : public QObject
{
    Q_OBJECT

private slots:
    void typeEnterAppearsAtPeer();
    void controlCharactersShownVisibly();
    void nothingTypedIsLostWhenNotConnected();
    void doubleClickOnDiscoveredPeerJoins();
    void rebuiltTabShowsTheConversation();
    void accessibleNames();

private:
    // Ana hosts (tab clicks), Bea joins (tab clicks).
    void hostAndJoin(Side &ana, Side &bea);
};

void tst_ChatTab::hostAndJoin(Side &ana, Side &bea)
{
    ana.child<QLineEdit>(u"nicknameEdit"_s)->setText(u"Ana"_s);
    ana.child<QSpinBox>(u"hostPortSpin"_s)->setValue(0);
    QTest::mouseClick(ana.child<QPushButton>(u"hostButton"_s), Qt::LeftButton);
    QCOMPARE(ana.session.state(), ChatSession::State::Hosting);
    QVERIFY(!ana.child<QPushButton>(u"hostButton"_s)->isEnabled());

    bea.child<QLineEdit>(u"nicknameEdit"_s)->setText(u"Béa"_s);
    bea.child<QComboBox>(u"hostCombo"_s)->setCurrentText(u"127.0.0.1"_s);
    bea.child<QSpinBox>(u"portSpin"_s)->setValue(ana.session.serverPort());
    QTest::mouseClick(bea.child<QPushButton>(u"joinButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bea.session.state(), ChatSession::State::Joined, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(ana.child<QListWidget>(u"participantsList"_s), u"Béa"_s), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(bea.child<QListWidget>(u"conversationView"_s), u"Ana hosts this chat"_s),
        kTimeoutMs);
}

void tst_ChatTab::typeEnterAppearsAtPeer()
{
    Side ana;
    Side bea;
    hostAndJoin(ana, bea);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ana.tab->title(), u"Chat"_s);

    auto *input = bea.child<QPlainTextEdit>(u"messageInput"_s);
    input->setFocus();
    // QTest types ASCII only: the accents and the emoji come in as a paste would.
    QTest::keyClicks(input, u"Bonjour, "_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        ana.child<QLabel>(u"typingLabel"_s)->text(), u"Béa is typing…"_s, kTimeoutMs);
    input->insertPlainText(u"ça va ?"_s);
    // Shift+Enter: a new line, nothing sent.
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    input->insertPlainText(u"Deuxième"_s);
    QTest::keyClicks(input, u" ligne"_s);
    input->insertPlainText(u" 😀"_s);
    QCOMPARE(input->toPlainText(), u"Bonjour, ça va ?\nDeuxième ligne 😀"_s);
    QVERIFY(bea.session.entries().isEmpty()
        || bea.session.entries().constLast().kind != netlab::ChatEntry::Kind::Own);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->toPlainText().isEmpty());

    auto *anaView = ana.child<QListWidget>(u"conversationView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(anaView, u"Béa\nBonjour, ça va ?\nDeuxième ligne 😀"_s), kTimeoutMs);
    // Bea sees her message with the delivery tick once Ana's tab has shown it.
    auto *beaView = bea.child<QListWidget>(u"conversationView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(beaView, u"Deuxième ligne 😀  ✓✓"_s), kTimeoutMs);
    // Ana's tab was not on screen: the title counts the unread message.
    QCOMPARE(ana.tab->unreadCount(), 1);
    QCOMPARE(ana.tab->title(), u"Chat (1)"_s);

    // And the other way round, with the Send button.
    auto *anaInput = ana.child<QPlainTextEdit>(u"messageInput"_s);
    anaInput->setPlainText(u"Très bien 👍"_s);
    QTest::mouseClick(ana.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(beaView, u"Ana\nTrès bien 👍"_s), kTimeoutMs);

    // Looking at the tab clears the count.
    ana.tab->show();
    QApplication::setActiveWindow(ana.tab.get());
    QTRY_COMPARE_WITH_TIMEOUT(ana.tab->title(), u"Chat"_s, kTimeoutMs);

    // Bea leaves: Ana's view says so.
    QTest::mouseClick(bea.child<QPushButton>(u"leaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(anaView, u"Béa left"_s), kTimeoutMs);
}

void tst_ChatTab::controlCharactersShownVisibly()
{
    Side ana;
    Side bea;
    hostAndJoin(ana, bea);
    if (QTest::currentTestFailed())
        return;
    // Bea sends a window-title OSC, a clear screen and a carriage return faking a line.
    const QString evil = u"\x1b]0;title\x07\x1b[2J\rHost: fake \u202Eexe.txt"_s;
    QVERIFY(!bea.session.sendMessage(evil).isEmpty());
    auto *anaView = ana.child<QListWidget>(u"conversationView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(anaView, u"Béa\n^[]0;title^G^[[2J^MHost: fake <U+202E>exe.txt"_s), kTimeoutMs);
    for (int i = 0; i < anaView->count(); ++i) {
        const QString shown = anaView->item(i)->text();
        QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(u'\r')
                && !shown.contains(QChar(0x202e)),
            qPrintable(shown));
    }
    // The conversation keeps the text as it came, and so does the saved log.
    QCOMPARE(ana.session.entries().constLast().text, evil);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chat.txt"_s);
    QVERIFY(ana.tab->saveConversation(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(saved.contains(evil.toUtf8()), saved.constData());
}

void tst_ChatTab::nothingTypedIsLostWhenNotConnected()
{
    Side ana;
    Side bea;
    hostAndJoin(ana, bea);
    if (QTest::currentTestFailed())
        return;
    // The host vanishes: Bea is offered to reconnect, and what she types stays.
    ana.session.leave();
    auto *reconnect = bea.child<QPushButton>(u"reconnectButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!reconnect->isHidden(), kTimeoutMs);
    auto *input = bea.child<QPlainTextEdit>(u"messageInput"_s);
    QTest::keyClicks(input, u"are you still there?"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->toPlainText(), u"are you still there?"_s);
    auto *status = bea.child<netlab::StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"stays in the input"_s), qPrintable(status->text()));

    // Ana hosts again on the same port; Reconnect brings Bea back and the message goes.
    QVERIFY(ana.session.host(QHostAddress::LocalHost, bea.session.remotePort()));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bea.session.state(), ChatSession::State::Joined, kTimeoutMs);
    QTRY_VERIFY(reconnect->isHidden());
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(ana.child<QListWidget>(u"conversationView"_s), u"are you still there?"_s),
        kTimeoutMs);
}

void tst_ChatTab::doubleClickOnDiscoveredPeerJoins()
{
    Side ana;
    QVERIFY(ana.session.host(QHostAddress::LocalHost, 0));
    Side bea;
    bea.tab->show();
    // Ana's presence datagram reaches Bea's discovery.
    QUdpSocket presence;
    const QByteArray datagram = QJsonDocument(
        QJsonObject {{"app"_L1, u"netlab-chat"_s}, {"v"_L1, 1}, {"id"_L1, u"ana-1"_s},
            {"nick"_L1, u"Ana"_s}, {"port"_L1, int(ana.session.serverPort())},
            {"hosting"_L1, true}}).toJson(QJsonDocument::Compact);
    presence.writeDatagram(datagram, QHostAddress::LocalHost, bea.discovery.port());
    auto *peers = bea.child<QListWidget>(u"peersList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(peers, u"Ana — hosts a chat at 127.0.0.1:"_s), kTimeoutMs);
    QListWidgetItem *item = peers->item(0);
    const QPoint center = peers->visualItemRect(item).center();
    QTest::mouseClick(peers->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(peers->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE_WITH_TIMEOUT(bea.session.state(), ChatSession::State::Joined, kTimeoutMs);
    QCOMPARE(bea.session.remotePort(), ana.session.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(ana.session.peerCount(), 1, kTimeoutMs);
}

void tst_ChatTab::rebuiltTabShowsTheConversation()
{
    Side ana;
    Side bea;
    hostAndJoin(ana, bea);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!bea.session.sendMessage(u"before the rebuild"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        anyContains(ana.child<QListWidget>(u"conversationView"_s), u"before the rebuild"_s),
        kTimeoutMs);
    // A language switch destroys and rebuilds the tab: it shows the running chat as it is.
    const QStringList before = itemTexts(ana.child<QListWidget>(u"conversationView"_s));
    ana.tab = std::make_unique<ChatTab>(&ana.session, &ana.discovery);
    QCOMPARE(itemTexts(ana.child<QListWidget>(u"conversationView"_s)), before);
    QVERIFY(!ana.child<QPushButton>(u"hostButton"_s)->isEnabled());
    QVERIFY(ana.child<QPushButton>(u"leaveButton"_s)->isEnabled());
    QVERIFY(anyContains(ana.child<QListWidget>(u"participantsList"_s), u"Béa"_s));
}

void tst_ChatTab::accessibleNames()
{
    // Every interactive widget has a name a screen reader says (its own, or its label's).
    Side side;
    const QStringList names = {u"nicknameEdit"_s, u"plainCheck"_s, u"hostPortSpin"_s,
        u"hostButton"_s, u"joinButton"_s, u"leaveButton"_s, u"reconnectButton"_s, u"peersList"_s,
        u"participantsList"_s, u"conversationView"_s, u"messageInput"_s, u"sendButton"_s,
        u"hostCombo"_s, u"portSpin"_s};
    for (const QString &name : names) {
        QWidget *widget = side.child<QWidget>(name);
        QVERIFY2(widget, qPrintable(name));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(name));
        QVERIFY2(!accessible->text(QAccessible::Name).remove(u'&').trimmed().isEmpty(),
            qPrintable(name));
    }
    QCOMPARE(side.child<QPlainTextEdit>(u"messageInput"_s)->accessibleName(), u"Message"_s);
}

QTEST_MAIN(tst_ChatTab)
#include "tst_chattab.moc"
