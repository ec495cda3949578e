#include "descriptorlimit.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace netlab {

#ifdef Q_OS_UNIX
namespace {

int asInt(rlim_t value)
{
    if (value == RLIM_INFINITY || value > rlim_t(std::numeric_limits<int>::max()))
        return -1;
    return int(value);
}

} // namespace
#endif

int raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur != limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return asInt(limit.rlim_cur);
#else
    return -1;
#endif
}

int openFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return asInt(limit.rlim_cur);
#else
    return -1;
#endif
}

int clientCapForDescriptors(int wanted)
{
    const int limit = openFileLimit();
    if (limit < 0)
        return wanted;
    const int headroom = std::clamp(limit / 8, 8, 64);
    return std::clamp(limit - headroom, 1, std::max(1, wanted));
}

} // namespace netlab
