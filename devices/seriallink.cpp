#include "seriallink.h"

#include <QFileInfo>
#include <QSerialPortInfo>
#include <QSocketNotifier>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <poll.h>
#include <termios.h>
#endif

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

QString parityLetter(QSerialPort::Parity parity)
{
    switch (parity) {
    case QSerialPort::NoParity:
        return u"N"_s;
    case QSerialPort::EvenParity:
        return u"E"_s;
    case QSerialPort::OddParity:
        return u"O"_s;
    case QSerialPort::SpaceParity:
        return u"S"_s;
    case QSerialPort::MarkParity:
        return u"M"_s;
    default:
        return u"?"_s;
    }
}

QString stopBitsText(QSerialPort::StopBits stopBits)
{
    switch (stopBits) {
    case QSerialPort::OneStop:
        return u"1"_s;
    case QSerialPort::OneAndHalfStop:
        return u"1.5"_s;
    case QSerialPort::TwoStop:
        return u"2"_s;
    default:
        return u"?"_s;
    }
}

} // namespace

QString SerialSettings::summary() const
{
    QString text = u"%1 %2%3%4"_s.arg(baudRate)
                       .arg(int(dataBits))
                       .arg(parityLetter(parity), stopBitsText(stopBits));
    if (flowControl == QSerialPort::HardwareControl)
        text += u" RTS/CTS"_s;
    else if (flowControl == QSerialPort::SoftwareControl)
        text += u" XON/XOFF"_s;
    return text;
}

SerialLink::SerialLink(QObject *parent)
    : QObject(parent)
{ }

SerialLink::~SerialLink()
{
    delete m_hangUpNotifier; // before the descriptor it watches is closed
    m_hangUpNotifier = nullptr;
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
    }
}

QList<qint32> SerialLink::standardBaudRates()
{
    QList<qint32> rates = QSerialPortInfo::standardBaudRates();
    for (const qint32 rate : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800,
             921600, 1000000, 2000000, 3000000, 4000000}) {
        if (!rates.contains(rate))
            rates.append(rate);
    }
    std::sort(rates.begin(), rates.end());
    return rates;
}

bool SerialLink::open(const SerialSettings &settings)
{
    close();
    m_settings = settings;
    m_lastError.clear();
    if (settings.portName.trimmed().isEmpty()) {
        fail(tr("No serial port chosen: pick one from the list or type its name."));
        return false;
    }
    if (settings.baudRate <= 0 || settings.baudRate > kMaxBaudRate) {
        fail(tr("%1: %2 is not a baud rate (1 to %3).")
                 .arg(settings.portName)
                 .arg(settings.baudRate)
                 .arg(kMaxBaudRate));
        return false;
    }

    auto *port = new QSerialPort(this);
    port->setPortName(settings.portName);
    if (!port->open(QIODevice::ReadWrite)) {
        const QString message
            = describeError(port->error(), settings.portName, port->errorString());
        delete port;
        fail(message);
        return false;
    }
    const auto refuse = [&](const QString &what) {
        const QString message = tr("%1: the driver refuses %2 (%3).")
                                    .arg(settings.portName, what, port->errorString());
        port->close();
        delete port;
        fail(message);
        return false;
    };
    if (!port->setBaudRate(settings.baudRate))
        return refuse(tr("%1 baud").arg(settings.baudRate));
    if (!port->setDataBits(settings.dataBits))
        return refuse(tr("%1 data bits").arg(int(settings.dataBits)));
    if (!port->setParity(settings.parity))
        return refuse(tr("this parity"));
    if (!port->setStopBits(settings.stopBits))
        return refuse(tr("%1 stop bits").arg(stopBitsText(settings.stopBits)));
    if (!port->setFlowControl(settings.flowControl))
        return refuse(tr("this flow control"));
    port->clearError();

    m_port = port;
    connect(m_port, &QSerialPort::readyRead, this, &SerialLink::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialLink::handleError);
#ifdef Q_OS_LINUX
    // A device that goes away (a USB-serial adapter unplugged, an rfcomm link dropped, the far
    // end of a pty closed) makes the kernel hang the tty up: poll() reports POLLHUP|POLLERR
    // and read() returns 0 from then on. QSerialPort does not report that reliably: Qt 6.4
    // turns the 0-byte read into a ReadError whose text comes from whatever errno was left
    // over, and Qt 6.8 just stops reading and emits nothing, so the port looked open and
    // silent for ever. An Exception notifier on the same descriptor is woken by POLLERR and
    // POLLHUP under both the glib and the plain Unix event dispatchers and never by ordinary
    // traffic, so the hang-up is seen at once, with no timer polling the port. (Linux only:
    // the Core Foundation dispatcher of macOS has no Exception notifiers.)
    m_hangUpNotifier
        = new QSocketNotifier(qintptr(m_port->handle()), QSocketNotifier::Exception, this);
    connect(m_hangUpNotifier, &QSocketNotifier::activated, this, &SerialLink::checkHangUp);
#endif
    emit opened(settings.portName);
    // Bytes that arrived between open() and the connection above.
    if (m_port->bytesAvailable() > 0)
        readAvailable();
    return true;
}

