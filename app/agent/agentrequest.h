#pragma once

#include <devices/sensorreading.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace netlab {

// The agent's request and response bodies, as plain functions (no sockets): what the HTTP
// handlers parse and write, fuzzed on their own.
//   GET /api/v1/readings?since_seq=<n>&limit=<1..10000>  readings with seq > n, in seq order
//   GET /api/v1/readings?since=<unix ms>&limit=<1..10000>   readings with t > since (the
//                                       agent's wall clock; for clients of the first API)
//   PUT /api/v1/led   {"on": true}        Authorization: Bearer <token>
//   reading           {"seq": 42, "t": 1700000000000, "temperature_c": 23.0,
//                      "humidity_pct": 41.0}   seq: the cursor; t: when, on the agent's clock
//   error             {"error": "<what>", "detail": "<why / what to do>"}
class AgentRequest
{
    Q_DECLARE_TR_FUNCTIONS(netlab::AgentRequest)

public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 10000;
    static constexpr qsizetype kMaxLedBody = 1024;

    struct ReadingsQuery
    {
        qint64 since = -1; // readings strictly newer than this (Unix ms); -1: all
        qint64 sinceSeq = -1; // readings with a higher sequence number; -1: by time
        int limit = kDefaultLimit;
    };

    // Nothing + *error (for a 400) on an unknown parameter, a bad number, a limit out of range.
    static std::optional<ReadingsQuery> parseReadingsQuery(const QByteArray &query, QString *error);
    // {"on": true|false} → the value; nothing + *error for anything else.
    static std::optional<bool> parseLedBody(const QByteArray &body, QString *error);
    // "Bearer <token>" → the token; nothing when the header is missing or of another scheme.
    static std::optional<QByteArray> bearerToken(const QByteArray &authorization);

    // With "seq" when seq >= 0.
    static QJsonObject readingJson(const SensorReading &reading, qint64 seq = -1);
    // Compact JSON of readingJson().
    static QByteArray readingBytes(const SensorReading &reading, qint64 seq = -1);
    static QByteArray errorBytes(const QString &error, const QString &detail = {});
};

} // namespace netlab
