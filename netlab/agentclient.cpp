#include <netlab/agentclient.h>

#include <netlab/socketerror.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace netlab {

namespace {

constexpr int kSilenceMs = 45'000; // the agent sends a keep-alive every 15 s
constexpr qint64 kMaxJsonBytes = 8 * 1024 * 1024;

std::optional<AgentClient::Reading> parseReading(const QJsonObject &object)
{
    const QJsonValue t = object.value(QLatin1String("t"));
    const QJsonValue temperature = object.value(QLatin1String("temperature_c"));
    const QJsonValue humidity = object.value(QLatin1String("humidity_pct"));
    if (!t.isDouble() || !temperature.isDouble() || !humidity.isDouble())
        return std::nullopt;
    AgentClient::Reading reading;
    reading.agentT = reading.t = qint64(t.toDouble());
    reading.temperatureC = temperature.toDouble();
    reading.humidityPct = humidity.toDouble();
    const QJsonValue seq = object.value(QLatin1String("seq"));
    if (seq.isDouble() && seq.toDouble() >= 0)
        reading.seq = qint64(seq.toDouble());
    return reading;
}

qint64 localNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<netlab::AgentClient::Reading>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AgentClient::fetchInfo);
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(kSilenceMs);
    connect(&m_silenceTimer, &QTimer::timeout, this,
        [this] { lost(tr("the agent has sent nothing for %1 s").arg(kSilenceMs / 1000)); });
}

AgentClient::~AgentClient()
{
    abortReplies();
    if (QNetworkReply *query = m_query.data()) {
        query->disconnect(this);
        query->abort();
    }
}

void AgentClient::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    if (base != m_baseUrl) { // another agent: its history starts afresh
        m_lastT = -1;
        m_lastSeq = -1;
        m_offsetMs = 0;
    }
    m_baseUrl = base;
}

void AgentClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AgentClient::connectToAgent()
{
    abortReplies();
    m_reconnectTimer.stop();
    m_backoffMs = 1000;
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        emit errorOccurred(tr("no agent address"));
        setState(State::Disconnected);
        return;
    }
    fetchInfo();
}

void AgentClient::disconnectFromAgent()
{
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    abortReplies();
    setState(State::Disconnected);
}

void AgentClient::abortReplies()
{
    for (QPointer<QNetworkReply> *reply : {&m_request, &m_stream}) {
        if (QNetworkReply *r = reply->data()) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
        *reply = nullptr;
    }
}

QNetworkReply *AgentClient::get(const QString &path, const QString &query)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    return m_network->get(request);
}

QString AgentClient::describe(QNetworkReply *reply) const
{
    const QString where = formatEndpoint(
        m_baseUrl.host(), quint16(m_baseUrl.port(m_baseUrl.scheme() == u"https" ? 443 : 80)));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
        const QString text = error.value(QLatin1String("error")).toString();
        if (!text.isEmpty()) // the agent's own words
            return tr("%1 answered HTTP %2 (%3)").arg(where).arg(status).arg(text);
        // Another server, or no agent API at that address: what the status means.
        return describeNetworkReplyError(reply->error(),
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
            tr("%1 answered HTTP %2").arg(where).arg(status));
    }
    QNetworkReply::NetworkError error = reply->error();
    // Replies are disconnected before they are aborted, so a cancel seen here is the transfer
    // timeout (Qt reports it as OperationCanceledError).
    if (error == QNetworkReply::OperationCanceledError)
        error = QNetworkReply::TimeoutError;
    return describeNetworkReplyError(error, reply->errorString(), where);
}

std::optional<QJsonObject> AgentClient::readInfo(QNetworkReply *reply, QString *error) const
{
    if (reply->error() != QNetworkReply::NoError) {
        *error = describe(reply);
        return std::nullopt;
    }
    const QJsonObject info = QJsonDocument::fromJson(reply->read(kMaxJsonBytes)).object();
    if (info.value(QLatin1String("agent")).toString() != u"netlab-agent") {
        *error = tr("%1 answers, but it is not a netlab agent").arg(m_baseUrl.toDisplayString());
        return std::nullopt;
    }
    return info;
}

