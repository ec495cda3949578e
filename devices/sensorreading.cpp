#include <devices/sensorreading.h>

#include <cmath>

namespace netlab {

bool SensorReading::isPlausible(DhtModel model) const
{
    const double minT = model == DhtModel::Dht11 ? -20.0 : -40.0;
    const double maxT = model == DhtModel::Dht11 ? 60.0 : 80.0;
    return std::isfinite(temperatureC) && std::isfinite(humidityPct) && temperatureC >= minT
        && temperatureC <= maxT && humidityPct >= 0.0 && humidityPct <= 100.0;
}

QString SensorReading::toText() const
{
    return QStringLiteral("Temp: %1C Humidity: %2%")
        .arg(temperatureC, 0, 'f', 1)
        .arg(humidityPct, 0, 'f', 1);
}

QString sensorFailureKey(SensorFailure kind)
{
    switch (kind) {
    case SensorFailure::None:
        return QStringLiteral("none");
    case SensorFailure::Timeout:
        return QStringLiteral("timeout");
    case SensorFailure::Checksum:
        return QStringLiteral("checksum");
    case SensorFailure::Io:
        return QStringLiteral("io");
    case SensorFailure::Implausible:
        return QStringLiteral("implausible");
    case SensorFailure::NoDevice:
        return QStringLiteral("no-device");
    }
    return QStringLiteral("none");
}

QString dhtModelKey(DhtModel model)
{
    return model == DhtModel::Dht11 ? QStringLiteral("dht11") : QStringLiteral("dht22");
}

int dhtMinimumIntervalMs(DhtModel model)
{
    return model == DhtModel::Dht11 ? 1000 : 2000;
}

} // namespace netlab
