#include <devices/edgerecorder.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace netlab {

EdgeRecorder::EdgeRecorder(GpiodDhtBackend &backend)
    : m_backend(backend)
{ }

std::optional<EdgeCapture> EdgeRecorder::record(int count, const Progress &progress, QString *error)
{
    const DhtModel model = m_backend.model();
    const int intervalMs = m_intervalMs >= 0 ? m_intervalMs : dhtMinimumIntervalMs(model);
    EdgeCapture capture;
    capture.model = model;
    capture.comments.append(tr("netlab-agent record-edges, %1, %2, started %3")
                                .arg(m_backend.description(), dhtModelKey(model),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    qint64 originNs = -1;
    bool rebased = false;
    QElapsedTimer sinceLastRead;
    for (int index = 1; index <= count; ++index) {
        if (sinceLastRead.isValid() && sinceLastRead.elapsed() < intervalMs)
            QThread::msleep(ulong(intervalMs - sinceLastRead.elapsed()));
        sinceLastRead.start();
        GpiodDhtBackend::Answer answer;
        QString reason;
        if (m_backend.readAnswer(&answer, &reason) != SensorFailure::None) {
            if (error)
                *error = tr("read %1 of %2: %3").arg(index).arg(count).arg(reason);
            return std::nullopt;
        }
        if (originNs < 0)
            originNs = answer.startPulseNs;
        // The kernel stamps edges with CLOCK_MONOTONIC (libgpiod v2, and v1 since Linux 5.7),
        // the clock of the start pulse's times. Where it does not (an older kernel's realtime
        // stamps), an answer would land outside its frame: keep the edges' own spacing and
        // place them just after the release, and say so in the file.
        qint64 shiftNs = 0;
        if (!answer.edges.isEmpty()) {
            const qint64 first = answer.edges.constFirst().timestampNs;
            if (first < answer.releaseNs
                || first > answer.releaseNs + qint64(GpiodDhtBackend::kWindowUs) * 1000) {
                shiftNs = answer.releaseNs + 1000 - first;
                if (!rebased)
                    capture.comments.append(
                        tr("edge times re-based: the kernel's edge clock is not CLOCK_MONOTONIC"));
                rebased = true;
            }
        }
        const qint64 previousNs
            = capture.edges.isEmpty() ? 0 : capture.edges.constLast().timestampNs;
        const auto append = [&](qint64 ns, bool rising) {
            capture.edges.append({qMax(previousNs, ns - originNs), rising});
        };
        append(answer.startPulseNs, false);
        append(answer.releaseNs, true);
        QList<DhtDecoder::Edge> decoderEdges;
        for (const GpioLine::Edge &edge : std::as_const(answer.edges)) {
            append(edge.timestampNs + shiftNs, edge.rising);
            decoderEdges.append({edge.timestampNs, edge.rising});
        }
        if (progress)
            progress(index, answer.edges.size(), DhtDecoder::decode(decoderEdges, model));
    }
    return capture;
}

} // namespace netlab
