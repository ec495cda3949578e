#pragma once

#include <devices/dhtbackend.h>

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace netlab {

// Reads a DHT11/DHT22 through the kernel's IIO driver (dtoverlay=dht11,gpiopin=4), the most
// reliable way on a Pi: the kernel times the pulses.
//
//   <root>/iio:deviceN/name                        "dht11@4\n" (the platform device's name)
//   <root>/iio:deviceN/of_node/compatible          "dht11\0"   (NUL-separated list)
//   <root>/iio:deviceN/of_node/gpios               12 bytes: 3 big-endian u32 cells
//                                                   <controller phandle> <pin> <flags>
//   <root>/iio:deviceN/in_temp_input               "23000\n"   (thousandths of °C)
//   <root>/iio:deviceN/in_humidityrelative_input   "41000\n"   (thousandths of %)
//
// Which device is the sensor. The dht11 driver names its IIO device after the platform device,
// which for a device-tree overlay is the node name ("dht11@4", "dht11@0" with older overlays),
// so the name alone is not a reliable key; the node's `compatible` is: it holds "dht11" for
// every variant of the overlay. Of several sensors, the one on the requested pin is chosen
// from the node's `gpios` property, the pin the driver really uses: its second cell is the line
// offset on the GPIO controller, which is the BCM number on every Pi (bcm2835/bcm2711 and the
// Pi 5's rp1 both have two cells per GPIO). The node name's unit address ("@4", hexadecimal
// like every unit address) comes from the overlay's `reg` override, which not every overlay
// version sets, so it is only a fallback when `gpios` cannot be read. A device without an
// of_node (an old kernel, a hand-made tree) is recognised by the name "dht11"/"dht22" and
// accepted on any pin. of_node is looked up on the IIO device and then on its parent
// (`device/of_node`), since some kernels link it only there.
// A read of either value may fail with EIO (bad frame) or ETIMEDOUT (no answer): ordinary
// sensor failures, counted and retried. root is /sys/bus/iio/devices unless given (tests use
// a fake tree in a temporary directory).
class IioDhtBackend : public DhtBackend
{
    Q_DECLARE_TR_FUNCTIONS(netlab::IioDhtBackend)

public:
    static constexpr const char *kDefaultRoot = "/sys/bus/iio/devices";

    // Reads one attribute file; returns false and sets *errorNumber (errno) on failure.
    using AttributeReader
        = std::function<bool(const QString &path, QByteArray *contents, int *errorNumber)>;

    // bcm: the sensor's GPIO (--dht-pin), -1 for any.
    explicit IioDhtBackend(
        DhtModel model = DhtModel::Dht11, const QString &root = {}, int bcm = -1);

    // The DHT device under root on GPIO bcm (-1: any), or empty and *problem saying which IIO
    // devices exist and how to enable the overlay.
    static QString findDevice(const QString &root, int bcm = -1, QString *problem = nullptr);
    // Replaces the file reader (tests inject EIO / ETIMEDOUT).
    void setAttributeReader(AttributeReader reader);

    QString key() const override { return QStringLiteral("iio"); }
    QString description() const override;
    DhtModel model() const override { return m_model; }
    SensorResult read() override;

private:
    SensorResult readValue(const QString &device, const char *attribute, double *value);

    DhtModel m_model;
    QString m_root;
    int m_bcm = -1;
    QString m_device; // found on first read
    AttributeReader m_reader;
};

} // namespace netlab
