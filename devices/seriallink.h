#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSerialPort>
#include <QString>

class QSocketNotifier;

namespace netlab {

// How to open a serial port: the name ("ttyUSB0", "/dev/rfcomm0", "COM3", a pty path) and
// the line settings. Any positive baud rate may be asked for; the driver may refuse it.
struct SerialSettings
{
    QString portName;
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;

    // "115200 8N1", "9600 7E2 RTS/CTS"
    QString summary() const;
};

// One open serial port: asynchronous reads and writes on the owner thread's event loop,
// byte counters, and every failure reported as it happens in plain words — a missing
// device, a permission problem (with the `dialout` group hint), a port another program
// holds, a baud rate the driver refuses, a device unplugged while open.
class SerialLink : public QObject
{
    Q_OBJECT
public:
    static constexpr qint32 kMaxBaudRate = 100'000'000;
    // At most this much waits in the write buffer; a send beyond it is refused.
    static constexpr qint64 kMaxPendingWrite = 4 * 1024 * 1024;

    explicit SerialLink(QObject *parent = nullptr);
    ~SerialLink() override;

    // The rates offered in lists (QSerialPortInfo::standardBaudRates() plus the common high
    // ones), ascending.
    static QList<qint32> standardBaudRates();

    // Opens (closing a port that is open first). false + errorOccurred with the reason.
    bool open(const SerialSettings &settings);
    void close(); // closed("closed") when it was open
    bool isOpen() const;

    // Queues bytes for writing; false + errorOccurred when the port is closed or the write
    // buffer is full.
    bool send(const QByteArray &data);
    // Hands what is queued to the driver now, without waiting (before closing the port).
    void flush();

    SerialSettings settings() const { return m_settings; }
    QString portName() const { return m_settings.portName; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesToWrite() const;
    QString lastError() const { return m_lastError; }
    void resetCounters();

    // The reason for a QSerialPort error in plain words, with the port's name and what to do.
    static QString describeError(
        QSerialPort::SerialPortError error, const QString &portName, const QString &systemText);

signals:
    void opened(const QString &portName);
    void closed(const QString &reason);
    void dataReceived(const QByteArray &data);
    void dataSent(const QByteArray &data); // queued for the device, in order
    void errorOccurred(const QString &message);
    void countersChanged();

private:
    void readAvailable();
    void handleError(QSerialPort::SerialPortError error);
    void checkHangUp();
    // True when the kernel has hung the port's tty up (device unplugged, link dropped, the
    // far end of a pty closed); *reason is the system's text for it.
    bool portHungUp(QString *reason) const;
    void closeAfterFailure(const QString &message);
    void releasePort();
    void fail(const QString &message);

    QSerialPort *m_port = nullptr;
    QSocketNotifier *m_hangUpNotifier = nullptr; // Linux only
    SerialSettings m_settings;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    QString m_lastError;
};

} // namespace netlab