QList<AgentClient::Reading> AgentClient::readPage(
    const QJsonObject &page, qint64 afterSeq, qint64 afterT, qint64 offsetMs, int *bad)
{
    const QJsonArray array = page.value(QLatin1String("readings")).toArray();
    QList<Reading> readings;
    readings.reserve(array.size());
    for (const QJsonValue &value : array) {
        auto reading = parseReading(value.toObject());
        const bool after
            = reading && (afterSeq >= 0 ? reading->seq > afterSeq : reading->agentT > afterT);
        if (!after) {
            ++*bad;
            continue;
        }
        reading->t = reading->agentT - offsetMs;
        readings.append(*reading);
        if (afterSeq >= 0)
            afterSeq = reading->seq;
        else
            afterT = reading->agentT;
    }
    return readings;
}

bool AgentClient::isNew(const Reading &reading) const
{
    if (reading.seq >= 0)
        return reading.seq > m_lastSeq;
    return reading.agentT > m_lastT; // an agent of the first API
}

void AgentClient::advance(const Reading &reading)
{
    m_lastT = reading.agentT;
    m_lastSeq = qMax(m_lastSeq, reading.seq);
}

void AgentClient::fetchInfo()
{
    abortReplies();
    setState(m_state == State::Online || m_state == State::Reconnecting ? State::Reconnecting
                                                                        : State::Connecting);
    QNetworkReply *reply = get(QStringLiteral("api/v1/info"));
    m_request = reply;
    const qint64 sentAt = localNow();
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
        reply->deleteLater();
        const qint64 middle = sentAt + (localNow() - sentAt) / 2;
        QString error;
        const std::optional<QJsonObject> info = readInfo(reply, &error);
        if (!info) {
            lost(error);
            return;
        }
        m_info = *info;
        const QJsonValue agentNow = m_info.value(QLatin1String("now"));
        if (agentNow.isDouble())
            m_offsetMs = qint64(agentNow.toDouble()) - middle;
        m_agentClockSynchronized = m_info.value(QLatin1String("clock_synchronized")).toBool();
        emit infoReceived(m_info);
        m_historyPages = 0;
        m_historyCount = 0;
        m_pagingByTime = m_lastSeq < 0;
        fetchHistory();
    });
}

void AgentClient::fetchHistory()
{
    // Resumes after the last sequence number; the first fetch goes back m_historySpanMs on the
    // agent's clock (by t, as does an agent of the first API).
    QString cursor;
    if (!m_pagingByTime) {
        cursor = QStringLiteral("since_seq=%1").arg(m_lastSeq);
    } else {
        qint64 since = m_lastT;
        if (since < 0)
            since = qMax<qint64>(0, localNow() + m_offsetMs - m_historySpanMs);
        cursor = QStringLiteral("since=%1").arg(since);
    }
    QNetworkReply *reply = get(
        QStringLiteral("api/v1/readings"), cursor + QStringLiteral("&limit=%1").arg(kHistoryPage));
    m_request = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            lost(describe(reply));
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply->read(kMaxJsonBytes)).object();
        const QList<Reading> readings = m_pagingByTime
            ? readPage(page, -1, m_lastT, m_offsetMs, &m_badEvents)
            : readPage(page, m_lastSeq, -1, m_offsetMs, &m_badEvents);
        for (const Reading &reading : readings)
            advance(reading);
        m_historyCount += int(readings.size());
        if (!readings.isEmpty())
            emit readingsReceived(readings);
        if (page.value(QLatin1String("more")).toBool() && ++m_historyPages < kMaxHistoryPages
            && !readings.isEmpty()) {
            fetchHistory();
            return;
        }
        // The next fetch (a reconnect) resumes by seq, when the agent gives one.
        m_pagingByTime = m_lastSeq < 0;
        emit historyLoaded(m_historyCount);
        openStream();
    });
}

void AgentClient::openStream()
{
    m_parser.reset();
    m_streamLive = false;
    QNetworkRequest request(m_baseUrl.resolved(QUrl(QStringLiteral("api/v1/readings/stream"))));
    request.setRawHeader("Accept", "text/event-stream");
    if (m_lastSeq >= 0)
        request.setRawHeader("Last-Event-ID", QByteArray::number(m_lastSeq));
    else if (m_lastT >= 0 && !m_info.contains(QLatin1String("now")))
        request.setRawHeader("Last-Event-ID", QByteArray::number(m_lastT)); // first API: t
    QNetworkReply *reply = m_network->get(request);
    m_stream = reply;
    connect(reply, &QNetworkReply::readyRead, this, &AgentClient::streamData);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        lost(reply->error() == QNetworkReply::NoError ? tr("the agent ended the stream")
                                                      : describe(reply));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            m_backoffMs = 1000;
            setState(State::Online);
        }
    });
    m_silenceTimer.start();
}

