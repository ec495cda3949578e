#pragma once

#include <QList>
#include <QString>

namespace netlab {

// One GPIO line, as the sensor and LED code need it. GpiodLine is the real one (libgpiod);
// MemoryGpioLine keeps the state in memory (simulated agent, tests); tests may derive their
// own to feed edge timings.
class GpioLine
{
public:
    struct Edge
    {
        qint64 timestampNs = 0; // kernel monotonic time stamp
        bool rising = false;
    };

    virtual ~GpioLine() = default;

    // "GPIO13 on gpiochip0 (pinctrl-bcm2711)"
    virtual QString description() const = 0;
    // Drives the line as an output (requesting it as one if needed). false + *error.
    virtual bool setOutput(bool high, QString *error) = 0;
    // The level last driven (false before any).
    virtual bool outputLevel() const = 0;
    // Switches the line to an input that records both edges with kernel time stamps.
    virtual bool watchEdges(QString *error) = 0;
    // Collects edges until none came for quietUs or totalUs passed. false + *error on an
    // OS failure (no edges is not a failure: the list stays empty).
    virtual bool readEdges(int quietUs, int totalUs, QList<Edge> *edges, QString *error) = 0;
    // Gives the line back to the kernel.
    virtual void release() = 0;
};

} // namespace netlab
