#include <devices/simulateddhtbackend.h>

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace netlab {

namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

SimulatedDhtBackend::SimulatedDhtBackend()
    : SimulatedDhtBackend(Options())
{ }

SimulatedDhtBackend::SimulatedDhtBackend(const Options &options)
    : m_options(options)
    , m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
    , m_clock(&QDateTime::currentMSecsSinceEpoch)
{
    m_options.failureRate
        = std::isfinite(options.failureRate) ? qBound(0.0, options.failureRate, 1.0) : 0.0;
}

QString SimulatedDhtBackend::description() const
{
    return tr("simulated %1").arg(dhtModelKey(m_options.model).toUpper());
}

int SimulatedDhtBackend::minimumIntervalMs() const
{
    return m_options.minimumIntervalMs >= 0 ? m_options.minimumIntervalMs
                                            : dhtMinimumIntervalMs(m_options.model);
}

SensorResult SimulatedDhtBackend::read()
{
    ++m_reads;
    if (m_options.failureRate > 0 && m_random.generateDouble() < m_options.failureRate) {
        if (m_random.bounded(2) == 0)
            return SensorResult::failed(
                SensorFailure::Timeout, tr("simulated failure: the sensor did not answer"));
        return SensorResult::failed(
            SensorFailure::Checksum, tr("simulated failure: checksum mismatch"));
    }
    const qint64 now = m_clock();
    // A daily swing (warmest mid-afternoon), a bounded random walk and a little noise.
    const double dayPhase = double(now % 86'400'000) / 86'400'000.0;
    const double daily = std::sin(2 * kPi * (dayPhase - 0.375));
    m_walkT = qBound(-3.0, m_walkT + (m_random.generateDouble() - 0.5) * 0.1, 3.0);
    m_walkH = qBound(-10.0, m_walkH + (m_random.generateDouble() - 0.5) * 0.4, 10.0);
    const double noiseT = (m_random.generateDouble() - 0.5) * 0.2;
    const double noiseH = (m_random.generateDouble() - 0.5) * 0.6;
    SensorReading reading;
    reading.timestampMs = now;
    reading.temperatureC
        = std::round((m_options.baseTemperatureC + 2.0 * daily + m_walkT + noiseT) * 10) / 10;
    reading.humidityPct = qBound(0.0,
        std::round((m_options.baseHumidityPct - 6.0 * daily + m_walkH + noiseH) * 10) / 10, 100.0);
    return SensorResult::success(reading);
}

} // namespace netlab
