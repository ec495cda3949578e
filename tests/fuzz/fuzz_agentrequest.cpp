// libFuzzer target for what the agent takes from the network and the sensor line:
//   byte 0 % 4 == 0: the query string of GET /api/v1/readings
//                 1: the body of PUT /api/v1/led
//                 2: an Authorization header
//                 3: a DHT edge capture (each 3 bytes: 2-byte µs delta, 1 byte polarity)
// Invariants: accepted values are inside their documented ranges; a decoded reading is
// plausible; nothing crashes, hangs or grows without bound.
#include <agent/agentrequest.h>
#include <devices/dhtdecoder.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    switch (data[0] % 4) {
    case 0: {
        const auto query = netlab::AgentRequest::parseReadingsQuery(input, &error);
        if (query) {
            if (query->limit < 1 || query->limit > netlab::AgentRequest::kMaxLimit
                || query->since < -1)
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
        break;
    }
    case 1: {
        const auto on = netlab::AgentRequest::parseLedBody(input, &error);
        if (on) {
            const QJsonValue value = QJsonDocument::fromJson(input).object().value(u"on");
            if (!value.isBool() || value.toBool() != *on)
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
        break;
    }
    case 2: {
        const auto token = netlab::AgentRequest::bearerToken(input);
        if (token && (token->isEmpty() || token->size() > input.size()))
            std::abort();
        break;
    }
    case 3: {
        QList<netlab::DhtDecoder::Edge> edges;
        qint64 t = 0;
        for (qsizetype i = 0; i + 2 < input.size() && edges.size() < 400; i += 3) {
            t += (std::uint8_t(input[i]) << 8) | std::uint8_t(input[i + 1]);
            edges.append({t * 1000, (input[i + 2] & 1) != 0});
        }
        for (const auto model : {netlab::DhtModel::Dht11, netlab::DhtModel::Dht22}) {
            const netlab::SensorResult result = netlab::DhtDecoder::decode(edges, model);
            if (result.ok() && !result.reading.isPlausible(model))
                std::abort();
            if (!result.ok() && result.message.isEmpty())
                std::abort();
        }
        break;
    }
    }
    return 0;
}
