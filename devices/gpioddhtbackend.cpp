#include <devices/gpioddhtbackend.h>

#include <devices/dhtdecoder.h>

#include <QDateTime>
#include <QThread>

namespace netlab {

GpiodDhtBackend::GpiodDhtBackend(std::unique_ptr<GpioLine> line, DhtModel model)
    : m_line(std::move(line))
    , m_model(model)
{ }

GpiodDhtBackend::~GpiodDhtBackend()
{
    if (m_line)
        m_line->release();
}

QString GpiodDhtBackend::description() const
{
    return m_line ? m_line->description() : QString();
}

SensorResult GpiodDhtBackend::read()
{
    QString error;
    // Start signal: low long enough for the sensor to notice, then let the pull-up raise it.
    if (!m_line->setOutput(false, &error))
        return SensorResult::failed(SensorFailure::NoDevice, error);
    if (m_model == DhtModel::Dht11)
        QThread::msleep(18);
    else
        QThread::usleep(1100);
    if (!m_line->watchEdges(&error)) {
        m_line->release();
        return SensorResult::failed(SensorFailure::NoDevice, error);
    }
    // The answer takes about 4.2 ms (preamble 160 µs + 40 bits of 76..120 µs); a gap of 2 ms
    // means it is over.
    QList<GpioLine::Edge> edges;
    const bool ok = m_line->readEdges(2000, 10'000, &edges, &error);
    m_line->release();
    if (!ok)
        return SensorResult::failed(SensorFailure::Io, error);
    QList<DhtDecoder::Edge> decoderEdges;
    decoderEdges.reserve(edges.size());
    for (const GpioLine::Edge &edge : std::as_const(edges))
        decoderEdges.append({edge.timestampNs, edge.rising});
    return DhtDecoder::decode(decoderEdges, m_model, QDateTime::currentMSecsSinceEpoch());
}

} // namespace netlab
