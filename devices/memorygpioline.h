#pragma once

#include <devices/gpioline.h>

namespace netlab {

// A GPIO line that exists only in memory: the LED of a simulated agent, and a base for test
// doubles. Edges queued with queueEdges() are handed out by the next readEdges().
class MemoryGpioLine : public GpioLine
{
public:
    explicit MemoryGpioLine(int bcm);

    QString description() const override;
    bool setOutput(bool high, QString *error) override;
    bool outputLevel() const override { return m_level; }
    bool watchEdges(QString *error) override;
    bool readEdges(int quietUs, int totalUs, QList<Edge> *edges, QString *error) override;
    void release() override;

    void queueEdges(const QList<Edge> &edges) { m_queued = edges; }
    bool isOutput() const { return m_output; }
    int bcm() const { return m_bcm; }

private:
    int m_bcm = -1;
    bool m_level = false;
    bool m_output = false;
    QList<Edge> m_queued;
};

} // namespace netlab
