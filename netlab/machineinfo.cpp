#include <netlab/machineinfo.h>

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::MachineInfo", text);
}

QString typeName(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Loopback:
        return tr("Loopback");
    case QNetworkInterface::Virtual:
        return tr("Virtual");
    case QNetworkInterface::Ethernet:
        return tr("Ethernet");
    case QNetworkInterface::Slip:
        return tr("SLIP");
    case QNetworkInterface::CanBus:
        return tr("CAN bus");
    case QNetworkInterface::Ppp:
        return tr("PPP");
    case QNetworkInterface::Fddi:
        return tr("FDDI");
    case QNetworkInterface::Wifi:
        return tr("Wi-Fi");
    case QNetworkInterface::Phonet:
        return tr("Phonet");
    case QNetworkInterface::Ieee802154:
        return tr("IEEE 802.15.4");
    case QNetworkInterface::SixLoWPAN:
        return tr("6LoWPAN");
    case QNetworkInterface::Ieee80216:
        return tr("WiMAX");
    case QNetworkInterface::Ieee1394:
        return tr("FireWire");
    case QNetworkInterface::Unknown:
        break;
    }
    return tr("Other");
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
        info.flags.append(info.isUp ? u"up"_s : u"down"_s);
        if (flags.testFlag(QNetworkInterface::IsRunning))
            info.flags.append(u"running"_s);
        if (flags.testFlag(QNetworkInterface::CanBroadcast))
            info.flags.append(u"broadcast"_s);
        if (info.isLoopback)
            info.flags.append(u"loopback"_s);
        if (flags.testFlag(QNetworkInterface::IsPointToPoint))
            info.flags.append(u"point-to-point"_s);
        if (flags.testFlag(QNetworkInterface::CanMulticast))
            info.flags.append(u"multicast"_s);

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
                // The system's broadcast address when it has one, else the computed one
                // for an interface that can broadcast.
                if (!entry.broadcast().isNull())
                    address.broadcast = entry.broadcast();
                else if (flags.testFlag(QNetworkInterface::CanBroadcast))
                    address.broadcast = broadcastAddress(address.ip, address.prefixLength);
            }
            info.addresses.append(address);
        }
        result.append(info);
    }
    return result;
}

} // namespace netlab
