#include <devices/iiodhtbackend.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;
using netlab::IioDhtBackend;
using netlab::SensorFailure;

// The kernel IIO driver's sysfs tree, faked in a temporary directory.
class tst_IioDhtBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsThousandths();
    void findsTheDht11AmongOtherDevices();
    void driverErrors_data();
    void driverErrors();
    void missingDevice();
    void deviceVanishes();
    void garbageValue();
    void findsTheOverlayNodeOnThePin_data();
    void findsTheOverlayNodeOnThePin();
    void wrongPinSaysWhereTheSensorIs();
    void missingDeviceListsWhatExists();

private:
    // A device-tree node as the dht11 overlay makes it, linked as the device's of_node (or
    // its parent's: device/of_node). gpiosPin < 0: no gpios property.
    void addOfNode(const QString &device, const QString &nodeName, const QByteArray &compatible,
        int gpiosPin, bool onParent = false);
    QString addDevice(int index, const QByteArray &name, const QByteArray &temperature = {},
        const QByteArray &humidity = {});

    std::unique_ptr<QTemporaryDir> m_root;
};

QString tst_IioDhtBackend::addDevice(
    int index, const QByteArray &name, const QByteArray &temperature, const QByteArray &humidity)
{
    const QString dir = m_root->filePath(u"iio:device%1"_s.arg(index));
    QDir().mkpath(dir);
    const auto write = [&dir](const char *file, const QByteArray &contents) {
        QFile f(dir + u'/' + QLatin1String(file));
        if (f.open(QIODevice::WriteOnly))
            f.write(contents);
    };
    write("name", name + '\n');
    if (!temperature.isNull())
        write("in_temp_input", temperature + '\n');
    if (!humidity.isNull())
        write("in_humidityrelative_input", humidity + '\n');
    return dir;
}

void tst_IioDhtBackend::addOfNode(const QString &device, const QString &nodeName,
    const QByteArray &compatible, int gpiosPin, bool onParent)
{
    const QString node = m_root->filePath(u"devicetree/"_s + nodeName);
    QVERIFY(QDir().mkpath(node));
    QFile compatibleFile(node + u"/compatible"_s);
    QVERIFY(compatibleFile.open(QIODevice::WriteOnly));
    compatibleFile.write(compatible); // NUL-separated, NUL-terminated, as the kernel shows it
    if (gpiosPin >= 0) {
        QFile gpios(node + u"/gpios"_s);
        QVERIFY(gpios.open(QIODevice::WriteOnly));
        // <&gpio PIN 0>: phandle 0x0000000a, then the pin, then the flags, big-endian.
        const char cells[12] = {
            0, 0, 0, 0x0a, 0, 0, char((gpiosPin >> 8) & 0xff), char(gpiosPin & 0xff), 0, 0, 0, 0};
        gpios.write(cells, sizeof cells);
    }
    QString linkDir = device;
    if (onParent) {
        linkDir = m_root->filePath(u"platform/"_s + nodeName);
        QVERIFY(QDir().mkpath(linkDir));
        QVERIFY(QFile::link(linkDir, device + u"/device"_s));
    }
    QVERIFY(QFile::link(node, linkDir + u"/of_node"_s));
}

void tst_IioDhtBackend::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void tst_IioDhtBackend::readsThousandths()
{
    const QString device = addDevice(0, "dht11", "23000", "41000");
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    const netlab::SensorResult result = backend.read();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.reading.temperatureC, 23.0);
    QCOMPARE(result.reading.humidityPct, 41.0);
    QVERIFY(result.reading.timestampMs > 0);
    QCOMPARE(result.reading.toText(), u"Temp: 23.0C Humidity: 41.0%"_s);
    QCOMPARE(backend.description(), device);

    // Negative and fractional values as the DHT22 gives them.
    addDevice(0, "dht11", "-4500", "87300");
    const netlab::SensorResult second = backend.read();
    QVERIFY(second.ok());
    QCOMPARE(second.reading.temperatureC, -4.5);
    QCOMPARE(second.reading.humidityPct, 87.3);
}

