#pragma once

#include <devices/edgecapture.h>
#include <devices/gpioddhtbackend.h>

#include <QCoreApplication>

#include <functional>

namespace netlab {

// Records what a DHT sensor answers, for a bug report: count times, the host start pulse
// through GpiodDhtBackend (the agent's own libgpiod path) and the edges that follow, into one
// EdgeCapture whose times count from the first start pulse. Each answer is written as the
// start pulse's falling and rising edge followed by the sensor's edges, so the file reads like
// a logic-analyzer capture and EdgeCapture::hostFrames() finds the same frames again.
// Blocking (start pulses, the sensor's minimum interval between reads): a command-line tool's
// work, never an event loop's.
class EdgeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(netlab::EdgeRecorder)

public:
    // After each answer: its number (1-based), its edge count and what DhtDecoder made of it.
    using Progress = std::function<void(int index, qsizetype edges, const SensorResult &)>;

    explicit EdgeRecorder(GpiodDhtBackend &backend);

    // Pause between two start pulses (default: the model's minimum interval).
    void setIntervalMs(int intervalMs) { m_intervalMs = intervalMs; }
    // nullopt + *error when the line fails (no answer is not a failure: an empty frame).
    std::optional<EdgeCapture> record(int count, const Progress &progress, QString *error);

private:
    GpiodDhtBackend &m_backend;
    int m_intervalMs = -1;
};

} // namespace netlab
