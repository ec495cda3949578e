#include "agentclock.h"

#include <QDateTime>

#include <sys/timex.h>

namespace netlab {

qint64 AgentClock::systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool AgentClock::systemSynchronized()
{
    struct timex state = {}; // modes 0: read only
    const int result = ::adjtimex(&state);
    return result != -1 && result != TIME_ERROR && (state.status & STA_UNSYNC) == 0;
}

} // namespace netlab
