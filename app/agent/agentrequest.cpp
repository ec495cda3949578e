#include "agentrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <cmath>

namespace netlab {

namespace {

// One decimal, as the sensor reports it (23.0, not 22.999999).
double tenths(double value)
{
    return std::round(value * 10) / 10;
}

} // namespace

std::optional<AgentRequest::ReadingsQuery> AgentRequest::parseReadingsQuery(
    const QByteArray &query, QString *error)
{
    ReadingsQuery result;
    if (query.size() > 1024) {
        *error = tr("the query string is too long");
        return std::nullopt;
    }
    const QUrlQuery items(QString::fromUtf8(query));
    const auto pairs = items.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : pairs) {
        bool ok = false;
        if (key == u"since") {
            const qint64 since = value.toLongLong(&ok);
            if (!ok || since < 0) {
                *error = tr("since must be a time in Unix milliseconds (0 or more), not \"%1\"")
                             .arg(value.left(40));
                return std::nullopt;
            }
            result.since = since;
        } else if (key == u"since_seq") {
            const qint64 sinceSeq = value.toLongLong(&ok);
            if (!ok || sinceSeq < 0) {
                *error = tr("since_seq must be a sequence number (0 or more), not \"%1\"")
                             .arg(value.left(40));
                return std::nullopt;
            }
            result.sinceSeq = sinceSeq;
        } else if (key == u"limit") {
            const qint64 limit = value.toLongLong(&ok);
            if (!ok || limit < 1 || limit > kMaxLimit) {
                *error = tr("limit must be a number from 1 to %1, not \"%2\"")
                             .arg(kMaxLimit)
                             .arg(value.left(40));
                return std::nullopt;
            }
            result.limit = int(limit);
        } else {
            *error
                = tr("unknown parameter \"%1\" (known: since_seq, since, limit)").arg(key.left(40));
            return std::nullopt;
        }
    }
    if (result.since >= 0 && result.sinceSeq >= 0) {
        *error = tr("give since_seq or since, not both");
        return std::nullopt;
    }
    return result;
}

std::optional<bool> AgentRequest::parseLedBody(const QByteArray &body, QString *error)
{
    if (body.size() > kMaxLedBody) {
        *error = tr("the body is too long for {\"on\": true}");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the body is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the body must be a JSON object like {\"on\": true}");
        return std::nullopt;
    }
    const QJsonValue on = document.object().value(QLatin1String("on"));
    if (!on.isBool()) {
        *error = tr("\"on\" must be true or false");
        return std::nullopt;
    }
    return on.toBool();
}

std::optional<QByteArray> AgentRequest::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || value.left(7).toLower() != "bearer ")
        return std::nullopt;
    const QByteArray token = value.mid(7).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

QJsonObject AgentRequest::readingJson(const SensorReading &reading, qint64 seq)
{
    QJsonObject object {
        {QLatin1String("t"), reading.timestampMs},
        {QLatin1String("temperature_c"), tenths(reading.temperatureC)},
        {QLatin1String("humidity_pct"), tenths(reading.humidityPct)},
    };
    if (seq >= 0)
        object.insert(QLatin1String("seq"), seq);
    return object;
}

QByteArray AgentRequest::readingBytes(const SensorReading &reading, qint64 seq)
{
    return QJsonDocument(readingJson(reading, seq)).toJson(QJsonDocument::Compact);
}

QByteArray AgentRequest::errorBytes(const QString &error, const QString &detail)
{
    QJsonObject object {{QLatin1String("error"), error}};
    if (!detail.isEmpty())
        object.insert(QLatin1String("detail"), detail);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace netlab
