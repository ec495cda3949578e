#include <netlab/socketerror.h>

#include <QCoreApplication>
#include <QTcpServer>

namespace netlab {

namespace {

// Gives lupdate and the code the same translation context for the messages below.
struct SocketError
{
    Q_DECLARE_TR_FUNCTIONS(netlab::SocketError)
};

// Appends the OS reason in parentheses unless it is empty or says nothing new.
QString withReason(const QString &text, const QString &osReason)
{
    const QString reason = osReason.trimmed();
    if (reason.isEmpty() || text.contains(reason, Qt::CaseInsensitive))
        return text;
    return SocketError::tr("%1 (%2)").arg(text, reason);
}

} // namespace

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString formatEndpoint(const QString &host, quint16 port)
{
    if (host.contains(u':') && !host.startsWith(u'['))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString describeSocketError(
    QAbstractSocket::SocketError error, const QString &osReason, const QString &where)
{
    QString text;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        text = SocketError::tr("connection refused: nothing listens on %1").arg(where);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        text = SocketError::tr("%1 closed the connection").arg(where);
        break;
    case QAbstractSocket::HostNotFoundError:
        text
            = SocketError::tr("host not found: %1 — check the name or the DNS settings").arg(where);
        break;
    case QAbstractSocket::SocketAccessError:
        text = SocketError::tr("%1: permission denied").arg(where);
        break;
    case QAbstractSocket::SocketResourceError:
        text = SocketError::tr("%1: out of resources (too many open sockets?)").arg(where);
        break;
    case QAbstractSocket::SocketTimeoutError:
        text = SocketError::tr("%1: timed out — no answer from the host").arg(where);
        break;
    case QAbstractSocket::NetworkError:
        if (osReason.contains(QLatin1String("reset"), Qt::CaseInsensitive))
            text = SocketError::tr("%1: the peer reset the connection").arg(where);
        else
            text = SocketError::tr("%1: network error").arg(where);
        break;
    case QAbstractSocket::AddressInUseError:
        text = SocketError::tr("%1: address already in use").arg(where);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        text = SocketError::tr("%1: the address is not an address of this machine").arg(where);
        break;
    case QAbstractSocket::UnsupportedSocketOperationError:
        text = SocketError::tr("%1: operation not supported (is IPv6 enabled?)").arg(where);
        break;
    case QAbstractSocket::DatagramTooLargeError:
        text = SocketError::tr("%1: datagram too large").arg(where);
        break;
    default:
        text = SocketError::tr("%1: socket error").arg(where);
        break;
    }
    return withReason(text, osReason);
}

QString describeNetworkReplyError(
    QNetworkReply::NetworkError error, const QString &qtReason, const QString &where)
{
    const QString reason = qtReason.trimmed();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return SocketError::tr("connection refused by %1: nothing is listening on that port — is "
                               "the server running, and is the port right?")
            .arg(where);
    case QNetworkReply::RemoteHostClosedError:
        // Also what Qt reports when the answer is not HTTP at all (an SSH banner, say).
        return SocketError::tr("%1 closed the connection before a complete HTTP answer — is this "
                               "the right port for the service?")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return SocketError::tr("host not found: %1 — the name could not be resolved; check the "
                               "spelling or the DNS settings")
            .arg(where);
    case QNetworkReply::OperationCanceledError:
        // Qt reports a transfer timeout as a cancel; its reason is the only way to tell.
        if (!reason.contains(QLatin1String("timed out"), Qt::CaseInsensitive)
            && !reason.contains(QLatin1String("timeout"), Qt::CaseInsensitive))
            return SocketError::tr("%1: the request was cancelled").arg(where);
        Q_FALLTHROUGH();
    case QNetworkReply::TimeoutError:
        return SocketError::tr("%1: timed out — no answer from the host; is it switched on and "
                               "on this network?")
            .arg(where);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return withReason(SocketError::tr("%1: the network cannot reach that host (no route, or "
                                          "the network is down) — is this machine connected?")
                              .arg(where),
            reason);
    case QNetworkReply::SslHandshakeFailedError:
        return withReason(
            SocketError::tr("%1: the secure (TLS) connection failed — the certificate was not "
                            "accepted, or that port does not speak https")
                .arg(where),
            reason);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return withReason(SocketError::tr("%1: the proxy server failed — check the proxy "
                                          "settings, or do not use a proxy for lab addresses")
                              .arg(where),
            reason);
    case QNetworkReply::ContentNotFoundError:
        return SocketError::tr("%1: the server answers but has no such page — is this the right "
                               "port for the service?")
            .arg(where);
    case QNetworkReply::AuthenticationRequiredError:
        return SocketError::tr("%1: the server wants a password or a token for this page")
            .arg(where);
    case QNetworkReply::ContentAccessDenied:
        return SocketError::tr("%1: the server refuses access to this page (forbidden)").arg(where);
    case QNetworkReply::ContentOperationNotPermittedError:
        return SocketError::tr("%1: the server does not allow this method on this page").arg(where);
    case QNetworkReply::ProtocolInvalidOperationError:
        return SocketError::tr("%1: the server did not understand the request (bad request)")
            .arg(where);
    case QNetworkReply::ProtocolFailure:
        return SocketError::tr("%1: the answer is not valid HTTP — is this the right port for "
                               "the service?")
            .arg(where);
    case QNetworkReply::ProtocolUnknownError:
        return SocketError::tr("%1: unknown protocol — the address must start with http:// or "
                               "https://")
            .arg(where);
    case QNetworkReply::InternalServerError:
        return SocketError::tr(
            "%1: the server failed while answering (internal server error) — its log says why")
            .arg(where);
    case QNetworkReply::ServiceUnavailableError:
        return SocketError::tr(
            "%1: the service cannot answer right now (unavailable) — try again in a moment")
            .arg(where);
    case QNetworkReply::TooManyRedirectsError:
        return SocketError::tr(
            "%1: too many redirects — the server keeps sending the request elsewhere")
            .arg(where);
    case QNetworkReply::InsecureRedirectError:
        return SocketError::tr("%1: the server redirected from https:// to plain http:// — not "
                               "followed")
            .arg(where);
    default:
        if (reason.isEmpty())
            return SocketError::tr("%1: the request failed").arg(where);
        return SocketError::tr("%1: %2").arg(where, reason);
    }
}

