#include <netlab/wellknownports.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

struct Row
{
    quint16 port;
    const char *transport;
    const char *service;
    const char *description;
    bool courseLab;
};

// IANA service names and ports; the course's lab ports last. Service names that are words
// (not acronyms) are translated.
constexpr Row kRows[] = {
    {20, "TCP", "FTP-DATA",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "FTP data transfer (active mode)"), false},
    {21, "TCP", "FTP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "FTP control: file transfer commands"), false},
    {22, "TCP", "SSH",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Secure Shell: remote login, scp, sftp"),
        false},
    {23, "TCP", "Telnet",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Telnet: unencrypted remote login"), false},
    {25, "TCP", "SMTP",
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Simple Mail Transfer Protocol: mail between servers"),
        false},
    {53, "TCP/UDP", "DNS",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Domain Name System: names to addresses"),
        false},
    {67, "UDP", "DHCP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "DHCP server: hands out addresses"), false},
    {68, "UDP", "DHCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "DHCP client"), false},
    {69, "UDP", "TFTP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Trivial File Transfer Protocol"), false},
    {80, "TCP", "HTTP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Hypertext Transfer Protocol: the web"), false},
    {110, "TCP", "POP3",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Post Office Protocol 3: fetch mail"), false},
    {123, "UDP", "NTP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Network Time Protocol: clock synchronisation"),
        false},
    {143, "TCP", "IMAP",
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Internet Message Access Protocol: mail on the server"),
        false},
    {161, "UDP", "SNMP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Simple Network Management Protocol"), false},
    {162, "UDP", "SNMP-TRAP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "SNMP traps (notifications)"), false},
    {389, "TCP", "LDAP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Lightweight Directory Access Protocol"),
        false},
    {443, "TCP/UDP", "HTTPS",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "HTTP over TLS (and HTTP/3 over QUIC on UDP)"),
        false},
    {465, "TCP", "SMTPS", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "SMTP submission over TLS"),
        false},
    {514, "UDP", "Syslog", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "System log messages"),
        false},
    {587, "TCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Submission"),
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Mail submission (SMTP with STARTTLS)"), false},
    {993, "TCP", "IMAPS", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "IMAP over TLS"), false},
    {995, "TCP", "POP3S", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "POP3 over TLS"), false},
    {1883, "TCP", "MQTT",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "MQTT publish/subscribe broker (Mosquitto)"),
        false},
    {3306, "TCP", "MySQL", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "MySQL / MariaDB database"),
        false},
    {3389, "TCP", "RDP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Remote Desktop Protocol"),
        false},
    {5353, "UDP", "mDNS",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Multicast DNS: .local names on the LAN"),
        false},
    {5432, "TCP", "PostgreSQL", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "PostgreSQL database"),
        false},
    {5683, "UDP", "CoAP",
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Constrained Application Protocol (IoT)"),
        false},
    {5900, "TCP", "VNC", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "VNC remote desktop"), false},
    {8080, "TCP", "HTTP-alt",
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Alternative HTTP port (proxies, test servers)"),
        false},
    {8883, "TCP", "MQTTS", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "MQTT over TLS"), false},
    {1234, "TCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "LED server"),
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts",
            "Course: the Raspberry Pi LED server (lines 'on' / 'off'), nc -l 1234"),
        true},
    {8750, "TCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "NetLab agent"),
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Course: the Pi agent's HTTP API and live page"),
        true},
    {50000, "TCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Echo server"),
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Course: the TCP echo server"), true},
    {50005, "UDP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "UDP hello"),
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Course: UDP sender and receiver, \"Hello, World!\""),
        true},
    {52001, "UDP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Sensor text"),
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Course: text sensor messages broadcast on the LAN"),
        true},
    {52002, "UDP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Drone frames"),
        QT_TRANSLATE_NOOP(
            "netlab::WellKnownPorts", "Course: binary drone frames, 40 bytes <diiiiffff"),
        true},
    {55000, "TCP", QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Chat"),
        QT_TRANSLATE_NOOP("netlab::WellKnownPorts", "Course: the mini chat"), true},
};

} // namespace

QList<WellKnownPort> WellKnownPorts::all()
{
    QList<WellKnownPort> result;
    result.reserve(qsizetype(std::size(kRows)));
    for (const Row &row : kRows)
        result.append(WellKnownPort {row.port, QString::fromLatin1(row.transport),
            QCoreApplication::translate("netlab::WellKnownPorts", row.service),
            QCoreApplication::translate("netlab::WellKnownPorts", row.description), row.courseLab});
    std::stable_sort(result.begin(), result.end(),
        [](const WellKnownPort &a, const WellKnownPort &b) { return a.port < b.port; });
    return result;
}

QList<WellKnownPort> WellKnownPorts::search(const QString &text)
{
    const QString wanted = text.trimmed();
    const QList<WellKnownPort> entries = all();
    if (wanted.isEmpty())
        return entries;
    bool isNumber = false;
    wanted.toUInt(&isNumber);
    QList<WellKnownPort> result;
    for (const WellKnownPort &entry : entries) {
        const bool matches = isNumber ? QString::number(entry.port).startsWith(wanted)
                                      : entry.service.contains(wanted, Qt::CaseInsensitive)
                || entry.transport.contains(wanted, Qt::CaseInsensitive)
                || entry.description.contains(wanted, Qt::CaseInsensitive);
        if (matches)
            result.append(entry);
    }
    return result;
}

QList<WellKnownPort> WellKnownPorts::forPort(quint16 port)
{
    QList<WellKnownPort> result;
    const QList<WellKnownPort> entries = all();
    for (const WellKnownPort &entry : entries) {
        if (entry.port == port)
            result.append(entry);
    }
    return result;
}

} // namespace netlab
