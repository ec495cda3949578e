// netlab ifaces: this machine's host name, user and network interfaces with their flags, MAC,
// addresses, netmask / prefix and broadcast address.
#include "command.h"
#include "commandline.h"

#include <netlab/machineinfo.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "ifaces";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab ifaces [--json]\n"
              "Show this machine: host name, user, and every network interface with its flags,\n"
              "MAC address, IPv4 / IPv6 addresses, netmask / prefix and broadcast address (the\n"
              "one to send to for the UDP broadcast lab, e.g. x.y.255.255 on a /16).\n"
              "\n"
              "Options:\n"
              "  --json              one JSON object per line: host, then one per interface\n"
              "  -h, --help          show this help\n");
}

} // namespace

int runIfaces(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOption(jsonOption);
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            kName, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const bool json = parser.isSet(jsonOption);

    const QList<InterfaceInfo> interfaces = MachineInfo::interfaces();
    if (json)
        printJsonEvent(u"host"_s,
            {{u"hostName"_s, MachineInfo::hostName()}, {u"user"_s, MachineInfo::userName()}});
    else
        printLine(
            tr("host name: %1   user: %2").arg(MachineInfo::hostName(), MachineInfo::userName()));

    for (const InterfaceInfo &interface : interfaces) {
        if (json) {
            QJsonArray addresses;
            for (const InterfaceAddress &address : interface.addresses) {
                QJsonObject entry {{u"family"_s, address.familyName()},
                    {u"address"_s, address.ip.toString()},
                    {u"prefixLength"_s, address.prefixLength}};
                if (!address.isIPv6()) {
                    entry.insert(u"netmask"_s, address.netmask.toString());
                    entry.insert(u"network"_s, address.network.toString());
                }
                if (!address.broadcast.isNull())
                    entry.insert(u"broadcast"_s, address.broadcast.toString());
                addresses.append(entry);
            }
            printJsonEvent(u"interface"_s,
                {{u"name"_s, interface.name}, {u"index"_s, interface.index},
                    {u"type"_s, interface.type},
                    {u"flags"_s, QJsonArray::fromStringList(interface.flags)},
                    {u"mac"_s, interface.hardwareAddress}, {u"mtu"_s, interface.mtu},
                    {u"addresses"_s, addresses}});
            continue;
        }
        QString line = u"\n%1: %2"_s.arg(interface.name, MachineInfo::flagsText(interface.flags));
        if (!interface.hardwareAddress.isEmpty())
            line += tr("  MAC %1").arg(interface.hardwareAddress);
        line += tr("  (%1, MTU %2)").arg(interface.type).arg(interface.mtu);
        printLine(line);
        for (const InterfaceAddress &address : interface.addresses) {
            QString row = u"    %1  %2  %3"_s.arg(address.familyName(),
                address.ip.toString().leftJustified(26), address.netmaskText());
            if (!address.broadcast.isNull())
                row += tr("  broadcast %1").arg(address.broadcast.toString());
            printLine(row);
        }
    }
    return ExitOk;
}

} // namespace netlab::cli
