// netlab agent HOST[:PORT] (info | readings | follow | led on|off): the Sensors tab's client,
// headless, over netlab::AgentClient (the same HTTP calls the tab makes). Readings are printed
// like the course's script ("Temp: 23.0C Humidity: 41.0%") after their time, or as one JSON
// object per line with --json.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"

#include <netlab/agentclient.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "agent";
constexpr int kDefaultPort = 8750;
constexpr int kDefaultLimit = 1000;
constexpr qint64 kDefaultSinceMs = 3600 * 1000; // readings of the last hour

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("netlab::cli", text, disambiguation, n);
}

QString helpText()
{
    return tr("Usage: netlab agent HOST[:PORT] COMMAND [OPTIONS]\n"
              "Talk to a netlab-agent (default port 8750), like the workbench's Sensors tab.\n"
              "\n"
              "Commands:\n"
              "  info                   the agent's version, host, sensor and LED\n"
              "  readings               stored readings, oldest first (default: the last hour)\n"
              "    --since T            after T: Unix milliseconds, an ISO date-time\n"
              "                         (2026-11-22T10:00:00) or a time ago (30s, 10m, 2h, 7d)\n"
              "    --limit N            at most N readings (1 to 10000, default 1000)\n"
              "  follow                 print each live reading until Ctrl+C; exit status 1 when\n"
              "                         the agent goes away\n"
              "  led on|off             switch the LED\n"
              "    --token T            the agent's token (the file 'token' in its data\n"
              "                         directory); default: $NETLAB_AGENT_TOKEN\n"
              "\n"
              "Options:\n"
              "  --json                 one JSON object per line\n"
              "  -h, --help             show this help\n"
              "\n"
              "Exit status: 0 done, 1 the agent could not be reached or refused, 2 bad "
              "arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab agent raspberrypi.local info\n"
              "  netlab agent 192.168.1.20:8750 readings --since 10m\n"
              "  netlab agent raspberrypi.local led on --token 3f9c...\n");
}

// "host", "host:port", "[::1]:port" or "http://host:port/".
std::optional<QUrl> parseAgentAddress(const QString &text, QString *error)
{
    QUrl url = text.contains(u"://"_s) ? QUrl(text) : QUrl(u"http://"_s + text);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"http") {
        *error = tr("'%1' is not an agent address: write HOST or HOST:PORT "
                    "(an IPv6 address in brackets, [::1]:8750)")
                     .arg(text);
        return std::nullopt;
    }
    if (url.port() == 0) {
        *error = tr("'%1': port 0 is not an agent's port").arg(text);
        return std::nullopt;
    }
    if (url.port() < 0)
        url.setPort(kDefaultPort);
    return url;
}

// Unix ms, an ISO date-time, or "N(s|m|h|d)" ago.
std::optional<qint64> parseSince(const QString &text, QString *error)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok && ms >= 0)
        return ms;
    static const QRegularExpression ago(u"^(\\d{1,6})([smhd])$"_s);
    if (const auto match = ago.match(text); match.hasMatch()) {
        const qint64 unit = match.captured(2) == u"s" ? 1000
            : match.captured(2) == u"m"               ? 60'000
            : match.captured(2) == u"h"               ? 3'600'000
                                                      : 86'400'000;
        return qMax<qint64>(
            0, QDateTime::currentMSecsSinceEpoch() - match.captured(1).toLongLong() * unit);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toMSecsSinceEpoch();
    *error = tr("--since '%1': give Unix milliseconds, an ISO date-time or a time ago such as "
                "10m")
                 .arg(text);
    return std::nullopt;
}

void printReading(const AgentClient::Reading &reading, bool json)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(reading.t);
    if (json) {
        // t as the agent sent it (its clock); time on this machine's clock.
        QJsonObject object {{u"event"_s, u"reading"_s}, {u"t"_s, reading.agentT},
            {u"time"_s, time.toString(Qt::ISODateWithMs)},
            {u"temperature_c"_s, reading.temperatureC}, {u"humidity_pct"_s, reading.humidityPct}};
        if (reading.seq >= 0)
            object.insert(u"seq"_s, reading.seq);
        writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        return;
    }
    printLine(tr("%1  Temp: %2C Humidity: %3%")
                  .arg(time.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                  .arg(reading.temperatureC, 0, 'f', 1)
                  .arg(reading.humidityPct, 0, 'f', 1));
}

