#include "mqttlibrary.h"

#include <mosquitto.h>

#include <QtDebug>

#include <atomic>

namespace netlab {

namespace {
// How many MqttLibrary objects are alive: 0 or 1 in a correct program.
std::atomic<int> g_instances {0};
} // namespace

MqttLibrary::MqttLibrary()
{
    if (g_instances.fetch_add(1) == 0)
        mosquitto_lib_init();
    else
        qWarning("netlab::MqttLibrary: a second instance; libmosquitto is set up only once");
}

MqttLibrary::~MqttLibrary()
{
    if (g_instances.fetch_sub(1) == 1)
        mosquitto_lib_cleanup();
}

bool MqttLibrary::isInitialised()
{
    return g_instances.load() > 0;
}

QString MqttLibrary::versionString()
{
    int major = 0, minor = 0, revision = 0;
    mosquitto_lib_version(&major, &minor, &revision);
    return QStringLiteral("libmosquitto %1.%2.%3").arg(major).arg(minor).arg(revision);
}

} // namespace netlab
