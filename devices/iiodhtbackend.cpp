#include <devices/iiodhtbackend.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

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

} // namespace

IioDhtBackend::IioDhtBackend(DhtModel model, const QString &root)
    : m_model(model)
    , m_root(root.isEmpty() ? QString::fromLatin1(kDefaultRoot) : root)
    , m_reader(&readFile)
{ }

QString IioDhtBackend::findDevice(const QString &root)
{
    const QDir dir(root);
    const QStringList devices = dir.entryList(
        {QStringLiteral("iio:device*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &device : devices) {
        QFile nameFile(dir.filePath(device) + QStringLiteral("/name"));
        if (!nameFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = nameFile.read(64).trimmed();
        if (name == "dht11" || name == "dht22")
            return dir.filePath(device);
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
    if (m_device.isEmpty())
        m_device = findDevice(m_root);
    if (m_device.isEmpty())
        return SensorResult::failed(SensorFailure::NoDevice,
            tr("no DHT11 IIO device under %1 (is dtoverlay=dht11,gpiopin=4 in "
               "/boot/firmware/config.txt?)")
                .arg(m_root));
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
