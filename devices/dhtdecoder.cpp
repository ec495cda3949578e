#include <devices/dhtdecoder.h>

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace netlab {

namespace { } // namespace

SensorResult DhtDecoder::decode(const QList<Edge> &edges, DhtModel model, qint64 timestampMs)
{
    // Walk back from the last edge; collect high pulses (rising → falling) while the edges
    // alternate and the pulses have bit shapes.
    std::array<bool, 40> bits {};
    int collected = 0;
    qsizetype i = edges.size() - 1;
    // The sensor's final release (a rising edge with no falling after it) is not a bit.
    while (i >= 0 && edges.at(i).rising)
        --i;
    while (i >= 1 && collected < 40) {
        const Edge &fall = edges.at(i);
        const Edge &rise = edges.at(i - 1);
        if (fall.rising || !rise.rising)
            break; // two edges of the same kind in a row: one was lost
        const qint64 high = fall.timestampNs - rise.timestampNs;
        if (high <= 0 || high > kMaxBitHighNs)
            break;
        // The low before this high pulse (falling at i - 2) must look like a bit's low too,
        // except before the very first bit, where it is the preamble.
        if (collected < 39 && i >= 2) {
            const Edge &lowStart = edges.at(i - 2);
            const qint64 low = rise.timestampNs - lowStart.timestampNs;
            if (lowStart.rising || low <= 0 || low > kMaxBitLowNs)
                break;
        }
        bits[std::size_t(39 - collected)] = high >= kOneThresholdNs;
        ++collected;
        i -= 2;
    }
    if (collected < 40) {
        if (edges.size() < 4)
            return SensorResult::failed(SensorFailure::Timeout,
                tr("the sensor did not answer (%n edge(s) seen)", nullptr, int(edges.size())));
        return SensorResult::failed(SensorFailure::Timeout,
            tr("incomplete frame: %1 of 40 bits (edges lost)").arg(collected));
    }
    std::array<std::uint8_t, 5> bytes {};
    for (int bit = 0; bit < 40; ++bit) {
        if (bits[std::size_t(bit)])
            bytes[std::size_t(bit / 8)] |= std::uint8_t(0x80u >> (bit % 8));
    }
    return decodeBytes(bytes, model, timestampMs);
}

SensorResult DhtDecoder::decodeBytes(
    const std::array<std::uint8_t, 5> &b, DhtModel model, qint64 timestampMs)
{
    const unsigned sum = (unsigned(b[0]) + b[1] + b[2] + b[3]) & 0xffu;
    if (sum != b[4])
        return SensorResult::failed(SensorFailure::Checksum,
            tr("checksum mismatch: bytes add up to 0x%1, the sensor sent 0x%2")
                .arg(sum, 2, 16, QLatin1Char('0'))
                .arg(unsigned(b[4]), 2, 16, QLatin1Char('0')));
    SensorReading reading;
    reading.timestampMs = timestampMs;
    if (model == DhtModel::Dht11) {
        const int tenthsT = b[3] & 0x7f;
        if (b[1] > 9 || tenthsT > 9)
            return SensorResult::failed(SensorFailure::Implausible,
                tr("not a DHT11 frame: decimal bytes %1 and %2 (a DHT22?)").arg(b[1]).arg(tenthsT));
        reading.humidityPct = b[0] + b[1] / 10.0;
        reading.temperatureC = b[2] + tenthsT / 10.0;
        if (b[3] & 0x80)
            reading.temperatureC = -reading.temperatureC;
    } else {
        reading.humidityPct = ((b[0] << 8) | b[1]) / 10.0;
        reading.temperatureC = (((b[2] & 0x7f) << 8) | b[3]) / 10.0;
        if (b[2] & 0x80)
            reading.temperatureC = -reading.temperatureC;
    }
    if (!reading.isPlausible(model))
        return SensorResult::failed(SensorFailure::Implausible,
            tr("implausible values: %1 °C, %2 %")
                .arg(reading.temperatureC, 0, 'f', 1)
                .arg(reading.humidityPct, 0, 'f', 1));
    return SensorResult::success(reading);
}

std::array<std::uint8_t, 5> DhtDecoder::encode(
    double temperatureC, double humidityPct, DhtModel model)
{
    std::array<std::uint8_t, 5> b {};
    const bool negative = temperatureC < 0;
    const long t10 = std::lround(std::fabs(temperatureC) * 10);
    const long h10 = std::lround(humidityPct * 10);
    if (model == DhtModel::Dht11) {
        b[0] = std::uint8_t(h10 / 10);
        b[1] = std::uint8_t(h10 % 10);
        b[2] = std::uint8_t(t10 / 10);
        b[3] = std::uint8_t((t10 % 10) | (negative ? 0x80 : 0));
    } else {
        b[0] = std::uint8_t((h10 >> 8) & 0xff);
        b[1] = std::uint8_t(h10 & 0xff);
        b[2] = std::uint8_t(((t10 >> 8) & 0x7f) | (negative ? 0x80 : 0));
        b[3] = std::uint8_t(t10 & 0xff);
    }
    b[4] = std::uint8_t((b[0] + b[1] + b[2] + b[3]) & 0xff);
    return b;
}

} // namespace netlab
