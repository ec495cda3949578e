#pragma once

// "Is this local port free?": tries to bind a TCP server or a UDP socket on the port, the way
// a server would, and lets it go at once. Binding is immediate (no waiting).

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace netlab {

class PortCheck
{
    Q_DECLARE_TR_FUNCTIONS(netlab::PortCheck)

public:
    enum class Transport { Tcp, Udp };
    enum class Status { Free, InUse, NeedsPrivileges, Invalid, Failed };
    static constexpr quint16 kFirstUnprivilegedPort = 1024;

    struct Result
    {
        Status status = Status::Failed;
        QString message; // a full sentence, translated
        bool isFree() const { return status == Status::Free; }
    };

    // Binds `address`:`port` (QHostAddress::Any: every interface, IPv4 and IPv6) without
    // address sharing, so a socket already bound there — even with SO_REUSEADDR — makes
    // the port "in use". Ports below 1024 carry the note that they need privileges.
    static Result checkLocalPort(quint16 port, Transport transport,
        const QHostAddress &address = QHostAddress(QHostAddress::Any));

    static QString transportName(Transport transport); // "TCP" / "UDP"
};

} // namespace netlab
