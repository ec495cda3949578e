#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace netlab {

class AcceptThrottle;

// The course's classic LED server on TCP:
//
//   session = [ "token" SP <token> LF ] *( command )
//   command = "on" | "off"   (words; a line end is optional, TCP may merge or split them)
//   reply   = "LED on" LF | "LED off" LF | "error: " <reason> LF
//
// The first line must carry the agent's token ("ok" LF answers it) unless the server is open
// (the course's exact exercise, --led-server-open). It listens on localhost unless told
// otherwise. Bounded: at most maxClients clients (below the descriptor limit), a client that
// says nothing for idleTimeoutMs is closed, and a client that does not read its replies is not
// read either while maxUnsentBytes of replies wait.
class LedServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress bindAddress = QHostAddress::LocalHost;
        quint16 port = 0;
        QByteArray token; // required first unless open
        bool open = false;
        int maxClients = 16;
        int idleTimeoutMs = 120'000;
        qint64 maxUnsentBytes = 16 * 1024;
    };
    // Switches the LED; false with the reason in *problem.
    using Switch = std::function<bool(bool on, QString *problem)>;

    LedServer(Switch ledSwitch, QObject *parent = nullptr);

    // false with the reason in *error.
    bool listen(const Options &options, QString *error);
    void close();
    quint16 serverPort() const;
    int clientCount() const { return m_clients; }
    // Clients not read until they take their replies.
    int waitingClients() const;

signals:
    void errorOccurred(const QString &message);

private:
    void acceptConnections();
    void serve(QTcpSocket *socket);
    void readFrom(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const QByteArray &line);

    Switch m_switch;
    Options m_options;
    QTcpServer *m_server = nullptr;
    AcceptThrottle *m_throttle = nullptr;
    int m_clients = 0;
};

} // namespace netlab