void tst_IioDhtBackend::findsTheDht11AmongOtherDevices()
{
    addDevice(0, "mcp3008");
    addDevice(1, "bme280", "1000", "2000");
    const QString dht = addDevice(2, "dht11", "19000", "55000");
    QCOMPARE(IioDhtBackend::findDevice(m_root->path()), dht);
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    QCOMPARE(backend.read().reading.temperatureC, 19.0);
}

void tst_IioDhtBackend::driverErrors_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<int>("failure");
    QTest::addRow("EIO on temperature") << u"in_temp_input"_s << EIO << int(SensorFailure::Io);
    QTest::addRow("ETIMEDOUT on temperature")
        << u"in_temp_input"_s << ETIMEDOUT << int(SensorFailure::Timeout);
    QTest::addRow("EIO on humidity")
        << u"in_humidityrelative_input"_s << EIO << int(SensorFailure::Io);
    QTest::addRow("EACCES") << u"in_temp_input"_s << EACCES << int(SensorFailure::NoDevice);
}

void tst_IioDhtBackend::driverErrors()
{
    QFETCH(QString, attribute);
    QFETCH(int, errorNumber);
    QFETCH(int, failure);

    addDevice(0, "dht11", "23000", "41000");
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    // A regular file cannot fail with EIO: the driver's errors are injected for one attribute.
    int calls = 0;
    backend.setAttributeReader([&](const QString &path, QByteArray *contents, int *error) {
        ++calls;
        if (path.endsWith(attribute)) {
            *error = errorNumber;
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ENOENT;
            return false;
        }
        *contents = file.readAll();
        return true;
    });
    const netlab::SensorResult result = backend.read();
    QCOMPARE(int(result.failure), failure);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(calls >= 1);

    // The next read, with the driver well again, succeeds: the failure was an ordinary one.
    backend.setAttributeReader({});
    QVERIFY(backend.read().ok());
}

void tst_IioDhtBackend::missingDevice()
{
    addDevice(0, "bme280", "1000", "2000");
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    const netlab::SensorResult result = backend.read();
    QCOMPARE(result.failure, SensorFailure::NoDevice);
    QVERIFY(result.message.contains(u"dtoverlay=dht11"_s)); // tells how to enable the driver

    IioDhtBackend nowhere(netlab::DhtModel::Dht11, m_root->filePath(u"does-not-exist"_s));
    QCOMPARE(nowhere.read().failure, SensorFailure::NoDevice);
}

void tst_IioDhtBackend::deviceVanishes()
{
    const QString device = addDevice(0, "dht11", "23000", "41000");
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    QVERIFY(backend.read().ok());
    QVERIFY(QDir(device).removeRecursively()); // overlay unloaded
    QCOMPARE(backend.read().failure, SensorFailure::NoDevice);
    addDevice(3, "dht11", "25000", "40000"); // and loaded again under another number
    const netlab::SensorResult result = backend.read();
    QVERIFY(result.ok());
    QCOMPARE(result.reading.temperatureC, 25.0);
}

void tst_IioDhtBackend::garbageValue()
{
    addDevice(0, "dht11", "hello", "41000");
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path());
    const netlab::SensorResult result = backend.read();
    QCOMPARE(result.failure, SensorFailure::Io);
    QVERIFY(result.message.contains(u"hello"_s));
}

void tst_IioDhtBackend::findsTheOverlayNodeOnThePin_data()
{
    QTest::addColumn<int>("pin");
    QTest::addColumn<bool>("gpiosProperty");
    QTest::addColumn<bool>("onParent");
    QTest::addColumn<double>("temperature");
    // Two sensors, GPIO4 (node dht11@4, 21 °C) and GPIO17 (node dht11@11: unit addresses are
    // hexadecimal, 22 °C), next to an ADC.
    QTest::addRow("GPIO4 by gpios") << 4 << true << false << 21.0;
    QTest::addRow("GPIO17 by gpios") << 17 << true << false << 22.0;
    QTest::addRow("GPIO17 by unit address") << 17 << false << false << 22.0;
    QTest::addRow("GPIO4 by unit address") << 4 << false << false << 21.0;
    QTest::addRow("GPIO17, of_node on the parent") << 17 << true << true << 22.0;
    QTest::addRow("any pin: the first") << -1 << true << false << 21.0;
}