void printInfo(const QJsonObject &info, bool json)
{
    if (json) {
        QJsonObject object = info;
        object.insert(u"event"_s, u"info"_s);
        writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        return;
    }
    const QJsonObject sensor = info.value(u"sensor"_s).toObject();
    const QJsonObject led = info.value(u"led"_s).toObject();
    printLine(tr("agent:   netlab-agent %1 on %2")
                  .arg(info.value(u"version"_s).toString(), info.value(u"host"_s).toString()));
    printLine(tr("sensor:  %1, %2%3, %4, every %5 s")
                  .arg(sensor.value(u"model"_s).toString().toUpper(),
                      sensor.value(u"backend"_s).toString(),
                      sensor.value(u"simulated"_s).toBool()
                              && sensor.value(u"backend"_s).toString() != u"simulated"
                          ? tr(" (simulated)")
                          : QString(),
                      sensor.value(u"pin_name"_s).toString())
                  .arg(sensor.value(u"interval_ms"_s).toDouble() / 1000.0, 0, 'g', 3));
    if (led.value(u"available"_s).toBool())
        printLine(tr("LED:     %1, %2")
                      .arg(led.value(u"pin_name"_s).toString(),
                          led.value(u"on"_s).toBool() ? tr("on") : tr("off")));
    else
        printLine(tr("LED:     not available (%1)").arg(led.value(u"problem"_s).toString()));
    const int days = info.value(u"retention_days"_s).toInt();
    printLine(days > 0 ? tr("storage: readings kept %n day(s)", nullptr, days)
                       : tr("storage: readings kept for ever"));
}

} // namespace

