#include <netlab/chatdiscovery.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::ChatDiscovery;
using netlab::DiscoveredPeer;
using netlab::test::command;

namespace {

constexpr int kTimeoutMs = 10000;

QByteArray presence(const QString &id, const QString &nick, int port, bool hosting)
{
    return QJsonDocument(QJsonObject {{"app"_L1, u"netlab-chat"_s}, {"v"_L1, 1}, {"id"_L1, id},
                             {"nick"_L1, nick}, {"port"_L1, port}, {"hosting"_L1, hosting}})
        .toJson(QJsonDocument::Compact);
}

bool hasPeer(const ChatDiscovery &discovery, const QString &nickname)
{
    const QList<DiscoveredPeer> peers = discovery.peers();
    return std::any_of(peers.cbegin(), peers.cend(),
        [&](const DiscoveredPeer &peer) { return peer.nickname == nickname; });
}

// Runs a command (for `ip`); returns its exit code, or -1 when it could not run.
int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_ChatDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void twoCoresSeeEachOther();
    void ownDatagramsIgnored();
    void floodAndSpoofAreBounded();
    void broadcastBetweenNamespaces();
    void cleanup();

private:
    QString m_namespaceA;
    QString m_namespaceB;
    std::unique_ptr<QProcess> m_host;
    std::unique_ptr<QProcess> m_finder;
};

void tst_ChatDiscovery::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<bool>("hosting");

    QTest::addRow("valid") << presence(u"abc"_s, u"Ana"_s, 55000, true) << true << u"Ana"_s << true;
    QTest::addRow("not hosting") << presence(u"abc"_s, u"Ana"_s, 0, false) << true << u"Ana"_s
                                 << false;
    QTest::addRow("hosting without port")
        << presence(u"abc"_s, u"Ana"_s, 0, true) << true << u"Ana"_s << false;
    QTest::addRow("control chars in nick")
        << presence(u"abc"_s, u"A\u0007na\u202e"_s, 1, true) << true << u"Ana"_s << true;
    QTest::addRow("garbage") << "hello"_ba << false << QString() << false;
    QTest::addRow("other app")
        << "{\"app\":\"x\",\"v\":1,\"id\":\"a\",\"nick\":\"n\",\"port\":1}"_ba << false << QString()
        << false;
    QTest::addRow("bad port") << presence(u"abc"_s, u"Ana"_s, 70000, true) << false << QString()
                              << false;
    QTest::addRow("no id") << presence(QString(), u"Ana"_s, 1, true) << false << QString() << false;
    QTest::addRow("oversized") << presence(QString(600, u'x'), u"Ana"_s, 1, true) << false
                               << QString() << false;
}

void tst_ChatDiscovery::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, ok);
    QFETCH(QString, nickname);
    QFETCH(bool, hosting);
    DiscoveredPeer peer;
    QCOMPARE(ChatDiscovery::parseDatagram(datagram, &peer), ok);
    if (ok) {
        QCOMPARE(peer.nickname, nickname);
        QCOMPARE(peer.hosting, hosting);
    }
}

