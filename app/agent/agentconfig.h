#pragma once

#include <devices/sensorreading.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace netlab {

// Everything netlab-agent can be told, from an INI file (--config) and the command line (which
// wins). The INI file:
//   [server]   bind=0.0.0.0   port=8750
//   [sensor]   backend=iio|gpiod|simulated   model=dht11|dht22   pin=4   interval=2 (seconds)
//              iio-root=/sys/bus/iio/devices
//   [led]      pin=13
//   [storage]  data-dir=/var/lib/netlab-agent   retention-days=30 (0 keeps everything)
//   [mqtt]     broker=HOST[:PORT]   id=<agent id: the host name>   username=   password=
//              tls=false   ca-file=   (the password only here, never on the command line)
struct AgentConfig
{
    Q_DECLARE_TR_FUNCTIONS(netlab::AgentConfig)

public:
    enum class Command { Serve, Read, Token };

    Command command = Command::Serve;
    bool rotateToken = false; // token --rotate
    QString configFile;
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = 8750; // 0: any free port (tests)
    QString backend = QStringLiteral("iio"); // iio | gpiod | simulated
    DhtModel model = DhtModel::Dht11;
    int dhtPin = 4; // BCM numbers
    int ledPin = 13; // -1: no LED
    int intervalMs = 2000;
    QString iioRoot; // empty: /sys/bus/iio/devices
    QString dataDir; // the database and the token file
    int retentionDays = 30;
    quint16 ledServerPort = 0; // the course's classic LED server (TCP, "on"/"off"); 0: off
    QHostAddress ledServerBind = QHostAddress::LocalHost;
    bool ledServerOpen = false; // no "token <T>" line first (the course's exact exercise)
    // Simulated sensor (--simulate).
    quint32 simulationSeed = 0;
    double simulationFailureRate = 0;
    int simulationMinimumIntervalMs = -1; // tests only: faster than a real sensor
    bool simulateFullDisk = false; // tests only: the database may not grow (--sim-full-disk)
    // MQTT (--mqtt-broker): readings to netlab/<mqttId>/dht; empty host: no MQTT.
    QString mqttHost;
    quint16 mqttPort = 1883;
    QString mqttId; // one topic level: no '/', '+', '#'
    QString mqttUsername;
    QString mqttPassword;
    bool mqttTls = false;
    QString mqttCaFile; // with TLS: the broker's CA (PEM); empty: the system's CAs

    bool isSimulated() const { return backend == QLatin1String("simulated"); }
    QString databasePath() const;
    QString tokenPath() const;
    // The data directory used when none is given: /var/lib/netlab-agent for root, else
    // ~/.local/share/netlab-agent.
    static QString defaultDataDir();
    // The host name made into one MQTT topic level ("pi-07"): what mqttId defaults to.
    static QString defaultMqttId();
    // "HOST", "HOST:PORT", "[IPv6]:PORT" -> host and port (default 1883). false + *error.
    static bool parseBroker(const QString &text, QString *host, quint16 *port, QString *error);

    // Parses arguments (arguments[0] is the program). Returns nothing when the program should
    // end: *exitCode 0 with the text for stdout in *output (--help, --version), or 2 with the
    // problem in *output.
    static std::optional<AgentConfig> fromArguments(
        const QStringList &arguments, QString *output, int *exitCode);
};

} // namespace netlab
