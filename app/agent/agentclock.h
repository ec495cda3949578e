#pragma once

#include <QtGlobal>

#include <functional>

namespace netlab {

// The agent's view of time, injectable so tests can make its wall clock jump:
//   now()           Unix ms on the agent's wall clock (stamps readings; may jump either way
//                   on a Pi without a real-time clock until NTP sets it)
//   synchronized()  whether the kernel considers the clock synchronised (adjtimex(): the
//                   STA_UNSYNC flag clear, as timedatectl's "System clock synchronized")
struct AgentClock
{
    std::function<qint64()> now = &systemNow;
    std::function<bool()> synchronized = &systemSynchronized;

    static qint64 systemNow();
    static bool systemSynchronized();
};

} // namespace netlab
