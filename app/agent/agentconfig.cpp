#include "agentconfig.h"

#include <devices/pinmap.h>
#include <netlab/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

#include <cmath>
#include <unistd.h>

namespace netlab {

namespace {

// The value of one setting, taken from the command line when given there, else from the INI
// file, else nothing.
struct Source
{
    const QCommandLineParser &parser;
    const QSettings *settings;

    std::optional<QString> value(const QString &option, const QString &iniKey) const
    {
        if (parser.isSet(option))
            return parser.value(option);
        if (settings && settings->contains(iniKey))
            return settings->value(iniKey).toString();
        return std::nullopt;
    }
};

bool parsePort(const QString &text, quint16 *port, QString *error)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value > 65535) {
        *error = AgentConfig::tr("port must be a number from 0 to 65535, not \"%1\"").arg(text);
        return false;
    }
    *port = quint16(value);
    return true;
}

bool parseBcm(const QString &what, const QString &text, int *pin, QString *error)
{
    QString reason;
    const std::optional<int> bcm = PinMap::parsePin(text, &reason);
    if (!bcm) {
        *error = AgentConfig::tr("%1: %2").arg(what, reason);
        return false;
    }
    *pin = *bcm;
    return true;
}

} // namespace

QString AgentConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("readings.sqlite"));
}

QString AgentConfig::tokenPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("token"));
}

QString AgentConfig::defaultDataDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/netlab-agent");
    return QDir::homePath() + QStringLiteral("/.local/share/netlab-agent");
}

QString AgentConfig::defaultMqttId()
{
    QString id = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0);
    for (QChar &c : id) {
        if (c == u'/' || c == u'+' || c == u'#' || c.isSpace() || !c.isPrint())
            c = u'-';
    }
    return id.isEmpty() ? QStringLiteral("netlab-agent") : id;
}

bool AgentConfig::parseBroker(const QString &text, QString *host, quint16 *port, QString *error)
{
    const QString broker = text.trimmed();
    QString name = broker;
    QString portText;
    if (broker.startsWith(u'[')) { // [::1]:1883
        const qsizetype close = broker.indexOf(u']');
        if (close < 0) {
            *error = tr("mqtt-broker: \"%1\" lacks the closing ]").arg(text);
            return false;
        }
        name = broker.mid(1, close - 1);
        const QString rest = broker.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            *error = tr("mqtt-broker: \"%1\" is not HOST[:PORT]").arg(text);
            return false;
        }
        portText = rest.mid(1);
    } else if (broker.count(u':') == 1) { // host:port (a bare IPv6 address has several)
        name = broker.section(u':', 0, 0);
        portText = broker.section(u':', 1);
    }
    if (name.isEmpty() || name.contains(u' ') || name.contains(u'/')) {
        *error = tr("mqtt-broker: \"%1\" is not HOST[:PORT]").arg(text);
        return false;
    }
    quint16 number = 1883;
    if (!portText.isEmpty() && (!parsePort(portText, &number, error) || number == 0)) {
        *error = tr("mqtt-broker: the port must be a number from 1 to 65535, not \"%1\"")
                     .arg(portText);
        return false;
    }
    *host = name;
    *port = number;
    return true;
}

