#pragma once

#include <QObject>

namespace netlab {

class FramePlots;
class SensorNodeSession;

// Feeds the sensor node's decoded packets to FramePlots as the source kKey, with one series
// per numeric field of the session's packet format (set again when a session starts, the
// format may have changed), so the Serial tab can plot dx, dy, dz live.
class SensorNodePlots : public QObject
{
    Q_OBJECT

public:
    static constexpr const char16_t *kKey = u"serial/node";

    SensorNodePlots(SensorNodeSession *session, FramePlots *plots, QObject *parent = nullptr);

private:
    void takeFormat();

    SensorNodeSession *m_session;
    FramePlots *m_plots;
};

} // namespace netlab
