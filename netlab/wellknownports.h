#pragma once

// The well-known ports a networking course meets (IANA's assignments for FTP, SSH, HTTP, …)
// and the ports of this course's labs, searchable by number, service or description.

#include <QList>
#include <QString>

namespace netlab {

struct WellKnownPort
{
    quint16 port = 0;
    QString transport; // "TCP", "UDP", "TCP/UDP"
    QString service; // "SSH"
    QString description; // translated
    bool courseLab = false; // one of this course's lab ports
};

class WellKnownPorts
{
public:
    // Sorted by port, then service.
    static QList<WellKnownPort> all();
    // Entries whose port number starts with `text` (digits), or whose service, transport or
    // description contains it (any case). Empty text: all.
    static QList<WellKnownPort> search(const QString &text);
    // The entries for one port (several for 53 TCP/UDP… or none).
    static QList<WellKnownPort> forPort(quint16 port);
};

} // namespace netlab