void tst_IioDhtBackend::findsTheOverlayNodeOnThePin()
{
    QFETCH(int, pin);
    QFETCH(bool, gpiosProperty);
    QFETCH(bool, onParent);
    QFETCH(double, temperature);

    const QString adc = addDevice(0, "mcp3008");
    addOfNode(adc, u"mcp3008@0"_s, QByteArray("microchip,mcp3008\0", 18), -1);
    // The IIO name is the platform device's: the node name, not "dht11".
    const QString first = addDevice(1, "dht11@4", "21000", "40000");
    addOfNode(first, u"dht11@4"_s, QByteArray("dht11\0", 6), gpiosProperty ? 4 : -1, onParent);
    const QString second = addDevice(2, "dht11@11", "22000", "50000");
    addOfNode(second, u"dht11@11"_s, QByteArray("dht11\0", 6), gpiosProperty ? 17 : -1, onParent);

    QCOMPARE(IioDhtBackend::findDevice(m_root->path(), pin), temperature == 21.0 ? first : second);
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path(), pin);
    const netlab::SensorResult result = backend.read();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.reading.temperatureC, temperature);
}

void tst_IioDhtBackend::wrongPinSaysWhereTheSensorIs()
{
    const QString device = addDevice(0, "dht11@11", "22000", "50000");
    addOfNode(device, u"dht11@11"_s, QByteArray("dht11\0", 6), 17);
    QString problem;
    QVERIFY(IioDhtBackend::findDevice(m_root->path(), 4, &problem).isEmpty());
    QVERIFY2(problem.contains(u"GPIO17"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"--dht-pin"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"dtoverlay=dht11,gpiopin=4"_s), qPrintable(problem));

    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path(), 4);
    const netlab::SensorResult result = backend.read();
    QCOMPARE(result.failure, SensorFailure::NoDevice);
    QCOMPARE(result.message, problem);
}

void tst_IioDhtBackend::missingDeviceListsWhatExists()
{
    const QString adc = addDevice(0, "mcp3008");
    addOfNode(adc, u"mcp3008@0"_s, QByteArray("microchip,mcp3008\0", 18), -1);
    addDevice(1, "bme280", "1000", "2000"); // no of_node
    IioDhtBackend backend(netlab::DhtModel::Dht11, m_root->path(), 4);
    const netlab::SensorResult result = backend.read();
    QCOMPARE(result.failure, SensorFailure::NoDevice);
    const QString &message = result.message;
    QVERIFY2(
        message.contains(u"iio:device0 (name \"mcp3008\", compatible \"microchip,mcp3008\")"_s),
        qPrintable(message));
    QVERIFY2(message.contains(u"iio:device1 (name \"bme280\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"dtoverlay=dht11,gpiopin=4"_s), qPrintable(message));
    QVERIFY2(message.contains(u"/boot/firmware/config.txt"_s), qPrintable(message));
    QVERIFY2(message.contains(u"reboot"_s), qPrintable(message));

    // An empty IIO tree says so too.
    QTemporaryDir empty;
    IioDhtBackend nothing(netlab::DhtModel::Dht11, empty.path(), 17);
    const QString none = nothing.read().message;
    QVERIFY2(none.contains(u"no IIO device at all"_s), qPrintable(none));
    QVERIFY2(none.contains(u"dtoverlay=dht11,gpiopin=17"_s), qPrintable(none));
}

QTEST_APPLESS_MAIN(tst_IioDhtBackend)
#include "tst_iiodhtbackend.moc"
