#include <devices/gpioddhtbackend.h>

#include <devices/dhtdecoder.h>

#include <QDateTime>
#include <QThread>

#include <chrono>

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

SensorFailure GpiodDhtBackend::readAnswer(Answer *answer, QString *error)
{
    const auto monotonicNs = [] {
        return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
    // Start signal: low long enough for the sensor to notice, then let the pull-up raise it.
    answer->edges.clear();
    answer->startPulseNs = monotonicNs();
    if (!m_line->setOutput(false, error))
        return SensorFailure::NoDevice;
    if (m_model == DhtModel::Dht11)
        QThread::msleep(18);
    else
        QThread::usleep(1100);
    answer->releaseNs = monotonicNs();
    if (!m_line->watchEdges(error)) {
        m_line->release();
        return SensorFailure::NoDevice;
    }
    const bool ok = m_line->readEdges(kQuietUs, kWindowUs, &answer->edges, error);
    m_line->release();
    return ok ? SensorFailure::None : SensorFailure::Io;
}

SensorResult GpiodDhtBackend::read()
{
    Answer answer;
    QString error;
    const SensorFailure failure = readAnswer(&answer, &error);
    if (failure != SensorFailure::None)
        return SensorResult::failed(failure, error);
    QList<DhtDecoder::Edge> decoderEdges;
    decoderEdges.reserve(answer.edges.size());
    for (const GpioLine::Edge &edge : std::as_const(answer.edges))
        decoderEdges.append({edge.timestampNs, edge.rising});
    return DhtDecoder::decode(decoderEdges, m_model, QDateTime::currentMSecsSinceEpoch());
}

} // namespace netlab
