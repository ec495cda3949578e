// This machine: loopback with 127.0.0.1 is listed, and the broadcast address of a network is
// the one a student must send to (a /16's x.y.255.255).
#include <netlab/machineinfo.h>

#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

class tst_MachineInfo : public QObject
{
    Q_OBJECT

private slots:
    void hostAndUser();
    void loopbackIsListed();
    void broadcast_data();
    void broadcast();
};

void tst_MachineInfo::hostAndUser()
{
    QVERIFY(!netlab::MachineInfo::hostName().isEmpty());
    QVERIFY(!netlab::MachineInfo::userName().isEmpty());
#ifdef Q_OS_UNIX
    // Without $USER (a service, a container) the account's name, not the home folder's.
    const passwd *account = ::getpwuid(::geteuid());
    QVERIFY(account);
    const QByteArray saved[]
        = {qgetenv("USER"), qgetenv("USERNAME"), qgetenv("LOGNAME"), qgetenv("HOME")};
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        qunsetenv(variable);
    qputenv("HOME", "/tmp/not-the-account-name");
    QCOMPARE(netlab::MachineInfo::userName(), QString::fromLocal8Bit(account->pw_name));
    qputenv("USER", saved[0]);
    qputenv("USERNAME", saved[1]);
    qputenv("LOGNAME", saved[2]);
    qputenv("HOME", saved[3]);
#endif
}

void tst_MachineInfo::loopbackIsListed()
{
    const QList<netlab::InterfaceInfo> interfaces = netlab::MachineInfo::interfaces();
    QVERIFY(!interfaces.isEmpty());
    bool found = false;
    for (const netlab::InterfaceInfo &interface : interfaces) {
        for (const netlab::InterfaceAddress &address : interface.addresses) {
            if (address.ip == QHostAddress(QHostAddress::LocalHost)) {
                found = true;
                QVERIFY(interface.isLoopback);
                QVERIFY(interface.flags.contains(u"loopback"_s));
                QVERIFY(interface.flags.contains(u"up"_s));
                QCOMPARE(address.prefixLength, 8);
                QCOMPARE(address.netmask, QHostAddress(u"255.0.0.0"_s));
                QCOMPARE(address.netmaskText(), u"255.0.0.0 (/8)"_s);
                QCOMPARE(address.network, QHostAddress(u"127.0.0.0"_s));
                QCOMPARE(address.familyName(), u"IPv4"_s);
                QVERIFY(address.broadcast.isNull()); // loopback does not broadcast
            }
            if (address.isIPv6())
                QVERIFY(address.broadcast.isNull()); // IPv6 has no broadcast
        }
    }
    QVERIFY2(found, "no interface has 127.0.0.1");
}

void tst_MachineInfo::broadcast_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast"); // empty: none
    QTest::addRow("/24") << u"192.168.1.23"_s << 24 << u"192.168.1.0"_s << u"192.168.1.255"_s;
    QTest::addRow("/16") << u"172.16.5.4"_s << 16 << u"172.16.0.0"_s << u"172.16.255.255"_s;
    QTest::addRow("/8") << u"10.1.2.3"_s << 8 << u"10.0.0.0"_s << u"10.255.255.255"_s;
    QTest::addRow("/20") << u"10.0.37.200"_s << 20 << u"10.0.32.0"_s << u"10.0.47.255"_s;
    QTest::addRow("/30") << u"192.0.2.5"_s << 30 << u"192.0.2.4"_s << u"192.0.2.7"_s;
    QTest::addRow("/31") << u"192.0.2.5"_s << 31 << u"192.0.2.4"_s << QString();
    QTest::addRow("/32") << u"192.0.2.5"_s << 32 << u"192.0.2.5"_s << QString();
    QTest::addRow("/0") << u"192.0.2.5"_s << 0 << u"0.0.0.0"_s << u"255.255.255.255"_s;
    QTest::addRow("ipv6") << u"fd00::2"_s << 64 << QString() << QString();
}

void tst_MachineInfo::broadcast()
{
    QFETCH(QString, ip);
    QFETCH(int, prefix);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);
    const QHostAddress address(ip);
    QCOMPARE(netlab::MachineInfo::networkAddress(address, prefix).toString(), network);
    QCOMPARE(netlab::MachineInfo::broadcastAddress(address, prefix).toString(), broadcast);
}

QTEST_APPLESS_MAIN(tst_MachineInfo)
#include "tst_machineinfo.moc"
