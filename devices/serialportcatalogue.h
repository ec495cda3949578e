#pragma once

#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace netlab {

// What the system says about one serial port.
struct SerialPortDetails
{
    QString portName; // "ttyUSB0", "COM3", or a path for a pseudo-terminal
    QString systemLocation; // "/dev/ttyUSB0"
    QString description;
    QString manufacturer;
    QString serialNumber;
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasIds = false;
    bool simulated = false; // added with addExtraPort() (the simulated node's pty)

    QString vidPid() const; // "0403:6001", or "" without ids
    friend bool operator==(const SerialPortDetails &a, const SerialPortDetails &b);
};

// The serial ports present on the machine, kept current while devices come and go.
// Qt offers no portable hot-plug notification, so QSerialPortInfo::availablePorts() is
// polled on a timer at a low rate (every 2 s by default; a poll costs well under a
// millisecond) and portsChanged() is emitted only when the list really changed.
// Pseudo-terminals are not enumerated by the system; addExtraPort() lists them (the
// simulated sensor node's port).
class SerialPortCatalogue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollIntervalMs = 2000;

    explicit SerialPortCatalogue(QObject *parent = nullptr);

    QList<SerialPortDetails> ports() const { return m_ports; }
    // The details of `portName` (a name or a system location); empty details when unknown.
    SerialPortDetails details(const QString &portName) const;

    void setPollInterval(int ms); // 0 stops polling
    int pollInterval() const;

    void addExtraPort(const QString &path, const QString &description);
    void removeExtraPort(const QString &path);

public slots:
    void refresh();

signals:
    void portsChanged();

private:
    QTimer *m_timer = nullptr;
    QList<SerialPortDetails> m_ports;
    QList<SerialPortDetails> m_extra;
};

} // namespace netlab
