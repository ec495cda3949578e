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

private:
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

QTEST_APPLESS_MAIN(tst_IioDhtBackend)
#include "tst_iiodhtbackend.moc"
