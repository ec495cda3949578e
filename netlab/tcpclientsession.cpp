#include <netlab/tcpclientsession.h>

#include <netlab/socketerror.h>

#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace netlab {

TcpClientSession::TcpClientSession(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &TcpClientSession::onConnectTimeout);
    connect(
        m_socket, &QAbstractSocket::stateChanged, this, &TcpClientSession::onSocketStateChanged);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &TcpClientSession::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &TcpClientSession::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &TcpClientSession::onBytesWritten);
}

TcpClientSession::~TcpClientSession()
{
    // No signals to a half-destroyed owner.
    m_socket->disconnect(this);
    m_socket->abort();
    delete m_file;
}

void TcpClientSession::connectToHost(const QString &host, quint16 port)
{
    if (m_state != State::Idle)
        abort();
    QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    m_host = name;
    m_port = port;
    m_closeReason.clear();
    m_lastError.clear();
    m_bytesReceived = 0;
    m_bytesQueued = 0;
    m_errorReported = false;
    m_shutdownPending = false;
    emit countersChanged();
    if (name.isEmpty() || port == 0) {
        m_lastError = name.isEmpty() ? tr("no host given") : tr("port 0 is not a valid port");
        emit errorOccurred(m_lastError);
        return;
    }
    if (m_connectTimeoutMs > 0)
        m_connectTimer->start(m_connectTimeoutMs);
    m_socket->connectToHost(name, port);
}

void TcpClientSession::setConnectTimeout(int ms)
{
    m_connectTimeoutMs = ms;
}

void TcpClientSession::disconnectFromHost()
{
    if (m_state == State::Idle)
        return;
    m_connectTimer->stop();
    if (m_closeReason.isEmpty())
        m_closeReason = tr("closed");
    if (m_file)
        finishFileSend(false, tr("file send stopped: disconnecting"));
    m_socket->disconnectFromHost();
}

void TcpClientSession::abort()
{
    if (m_state == State::Idle)
        return;
    m_connectTimer->stop();
    if (m_closeReason.isEmpty())
        m_closeReason = tr("closed");
    m_socket->abort();
    // abort() reports UnconnectedState synchronously; make sure we are idle either way.
    if (m_state != State::Idle)
        onSocketStateChanged();
}

void TcpClientSession::finishSending()
{
    if (m_state != State::Connected)
        return;
    m_shutdownPending = true;
    m_socket->flush();
    shutdownSendingIfDrained();
}

void TcpClientSession::shutdownSendingIfDrained()
{
    if (!m_shutdownPending || m_file || m_socket->bytesToWrite() > 0)
        return;
    m_shutdownPending = false;
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor == -1)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

bool TcpClientSession::send(const QByteArray &data)
{
    if (m_state != State::Connected) {
        m_lastError = tr("cannot send: not connected");
        emit errorOccurred(m_lastError);
        return false;
    }
    if (data.isEmpty())
        return true;
    m_socket->write(data);
    m_bytesQueued += quint64(data.size());
    emit dataSent(data);
    m_socket->flush(); // non-blocking: hands what the OS accepts now, the rest follows
    emit countersChanged();
    return true;
}

bool TcpClientSession::sendFile(const QString &path)
{
    if (m_state != State::Connected) {
        m_lastError = tr("cannot send %1: not connected").arg(QFileInfo(path).fileName());
        emit errorOccurred(m_lastError);
        return false;
    }
    if (m_file) {
        m_lastError = tr("a file is already being sent");
        emit errorOccurred(m_lastError);
        return false;
    }
    auto file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_lastError = tr("cannot open %1: %2").arg(path, file->errorString());
        delete file;
        emit errorOccurred(m_lastError);
        return false;
    }
    m_file = file;
    m_fileTotal = file->size();
    m_fileQueued = 0;
    m_fileWriteMark = m_bytesQueued;
    emit fileProgress(0, m_fileTotal);
    pumpFile();
    return true;
}

void TcpClientSession::cancelFileSend()
{
    if (m_file)
        finishFileSend(false,
            tr("file send cancelled after %1 of %2 bytes").arg(m_fileQueued).arg(m_fileTotal));
}

QHostAddress TcpClientSession::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 TcpClientSession::peerPort() const
{
    // Before a connection (and after a refused one) the socket has no peer: the port asked
    // for is the one the user wants to see, not 0.
    const quint16 port = m_socket->peerPort();
    return port ? port : m_port;
}

QHostAddress TcpClientSession::localAddress() const
{
    return m_socket->localAddress();
}

quint16 TcpClientSession::localPort() const
{
    return m_socket->localPort();
}

void TcpClientSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TcpClientSession::onSocketStateChanged()
{
    switch (m_socket->state()) {
    case QAbstractSocket::HostLookupState:
        setState(State::LookingUp);
        break;
    case QAbstractSocket::ConnectingState:
        setState(State::Connecting);
        break;
    case QAbstractSocket::ConnectedState:
        m_connectTimer->stop();
        setState(State::Connected);
        emit connected();
        break;
    case QAbstractSocket::ClosingState:
        setState(State::Closing);
        break;
    case QAbstractSocket::UnconnectedState: {
        m_connectTimer->stop();
        if (m_state == State::Idle)
            break;
        // A failed lookup or connect reports the state before the error: take the reason now.
        if (m_closeReason.isEmpty() && (m_state == State::LookingUp || m_state == State::Connecting)
            && m_socket->error() != QAbstractSocket::UnknownSocketError) {
            m_lastError = describeSocketError(m_socket->error(), m_socket->errorString(), where());
            m_closeReason = m_lastError;
            m_errorReported = true;
            emit errorOccurred(m_lastError);
        }
        const QString reason = m_closeReason.isEmpty() ? tr("closed") : m_closeReason;
        m_closeReason.clear();
        if (m_file)
            finishFileSend(false, tr("file send failed: %1").arg(reason));
        setState(State::Idle);
        emit disconnected(reason);
        break;
    }
    default:
        break;
    }
}

void TcpClientSession::onSocketError()
{
    if (m_errorReported) {
        m_errorReported = false;
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_closeReason.isEmpty())
            m_closeReason = tr("closed by peer");
        return;
    }
    m_lastError = describeSocketError(error, m_socket->errorString(), where());
    if (m_closeReason.isEmpty())
        m_closeReason = m_lastError;
    emit errorOccurred(m_lastError);
}

void TcpClientSession::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_bytesReceived += quint64(data.size());
    emit dataReceived(data);
    emit countersChanged();
}

quint64 TcpClientSession::bytesSent() const
{
    return m_bytesQueued - quint64(m_socket->bytesToWrite());
}

void TcpClientSession::onBytesWritten()
{
    emit countersChanged();
    if (m_file)
        pumpFile();
    shutdownSendingIfDrained();
}

void TcpClientSession::onConnectTimeout()
{
    if (m_state != State::LookingUp && m_state != State::Connecting)
        return;
    m_lastError = describeSocketError(QAbstractSocket::SocketTimeoutError,
        tr("no answer within %1 ms").arg(m_connectTimeoutMs), where());
    m_closeReason = m_lastError;
    emit errorOccurred(m_lastError);
    abort();
}

void TcpClientSession::pumpFile()
{
    while (m_file && m_fileQueued < m_fileTotal && m_socket->bytesToWrite() < kMaxFileBytesQueued) {
        const QByteArray chunk = m_file->read(qMin(kFileChunkSize, m_fileTotal - m_fileQueued));
        if (chunk.isEmpty()) {
            const QString reason = m_file->error() != QFileDevice::NoError
                ? m_file->errorString()
                : tr("the file became shorter while it was being sent");
            finishFileSend(false, tr("cannot read %1: %2").arg(m_file->fileName(), reason));
            return;
        }
        m_socket->write(chunk);
        m_fileQueued += chunk.size();
        m_bytesQueued += quint64(chunk.size());
        m_fileWriteMark = m_bytesQueued;
    }
    if (!m_file)
        return;
    // Progress counts file bytes the OS has accepted.
    const qint64 pending = qMax<qint64>(0, qint64(m_fileWriteMark - bytesSent()));
    const qint64 sent = qBound<qint64>(0, m_fileQueued - pending, m_fileTotal);
    emit fileProgress(sent, m_fileTotal);
    if (m_fileQueued >= m_fileTotal && sent >= m_fileTotal) {
        finishFileSend(true,
            tr("sent %1 (%2 bytes)")
                .arg(QFileInfo(m_file->fileName()).fileName())
                .arg(m_fileTotal));
        return;
    }
    // No flush() here: this runs inside bytesWritten, and Qt does not report bytes written
    // by a nested flush; the event loop writes the chunks and reports them.
}

void TcpClientSession::finishFileSend(bool ok, const QString &message)
{
    QFile *file = m_file;
    m_file = nullptr;
    delete file;
    emit fileSendFinished(ok, message);
    if (!ok)
        emit errorOccurred(message);
}

QString TcpClientSession::where() const
{
    return formatEndpoint(m_host, m_port);
}

} // namespace netlab
