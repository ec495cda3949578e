#pragma once

#include <QMetaType>
#include <QString>

namespace netlab {

// The two sensors of the course. A DHT11 answers at most once a second, a DHT22 every two.
enum class DhtModel { Dht11, Dht22 };

// Why a read gave no value. Every kind is counted on its own; none of them ever becomes a number.
enum class SensorFailure {
    None,
    Timeout, // the sensor did not answer in time (ETIMEDOUT, too few edges)
    Checksum, // 40 bits arrived but their checksum is wrong
    Io, // the kernel driver reported an I/O error (EIO)
    Implausible, // a value outside the sensor's range (a corrupted frame that passed its checksum)
    NoDevice, // no sensor device / GPIO line found, or permission denied
};
constexpr int kSensorFailureKinds = 6;

// One good reading: when it was taken (Unix ms) and the two values.
struct SensorReading
{
    qint64 timestampMs = 0;
    double temperatureC = 0;
    double humidityPct = 0;

    // Inside the model's measuring range (DHT11: -20..60 °C, DHT22: -40..80 °C, 0..100 %).
    bool isPlausible(DhtModel model) const;
    // "Temp: 23.0C Humidity: 41.0%", the course's script line.
    QString toText() const;

    friend bool operator==(const SensorReading &a, const SensorReading &b)
    {
        return a.timestampMs == b.timestampMs && a.temperatureC == b.temperatureC
            && a.humidityPct == b.humidityPct;
    }
};

// The outcome of one read: a reading, or a failure kind with a message in plain words.
struct SensorResult
{
    SensorFailure failure = SensorFailure::None;
    QString message;
    SensorReading reading;

    bool ok() const { return failure == SensorFailure::None; }
    static SensorResult success(const SensorReading &reading) { return {{}, {}, reading}; }
    static SensorResult failed(SensorFailure kind, const QString &message)
    {
        return {kind, message, {}};
    }
};

// "timeout", "checksum", "io", "implausible", "no-device" (API keys; "none" for None).
QString sensorFailureKey(SensorFailure kind);
// "dht11" / "dht22"
QString dhtModelKey(DhtModel model);
// Minimum time between two reads the sensor allows: 1000 ms for the DHT11, 2000 for the DHT22.
int dhtMinimumIntervalMs(DhtModel model);

} // namespace netlab

Q_DECLARE_METATYPE(netlab::SensorReading)
Q_DECLARE_METATYPE(netlab::SensorFailure)
