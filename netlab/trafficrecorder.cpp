#include "trafficrecorder.h"

#include "socketerror.h"
#include "tcpclientsession.h"
#include "tcpserver.h"
#include "trafficlog.h"

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString sessionPeer(const TcpClientSession *session)
{
    if (session->state() == TcpClientSession::State::Connected)
        return formatEndpoint(session->peerAddress(), session->peerPort());
    return formatEndpoint(session->peerName(), session->peerPort());
}

} // namespace

TrafficRecorder::TrafficRecorder(TcpClientSession *session, TrafficLog *log, QObject *parent)
    : QObject(parent)
{
    connect(session, &TcpClientSession::dataReceived, log, [session, log](const QByteArray &data) {
        log->append(TrafficDirection::Incoming, sessionPeer(session), data);
    });
    connect(session, &TcpClientSession::dataSent, log, [session, log](const QByteArray &data) {
        log->append(TrafficDirection::Outgoing, sessionPeer(session), data);
    });
    connect(session, &TcpClientSession::connected, log, [session, log] {
        log->appendNote(TrafficDirection::Info, sessionPeer(session),
            TrafficNote(staticMetaObject.className(),
                QT_TR_NOOP("connected to %1 from local port %2"),
                {formatEndpoint(session->peerAddress(), session->peerPort()),
                    QString::number(session->localPort())}));
    });
    connect(session, &TcpClientSession::disconnected, log, [session, log](const QString &reason) {
        log->appendNote(TrafficDirection::Info, sessionPeer(session),
            TrafficNote(staticMetaObject.className(), QT_TR_NOOP("disconnected: %1"), {reason}));
    });
    connect(session, &TcpClientSession::errorOccurred, log, [session, log](const QString &message) {
        log->appendNote(TrafficDirection::Error, sessionPeer(session), message);
    });
    connect(session, &TcpClientSession::fileSendFinished, log,
        [session, log](bool ok, const QString &message) {
            log->appendNote(ok ? TrafficDirection::Info : TrafficDirection::Error,
                sessionPeer(session), message);
        });
}

TrafficRecorder::TrafficRecorder(TcpServer *server, TrafficLog *log, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(server, &TcpServer::dataReceived, log, [this, log](quint64 id, const QByteArray &data) {
        log->append(TrafficDirection::Incoming, serverPeer(id), data);
    });
    connect(server, &TcpServer::dataSent, log, [this, log](quint64 id, const QByteArray &data) {
        log->append(TrafficDirection::Outgoing, serverPeer(id), data);
    });
    connect(server, &TcpServer::listeningChanged, log, [server, log](bool listening) {
        const QString where = formatEndpoint(server->serverAddress(), server->serverPort());
        log->appendNote(TrafficDirection::Info, where,
            listening
                ? TrafficNote(staticMetaObject.className(), QT_TR_NOOP("listening on %1"), {where})
                : TrafficNote(staticMetaObject.className(), QT_TR_NOOP("stopped listening"), {}));
    });
    connect(server, &TcpServer::clientConnected, log, [this, log](const TcpClientInfo &client) {
        const QString label = clientLabel(client.id, formatEndpoint(client.address, client.port));
        m_clientLabels.insert(client.id, label);
        log->appendNote(TrafficDirection::Info, label,
            TrafficNote(staticMetaObject.className(), QT_TR_NOOP("client connected"), {}));
    });
    connect(server, &TcpServer::clientDisconnected, log,
        [this, log](quint64 id, const QString &reason) {
            log->appendNote(TrafficDirection::Info, serverPeer(id),
                TrafficNote(
                    staticMetaObject.className(), QT_TR_NOOP("client disconnected: %1"), {reason}));
            m_clientLabels.remove(id);
        });
    connect(server, &TcpServer::clientRejected, log,
        [log](const QHostAddress &address, quint16 port, const QString &reason) {
            log->appendNote(TrafficDirection::Error, formatEndpoint(address, port),
                TrafficNote(
                    staticMetaObject.className(), QT_TR_NOOP("connection refused: %1"), {reason}));
        });
    connect(server, &TcpServer::lineTooLong, log, [this, log](quint64 id, qsizetype length) {
        log->appendNote(TrafficDirection::Error, serverPeer(id),
            TrafficNote(staticMetaObject.className(),
                QT_TR_NOOP("a line of %1 bytes exceeds the line limit; answered as a chunk"),
                {QString::number(length)}));
    });
    connect(server, &TcpServer::errorOccurred, log, [log](const QString &message) {
        log->appendNote(TrafficDirection::Error, QString(), message);
    });
}

QString TrafficRecorder::clientLabel(quint64 id, const QString &endpoint)
{
    return u"#%1 %2"_s.arg(id).arg(endpoint);
}

QString TrafficRecorder::serverPeer(quint64 id) const
{
    const QString label = m_clientLabels.value(id);
    if (!label.isEmpty())
        return label;
    const TcpClientInfo info = m_server->client(id);
    return clientLabel(id, info.id ? formatEndpoint(info.address, info.port) : QString());
}

} // namespace netlab