int runAgent(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sinceOption(u"since"_s, QString(), u"T"_s);
    const QCommandLineOption limitOption(u"limit"_s, QString(), u"N"_s);
    const QCommandLineOption tokenOption(u"token"_s, QString(), u"T"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOptions({sinceOption, limitOption, tokenOption, jsonOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(
            kName, tr("needs HOST[:PORT] and a command (info, readings, follow, led)"));
    QString error;
    const std::optional<QUrl> url = parseAgentAddress(positional.at(0), &error);
    if (!url)
        return usageError(kName, error);
    const QString verb = positional.at(1);
    const bool json = parser.isSet(jsonOption);
    const int wanted = verb == u"led" ? 3 : 2;
    if (verb != u"info" && verb != u"readings" && verb != u"follow" && verb != u"led")
        return usageError(
            kName, tr("unknown command '%1' (info, readings, follow, led)").arg(verb));
    if (verb == u"led" && positional.size() < 3)
        return usageError(kName, tr("led takes 'on' or 'off'"));
    if (positional.size() > wanted)
        return usageError(kName, tr("unexpected argument '%1'").arg(positional.at(wanted)));
    if (verb != u"readings" && (parser.isSet(sinceOption) || parser.isSet(limitOption)))
        return usageError(kName, tr("--since and --limit go with 'readings'"));
    if (verb != u"led" && parser.isSet(tokenOption))
        return usageError(kName, tr("--token goes with 'led'"));

    AgentClient client;
    client.setBaseUrl(*url);
    const QString where = client.baseUrl().toDisplayString();
    // Whatever ends the command ends the event loop with its exit code.
    const auto fail = [](const QString &message) {
        runtimeError(kName, message);
        QCoreApplication::exit(ExitFailure);
    };
    QObject::connect(&client, &AgentClient::queryFailed, &client, fail);

    if (verb == u"info") {
        QObject::connect(
            &client, &AgentClient::infoReceived, &client, [json](const QJsonObject &info) {
                printInfo(info, json);
                QCoreApplication::exit(ExitOk);
            });
        client.queryInfo();
    } else if (verb == u"readings") {
        qint64 since = QDateTime::currentMSecsSinceEpoch() - kDefaultSinceMs;
        if (parser.isSet(sinceOption)) {
            const auto parsed = parseSince(parser.value(sinceOption), &error);
            if (!parsed)
                return usageError(kName, error);
            since = *parsed;
        }
        int limit = kDefaultLimit;
        if (parser.isSet(limitOption)) {
            const auto parsed = parseInt(
                parser.value(limitOption), u"--limit"_s, 1, AgentClient::kHistoryPage, &error);
            if (!parsed)
                return usageError(kName, error);
            limit = *parsed;
        }
        QObject::connect(&client, &AgentClient::readingsPageReceived, &client,
            [json](const QList<AgentClient::Reading> &readings, bool more) {
                for (const AgentClient::Reading &reading : readings)
                    printReading(reading, json);
                if (readings.isEmpty())
                    warn(kName, tr("no readings in that time"));
                else if (more)
                    warn(kName,
                        tr("more readings follow: continue with --since %1")
                            .arg(readings.constLast().agentT));
                QCoreApplication::exit(ExitOk);
            });
        client.queryReadings(since, limit);
    } else if (verb == u"follow") {
        client.setHistorySpanMs(0); // only what arrives from now on
        QObject::connect(&client, &AgentClient::readingsReceived, &client,
            [json](const QList<AgentClient::Reading> &readings) {
                for (const AgentClient::Reading &reading : readings)
                    printReading(reading, json);
            });
        QObject::connect(
            &client, &AgentClient::stateChanged, &client, [where](AgentClient::State state) {
                if (state == AgentClient::State::Online)
                    warn(kName, tr("following %1 (Ctrl+C to stop)").arg(where));
            });
        QObject::connect(&client, &AgentClient::sensorFailed, &client,
            [json](const QString &kind, const QString &message) {
                if (json)
                    printJsonEvent(
                        u"sensor_failed"_s, {{u"kind"_s, kind}, {u"message"_s, message}});
                else
                    warn(kName, tr("sensor read failed (%1): %2").arg(kind, message));
            });
        // The client would reconnect by itself; a headless follower reports and stops.
        QObject::connect(&client, &AgentClient::errorOccurred, &client,
            [fail](const QString &message) { fail(tr("stopped following: %1").arg(message)); });
        quitOnInterrupt(&client);
        client.connectToAgent();
    } else {
        const QString state = positional.at(2);
        if (state != u"on" && state != u"off")
            return usageError(kName, tr("led takes 'on' or 'off', not '%1'").arg(state));
        QByteArray token = parser.value(tokenOption).trimmed().toUtf8();
        if (!parser.isSet(tokenOption))
            token = qgetenv("NETLAB_AGENT_TOKEN").trimmed();
        client.setToken(token);
        QObject::connect(&client, &AgentClient::ledChanged, &client, [json](bool on) {
            if (json)
                printJsonEvent(u"led"_s, {{u"on"_s, on}});
            else
                printLine(on ? tr("LED on") : tr("LED off"));
            QCoreApplication::exit(ExitOk);
        });
        QObject::connect(&client, &AgentClient::ledRequestFailed, &client,
            [fail, where, hasToken = !token.isEmpty()](int status, const QString &message) {
                if (status == 401)
                    fail(hasToken ? tr("%1 refused the token (HTTP 401: %2)").arg(where, message)
                                  : tr("%1 needs the agent's token to switch the LED (HTTP 401): "
                                       "give it with --token (the file 'token' in the agent's "
                                       "data directory)")
                                        .arg(where));
                else if (status == 0)
                    fail(message); // says where already
                else
                    fail(tr("%1 refused: HTTP %2 (%3)").arg(where).arg(status).arg(message));
            });
        client.setLed(state == u"on");
    }
    return QCoreApplication::exec();
}

} // namespace netlab::cli
