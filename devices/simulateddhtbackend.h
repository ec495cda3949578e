#pragma once

#include <devices/dhtbackend.h>

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

namespace netlab {

// A DHT sensor that is not there: temperature and humidity drift slowly (a daily swing plus a
// random walk) with a little noise, at the sensor's resolution (0.1), and fail now and then
// when a failure rate is set. Seedable, so tests get the same series every time.
class SimulatedDhtBackend : public DhtBackend
{
    Q_DECLARE_TR_FUNCTIONS(netlab::SimulatedDhtBackend)

public:
    struct Options
    {
        DhtModel model = DhtModel::Dht11;
        quint32 seed = 0; // 0: a random seed
        double failureRate = 0.0; // 0..1, the share of reads that fail (timeout or checksum)
        int minimumIntervalMs = -1; // -1: the model's (1 s / 2 s); tests may go lower
        double baseTemperatureC = 22.5;
        double baseHumidityPct = 45.0;
    };

    SimulatedDhtBackend();
    explicit SimulatedDhtBackend(const Options &options);

    QString key() const override { return QStringLiteral("simulated"); }
    QString description() const override;
    DhtModel model() const override { return m_options.model; }
    int minimumIntervalMs() const override;
    SensorResult read() override;

    // The clock read() stamps readings with (Unix ms); tests may replace it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    Options m_options;
    QRandomGenerator m_random;
    std::function<qint64()> m_clock;
    double m_walkT = 0;
    double m_walkH = 0;
    quint64 m_reads = 0;
};

} // namespace netlab