void tst_ChatDiscovery::twoCoresSeeEachOther()
{
    ChatDiscovery ana;
    ChatDiscovery bea;
    QVERIFY(ana.start(0, QHostAddress::LocalHost));
    QVERIFY(bea.start(0, QHostAddress::LocalHost));
    ana.setTargets({QHostAddress::LocalHost}, bea.port());
    bea.setTargets({QHostAddress::LocalHost}, ana.port());
    ana.setAnnouncement(u"Ana"_s, 55000, true);
    bea.setAnnouncement(u"Bea"_s, 0, false);
    QSignalSpy beaChanged(&bea, &ChatDiscovery::peersChanged);
    ana.setAnnouncing(true);
    bea.setAnnouncing(true);

    QTRY_VERIFY_WITH_TIMEOUT(hasPeer(bea, u"Ana"_s), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasPeer(ana, u"Bea"_s), kTimeoutMs);
    const DiscoveredPeer seen = bea.peers().constFirst();
    QCOMPARE(seen.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(seen.chatPort, 55000);
    QVERIFY(seen.hosting);
    QCOMPARE(seen.instanceId, ana.instanceId());
    QVERIFY(!ana.peers().constFirst().hosting);

    // A change of what Ana announces shows at once; a repeat does not signal again.
    const qsizetype before = beaChanged.size();
    ana.announceNow();
    ana.setAnnouncement(u"Ana (room 2)"_s, 55002, true);
    QTRY_VERIFY_WITH_TIMEOUT(hasPeer(bea, u"Ana (room 2)"_s), kTimeoutMs);
    QCOMPARE(bea.peers().size(), 1);
    QCOMPARE(bea.peers().constFirst().chatPort, 55002);
    QCOMPARE(beaChanged.size(), before + 1);
}

void tst_ChatDiscovery::ownDatagramsIgnored()
{
    ChatDiscovery self;
    QVERIFY(self.start(0, QHostAddress::LocalHost));
    self.setTargets({QHostAddress::LocalHost}, self.port());
    self.setAnnouncement(u"Me"_s, 55000, true);
    self.setAnnouncing(true); // to itself
    QUdpSocket other;
    other.writeDatagram(
        presence(u"other"_s, u"Other"_s, 1234, true), QHostAddress::LocalHost, self.port());
    QTRY_VERIFY_WITH_TIMEOUT(hasPeer(self, u"Other"_s), kTimeoutMs);
    self.announceNow();
    other.writeDatagram(
        presence(u"other2"_s, u"Other2"_s, 1234, true), QHostAddress::LocalHost, self.port());
    QTRY_VERIFY_WITH_TIMEOUT(hasPeer(self, u"Other2"_s), kTimeoutMs);
    QVERIFY(!hasPeer(self, u"Me"_s));
}

void tst_ChatDiscovery::floodAndSpoofAreBounded()
{
    ChatDiscovery discovery;
    QVERIFY(discovery.start(0, QHostAddress::LocalHost));
    const quint16 port = discovery.port();

    // Sends in small batches (a loopback socket's buffer holds a few hundred datagrams) and
    // waits until each batch has been read.
    const auto processed
        = [&] { return discovery.datagramsAccepted() + discovery.datagramsRejected(); };

    // One sender claiming to be 300 people: at most kMaxPerAddress of them are listed.
    QUdpSocket spoofer;
    for (int batch = 0; batch < 10; ++batch) {
        const qint64 before = processed();
        for (int i = batch * 30; i < batch * 30 + 30; ++i)
            spoofer.writeDatagram(presence(u"spoof%1"_s.arg(i), u"Fake %1"_s.arg(i), 55000, true),
                QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(processed(), before + 30, kTimeoutMs);
    }
    spoofer.writeDatagram("not json at all", QHostAddress::LocalHost, port);
    spoofer.writeDatagram(QByteArray(2000, '{'), QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(processed(), 302, kTimeoutMs);
    QCOMPARE(discovery.peers().size(), ChatDiscovery::kMaxPerAddress);
    QCOMPARE(discovery.datagramsRejected(), 300 - ChatDiscovery::kMaxPerAddress + 2);

    // Many senders (every 127.x address is this machine): the list stops at kMaxPeers.
    constexpr int kSenders = ChatDiscovery::kMaxPeers + 20;
    for (int i = 0; i < kSenders; ++i) {
        QUdpSocket sender;
        if (!sender.bind(QHostAddress(u"127.0.%1.%2"_s.arg(i / 200).arg(i % 200 + 2)), 0))
            QSKIP("this system does not route all of 127.0.0.0/8 to loopback");
        const qint64 before = processed();
        QVERIFY(sender.writeDatagram(presence(u"p%1"_s.arg(i), u"Peer %1"_s.arg(i), 55000, true),
                    QHostAddress::LocalHost, port)
            > 0);
        QTRY_COMPARE_WITH_TIMEOUT(processed(), before + 1, kTimeoutMs);
    }
    QCOMPARE(discovery.peers().size(), ChatDiscovery::kMaxPeers);
    QCOMPARE(discovery.datagramsRejected(),
        300 - ChatDiscovery::kMaxPerAddress + 2 + kSenders
            - (ChatDiscovery::kMaxPeers - ChatDiscovery::kMaxPerAddress));
    // The address listed is the sender's, whatever the datagram says.
    for (const DiscoveredPeer &peer : discovery.peers())
        QVERIFY(peer.address.isLoopback());
}

void tst_ChatDiscovery::broadcastBetweenNamespaces()
{
#ifndef Q_OS_LINUX
    QSKIP("network namespaces are a Linux feature");
#else
    if (geteuid() != 0)
        QSKIP("needs root to create network namespaces (run the suite as root to exercise "
              "real broadcast between two peers joined by a veth pair)");
    const QString netlab = QStringLiteral(NETLAB_BIN_DIR "/netlab");
    if (!QFileInfo::exists(netlab))
        QSKIP("the netlab executable is not built");
    QByteArray output;
    if (run(u"ip"_s, {u"netns"_s, u"list"_s}, &output) != 0)
        QSKIP(qPrintable(
            u"`ip netns` does not work here: %1"_s.arg(QString::fromLocal8Bit(output).trimmed())));

    const quint32 tag = QRandomGenerator::global()->bounded(1000000u);
    m_namespaceA = u"nlchatA%1"_s.arg(tag);
    m_namespaceB = u"nlchatB%1"_s.arg(tag);
    const QString vethA = u"nlca%1"_s.arg(tag); // interface names: at most 15 characters
    const QString vethB = u"nlcb%1"_s.arg(tag);
    const QString subnet = u"10.%1.%2"_s.arg(200 + tag % 50).arg(tag / 50 % 250);
    const QString addressA = subnet + u".1"_s;
    const QList<QStringList> setup = {
        {u"netns"_s, u"add"_s, m_namespaceA},
        {u"netns"_s, u"add"_s, m_namespaceB},
        {u"link"_s, u"add"_s, vethA, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, vethB},
        {u"link"_s, u"set"_s, vethA, u"netns"_s, m_namespaceA},
        {u"link"_s, u"set"_s, vethB, u"netns"_s, m_namespaceB},
        {u"-n"_s, m_namespaceA, u"addr"_s, u"add"_s, addressA + u"/24"_s, u"brd"_s, u"+"_s,
            u"dev"_s, vethA},
        {u"-n"_s, m_namespaceB, u"addr"_s, u"add"_s, subnet + u".2/24"_s, u"brd"_s, u"+"_s,
            u"dev"_s, vethB},
        {u"-n"_s, m_namespaceA, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
        {u"-n"_s, m_namespaceB, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
        {u"-n"_s, m_namespaceA, u"link"_s, u"set"_s, vethA, u"up"_s},
        {u"-n"_s, m_namespaceB, u"link"_s, u"set"_s, vethB, u"up"_s},
    };
    for (const QStringList &step : setup) {
        if (run(u"ip"_s, step, &output) != 0) {
            if (step.at(1) == u"add" && step.at(0) == u"netns")
                QSKIP(qPrintable(u"cannot create a network namespace: %1"_s.arg(
                    QString::fromLocal8Bit(output).trimmed())));
            // `ip -n` and `ip netns exec` remount /sys and make / a slave mount: inside a
            // chroot (the Debian 13 leg) that fails even as root.
            if (output.contains("make-rslave"))
                QSKIP(qPrintable(u"`ip -n` cannot enter a namespace here (a chroot?): %1"_s.arg(
                    QString::fromLocal8Bit(output).trimmed())));
            QFAIL(qPrintable(
                u"ip %1: %2"_s.arg(step.join(u' '), QString::fromLocal8Bit(output).trimmed())));
        }
    }

    // `ip netns exec` remounts /sys and makes / a slave mount: inside a chroot (the Debian 13
    // leg) that fails even as root. The namespaces exist, but no program can run in them.
    if (run(u"ip"_s, {u"netns"_s, u"exec"_s, m_namespaceA, u"true"_s}, &output) != 0)
        QSKIP(qPrintable(u"`ip netns exec` does not work here (a chroot?): %1"_s.arg(
            QString::fromLocal8Bit(output).trimmed())));

    // B listens for presence datagrams first, then A hosts and announces by broadcast.
    m_finder = std::make_unique<QProcess>();
    m_finder->start(u"ip"_s,
        QStringList {u"netns"_s, u"exec"_s, m_namespaceB}
            + command(netlab, {u"chat"_s, u"--discover"_s, u"--timeout"_s, u"20000"_s}));
    QVERIFY(m_finder->waitForStarted(kTimeoutMs));
    QByteArray finderErrors;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (finderErrors += m_finder->readAllStandardError()).contains("looking for classmates"),
        finderErrors.constData(), kTimeoutMs);
    m_host = std::make_unique<QProcess>();
    m_host->start(u"ip"_s,
        QStringList {u"netns"_s, u"exec"_s, m_namespaceA}
            + command(netlab, {u"chat"_s, u"--host"_s, u"--nick"_s, u"NsHost"_s}));
    QVERIFY(m_host->waitForStarted(kTimeoutMs));

    QByteArray found;
    const QByteArray expected = "NsHost hosts a chat at " + addressA.toUtf8() + ":55000";
    QTRY_VERIFY2_WITH_TIMEOUT((found += m_finder->readAllStandardOutput()).contains(expected),
        found.constData(), kTimeoutMs);

    // And the chat itself across the veth pair.
    QProcess guest;
    guest.start(u"ip"_s,
        QStringList {u"netns"_s, u"exec"_s, m_namespaceB}
            + command(netlab, {u"chat"_s, u"--join"_s, addressA, u"--nick"_s, u"NsGuest"_s}));
    QVERIFY(guest.waitForStarted(kTimeoutMs));
    guest.write("hello across namespaces\n");
    guest.closeWriteChannel();
    QByteArray atHost;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (atHost += m_host->readAllStandardOutput()).contains("NsGuest: hello across namespaces"),
        atHost.constData(), kTimeoutMs);
    // At the end of its input the guest leaves and ends normally.
    QTRY_COMPARE_WITH_TIMEOUT(guest.state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(guest.exitStatus(), QProcess::NormalExit);
    QCOMPARE(guest.exitCode(), 0);
    QTRY_VERIFY2_WITH_TIMEOUT((atHost += m_host->readAllStandardError()).contains("NsGuest left"),
        atHost.constData(), kTimeoutMs);
#endif
}

void tst_ChatDiscovery::cleanup()
{
    for (auto *process : {m_host.get(), m_finder.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(kTimeoutMs);
        }
    }
    m_host.reset();
    m_finder.reset();
    // Deleting a namespace deletes its end of the veth pair, and with it the other end.
    for (const QString &name : {m_namespaceA, m_namespaceB}) {
        if (!name.isEmpty())
            run(u"ip"_s, {u"netns"_s, u"del"_s, name});
    }
    m_namespaceA.clear();
    m_namespaceB.clear();
}

QTEST_GUILESS_MAIN(tst_ChatDiscovery)
#include "tst_chatdiscovery.moc"
