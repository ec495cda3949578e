#include "acceptthrottle.h"

#include "descriptorlimit.h"

#include <QTcpServer>

namespace netlab {

namespace {

constexpr int kFirstBackoffMs = 250;
constexpr int kLastBackoffMs = 4000;
constexpr qint64 kQuietMs = 60'000;

} // namespace

AcceptThrottle::AcceptThrottle(QTcpServer *server)
    : QObject(server)
    , m_server(server)
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &AcceptThrottle::resume);
    connect(server, &QTcpServer::acceptError, this, &AcceptThrottle::onAcceptError);
}

void AcceptThrottle::onAcceptError(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SocketResourceError)
        return;
    m_server->pauseAccepting();
    m_paused = true;
    const bool quietForAMinute = !m_lastError.isValid() || m_lastError.elapsed() > kQuietMs;
    m_lastError.start();
    m_backoffMs = quietForAMinute ? kFirstBackoffMs : qMin(kLastBackoffMs, m_backoffMs * 2);
    m_backoff.start(m_backoffMs);
    if (quietForAMinute) {
        const int limit = openFileLimit();
        emit acceptPaused(limit > 0
                ? tr("out of file descriptors (the limit is %1): new connections wait until a "
                     "client leaves")
                      .arg(limit)
                : tr("out of file descriptors: new connections wait until a client leaves"));
    }
}

void AcceptThrottle::descriptorFreed()
{
    if (m_paused)
        resume();
}

void AcceptThrottle::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_backoff.stop();
    if (m_server->isListening())
        m_server->resumeAccepting();
}

} // namespace netlab
