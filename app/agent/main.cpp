// netlab-agent — the Pi's headless daemon: reads the DHT11, drives the LED, stores the readings
// in SQLite and serves them over HTTP. `netlab-agent read` prints one reading and exits.
#include "agentconfig.h"
#include "agentmqtt.h"
#include "agentservice.h"
#include "agenttoken.h"
#include "edgescommand.h"

#include <devices/dhtbackend.h>
#include <devices/dhtreader.h>
#include <netlab/descriptorlimit.h>
#include <netlab/mqttlibrary.h>
#include <netlab/translators.h>
#include <netlab/version.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT / SIGTERM (systemctl stop) end the event loop, so the database closes cleanly.
void quitOnSignals(QObject *context)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

int readOnce(const netlab::AgentConfig &config)
{
    QString problem;
    std::unique_ptr<netlab::DhtBackend> backend
        = netlab::AgentService::createBackend(config, &problem);
    if (!backend) {
        printLine(stderr, QStringLiteral("netlab-agent: %1").arg(problem));
        return 1;
    }
    netlab::DhtReader reader(std::move(backend));
    int exitCode = 1;
    QObject::connect(&reader, &netlab::DhtReader::readingAvailable, &reader,
        [](const netlab::SensorReading &reading) { printLine(stdout, reading.toText()); });
    QObject::connect(&reader, &netlab::DhtReader::readFailed, &reader,
        [](netlab::SensorFailure kind, const QString &message) {
            printLine(stderr,
                QStringLiteral("netlab-agent: read failed (%1): %2")
                    .arg(netlab::sensorFailureKey(kind), message));
        });
    QObject::connect(&reader, &netlab::DhtReader::readOnceFinished, &reader, [&exitCode](bool ok) {
        exitCode = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    reader.readOnce();
    QCoreApplication::exec();
    return exitCode;
}

// `netlab-agent token [--rotate]`: the token on stdout, for root and the agent's user (the
// file is theirs, mode 0600); a running agent re-reads the file when it changes.
int printToken(const netlab::AgentConfig &config)
{
    QString problem;
    const QByteArray token = config.rotateToken
        ? netlab::AgentToken::rotate(config.tokenPath(), &problem)
        : netlab::AgentToken::read(config.tokenPath(), &problem);
    if (token.isEmpty()) {
        printLine(stderr, QStringLiteral("netlab-agent: %1").arg(problem));
        return 1;
    }
    printLine(stdout, QString::fromLatin1(token));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Servers accept as many clients as descriptors allow: use what the hard limit permits.
    netlab::raiseOpenFileLimit();
    QCoreApplication::setApplicationName(QStringLiteral("netlab-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLAB_VERSION_STRING));
    // The user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) for --help, command-line
    // errors and a failed start; dropped once serving, so the HTTP API's JSON and the journal
    // stay English (machine-read, and what one pastes when asking for help).
    std::optional<netlab::Translators> translators(std::in_place, QLocale::system());
    // The journal adds time and host; keep the lines short and say who speaks.
    qSetMessagePattern(QStringLiteral(
        "netlab-agent: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));

    if (netlab::EdgesCommand::handles(QCoreApplication::arguments()))
        return netlab::EdgesCommand::run(QCoreApplication::arguments(), stdout, stderr);

    QString output;
    int exitCode = 0;
    const std::optional<netlab::AgentConfig> config
        = netlab::AgentConfig::fromArguments(QCoreApplication::arguments(), &output, &exitCode);
    if (!config) {
        std::fputs(output.toLocal8Bit().constData(), exitCode == 0 ? stdout : stderr);
        if (exitCode != 0)
            std::fputc('\n', stderr);
        return exitCode;
    }
    if (config->command == netlab::AgentConfig::Command::Read)
        return readOnce(*config);
    if (config->command == netlab::AgentConfig::Command::Token)
        return printToken(*config);

    netlab::MqttLibrary mqttLibrary; // libmosquitto, set up once, outlives the service
    netlab::AgentService service(*config);
    QString problem;
    if (!service.start(&problem)) {
        printLine(stderr, QStringLiteral("netlab-agent: %1").arg(problem));
        return 1;
    }
    translators.reset();
    quitOnSignals(&service);
    // Never the token itself: this output ends up in the journal.
    if (service.tokenCreated())
        printLine(stdout,
            QStringLiteral("netlab-agent: a new LED token was made; show it with "
                           "`sudo netlab-agent token`"));
    printLine(stdout,
        QStringLiteral("netlab-agent: listening on %1 (sensor: %2 through %3, data: %4)")
            .arg(service.url().toString(), service.reader()->backendDescription(),
                service.reader()->backendKey(), config->dataDir));
    if (service.ledServerPort() != 0)
        printLine(stdout,
            QStringLiteral("netlab-agent: classic LED server on port %1")
                .arg(service.ledServerPort()));
    if (service.mqtt())
        printLine(stdout,
            QStringLiteral("netlab-agent: publishing readings to the MQTT broker %1 as %2/dht")
                .arg(service.mqtt()->brokerText(), service.mqtt()->topicPrefix()));
    return QCoreApplication::exec();
}
