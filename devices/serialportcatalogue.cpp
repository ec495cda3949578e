#include "serialportcatalogue.h"

#include <QSerialPortInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

QString SerialPortDetails::vidPid() const
{
    if (!hasIds)
        return QString();
    return u"%1:%2"_s.arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

bool operator==(const SerialPortDetails &a, const SerialPortDetails &b)
{
    return a.portName == b.portName && a.systemLocation == b.systemLocation
        && a.description == b.description && a.manufacturer == b.manufacturer
        && a.serialNumber == b.serialNumber && a.vendorId == b.vendorId
        && a.productId == b.productId && a.hasIds == b.hasIds && a.simulated == b.simulated;
}

SerialPortCatalogue::SerialPortCatalogue(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SerialPortCatalogue::refresh);
    m_timer->start();
    refresh();
}

SerialPortDetails SerialPortCatalogue::details(const QString &portName) const
{
    for (const SerialPortDetails &port : m_ports) {
        if (port.portName == portName || port.systemLocation == portName)
            return port;
    }
    return {};
}

void SerialPortCatalogue::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(ms);
}

int SerialPortCatalogue::pollInterval() const
{
    return m_timer->isActive() ? m_timer->interval() : 0;
}

void SerialPortCatalogue::addExtraPort(const QString &path, const QString &description)
{
    m_extra.removeIf([&](const SerialPortDetails &port) { return port.portName == path; });
    SerialPortDetails port;
    port.portName = path;
    port.systemLocation = path;
    port.description = description;
    port.simulated = true;
    m_extra.append(port);
    refresh();
}

void SerialPortCatalogue::removeExtraPort(const QString &path)
{
    const auto removed
        = m_extra.removeIf([&](const SerialPortDetails &port) { return port.portName == path; });
    if (removed)
        refresh();
}

void SerialPortCatalogue::refresh()
{
    QList<SerialPortDetails> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        SerialPortDetails port;
        port.portName = info.portName();
        port.systemLocation = info.systemLocation();
        port.description = info.description();
        port.manufacturer = info.manufacturer();
        port.serialNumber = info.serialNumber();
        port.hasIds = info.hasVendorIdentifier() && info.hasProductIdentifier();
        port.vendorId = info.vendorIdentifier();
        port.productId = info.productIdentifier();
        ports.append(port);
    }
    std::sort(
        ports.begin(), ports.end(), [](const SerialPortDetails &a, const SerialPortDetails &b) {
            return a.portName < b.portName;
        });
    ports += m_extra;
    if (ports == m_ports)
        return;
    m_ports = ports;
    emit portsChanged();
}

} // namespace netlab
