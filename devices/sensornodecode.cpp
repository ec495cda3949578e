#include "sensornodecode.h"

namespace netlab {

SerialNodeCode serialNodeCode(const SerialSettings &line, const SensorNodeSettings &protocol)
{
    SerialNodeCode code;
    code.port = line.portName;
    code.baudRate = line.baudRate;
    code.dataBits = int(line.dataBits);
    switch (line.parity) {
    case QSerialPort::EvenParity:
        code.parity = SerialNodeCode::Parity::Even;
        break;
    case QSerialPort::OddParity:
        code.parity = SerialNodeCode::Parity::Odd;
        break;
    case QSerialPort::MarkParity:
        code.parity = SerialNodeCode::Parity::Mark;
        break;
    case QSerialPort::SpaceParity:
        code.parity = SerialNodeCode::Parity::Space;
        break;
    default:
        code.parity = SerialNodeCode::Parity::None;
        break;
    }
    code.stopBits = line.stopBits == QSerialPort::TwoStop ? SerialNodeCode::StopBits::Two
        : line.stopBits == QSerialPort::OneAndHalfStop    ? SerialNodeCode::StopBits::OneAndHalf
                                                          : SerialNodeCode::StopBits::One;
    code.flowControl = line.flowControl == QSerialPort::HardwareControl
        ? SerialNodeCode::FlowControl::RtsCts
        : line.flowControl == QSerialPort::SoftwareControl ? SerialNodeCode::FlowControl::XonXoff
                                                           : SerialNodeCode::FlowControl::None;
    code.startCommand = protocol.startCommand;
    code.stopCommand = protocol.stopCommand;
    code.ackCommand = protocol.ackCommand;
    code.magic = protocol.decoder.magic;
    code.packetSize = protocol.decoder.packetSize;
    code.packetCount = protocol.packetCount;
    code.timeoutMs = protocol.timeoutMs;
    code.format = protocol.decoder.format;
    code.fieldNames = protocol.decoder.fieldNames;
    return code;
}

} // namespace netlab
