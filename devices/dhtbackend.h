#pragma once

#include <devices/sensorreading.h>

#include <QString>

namespace netlab {

// One way of reading a DHT sensor. read() blocks (tens of milliseconds on real hardware), so
// it runs on DhtReader's worker thread, never on an event loop that serves clients.
class DhtBackend
{
public:
    virtual ~DhtBackend() = default;

    // "iio", "gpiod", "simulated"
    virtual QString key() const = 0;
    // Where it reads from, for info pages and logs: "/sys/bus/iio/devices/iio:device0".
    virtual QString description() const = 0;
    virtual DhtModel model() const = 0;
    // The shortest time between two reads (the sensor's limit).
    virtual int minimumIntervalMs() const { return dhtMinimumIntervalMs(model()); }
    // One read attempt. Thread-safe with respect to itself only (one worker calls it).
    virtual SensorResult read() = 0;
};

} // namespace netlab
