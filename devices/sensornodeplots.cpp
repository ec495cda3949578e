#include "sensornodeplots.h"

#include "sensornodesession.h"

#include <netlab/frameplots.h>

namespace netlab {

SensorNodePlots::SensorNodePlots(SensorNodeSession *session, FramePlots *plots, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plots(plots)
{
    connect(session, &SensorNodeSession::started, this, &SensorNodePlots::takeFormat);
    connect(session, &SensorNodeSession::packetsCleared, this,
        [this] { m_plots->clear(QString::fromUtf16(kKey)); });
    connect(session, &SensorNodeSession::packetsDecoded, this,
        [this](qsizetype first, qsizetype count) {
            const auto &packets = m_session->packets();
            const QString key = QString::fromUtf16(kKey);
            for (qsizetype i = first; i < first + count && i < qsizetype(packets.size()); ++i) {
                const SensorNodePacket &packet = packets[std::size_t(i)];
                m_plots->append(key, packet.receivedMs, packet.values);
            }
        });
    takeFormat();
}

void SensorNodePlots::takeFormat()
{
    m_plots->setSource(QString::fromUtf16(kKey),
        tr("Sensor node packets (%1)").arg(m_session->format().formatString()),
        m_session->format());
}

} // namespace netlab
