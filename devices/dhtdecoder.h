#pragma once

#include <devices/sensorreading.h>

#include <QCoreApplication>
#include <QList>

#include <array>
#include <cstdint>

namespace netlab {

// Decodes a DHT11 / DHT22 answer from the times of its edges on the data line.
//
// Wire grammar (one-wire, idle high through a pull-up; times in µs, ±20 %):
//   host:   low >= 18 000 (DHT11) / >= 1 000 (DHT22), then releases the line (high 20..40)
//   sensor: low 80, high 80                          -- the preamble ("response")
//           40 x ( low 50, high 26..28 → 0 | high 70 → 1 )   -- MSB first
//           low 50, then releases the line (high)
//   bytes:  humidity-int humidity-frac temperature-int temperature-frac checksum
//   checksum = (b0 + b1 + b2 + b3) & 0xff
//   DHT11:  humidity = b0 + b1/10; temperature = b2 + (b3 & 0x7f)/10, negative when b3 & 0x80
//   DHT22:  humidity = (b0 << 8 | b1)/10;
//           temperature = ((b2 & 0x7f) << 8 | b3)/10, negative when b2 & 0x80
//
// The decoder reads the widths of the high pulses, walking back from the end of the capture:
// the last 40 well-formed high pulses are the bits. So lost preamble edges (the first ones,
// seen while the line is switched to input) do not matter; a lost edge inside the bits breaks
// the alternation or merges two pulses into one too long, and the frame is refused.
class DhtDecoder
{
    Q_DECLARE_TR_FUNCTIONS(netlab::DhtDecoder)

public:
    struct Edge
    {
        qint64 timestampNs = 0;
        bool rising = false;
    };

    // A high pulse at least this long is a 1 (0: ~27 µs, 1: ~70 µs).
    static constexpr qint64 kOneThresholdNs = 48'000;
    // A high pulse longer than this is not a bit (two merged by a lost edge).
    static constexpr qint64 kMaxBitHighNs = 100'000;
    // A low gap longer than this (inside the bits) means edges were lost.
    static constexpr qint64 kMaxBitLowNs = 120'000;

    static SensorResult decode(const QList<Edge> &edges, DhtModel model, qint64 timestampMs = 0);
    // The five bytes → values (checksum, format and plausibility checked).
    static SensorResult decodeBytes(
        const std::array<std::uint8_t, 5> &bytes, DhtModel model, qint64 timestampMs = 0);
    // The opposite, for tests and the simulated line: bytes for the given values.
    static std::array<std::uint8_t, 5> encode(
        double temperatureC, double humidityPct, DhtModel model);
};

} // namespace netlab