std::optional<AgentConfig> AgentConfig::fromArguments(
    const QStringList &arguments, QString *output, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("netlab-agent — reads the DHT11 on a Raspberry Pi, drives its LED, stores the readings "
           "in SQLite and serves them over HTTP (API under /api/v1, live page at /).\n\n"
           "Pins are BCM GPIO numbers (\"4\", \"GPIO4\") or physical header pins (\"pin7\"):\n")
        + PinMap::diagram());
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("\"read\": print one reading like the course's script and exit. Default: serve.\n"
           "\"token\": print the LED token (root and the agent's user only; --rotate: make a "
           "new one, which the running agent uses at once).\n"
           "\"record-edges [--count N] FILE\": on the Pi, save the sensor's answers as edges "
           "(field debugging; netlab-agent record-edges --help).\n"
           "\"decode-edges FILE [--model dht11|dht22] [--json]\": decode a saved capture, "
           "anywhere (netlab-agent decode-edges --help). These come first on the line."),
        QStringLiteral("[read|token|record-edges|decode-edges]"));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption config(QStringLiteral("config"),
        tr("Read settings from this INI file (the command line wins)."), tr("file"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        tr("Address to listen on (default 0.0.0.0: every interface)."), tr("address"));
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
        tr("HTTP port (default 8750; 0: any free port)."), tr("port"));
    const QCommandLineOption backend(QStringLiteral("backend"),
        tr("Sensor access: iio (kernel driver, default), gpiod (pulse timing), simulated."),
        tr("kind"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
        tr("Simulated sensor and LED, for machines without them (same as --backend simulated)."));
    const QCommandLineOption model(
        QStringLiteral("model"), tr("Sensor model: dht11 (default) or dht22."), tr("model"));
    const QCommandLineOption dhtPin(QStringLiteral("dht-pin"),
        tr("GPIO of the sensor's data line (default GPIO4, physical pin 7)."), tr("pin"));
    const QCommandLineOption ledPin(QStringLiteral("led-pin"),
        tr("GPIO of the LED (default GPIO13, physical pin 33; \"none\": no LED)."), tr("pin"));
    const QCommandLineOption interval(QStringLiteral("interval"),
        tr("Seconds between readings (default 2; never below the sensor's minimum)."),
        tr("seconds"));
    const QCommandLineOption iioRoot(QStringLiteral("iio-root"),
        tr("Where the IIO devices are (default /sys/bus/iio/devices)."), tr("dir"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        tr("Directory of the database and the LED token (default %1).").arg(defaultDataDir()),
        tr("dir"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
        tr("Delete readings older than this many days (default 30; 0 keeps all)."), tr("days"));
    const QCommandLineOption ledServer(QStringLiteral("led-server-port"),
        tr("Also run the course's classic LED server (TCP, lines \"on\"/\"off\") on this port, "
           "e.g. 1234 (default: off)."),
        tr("port"));
    const QCommandLineOption ledServerBind(QStringLiteral("led-server-bind"),
        tr("Address of the LED server (default 127.0.0.1: this machine only)."), tr("address"));
    const QCommandLineOption ledServerOpen(QStringLiteral("led-server-open"),
        tr("The LED server takes \"on\"/\"off\" without a \"token <T>\" line first (the "
           "course's exact exercise; anyone who reaches the port can switch the LED)."));
    const QCommandLineOption seed(
        QStringLiteral("sim-seed"), tr("Seed of the simulated sensor (default: random)."), tr("n"));
    const QCommandLineOption failureRate(QStringLiteral("sim-failure-rate"),
        tr("Share of simulated reads that fail, 0..1 (default 0)."), tr("rate"));
    const QCommandLineOption mqttBroker(QStringLiteral("mqtt-broker"),
        tr("Publish every reading to this MQTT broker (port 1883 unless given) as "
           "netlab/<id>/dht, with netlab/<id>/status online/offline; readings taken while it "
           "cannot be reached are sent when it can (default: no MQTT)."),
        tr("host[:port]"));
    const QCommandLineOption mqttId(QStringLiteral("mqtt-id"),
        tr("The agent's name in the MQTT topics (default: the host name, %1).")
            .arg(defaultMqttId()),
        tr("id"));
    const QCommandLineOption mqttUser(QStringLiteral("mqtt-username"),
        tr("User name at the broker (the password goes in the config file: [mqtt] password=)."),
        tr("name"));
    const QCommandLineOption mqttTls(
        QStringLiteral("mqtt-tls"), tr("Connect to the broker over TLS (usually port 8883)."));
    const QCommandLineOption mqttCa(QStringLiteral("mqtt-ca-file"),
        tr("With TLS: the broker's CA certificate, PEM (default: the system's CAs); implies "
           "--mqtt-tls."),
        tr("file"));
    QCommandLineOption minimumInterval(QStringLiteral("sim-min-interval-ms"),
        tr("Tests only: the simulated sensor's minimum interval."), tr("ms"));
    minimumInterval.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption rotate(
        QStringLiteral("rotate"), tr("With \"token\": replace the token with a new one."));
    QCommandLineOption fullDisk(QStringLiteral("sim-full-disk"),
        tr("Tests only: the database may not grow, as on a full disk."));
    fullDisk.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {help, version, config, bind, port, backend, simulate, model, dhtPin, ledPin, interval,
            iioRoot, dataDir, retention, ledServer, ledServerBind, ledServerOpen, seed, failureRate,
            minimumInterval, fullDisk, rotate, mqttBroker, mqttId, mqttUser, mqttTls, mqttCa});

    const auto fail = [&](const QString &problem) -> std::optional<AgentConfig> {
        *output = tr("netlab-agent: %1 (see netlab-agent --help)").arg(problem);
        *exitCode = 2;
        return std::nullopt;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        *output = parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *output = QStringLiteral("netlab-agent %1\n").arg(QStringLiteral(NETLAB_VERSION_STRING));
        *exitCode = 0;
        return std::nullopt;
    }

    AgentConfig result;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(tr("one command at most, got: %1").arg(positional.join(QLatin1Char(' '))));
    if (positional.size() == 1) {
        if (positional.first() == u"read")
            result.command = Command::Read;
        else if (positional.first() == u"token")
            result.command = Command::Token;
        else
            return fail(tr("unknown command \"%1\"").arg(positional.first()));
    }
    result.rotateToken = parser.isSet(rotate);
    if (result.rotateToken && result.command != Command::Token)
        return fail(tr("--rotate goes with the command \"token\""));

    std::optional<QSettings> settings;
    if (parser.isSet(config)) {
        result.configFile = parser.value(config);
        if (!QFileInfo(result.configFile).isReadable())
            return fail(tr("cannot read the config file %1").arg(result.configFile));
        settings.emplace(result.configFile, QSettings::IniFormat);
        if (settings->status() != QSettings::NoError)
            return fail(tr("%1: not a valid INI file").arg(result.configFile));
    }
    const Source source {parser, settings ? &*settings : nullptr};
    QString problem;

    if (auto v = source.value(bind.names().first(), QStringLiteral("server/bind"))) {
        if (!result.bindAddress.setAddress(v->trimmed()))
            return fail(tr("bind: \"%1\" is not an IP address").arg(*v));
    }
    if (auto v = source.value(port.names().last(), QStringLiteral("server/port"))) {
        if (!parsePort(*v, &result.port, &problem))
            return fail(problem);
    }
    if (auto v = source.value(backend.names().first(), QStringLiteral("sensor/backend")))
        result.backend = v->trimmed().toLower();
    if (parser.isSet(simulate))
        result.backend = QStringLiteral("simulated");
    if (result.backend != u"iio" && result.backend != u"gpiod" && result.backend != u"simulated")
        return fail(tr("backend must be iio, gpiod or simulated, not \"%1\"").arg(result.backend));
    if (auto v = source.value(model.names().first(), QStringLiteral("sensor/model"))) {
        const QString m = v->trimmed().toLower();
        if (m == u"dht11")
            result.model = DhtModel::Dht11;
        else if (m == u"dht22" || m == u"am2302")
            result.model = DhtModel::Dht22;
        else
            return fail(tr("model must be dht11 or dht22, not \"%1\"").arg(*v));
    }
    if (auto v = source.value(dhtPin.names().first(), QStringLiteral("sensor/pin"))) {
        if (!parseBcm(tr("sensor pin"), *v, &result.dhtPin, &problem))
            return fail(problem);
    }
    if (auto v = source.value(ledPin.names().first(), QStringLiteral("led/pin"))) {
        if (v->trimmed().compare(u"none", Qt::CaseInsensitive) == 0)
            result.ledPin = -1;
        else if (!parseBcm(tr("LED pin"), *v, &result.ledPin, &problem))
            return fail(problem);
    }
    if (result.ledPin >= 0 && result.ledPin == result.dhtPin)
        return fail(tr("the sensor and the LED cannot share GPIO%1").arg(result.ledPin));
    if (auto v = source.value(interval.names().first(), QStringLiteral("sensor/interval"))) {
        bool ok = false;
        const double seconds = v->trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return fail(
                tr("interval must be a number of seconds from 0 to 86400, not \"%1\"").arg(*v));
        result.intervalMs = qMax(1, int(std::lround(seconds * 1000)));
    }
    if (auto v = source.value(iioRoot.names().first(), QStringLiteral("sensor/iio-root")))
        result.iioRoot = *v;
    if (auto v = source.value(dataDir.names().first(), QStringLiteral("storage/data-dir")))
        result.dataDir = *v;
    if (result.dataDir.isEmpty())
        result.dataDir = defaultDataDir();
    if (auto v
        = source.value(retention.names().first(), QStringLiteral("storage/retention-days"))) {
        bool ok = false;
        const int days = v->trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            return fail(
                tr("retention must be a number of days from 0 to 36500, not \"%1\"").arg(*v));
        result.retentionDays = days;
    }
    if (auto v = source.value(ledServer.names().first(), QStringLiteral("led/server-port"))) {
        if (!parsePort(*v, &result.ledServerPort, &problem))
            return fail(problem);
    }
    if (auto v = source.value(ledServerBind.names().first(), QStringLiteral("led/server-bind"))) {
        const QString text = v->trimmed();
        result.ledServerBind
            = text == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (result.ledServerBind.isNull())
            return fail(tr("led-server-bind must be an IP address, not \"%1\"").arg(*v));
    }
    result.ledServerOpen = parser.isSet(ledServerOpen);
    if (parser.isSet(seed)) {
        bool ok = false;
        result.simulationSeed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(tr("sim-seed must be a number"));
    }
    if (parser.isSet(failureRate)) {
        bool ok = false;
        result.simulationFailureRate = parser.value(failureRate).toDouble(&ok);
        if (!ok || !(result.simulationFailureRate >= 0 && result.simulationFailureRate <= 1))
            return fail(tr("sim-failure-rate must be between 0 and 1"));
    }
    if (parser.isSet(minimumInterval)) {
        bool ok = false;
        result.simulationMinimumIntervalMs = parser.value(minimumInterval).toInt(&ok);
        if (!ok || result.simulationMinimumIntervalMs < 0)
            return fail(tr("sim-min-interval-ms must be a number of milliseconds"));
    }
    result.simulateFullDisk = parser.isSet(fullDisk);
    if (auto v = source.value(mqttBroker.names().first(), QStringLiteral("mqtt/broker"))) {
        if (!v->trimmed().isEmpty()
            && !parseBroker(*v, &result.mqttHost, &result.mqttPort, &problem))
            return fail(problem);
    }
    result.mqttId = source.value(mqttId.names().first(), QStringLiteral("mqtt/id"))
                        .value_or(QString())
                        .trimmed();
    if (result.mqttId.isEmpty())
        result.mqttId = defaultMqttId();
    if (result.mqttId.contains(u'/') || result.mqttId.contains(u'+')
        || result.mqttId.contains(u'#'))
        return fail(tr("mqtt-id must be one topic level, without '/', '+' or '#', not \"%1\"")
                        .arg(result.mqttId));
    result.mqttUsername = source.value(mqttUser.names().first(), QStringLiteral("mqtt/username"))
                              .value_or(QString());
    if (settings)
        result.mqttPassword = settings->value(QStringLiteral("mqtt/password")).toString();
    if (auto v = source.value(mqttCa.names().first(), QStringLiteral("mqtt/ca-file"))) {
        result.mqttCaFile = v->trimmed();
        if (!result.mqttCaFile.isEmpty() && !QFileInfo(result.mqttCaFile).isReadable())
            return fail(tr("cannot read the CA file %1").arg(result.mqttCaFile));
    }
    result.mqttTls = parser.isSet(mqttTls) || !result.mqttCaFile.isEmpty()
        || (settings && settings->value(QStringLiteral("mqtt/tls")).toBool());
    return result;
}

} // namespace netlab