void SerialLink::close()
{
    if (!m_port)
        return;
    releasePort();
    emit closed(tr("closed"));
}

void SerialLink::releasePort()
{
    // The notifier goes first: it must not watch a descriptor that close() has released.
    delete m_hangUpNotifier;
    m_hangUpNotifier = nullptr;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    port->close();
    port->deleteLater();
}

bool SerialLink::isOpen() const
{
    return m_port != nullptr;
}

qint64 SerialLink::bytesToWrite() const
{
    return m_port ? m_port->bytesToWrite() : 0;
}

bool SerialLink::send(const QByteArray &data)
{
    if (!m_port) {
        fail(tr("The serial port is not open: open it first."));
        return false;
    }
    if (data.isEmpty())
        return true;
    if (m_port->bytesToWrite() + data.size() > kMaxPendingWrite) {
        fail(tr("%1: %2 bytes not sent, the device is not taking data fast enough "
                "(%3 bytes still waiting).")
                 .arg(m_settings.portName)
                 .arg(data.size())
                 .arg(m_port->bytesToWrite()));
        return false;
    }
    const qint64 written = m_port->write(data);
    if (written != data.size()) {
        // write() on a QSerialPort only buffers; a short count means the port failed, and
        // errorOccurred has reported why.
        return false;
    }
    m_bytesSent += quint64(written);
    emit dataSent(data);
    emit countersChanged();
    return true;
}

void SerialLink::flush()
{
    if (m_port)
        m_port->flush();
}

void SerialLink::resetCounters()
{
    m_bytesReceived = 0;
    m_bytesSent = 0;
    emit countersChanged();
}

void SerialLink::readAvailable()
{
    // Bounded reads: a flooding device is handed over in chunks, never one huge buffer.
    while (m_port && m_port->bytesAvailable() > 0) {
        const QByteArray data = m_port->read(kReadChunk);
        if (data.isEmpty())
            break;
        m_bytesReceived += quint64(data.size());
        emit dataReceived(data);
        emit countersChanged();
    }
}

void SerialLink::handleError(QSerialPort::SerialPortError error)
{
    if (!m_port || error == QSerialPort::NoError)
        return;
    if (error == QSerialPort::TimeoutError) {
        m_port->clearError();
        return;
    }
    QString message = describeError(error, m_settings.portName, m_port->errorString());
    m_port->clearError();
    const bool fatal = error == QSerialPort::ResourceError || error == QSerialPort::ReadError
        || error == QSerialPort::WriteError || error == QSerialPort::DeviceNotFoundError
        || error == QSerialPort::PermissionError;
    if (fatal) {
        // A read or write that failed because the tty was hung up is a vanished device, said
        // so whatever errno QSerialPort happened to pick up.
        QString reason;
        if (error != QSerialPort::ResourceError && portHungUp(&reason))
            message = describeError(QSerialPort::ResourceError, m_settings.portName, reason);
        closeAfterFailure(message);
        return;
    }
    fail(message);
}

