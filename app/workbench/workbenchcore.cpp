#include "workbenchcore.h"

#include <devices/sensornodesession.h>
#include <devices/seriallink.h>
#include <devices/serialportcatalogue.h>
#include <devices/serialtrafficrecorder.h>
#include <devices/simulatedsensornode.h>
#include <netlab/tcpclientsession.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <netlab/trafficrecorder.h>

namespace netlab {

WorkbenchCore::WorkbenchCore(QObject *parent)
    : QObject(parent)
    , tcpClient(new TcpClientSession(this))
    , tcpClientLog(new TrafficLog(this))
    , tcpServer(new TcpServer(this))
    , tcpServerLog(new TrafficLog(this))
    , serialLink(new SerialLink(this))
    , serialPorts(new SerialPortCatalogue(this))
    , sensorNode(new SensorNodeSession(serialLink, this))
    , simulatedNode(new SimulatedSensorNode(this))
    , serialLog(new TrafficLog(this))
    , m_tcpClientRecorder(new TrafficRecorder(tcpClient, tcpClientLog, this))
    , m_tcpServerRecorder(new TrafficRecorder(tcpServer, tcpServerLog, this))
    , m_serialRecorder(new SerialTrafficRecorder(serialLink, sensorNode, serialLog, this))
{ }

WorkbenchCore::~WorkbenchCore() = default;

} // namespace netlab
