#include <devices/memorygpioline.h>

#include <QCoreApplication>

namespace netlab {

MemoryGpioLine::MemoryGpioLine(int bcm)
    : m_bcm(bcm)
{ }

QString MemoryGpioLine::description() const
{
    return QCoreApplication::translate("netlab::MemoryGpioLine", "GPIO%1 (simulated)").arg(m_bcm);
}

bool MemoryGpioLine::setOutput(bool high, QString *)
{
    m_output = true;
    m_level = high;
    return true;
}

bool MemoryGpioLine::watchEdges(QString *)
{
    m_output = false;
    return true;
}

bool MemoryGpioLine::readEdges(int, int, QList<Edge> *edges, QString *)
{
    *edges = std::exchange(m_queued, {});
    return true;
}

void MemoryGpioLine::release()
{
    m_output = false;
}

} // namespace netlab