void SerialLink::checkHangUp()
{
    if (!m_port)
        return;
    QString reason;
    if (!portHungUp(&reason)) {
        // Woken by POLLPRI alone, which only a pty master in packet mode raises, never a
        // serial port: nothing to read here, and leaving the notifier on would spin.
        m_hangUpNotifier->setEnabled(false);
        return;
    }
    closeAfterFailure(describeError(QSerialPort::ResourceError, m_settings.portName, reason));
}

bool SerialLink::portHungUp(QString *reason) const
{
#ifdef Q_OS_UNIX
    if (!m_port)
        return false;
    const int fd = int(m_port->handle());
    pollfd watched {fd, POLLIN, 0};
    int ready = 0;
    do {
        ready = ::poll(&watched, 1, 0);
    } while (ready < 0 && errno == EINTR);
    if (ready <= 0 || (watched.revents & (POLLHUP | POLLERR | POLLNVAL)) == 0)
        return false;
    // A hung-up tty refuses every ioctl, with EIO: that is the system's word for it.
    termios attributes {};
    const int code = ::tcgetattr(fd, &attributes) == 0 ? EIO : errno;
    *reason = qt_error_string(code);
    return true;
#else
    Q_UNUSED(reason);
    return false;
#endif
}

void SerialLink::closeAfterFailure(const QString &message)
{
    // Keep what was already read: hand it over before closing.
    readAvailable();
    if (!m_port)
        return;
    releasePort();
    fail(message);
    emit closed(message);
}

void SerialLink::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

QString SerialLink::describeError(
    QSerialPort::SerialPortError error, const QString &portName, const QString &systemText)
{
    const QString location = QSerialPortInfo(portName).systemLocation();
    const QString reason = systemText.isEmpty() ? tr("unknown reason") : systemText;
    switch (error) {
    case QSerialPort::NoError:
        return QString();
    case QSerialPort::DeviceNotFoundError:
        return tr("%1: no such serial port. Is the device plugged in (and paired, for "
                  "Bluetooth)? Check the name in the list of ports.")
            .arg(portName);
    case QSerialPort::PermissionError: {
        const QFileInfo file(location);
#ifdef Q_OS_UNIX
        if (file.exists() && (!file.isReadable() || !file.isWritable())) {
            return tr("%1: permission denied. Your user may not open serial ports: add it to "
                      "the 'dialout' group (sudo usermod -aG dialout $USER), then log out "
                      "and in again.")
                .arg(portName);
        }
#endif
        return tr("%1: the port is busy, another program has it open (a terminal, a "
                  "script, a modem manager) — close it and try again (%2).")
            .arg(portName, reason);
    }
    case QSerialPort::OpenError:
        return tr("%1: the port is already open.").arg(portName);
    case QSerialPort::ResourceError:
        return tr("%1: the device was removed or disconnected (%2).").arg(portName, reason);
    case QSerialPort::ReadError:
        return tr("%1: reading failed, the device may have been removed (%2).")
            .arg(portName, reason);
    case QSerialPort::WriteError:
        return tr("%1: writing failed, the device may have been removed (%2).")
            .arg(portName, reason);
    case QSerialPort::UnsupportedOperationError:
        return tr("%1: the driver does not support this setting (%2).").arg(portName, reason);
    case QSerialPort::NotOpenError:
        return tr("%1: the port is not open.").arg(portName);
    case QSerialPort::TimeoutError:
        return tr("%1: timed out (%2).").arg(portName, reason);
    case QSerialPort::UnknownError:
        break;
    }
    return tr("%1: %2").arg(portName, reason);
}

} // namespace netlab
