#pragma once

// "Know the machine": host name, user name, and every network interface with its flags,
// hardware (MAC) address and addresses — IPv4/IPv6, netmask / prefix length, network and
// broadcast address. The broadcast address is computed from address and prefix (a /16
// network's x.y.255.255), the one to send to in the UDP broadcast lab.

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace netlab {

struct InterfaceAddress
{
    QHostAddress ip;
    int prefixLength = -1; // -1 when the system does not say
    QHostAddress netmask;
    QHostAddress network; // IPv4: ip & netmask
    QHostAddress broadcast; // IPv4 on an interface that can broadcast; else null

    bool isIPv6() const { return ip.protocol() == QAbstractSocket::IPv6Protocol; }
    QString familyName() const; // "IPv4" / "IPv6"
    QString netmaskText() const; // "255.255.0.0 (/16)", "/64"
};

struct InterfaceInfo
{
    QString name; // "eth0"
    QString humanName; // "Ethernet" on Windows; the name elsewhere
    int index = 0;
    QString type; // "Ethernet", "Loopback", "Wi-Fi", …
    // "up", "running", "broadcast", "loopback", "point-to-point", "multicast": English, as in
    // JSON; MachineInfo::flagsText() gives them in the user's language.
    QStringList flags;
    QString hardwareAddress; // MAC, empty when the interface has none
    int mtu = 0;
    bool isUp = false;
    bool isLoopback = false;
    QList<InterfaceAddress> addresses;
};

class MachineInfo
{
    Q_DECLARE_TR_FUNCTIONS(netlab::MachineInfo)

public:
    static constexpr int kMaxInterfaces = 256;
    static constexpr int kMaxAddressesPerInterface = 64;

    static QString hostName();
    static QString userName();
    // Every interface, in the system's order; at most kMaxInterfaces.
    static QList<InterfaceInfo> interfaces();
    // An interface's flags as shown to the user, in the current language: "up, running".
    static QString flagsText(const QStringList &flags);

    // IPv4 only (null for IPv6, which has no broadcast): the network's all-ones address,
    // e.g. 172.16.255.255 for 172.16.4.2/16. Null for /31 and /32 (no broadcast there).
    static QHostAddress broadcastAddress(const QHostAddress &ip, int prefixLength);
    static QHostAddress networkAddress(const QHostAddress &ip, int prefixLength);

    // The addresses a client would type to reach a socket bound to `bound`: that address
    // itself, or for a wildcard (0.0.0.0, ::) the loopback address first, then this machine's
    // other addresses on interfaces that are up (IPv4 for 0.0.0.0; IPv6 ones that are not
    // link-local for ::; both for the dual-stack "any"). At most `limit` addresses.
    static QList<QHostAddress> addressesToReach(const QHostAddress &bound, int limit = 4);
};

} // namespace netlab
