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
    GpiodDhtBackend(std::unique_ptr<GpioLine> line, DhtModel model = DhtModel::Dht11);
    ~GpiodDhtBackend() override;

    QString key() const override { return QStringLiteral("gpiod"); }
    QString description() const override;
    DhtModel model() const override { return m_model; }
    SensorResult read() override;

private:
    std::unique_ptr<GpioLine> m_line;
    DhtModel m_model;
};

} // namespace netlab
