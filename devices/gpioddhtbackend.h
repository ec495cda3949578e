#pragma once

#include <devices/dhtbackend.h>
#include <devices/gpioline.h>

#include <memory>

namespace netlab {

// Reads a DHT11/DHT22 by timing its pulses from user space: drive the line low (18 ms for a
// DHT11, 1 ms for a DHT22), switch it to an input that records both edges with kernel time
// stamps, collect the edges of the answer and decode them with DhtDecoder. Less reliable
// than the IIO driver (edges get lost under load), so failures are expected and retried.
class GpiodDhtBackend : public DhtBackend
{
public:
    // The edge watch after the start pulse: the answer takes about 4.2 ms (preamble 160 µs +
    // 40 bits of 76..120 µs); a gap of 2 ms means it is over.
    static constexpr int kQuietUs = 2000;
    static constexpr int kWindowUs = 10'000;

    // One answer as the line saw it. Times are CLOCK_MONOTONIC ns, the clock of the kernel's
    // edge time stamps.
    struct Answer
    {
        qint64 startPulseNs = 0; // the host pulled the line low
        qint64 releaseNs = 0; // the host let it go (just before switching it to an input)
        QList<GpioLine::Edge> edges;
    };

    GpiodDhtBackend(std::unique_ptr<GpioLine> line, DhtModel model = DhtModel::Dht11);
    ~GpiodDhtBackend() override;

    QString key() const override { return QStringLiteral("gpiod"); }
    QString description() const override;
    DhtModel model() const override { return m_model; }
    SensorResult read() override;
    // The start pulse and the edges that follow, undecoded (netlab-agent record-edges).
    // SensorFailure::None, or the failure with *error.
    SensorFailure readAnswer(Answer *answer, QString *error);

private:
    std::unique_ptr<GpioLine> m_line;
    DhtModel m_model;
};

} // namespace netlab
