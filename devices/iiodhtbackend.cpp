#include <devices/iiodhtbackend.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace netlab {

namespace {

// One read() of a sysfs attribute, keeping errno: QFile would hide EIO / ETIMEDOUT.
bool readFile(const QString &path, QByteArray *contents, int *errorNumber)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *errorNumber = errno;
        return false;
    }
    char buffer[64];
    ssize_t got;
    do {
        got = ::read(fd, buffer, sizeof buffer - 1);
    } while (got < 0 && errno == EINTR);
    const int readError = errno;
    ::close(fd);
    if (got < 0) {
        *errorNumber = readError;
        return false;
    }
    *contents = QByteArray(buffer, int(got));
    return true;
}

// A file of sysfs / device tree, at most max bytes; empty when it cannot be read.
QByteArray readSmallFile(const QString &path, qint64 max = 4096)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(max);
}

struct IioDevice
{
    QString path;
    QByteArray name; // the IIO name, trimmed
    QList<QByteArray> compatible; // of_node/compatible, one entry per string
    int pin = -1; // BCM line, -1 when unknown
    bool isDht = false;
};

// The device-tree node behind an IIO device: on the device itself or on its parent.
QString ofNodeOf(const QString &device)
{
    for (const char *link : {"/of_node", "/device/of_node"}) {
        const QString path = device + QLatin1String(link);
        if (QFileInfo::exists(path + QStringLiteral("/compatible")))
            return path;
    }
    return {};
}

// "dht11@4" → 4; the unit address is hexadecimal ("dht11@11" is GPIO17). -1 without one.
int unitAddress(const QString &nodeName)
{
    const qsizetype at = nodeName.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return -1;
    bool ok = false;
    const uint value = QStringView(nodeName).mid(at + 1).toUInt(&ok, 16);
    return ok && value < 1024 ? int(value) : -1;
}

IioDevice describeDevice(const QString &path)
{
    IioDevice device;
    device.path = path;
    device.name = readSmallFile(path + QStringLiteral("/name"), 256).trimmed();
    const QString ofNode = ofNodeOf(path);
    if (ofNode.isEmpty()) {
        // No device tree node: trust the name (old kernels named the device "dht11").
        device.isDht = device.name == "dht11" || device.name == "dht22";
        return device;
    }
    for (const QByteArray &entry :
        readSmallFile(ofNode + QStringLiteral("/compatible")).split('\0')) {
        if (!entry.isEmpty())
            device.compatible.append(entry);
    }
    device.isDht = std::any_of(device.compatible.cbegin(), device.compatible.cend(),
        [](const QByteArray &entry) { return entry.contains("dht11"); });
    // gpios = <&gpio PIN FLAGS>: big-endian cells, the pin in the second one.
    const QByteArray gpios = readSmallFile(ofNode + QStringLiteral("/gpios"), 64);
    if (gpios.size() >= 8 && gpios.size() % 4 == 0) {
        const quint32 pin = qFromBigEndian<quint32>(gpios.constData() + 4);
        if (pin < 1024)
            device.pin = int(pin);
    }
    if (device.pin < 0)
        device.pin = unitAddress(QFileInfo(QFileInfo(ofNode).canonicalFilePath()).fileName());
    if (device.pin < 0)
        device.pin = unitAddress(QString::fromUtf8(device.name));
    return device;
}

} // namespace

IioDhtBackend::IioDhtBackend(DhtModel model, const QString &root, int bcm)
    : m_model(model)
    , m_root(root.isEmpty() ? QString::fromLatin1(kDefaultRoot) : root)
    , m_bcm(bcm)
    , m_reader(&readFile)
{ }

