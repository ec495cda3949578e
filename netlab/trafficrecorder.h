#pragma once

#include <QHash>
#include <QObject>

namespace netlab {

class TcpClientSession;
class TcpServer;
class TrafficLog;

// Writes what a session or server does into a traffic log: bytes in and out with their
// peer, and a note for every connection, disconnection and failure. The binding lives in
// the core, not in a tab, so the log is complete even while no tab shows it (and the CLI
// and the tests can use the same record).
class TrafficRecorder : public QObject
{
    Q_OBJECT

public:
    TrafficRecorder(TcpClientSession *session, TrafficLog *log, QObject *parent = nullptr);
    TrafficRecorder(TcpServer *server, TrafficLog *log, QObject *parent = nullptr);

    // How a server's client is named in the log's peer column: "#3 127.0.0.1:51234".
    static QString clientLabel(quint64 id, const QString &endpoint);

private:
    QString serverPeer(quint64 id) const;

    TcpServer *m_server = nullptr;
    QHash<quint64, QString> m_clientLabels; // kept until the disconnection is logged
};

} // namespace netlab
