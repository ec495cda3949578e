#include <netlab/chatprotocol.h>
#include <netlab/chatsession.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::ChatEntry;
using netlab::ChatProtocol;
using netlab::ChatSession;
using netlab::test::startProgram;

namespace {

constexpr int kTimeoutMs = 10000;

QList<ChatEntry> entriesOf(const ChatSession &session, ChatEntry::Kind kind)
{
    QList<ChatEntry> result;
    for (const ChatEntry &entry : session.entries()) {
        if (entry.kind == kind)
            result.append(entry);
    }
    return result;
}

QStringList textsOf(const ChatSession &session, ChatEntry::Kind kind)
{
    QStringList texts;
    for (const ChatEntry &entry : entriesOf(session, kind))
        texts.append(entry.text);
    return texts;
}

bool hasSystemLine(const ChatSession &session, const QString &part)
{
    for (const ChatEntry &entry : session.entries()) {
        if ((entry.kind == ChatEntry::Kind::System || entry.kind == ChatEntry::Kind::Warning)
            && entry.text.contains(part))
            return true;
    }
    return false;
}

// What a raw socket (the test's nc) receives until `until` arrives, running the event loop
// meanwhile (the sessions live on it).
QByteArray readAllWithin(QTcpSocket &socket, const QByteArray &until)
{
    QByteArray data;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return data.contains(until);
        },
        kTimeoutMs));
    return data;
}

// The next connection a raw listener (the test's `nc -l`) accepts.
QTcpSocket *nextConnection(QTcpServer &server)
{
    static_cast<void>(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, kTimeoutMs));
    return server.nextPendingConnection();
}

} // namespace

class tst_ChatSession : public QObject
{
    Q_OBJECT

private slots:
    void bothSendAtOnce_data();
    void bothSendAtOnce();
    void groupOfThreeRelaysToAll();
    void rawSocketAsNc();
    void pythonScriptWithoutLineEnds();
    void plainJoinToNcListener();
    void netlabJoinToNcListenerSendsNoJson();
    void silentNcUserIsGreeted();
    void fullChatMakesRoomForAClassmate();
    void tenMegabyteLine();
    void invalidUtf8();
    void garbageJson();
    void vanishedHostOffersReconnect();
    void vanishedPeerOfHost();
    void nothingTypedIsLost();
    void historyAcrossRestarts();
    void portInUse();
    void cliJoins();
    void cliShowsControlCharactersVisibly();
    void cliHostsForNc();
    void cliBadArguments_data();
    void cliBadArguments();

private:
    // host + joined on loopback, both in `plain` mode or netlab; waits until both see it.
    void connectPair(ChatSession &host, ChatSession &guest, bool plain);
};

void tst_ChatSession::connectPair(ChatSession &host, ChatSession &guest, bool plain)
{
    host.setPlainMode(plain);
    guest.setPlainMode(plain);
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    guest.join(u"127.0.0.1"_s, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(guest.state(), ChatSession::State::Joined, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(host.peerCount(), 1, kTimeoutMs);
    // The host knows who joined (hello in netlab; the connection itself in plain mode).
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"joined"_s), kTimeoutMs);
    if (!plain)
        QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(guest, u"hosts this chat"_s), kTimeoutMs);
}

void tst_ChatSession::bothSendAtOnce_data()
{
    QTest::addColumn<bool>("plain");
    QTest::addRow("netlab") << false;
    QTest::addRow("plain") << true;
}