QString IioDhtBackend::findDevice(const QString &root, int bcm, QString *problem)
{
    const QDir dir(root);
    const QStringList entries = dir.entryList(
        {QStringLiteral("iio:device*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QList<IioDevice> devices;
    for (const QString &entry : entries)
        devices.append(describeDevice(dir.filePath(entry)));

    const IioDevice *anyPin = nullptr;
    QStringList elsewhere;
    for (const IioDevice &device : std::as_const(devices)) {
        if (!device.isDht)
            continue;
        if (bcm < 0 || device.pin == bcm)
            return device.path;
        if (device.pin < 0) {
            if (!anyPin)
                anyPin = &device;
        } else {
            elsewhere.append(
                tr("GPIO%1 (%2)").arg(device.pin).arg(QFileInfo(device.path).fileName()));
        }
    }
    // A sensor whose pin cannot be told (no of_node): the only candidate, take it.
    if (anyPin)
        return anyPin->path;
    if (problem) {
        const int pin = bcm < 0 ? 4 : bcm;
        const QString enable = tr("To enable the kernel driver, add dtoverlay=dht11,gpiopin=%1 to "
                                  "/boot/firmware/config.txt and reboot.")
                                   .arg(pin);
        if (!elsewhere.isEmpty()) {
            *problem = tr("the DHT11 IIO device is on %1, not on GPIO%2 (--dht-pin). %3")
                           .arg(elsewhere.join(QStringLiteral(", ")))
                           .arg(pin)
                           .arg(enable);
        } else {
            QStringList found;
            for (const IioDevice &device : std::as_const(devices))
                found.append(
                    tr("%1 (name \"%2\", compatible \"%3\")")
                        .arg(QFileInfo(device.path).fileName(), QString::fromUtf8(device.name),
                            device.compatible.isEmpty()
                                ? tr("none")
                                : QString::fromUtf8(device.compatible.join(QByteArray(", ")))));
            *problem = found.isEmpty()
                ? tr("no DHT11 IIO device under %1, and no IIO device at all. %2").arg(root, enable)
                : tr("no DHT11 IIO device under %1; the IIO devices there: %2. %3")
                      .arg(root, found.join(QStringLiteral("; ")), enable);
        }
    }
    return {};
}

void IioDhtBackend::setAttributeReader(AttributeReader reader)
{
    m_reader = reader ? std::move(reader) : AttributeReader(&readFile);
}

QString IioDhtBackend::description() const
{
    return m_device.isEmpty() ? tr("kernel IIO driver under %1").arg(m_root) : m_device;
}

SensorResult IioDhtBackend::readValue(const QString &device, const char *attribute, double *value)
{
    const QString path = device + QLatin1Char('/') + QLatin1String(attribute);
    QByteArray contents;
    int errorNumber = 0;
    if (!m_reader(path, &contents, &errorNumber)) {
        switch (errorNumber) {
        case ETIMEDOUT:
            return SensorResult::failed(
                SensorFailure::Timeout, tr("the sensor did not answer in time (ETIMEDOUT)"));
        case EIO:
            return SensorResult::failed(
                SensorFailure::Io, tr("the sensor's answer was garbled (EIO)"));
        case ENOENT:
        case ENODEV:
            m_device.clear();
            return SensorResult::failed(
                SensorFailure::NoDevice, tr("%1: the sensor device is gone").arg(path));
        case EACCES:
        case EPERM:
            return SensorResult::failed(
                SensorFailure::NoDevice, tr("%1: permission denied").arg(path));
        default:
            return SensorResult::failed(SensorFailure::Io,
                tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errorNumber))));
        }
    }
    bool ok = false;
    const qlonglong thousandths = contents.trimmed().toLongLong(&ok);
    if (!ok)
        return SensorResult::failed(SensorFailure::Io,
            tr("%1: not a number: \"%2\"")
                .arg(path, QString::fromLatin1(contents.trimmed().left(32))));
    *value = double(thousandths) / 1000.0;
    return SensorResult::success({});
}

SensorResult IioDhtBackend::read()
{
    if (m_device.isEmpty()) {
        QString problem;
        m_device = findDevice(m_root, m_bcm, &problem);
        if (m_device.isEmpty())
            return SensorResult::failed(SensorFailure::NoDevice, problem);
    }
    SensorReading reading;
    SensorResult result = readValue(m_device, "in_temp_input", &reading.temperatureC);
    if (!result.ok())
        return result;
    result = readValue(m_device, "in_humidityrelative_input", &reading.humidityPct);
    if (!result.ok())
        return result;
    reading.timestampMs = QDateTime::currentMSecsSinceEpoch();
    return SensorResult::success(reading);
}

} // namespace netlab
