#include "agentservice.h"

#include "agentmqtt.h"
#include "agentrequest.h"
#include "agenttoken.h"
#include "ledserver.h"
#include "readingstore.h"

#include <devices/dhtreader.h>
#include <devices/gpioddhtbackend.h>
#include <devices/gpiodline.h>
#include <devices/iiodhtbackend.h>
#include <devices/memorygpioline.h>
#include <devices/pinmap.h>
#include <devices/simulateddhtbackend.h>
#include <netlab/httpserver.h>
#include <netlab/version.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>

#include <limits>

namespace netlab {

Q_LOGGING_CATEGORY(lcAgent, "netlab.agent")

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

void sendJson(HttpResponder &responder, int status, const QByteArray &json)
{
    HttpResponse response = HttpResponse::json(status, json);
    response.setHeader("Cache-Control", "no-store");
    responder.send(response);
}

void sendError(
    HttpResponder &responder, int status, const QString &error, const QString &detail = {})
{
    sendJson(responder, status, AgentRequest::errorBytes(error, detail));
}

} // namespace

AgentService::AgentService(const AgentConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server(new HttpServer(this))
    , m_store(new ReadingStore(this))
{
    m_uptime.start();
    m_keepAliveTimer.setInterval(kKeepAliveMs);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, [this] { broadcast({}, {}); });
    m_retentionTimer.setInterval(3600 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &AgentService::applyRetention);
    connect(m_store, &ReadingStore::errorOccurred, this, [this](const QString &message) {
        m_lastStoreError = message;
        // A full disk fails every reading: say it at the 1st, 2nd, 4th, 8th … failed write.
        const quint64 failed = m_store->writeErrors();
        if (failed == 0 || (failed & (failed - 1)) == 0)
            qCWarning(lcAgent).noquote() << message;
    });
    connect(m_store, &ReadingStore::pendingWritten, this, [this] {
        qCInfo(lcAgent).noquote() << tr(
            "storage: writing works again; the readings kept in memory are stored");
        m_lastStoreError.clear();
    });
    connect(m_server, &HttpServer::errorOccurred, this, &AgentService::errorOccurred);
    setupRoutes();
}

AgentService::~AgentService()
{
    stop();
}

std::unique_ptr<DhtBackend> AgentService::createBackend(const AgentConfig &config, QString *error)
{
    if (config.isSimulated()) {
        SimulatedDhtBackend::Options options;
        options.model = config.model;
        options.seed = config.simulationSeed;
        options.failureRate = config.simulationFailureRate;
        options.minimumIntervalMs = config.simulationMinimumIntervalMs;
        return std::make_unique<SimulatedDhtBackend>(options);
    }
    if (config.backend == u"gpiod") {
        std::unique_ptr<GpiodLine> line
            = GpiodLine::open(config.dhtPin, QStringLiteral("netlab-agent dht"), error);
        if (!line)
            return nullptr;
        return std::make_unique<GpiodDhtBackend>(std::move(line), config.model);
    }
    return std::make_unique<IioDhtBackend>(config.model, config.iioRoot, config.dhtPin);
}

void AgentService::setBackend(std::unique_ptr<DhtBackend> backend)
{
    m_pendingBackend = std::move(backend);
}

