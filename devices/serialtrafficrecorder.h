#pragma once

#include <QObject>

namespace netlab {

class SensorNodeSession;
class SerialLink;
class TrafficLog;

// Writes what a serial link does into a traffic log: bytes in and out, the port opening
// and closing, every failure, and (when given) the sensor-node session's start, bad
// packets and end. Lives in the core, so the log is complete while no tab shows it.
class SerialTrafficRecorder : public QObject
{
    Q_OBJECT
public:
    SerialTrafficRecorder(
        SerialLink *link, SensorNodeSession *session, TrafficLog *log, QObject *parent = nullptr);
};

} // namespace netlab