void AgentClient::streamData()
{
    if (!m_stream)
        return;
    m_silenceTimer.start();
    const QList<SseParser::Event> events = m_parser.feed(m_stream->readAll());
    QList<Reading> readings;
    for (const SseParser::Event &event : events) {
        const QJsonObject object = QJsonDocument::fromJson(event.data).object();
        if (event.event == "reading") {
            auto reading = parseReading(object);
            if (!reading) {
                ++m_badEvents;
                continue;
            }
            if (!isNew(*reading))
                continue; // already had it (history and stream overlap)
            // A live reading was stamped just now by the agent: if its t is far from the
            // estimate, the agent's clock jumped (NTP at last, or a reboot without RTC).
            const qint64 offset = reading->agentT - localNow();
            if (m_streamLive && qAbs(offset - m_offsetMs) > kClockJumpMs)
                m_offsetMs = offset;
            reading->t = reading->agentT - m_offsetMs;
            readings.append(*reading);
            advance(*reading);
        } else if (event.event == "clock") {
            // Sent after the replay of missed readings: what follows is live.
            m_streamLive = true;
            const QJsonValue agentNow = object.value(QLatin1String("now"));
            if (agentNow.isDouble()
                && qAbs(qint64(agentNow.toDouble()) - localNow() - m_offsetMs) > kClockJumpMs)
                m_offsetMs = qint64(agentNow.toDouble()) - localNow();
            m_agentClockSynchronized = object.value(QLatin1String("clock_synchronized")).toBool();
        } else if (event.event == "error") {
            emit sensorFailed(object.value(QLatin1String("kind")).toString(),
                object.value(QLatin1String("message")).toString());
        } else {
            ++m_badEvents;
        }
    }
    if (!readings.isEmpty())
        emit readingsReceived(readings);
}

void AgentClient::lost(const QString &reason)
{
    m_silenceTimer.stop();
    abortReplies();
    emit errorOccurred(reason);
    scheduleReconnect();
}

void AgentClient::scheduleReconnect()
{
    setState(State::Reconnecting);
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void AgentClient::setLed(bool on)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(QStringLiteral("api/v1/led"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_network->put(request, on ? "{\"on\": true}" : "{\"on\": false}");
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        if (status == 200) {
            emit ledChanged(body.value(QLatin1String("on")).toBool());
            return;
        }
        QString message = body.value(QLatin1String("error")).toString();
        if (status == 0) // no answer: where and why in plain words
            message = describe(reply);
        else if (message.isEmpty())
            message = reply->errorString();
        emit ledRequestFailed(status, message);
    });
}

void AgentClient::queryInfo()
{
    QNetworkReply *reply = get(QStringLiteral("api/v1/info"));
    m_query = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString error;
        const std::optional<QJsonObject> info = readInfo(reply, &error);
        if (!info) {
            emit queryFailed(error);
            return;
        }
        emit infoReceived(*info);
    });
}

void AgentClient::queryReadings(qint64 sinceMs, int limit)
{
    QNetworkReply *reply = get(QStringLiteral("api/v1/readings"),
        QStringLiteral("since=%1&limit=%2").arg(qMax<qint64>(0, sinceMs)).arg(limit));
    m_query = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            emit queryFailed(describe(reply));
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply->read(kMaxJsonBytes)).object();
        if (!page.value(QLatin1String("readings")).isArray()) {
            emit queryFailed(
                tr("%1 answers, but not with a list of readings").arg(m_baseUrl.toDisplayString()));
            return;
        }
        // One-shot: no clock offset known, t stays the agent's.
        const QList<Reading> readings = readPage(page, -1, -1, 0, &m_badEvents);
        emit readingsPageReceived(readings, page.value(QLatin1String("more")).toBool());
    });
}

} // namespace netlab
