#include <netlab/inputcheck.h>
#include <netlab/socketerror.h>
#include <netlab/tcpconnectcheck.h>

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString stripBrackets(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        return trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}

} // namespace

TcpConnectCheck::TcpConnectCheck(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(false,
            tr("No answer from %1 within %2 s: the host may be down, or a firewall drops the "
               "connection attempt.")
                .arg(formatEndpoint(m_result.host, m_result.port))
                .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3)));
    });
}

TcpConnectCheck::~TcpConnectCheck()
{
    abort();
}

void TcpConnectCheck::setTimeout(int milliseconds)
{
    m_timeoutMs = qBound(100, milliseconds, kMaxTimeoutMs);
}

bool TcpConnectCheck::start(const QString &hostText, quint16 port)
{
    const QString host = stripBrackets(hostText);
    QString problem = hostNameError(host);
    if (problem.isEmpty())
        problem = portError(port);
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    abort();
    m_result = Result {};
    m_result.host = host;
    m_result.port = port;
    m_hostFoundNs = -1;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::hostFound, this, [this] { m_hostFoundNs = nowNs(); });
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_result.peerAddress = m_socket->peerAddress();
        finish(true, {});
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        finish(false,
            describeSocketError(
                error, m_socket->errorString(), formatEndpoint(m_result.host, m_result.port)));
    });
    m_startNs = nowNs();
    m_timer->start(m_timeoutMs);
    emit checkStarted(host, port);
    m_socket->connectToHost(host, port);
    return true;
}

void TcpConnectCheck::finish(bool ok, const QString &message)
{
    if (!m_socket)
        return;
    const qint64 now = nowNs();
    m_timer->stop();
    const qint64 connectStart = m_hostFoundNs >= 0 ? m_hostFoundNs : m_startNs;
    m_result.ok = ok;
    m_result.totalMs = double(now - m_startNs) / 1e6;
    m_result.lookupMs = double(connectStart - m_startNs) / 1e6;
    m_result.connectMs = double(now - connectStart) / 1e6;
    if (ok) {
        const bool literal = !QHostAddress(m_result.host).isNull();
        m_result.message = literal
            ? tr("Connected to %1 in %2 ms: a server is listening there.")
                  .arg(formatEndpoint(m_result.peerAddress, m_result.port),
                      milliseconds(m_result.connectMs))
            : tr("Connected to %1 (%2) in %3 ms (name lookup %4 ms): a server is listening "
                 "there.")
                  .arg(formatEndpoint(m_result.host, m_result.port),
                      m_result.peerAddress.toString(), milliseconds(m_result.connectMs),
                      milliseconds(m_result.lookupMs));
    } else {
        m_result.message = tr("%1 (after %2 ms)").arg(message, milliseconds(m_result.totalMs));
    }
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_hasResult = true;
    if (!ok)
        emit errorOccurred(m_result.message);
    emit checkFinished(m_result);
}

void TcpConnectCheck::abort()
{
    if (!m_socket)
        return;
    m_timer->stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace netlab
