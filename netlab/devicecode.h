#pragma once

// "Show as code" for the device labs: the serial sensor-node session as the Python 3 program
// a student would write with pyserial, and the Sensors tab's view of a Pi agent (info, stored
// readings, the live Server-Sent Events stream, the LED) as a program with requests. Plain
// settings structs, filled by the tabs and the CLI (devices/ fills SerialNodeCode from its own
// settings, so this file needs nothing of devices/).

#include "pythoncode.h"
#include "structformat.h"

#include <QCoreApplication>

namespace netlab {

// The serial port's line settings and the sensor-node protocol (see
// devices/sensornodesession.h for the exchange).
struct SerialNodeCode
{
    enum class Parity { None, Even, Odd, Mark, Space };
    enum class StopBits { One, OneAndHalf, Two };
    enum class FlowControl { None, RtsCts, XonXoff };

    QString port = QStringLiteral("/dev/rfcomm0");
    qint32 baudRate = 115200;
    int dataBits = 8; // 5 to 8
    Parity parity = Parity::None;
    StopBits stopBits = StopBits::One;
    FlowControl flowControl = FlowControl::None;

    QByteArray startCommand = QByteArrayLiteral("START\n"); // empty: not sent
    QByteArray stopCommand = QByteArrayLiteral("STOP\n"); // empty: not sent
    QByteArray ackCommand = QByteArrayLiteral("ACK\n"); // empty: packets not acknowledged
    QByteArray magic = QByteArrayLiteral("DATA"); // empty: no resynchronisation
    int packetSize = 64;
    int packetCount = 200; // 0: until Ctrl+C
    int timeoutMs = 3000; // a silent node ends the session
    // The packet's layout as a Python struct format, one name per value (none: v0, v1, …).
    QString format = QStringLiteral("<4sII6f28x");
    QStringList fieldNames = {QStringLiteral("magic"), QStringLiteral("seq"),
        QStringLiteral("time_ms"), QStringLiteral("dx"), QStringLiteral("dy"), QStringLiteral("dz"),
        QStringLiteral("roll"), QStringLiteral("pitch"), QStringLiteral("yaw")};
};

// The Sensors tab: which agent, which time window, and the LED when a token is set.
struct SensorsCode
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8750;
    qint64 windowMs = 5 * 60 * 1000; // the stored readings fetched first: this far back
    QByteArray token; // non-empty: the program switches the LED
    bool ledOn = true;
};

class DeviceCode
{
    Q_DECLARE_TR_FUNCTIONS(netlab::DeviceCode)

public:
    static GeneratedCode serialNode(const SerialNodeCode &settings);
    static GeneratedCode sensors(const SensorsCode &settings);
};

} // namespace netlab