QString describeListenError(QAbstractSocket::SocketError error, const QString &osReason,
    const QHostAddress &address, quint16 port)
{
    const QString addressText = address.toString();
    QString text;
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        text = SocketError::tr(
            "port %1 on %2: address already in use — another program is listening there")
                   .arg(port)
                   .arg(addressText);
        break;
    case QAbstractSocket::SocketAccessError:
        if (port != 0 && port < 1024)
            text = SocketError::tr(
                "port %1: permission denied — ports below 1024 need administrator rights")
                       .arg(port);
        else
            text = SocketError::tr("port %1 on %2: permission denied").arg(port).arg(addressText);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        text = SocketError::tr("%1 is not an address of this machine — pick one of its interfaces, "
                               "localhost or any")
                   .arg(addressText);
        break;
    case QAbstractSocket::UnsupportedSocketOperationError:
        text = SocketError::tr("cannot listen on %1: this address family is not supported here")
                   .arg(addressText);
        break;
    case QAbstractSocket::SocketResourceError:
        text = SocketError::tr("port %1 on %2: out of resources (too many open sockets?)")
                   .arg(port)
                   .arg(addressText);
        break;
    default:
        text = SocketError::tr("cannot listen on port %1 on %2").arg(port).arg(addressText);
        break;
    }
    return withReason(text, osReason);
}

QString describeListenError(const QTcpServer &server, const QHostAddress &address, quint16 port)
{
    return describeListenError(server.serverError(), server.errorString(), address, port);
}

QString describeAcceptError(const QTcpServer &server, QAbstractSocket::SocketError error)
{
    return SocketError::tr("cannot accept a connection: %1")
        .arg(describeSocketError(error, server.errorString(),
            formatEndpoint(server.serverAddress(), server.serverPort())));
}

} // namespace netlab
