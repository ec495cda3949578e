#pragma once

// Plain-words descriptions of socket failures, with the operating system's reason.
// Every text goes through QCoreApplication::translate("netlab::SocketError", ...).

#include <QAbstractSocket>
#include <QHostAddress>
#include <QNetworkReply>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace netlab {

// A failure of a connection to (or from) `where`, e.g. "127.0.0.1:50000" or "example.org:80".
// `osReason` is QAbstractSocket::errorString(); it is appended when it adds information.
QString describeSocketError(
    QAbstractSocket::SocketError error, const QString &osReason, const QString &where);

// A failed QNetworkAccessManager request to `where`, e.g. "127.0.0.1:8750" or
// "127.0.0.1:8750 answered HTTP 404": "%where: the server answers but has no such page — is
// this the right port for the service?". `qtReason` is QNetworkReply::errorString(); it is
// appended only where it can say more than the plain sentence (network, TLS and proxy
// failures), and it is the whole reason for an error this function does not know.
// OperationCanceledError reads as a timeout when qtReason says so; a caller that knows its
// reply was cut by a transfer timeout passes TimeoutError.
QString describeNetworkReplyError(
    QNetworkReply::NetworkError error, const QString &qtReason, const QString &where);

// A failure to listen on address:port, e.g. "port 50000 on 0.0.0.0: address already in use —
// another program is listening there".
QString describeListenError(QAbstractSocket::SocketError error, const QString &osReason,
    const QHostAddress &address, quint16 port);
QString describeListenError(const QTcpServer &server, const QHostAddress &address, quint16 port);

// A failed accept() on a listening server: "cannot accept a connection: …" with the server's
// endpoint and the OS reason.
QString describeAcceptError(const QTcpServer &server, QAbstractSocket::SocketError error);

// "127.0.0.1:50000" or "[::1]:50000".
QString formatEndpoint(const QHostAddress &address, quint16 port);
QString formatEndpoint(const QString &host, quint16 port);

} // namespace netlab
