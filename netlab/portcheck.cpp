#include <netlab/inputcheck.h>
#include <netlab/portcheck.h>

#include <QCoreApplication>
#include <QTcpServer>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString where(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Any))
        return PortCheck::tr("every interface (0.0.0.0 and ::)");
    return address.toString();
}

} // namespace

QString PortCheck::transportName(Transport transport)
{
    return transport == Transport::Tcp ? u"TCP"_s : u"UDP"_s;
}

PortCheck::Result PortCheck::checkLocalPort(
    quint16 port, Transport transport, const QHostAddress &address)
{
    const QString problem = portError(port);
    if (!problem.isEmpty())
        return {Status::Invalid, problem};

    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QString osReason;
    bool bound = false;
    if (transport == Transport::Tcp) {
        QTcpServer server;
        bound = server.listen(address, port);
        error = server.serverError();
        osReason = server.errorString();
    } else {
        QUdpSocket socket;
        bound = socket.bind(address, port, QAbstractSocket::DontShareAddress);
        error = socket.error();
        osReason = socket.errorString();
    }

    const QString name = transportName(transport);
    const bool privileged = port < kFirstUnprivilegedPort;
    if (bound) {
        QString message = tr("%1 port %2 is free on %3: a server can bind it.")
                              .arg(name)
                              .arg(port)
                              .arg(where(address));
        if (privileged)
            message += u' '
                + tr("Note: ports below 1024 need administrator rights; this program has them.");
        return {Status::Free, message};
    }
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return {Status::InUse,
            tr("%1 port %2 is in use: another program has bound it (binding it on %3 failed).")
                .arg(name)
                .arg(port)
                .arg(where(address))};
    case QAbstractSocket::SocketAccessError:
        if (privileged)
            return {Status::NeedsPrivileges,
                tr("%1 port %2 cannot be bound without administrator rights (ports below 1024 "
                   "are privileged); it may be free for a server started as root.")
                    .arg(name)
                    .arg(port)};
        return {Status::Failed,
            tr("%1 port %2: permission denied (%3).").arg(name).arg(port).arg(osReason)};
    case QAbstractSocket::SocketAddressNotAvailableError:
        return {
            Status::Failed, tr("%1 is not an address of this machine.").arg(address.toString())};
    default:
        break;
    }
    return {Status::Failed,
        tr("%1 port %2 could not be checked: %3").arg(name).arg(port).arg(osReason)};
}

} // namespace netlab
