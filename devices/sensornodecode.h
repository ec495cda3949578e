#pragma once

// The serial lab's settings (SerialSettings, SensorNodeSettings) as netlab::SerialNodeCode, the
// plain struct "Show as code" turns into a pyserial program (netlab/devicecode.h). Shared by
// the serial tab and `netlab code serial`, so both show the same program.

#include "sensornodesession.h"
#include "seriallink.h"

#include <netlab/devicecode.h>

namespace netlab {

SerialNodeCode serialNodeCode(const SerialSettings &line, const SensorNodeSettings &protocol);

} // namespace netlab