bool AgentService::start(QString *error)
{
    const auto fail = [&](const QString &message) {
        *error = message;
        emit errorOccurred(message);
        return false;
    };
    // The data directory holds the token and the readings: the agent's user only (0700).
    const bool existed = QFileInfo::exists(m_config.dataDir);
    if (!QDir().mkpath(m_config.dataDir))
        return fail(tr("cannot create the data directory %1").arg(m_config.dataDir));
    if (!existed)
        QFile::setPermissions(m_config.dataDir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    else if (QFileInfo(m_config.dataDir).permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther))
        qCWarning(lcAgent).noquote()
            << tr("the data directory %1 is open to other users; chmod 700 it")
                   .arg(m_config.dataDir);
    QString problem;
    m_token = AgentToken::loadOrCreate(m_config.tokenPath(), &m_tokenCreated, &problem);
    if (m_token.isEmpty())
        return fail(problem);
    m_tokenStamp = AgentToken::fileStamp(m_config.tokenPath());
    if (!m_store->open(m_config.databasePath()))
        return fail(m_store->lastError());
    if (m_config.simulateFullDisk && !m_store->setMaxPageCount(1)) // the pages in use
        return fail(m_store->lastError());
    m_runFirstSeq = m_store->lastSeq() + 1;
    applyRetention();

    std::unique_ptr<DhtBackend> backend
        = m_pendingBackend ? std::move(m_pendingBackend) : createBackend(m_config, &problem);
    if (!backend)
        return fail(tr("sensor: %1").arg(problem));
    m_reader = std::make_unique<DhtReader>(std::move(backend));
    m_reader->setIntervalMs(m_config.intervalMs);
    connect(m_reader.get(), &DhtReader::readingAvailable, this, &AgentService::onReading);
    connect(m_reader.get(), &DhtReader::readFailed, this, &AgentService::onReadFailure);

    if (m_config.ledPin >= 0) {
        if (m_config.isSimulated()) {
            m_led = std::make_unique<MemoryGpioLine>(m_config.ledPin);
        } else {
            m_led = GpiodLine::open(m_config.ledPin, QStringLiteral("netlab-agent led"), &problem);
            if (!m_led)
                m_ledProblem = problem;
        }
        if (m_led && !m_led->setOutput(false, &problem)) {
            m_ledProblem = problem;
            m_led.reset();
        }
        if (!m_ledProblem.isEmpty())
            qCWarning(lcAgent).noquote() << tr("LED unavailable: %1").arg(m_ledProblem);
    } else {
        m_ledProblem = tr("no LED configured");
    }

    if (!m_server->listen(m_config.bindAddress, m_config.port)) {
        m_reader.reset();
        return fail(tr("cannot listen on %1 port %2")
                        .arg(m_config.bindAddress.toString())
                        .arg(m_config.port));
    }
    if (m_config.ledServerPort != 0)
        startLedServer();
    if (!m_config.mqttHost.isEmpty() && !startMqtt(&problem)) {
        m_server->close();
        m_reader.reset();
        return fail(problem);
    }
    m_reader->start();
    m_keepAliveTimer.start();
    m_retentionTimer.start();
    return true;
}

void AgentService::stop()
{
    m_keepAliveTimer.stop();
    m_retentionTimer.stop();
    for (const QPointer<HttpResponder> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->finish();
    }
    m_streams.clear();
    if (m_ledServer)
        m_ledServer->close();
    m_server->close();
    m_reader.reset();
    if (m_mqtt) // before the store closes: the position it saves is the store's
        m_mqtt->stop();
    if (m_led) {
        QString ignored;
        m_led->setOutput(false, &ignored);
        m_led->release();
        m_led.reset();
    }
    // One last try for the readings that wait in memory, bounded: SIGTERM ends the agent
    // within 2 s even on a full disk.
    if (m_store->isOpen() && m_store->pendingCount() > 0 && !m_store->flush(kFinalFlushMs))
        qCWarning(lcAgent).noquote()
            << tr("storage: %n reading(s) could not be written before exit", nullptr,
                   m_store->pendingCount());
    m_store->close();
}

QUrl AgentService::url() const
{
    return m_server->url();
}

quint16 AgentService::port() const
{
    return m_server->serverPort();
}

quint16 AgentService::ledServerPort() const
{
    return m_ledServer ? m_ledServer->serverPort() : 0;
}

bool AgentService::ledOn() const
{
    return m_led && m_led->outputLevel();
}

bool AgentService::setLed(bool on, QString *error)
{
    if (!m_led) {
        *error = m_ledProblem.isEmpty() ? tr("no LED") : m_ledProblem;
        return false;
    }
    const bool was = m_led->outputLevel();
    if (!m_led->setOutput(on, error))
        return false;
    if (was != on) {
        qCInfo(lcAgent).noquote() << tr("LED %1").arg(on ? tr("on") : tr("off"));
        emit ledChanged(on);
    }
    return true;
}

