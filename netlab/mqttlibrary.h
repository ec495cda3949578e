#pragma once

#include <QString>

namespace netlab {

// libmosquitto's process-wide set-up: mosquitto_lib_init() in the constructor,
// mosquitto_lib_cleanup() in the destructor. The composition root (the workbench's, the CLI's
// or a test's main) owns exactly one for the process's lifetime, above every MqttClient; no
// singleton and no hidden static initialisation, so the order is visible where it is made.
// isInitialised() lets MqttClient refuse, with a clear message, to run without one.
class MqttLibrary
{
public:
    MqttLibrary();
    ~MqttLibrary();
    MqttLibrary(const MqttLibrary &) = delete;
    MqttLibrary &operator=(const MqttLibrary &) = delete;

    static bool isInitialised();
    // "libmosquitto 2.0.11"
    static QString versionString();
};

} // namespace netlab
