#include <netlab/machineinfo.h>

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkInterface>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString typeName(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Loopback:
        return MachineInfo::tr("Loopback");
    case QNetworkInterface::Virtual:
        return MachineInfo::tr("Virtual");
    case QNetworkInterface::Ethernet:
        return MachineInfo::tr("Ethernet");
    case QNetworkInterface::Slip:
        return MachineInfo::tr("SLIP");
    case QNetworkInterface::CanBus:
        return MachineInfo::tr("CAN bus");
    case QNetworkInterface::Ppp:
        return MachineInfo::tr("PPP");
    case QNetworkInterface::Fddi:
        return MachineInfo::tr("FDDI");
    case QNetworkInterface::Wifi:
        return MachineInfo::tr("Wi-Fi");
    case QNetworkInterface::Phonet:
        return MachineInfo::tr("Phonet");
    case QNetworkInterface::Ieee802154:
        return MachineInfo::tr("IEEE 802.15.4");
    case QNetworkInterface::SixLoWPAN:
        return MachineInfo::tr("6LoWPAN");
    case QNetworkInterface::Ieee80216:
        return MachineInfo::tr("WiMAX");
    case QNetworkInterface::Ieee1394:
        return MachineInfo::tr("FireWire");
    case QNetworkInterface::Unknown:
        break;
    }
    return MachineInfo::tr("Other");
}

quint32 maskFor(int prefixLength)
{
    if (prefixLength <= 0)
        return 0;
    if (prefixLength >= 32)
        return 0xffffffffu;
    return ~((quint32(1) << (32 - prefixLength)) - 1);
}

} // namespace

QString InterfaceAddress::familyName() const
{
    return isIPv6() ? u"IPv6"_s : u"IPv4"_s;
}

QString InterfaceAddress::netmaskText() const
{
    if (prefixLength < 0)
        return netmask.isNull() ? QString() : netmask.toString();
    if (isIPv6() || netmask.isNull())
        return u"/%1"_s.arg(prefixLength);
    return u"%1 (/%2)"_s.arg(netmask.toString()).arg(prefixLength);
}

QString MachineInfo::hostName()
{
    return QHostInfo::localHostName();
}

QString MachineInfo::userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // No variable (a service, a container, sudo -i): the account's own name, which the
    // home folder's name need not be.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return tr("(unknown)");
}

QHostAddress MachineInfo::networkAddress(const QHostAddress &ip, int prefixLength)
{
    if (ip.protocol() != QAbstractSocket::IPv4Protocol || prefixLength < 0 || prefixLength > 32)
        return {};
    return QHostAddress(ip.toIPv4Address() & maskFor(prefixLength));
}

QHostAddress MachineInfo::broadcastAddress(const QHostAddress &ip, int prefixLength)
{
    if (ip.protocol() != QAbstractSocket::IPv4Protocol || prefixLength < 0 || prefixLength > 30)
        return {};
    return QHostAddress(ip.toIPv4Address() | ~maskFor(prefixLength));
}

QList<QHostAddress> MachineInfo::addressesToReach(const QHostAddress &bound, int limit)
{
    const bool onlyIPv6 = bound == QHostAddress(QHostAddress::AnyIPv6);
    const bool dualStack = bound == QHostAddress(QHostAddress::Any);
    const bool anyIPv4 = bound == QHostAddress(QHostAddress::AnyIPv4);
    if (!anyIPv4 && !onlyIPv6 && !dualStack)
        return {bound};
    const bool anyIPv6 = onlyIPv6 || dualStack;
    // 127.0.0.1 is what students type; a dual-stack socket answers there too.
    QList<QHostAddress> found {
        QHostAddress(onlyIPv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost)};
    QList<QHostAddress> ipv4;
    for (const InterfaceInfo &interface : interfaces()) {
        if (!interface.isUp || interface.isLoopback)
            continue;
        for (const InterfaceAddress &address : interface.addresses) {
            if (!address.isIPv6()) {
                if (!onlyIPv6) // Qt binds :: with IPV6_V6ONLY
                    ipv4.append(address.ip);
            } else if (anyIPv6 && !address.ip.isLinkLocal())
                found.append(address.ip);
        }
    }
    found += ipv4;
    return found.mid(0, std::max(1, limit));
}

QList<InterfaceInfo> MachineInfo::interfaces()
{
    QList<InterfaceInfo> result;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        if (result.size() >= kMaxInterfaces)
            break;
        InterfaceInfo info;
        info.name = interface.name();
        info.humanName = interface.humanReadableName();
        info.index = interface.index();
        info.type = typeName(interface.type());
        info.hardwareAddress = interface.hardwareAddress();
        if (info.hardwareAddress == u"00:00:00:00:00:00"_s)
            info.hardwareAddress.clear();
        info.mtu = interface.maximumTransmissionUnit();
        const QNetworkInterface::InterfaceFlags flags = interface.flags();
        info.isUp = flags.testFlag(QNetworkInterface::IsUp);
        info.isLoopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        info.flags.append(QString::fromLatin1(info.isUp ? QT_TR_NOOP("up") : QT_TR_NOOP("down")));
        if (flags.testFlag(QNetworkInterface::IsRunning))
            info.flags.append(QString::fromLatin1(QT_TR_NOOP("running")));
        if (flags.testFlag(QNetworkInterface::CanBroadcast))
            info.flags.append(QString::fromLatin1(QT_TR_NOOP("broadcast")));
        if (info.isLoopback)
            info.flags.append(QString::fromLatin1(QT_TR_NOOP("loopback")));
        if (flags.testFlag(QNetworkInterface::IsPointToPoint))
            info.flags.append(QString::fromLatin1(QT_TR_NOOP("point-to-point")));
        if (flags.testFlag(QNetworkInterface::CanMulticast))
            info.flags.append(QString::fromLatin1(QT_TR_NOOP("multicast")));

        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (info.addresses.size() >= kMaxAddressesPerInterface)
                break;
            InterfaceAddress address;
            address.ip = entry.ip();
            address.prefixLength = entry.prefixLength();
            address.netmask = entry.netmask();
            if (!address.isIPv6()) {
                address.network = networkAddress(address.ip, address.prefixLength);
                // Only an interface that can broadcast has a broadcast address (loopback and
                // point-to-point links do not): the system's, else the computed one.
                if (flags.testFlag(QNetworkInterface::CanBroadcast)) {
                    address.broadcast = entry.broadcast();
                    if (address.broadcast.isNull())
                        address.broadcast = broadcastAddress(address.ip, address.prefixLength);
                }
            }
            info.addresses.append(address);
        }
        result.append(info);
    }
    return result;
}

QString MachineInfo::flagsText(const QStringList &flags)
{
    QStringList words;
    words.reserve(flags.size());
    for (const QString &flag : flags)
        words.append(tr(flag.toLatin1().constData()));
    return words.join(u", "_s);
}

} // namespace netlab