void tst_ChatSession::bothSendAtOnce()
{
    QFETCH(bool, plain);
    ChatSession host;
    ChatSession guest;
    host.setNickname(u"Hôte"_s);
    guest.setNickname(u"Zoë 🙂"_s);
    connectPair(host, guest, plain);
    if (QTest::currentTestFailed())
        return;

    constexpr int kCount = 50;
    QStringList fromHost;
    QStringList fromGuest;
    for (int i = 0; i < kCount; ++i) {
        fromHost.append(u"hôte %1: ça marche? 😀 Grüße"_s.arg(i));
        fromGuest.append(u"invitée %1: naïve café 🎉 你好"_s.arg(i));
        QVERIFY(!host.sendMessage(fromHost.constLast()).isEmpty());
        QVERIFY(!guest.sendMessage(fromGuest.constLast()).isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(textsOf(guest, ChatEntry::Kind::Incoming), fromHost, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(textsOf(host, ChatEntry::Kind::Incoming), fromGuest, kTimeoutMs);
    QCOMPARE(textsOf(host, ChatEntry::Kind::Own), fromHost);

    const QList<ChatEntry> atGuest = entriesOf(guest, ChatEntry::Kind::Incoming);
    const QList<ChatEntry> atHost = entriesOf(host, ChatEntry::Kind::Incoming);
    if (plain) {
        // Plain peers have no nicknames: the endpoint names them; no acknowledgements.
        QVERIFY(atGuest.first().nickname.startsWith(u"127.0.0.1:"_s));
        QVERIFY(atHost.first().nickname.startsWith(u"127.0.0.1:"_s));
        for (const ChatEntry &own : entriesOf(guest, ChatEntry::Kind::Own))
            QCOMPARE(own.delivery, ChatEntry::Delivery::None);
    } else {
        QCOMPARE(atGuest.first().nickname, u"Hôte"_s);
        QCOMPARE(atHost.first().nickname, u"Zoë 🙂"_s);
        // Every message gets its tick once the peer's session has shown it.
        const auto allDelivered = [](const ChatSession &session) {
            const QList<ChatEntry> own = entriesOf(session, ChatEntry::Kind::Own);
            return std::all_of(own.cbegin(), own.cend(), [](const ChatEntry &entry) {
                return entry.delivery == ChatEntry::Delivery::Delivered;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(host), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(guest), kTimeoutMs);
    }
    QCOMPARE(host.badLines(), 0);
    QCOMPARE(guest.badLines(), 0);
}

void tst_ChatSession::groupOfThreeRelaysToAll()
{
    ChatSession host;
    ChatSession ana;
    ChatSession bea;
    host.setNickname(u"Host"_s);
    ana.setNickname(u"Ana"_s);
    bea.setNickname(u"Bea"_s);
    connectPair(host, ana, false);
    if (QTest::currentTestFailed())
        return;
    bea.join(u"127.0.0.1"_s, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(host.peerCount(), 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(ana, u"Bea joined"_s), kTimeoutMs);

    // And an nc user at the same table.
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(nc.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    nc.write("salut from nc\n");
    QTRY_COMPARE_WITH_TIMEOUT(host.peerCount(), 3, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(ana, ChatEntry::Kind::Incoming).contains(u"salut from nc"_s), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(bea, ChatEntry::Kind::Incoming).contains(u"salut from nc"_s), kTimeoutMs);

    QVERIFY(!ana.sendMessage(u"Ana à tous 👋"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(bea, ChatEntry::Kind::Incoming).contains(u"Ana à tous 👋"_s), kTimeoutMs);
    QVERIFY(textsOf(host, ChatEntry::Kind::Incoming).contains(u"Ana à tous 👋"_s));
    // The relayed message keeps its author's name.
    const QList<ChatEntry> atBea = entriesOf(bea, ChatEntry::Kind::Incoming);
    QCOMPARE(atBea.constLast().nickname, u"Ana"_s);
    const QByteArray atNc = readAllWithin(nc, "Ana: Ana à tous 👋\n");
    QVERIFY2(atNc.contains("Ana: Ana \xc3\xa0 tous \xf0\x9f\x91\x8b\n"), atNc.constData());
    QVERIFY(!atNc.contains('{')); // never JSON to a plain peer

    QVERIFY(!host.sendMessage(u"from the host"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(ana, ChatEntry::Kind::Incoming).contains(u"from the host"_s), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(bea, ChatEntry::Kind::Incoming).contains(u"from the host"_s), kTimeoutMs);
    QCOMPARE(readAllWithin(nc, "from the host\n"), "from the host\n"_ba);

    // Bea leaves: the others are told.
    bea.leave();
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(ana, u"Bea left"_s), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(host.peerCount(), 2, kTimeoutMs);
}

void tst_ChatSession::rawSocketAsNc()
{
    ChatSession host; // netlab mode: it still speaks plain to nc
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(nc.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    nc.write("Bonjour, ça va ? 😀\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(textsOf(host, ChatEntry::Kind::Incoming),
        QStringList {u"Bonjour, ça va ? 😀"_s}, kTimeoutMs);
    QVERIFY(hasSystemLine(host, u"plain text"_s));
    QVERIFY(host.entries().constLast().warning.isEmpty());
    QVERIFY(!host.sendMessage(u"Très bien, merci 👍"_s).isEmpty());
    QCOMPARE(readAllWithin(nc, "\n"), "Tr\xc3\xa8s bien, merci \xf0\x9f\x91\x8d\n"_ba);
}

void tst_ChatSession::pythonScriptWithoutLineEnds()
{
    // The course's script sends "sock.send(msg.encode())" without a line end.
    ChatSession host;
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket script;
    script.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(script.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    script.write("hello from python");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(host, ChatEntry::Kind::Incoming), QStringList {u"hello from python"_s}, kTimeoutMs);
}

void tst_ChatSession::plainJoinToNcListener()
{
    // `nc -l 55000` on the other side: a plain joiner sends lines and nothing else.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    ChatSession guest;
    guest.setPlainMode(true);
    guest.join(u"127.0.0.1"_s, listener.serverPort());
    std::unique_ptr<QTcpSocket> nc(nextConnection(listener));
    QVERIFY(nc);
    QTRY_COMPARE_WITH_TIMEOUT(guest.state(), ChatSession::State::Joined, kTimeoutMs);
    QVERIFY(!guest.sendMessage(u"two\nlines é"_s).isEmpty());
    QCOMPARE(readAllWithin(*nc, "é\n"), "two\nlines \xc3\xa9\n"_ba);
    nc->write("reply\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(guest, ChatEntry::Kind::Incoming), QStringList {u"reply"_s}, kTimeoutMs);
}

void tst_ChatSession::netlabJoinToNcListenerSendsNoJson()
{
    // A student joins `nc -l` without ticking "Plain text": the nc user must see only what
    // is typed, never a JSON hello.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    ChatSession guest; // netlab mode
    guest.join(u"127.0.0.1"_s, listener.serverPort());
    std::unique_ptr<QTcpSocket> nc(nextConnection(listener));
    QVERIFY(nc);
    QTRY_COMPARE_WITH_TIMEOUT(guest.state(), ChatSession::State::Joined, kTimeoutMs);
    QVERIFY(!guest.sendMessage(u"salut"_s).isEmpty()); // typed before the mode is known
    QCOMPARE(readAllWithin(*nc, "\n"), "salut\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(guest, u"plain text"_s), kTimeoutMs);
    nc->write("{not json} reply\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(guest, ChatEntry::Kind::Incoming), QStringList {u"{not json} reply"_s}, kTimeoutMs);
    QVERIFY(!nc->readAll().contains('{'));
}

void tst_ChatSession::silentNcUserIsGreeted()
{
    // nc joins a netlab host and waits: it reads a greeting in words, then chats in plain.
    ChatSession host;
    host.setNickname(u"Ana"_s);
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, host.serverPort());
    const QByteArray greeting = readAllWithin(nc, "\n");
    QVERIFY2(greeting.startsWith("* ") && greeting.contains("Ana")
            && greeting.endsWith("(netlab-chat)\n") && !greeting.contains('{'),
        greeting.constData());
    nc.write("hi\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(host, ChatEntry::Kind::Incoming), QStringList {u"hi"_s}, kTimeoutMs);
    QVERIFY(!host.sendMessage(u"hello"_s).isEmpty());
    QCOMPARE(readAllWithin(nc, "hello\n"), "hello\n"_ba);
}

void tst_ChatSession::fullChatMakesRoomForAClassmate()
{
    // 32 connections that never say a word (a port scanner, forgotten nc windows) fill the
    // chat; a classmate who then joins gets in, in place of the longest silent one.
    ChatSession host;
    host.setSilentEviction(0); // the default waits 30 s of silence
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < ChatSession::kMaxPeers; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, host.serverPort());
        // One at a time, so the first is the longest silent.
        QTRY_COMPARE_WITH_TIMEOUT(host.peerCount(), i + 1, kTimeoutMs);
    }
    QTcpSocket classmate;
    classmate.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(classmate.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    classmate.write("bonjour\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(host, ChatEntry::Kind::Incoming), QStringList {u"bonjour"_s}, kTimeoutMs);
    QVERIFY(hasSystemLine(host, u"without a word"_s));
    QCOMPARE(host.peerCount(), ChatSession::kMaxPeers);
    QTRY_COMPARE_WITH_TIMEOUT(idle.front()->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
}

void tst_ChatSession::tenMegabyteLine()
{
    ChatSession host;
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    peer.write(ChatProtocol::encodeHello(u"Big"_s, u"1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"Big joined"_s), kTimeoutMs);
    const QByteArray chunk(1024 * 1024, 'z');
    for (int i = 0; i < 10; ++i)
        peer.write(chunk);
    peer.write("\n");
    peer.write(
        ChatProtocol::encodeMessage(u"m1"_s, u"still here"_s, QDateTime::currentDateTime(), {}));
    QTRY_VERIFY_WITH_TIMEOUT(
        textsOf(host, ChatEntry::Kind::Incoming).contains(u"still here"_s), 30000);
    QVERIFY(hasSystemLine(host, u"refused"_s));
    QCOMPARE(host.peerCount(), 1); // the connection survived
    QCOMPARE(host.badLines(), 1);
    // And the sender got its acknowledgement.
    QVERIFY(readAllWithin(peer, "\"ack\"").contains("\"id\":\"m1\""));
}

void tst_ChatSession::invalidUtf8()
{
    ChatSession host;
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(nc.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    nc.write("caf\xe9 au lait\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        textsOf(host, ChatEntry::Kind::Incoming), QStringList {u"caf\uFFFD au lait"_s}, kTimeoutMs);
    QVERIFY(host.entries().constLast().warning.contains(u"invalid UTF-8"_s));
    QCOMPARE(host.badLines(), 1);
}

void tst_ChatSession::garbageJson()
{
    ChatSession host;
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    peer.write(ChatProtocol::encodeHello(u"Glitch"_s, u"1"_s));
    peer.write("{\"type\":\"msg\",\"id\":\"1\",\"te\n");
    peer.write("}{ garbage\n");
    peer.write(ChatProtocol::encodeMessage(u"2"_s, u"fine"_s, QDateTime::currentDateTime(), {}));
    QTRY_COMPARE_WITH_TIMEOUT(textsOf(host, ChatEntry::Kind::Incoming),
        (QStringList {u"{\"type\":\"msg\",\"id\":\"1\",\"te"_s, u"}{ garbage"_s, u"fine"_s}),
        kTimeoutMs);
    const QList<ChatEntry> incoming = entriesOf(host, ChatEntry::Kind::Incoming);
    QVERIFY(incoming.at(0).warning.contains(u"not understood"_s));
    QVERIFY(incoming.at(1).warning.contains(u"not understood"_s));
    QVERIFY(incoming.at(2).warning.isEmpty());
    QCOMPARE(incoming.at(0).nickname, u"Glitch"_s);
    QCOMPARE(host.badLines(), 2);
}

void tst_ChatSession::vanishedHostOffersReconnect()
{
    QTcpServer fakeHost;
    QVERIFY(fakeHost.listen(QHostAddress::LocalHost, 0));
    ChatSession guest;
    QSignalSpy lost(&guest, &ChatSession::connectionLost);
    guest.join(u"127.0.0.1"_s, fakeHost.serverPort());
    std::unique_ptr<QTcpSocket> socket(nextConnection(fakeHost));
    QVERIFY(socket);
    socket->write(ChatProtocol::encodeHello(u"Fake"_s, u"1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(guest, u"Fake hosts this chat"_s), kTimeoutMs);
    const QString id = guest.sendMessage(u"are you there?"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(guest.entries().constLast().delivery, ChatEntry::Delivery::Sent);
    QVERIFY(readAllWithin(*socket, "are you there?").contains("are you there?"));

    socket->abort(); // vanishes without a bye: a reset
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kTimeoutMs);
    QCOMPARE(guest.state(), ChatSession::State::Idle);
    QVERIFY(guest.canReconnect());
    QVERIFY(hasSystemLine(guest, u"reconnect"_s));
    QCOMPARE(entriesOf(guest, ChatEntry::Kind::Own).constLast().delivery,
        ChatEntry::Delivery::NotDelivered);

    guest.reconnect();
    std::unique_ptr<QTcpSocket> again(nextConnection(fakeHost));
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(guest.state(), ChatSession::State::Joined, kTimeoutMs);
    // A joiner waits for the host: greeted, it says hello.
    again->write(ChatProtocol::encodeGreeting(u"Fake"_s));
    QVERIFY(readAllWithin(*again, "\n").contains("\"hello\""));
}

void tst_ChatSession::vanishedPeerOfHost()
{
    ChatSession host;
    ChatSession guest;
    guest.setNickname(u"Gone"_s);
    connectPair(host, guest, false);
    if (QTest::currentTestFailed())
        return;
    const QString id = host.sendMessage(u"bye?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(entriesOf(host, ChatEntry::Kind::Own).constLast().delivery,
        ChatEntry::Delivery::Delivered, kTimeoutMs);
    {
        // A peer that leaves properly says so.
        guest.leave();
        QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"Gone left"_s), kTimeoutMs);
        QCOMPARE(host.peerCount(), 0);
    }
    // A peer that vanishes (reset) is shown as lost.
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, host.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    peer.write(ChatProtocol::encodeHello(u"Flaky"_s, u"1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"Flaky joined"_s), kTimeoutMs);
    QVERIFY(!host.sendMessage(u"unanswered"_s).isEmpty());
    QVERIFY(readAllWithin(peer, "unanswered").contains("unanswered"));
    peer.abort();
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"Connection lost"_s), kTimeoutMs);
    QCOMPARE(host.state(), ChatSession::State::Hosting);
    QCOMPARE(entriesOf(host, ChatEntry::Kind::Own).constLast().delivery,
        ChatEntry::Delivery::NotDelivered);
}

void tst_ChatSession::nothingTypedIsLost()
{
    ChatSession session;
    QSignalSpy errors(&session, &ChatSession::errorOccurred);
    QVERIFY(session.sendMessage(u"typed while offline"_s).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(u"stays in the input"_s));
    QVERIFY(session.entries().isEmpty());

    QVERIFY(session.host(QHostAddress::LocalHost, 0));
    QVERIFY(session.sendMessage(u"nobody here"_s).isEmpty());
    QVERIFY(errors.constLast().at(0).toString().contains(u"Nobody has joined"_s));
    QVERIFY(session.sendMessage(QString(ChatProtocol::kMaxMessageLength + 1, u'x')).isEmpty());
    QVERIFY(errors.constLast().at(0).toString().contains(u"too long"_s));
}

void tst_ChatSession::historyAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChatSession host;
    host.setHistoryDirectory(dir.path());
    {
        ChatSession guest;
        guest.setHistoryDirectory(dir.path());
        connectPair(host, guest, false);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!guest.sendMessage(u"remember me ✨"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(entriesOf(guest, ChatEntry::Kind::Own).constLast().delivery,
            ChatEntry::Delivery::Delivered, kTimeoutMs);
        guest.leave();
    }
    ChatSession restarted;
    restarted.setHistoryDirectory(dir.path());
    QSignalSpy reset(&restarted, &ChatSession::entriesReset);
    restarted.join(u"127.0.0.1"_s, host.serverPort());
    QCOMPARE(reset.size(), 1);
    const QList<ChatEntry> own = entriesOf(restarted, ChatEntry::Kind::Own);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).text, u"remember me ✨"_s);
    QVERIFY(own.at(0).fromHistory);
    QCOMPARE(own.at(0).delivery, ChatEntry::Delivery::Delivered);

    // Bounded: a long conversation keeps only the newest entries.
    netlab::ChatHistory history(dir.path());
    for (int i = 0; i < netlab::ChatHistory::kMaxEntries + 100; ++i) {
        ChatEntry entry;
        entry.kind = ChatEntry::Kind::Incoming;
        entry.time = QDateTime::currentDateTime();
        entry.text = u"line %1"_s.arg(i);
        QVERIFY(history.append(u"bounded"_s, entry));
    }
    const QList<ChatEntry> loaded = history.load(u"bounded"_s);
    QCOMPARE(loaded.size(), netlab::ChatHistory::kMaxEntries);
    QCOMPARE(loaded.constLast().text, u"line %1"_s.arg(netlab::ChatHistory::kMaxEntries + 99));
}

void tst_ChatSession::portInUse()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    ChatSession session;
    QSignalSpy errors(&session, &ChatSession::errorOccurred);
    QVERIFY(!session.host(QHostAddress::LocalHost, other.serverPort()));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"in use"_s),
        qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(session.state(), ChatSession::State::Idle);
}

void tst_ChatSession::cliJoins()
{
    // `netlab chat --join`: stdin lines go out, the others' lines come out with their name.
    ChatSession host;
    host.setNickname(u"Hôte"_s);
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QProcess cli;
    startProgram(cli, QStringLiteral(NETLAB_BIN_DIR "/netlab"),
        {u"chat"_s, u"--join"_s, u"127.0.0.1:%1"_s.arg(host.serverPort()), u"--nick"_s, u"Cli"_s});
    QVERIFY(cli.waitForStarted(kTimeoutMs));
    cli.write("typed before joining é 🎉\n");
    QTRY_COMPARE_WITH_TIMEOUT(textsOf(host, ChatEntry::Kind::Incoming),
        QStringList {u"typed before joining é 🎉"_s}, kTimeoutMs);
    QCOMPARE(entriesOf(host, ChatEntry::Kind::Incoming).constFirst().nickname, u"Cli"_s);
    QVERIFY(!host.sendMessage(u"bienvenue\nsur deux lignes"_s).isEmpty());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("lignes\n"), kTimeoutMs);
    QCOMPARE(out, "H\xc3\xb4te: bienvenue\n    sur deux lignes\n"_ba);
    // Its messages get their ticks: the CLI acknowledges what it printed.
    QTRY_COMPARE_WITH_TIMEOUT(entriesOf(host, ChatEntry::Kind::Own).constLast().delivery,
        ChatEntry::Delivery::Delivered, kTimeoutMs);
    cli.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasSystemLine(host, u"Cli left"_s), kTimeoutMs);
}

void tst_ChatSession::cliShowsControlCharactersVisibly()
{
    // A peer's escape sequences (window title, clear screen), a carriage return that would
    // overwrite the line with a fake "Host:" and a bidi override reach the terminal of
    // `netlab chat` only as visible text, the way cat -v shows them.
    ChatSession host;
    host.setNickname(u"Mallory"_s);
    QVERIFY(host.host(QHostAddress::LocalHost, 0));
    QProcess cli;
    startProgram(cli, QStringLiteral(NETLAB_BIN_DIR "/netlab"),
        {u"chat"_s, u"--join"_s, u"127.0.0.1:%1"_s.arg(host.serverPort()), u"--nick"_s, u"Cli"_s});
    QVERIFY(cli.waitForStarted(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(host.peerCount() > 0, kTimeoutMs);
    const QString evil = u"\x1b]0;title\x07 \x1b[2J\rHost: fake \u202Etxt.exe\b\x7f\u009b"_s;
    QVERIFY(!host.sendMessage(evil).isEmpty());
    QVERIFY(!host.sendMessage(u"done é 🎉"_s).isEmpty());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("done"), kTimeoutMs);
    QCOMPARE(out,
        "Mallory: ^[]0;title^G ^[[2J^MHost: fake <U+202E>txt.exe^H^?M-^[\n"
        "Mallory: done \xc3\xa9 \xf0\x9f\x8e\x89\n"_ba);
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!out.contains('\r'));
    // The conversation itself keeps the text as it was sent.
    QCOMPARE(entriesOf(host, ChatEntry::Kind::Own).constFirst().text, evil);
    cli.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(cli.exitCode(), 0);
}

void tst_ChatSession::cliHostsForNc()
{
    QProcess cli;
    startProgram(cli, QStringLiteral(NETLAB_BIN_DIR "/netlab"),
        {u"chat"_s, u"--host"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s,
            u"--no-announce"_s, u"--nick"_s, u"Host"_s});
    QVERIFY(cli.waitForStarted(kTimeoutMs));
    QByteArray errors;
    const QRegularExpression portPattern(u"port (\\d+)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (match = portPattern.match(QString::fromUtf8(errors += cli.readAllStandardError())))
            .hasMatch(),
        kTimeoutMs);
    const quint16 port = quint16(match.captured(1).toUInt());
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(nc.state(), QAbstractSocket::ConnectedState, kTimeoutMs);
    nc.write("hi from nc\n");
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += cli.readAllStandardOutput()).contains("hi from nc\n"), kTimeoutMs);
    QVERIFY2(out.startsWith("127.0.0.1:"), out.constData());
    cli.write("hello nc\n");
    QCOMPARE(readAllWithin(nc, "\n"), "hello nc\n"_ba);
    cli.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(cli.exitCode(), 0);
}

void tst_ChatSession::cliBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no mode") << QStringList {u"chat"_s} << u"exactly one"_s;
    QTest::addRow("two modes") << QStringList {u"chat"_s, u"--host"_s, u"--join"_s, u"x"_s}
                               << u"exactly one"_s;
    QTest::addRow("bad port") << QStringList {u"chat"_s, u"--join"_s, u"h:99999"_s} << u"99999"_s;
    QTest::addRow("port with join")
        << QStringList {u"chat"_s, u"--join"_s, u"h"_s, u"--port"_s, u"1"_s} << u"--host"_s;
    QTest::addRow("empty nick") << QStringList {u"chat"_s, u"--host"_s, u"--nick"_s, u" "_s}
                                << u"nickname"_s;
    QTest::addRow("unclosed bracket")
        << QStringList {u"chat"_s, u"--join"_s, u"[::1:5"_s} << u"']'"_s;
}

void tst_ChatSession::cliBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QProcess cli;
    startProgram(cli, QStringLiteral(NETLAB_BIN_DIR "/netlab"), arguments);
    QVERIFY(cli.waitForFinished(kTimeoutMs));
    QCOMPARE(cli.exitCode(), 2);
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(errors.contains(reason), qPrintable(errors));
}

QTEST_GUILESS_MAIN(tst_ChatSession)
#include "tst_chatsession.moc"
