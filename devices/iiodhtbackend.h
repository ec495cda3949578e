#pragma once

#include <devices/dhtbackend.h>

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace netlab {

// Reads a DHT11/DHT22 through the kernel's IIO driver (dtoverlay=dht11,gpiopin=4), the most
// reliable way on a Pi: the kernel times the pulses.
//
//   <root>/iio:deviceN/name                        "dht11\n"
//   <root>/iio:deviceN/in_temp_input               "23000\n"   (thousandths of °C)
//   <root>/iio:deviceN/in_humidityrelative_input   "41000\n"   (thousandths of %)
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

    explicit IioDhtBackend(DhtModel model = DhtModel::Dht11, const QString &root = {});

    // The first iio:device* under root whose name is "dht11" (or "dht22"), or empty.
    static QString findDevice(const QString &root);
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
    QString m_device; // found on first read
    AttributeReader m_reader;
};

} // namespace netlab
