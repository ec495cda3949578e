#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace netlab {

// Keeps a QTcpServer from spinning when accept() fails for want of descriptors (EMFILE,
// ENFILE): accepting pauses, the reason is reported once (acceptPaused; again only after a
// minute without the error), and accepting resumes when the owner says a descriptor was freed
// (a client left) or after a back-off (0.25 s doubling to 4 s), whichever comes first.
// Connections wait in the listen backlog meanwhile.
class AcceptThrottle : public QObject
{
    Q_OBJECT
public:
    explicit AcceptThrottle(QTcpServer *server);

    // A client disconnected: try accepting again at once.
    void descriptorFreed();
    bool isPaused() const { return m_paused; }

signals:
    // In plain words, once (then again only after a minute without the error).
    void acceptPaused(const QString &message);

private:
    void onAcceptError(QAbstractSocket::SocketError error);
    void resume();

    QTcpServer *m_server = nullptr;
    QTimer m_backoff;
    QElapsedTimer m_lastError;
    int m_backoffMs = 0;
    bool m_paused = false;
};

} // namespace netlab
