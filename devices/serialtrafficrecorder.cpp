#include "serialtrafficrecorder.h"

#include "sensornodesession.h"
#include "seriallink.h"

#include <netlab/trafficlog.h>

namespace netlab {

SerialTrafficRecorder::SerialTrafficRecorder(
    SerialLink *link, SensorNodeSession *session, TrafficLog *log, QObject *parent)
    : QObject(parent)
{
    connect(link, &SerialLink::dataReceived, log, [link, log](const QByteArray &data) {
        log->append(TrafficDirection::Incoming, link->portName(), data);
    });
    connect(link, &SerialLink::dataSent, log, [link, log](const QByteArray &data) {
        log->append(TrafficDirection::Outgoing, link->portName(), data);
    });
    connect(link, &SerialLink::opened, log, [link, log](const QString &port) {
        log->appendNote(TrafficDirection::Info, port,
            TrafficNote(staticMetaObject.className(), QT_TR_NOOP("opened at %1"),
                {link->settings().summary()}));
    });
    connect(link, &SerialLink::closed, log, [link, log](const QString &reason) {
        log->appendNote(TrafficDirection::Info, link->portName(),
            TrafficNote(staticMetaObject.className(), QT_TR_NOOP("closed: %1"), {reason}));
    });
    connect(link, &SerialLink::errorOccurred, log, [link, log](const QString &message) {
        log->appendNote(TrafficDirection::Error, link->portName(), message);
    });
    if (!session)
        return;
    connect(session, &SensorNodeSession::started, log, [link, log] {
        log->appendNote(TrafficDirection::Info, link->portName(),
            TrafficNote(
                staticMetaObject.className(), QT_TR_NOOP("sensor-node session started"), {}));
    });
    connect(session, &SensorNodeSession::badPacket, log, [link, log](const QString &message) {
        log->appendNote(TrafficDirection::Error, link->portName(), message);
    });
    connect(
        session, &SensorNodeSession::finished, log, [link, log](bool ok, const QString &message) {
            log->appendNote(ok ? TrafficDirection::Info : TrafficDirection::Error, link->portName(),
                TrafficNote(staticMetaObject.className(),
                    QT_TR_NOOP("sensor-node session ended: %1"), {message}));
        });
}

} // namespace netlab