QByteArray AgentService::infoJson() const
{
    QJsonObject sensor {
        {QLatin1String("model"), dhtModelKey(m_config.model)},
        {QLatin1String("backend"), m_reader ? m_reader->backendKey() : m_config.backend},
        {QLatin1String("source"), m_reader ? m_reader->backendDescription() : QString()},
        {QLatin1String("pin"), m_config.dhtPin},
        {QLatin1String("pin_name"), PinMap::describe(m_config.dhtPin)},
        {QLatin1String("interval_ms"), m_reader ? m_reader->intervalMs() : m_config.intervalMs},
        {QLatin1String("simulated"), m_config.isSimulated()},
    };
    QJsonObject led {
        {QLatin1String("pin"), m_config.ledPin},
        {QLatin1String("available"), m_led != nullptr},
        {QLatin1String("on"), ledOn()},
    };
    if (m_config.ledPin >= 0)
        led.insert(QLatin1String("pin_name"), PinMap::describe(m_config.ledPin));
    if (!m_led)
        led.insert(QLatin1String("problem"), m_ledProblem);
    const QJsonObject info {
        {QLatin1String("agent"), QLatin1String("netlab-agent")},
        {QLatin1String("version"), QLatin1String(NETLAB_VERSION_STRING)},
        {QLatin1String("host"), QSysInfo::machineHostName()},
        {QLatin1String("api"), 1},
        {QLatin1String("sensor"), sensor},
        {QLatin1String("led"), led},
        {QLatin1String("retention_days"), m_config.retentionDays},
        // The agent's own clock: clients draw on it and judge gaps by it, never by theirs.
        {QLatin1String("now"), m_clock.now()},
        {QLatin1String("clock_synchronized"), m_clock.synchronized()},
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QByteArray AgentService::healthJson() const
{
    QJsonObject failures;
    for (int kind = 1; kind < kSensorFailureKinds; ++kind) {
        const auto failure = SensorFailure(kind);
        failures.insert(
            sensorFailureKey(failure), qint64(m_reader ? m_reader->failureCount(failure) : 0));
    }
    QJsonObject health {
        {QLatin1String("uptime_s"), m_uptime.elapsed() / 1000},
        {QLatin1String("readings_ok"), qint64(m_reader ? m_reader->readingCount() : 0)},
        {QLatin1String("failures"), failures},
        {QLatin1String("failures_total"), qint64(m_reader ? m_reader->totalFailures() : 0)},
        {QLatin1String("consecutive_failures"), m_reader ? m_reader->consecutiveFailures() : 0},
        {QLatin1String("stream_clients"), int(m_streams.size())},
        {QLatin1String("auth_refused"), qint64(m_authRefused)},
    };
    const std::optional<SensorReading> last = m_reader ? m_reader->lastReading() : std::nullopt;
    if (last) {
        health.insert(QLatin1String("last_reading"), AgentRequest::readingJson(*last));
        health.insert(QLatin1String("last_reading_age_ms"), m_sinceLastReading.elapsed());
    } else {
        health.insert(QLatin1String("last_reading"), QJsonValue());
        health.insert(QLatin1String("last_reading_age_ms"), QJsonValue());
    }
    if (!m_lastFailure.isEmpty()) {
        health.insert(QLatin1String("last_failure"), m_lastFailure);
        health.insert(QLatin1String("last_failure_t"), m_lastFailureTime.toMSecsSinceEpoch());
    }
    QJsonObject storage {
        {QLatin1String("path"), m_store->path()},
        {QLatin1String("write_errors"), qint64(m_store->writeErrors())},
        {QLatin1String("pending"), m_store->pendingCount()},
        {QLatin1String("dropped"), qint64(m_store->droppedCount())},
    };
    if (!m_lastStoreError.isEmpty())
        storage.insert(QLatin1String("last_error"), m_lastStoreError);
    health.insert(QLatin1String("storage"), storage);
    if (m_mqtt) {
        QJsonObject mqtt {
            {QLatin1String("broker"), m_mqtt->brokerText()},
            {QLatin1String("topic"), m_mqtt->topicPrefix() + QLatin1String("/dht")},
            {QLatin1String("connected"), m_mqtt->isConnected()},
            {QLatin1String("state"), m_mqtt->stateText()},
            // Every reading up to this seq is at the broker; the others wait in the database.
            {QLatin1String("forwarded_seq"), m_mqtt->position()},
            {QLatin1String("waiting"), qMax<qint64>(0, m_store->lastSeq() - m_mqtt->position())},
        };
        if (!m_mqtt->lastError().isEmpty())
            mqtt.insert(QLatin1String("last_error"), m_mqtt->lastError());
        health.insert(QLatin1String("mqtt"), mqtt);
    }
    const bool sensorOk = m_reader && m_reader->consecutiveFailures() < kWarnAfterFailures && last
        && m_sinceLastReading.isValid()
        && m_sinceLastReading.elapsed() < qMax(60'000, 10 * m_reader->intervalMs());
    const bool storageOk = m_store->isOpen() && m_lastStoreError.isEmpty();
    health.insert(QLatin1String("status"),
        sensorOk && storageOk ? QLatin1String("ok") : QLatin1String("degraded"));
    return QJsonDocument(health).toJson(QJsonDocument::Compact);
}

void AgentService::setupRoutes()
{
    // Nothing an unauthenticated client sends may cost much: small bodies, refused before they
    // are read unless the token is right, few connections per address.
    HttpServer::Limits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.maxConnections = kMaxConnections;
    limits.maxConnectionsPerAddress = kMaxConnectionsPerAddress;
    limits.keepRawBodies = false;
    m_server->setLimits(limits);
    m_server->setHeadFilter([this](const HttpRequest &head) -> std::optional<HttpResponse> {
        if (head.method == "PUT" && head.path == "/api/v1/led")
            return tokenRefusal(head);
        return HttpResponse::json(404,
            AgentRequest::errorBytes(tr("no such resource: %1").arg(head.decodedPath().left(200)),
                tr("only PUT /api/v1/led takes a request body")));
    });
    m_server->route("GET", "/", [](const HttpRequest &, HttpResponder &responder) {
        QFile page(QStringLiteral(":/agent/index.html"));
        if (!page.open(QIODevice::ReadOnly)) {
            sendError(responder, 500, tr("the page is missing from this build"));
            return;
        }
        HttpResponse response(200);
        response.setBody(page.readAll(), "text/html; charset=utf-8");
        responder.send(response);
    });
    m_server->route("GET", "/api/v1/info", [this](const HttpRequest &, HttpResponder &responder) {
        sendJson(responder, 200, infoJson());
    });
    m_server->route("GET", "/api/v1/health", [this](const HttpRequest &, HttpResponder &responder) {
        sendJson(responder, 200, healthJson());
    });
    m_server->route(
        "GET", "/api/v1/readings", [this](const HttpRequest &request, HttpResponder &responder) {
            handleReadings(request, responder);
        });
    m_server->route("GET", "/api/v1/readings/stream",
        [this](const HttpRequest &request, HttpResponder &responder) {
            handleStream(request, responder);
        });
    m_server->route("GET", "/api/v1/led", [this](const HttpRequest &, HttpResponder &responder) {
        QJsonObject state {
            {QLatin1String("on"), ledOn()}, {QLatin1String("available"), m_led != nullptr}};
        sendJson(responder, 200, QJsonDocument(state).toJson(QJsonDocument::Compact));
    });
    m_server->route(
        "PUT", "/api/v1/led", [this](const HttpRequest &request, HttpResponder &responder) {
            handleLedPut(request, responder);
        });
    m_server->setDefaultHandler([](const HttpRequest &request, HttpResponder &responder) {
        sendError(responder, 404, tr("no such resource: %1").arg(request.decodedPath().left(200)),
            tr("the API is under /api/v1: info, health, readings, readings/stream, led"));
    });
}

void AgentService::handleReadings(const HttpRequest &request, HttpResponder &responder)
{
    QString problem;
    const auto query = AgentRequest::parseReadingsQuery(request.query, &problem);
    if (!query) {
        sendError(responder, 400, tr("bad query"), problem);
        return;
    }
    bool more = false;
    const QList<StoredReading> readings = query->sinceSeq >= 0
        ? m_store->readingsAfterSeq(query->sinceSeq, query->limit, &more)
        : m_store->readings(query->since, query->limit, &more);
    QJsonArray array;
    for (const StoredReading &reading : readings)
        array.append(AgentRequest::readingJson(reading, reading.seq));
    const QJsonObject body {
        {QLatin1String("readings"), array},
        {QLatin1String("more"), more},
    };
    sendJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void AgentService::handleStream(const HttpRequest &request, HttpResponder &responder)
{
    m_streams.removeAll(nullptr);
    if (m_streams.size() >= kMaxStreamClients) {
        sendError(responder, 503, tr("too many stream clients"),
            tr("at most %1 clients may follow the stream at once").arg(kMaxStreamClients));
        return;
    }
    // One address cannot take every place: others still get in.
    const auto fromPeer = std::count_if(
        m_streams.cbegin(), m_streams.cend(), [&request](const QPointer<HttpResponder> &stream) {
            return stream->request().peerAddress == request.peerAddress;
        });
    if (fromPeer >= kMaxStreamClientsPerAddress) {
        sendError(responder, 503, tr("too many stream clients"),
            tr("at most %1 clients from one address may follow the stream at once")
                .arg(kMaxStreamClientsPerAddress));
        return;
    }
    if (!responder.startEventStream())
        return;
    responder.sendComment("netlab-agent readings");
    // A client that reconnects with Last-Event-ID (a seq) gets what it missed from the store.
    bool ok = false;
    const qint64 lastId = request.header("Last-Event-ID").trimmed().toLongLong(&ok);
    if (ok && lastId >= 0) {
        const QList<StoredReading> missed
            = m_store->readingsAfterSeq(lastId, AgentRequest::kDefaultLimit, nullptr);
        for (const StoredReading &reading : missed) {
            if (!responder.sendEvent("reading", AgentRequest::readingBytes(reading, reading.seq),
                    QByteArray::number(reading.seq)))
                return;
        }
    }
    // The agent's clock, after the replay: the client knows that what follows is live.
    const QJsonObject clock {
        {QLatin1String("now"), m_clock.now()},
        {QLatin1String("clock_synchronized"), m_clock.synchronized()},
    };
    if (!responder.sendEvent("clock", QJsonDocument(clock).toJson(QJsonDocument::Compact)))
        return;
    m_streams.append(QPointer<HttpResponder>(&responder));
}

QByteArray AgentService::currentToken()
{
    // `netlab-agent token --rotate` replaced the file: use the new token from now on.
    const quint64 stamp = AgentToken::fileStamp(m_config.tokenPath());
    if (stamp != m_tokenStamp) {
        QString problem;
        const QByteArray rotated = AgentToken::read(m_config.tokenPath(), &problem);
        m_tokenStamp = stamp;
        if (!rotated.isEmpty() && rotated != m_token) {
            m_token = rotated;
            qCInfo(lcAgent).noquote() << tr("the LED token was replaced");
        }
    }
    return m_token;
}

std::optional<HttpResponse> AgentService::tokenRefusal(const HttpRequest &request)
{
    const QString peer = request.peerAddress.toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto found = m_authFailures.find(peer);
    if (found != m_authFailures.end() && now - found->windowStartMs > 60'000) {
        m_authFailures.erase(found);
        found = m_authFailures.end();
    }
    if (found != m_authFailures.end() && found->count >= kMaxAuthFailures) {
        ++m_authRefused;
        HttpResponse response = HttpResponse::json(429,
            AgentRequest::errorBytes(tr("too many wrong tokens"),
                tr("%1 wrong tokens from %2 within a minute; try again later")
                    .arg(kMaxAuthFailures)
                    .arg(peer)));
        response.setHeader("Retry-After", "60");
        return response;
    }
    const std::optional<QByteArray> token
        = AgentRequest::bearerToken(request.header("Authorization"));
    if (token && AgentToken::equals(*token, currentToken())) {
        m_authFailures.remove(peer);
        return std::nullopt;
    }
    ++m_authRefused;
    if (m_authFailures.size() >= 1024 && !m_authFailures.contains(peer))
        m_authFailures.clear(); // bounded: forget everybody rather than grow
    AuthFailures &entry = m_authFailures[peer];
    if (entry.count == 0)
        entry.windowStartMs = now;
    ++entry.count;
    HttpResponse response = HttpResponse::json(401,
        token ? AgentRequest::errorBytes(tr("wrong token"),
            tr("the token does not match the agent's; on the agent's machine, "
               "`sudo netlab-agent token` shows it"))
              : AgentRequest::errorBytes(tr("token required"),
                  tr("send the header \"Authorization: Bearer <token>\"; on the agent's "
                     "machine, `sudo netlab-agent token` shows the token")));
    response.setHeader("WWW-Authenticate",
        token ? "Bearer realm=\"netlab-agent\", error=\"invalid_token\""
              : "Bearer realm=\"netlab-agent\"");
    return response;
}

void AgentService::handleLedPut(const HttpRequest &request, HttpResponder &responder)
{
    if (const std::optional<HttpResponse> refusal = tokenRefusal(request)) {
        responder.send(*refusal);
        return;
    }
    QString problem;
    const std::optional<bool> on = AgentRequest::parseLedBody(request.body, &problem);
    if (!on) {
        sendError(responder, 400, tr("bad request body"), problem);
        return;
    }
    if (!setLed(*on, &problem)) {
        sendError(responder, 503, tr("the LED cannot be switched"), problem);
        return;
    }
    const QJsonObject state {{QLatin1String("on"), ledOn()}};
    sendJson(responder, 200, QJsonDocument(state).toJson(QJsonDocument::Compact));
}

void AgentService::onReading(const SensorReading &taken)
{
    SensorReading reading = taken;
    reading.timestampMs = m_clock.now(); // the agent's one clock, whatever the backend used
    m_sinceLastReading.start();
    qint64 seq = 0;
    if (m_store->append(reading, &seq)) // nothing waits in memory: writing works
        m_lastStoreError.clear();
    emit readingStored(reading);
    broadcast("reading", AgentRequest::readingBytes(reading, seq), QByteArray::number(seq));
}

void AgentService::onReadFailure(SensorFailure kind, const QString &message)
{
    m_lastFailure = message;
    m_lastFailureTime = QDateTime::fromMSecsSinceEpoch(m_clock.now(), Qt::UTC);
    const int consecutive = m_reader ? m_reader->consecutiveFailures() : 1;
    // Single failures are normal for a DHT11; say something only when they keep coming.
    if (consecutive == kWarnAfterFailures
        || (consecutive > kWarnAfterFailures && (consecutive & (consecutive - 1)) == 0))
        qCWarning(lcAgent).noquote()
            << tr("sensor: %1 failed reads in a row, the last: %2").arg(consecutive).arg(message);
    const QJsonObject event {
        {QLatin1String("t"), m_lastFailureTime.toMSecsSinceEpoch()},
        {QLatin1String("kind"), sensorFailureKey(kind)},
        {QLatin1String("message"), message},
        {QLatin1String("consecutive"), consecutive},
    };
    broadcast("error", QJsonDocument(event).toJson(QJsonDocument::Compact));
}

void AgentService::broadcast(const QByteArray &event, const QByteArray &data, const QByteArray &id)
{
    for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
        const QPointer<HttpResponder> &stream = m_streams.at(i);
        const bool alive = stream && stream->isOpen()
            && (event.isEmpty() ? stream->sendComment("keep-alive")
                                : stream->sendEvent(event, data, id));
        if (!alive)
            m_streams.removeAt(i);
    }
}

void AgentService::applyRetention()
{
    if (m_config.retentionDays <= 0 || !m_store->isOpen())
        return;
    const qint64 retentionMs = m_config.retentionDays * kDayMs;
    // What this run stored within the retention (on the monotonic clock) stays, even if the
    // wall clock jumped forward meanwhile; older readings go by their t.
    const qint64 keepFromSeq
        = m_uptime.elapsed() < retentionMs ? m_runFirstSeq : std::numeric_limits<qint64>::max();
    const int removed = m_store->removeExpired(m_clock.now(), retentionMs, keepFromSeq);
    if (removed > 0)
        qCInfo(lcAgent).noquote() << tr("retention: removed %n old reading(s)", nullptr, removed);
}

bool AgentService::startMqtt(QString *error)
{
    m_mqtt = new AgentMqtt(
        m_config, m_store, [this](bool on, QString *problem) { return setLed(on, problem); },
        [this] { return currentToken(); }, this);
    connect(this, &AgentService::readingStored, m_mqtt, &AgentMqtt::readingStored);
    connect(this, &AgentService::ledChanged, m_mqtt, &AgentMqtt::ledChanged);
    m_mqtt->ledChanged(ledOn());
    return m_mqtt->start(error);
}

void AgentService::startLedServer()
{
    m_ledServer
        = new LedServer([this](bool on, QString *problem) { return setLed(on, problem); }, this);
    connect(m_ledServer, &LedServer::errorOccurred, this,
        [](const QString &message) { qCWarning(lcAgent).noquote() << message; });
    LedServer::Options options;
    options.bindAddress = m_config.ledServerBind;
    options.port = m_config.ledServerPort;
    options.token = m_token;
    options.open = m_config.ledServerOpen;
    if (options.open)
        qCWarning(lcAgent).noquote() << tr(
            "the LED server is open (--led-server-open): anyone who reaches port %1 can switch "
            "the LED without a token")
                                            .arg(m_config.ledServerPort);
    QString message;
    if (!m_ledServer->listen(options, &message)) {
        qCWarning(lcAgent).noquote() << message;
        emit errorOccurred(message);
    }
}

} // namespace netlab
